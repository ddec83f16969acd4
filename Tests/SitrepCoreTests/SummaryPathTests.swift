import Testing
@testable import SitrepCore

/// `EventSummary` sums up an all-ASCII sentence from its bytes (`ASCIIScalars`) and any other from decoded
/// scalars: both paths must give the same summary for every ASCII sentence.
@Suite struct SummaryPathTests {
    /// The summary by the ASCII path (nil when the sentence is not ASCII) and by the scalar path.
    static func bothPaths(_ sentence: String, limit: Int = EventSummary.maximumLength) -> (ascii: String?, scalars: String) {
        var sentence = sentence
        let ascii = sentence.withUTF8 { bytes in
            AlphanumericLanes.isASCII(bytes) ? EventSummary.make(ASCIIScalars(bytes), maximumLength: limit) : nil
        }
        return (ascii, EventSummary.make(Array(sentence.unicodeScalars)[...], maximumLength: limit))
    }

    @Test func seedSentencesGetTheSameSummaryByBothPaths() throws {
        let corpus = try CorpusLoader.load(from: try #require(EmbeddedCorpus.locate()))
        let articles = CorpusAnalyzer.analyze(corpus).articles
        var asciiCount = 0
        for article in articles {
            for sentence in article.sentences.map({ article.text(of: $0.span) }) + [article.title] {
                let (ascii, scalars) = Self.bothPaths(sentence)
                #expect(EventSummary.make(from: sentence) == scalars, "\(sentence)")
                guard let ascii else { continue }
                asciiCount += 1
                #expect(ascii == scalars, "\(sentence)")
            }
        }
        #expect(asciiCount > 100)
    }

    /// Random sentences built from pieces each step looks for: datelines, attributions, reporting verbs,
    /// quotes, shouted words, long runs to shorten; some with non-ASCII pieces, which take the scalar path.
    @Test func randomSentencesGetTheSameSummaryByBothPaths() {
        let pieces = [
            "Cairo (Reuters) - ", "according to", "According to the SDF,", "said", "SAYS", "that", "he said.",
            "officials told", "\"", "'", ",", ".", ";", ":", " ", "  ", "-", "THE", "ISIS", "IS", "US", "THESE",
            "the", "rebels", "fled", "300", "1,500", "Raqqa", "on", "Monday", "surrendered", "a", "x", "\t", "\r\n",
            "fighters", "and", "village", "(AsiaNews / Agencies)", "e\u{301}", "\u{201C}", "\u{201D}", "\u{2014}",
            "caf\u{E9}", "\u{E9}t\u{E9}", "\u{A0}", "\u{4E2D}", "\u{1F600}",
        ]
        var generator = SplitMix(seed: 42)
        var asciiCount = 0, otherCount = 0
        for _ in 0..<4_000 {
            let count = Int(generator.next() % 40)
            var sentence = ""
            for _ in 0..<count {
                sentence += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { sentence += " " }
            }
            let limit = generator.next() % 2 == 0 ? EventSummary.maximumLength : Int(5 + generator.next() % 40)
            let (ascii, scalars) = Self.bothPaths(sentence, limit: limit)
            #expect(EventSummary.make(from: sentence, maximumLength: limit) == scalars, "\(sentence)")
            if let ascii {
                asciiCount += 1
                #expect(ascii == scalars, "\(sentence)")
            } else {
                otherCount += 1
            }
        }
        #expect(asciiCount > 500 && otherCount > 500)
    }

    @Test func asciiTextReplacesAndSlicesLikeScalars() {
        let sentence = Array("the rebels fled".utf8)
        var text = sentence.withUnsafeBufferPointer { ASCIIScalars($0) }
        text.replace(at: 0, with: "T")
        #expect(text.string(appending: "…") == "The rebels fled…")
        #expect(text[4..<10].string() == "rebels")
        #expect(text.dropFirst(11).string() == "fled")
        #expect(Array(text.prefix(3)) == ["T", "h", "e"])
    }

    /// A small deterministic generator (SplitMix64).
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D1_049B_B133_111B
            return value ^ (value >> 31)
        }
    }
}
