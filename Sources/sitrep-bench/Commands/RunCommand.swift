import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep-bench run`: times every stage over a corpus, or the growth of each stage with the corpus size.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Time every stage (median of several runs), throughput, key latency and peak memory."
    )

    @Option(help: "A corpus folder or JSON Lines file to measure.") var corpus: String?
    @Option(help: "Generate a corpus of this many articles to measure (default 1000).") var articles: Int?
    @Option(help: "Seed for generated corpora.") var seed: UInt64 = 1
    @Option(help: "Runs per corpus; the median is reported.") var runs: Int = 5
    @Flag(help: "Print JSON instead of text.") var json = false
    @Option(help: "Also write the JSON report to this file.") var save: String?
    @Flag(help: "Measure N = 1k, 2k, 4k ... up to --max-articles and print each stage's growth.") var growth = false
    @Option(help: "Largest N of --growth.") var maxArticles: Int = 64000
    @Flag(help: "Only load and analyse as the app does (for the memory target), skipping the staged runs.")
    var wholeOnly = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard corpus == nil || articles == nil else { throw ValidationError("give --corpus or --articles, not both") }
        guard !growth || corpus == nil else { throw ValidationError("--growth generates its own corpora") }
    }

    func run() throws {
        if growth {
            var sizes: [Int] = []
            var size = 1000
            while size <= maxArticles { sizes.append(size); size *= 2 }
            let report = try GrowthReport(sizes: sizes, progress: { printError($0) }) { try measureGenerated($0) }
            try publish(report, text: report.text)
            return
        }
        let report: RunReport
        if let corpus {
            report = try measure(URL(fileURLWithPath: corpus))
        } else {
            report = try measureGenerated(articles ?? 1000)
        }
        try publish(report, text: report.text)
    }

    private func publish<Report: Encodable>(_ report: Report, text: String) throws {
        let encoded = try JSONText.encode(report)
        print(json ? encoded : text)
        if let save { try Data((encoded + "\n").utf8).write(to: URL(fileURLWithPath: save)) }
    }

    private func measureGenerated(_ count: Int) throws -> RunReport {
        guard let seeds = EmbeddedCorpus.locate() else { throw ValidationError("cannot find seeds/; set SITREP_SEEDS") }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-bench-\(getpid())-\(count)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try CorpusGenerator(articleCount: count, seed: seed, seeds: seeds).write(to: folder, format: .folder)
        return try measure(summary.location)
    }

    private func measure(_ url: URL) throws -> RunReport {
        var measured = Measurements()
        for _ in 0..<runs {
            if wholeOnly {
                let (corpus, load) = try Clock.time { try CorpusLoader.load(from: url) }
                let (_, analyze) = Clock.time { CorpusAnalyzer.analyze(corpus) }
                measured.articles = corpus.articles.count
                measured.textBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
                measured.add([.load: load, .analyze: analyze])
                continue
            }
            let result = try StagedPipeline(corpusURL: url).run()
            measured.add(result.times)
            measured.add(keys: KeyLatency.measure(result.model))
            measured.articles = result.model.articles.count
            measured.textBytes = result.textBytes
            measured.timelineEntries = result.model.timeline.entries.count
        }
        return RunReport(measured, expected: wholeOnly ? [.load, .analyze] : Stage.allCases,
                         peakResidentBytes: PeakMemory.bytes())
    }
}

/// Writes a line to standard error (progress, kept out of the report on standard output).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// JSON with sorted keys, for scripts.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
