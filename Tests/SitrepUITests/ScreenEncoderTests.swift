import Testing
@testable import SitrepUI

/// The bytes sent to the terminal: replayed on a `VirtualTerminal`, they must always leave exactly the
/// grid on screen, and the common moves must be cheap.
@Suite struct ScreenEncoderTests {
    static func parameters(_ style: Style) -> String {
        var parts: [String] = []
        if style.attributes.contains(.bold) { parts.append("1") }
        if style.attributes.contains(.reverse) { parts.append("7") }
        if style.role != .normal { parts.append("38;5;\(100 + Int(style.role.rawValue))") }
        return parts.joined(separator: ";")
    }

    /// An encoder and a terminal fed with everything it sends.
    struct Pair {
        var encoder = ScreenEncoder(parameters: ScreenEncoderTests.parameters)
        var terminal: VirtualTerminal

        init(width: Int, height: Int) { terminal = VirtualTerminal(width: width, height: height) }

        /// Shows a grid; returns the bytes it took.
        @discardableResult
        mutating func show(_ grid: Grid, full: Bool = false) -> String {
            let bytes = encoder.update(to: grid, full: full)
            terminal.feed(bytes)
            let sent = String(decoding: bytes, as: UTF8.self)
            let difference = terminal.difference(from: grid, parameters: ScreenEncoderTests.parameters)
            #expect(difference == nil, "after \(sent.debugDescription) for\n\(grid)")
            return sent
        }
    }

    /// A pager-like screen: a title row, `lines` of text from `top`, a status row.
    static func page(_ top: Int, width: Int = 40, height: Int = 10) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.write("── Title ──", x: 0, y: 0, style: Style(.borderFocused, .bold))
        for row in 1..<height - 1 {
            let line = top + row
            guard line % 4 != 0 else { continue } // a blank line now and then
            var x = grid.write(" line \(line) with ", x: 0, y: row)
            x = grid.write("Name\(line)", x: x, y: row, style: Style(.person, .bold))
            grid.write(" and more text", x: x, y: row)
        }
        grid.fill(x: 0, y: height - 1, width: width, height: 1, style: Style(.statusBar))
        grid.write("status", x: 0, y: height - 1, style: Style(.statusBar))
        return grid
    }

    @Test func everyFrameLeavesTheGridOnScreen() {
        var pair = Pair(width: 40, height: 10)
        pair.show(Self.page(0), full: true)
        for top in [1, 2, 3, 5, 4, 4, 1, 9, 30, 29, 27] { pair.show(Self.page(top)) }
        var grid = Self.page(27)
        grid.write("中文 wide", x: 10, y: 3, style: Style(.place))
        pair.show(grid)
        grid.write("abc", x: 10, y: 3) // over both halves of 中
        pair.show(grid)
        grid.fill(x: 0, y: 5, width: 40, height: 1)
        pair.show(grid)
        pair.show(Self.page(3), full: true)
    }

    /// Random edits, wide characters and styles, and bands of rows moved up or down by 1-3 rows.
    @Test func randomFramesAlwaysLeaveTheGridOnScreen() {
        var random = SplitMix(seed: 7)
        let words = ["a", "plain", "中文", "“quoted”", "é", "x y", "—", "🙂", "  "]
        let styles = [Style.normal, Style(.person, .bold), Style(.place, .reverse), Style(.statusBar)]
        var pair = Pair(width: 23, height: 9)
        var grid = Grid(width: 23, height: 9)
        for _ in 0..<400 {
            if random.next(4) == 0 {
                let top = random.next(8), bottom = top + 1 + random.next(8 - top)
                let amount = (1 + random.next(3)) * (random.next(2) == 0 ? 1 : -1)
                if abs(amount) <= bottom - top { grid.apply(RowShift(top: top, bottom: bottom, amount: amount)) }
            }
            for _ in 0..<random.next(4) {
                grid.write(words[random.next(words.count)], x: random.next(23), y: random.next(9),
                           style: styles[random.next(styles.count)])
            }
            if random.next(10) == 0 { grid.fill(x: random.next(23), y: random.next(9), width: 23, height: 1) }
            pair.show(grid, full: random.next(50) == 0)
            if pair.terminal.difference(from: grid, parameters: Self.parameters) != nil { break }
        }
    }

    @Test func anUnchangedGridSendsNothing() {
        var pair = Pair(width: 40, height: 10)
        pair.show(Self.page(0))
        #expect(pair.show(Self.page(0)).isEmpty)
    }

    @Test func oneLineForwardIsALineFeedInAScrollRegionAndTheNewLine() {
        var pair = Pair(width: 40, height: 10)
        pair.show(Self.page(0))
        let first = pair.show(Self.page(1))
        #expect(first.hasPrefix("\u{1B}[2;9r\u{1B}[9H\n"))
        // The region stays; the cursor is still on the bottom row: a carriage return and a line feed.
        let second = pair.show(Self.page(2))
        #expect(second == "\r\n line 10 with \u{1B}[1;38;5;110mName10\u{1B}[m and more text")
    }

    @Test func oneLineBackIsAReverseIndexAtTheTop() {
        var pair = Pair(width: 40, height: 10)
        pair.show(Self.page(5))
        let back = pair.show(Self.page(4))
        #expect(back.contains("\u{1B}[2H\u{1B}M"))
        #expect(back.utf8.count < 80)
    }

    @Test func rowsSharedWithAnotherPaneAreRewrittenNotScrolled() {
        var pair = Pair(width: 40, height: 10)
        func sideBySide(_ top: Int) -> Grid {
            var grid = Grid(width: 40, height: 10)
            for row in 0..<10 {
                grid.write("left \(row)", x: 0, y: row)
                grid.write("right \(top + row)", x: 20, y: row)
            }
            return grid
        }
        pair.show(sideBySide(0))
        let bytes = pair.show(sideBySide(1))
        #expect(!bytes.contains("\n"))
        #expect(!bytes.contains("\u{1B}M"))
    }

    @Test func releaseRestoresTheWholeScreenRegionAndThePlainStyle() {
        var pair = Pair(width: 40, height: 10)
        pair.show(Self.page(0))
        pair.show(Self.page(1))
        let released = String(decoding: pair.encoder.release(), as: UTF8.self)
        #expect(released == "\u{1B}[r")
        // The next frame repaints everything.
        #expect(pair.show(Self.page(1)).hasPrefix("\u{1B}[m\u{1B}[H\u{1B}[2J"))
    }

    /// A small seeded generator, so a failure replays.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func shiftsAreFoundOnlyForWholeRows() {
        #expect(RowShift.find(from: Self.page(0), to: Self.page(1)) == RowShift(top: 1, bottom: 8, amount: 1))
        #expect(RowShift.find(from: Self.page(3), to: Self.page(0)) == RowShift(top: 1, bottom: 8, amount: -3))
        #expect(RowShift.find(from: Self.page(0), to: Self.page(40)) == nil)
    }
}
