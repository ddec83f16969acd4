/// Writes one list row left to right, clipped to the pane, reversing every cell when the row is selected.
struct RowWriter {
    let y: Int
    let x: Int
    let maxX: Int
    let selected: Bool
    let focused: Bool
    private(set) var column: Int

    /// A selected row in an unfocused pane stays reversed, dimmed.
    init(_ grid: inout Grid, rect: Rect, y: Int, selected: Bool, focused: Bool = true) {
        self.y = y
        x = rect.x
        maxX = rect.x + rect.width
        self.selected = selected
        self.focused = focused
        column = rect.x
        if selected { grid.fill(x: rect.x, y: y, width: rect.width, height: 1, style: selection(.normal)) }
    }

    var remaining: Int { maxX - column }

    mutating func write(_ grid: inout Grid, _ text: String, _ style: Style = .normal) {
        let style = selected ? selection(style) : style
        column = grid.write(text, x: column, y: y, style: style, maxX: maxX)
    }

    /// Writes text ending at the right edge.
    mutating func writeRight(_ grid: inout Grid, _ text: String, _ style: Style = .normal) {
        let width = DisplayWidth.of(text)
        guard width <= remaining else { return }
        let style = selected ? selection(style) : style
        grid.write(text, x: maxX - width, y: y, style: style, maxX: maxX)
    }

    private func selection(_ style: Style) -> Style {
        var style = style
        style.attributes.insert(focused ? .reverse : [.reverse, .dim])
        return style
    }
}

extension RowWriter {
    /// Draws the rows of a scrolled list that fit in `rect`, each with a writer that shows the selection.
    static func drawVisible(_ count: Int, cursor: ListCursor, in rect: Rect, focused: Bool, into grid: inout Grid,
                            row: (_ index: Int, _ writer: inout RowWriter, _ grid: inout Grid) -> Void) {
        for offset in 0..<max(0, rect.height) {
            let index = cursor.scroll + offset
            guard index < count else { break }
            var writer = RowWriter(&grid, rect: rect, y: rect.y + offset, selected: index == cursor.selected,
                                   focused: focused)
            row(index, &writer, &grid)
        }
    }
}
