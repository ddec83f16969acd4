import Foundation
import Testing

/// `sitrep check` and the way every command reports an unusable corpus.
@Suite struct CheckCommandTests {
    /// A temporary folder with the given files.
    static func folder(_ files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func embeddedCorpusIsFine() throws {
        let result = try SitrepProcess.run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout == "5 articles, 0 warnings, 0 errors: corpus is fine\n")
    }

    @Test func problemsArePrintedWithFileLineAndFieldButTheCorpusIsUsable() throws {
        let url = try Self.folder([
            "a.txt": Data("---\noutlet: Example Times\npublished: 2019-02-30\ntitle: Flood\nmood: grim\n---\nBody.\n".utf8),
            "b.txt": Data("Caf".utf8) + Data([0xE9]) + Data("\n".utf8),
            "c.md": Data([0x00, 0x01]),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try SitrepProcess.run(["check", url.path])
        #expect(result.status == 0, "\(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let a = url.appendingPathComponent("a.txt").path, b = url.appendingPathComponent("b.txt").path
        #expect(lines.contains("\(a):3: warning: published: '2019-02-30' is not a real day; treated as unknown"))
        #expect(lines.contains("\(a):5: warning: mood: unknown field; ignored"))
        #expect(lines.contains("\(b):1: warning: invalid UTF-8 at byte offset 3; bad bytes shown as \u{FFFD}"))
        #expect(lines.contains("\(b): warning: outlet: missing"))
        #expect(lines.contains { $0.hasPrefix(url.appendingPathComponent("c.md").path + ": error: binary file") })
        #expect(lines.last == "2 articles, 6 warnings, 1 error: corpus is usable")
    }

    @Test func unusableCorpusExitsOneAndSaysWhy() throws {
        let url = try Self.folder(["corpus.json": Data("{\"articles\": [{\"file\": \"gone.txt\"}]}".utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try SitrepProcess.run(["check", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(url.path)/gone.txt: error: file not found\n"))
        #expect(result.stdout.hasSuffix("0 articles, 0 warnings, 2 errors: corpus cannot be used\n"))
    }

    @Test func malformedJSONLinesRecordCitesItsLine() throws {
        let url = try Self.folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("news.jsonl")
        try Data("{\"id\": \"a\", \"outlet\": \"O\", \"published\": \"2020-01-02\", \"title\": \"T\", \"text\": \"Body.\"}\n{\"id\": \"b\", \n".utf8)
            .write(to: file)
        let result = try SitrepProcess.run(["check", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(file.path):2: error: malformed JSON"))
        #expect(result.stdout.hasSuffix("1 article, 0 warnings, 1 error: corpus is usable\n"))
    }

    @Test func listingCommandsPrintDiagnosticsNotASwiftErrorDump() throws {
        for command in ["articles", "timeline", "entities"] {
            let result = try SitrepProcess.run([command, "/nonexistent/corpus"])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "/nonexistent/corpus: error: no such file or folder\nsitrep: the corpus cannot be used\n")
        }
    }

    @Test func hostileNamesNeverReachTheTerminalAsEscapes() throws {
        let url = try Self.folder(["a.txt": Data("---\n\u{1B}[31mred\u{202E}: x\noutlet: O\ntitle: T\npublished: 2020-01-01\n---\nBody.\n".utf8)])
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try SitrepProcess.run(["check", url.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{202E}"))
        #expect(result.stdout.contains("red\u{FFFD}: unknown field"))
    }
}
