/// A dim explanatory note in an empty pane, word-wrapped to the pane.
enum Placeholder {
    static func draw(_ text: String, into grid: inout Grid, in rect: Rect) {
        for (offset, range) in WordWrap.lines(text, width: rect.width).prefix(rect.height).enumerated() {
            grid.write(ReaderDocument.slice(text, range), x: rect.x, y: rect.y + offset, style: Style(.dim),
                       maxX: rect.x + rect.width)
        }
    }
}
