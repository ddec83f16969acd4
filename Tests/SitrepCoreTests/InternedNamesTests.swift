import Testing
@testable import SitrepCore

@Suite struct InternedNamesTests {
    @Test func equalStringsShareAnIdThroughGrowth() {
        var names = InternedNames()
        // Short (inline) and long strings, ASCII and not, past the first table size of 1,024 slots.
        let strings = (0..<1500).map { $0 % 3 == 0 ? "Name \($0)" : $0 % 3 == 1 ? "Syrian Democratic Forces \($0)" : "Ḥasaka \($0)" }
        let ids = strings.map { names.id(of: $0) }
        #expect(ids == Array(0..<1500))
        // Equal strings in other storage find the same ids.
        #expect(strings.indices.allSatisfy { names.id(of: String(decoding: Array(strings[$0].utf8), as: UTF8.self)) == $0 })
        #expect(names.id(of: "Name 0") == 0 && names.id(of: "name 0") == 1500 && names[1500] == "name 0")
        #expect(names.key(of: 1) == "syrian democratic forces 1")
    }

    @Test func canonicallyEqualStringsShareAnId() {
        var names = InternedNames()
        let composed = names.id(of: "Zo\u{EB} Kravitz")
        #expect(names.id(of: "Zoe\u{308} Kravitz") == composed)
        // A non-ASCII string equal to an ASCII one (the Kelvin sign is a K).
        let ascii = names.id(of: "Kobani")
        #expect(names.id(of: "\u{212A}obani") == ascii)
        #expect(names.id(of: "Zoe Kravitz") != composed)
    }
}
