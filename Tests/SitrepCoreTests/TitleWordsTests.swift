import Testing
@testable import SitrepCore

@Suite struct TitleWordsTests {
    private func word(_ text: String, _ check: (NormalizedWord) -> Void) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for word in NormalizedWords(buffer) { check(word) }
        }
    }

    @Test func findsTitleWordsAsciiAndNot() {
        let title = TitleWords(LineShape.normalize("Raqqa: Kurdish forces enter the café district"))
        for text in ["raqqa", "kurdish", "the", "café"] { word(text) { #expect(title.contains($0)) } }
        for text in ["raqq", "cafe", "syria"] { word(text) { #expect(!title.contains($0)) } }
    }
}
