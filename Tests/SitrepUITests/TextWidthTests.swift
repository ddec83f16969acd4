import Testing
import SitrepCore
@testable import SitrepUI

@Suite struct TextWidthTests {
    @Test func curlyQuotesAndDashesKeepColumnsAligned() throws {
        let grid = try application(after: "", width: 120, height: 40).render()
        let (x, y) = try #require(grid.find("“Thousands” leave Baghouz — SDF"))
        // The row's right border sits in the same column as the pane's other borders.
        let border = try #require((x..<grid.width).first { grid[$0, y].text == "│" })
        #expect(grid[border, 0].text == "┐")
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() throws {
        let grid = try application(after: "2j<Enter>").render()
        let (x, y) = try #require(grid.find("中文"))
        #expect(grid[x, y].text == "中")
        #expect(grid[x + 1, y].isContinuation)
        #expect(grid[x + 2, y].text == "文")
        for row in 0..<grid.height {
            for column in 0..<grid.width where grid[column, row].isContinuation {
                #expect(column > 0 && DisplayWidth.of(grid[column - 1, row].text) == 2)
            }
        }
    }

    @Test func wrappingMeasuresDisplayColumns() {
        let text = "Reports in 中文中文中文 media said “yes” — and more."
        for width in 3...30 {
            for range in WordWrap.lines(text, width: width) {
                let line = ReaderDocument.slice(text, range)
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
                #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
            }
        }
        #expect(WordWrap.lines(text, width: 15).map { ReaderDocument.slice(text, $0) }
            == ["Reports in", "中文中文中文", "media said", "“yes” — and", "more."])
    }

    @Test func wrappingCutsAWordLongerThanTheLine() {
        let text = "see https://example.org/a/very/long/path now"
        let lines = WordWrap.lines(text, width: 10).map { ReaderDocument.slice(text, $0) }
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test func noBreakSpaceHoldsWordsTogether() {
        let text = "up to 1,500\u{00A0}fighters remained"
        let lines = WordWrap.lines(text, width: 14).map { ReaderDocument.slice(text, $0) }
        #expect(lines.contains("1,500\u{00A0}fighters"))
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        #expect("Baghouz falls".truncated(toWidth: 8) == "Baghouz…")
        #expect("中文中文".truncated(toWidth: 4) == "中…")
        #expect("short".truncated(toWidth: 10) == "short")
    }
}

@Suite struct DateTextTests {
    @Test func labelsAreFixedWidthAndCompact() {
        let feb9 = CalendarDate(year: 2019, month: 2, day: 9)!
        let cases: [(TemporalValue, String)] = [
            (.day(feb9), "Feb  9"), (.month(year: 2019, month: 3), "Mar"), (.month(year: 2014, month: 6), "Jun '14"),
            (.day(CalendarDate(year: 2005, month: 1, day: 2)!), "Jan '05"), (.year(2011), "2011"),
            (.interval(.day(feb9), .day(CalendarDate(year: 2019, month: 3, day: 4)!)), "Feb  9→"),
        ]
        for (value, label) in cases {
            let text = DateText.short(value, year: 2019)
            #expect(text.replacingTrailingSpaces() == label)
            #expect(DisplayWidth.of(text) == DateText.width)
        }
    }
}
