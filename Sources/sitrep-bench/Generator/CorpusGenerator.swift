import Foundation
import SitrepCore

/// Writes a deterministic corpus of `articleCount` articles: the same seed gives the same bytes.
struct CorpusGenerator {
    /// How the corpus is laid out on disk.
    enum Format: String, CaseIterable, Sendable {
        /// A folder with `corpus.json` (title, window, articles) and one text file per article.
        case folder
        /// One JSON object per line: id, outlet, published, title, text.
        case jsonl
    }

    /// What was written.
    struct Summary: Sendable {
        var articles: Int
        var textBytes: Int
        var location: URL
    }

    let articleCount: Int
    let seed: UInt64
    let composer: ArticleComposer

    init(articleCount: Int, seed: UInt64, seeds: URL) throws {
        self.articleCount = articleCount
        self.seed = seed
        composer = ArticleComposer(world: StoryWorld(articleCount: articleCount, seed: seed),
                                   templates: try SeedSentences.load(from: seeds))
    }

    static let title = "Generated coverage of the last days of a siege"

    /// File name of the article at `index` inside a folder corpus.
    static func fileName(_ index: Int) -> String { "article-" + String(index + 1_000_000).dropFirst() + ".txt" }

    /// Generates every article (on all cores; each from its own random stream) and writes the corpus.
    func write(to folder: URL, format: Format) throws -> Summary {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let results = parallelMap(articleCount) { index -> (GeneratedArticle, String?) in
            var article = composer.compose(index: index, seed: seed)
            guard format == .folder else { return (article, nil) }
            let problem = Self.writeFile(folder.appendingPathComponent(Self.fileName(index)).path, article.text)
            article.text = []
            return (article, problem)
        }
        if let problem = results.lazy.compactMap(\.1).first { throw GeneratorError(problem) }
        var index = ManifestWriter(title: Self.title, window: StoryWorld.window)
        var textBytes = 0
        let location: URL
        switch format {
        case .folder:
            for (number, (article, _)) in results.enumerated() {
                textBytes += article.textLength
                index.addEntry(file: Self.fileName(number), article: article)
            }
            location = folder
            if let problem = Self.writeFile(folder.appendingPathComponent(EmbeddedCorpus.manifestName).path,
                                            index.manifest()) { throw GeneratorError(problem) }
        case .jsonl:
            var lines: [UInt8] = []
            for (number, (article, _)) in results.enumerated() {
                textBytes += article.textLength
                lines += index.record(id: String(Self.fileName(number).dropLast(4)), article: article)
            }
            location = folder.appendingPathComponent("corpus.jsonl")
            if let problem = Self.writeFile(location.path, lines) { throw GeneratorError(problem) }
        }
        return Summary(articles: articleCount, textBytes: textBytes, location: location)
    }

    /// Writes bytes to a file with plain system calls; returns a message naming the file on failure.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "cannot create \(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
            written += result
        }
        return nil
    }
}
