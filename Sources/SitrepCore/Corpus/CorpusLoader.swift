import Foundation

/// Loads a corpus from disk in any of its three forms: a folder with a `corpus.json` manifest, a
/// folder of `.txt`/`.md` files with optional front matter, or a `.jsonl` file.
///
/// Every problem becomes a `Diagnostic` naming the file (and line and field where known). Problems
/// with single articles are kept in `Corpus.diagnostics`; a corpus with no readable article, or
/// whose manifest cannot be parsed, throws `LoadError` carrying every diagnostic.
public enum CorpusLoader {
    /// An error that makes a corpus unusable, with every diagnostic found on the way.
    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

        public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    }

    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public static func load(from url: URL) throws -> Corpus {
        var log = DiagnosticLog()
        var isFolder: ObjCBool = false
        let path = url.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            log.error(path, "no such file or folder")
            throw LoadError(diagnostics: log.diagnostics)
        }
        let corpus: Corpus?
        let manifestInFolder = url.appendingPathComponent(EmbeddedCorpus.manifestName)
        if isFolder.boolValue {
            corpus = FileManager.default.fileExists(atPath: manifestInFolder.path)
                ? ManifestCorpusReader.read(folder: url, manifest: manifestInFolder, log: &log)
                : FolderCorpusReader.read(folder: url, log: &log)
        } else if jsonLinesExtensions.contains(url.pathExtension.lowercased()) {
            corpus = JSONLinesCorpusReader.read(file: url, log: &log)
        } else if url.pathExtension.lowercased() == "json" {
            corpus = ManifestCorpusReader.read(folder: url.deletingLastPathComponent(), manifest: url, log: &log)
        } else {
            log.error(path, "is neither a corpus folder, a corpus.json manifest nor a .jsonl file")
            corpus = nil
        }
        guard var corpus else { throw LoadError(diagnostics: log.diagnostics) }
        if corpus.articles.isEmpty {
            log.error(path, "no article could be loaded")
            throw LoadError(diagnostics: log.diagnostics)
        }
        corpus.diagnostics = log.diagnostics
        return corpus
    }
}
