import Testing
@testable import SitrepUI

@Suite struct GridTests {
    @Test func wideCharactersAreNeverSplit() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.write("ab中文", x: 0, y: 0)
        #expect(end == 4)
        #expect(grid.line(0) == "ab中 ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 2)
        grid.write("中文", x: 0, y: 0)
        grid.write("a", x: 1, y: 0) // the right half of 中
        grid.write("b", x: 2, y: 0) // the left half of 文
        #expect(grid.line(0) == " ab   ")
        #expect(!(0..<6).contains { grid[$0, 0].isContinuation })
        grid.write("中文", x: 0, y: 1)
        grid.write("日", x: 1, y: 1) // straddles both
        #expect(grid.line(1) == " 日   ")
    }

    @Test func curlyQuotesTakeOneColumn() {
        var grid = Grid(width: 10, height: 1)
        #expect(grid.write("“hi”—", x: 0, y: 0) == 5)
    }
}
