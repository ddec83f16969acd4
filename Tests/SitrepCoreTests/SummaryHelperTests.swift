import Testing
@testable import SitrepCore

@Suite struct SummaryHelperTests {
    static func scalars(_ text: String) -> ArraySlice<Unicode.Scalar> { Array(text.unicodeScalars)[...] }

    @Test func wordsIgnoreQuotesFullStopsAndCommas() {
        #expect(ScalarWords.count(in: Self.scalars("“The clashes,” he  said . ")) == 4)
        #expect(ScalarWords.count(in: Self.scalars(" ” , . ")) == 0)
        #expect(ScalarWords.containsAttributionWord(Self.scalars(" he SAID.”")))
        #expect(ScalarWords.containsAttributionWord(Self.scalars("according to the SDF")))
        #expect(!ScalarWords.containsAttributionWord(Self.scalars("heading north")))
    }

    @Test func decodingGivesTheStringsScalars() {
        for text in ["", "plain ASCII", "caf\u{E9} \u{201C}quoted\u{201D} \u{2014} \u{4E2D}\u{6587} \u{1F600} e\u{301}"] {
            let decoded = Array(text.utf8).withUnsafeBufferPointer(UTF8Scalar.scalars(of:))
            #expect(decoded == Array(text.unicodeScalars))
        }
        let malformed: [UInt8] = [0x41, 0xFF, 0xE2, 0x80, 0x42]
        #expect(malformed.withUnsafeBufferPointer(UTF8Scalar.scalars(of:)) == ["A", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "B"])
    }

    @Test func attributionWordsAreMatchedWithoutTheirPunctuationOnly() {
        #expect(ScalarWords.isAttributionWord(Self.scalars("\u{201C}Told,")))
        #expect(!ScalarWords.isAttributionWord(Self.scalars("tol\u{E9}d")))
        #expect(!ScalarWords.isAttributionWord(Self.scalars("saids")))
    }

    @Test func mainTitleIsThePartBeforeTheFirstColon() {
        #expect(TimelineBuilder.mainTitle(of: "Raqqa: the last days") == "Raqqa")
        #expect(TimelineBuilder.mainTitle(of: ":: Raqqa: the last days") == " Raqqa")
        #expect(TimelineBuilder.mainTitle(of: "No colon here") == "No colon here")
        #expect(TimelineBuilder.mainTitle(of: ":") == ":")
        // A colon carrying a combining mark is another character, as it was for the split by Character.
        #expect(TimelineBuilder.mainTitle(of: "Raqqa:\u{301} the last days") == "Raqqa:\u{301} the last days")
    }

    @Test func shorteningCountsCharactersNotScalars() {
        let accented = String(repeating: "e\u{301}", count: 30) // 30 characters, 60 scalars
        #expect(SummaryShortener.shorten(accented, to: 40) == accented)
        #expect(SummaryShortener.shorten(Self.scalars(accented), to: 40) == accented)
        let words = String(repeating: "word ", count: 10)
        #expect(SummaryShortener.shorten(Self.scalars(words), to: 20) == "word word word…")
        #expect(SummaryShortener.shorten(Self.scalars(words), to: 20) == SummaryShortener.shorten(words, to: 20))
    }

    /// Every scalar `isOwnCharacter` accepts stays one character next to any other such scalar.
    @Test func ownCharactersNeverJoin() {
        let own = (0..<0x2060).compactMap(Unicode.Scalar.init).filter(SummaryShortener.isOwnCharacter)
        let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "\u{2019}", "\u{E9}", "\u{A9}", "\u{2014}"]
        for scalar in own {
            for neighbour in neighbours + [scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(neighbour)
                #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) joins a neighbour")
                pair = String.UnicodeScalarView([neighbour, scalar])
                #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) joins a neighbour")
            }
        }
    }
}
