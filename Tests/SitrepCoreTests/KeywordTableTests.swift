import Testing
@testable import SitrepCore

@Suite struct KeywordTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let words = ["monday", "march", "the", "of", "a", "fortnight", "yesterday", "couple", "th", "since"]
        var pairs: [UInt64: Int] = [:]
        for (index, word) in words.enumerated() { pairs[WordKey.make(word)] = index }
        let table = KeywordTable(pairs)
        for (index, word) in words.enumerated() { #expect(table[WordKey.make(word)] == index) }
        for word in ["mondays", "marc", "an", "fortnights", "x"] { #expect(table[WordKey.make(word)] == nil) }
        #expect(table[0] == nil)
    }

    @Test func holdsManyKeysWithCollisions() {
        var pairs: [UInt64: UInt64] = [:]
        for key in stride(from: UInt64(1), through: 4096, by: 1) { pairs[key << 7] = key }
        let table = KeywordTable(pairs)
        #expect(pairs.allSatisfy { table[$0.key] == $0.value })
        #expect(table[3] == nil && table[1 << 40] == nil)
    }
}
