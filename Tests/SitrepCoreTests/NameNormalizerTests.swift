import Testing
@testable import SitrepCore

@Suite struct NameNormalizerTests {
    @Test func keysFoldCaseArticlesApostrophesAndALeadingThe() {
        #expect(NameNormalizer.key("Deir ez-Zor") == "deir al zor")
        #expect(NameNormalizer.key("Al-Hawl") == "al hawl" && NameNormalizer.key("Ash Sham") == "al sham")
        #expect(NameNormalizer.key("The Times") == "times" && NameNormalizer.key("the al-Qaeda") == "al qaeda")
        #expect(NameNormalizer.key("The") == "the" && NameNormalizer.key("the the") == "the")
        #expect(NameNormalizer.key("O’Brien") == "obrien" && NameNormalizer.key("O'Brien") == "obrien")
        #expect(NameNormalizer.key("  Jean--Michel  Clain ") == "jean michel clain")
        #expect(NameNormalizer.key("Éric Zemmour") == "eric zemmour" && NameNormalizer.key("Ḥasaka") == "hasaka")
        #expect(NameNormalizer.key("U.S.") == "US" && NameNormalizer.key("ash") == "al" && NameNormalizer.key("") == "")
    }

    @Test func editDistanceCountsByteEdits() {
        #expect(NameNormalizer.editDistance("baghouz", "baghuz") == 1)
        #expect(NameNormalizer.editDistance("kitten", "sitting") == 3)
        #expect(NameNormalizer.editDistance("", "abc") == 3 && NameNormalizer.editDistance("abc", "") == 3)
        #expect(NameNormalizer.editDistance("zoë", "zoe") == 2)
    }

    @Test func lastSpaceOfASCIIAndOtherKeys() throws {
        let key = "abu bakr baghdadi"
        let space = try #require(VariantMatcher.lastSpace(in: key))
        #expect(key[key.index(after: space)...] == "baghdadi" && key[..<space] == "abu bakr")
        let accented = "zoë tarek"
        let other = try #require(VariantMatcher.lastSpace(in: accented))
        #expect(accented[accented.index(after: other)...] == "tarek")
        // A space carrying a combining mark is one character, not a space.
        #expect(VariantMatcher.lastSpace(in: "a \u{301}b") == nil && VariantMatcher.lastSpace(in: "word") == nil)
    }
}
