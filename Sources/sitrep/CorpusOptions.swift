import ArgumentParser
import Foundation
import SitrepCore

/// The corpus argument every subcommand shares: a path, or the embedded Baghouz corpus when omitted.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "A corpus folder, corpus.json manifest or JSON Lines file (default: the embedded Baghouz corpus).",
              completion: .file())
    var path: String?

    /// At most this many load warnings go to stderr before the listing commands; `check` shows all.
    static let warningsShown = 20

    /// Loads and analyses the corpus, printing its warnings to stderr; exits 1 when it is unusable.
    func loadModel() throws -> CorpusModel {
        CorpusAnalyzer.analyze(try loadCorpusReportingProblems())
    }

    /// Loads the corpus for a listing command: problems go to stderr (a few, then a count), and an
    /// unusable corpus prints its diagnostics and exits 1 rather than dumping a Swift error.
    func loadCorpusReportingProblems() throws -> Corpus {
        do {
            let corpus = try loadCorpus()
            for diagnostic in corpus.diagnostics.prefix(Self.warningsShown) { printError(diagnostic.description) }
            let hidden = corpus.diagnostics.count - Self.warningsShown
            if hidden > 0 { printError("... and \(hidden) more; run `sitrep check` to see them all") }
            return corpus
        } catch let error as CorpusLoader.LoadError {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            printError("sitrep: the corpus cannot be used")
            throw ExitCode(1)
        }
    }

    /// Loads the corpus at `path`, or the embedded one; throws `CorpusLoader.LoadError`.
    func loadCorpus() throws -> Corpus {
        let url: URL
        if let path {
            url = URL(fileURLWithPath: path)
        } else {
            guard let seeds = EmbeddedCorpus.locate() else {
                throw CorpusLoader.LoadError(diagnostics: [Diagnostic(
                    .error, file: "seeds/", message: "cannot find the embedded corpus; set SITREP_SEEDS or pass a path")])
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
