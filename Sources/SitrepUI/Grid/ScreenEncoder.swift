/// Turns each new grid into the bytes that bring an ECMA-48 (ANSI) terminal from the last grid to it:
/// only the cells that changed, the cheapest cursor moves, one SGR sequence per change of style, blank
/// row ends cleared with one erase, and bands of full-width rows that moved (a zoomed reader scrolling)
/// moved by the terminal itself in a scroll region, the way a pager scrolls.
public struct ScreenEncoder {
    /// Unchanged cells between two changes are rewritten, rather than jumped over, up to this many.
    static let rewrittenGap = 3
    private var terminal: TerminalState
    private let ascii: Bool
    /// What the terminal shows, as far as this encoder has told it; nil before the first frame.
    private var shown: Grid?

    /// `parameters` gives a style's SGR parameters ("1;4;38;5;81", empty for plain text); `ascii` sends
    /// every cell as ASCII (a terminal whose locale is not UTF-8).
    public init(ascii: Bool = false, parameters: @escaping (Style) -> String) {
        self.ascii = ascii
        terminal = TerminalState(parameters: parameters)
    }

    /// The bytes that show `grid`. `full` clears and rewrites the whole screen (first frame, Ctrl-L,
    /// after a suspend or a resize), otherwise only differences are sent.
    public mutating func update(to grid: Grid, full: Bool = false) -> [UInt8] {
        terminal.bytes.removeAll(keepingCapacity: true)
        var shown: Grid
        if !full, let last = self.shown, last.width == grid.width, last.height == grid.height {
            shown = last
            if let shift = RowShift.find(from: shown, to: grid) {
                scroll(shift)
                shown.apply(shift)
            }
        } else {
            terminal.setRegion(nil)
            terminal.clearScreen()
            shown = Grid(width: grid.width, height: grid.height)
        }
        for y in 0..<grid.height where !shown.sameRow(y, as: grid, row: y) {
            writeChanges(of: grid, from: shown, row: y)
        }
        terminal.use(.normal)
        self.shown = grid
        return terminal.bytes
    }

    /// The bytes that leave the terminal in a plain state for someone else (a shell, a suspend): the
    /// whole screen as scroll region, the plain style. The next frame is then a full one.
    public mutating func release() -> [UInt8] {
        terminal.bytes.removeAll(keepingCapacity: true)
        terminal.setRegion(nil)
        terminal.use(.normal)
        let bytes = terminal.bytes
        terminal.forget()
        shown = nil
        return bytes
    }

    /// Lets the terminal move the rows: a line feed at the bottom of the region, or a reverse index at
    /// its top, once per row, in the plain style so that the rows entering are blank.
    private mutating func scroll(_ shift: RowShift) {
        terminal.setRegion(shift.top...shift.bottom)
        terminal.use(.normal)
        if shift.amount > 0 {
            terminal.move(toRow: shift.bottom, column: 0)
            terminal.append(String(repeating: "\n", count: shift.amount))
        } else {
            terminal.move(toRow: shift.top, column: 0)
            terminal.append(String(repeating: "\u{1B}M", count: -shift.amount))
        }
    }

    /// Rewrites the changed stretches of one row; a blank end of row is erased in one go.
    private mutating func writeChanges(of grid: Grid, from shown: Grid, row y: Int) {
        let width = grid.width
        let blankEnd = Self.blankEnd(of: grid, row: y)
        let differs = { (x: Int) in grid[x, y] != shown[x, y] }
        var x = 0
        while x < width {
            guard var start = (x..<width).first(where: differs) else { return }
            var end = start + 1
            while end < width {
                if differs(end) { end += 1; continue }
                guard let next = (end..<min(width, end + Self.rewrittenGap + 1)).first(where: differs) else { break }
                end = next + 1
            }
            // A few cells after the cursor cost less to rewrite than a move over them.
            if let cursor = terminal.cursor, cursor.row == y, cursor.column < start,
               start - cursor.column <= Self.rewrittenGap {
                start = cursor.column
            }
            // Never write half of a wide character, new or old.
            while start > 0, grid[start, y].isContinuation || shown[start, y].isContinuation { start -= 1 }
            while end < width, grid[end, y].isContinuation || shown[end, y].isContinuation { end += 1 }
            if end > blankEnd, width - max(start, blankEnd) > 3 {
                if start < blankEnd { write(grid, row: y, from: start, to: blankEnd) }
                terminal.move(toRow: y, column: max(start, blankEnd))
                terminal.clearToEndOfRow()
                return
            }
            write(grid, row: y, from: start, to: end)
            x = end
        }
    }

    /// Writes cells `start..<end` of a row, changing style only where it changes.
    private mutating func write(_ grid: Grid, row y: Int, from start: Int, to end: Int) {
        terminal.move(toRow: y, column: start)
        var sure = true
        for x in start..<end {
            let cell = grid[x, y]
            if cell.isContinuation { continue }
            terminal.use(cell.style)
            let text = CellText.printable(cell.text, ascii: ascii)
            terminal.append(text)
            if !ascii, !CellText.hasSureWidth(text) { sure = false }
        }
        // After the last column the cursor waits to wrap; after an uncertain width it may be elsewhere.
        terminal.cursor = end < grid.width && sure ? (y, end) : nil
    }

    /// The column from which a row holds only plain blanks (the width when it ends in something else).
    private static func blankEnd(of grid: Grid, row y: Int) -> Int {
        var x = grid.width
        while x > 0, grid[x - 1, y] == .blank { x -= 1 }
        return x
    }
}
