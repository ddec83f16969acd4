/// An in-memory screen of styled cells: what `render` produces and what the backend and tests read.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            let index = y * width + x
            // Never leave half of a wide character: overwriting one half blanks the other.
            if cells[index].isContinuation, !newValue.isContinuation, x > 0 {
                cells[index - 1] = Cell(" ", style: cells[index - 1].style)
            } else if !cells[index].isContinuation, x + 1 < width, cells[index + 1].isContinuation {
                cells[index + 1] = Cell(" ", style: cells[index + 1].style)
            }
            cells[index] = newValue
        }
    }

    /// Writes `text` from column `x` on row `y`, clipped at `maxX` (exclusive), measuring display
    /// columns and never splitting a wide character. Returns the column after the last one written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .normal, maxX: Int? = nil) -> Int {
        let limit = min(maxX ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > limit { break }
            if column >= 0 {
                self[column, y] = Cell(String(character), style: style)
                if columns == 2 { self[column + 1, y] = .continuation(style) }
            }
            column += columns
        }
        return column
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { self[column, row] = Cell(" ", style: style) }
        }
    }

    /// Changes the style of existing cells in a row range, keeping their text.
    public mutating func restyle(x: Int, y: Int, width w: Int, _ transform: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) { transform(&cells[y * width + column].style) }
    }

    /// One row as plain text, wide characters once, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var out = ""
        for x in 0..<width where !self[x, y].isContinuation { out += self[x, y].text }
        return out
    }

    /// The whole screen as text, one line per row, trailing spaces trimmed: what screen tests compare.
    public var text: String {
        (0..<height).map { line($0).replacingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension Grid: CustomStringConvertible {
    /// The screen text, so a failing test shows the screen rather than a list of cells.
    public var description: String { text }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[..<end])
    }
}
