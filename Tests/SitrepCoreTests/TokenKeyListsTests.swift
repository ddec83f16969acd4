import Testing
@testable import SitrepCore

@Suite struct TokenKeyListsTests {
    @Test func findsTheLastValueBelowALimitElseTheFirst() {
        var lists = TokenKeyLists()
        #expect(lists.isEmpty && lists.lastValue(below: 5, for: "bali") == nil)
        for (value, word) in [(2, "bali"), (4, "gabriel"), (7, "bali"), (7, "bali"), (9, "bali")] {
            lists.append(value, to: TokenKey(word))
        }
        #expect(!lists.isEmpty)
        #expect(lists.lastValue(below: 1, for: "bali") == 2)
        #expect(lists.lastValue(below: 8, for: "bali") == 7 && lists.lastValue(below: 100, for: "bali") == 9)
        #expect(lists.lastValue(below: 0, for: "gabriel") == 4 && lists.lastValue(below: 5, for: "ryan") == nil)
    }

    @Test func keepsEveryListThroughGrowth() {
        for capacity in [0, 8, 150, 700] {
            var lists = TokenKeyLists(capacity: capacity)
            for value in 0..<600 { lists.append(value, to: TokenKey("word\(value % 200)")) }
            for word in 0..<200 {
                #expect(lists.lastValue(below: 1_000, for: TokenKey("word\(word)")) == word + 400)
                #expect(lists.lastValue(below: word + 300, for: TokenKey("word\(word)")) == word + 200)
            }
        }
    }
}
