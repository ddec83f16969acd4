import CNcurses
import SitrepUI

/// Paints grids onto the curses screen. It keeps the last grid and rewrites only the rows that changed;
/// ncurses then sends the terminal only the cells that differ from what it shows.
struct GridPainter {
    var palette: Palette
    /// True when the locale is not UTF-8 and cells must be sent as ASCII.
    let ascii: Bool
    private var previous: Grid?

    init(palette: Palette, ascii: Bool) {
        self.palette = palette
        self.ascii = ascii
    }

    /// Writes `grid` into curses' screen buffer and updates the terminal. `full` repaints every cell
    /// on the terminal (Ctrl-L, after a suspend), otherwise only differences are sent.
    mutating func paint(_ grid: Grid, full: Bool = false) {
        let window = sitrep_stdscr()
        let reuse = !full && previous?.width == grid.width && previous?.height == grid.height
        for y in 0..<grid.height where !(reuse && previous.map { Self.sameRow($0, grid, y) } == true) {
            paintRow(grid, y, window)
        }
        previous = grid
        if full { clearok(sitrep_curscr(), true) }
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets the last grid, so the next paint rewrites every row (after a resize).
    mutating func invalidate() { previous = nil }

    private static func sameRow(_ a: Grid, _ b: Grid, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<start + a.width] == b.cells[start..<start + b.width]
    }

    /// One row as runs of cells of the same style, each sent with one attribute change.
    private mutating func paintRow(_ grid: Grid, _ y: Int, _ window: UnsafeMutablePointer<WINDOW>?) {
        var x = 0
        while x < grid.width {
            let style = grid[x, y].style
            var run = ""
            let start = x
            while x < grid.width, grid[x, y].style == style {
                // A wide character covers its continuation cell (in ASCII too: it becomes "??").
                let cell = grid[x, y]
                if !cell.isContinuation { run += CellText.printable(cell.text, ascii: ascii) }
                x += 1
            }
            let look = palette.curses(style)
            wattr_set(window, look.attributes, look.pair, nil)
            mvwaddnstr(window, Int32(y), Int32(start), run, -1)
        }
        wattr_set(window, sitrep_a_normal(), 0, nil)
    }
}
