import Testing
@testable import SitrepCore

@Suite struct SentenceTokenBufferTests {
    @Test func holdsOneSentenceAtATime() {
        let bytes = Array("Kino Gabriel spoke. Hi.".utf8)
        bytes.withUnsafeBufferPointer { bytes in
            var buffer = SentenceTokenBuffer(capacity: 19)
            #expect(buffer.capacity == 19 && buffer.count == 0 && buffer.last == nil && buffer.tokens.isEmpty)
            WordTokenizer.tokenize(bytes, from: 0, to: 19, into: &buffer)
            #expect(buffer.tokens.map { $0.text(in: bytes) } == ["Kino", "Gabriel", "spoke", "."])
            #expect(buffer.last?.isPunctuation(".") == true)
            // The next sentence is written over the first.
            WordTokenizer.tokenize(bytes, from: 20, to: 23, into: &buffer)
            #expect(buffer.tokens.map { $0.text(in: bytes) } == ["Hi", "."] && buffer.count == 2)
            #expect(buffer.tokens[0].isClauseInitial)
            buffer.removeAll()
            #expect(buffer.count == 0 && buffer.last == nil)
        }
    }

    @Test func aSentenceOfSingleByteTokensFillsItExactly() {
        // Marks and one-letter words: as many tokens as bytes, the most a sentence can have.
        let bytes = Array("a.b,(c)!".utf8)
        bytes.withUnsafeBufferPointer { bytes in
            var buffer = SentenceTokenBuffer(capacity: bytes.count)
            WordTokenizer.tokenize(bytes, from: 0, to: bytes.count, into: &buffer)
            #expect(buffer.count == bytes.count && buffer.count == buffer.capacity)
        }
        #expect(SentenceTokenBuffer(capacity: 0).capacity == 1)
    }
}
