import ArgumentParser
import Foundation
import SitrepCore

extension CorpusGenerator.Format: ExpressibleByArgument {}

/// `sitrep-bench generate`: writes a deterministic generated corpus.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic corpus of N articles recombined from the seeds (same seed, same bytes)."
    )

    @Option(help: "Number of articles (10 to 100000).") var articles: Int = 1000
    @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
    @Option(help: "Output folder (created if missing).") var out: String
    @Option(help: "folder (corpus.json + one file per article) or jsonl (DIR/corpus.jsonl).")
    var format: CorpusGenerator.Format = .folder

    func validate() throws {
        guard (10...100_000).contains(articles) else { throw ValidationError("--articles must be 10 to 100000") }
    }

    func run() throws {
        guard let seeds = EmbeddedCorpus.locate() else {
            throw ValidationError("cannot find the seed articles (seeds/); set SITREP_SEEDS")
        }
        let start = Clock.now()
        let generator = try CorpusGenerator(articleCount: articles, seed: seed, seeds: seeds)
        let summary = try generator.write(to: URL(fileURLWithPath: out), format: format)
        let seconds = Clock.seconds(since: start)
        print("generated \(summary.articles) articles, \(Format.megabytes(summary.textBytes)) MB of text, "
              + "in \(Format.seconds(seconds)): \(summary.location.path)")
    }
}
