import ArgumentParser
import Foundation
import SitrepCore

/// The corpus argument every subcommand shares: a path, or the embedded Baghouz corpus when omitted.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "A corpus folder or JSON Lines file (default: the embedded Baghouz corpus).",
              completion: .file())
    var path: String?

    /// Loads and analyses the corpus, printing warnings to stderr; throws a clean error when unusable.
    func loadModel() throws -> CorpusModel {
        let corpus = try loadCorpus()
        for diagnostic in corpus.diagnostics { printError(diagnostic.description) }
        return CorpusAnalyzer.analyze(corpus)
    }

    func loadCorpus() throws -> Corpus {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else {
            guard let seeds = EmbeddedCorpus.locate() else {
                throw ValidationError("cannot find the embedded corpus (seeds/); set SITREP_SEEDS or pass a path")
            }
            url = seeds
        }
        return try CorpusLoader.load(from: url)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
