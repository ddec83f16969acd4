import Foundation
import Testing
@testable import SitrepCore

/// The manifest form: `corpus.json` listing files and their metadata, and every way it can go wrong.
@Suite struct CorpusManifestTests {
    static let good = "\"file\": \"a.txt\", \"outlet\": \"Example Times\", \"published\": \"2020-05-04\", \"title\": \"Flood\""

    @Test func loadsMetadataWindowAndGazetteer() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest(
                [Self.good + ", \"url\": \"https://example.org/a\", \"byline\": \"Ann Lee\""],
                extra: "\"window\": {\"start\": \"2020-05-01\", \"end\": \"2020-05-31\"}, \"gazetteer\": \"names.json\", "),
            "a.txt": "Flood\n\nThe river rose on Monday.\n",
            "names.json": """
            {"entities": [{"name": "River Authority", "type": "organization", "aliases": ["RA"]},
                          {"name": "Lee", "type": "person"}]}
            """,
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.title == "Test")
        #expect(corpus.window == CalendarDate(iso: "2020-05-01")!...CalendarDate(iso: "2020-05-31")!)
        let article = try #require(corpus.articles.first)
        #expect(article.id == "a")
        #expect(article.file == "a.txt")
        #expect(article.metadata == ArticleMetadata(outlet: "Example Times", published: CalendarDate(iso: "2020-05-04"),
                                                    title: "Flood", url: "https://example.org/a", byline: "Ann Lee"))
        #expect(corpus.gazetteer.entries == [Gazetteer.Entry(name: "River Authority", kind: .organisation, aliases: ["RA"]),
                                             Gazetteer.Entry(name: "Lee", kind: .person)])
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test func missingFileIsAnErrorButOtherArticlesLoad() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest([Self.good, Self.good.replacingOccurrences(of: "a.txt", with: "gone.txt")]),
            "a.txt": "Text.",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.map(\.id) == ["a"])
        let diagnostic = try #require(corpus.diagnostics(about: "gone.txt").first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "file not found")
        #expect(diagnostic.file.hasSuffix("/gone.txt"))
    }

    @Test func invalidUTF8IsAWarningNamingLineAndOffset() throws {
        let fixture = try CorpusFixture(["corpus.json": CorpusFixture.manifest([Self.good])])
        defer { fixture.remove() }
        try fixture.write("a.txt", Data("Line one.\nCaf".utf8) + Data([0xE9]) + Data(" au lait.\n".utf8))
        let corpus = try fixture.load().get()
        let diagnostic = try #require(corpus.diagnostics(about: "invalid UTF-8").first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.message.contains("byte offset 13"))
        #expect(corpus.articles.first?.text == "Line one.\nCaf\u{FFFD} au lait.\n")
    }

    @Test func emptyAndBinaryFilesAreSkippedWithErrors() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest(["\"file\": \"a.txt\"", "\"file\": \"empty.txt\"", "\"file\": \"pic.txt\""]),
            "a.txt": "Text.", "empty.txt": " \n\n",
        ])
        defer { fixture.remove() }
        try fixture.write("pic.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]))
        let corpus = try fixture.load().get()
        #expect(corpus.articles.map(\.id) == ["a"])
        #expect(corpus.diagnostics(about: "empty.txt").first?.message == "empty file: no text to read")
        let binary = try #require(corpus.diagnostics(about: "pic.txt").first)
        #expect(binary.severity == .error)
        #expect(binary.message.contains("binary file (NUL byte at offset 4)"))
    }

    @Test(arguments: [("2019-02-30", "'2019-02-30' is not a real day"),
                      ("yesterday", "'yesterday' is not a date in the form YYYY-MM-DD"),
                      ("12/03/2019", "'12/03/2019' is not a date in the form YYYY-MM-DD")])
    func badDateWarnsAndLeavesTheArticleUndated(date: String, message: String) throws {
        let entry = "\"file\": \"a.txt\", \"outlet\": \"O\", \"title\": \"T\", \"published\": \"\(date)\""
        let fixture = try CorpusFixture(["corpus.json": CorpusFixture.manifest([entry]), "a.txt": "Text."])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.count == 1)
        #expect(corpus.articles.first?.metadata.published == nil)
        let diagnostic = try #require(corpus.diagnostics(about: "published").first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.hasPrefix(message))
    }

    @Test func timestampsGiveTheirDay() throws {
        let entry = "\"file\": \"a.txt\", \"outlet\": \"O\", \"title\": \"T\", \"published\": \"2019-03-12T10:19:00Z\""
        let fixture = try CorpusFixture(["corpus.json": CorpusFixture.manifest([entry]), "a.txt": "Text."])
        defer { fixture.remove() }
        #expect(try fixture.load().get().articles.first?.metadata.published == CalendarDate(iso: "2019-03-12"))
    }

    @Test func unknownAndMissingFieldsWarnByName() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest(["\"file\": \"a.txt\", \"author\": \"X\""], extra: "\"editor\": \"Y\", "),
            "a.txt": "Text.",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        let warnings = corpus.diagnostics.filter { $0.severity == .warning }
        #expect(Set(warnings.compactMap(\.field)) == ["author", "editor", "outlet", "published", "title"])
        #expect(corpus.diagnostics(about: "author: unknown field").first?.file.hasSuffix("a.txt") == true)
        #expect(corpus.diagnostics(about: "editor: unknown field").first?.file.hasSuffix("corpus.json") == true)
        #expect(corpus.diagnostics(about: "outlet: missing").count == 1)
    }

    @Test func malformedManifestIsUnusableAndNamesLineAndColumn() throws {
        let fixture = try CorpusFixture(["corpus.json": "{\n  \"title\": \"T\",\n  \"articles\": [,]\n}", "a.txt": "Text."])
        defer { fixture.remove() }
        guard case .failure(let error) = fixture.load() else { Issue.record("expected a load error"); return }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.file.hasSuffix("corpus.json"))
        #expect(diagnostic.line == 3)
        #expect(diagnostic.message.hasPrefix("malformed JSON at column"))
    }

    @Test func manifestWithoutArticlesListIsUnusable() throws {
        let fixture = try CorpusFixture(["corpus.json": "{\"title\": \"T\"}"])
        defer { fixture.remove() }
        guard case .failure(let error) = fixture.load() else { Issue.record("expected a load error"); return }
        #expect(error.description.contains("corpus.json: error: articles: missing or not a list"))
    }

    @Test func noLoadableArticleIsUnusable() throws {
        let fixture = try CorpusFixture(["corpus.json": CorpusFixture.manifest(["\"file\": \"gone.txt\""])])
        defer { fixture.remove() }
        guard case .failure(let error) = fixture.load() else { Issue.record("expected a load error"); return }
        #expect(error.diagnostics.map(\.message) == ["file not found", "no article could be loaded"])
    }

    @Test func duplicateIdsAndFilesAreReported() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest(["\"file\": \"a.txt\", \"id\": \"x\"", "\"file\": \"b.txt\", \"id\": \"x\"",
                                                   "\"file\": \"a.txt\""]),
            "a.txt": "One.", "b.txt": "Two.",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.map(\.id) == ["x", "x-2"])
        #expect(corpus.diagnostics(about: "duplicate id 'x'").count == 1)
        #expect(corpus.diagnostics(about: "'a.txt' is listed twice").first?.severity == .error)
    }

    @Test func badGazetteerEntriesAreSkippedWithWarnings() throws {
        let fixture = try CorpusFixture([
            "corpus.json": CorpusFixture.manifest([Self.good], extra: "\"gazetteer\": \"g.json\", "),
            "a.txt": "Text.",
            "g.json": "{\"entities\": [{\"name\": \"Mars\", \"type\": \"planet\"}, {\"type\": \"place\"}, {\"name\": \"Rome\", \"type\": \"place\"}]}",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.gazetteer.entries.map(\.name) == ["Rome"])
        #expect(corpus.diagnostics(about: "'planet' for Mars").count == 1)
        #expect(corpus.diagnostics(about: "entry without a name").count == 1)
    }

    @Test func pathThatDoesNotExistOrIsNoCorpusIsUnusable() throws {
        let fixture = try CorpusFixture(["notes.csv": "a,b"])
        defer { fixture.remove() }
        guard case .failure(let missing) = fixture.load("nothing-here") else { Issue.record("expected failure"); return }
        #expect(missing.description.hasSuffix("nothing-here: error: no such file or folder"))
        guard case .failure(let csv) = fixture.load("notes.csv") else { Issue.record("expected failure"); return }
        #expect(csv.description.contains("is neither a corpus folder"))
    }
}
