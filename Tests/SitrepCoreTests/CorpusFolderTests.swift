import Foundation
import Testing
@testable import SitrepCore

/// A folder with no manifest: `.txt`/`.md` articles with optional front matter.
@Suite struct CorpusFolderTests {
    @Test func frontMatterGivesMetadataAndParagraphsCiteOriginalLines() throws {
        let fixture = try CorpusFixture([
            "river.md": """
            ---
            outlet: Example Times
            published: 2020-05-04
            title: "River bursts its banks"
            url: https://example.org/river
            ---
            River bursts its banks

            The river rose on Monday, officials said.
            """,
            "notes.csv": "ignored",
            ".hidden.txt": "ignored",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.title == fixture.folder.lastPathComponent)
        let article = try #require(corpus.articles.first)
        #expect(corpus.articles.count == 1)
        #expect(article.id == "river" && article.file == "river.md")
        #expect(article.metadata.title == "River bursts its banks")
        #expect(article.metadata.url == "https://example.org/river")
        #expect(article.lineOffset == 6)
        #expect(corpus.diagnostics.isEmpty)
        let cleaned = BoilerplateCleaner.clean(article)
        #expect(cleaned.boilerplate.map(\.line) == [7], "the repeated headline sits on file line 7")
        #expect(cleaned.paragraphs.map(\.line) == [9])
        #expect(cleaned.paragraphs.first?.text == "The river rose on Monday, officials said.")
    }

    @Test func fileWithoutFrontMatterWarnsAboutEachMissingField() throws {
        let fixture = try CorpusFixture(["plain.txt": "Just text.\n"])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.first?.lineOffset == 0)
        #expect(corpus.diagnostics.map(\.field) == ["outlet", "published", "title"])
        #expect(corpus.diagnostics.allSatisfy { $0.severity == .warning && $0.file.hasSuffix("plain.txt") })
        #expect(corpus.diagnostics(about: "published: missing; only absolute dates will be resolved").count == 1)
    }

    @Test func frontMatterProblemsCiteTheirLines() throws {
        let fixture = try CorpusFixture([
            "a.txt": "---\noutlet: O\nthis line has no colon\nsection: World\npublished: last Tuesday\ntitle: T\n---\nBody.\n",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.diagnostics.map(\.line) == [3, 4, 5])
        #expect(corpus.diagnostics(about: "section: unknown field").count == 1)
        #expect(corpus.diagnostics(about: "'last Tuesday' is not a date").count == 1)
    }

    @Test func unclosedFrontMatterIsReadAsText() throws {
        let fixture = try CorpusFixture(["a.txt": "---\noutlet: O\nBody text.\n"])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.first?.text == "---\noutlet: O\nBody text.\n")
        #expect(corpus.articles.first?.metadata.outlet == nil)
        #expect(corpus.diagnostics(about: "never closed").first?.line == 1)
    }

    @Test func gazetteerInTheFolderIsLoaded() throws {
        let fixture = try CorpusFixture([
            "a.txt": "Text.",
            "gazetteer.json": "{\"entities\": [{\"name\": \"Islamic State\", \"type\": \"organisation\", \"aliases\": [\"ISIS\", \"IS\", \"Daesh\"]}]}",
        ])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.gazetteer.entries == [Gazetteer.Entry(name: "Islamic State", kind: .organisation,
                                                             aliases: ["ISIS", "IS", "Daesh"])])
    }

    @Test func malformedGazetteerIsAWarningWithItsLine() throws {
        let fixture = try CorpusFixture(["a.txt": "Text.", "gazetteer.json": "{\"entities\": [\n  {\"name\": }\n]}"])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        let diagnostic = try #require(corpus.diagnostics(about: "gazetteer ignored").first)
        #expect(diagnostic.severity == .warning && diagnostic.line == 2)
    }

    @Test func folderWithoutArticlesIsUnusable() throws {
        let fixture = try CorpusFixture(["readme.pdf": "x"])
        defer { fixture.remove() }
        guard case .failure(let error) = fixture.load() else { Issue.record("expected failure"); return }
        #expect(error.description.contains("no corpus.json manifest and no .txt or .md article files"))
    }

    @Test func frontMatterIdsMustBeUnique() throws {
        let fixture = try CorpusFixture(["a.txt": "---\nid: story\n---\nOne.", "b.txt": "---\nid: story\n---\nTwo."])
        defer { fixture.remove() }
        let corpus = try fixture.load().get()
        #expect(corpus.articles.map(\.id) == ["story", "story-2"])
    }
}
