import Testing
@testable import SitrepCore

/// The memo sums up a sentence once per distinct text, matching sentences byte for byte.
@Suite struct SummaryMemoTests {
    static func reader(_ sentences: [Substring]) -> SummaryMemo.SentenceReader {
        { id, body in
            var sentence = sentences[id]
            sentence.withUTF8(body)
        }
    }

    @Test func theSameSentenceFromTwoArticlesSharesASlot() {
        let first = "Agency: The SDF said on Sunday that the village had fallen, officials said."
        let second = "Other paper: The SDF said on Sunday that the village had fallen, officials said."
        let sentences: [Substring] = [first.drop { $0 != ":" }.dropFirst(2), second.drop { $0 != ":" }.dropFirst(2),
                                      "The village fell on Sunday."]
        let memo = SummaryMemo(ids: sentences.count, read: Self.reader(sentences))
        let a = memo.slot(of: 0)
        let b = memo.slot(of: 1)
        #expect(a == b)
        #expect(memo.summary(a) == EventSummary.make(from: "The SDF said on Sunday that the village had fallen, officials said."))
        #expect(memo.slot(of: 2) != a)
        #expect(memo.length(a) == memo.summary(a).count)
        #expect(memo.keywords(a).contains("villag"))
    }

    @Test func slotsSurviveTheTableGrowing() {
        let sentences = (0..<500).map { Substring("Convoy \($0 % 250) reached the camp on Sunday.") }
        let memo = SummaryMemo(ids: sentences.count, expected: 2, read: Self.reader(sentences))
        let slots = sentences.indices.map(memo.slot(of:))
        #expect(Set(slots).count == 250)
        #expect(sentences.indices.allSatisfy { slots[$0] == slots[$0 % 250] })
        #expect(memo.summary(slots[7]) == "Convoy 7 reached the camp on Sunday")
    }

    @Test func sentencesMatchByTheirBytesNotByCanonicalEquivalence() {
        let sentences: [Substring] = ["Caf\u{E9} owners fled on Monday.", "Cafe\u{301} owners fled on Monday.",
                                      Substring("Caf\u{E9} owners fled on Monday.")]
        #expect(String(sentences[0]) == String(sentences[1]))  // equal as Swift strings
        let memo = SummaryMemo(ids: sentences.count, read: Self.reader(sentences))
        let composed = memo.slot(of: 0)
        #expect(memo.slot(of: 1) != composed)
        #expect(memo.slot(of: 2) == composed)
    }
}
