import Testing
@testable import SitrepCore

@Suite struct TitleWordsTests {
    /// The one normalized word of `text`.
    private func contains(_ title: TitleWords, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let words = Array(NormalizedWords(buffer))
            #expect(words.count == 1, "\(text) is not one word")
            return words.first.map(title.contains) ?? false
        }
    }

    @Test func findsTitleWordsAsciiAndNot() {
        let title = TitleWords(LineShape.normalize("Raqqa: Kurdish forces enter the café district"))
        for text in ["raqqa", "kurdish", "the", "café"] { #expect(contains(title, text), "\(text)") }
        for text in ["raqq", "cafe", "syria"] { #expect(!contains(title, text), "\(text)") }
    }

    @Test func aNonASCIIWordMatchesItsOtherNormalizationForm() {
        let title = TitleWords(LineShape.normalize("Talks at the cafe\u{301} ended"))
        #expect(contains(title, "caf\u{E9}"))
    }
}
