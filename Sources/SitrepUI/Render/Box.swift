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
        if let note, !note.isEmpty {
            let text = " \(note) "
            let width = DisplayWidth.of(text)
            if width + 4 <= rect.width - DisplayWidth.of(label) - 2 {
                grid.write(text, x: right - 1 - width, y: bottom, style: Style(.border))
            }
        }
    }
}
