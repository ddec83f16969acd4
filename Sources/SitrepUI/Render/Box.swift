/// A pane frame: a border with a title at the top left and an optional note at the bottom right.
enum Box {
    static func draw(_ grid: inout Grid, _ rect: Rect, title: String, note: String?, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = focused ? Style(.borderFocused, .bold) : Style(.border)
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border)
        grid.write("└" + horizontal + "┘", x: rect.x, y: bottom, style: border)
        for y in (rect.y + 1)..<bottom {
            grid.write("│", x: rect.x, y: y, style: border)
            grid.write("│", x: right, y: y, style: border)
        }
        let titleStyle = focused ? Style(.paneTitleFocused, [.bold, .reverse]) : Style(.paneTitle, .bold)
        let label = " \(title) ".truncated(toWidth: rect.width - 4)
        grid.write(label, x: rect.x + 2, y: rect.y, style: titleStyle)
        drawNote(note, into: &grid, endingAt: right - 1, y: bottom, besides: label, width: rect.width)
    }

    /// A frame reduced to its top edge, title at the left and note at the right: for a pane alone on the
    /// screen, whose rows then span the full width so that the terminal can scroll them.
    static func drawTopRule(_ grid: inout Grid, _ rect: Rect, title: String, note: String?) {
        guard rect.width >= 4, rect.height >= 1 else { return }
        grid.write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: Style(.borderFocused, .bold))
        let label = " \(title) ".truncated(toWidth: rect.width - 4)
        grid.write(label, x: rect.x + 2, y: rect.y, style: Style(.paneTitleFocused, [.bold, .reverse]))
        drawNote(note, into: &grid, endingAt: rect.x + rect.width - 2, y: rect.y, besides: label, width: rect.width)
    }

    /// A note ending at a column, when it fits beside the title.
    private static func drawNote(_ note: String?, into grid: inout Grid, endingAt end: Int, y: Int, besides label: String,
                                 width: Int) {
        guard let note, !note.isEmpty else { return }
        let text = " \(note) "
        let textWidth = DisplayWidth.of(text)
        if textWidth + 4 <= width - DisplayWidth.of(label) - 2 {
            grid.write(text, x: end - textWidth, y: y, style: Style(.border))
        }
    }
}
