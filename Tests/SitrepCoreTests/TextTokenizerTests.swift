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

@Suite struct QuotationMarkLanesTests {
    @Test func flagsStraightQuotesAndNonASCIIInEveryLane() {
        let plain = Array("abcdefgh".utf8)
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) } }
        #expect(!QuotationFinder.mayHoldQuoteMark(word(plain)))
        for lane in 0..<8 {
            for byte in UInt8(0)...255 {
                var bytes = plain
                bytes[lane] = byte
                #expect(QuotationFinder.mayHoldQuoteMark(word(bytes)) == (byte == 0x22 || byte >= 0x80), "\(byte) in \(lane)")
            }
        }
    }

    @Test func quotationsAreFoundWhereverThePlainRunsEnd() {
        let text = "said “it is over” and \"we left\" the ‘town’ on France’s side «now"
        let base = Array(text.utf8).withUnsafeBufferPointer { QuotationFinder.quotations(in: $0) }
        #expect(base.count == 4)
        for lead in 1..<12 {
            let shifted = Array((String(repeating: "x", count: lead) + text).utf8)
                .withUnsafeBufferPointer { QuotationFinder.quotations(in: $0) }
            #expect(shifted == base.map { ($0.lowerBound + lead)..<($0.upperBound + lead) }, "lead \(lead)")
        }
    }
}
