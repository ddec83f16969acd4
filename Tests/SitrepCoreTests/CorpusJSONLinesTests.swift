import Foundation
import Testing
@testable import SitrepCore

/// A JSON Lines corpus: one record per line; diagnostics cite the record's line.
@Suite struct CorpusJSONLinesTests {
    static func record(_ id: String, _ extra: String = "") -> String {
        "{\"id\": \"\(id)\", \"outlet\": \"Wire\", \"published\": \"2021-07-01\", \"title\": \"T \(id)\", \"text\": \"Line one.\\nLine two.\"\(extra)}"
    }

    @Test func recordsBecomeArticles() throws {
        let fixture = try CorpusFixture(["news.jsonl": [Self.record("a"), "", Self.record("b", ", \"url\": \"u\"")].joined(separator: "\n")])
        defer { fixture.remove() }
        let corpus = try fixture.load("news.jsonl").get()
        #expect(corpus.title == "news")
        #expect(corpus.articles.map(\.id) == ["a", "b"])
        #expect(corpus.articles.allSatisfy { $0.file == "news.jsonl" && $0.lineOffset == 0 })
        #expect(corpus.articles[0].text == "Line one.\nLine two.")
        #expect(corpus.articles[1].metadata.url == "u")
        #expect(corpus.diagnostics.isEmpty)
        #expect(BoilerplateCleaner.clean(corpus.articles[0]).paragraphs.map(\.line) == [1, 2],
                "paragraph lines count within the record's text")
    }

    @Test func badRecordsAreSkippedCitingTheirLine() throws {
        let lines = [Self.record("a"), "{\"id\": \"b\", \"text\": ", "[1, 2]", "{\"id\": \"c\", \"title\": \"no text\"}",
                     Self.record("a"), Self.record("d", ", \"lang\": \"en\"")]
        let fixture = try CorpusFixture(["news.jsonl": lines.joined(separator: "\n")])
        defer { fixture.remove() }
        let corpus = try fixture.load("news.jsonl").get()
        #expect(corpus.articles.map(\.id) == ["a", "a-2", "d"])
        let byLine = Dictionary(grouping: corpus.diagnostics) { $0.line ?? 0 }
        #expect(byLine[2]?.first?.message.hasPrefix("malformed JSON") == true)
        #expect(byLine[3]?.first?.message == "expected a JSON object; record skipped")
        #expect(byLine[4]?.first?.field == "text")
        #expect(byLine[5]?.first?.message == "duplicate id 'a'; this article is 'a-2'")
        #expect(byLine[6]?.first?.field == "lang")
    }

    @Test func recordWithoutIdIsNamedByItsLine() throws {
        let fixture = try CorpusFixture(["n.ndjson": "{\"outlet\": \"O\", \"published\": \"2021-01-01\", \"title\": \"T\", \"text\": \"x\"}"])
        defer { fixture.remove() }
        #expect(try fixture.load("n.ndjson").get().articles.map(\.id) == ["line-1"])
    }

    @Test func controlCharactersInsideTextAreSanitised() throws {
        let fixture = try CorpusFixture(["n.jsonl": "{\"id\": \"x\", \"text\": \"Red \\u001b[31malert\\u202e here\\r\\nnext\"}"])
        defer { fixture.remove() }
        let text = try #require(try fixture.load("n.jsonl").get().articles.first?.text)
        #expect(text == "Red      alert\u{FFFD} here\nnext")
    }

    @Test func emptyOrBinaryJSONLinesIsUnusable() throws {
        let fixture = try CorpusFixture(["empty.jsonl": "\n\n"])
        defer { fixture.remove() }
        try fixture.write("bin.jsonl", Data([0x7B, 0x00, 0x7D]))
        guard case .failure(let empty) = fixture.load("empty.jsonl") else { Issue.record("expected failure"); return }
        #expect(empty.diagnostics.last?.message == "no article could be loaded")
        guard case .failure(let binary) = fixture.load("bin.jsonl") else { Issue.record("expected failure"); return }
        #expect(binary.description.contains("binary file (NUL byte at offset 1)"))
    }
}
