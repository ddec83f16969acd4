import SitrepCore
import SitrepUI

/// Times each key of a session across the panes, handled and painted at 200x60, in process:
/// the time between a key arriving and the grid the backend paints being ready.
enum KeyLatency {
    /// Moves in the event list, paging, switching panes, scrolling the reader, and typing a search.
    static let session: [Key] = {
        var keys: [Key] = []
        keys += Array(repeating: .down, count: 8) + [.pageDown, .pageDown, .end, .home]
        keys += [.tab] + Array(repeating: .down, count: 6) + [.pageDown, .up]
        keys += [.tab] + Array(repeating: .down, count: 10) + [.pageDown, .pageDown, .pageUp]
        keys += [.tab] + Array(repeating: .down, count: 4) + [.enter]
        keys += [.character("/")] + "baghouz spokesman".map { Key.character($0) } + [.backspace, .enter]
        keys += [.character("n"), .character("n"), .escape, .control("l"), .backTab, .up]
        return keys
    }()

    /// Wall and CPU seconds per key for one pass of `session`.
    static func measure(_ model: CorpusModel, width: Int = 200, height: Int = 60) -> [Timing] {
        var application = Application(model: model)
        _ = application.render(width: width, height: height)
        return session.map { key in
            let (grid, timing) = Clock.time {
                application.handle(key)
                return application.render(width: width, height: height)
            }
            withExtendedLifetime(grid) {}
            return timing
        }
    }
}
