import Testing
@testable import SitrepUI

@Suite struct GridTests {
    @Test func wideCharactersAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.write("ab中文", x: 0, y: 0)
        #expect(end == 4)
        #expect(grid.line(0) == "ab中 ")
    }

    @Test func curlyQuotesTakeOneColumn() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.write("“hi”—", x: 0, y: 0) == 5)
    }
}
