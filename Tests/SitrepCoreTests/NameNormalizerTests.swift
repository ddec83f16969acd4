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
}
