/// A dim explanatory note in an empty pane, word-wrapped to the pane.
enum Placeholder {
    /// The note for an empty pane: the progress of the analysis while it runs, else `text`.
    static func note(_ text: String, state: AppState) -> String {
        state.progress.map { "\($0)…" } ?? text
    }

    static func draw(_ text: String, into grid: inout Grid, in rect: Rect) {
        for (offset, range) in WordWrap.lines(text, width: rect.width).prefix(rect.height).enumerated() {
            grid.write(ReaderDocument.slice(text, range), x: rect.x, y: rect.y + offset, style: Style(.dim),
                       maxX: rect.x + rect.width)
        }
    }
}
