import Testing
@testable import SitrepUI

/// The byte matcher under every search: case folding, positions on either side of the eight-byte steps,
/// and characters that only look like the query's first letter once 0x20 is OR-ed in.
@Suite struct TextSearchTests {
    private func ranges(_ query: String, _ text: String) -> [Range<Int>] {
        TextSearch(query)!.ranges(in: text)
    }

    @Test func findsEveryMatchInAnyCase() {
        #expect(ranges("bag", "Baghouz, BAGHUZ and baghouz") == [0..<3, 9..<12, 20..<23])
    }

    @Test func findsMatchesAtEveryOffsetAroundTheEightByteSteps() {
        for offset in 0..<20 {
            let text = String(repeating: "x", count: offset) + "Siege" + String(repeating: "y", count: 20 - offset)
            #expect(ranges("siege", text) == [offset..<(offset + 5)], "offset \(offset)")
            #expect(ranges("e", text) == [offset + 2..<offset + 3, offset + 4..<offset + 5], "offset \(offset)")
        }
        #expect(ranges("end", "the end") == [4..<7])
        #expect(ranges("the end", "the end") == [0..<7])
    }

    @Test func aCaseBitDoesNotTurnOtherBytesIntoTheFirstLetter() {
        // "@" | 0x20 is "`", "B" | 0x20 is "b": only letters fold, and a non-letter first byte matches exactly.
        #expect(ranges("`x", "@x @x @x @x `x") == [12..<14])
        #expect(ranges("@x", "`x `x `x `x @x") == [12..<14])
        #expect(ranges("1-3", "2019-03-01 1-3") == [11..<14])
    }

    @Test func nonASCIIBytesMatchExactly() {
        #expect(ranges("é", "café Café CAFÉ") == [3..<5, 9..<11])
        #expect(TextSearch("qxzv")!.matches(String(repeating: "the siege of baghouz ", count: 50)) == false)
        #expect(TextSearch("ghouz")!.matches(String(repeating: "the siege of BAGHOUZ ", count: 50)))
    }
}
