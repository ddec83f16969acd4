import Foundation
@testable import SitrepCore

/// A throwaway corpus folder for one test, written from small hand-made files.
struct CorpusFixture {
    let folder: URL

    init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, Data(text.utf8)) }
    }

    func write(_ name: String, _ data: Data) throws {
        try data.write(to: folder.appendingPathComponent(name))
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Loads the folder (or `name` inside it), returning the corpus or the load error's diagnostics.
    func load(_ name: String? = nil) -> Result<Corpus, CorpusLoader.LoadError> {
        do {
            return .success(try CorpusLoader.load(from: name.map(url) ?? folder))
        } catch let error as CorpusLoader.LoadError {
            return .failure(error)
        } catch {
            fatalError("unexpected error \(error)")
        }
    }

    /// A manifest listing `entries` (each a JSON object body without braces).
    static func manifest(_ entries: [String], extra: String = "") -> String {
        let list = entries.map { "{\($0)}" }.joined(separator: ",\n")
        return "{\"title\": \"Test\", \(extra)\"articles\": [\n\(list)\n]}"
    }
}

extension Corpus {
    /// The diagnostics that mention `text` in their message, field or file.
    func diagnostics(about text: String) -> [Diagnostic] {
        diagnostics.filter { $0.description.contains(text) }
    }
}
