/// The `?` overlay, generated from the key table so it can never drift from the real bindings.
/// Sections flow into two columns when the screen is wide enough, and the overlay scrolls otherwise.
enum HelpOverlay {
    /// A piece of a help row: text at a column, a section heading or a binding.
    struct Piece: Hashable {
        let x: Int
        let text: String
        let isHeading: Bool
    }

    static let keyColumn = 11

    /// One block of lines per section: its heading, then ` keys  description` rows.
    static let sections: [[(text: String, isHeading: Bool)]] = KeyBinding.Section.allCases.compactMap { section in
        let bindings = KeyMap.bindings.filter { $0.section == section }
        guard !bindings.isEmpty else { return nil }
        return [(section.rawValue, true)] + bindings.map { binding in
            let keys = binding.keys.map(KeyName.label).joined(separator: " ")
            return (" " + keys + String(repeating: " ", count: max(1, keyColumn - keys.count)) + binding.help, false)
        }
    }

    /// The help as screen rows for an inner width: two columns when they fit, else one.
    static func rows(width: Int) -> [[Piece]] {
        typealias Line = (text: String, isHeading: Bool)
        let blank: [Line] = [("", false)]
        let single = Array(sections.joined(separator: blank))
        var left: [Line] = [], right: [Line] = []
        for section in sections {
            if right.isEmpty, left.isEmpty || left.count + 1 + section.count <= (single.count + 1) / 2 + 1 {
                left += (left.isEmpty ? [] : blank) + section
            } else {
                right += (right.isEmpty ? [] : blank) + section
            }
        }
        let leftWidth = left.map { DisplayWidth.of($0.text) }.max() ?? 0
        let rightWidth = right.map { DisplayWidth.of($0.text) }.max() ?? 0
        guard !right.isEmpty, 1 + leftWidth + 3 + rightWidth <= width else {
            return single.map { [Piece(x: 1, text: $0.text, isHeading: $0.isHeading)] }
        }
        return (0..<max(left.count, right.count)).map { row in
            var pieces: [Piece] = []
            if row < left.count { pieces.append(Piece(x: 1, text: left[row].text, isHeading: left[row].isHeading)) }
            if row < right.count {
                pieces.append(Piece(x: 1 + leftWidth + 3, text: right[row].text, isHeading: right[row].isHeading))
            }
            return pieces
        }
    }

    /// The overlay's rectangle on a screen.
    static func frame(width: Int, height: Int) -> Rect {
        let lines = rows(width: min(80, width - 2) - 2)
        let widest = lines.map { $0.map { $0.x + DisplayWidth.of($0.text) }.max() ?? 0 }.max() ?? 0
        let w = min(80, width - 2, widest + 3)
        let h = min(lines.count + 2, height - 2)
        return Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
    }

    static func draw(into grid: inout Grid, scroll: Int) {
        let rect = frame(width: grid.width, height: grid.height)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: Style(.helpOverlay))
        let inner = rect.inner
        let lines = rows(width: inner.width)
        let scrolls = lines.count > inner.height
        let note = scrolls ? "j/k scroll · Esc closes" : "Esc or ? closes"
        Box.draw(&grid, rect, title: "Help", note: note, focused: true)
        for offset in 0..<inner.height where scroll + offset < lines.count {
            for piece in lines[scroll + offset] {
                grid.write(piece.text, x: inner.x + piece.x, y: inner.y + offset,
                           style: Style(.helpOverlay, piece.isHeading ? .bold : []), maxX: inner.x + inner.width)
            }
        }
    }

    /// How far the overlay can scroll at a screen size.
    static func maxScroll(width: Int, height: Int) -> Int {
        let rect = frame(width: width, height: height)
        return max(0, rows(width: rect.inner.width).count - rect.inner.height)
    }
}
