import SitrepCore
import SitrepUI

/// Times each key of a session across the panes, handled and painted at 200x60, in process:
/// the time between a key arriving and the grid the backend paints being ready.
enum KeyLatency {
    /// A tour of every pane: moving and paging in the timeline, opening an event's source, a timeline
    /// search, the article list, scrolling and stepping through mentions in the reader, a corpus-wide
    /// incremental search typed letter by letter (and one that matches nowhere), an entity filter, help, redraw and pane cycling.
    static let session: [Key] = {
        func type(_ text: String) -> [Key] { text.map { Key.character($0) } }
        var keys: [Key] = [.character("1")] + Array(repeating: .character("j"), count: 8)
        keys += [.pageDown, .pageDown, .character("G"), .character("g"), .enter]
        keys += [.character("1"), .character("/")] + type("baghouz") + [.enter, .character("n"), .character("n"), .escape]
        keys += [.character("2")] + Array(repeating: .down, count: 6) + [.pageDown, .enter]
        keys += [.character("3")] + Array(repeating: .character("j"), count: 10)
        keys += [.character(" "), .character(" "), .character("b"), .character("]"), .character("]"),
                 .character("v"), .character("v"), .character("o")]
        keys += [.character("/")] + type("spokesman said") + [.backspace, .enter, .character("n"), .character("N"), .escape]
        // A query found nowhere: every letter searches the whole corpus (the worst case for typing).
        keys += [.character("/")] + type("qxzv") + [.escape]
        keys += [.character("4")] + Array(repeating: .character("j"), count: 5) + [.enter, .character("1")]
        keys += Array(repeating: .character("j"), count: 3) + [.escape]
        keys += [.control("l"), .tab, .backTab, .character("?"), .character("?")]
        return keys
    }()

    /// A key of the session for the report: its 1-based position, its label and the keys typed before it.
    static func describe(position: Int) -> String {
        let context = session[max(0, position - 3)...position].map { KeyName.label($0) }.joined(separator: " ")
        return "key #\(position + 1) \(KeyName.label(session[position])) after …\(context)"
    }

    /// Wall and CPU seconds for each key of one pass of `session`, with the position of the key in the
    /// session. A corpus-wide search goes on in slices after its key (as the terminal loop runs them
    /// between keys); each slice is timed too, under the position of the key that started it, since a
    /// key pressed meanwhile waits for at most one slice.
    static func measure(_ model: CorpusModel, width: Int = 200, height: Int = 60) -> [(position: Int, timing: Timing)] {
        var application = Application(model: model, width: width, height: height)
        _ = application.render(width: width, height: height)
        var timings: [(position: Int, timing: Timing)] = []
        for (position, key) in session.enumerated() {
            let (grid, timing) = Clock.time {
                application.handle(key)
                return application.render(width: width, height: height)
            }
            withExtendedLifetime(grid) {}
            timings.append((position, timing))
            while application.isSearching {
                let (slice, sliceTiming) = Clock.time {
                    _ = application.pollBackgroundWork()
                    return application.render(width: width, height: height)
                }
                withExtendedLifetime(slice) {}
                timings.append((position, sliceTiming))
            }
        }
        return timings
    }
}
