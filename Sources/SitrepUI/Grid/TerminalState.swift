/// What the encoder knows of the terminal between writes: the cursor, the current style and the scroll
/// region. It appends the ECMA-48 (ANSI) sequences that change them, choosing the shortest cursor move.
struct TerminalState {
    /// The cursor's row and column; nil when unknown (at start, after a write into the last column, after
    /// a character whose width the terminal may count differently).
    var cursor: (row: Int, column: Int)?
    /// The style the terminal draws with now; nil when unknown.
    private(set) var style: Style?
    /// The scroll region's first and last rows; nil when it is the whole screen.
    private(set) var region: ClosedRange<Int>?
    /// The SGR parameters of a style ("1;4;38;5;81"), empty for the terminal's plain text.
    private let parameters: (Style) -> String
    private var renditions: [Style: Rendition] = [:]
    var bytes: [UInt8] = []

    init(parameters: @escaping (Style) -> String) { self.parameters = parameters }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Moves the cursor: a carriage return or a forward step on the same row, else an absolute move.
    mutating func move(toRow row: Int, column: Int) {
        if let cursor, cursor.row == row, cursor.column == column { return }
        if let cursor, cursor.row == row, column == 0 {
            append("\r")
        } else if let cursor, cursor.row == row, column > cursor.column {
            let steps = column - cursor.column
            append(steps == 1 ? "\u{1B}[C" : "\u{1B}[\(steps)C")
        } else {
            append(column == 0 ? "\u{1B}[\(row + 1)H" : "\u{1B}[\(row + 1);\(column + 1)H")
        }
        cursor = (row, column)
    }

    /// Switches to a style with one SGR sequence: only what it adds to the current one when it turns
    /// nothing off, else a reset and all of it.
    mutating func use(_ wanted: Style) {
        guard wanted != style else { return }
        let next = rendition(wanted)
        if let style {
            append(rendition(style).sequence(to: next))
        } else {
            append(next.isPlain ? "\u{1B}[m" : "\u{1B}[0;\(next.parameters)m")
        }
        style = wanted
    }

    private mutating func rendition(_ style: Style) -> Rendition {
        if let known = renditions[style] { return known }
        let made = Rendition(parameters(style))
        renditions[style] = made
        return made
    }

    /// Sets the scroll region (the terminal then puts the cursor home); nil restores the whole screen.
    mutating func setRegion(_ rows: ClosedRange<Int>?) {
        guard rows != region else { return }
        append(rows.map { "\u{1B}[\($0.lowerBound + 1);\($0.upperBound + 1)r" } ?? "\u{1B}[r")
        region = rows
        cursor = (0, 0)
    }

    /// Clears the screen in the plain style.
    mutating func clearScreen() {
        use(.normal)
        append("\u{1B}[H\u{1B}[2J")
        cursor = (0, 0)
    }

    /// Clears from the cursor to the end of its row in the plain style.
    mutating func clearToEndOfRow() {
        use(.normal)
        append("\u{1B}[K")
    }

    /// Forgets the cursor and style: someone else wrote to the terminal (a suspend, a resize).
    mutating func forget() {
        cursor = nil
        style = nil
        region = nil
    }
}
