import Testing
@testable import SitrepCore

/// Runs the recogniser on hand-written paragraphs, one sentence each, and checks every span is exact.
func recognize(_ paragraphs: [String], gazetteer: Gazetteer = Gazetteer()) -> [EntityCandidate] {
    let cleaned = paragraphs.enumerated().map { Paragraph(text: $1, line: $0 + 1) }
    let sentences = cleaned.enumerated().map { Sentence(span: TextSpan(paragraph: $0, start: 0, end: $1.text.utf8.count)) }
    let found = EntityRecognizer(gazetteer: gazetteer).recognize(ArticleTokens(paragraphs: cleaned, sentences: sentences))
    for candidate in found {
        let utf8 = Array(cleaned[candidate.span.paragraph].text.utf8)
        let slice = String(decoding: utf8[candidate.span.start..<candidate.span.end], as: UTF8.self)
        #expect(slice == candidate.text, "span of \(candidate.text) covers \(slice)")
    }
    return found
}

func recognize(_ text: String, gazetteer: Gazetteer = Gazetteer()) -> [EntityCandidate] {
    recognize([text], gazetteer: gazetteer)
}

/// The candidate with this exact text, if any.
func candidate(_ text: String, in found: [EntityCandidate]) -> EntityCandidate? {
    found.first { $0.text == text }
}

/// A small gazetteer in the shape of `seeds/gazetteer.json`.
let topicGazetteer = Gazetteer(entries: [
    .init(name: "Islamic State", kind: .organisation, aliases: ["ISIS", "Isis", "IS", "Daesh", "ISIL"]),
    .init(name: "Syrian Democratic Forces", kind: .organisation, aliases: ["SDF"]),
    .init(name: "United States", kind: .place, aliases: ["US", "America"]),
    .init(name: "Donald Trump", kind: .person, aliases: ["Trump", "President Trump"]),
])

extension WordTokenizer {
    /// Appends the tokens of `bytes[lower..<upper]` to an array, through a buffer with just enough room.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int,
                         into tokens: inout [WordToken]) {
        var buffer = SentenceTokenBuffer(capacity: upper - lower)
        tokenize(bytes, from: lower, to: upper, into: &buffer)
        tokens.append(contentsOf: buffer.tokens)
    }
}
