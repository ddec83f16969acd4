import Testing
@testable import SitrepCore

@Suite struct TextTokenizerTests {
    func describe(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return TextTokenizer.tokens(in: text).map { token in
            let piece = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            switch token.kind {
            case .word: return "w:\(piece)"
            case .number: return "n:\(token.number)"
            case .punctuation: return "p:\(piece)"
            }
        }
    }

    @Test func wordsNumbersAndMarks() {
        #expect(describe("On 11th March, 2,000 fled.") == ["w:On", "n:11", "w:th", "w:March", "p:,", "n:2", "p:,", "n:0", "w:fled", "p:."])
    }

    @Test func unicodeLettersQuotesAndSpaces() {
        #expect(describe("“Baghuz’s” al‑Hol café\u{00A0}G20 – ok…")
                == ["p:“", "w:Baghuz", "p:’", "w:s", "p:”", "w:al", "p:‑", "w:Hol", "w:café", "w:G20", "p:–", "w:ok", "p:…"])
    }

    @Test func keysAreCaseInsensitiveAndCapitalsAreNoted() {
        let tokens = TextTokenizer.tokens(in: "Tuesday TUESDAY tuesday extraordinarily")
        #expect(tokens[0].key == WordKey.make("tuesday"))
        #expect(tokens[1].key == tokens[2].key)
        #expect(tokens[0].isCapitalized && !tokens[2].isCapitalized)
        #expect(tokens[3].key == 0) // longer than 12 letters
    }

    @Test func rangesAreRespectedAndOffsetsAreAbsolute() {
        let tokens = TextTokenizer.tokens(in: "skip this part", range: 5..<9)
        #expect(tokens.map(\.start) == [5])
        #expect(tokens.map(\.end) == [9])
    }

    @Test func malformedUTF8DoesNotCrash() {
        let bytes: [UInt8] = [0x41, 0xE2, 0x80, 0x20, 0xFF, 0x42]
        let tokens = bytes.withUnsafeBufferPointer { TextTokenizer.tokens(in: $0, range: 0..<$0.count) }
        #expect(tokens.first?.kind == .word)
        #expect(tokens.last?.kind == .word)
    }
}
