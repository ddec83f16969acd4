import Foundation
import Testing
@testable import SitrepCore

/// The typed reading of a manifest in its plain shape gives what the general reading gives, and leaves
/// every other manifest to it.
@Suite struct PlainManifestTests {
    static func parse(_ json: String) -> PlainManifest? {
        Array(json.utf8).withUnsafeBufferPointer(PlainManifest.parse)
    }

    @Test func readsThePlainShapeFieldByField() throws {
        let json = #"""
        { "title": " Siege ", "window": {"end": "2019-03-31", "start": "2019-02-01"}, "gazetteer": "names.json",
          "articles": [ {"file": "a.txt", "outlet": "Caf\u00e9 \"Post\"", "published": "2019-03-01", "title": "T",
                         "url": "u", "byline": "B", "id": "x"},
                        {"title": "Only a title"} ] }
        """#
        let manifest = try #require(Self.parse(json))
        #expect(manifest.title == " Siege ")
        #expect(manifest.window?.start == "2019-02-01" && manifest.window?.end == "2019-03-31")
        #expect(manifest.gazetteer == "names.json")
        #expect(manifest.articles.count == 2)
        let first = try #require(manifest.articles.first)
        #expect(first.file == "a.txt" && first.id == "x" && first.url == "u" && first.byline == "B")
        #expect(first.outlet == "Café \"Post\"" && first.published == "2019-03-01" && first.title == "T")
        #expect(manifest.articles[1].file == nil && manifest.articles[1].title == "Only a title")
    }

    @Test(arguments: [
        #"{"title": "T"}"#, #"{"articles": [], "editor": "E"}"#, #"{"articles": [], "articles": []}"#,
        #"{"articles": [{"file": "a.txt", "file": "b.txt"}]}"#, #"{"articles": [{"file": "a.txt", "author": "A"}]}"#,
        #"{"articles": [{"file": "a.txt", "published": null}]}"#, #"{"articles": [{"file": 1}]}"#,
        #"{"articles": ["a.txt"]}"#, #"{"articles": [], "window": {"start": "2019-01-01"}}"#,
        #"{"articles": [], "window": "2019"}"#, #"{"articles": [],}"#, #"{"articles": []} x"#, #"[]"#,
        #"{"articles": [{"file": "\ud83d\ude00.txt"}]}"#,
        // A window value that is no string, then the key again: a bad escape, a raw line feed.
        #"{"articles": [], "window": {"start": "\q, "start": "2019-01-01", "end": "2019-01-31"}}"#,
        "{\"articles\": [], \"window\": {\"start\": \"a\n, \"start\": \"2019-01-01\", \"end\": \"2019-01-31\"}}",
    ])
    func leavesOtherManifestsToTheGeneralReading(json: String) {
        #expect(Self.parse(json) == nil, "\(json)")
    }

    @Test func completeMetadataIsWhatTheReaderGives() throws {
        let reader = MetadataReader(formKeys: ManifestCorpusReader.formKeys, file: "a.txt", line: nil)
        let cases: [(outlet: String?, published: String?, title: String?, url: String?, byline: String?)] = [
            ("O", "2019-03-01", "T", nil, nil), (" O ", " 2019-03-01\n", "\tT", " ", "B "),
            ("O", "2019-03-01", "T", "https://example.org", ""),
        ]
        for fields in cases {
            let complete = try #require(MetadataReader.complete(outlet: fields.outlet, published: fields.published,
                                                                title: fields.title, url: fields.url, byline: fields.byline))
            var log = DiagnosticLog()
            let named: [(String, String?)] = [("byline", fields.byline), ("outlet", fields.outlet),
                                              ("published", fields.published), ("title", fields.title), ("url", fields.url)]
            let read = reader.read(named.compactMap { key, value in value.map { .init(key: key, value: $0, line: nil) } },
                                   log: &log)
            #expect(complete == read && log.diagnostics.isEmpty)
        }
    }

    @Test func metadataNeedingAWordIsLeftToTheReader() {
        let incomplete: [(outlet: String?, published: String?, title: String?)] = [
            (nil, "2019-03-01", "T"), ("O", nil, "T"), ("O", "2019-03-01", " "), ("O", "2019-02-30", "T"),
            ("O", "2019-03-01T10:00:00Z", "T"), ("O", "yesterday", "T"),
        ]
        for fields in incomplete {
            #expect(MetadataReader.complete(outlet: fields.outlet, published: fields.published, title: fields.title,
                                            url: nil, byline: nil) == nil)
        }
    }

    @Test func bothReadingsLoadTheSameCorpus() throws {
        let entries = ["\"file\": \" a.txt \", \"outlet\": \"O\", \"published\": \"2019-03-01\", \"title\": \"T\"",
                       "\"file\": \"b.txt\", \"outlet\": \"O\", \"published\": \"2019-02-30\", \"id\": \"a\"",
                       "\"file\": \"a.txt\"", "\"file\": \"\"", "\"file\": \"gone.txt\", \"title\": \"\\u00c9t\\u00e9\""]
        let plain = CorpusFixture.manifest(entries, extra: "\"window\": {\"start\": \"2019-03-31\", \"end\": \"2019-02-01\"}, ")
        #expect(Self.parse(plain) != nil)
        // A number field sends the same manifest to the general reading (and adds one warning about it).
        let general = plain.replacingOccurrences(of: "\"id\": \"a\"", with: "\"id\": \"a\", \"url\": 1")
        #expect(Self.parse(general) == nil)
        var corpora: [Corpus] = []
        for manifest in [plain, general] {
            let fixture = try CorpusFixture(["corpus.json": manifest, "a.txt": "Text a.", "b.txt": "Text b."])
            defer { fixture.remove() }
            corpora.append(try fixture.load().get())
        }
        #expect(corpora[0].articles == corpora[1].articles)
        #expect(corpora[0].window == nil && corpora[0].title == "Test")
        #expect(corpora[0].articles.map(\.id) == ["a", "a-2"])
        let messages = corpora.map { $0.diagnostics.map(\.message) }
        #expect(messages[0].count >= 6 && messages[0] == messages[1].filter { $0 != "expected a string; ignored" })
    }
}
