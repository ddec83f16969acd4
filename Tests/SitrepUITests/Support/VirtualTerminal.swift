@testable import SitrepUI

/// A small ECMA-48 terminal for the encoder's tests: it understands exactly the sequences a terminal
/// must for sitrep (cursor moves, SGR, erase line and screen, scroll region, line feed, reverse index)
/// and records the SGR parameters each cell was written with.
struct VirtualTerminal {
    struct Cell: Equatable {
        var text = " "
        var sgr = ""
    }

    let width: Int
    let height: Int
    private(set) var rows: [[Cell]]
    private var row = 0, column = 0
    private var pendingWrap = false
    private var sgr = ""
    private var region: ClosedRange<Int>

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: Cell(), count: width), count: height)
        region = 0...height - 1
    }

    /// The first cell that differs from `grid` (text, and SGR `parameters` of its style), nil when none.
    func difference(from grid: Grid, parameters: (Style) -> String) -> String? {
        for y in 0..<height {
            for x in 0..<width {
                let wanted = Cell(text: grid[x, y].text, sgr: parameters(grid[x, y].style))
                if rows[y][x] != wanted { return "(\(x), \(y)): \(rows[y][x]) instead of \(wanted)" }
            }
        }
        return nil
    }

    mutating func feed(_ bytes: [UInt8]) {
        var scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}" {
                scalars.removeFirst()
                escape(&scalars)
                continue
            }
            // One grapheme at a time, as the grid stores them.
            let text = String(String.UnicodeScalarView(scalars)).first.map(String.init) ?? ""
            scalars.removeFirst(text.unicodeScalars.count)
            switch text {
            case "\r": column = 0; pendingWrap = false
            case "\n", "\r\n": if text == "\r\n" { column = 0 }; lineFeed()
            default: put(text)
            }
        }
    }

    private mutating func put(_ text: String) {
        let columns = DisplayWidth.of(Character(text))
        if pendingWrap { column = 0; lineFeed() }
        rows[row][column] = Cell(text: text, sgr: sgr)
        if columns == 2, column + 1 < width { rows[row][column + 1] = Cell(text: "", sgr: sgr) }
        column += columns
        if column >= width { column = width - 1; pendingWrap = true }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if row == region.upperBound { scroll(up: true) } else { row = min(height - 1, row + 1) }
    }

    private mutating func scroll(up: Bool) {
        let blank = Array(repeating: Cell(), count: width)
        if up {
            rows.remove(at: region.lowerBound)
            rows.insert(blank, at: region.upperBound)
        } else {
            rows.remove(at: region.upperBound)
            rows.insert(blank, at: region.lowerBound)
        }
    }

    private mutating func escape(_ scalars: inout Substring.UnicodeScalarView) {
        guard let kind = scalars.popFirst() else { return }
        pendingWrap = false
        if kind == "M" {
            if row == region.lowerBound { scroll(up: false) } else { row = max(0, row - 1) }
            return
        }
        precondition(kind == "[", "unexpected escape \(kind)")
        var parameters = ""
        while let next = scalars.popFirst() {
            guard !("@"..."~").contains(next) else { return csi(parameters, final: next) }
            parameters.unicodeScalars.append(next)
        }
    }

    private mutating func csi(_ parameters: String, final: Unicode.Scalar) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, _ fallback: Int) -> Int {
            index < numbers.count ? numbers[index] ?? fallback : fallback
        }
        switch final {
        case "H":
            row = min(height - 1, number(0, 1) - 1)
            column = min(width - 1, number(1, 1) - 1)
        case "C": column = min(width - 1, column + number(0, 1))
        case "K": for x in column..<width { rows[row][x] = Cell() }
        case "J": rows = Array(repeating: Array(repeating: Cell(), count: width), count: height)
        case "r":
            region = parameters.isEmpty ? 0...height - 1 : (number(0, 1) - 1)...(number(1, height) - 1)
            row = 0
            column = 0
        case "m":
            if parameters.isEmpty || parameters == "0" {
                sgr = ""
            } else if parameters.hasPrefix("0;") {
                sgr = String(parameters.dropFirst(2))
            } else {
                sgr = sgr.isEmpty ? parameters : sgr + ";" + parameters
            }
        default: preconditionFailure("unexpected CSI \(parameters)\(final)")
        }
    }
}
