import Testing
@testable import SitrepCore

@Suite struct DraftTextsTests {
    @Test func textsAreAddedComposedAndCompared() {
        let source = Array("Colonel Sean Ryan and Jean-Michel Clain".utf8)
        source.withUnsafeBufferPointer { source in
            var tokens: [WordToken] = []
            WordTokenizer.tokenize(source, from: 0, to: source.count, into: &tokens)
            var texts = DraftTexts()
            let whole = texts.add(UnsafeBufferPointer(rebasing: source[8..<17]))
            let spaced = texts.add(spaced: tokens[1...2], of: source)
            #expect(texts.string(whole) == "Sean Ryan" && texts.string(spaced) == "Sean Ryan")
            #expect(texts.areEqual(whole, spaced) && whole != spaced)
            let clain = texts.add(spaced: tokens[4...5], of: source)
            let fabien = texts.add("Fabien")
            let shared = texts.add(fabien, withSurnameOf: clain)
            #expect(texts.string(shared) == "Fabien Clain")
            #expect(!texts.areEqual(fabien, clain))
            // Canonically equal texts are equal, as Strings are; the Kelvin sign is a K.
            let composed = texts.add("Zo\u{EB}"), decomposed = texts.add("Zoe\u{308}"), plain = texts.add("Zoe")
            let kelvin = texts.add("\u{212A}DP"), ascii = texts.add("KDP")
            #expect(texts.areEqual(composed, decomposed) && texts.areEqual(kelvin, ascii))
            #expect(!texts.areEqual(composed, plain) && !texts.areEqual(decomposed, plain))
            let words = texts.add(wordsOf: tokens[1...2])
            #expect(Array(texts.words[words]) == [TokenKey("sean"), TokenKey("ryan")])
        }
    }
}
