import Testing
@testable import SitrepCore

@Suite struct SearchTests {
    static let articles = [
        EventFixture("a", outlet: "Herald", published: "2019-03-01", [
            "Fighters surrendered near the river.", "The ÉLITE unit of the SDF held Baghouz.",
        ]).article,
        EventFixture("b", outlet: "Argus", published: "2019-03-02", [
            "No match here.", "Baghouz fell; baghouz was empty. BAGHOUZ!",
        ]).article,
    ]

    @Test func findsCaseInsensitiveHitsInCorpusOrder() {
        let hits = CorpusSearch(articles: Self.articles).search("baghouz")
        #expect(hits.map(\.article) == [0, 1, 1, 1])
        #expect(hits.map(\.field) == [.paragraph(1), .paragraph(1), .paragraph(1), .paragraph(1)])
        let texts = hits.map { hit in Self.articles[hit.article].text(of: hit.span!) }
        #expect(texts == ["Baghouz", "Baghouz", "baghouz", "BAGHOUZ"])
    }

    @Test func foldsNonASCIICaseWithoutMovingOffsets() throws {
        let hits = CorpusSearch(articles: Self.articles).search("élite")
        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(Self.articles[0].text(of: hit.span!) == "ÉLITE")
    }

    @Test func searchesTitles() {
        let hits = CorpusSearch(articles: Self.articles).search("TITLE OF B")
        #expect(hits == [SearchHit(article: 1, field: .title, range: 0..<10)])
        #expect(hits[0].span == nil)
    }

    @Test func limitAndCancellationStopEarly() {
        let search = CorpusSearch(articles: Self.articles)
        #expect(search.search("baghouz", limit: 2).count == 2)
        #expect(search.search("", limit: 5).isEmpty)
        #expect(search.search("zzz").isEmpty)
        let many = (0..<200).map { EventFixture("x\($0)", outlet: "O", ["nothing", "needle"]).article }
        var asked = 0
        let hits = CorpusSearch(articles: many).search("needle", shouldContinue: { asked += 1; return asked < 2 })
        #expect(hits.count < 200)
        #expect(!hits.isEmpty)
    }

    @Test func aMatchNeverSpansTwoParagraphs() {
        let article = EventFixture("c", outlet: "O", ["ends with bag", "houz starts"]).article
        #expect(CorpusSearch(articles: [article]).search("baghouz").isEmpty)
        #expect(CorpusSearch(articles: [article]).search("bag\nhouz").isEmpty)
    }
}

@Suite struct TextFoldingTests {
    @Test func lanesLowerExactlyTheASCIICapitals() {
        let ascii = (0..<128).map(UInt8.init)
        let folded = TextFolding.fold(String(decoding: ascii, as: UTF8.self))
        #expect(folded == ascii.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
        // Fewer than eight bytes left: the tail is folded byte by byte.
        #expect(TextFolding.fold("ABCDEFGHIJKLM") == Array("abcdefghijklm".utf8))
        #expect(TextFolding.fold("").isEmpty)
    }

    @Test func foldingKeepsLengthsAcrossLanesAndScalars() {
        let text = "ÉLITE Units HELD “Baghouz” — ΣΑΣ and İstanbul; MIXED case Text"
        let folded = TextFolding.fold(text)
        #expect(folded.count == text.utf8.count)
        #expect(String(decoding: folded, as: UTF8.self) == "élite units held “baghouz” — σασ and İstanbul; mixed case text")
    }

    /// Folding copies a scalar that does not change when lower-cased without asking for its mapping: sound
    /// only if no such scalar has a lower-case mapping other than itself.
    @Test func scalarsThatDoNotChangeWhenLowercasedAreTheirOwnLowercase() {
        var checked = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
            checked += 1
            #expect(scalar.properties.lowercaseMapping == String(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(checked > 1_000_000)
    }

    /// A scalar folds as its one-scalar, same-length lower case, else stays as it is: every two-byte scalar
    /// (folded by table), General Punctuation (copied unasked), and others of three and four bytes.
    @Test func eachScalarFoldsToItsLowercaseOfTheSameLength() {
        let samples = [0x1E9E, 0x2126, 0x212A, 0x2160, 0x24B6, 0x10400, 0x1F600, 0xFFFD, 0xFF21]
        for value in Array(0x80...0x7FF) + Array(0x2000...0x206F) + samples {
            let scalar = Unicode.Scalar(UInt32(value))!
            let lowered = scalar.properties.lowercaseMapping.unicodeScalars
            let expected = lowered.count == 1 && lowered.first!.utf8.count == scalar.utf8.count
                ? Array(lowered.first!.utf8) : Array(scalar.utf8)
            #expect(TextFolding.fold(String(scalar)) == expected, "U+\(String(value, radix: 16))")
        }
    }
}
