import Foundation
import Testing
@testable import SitrepCore

/// The fast paths of loading give what Foundation gives: JSON values, file paths and base names,
/// file bytes.
@Suite struct CorpusReadingHelperTests {
    static func plain(_ json: String) -> Any? {
        Array(json.utf8).withUnsafeBufferPointer { PlainJSONParser.parse($0) }
    }

    @Test func parsesManifestShapedJSON() throws {
        let json = #"{"title": "T", "articles": [{"file": "a.txt", "published": "2019-03-01", "n": -1.5e2, "ok": true, "x": null}], "e": "caf\u00e9 \"q\" \\ \/ \n"}"#
        let value = try #require(Self.plain(json) as? [String: Any])
        #expect(value["title"] as? String == "T")
        #expect(value["e"] as? String == "café \"q\" \\ / \n")
        let entry = try #require((value["articles"] as? [Any])?.first as? [String: Any])
        #expect(entry["file"] as? String == "a.txt")
        #expect(entry["n"] as? Double == -150)
        #expect(entry["ok"] as? Bool == true)
        #expect(entry["x"] is NSNull)
        #expect(entry["published"] as? String == "2019-03-01")
    }

    @Test(arguments: [
        "", "{", "{\"a\": 1,}", "[1, 2", "{\"a\" 1}", "01", "1.", "-", "\"\u{1}\"", "{\"a\": 1, \"a\": 2}",
        "\"\\ud83d\\ude00\"", "\"\\x\"", "tru", "1 2", "\u{FEFF}{}", "1e999",
    ])
    func defersWhatItCannotPromise(json: String) {
        #expect(Self.plain(json) == nil, "\(json)")
    }

    @Test func agreesWithFoundationOnValidDocuments() throws {
        for json in [#"{"a": [1, 2, {"b": "c"}], "d": "\u00e9\u4e2d"}"#, #"  "text"  "#, "[]", "{}", "-0", "12"] {
            let ours = try #require(Self.plain(json))
            let theirs = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
            #expect(Self.canonical(ours) == Self.canonical(theirs), "\(json)")
        }
    }

    /// The value written back as JSON with sorted keys, so two values can be compared.
    static func canonical(_ value: Any) -> String? {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]))
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func folderPathsSpellPathsAndBaseNamesLikeFoundation() {
        let folder = URL(fileURLWithPath: "/tmp/some corpus")
        let paths = FolderPaths(folder)
        for name in ["a.txt", "article-000001.txt", "a.b.txt", "a..txt", "a.", "x_y-z", ".hidden.txt", "sub/a.txt",
                     "a b.txt", "caf\u{E9}.md", "../up.txt"] {
            #expect(paths.path(of: name) == folder.appendingPathComponent(name).path, "\(name)")
            #expect(FolderPaths.baseName(of: name) == (name as NSString).deletingPathExtension, "\(name)")
        }
    }

    @Test func fileBytesReadsWholeFilesAndRefusesFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(repeating: "line of text \u{E9}\n", count: 10_000)
        let file = folder.appendingPathComponent("a.txt")
        try Data(text.utf8).write(to: file)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(FileBytes.read(file.path) == Array(text.utf8))
        #expect(FileBytes.read(empty.path) == [])
        #expect(FileBytes.read(folder.path) == nil)
        #expect(FileBytes.read(folder.appendingPathComponent("missing.txt").path) == nil)
    }
}

@Suite struct MetadataInternerTests {
    /// The String's two words: equal for two Strings sharing one storage.
    static func bits(_ string: String) -> [UInt64] {
        let pair = unsafeBitCast(string, to: (UInt64, UInt64).self)
        return [pair.0, pair.1]
    }

    @Test func equalLongValuesShareOneString() {
        var interner = MetadataInterner()
        let title = "Civilians flee " + "Suwaydan as the alliance closes in"
        let first = interner.intern(ArticleMetadata(outlet: "World Affairs Daily", title: title))
        let copy = String(decoding: Array(title.utf8), as: UTF8.self)
        #expect(Self.bits(copy) != Self.bits(title))
        let second = interner.intern(ArticleMetadata(outlet: "World Affairs " + "Daily", title: copy, byline: "By Hana Farouk"))
        #expect(second == ArticleMetadata(outlet: "World Affairs Daily", title: title, byline: "By Hana Farouk"))
        #expect(Self.bits(second.title!) == Self.bits(first.title!))
        #expect(Self.bits(second.outlet!) == Self.bits(first.outlet!))
    }

    @Test func keysAreMatchedExactly() {
        #expect(MetadataKey("outlet") == .outlet && MetadataKey("published") == .published)
        #expect(MetadataKey("Outlet") == nil && MetadataKey("file") == nil)
        var present = PresentKeys()
        present.insert(.title)
        #expect(present.contains(.title) && !present.contains(.url))
    }
}
