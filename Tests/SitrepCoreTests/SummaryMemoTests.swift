import Testing
@testable import SitrepCore

/// The memo sums up a sentence once per distinct text, matching sentences byte for byte.
@Suite struct SummaryMemoTests {
    @Test func theSameSentenceFromTwoArticlesSharesASlot() {
        let memo = SummaryMemo()
        let first = "Agency: The SDF said on Sunday that the village had fallen, officials said."
        let second = "Other paper: The SDF said on Sunday that the village had fallen, officials said."
        let a = memo.slot(of: first.drop { $0 != ":" }.dropFirst(2))
        let b = memo.slot(of: second.drop { $0 != ":" }.dropFirst(2))
        #expect(a == b)
        #expect(memo.summary(a) == EventSummary.make(from: "The SDF said on Sunday that the village had fallen, officials said."))
        #expect(memo.slot(of: "The village fell on Sunday.") != a)
    }

    @Test func keysCompareBytesNotCanonicalEquivalence() {
        let composed = SentenceBytes("Caf\u{E9} owners fled on Monday.")
        let decomposed = SentenceBytes("Cafe\u{301} owners fled on Monday.")
        #expect(String(composed.text) == String(decomposed.text))  // equal as Swift strings
        #expect(composed != decomposed)
        #expect(composed == SentenceBytes(Substring("Caf\u{E9} owners fled on Monday.")))
        #expect(composed.hashValue == SentenceBytes(Substring("Caf\u{E9} owners fled on Monday.")).hashValue)
    }
}
