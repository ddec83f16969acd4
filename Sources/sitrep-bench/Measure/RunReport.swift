/// The figures of one benchmark run over one corpus, printed as text or JSON.
/// Times are wall-clock medians over the runs; `cpu` figures are the process's CPU time, which a busy
/// machine does not inflate.
struct RunReport: Codable, Sendable {
    struct StageFigure: Codable, Sendable {
        var stage: Stage
        var label: String
        var medianMs: Double
        var minMs: Double
        var maxMs: Double
        var cpuMedianMs: Double
    }

    struct KeyFigure: Codable, Sendable {
        /// Keys and corpus-search slices timed.
        var keys: Int
        var medianMs: Double
        var p95Ms: Double
        var maxMs: Double
        var cpuP95Ms: Double
        var cpuMaxMs: Double
        /// The slowest key, as "#position label" in `KeyLatency.session` (1-based).
        var slowest: String
    }

    var articles: Int
    var textBytes: Int
    /// The timeline's entries; nil with `--whole-only`.
    var timelineEntries: Int?
    var runs: Int
    var stages: [StageFigure]
    /// Stages that were expected but could not be measured in this build.
    var unmeasured: [Stage]
    /// Load plus the one-core stages (nil with `--whole-only`).
    var pipelineSeconds: Double?
    var pipelineCPUSeconds: Double?
    var pipelineMBPerSecond: Double?
    var pipelineCPUMBPerSecond: Double?
    var articlesPerSecond: Double?
    /// Load plus `CorpusAnalyzer.analyze` on every core.
    var parallelSeconds: Double
    var parallelMBPerSecond: Double
    /// One-core analysis over all-core analysis, wall-clock (nil with `--whole-only`).
    var parallelSpeedUp: Double?
    /// Nil when no keys were measured (`--whole-only`).
    var keys: KeyFigure?
    var peakResidentBytes: Int
    /// The memory target: four times the corpus text plus 50 MB.
    var residentLimitBytes: Int

    init(_ measured: Measurements, expected: [Stage], peakResidentBytes: Int) {
        articles = measured.articles
        textBytes = measured.textBytes
        timelineEntries = measured.timelineEntries > 0 ? measured.timelineEntries : nil
        runs = measured.parallel.values.count
        unmeasured = expected.filter { measured.wall[$0] == nil }
        stages = expected.compactMap { stage in
            guard let wall = measured.wall[stage], let cpu = measured.cpu[stage] else { return nil }
            return StageFigure(stage: stage, label: stage.label, medianMs: wall.median * 1000, minMs: wall.min * 1000,
                               maxMs: wall.max * 1000, cpuMedianMs: cpu.median * 1000)
        }
        let megabytes = Double(textBytes) / 1_048_576
        if !measured.pipeline.values.isEmpty {
            pipelineSeconds = measured.pipeline.median
            pipelineCPUSeconds = measured.pipelineCPU.median
            pipelineMBPerSecond = megabytes / measured.pipeline.median
            pipelineCPUMBPerSecond = megabytes / measured.pipelineCPU.median
            articlesPerSecond = Double(articles) / measured.pipeline.median
            let oneCoreAnalysis = measured.pipeline.median - (measured.wall[.load]?.median ?? 0)
            parallelSpeedUp = measured.wall[.analyze].map { oneCoreAnalysis / $0.median }
        }
        parallelSeconds = measured.parallel.median
        parallelMBPerSecond = megabytes / measured.parallel.median
        let keys = measured.keys, cpu = measured.keysCPU
        self.keys = keys.values.isEmpty ? nil : KeyFigure(
            keys: keys.values.count, medianMs: keys.median * 1000, p95Ms: keys.percentile(0.95) * 1000,
            maxMs: keys.max * 1000, cpuP95Ms: cpu.percentile(0.95) * 1000, cpuMaxMs: cpu.max * 1000,
            slowest: measured.slowestKey.map { KeyLatency.describe(position: $0.position) } ?? "")
        self.peakResidentBytes = peakResidentBytes
        residentLimitBytes = 4 * textBytes + 50 * 1_048_576
    }

    /// One line per stage, then the totals.
    var text: String {
        let entries = timelineEntries.map { ", \($0) timeline entries" } ?? ""
        var lines = ["\(articles) articles, \(Format.megabytes(textBytes)) MB of text\(entries), \(runs) runs: "
                     + "wall ms median [min-max], process CPU ms median; stages one core in CorpusAnalyzer's order"]
        for figure in stages {
            lines.append(Format.left(figure.stage.rawValue, 12) + Format.left(figure.label, 30)
                         + Format.right(Format.milliseconds(figure.medianMs / 1000), 10) + " ms  "
                         + Format.left("[" + Format.milliseconds(figure.minMs / 1000) + "-"
                                       + Format.milliseconds(figure.maxMs / 1000) + "]", 22)
                         + "cpu " + Format.milliseconds(figure.cpuMedianMs / 1000) + " ms")
        }
        for stage in unmeasured {
            lines.append(Format.left(stage.rawValue, 12) + Format.left(stage.label, 30)
                         + Format.right("n/a", 10) + "     (not available in this build)")
        }
        if let pipelineSeconds, let pipelineCPUSeconds, let pipelineMBPerSecond, let pipelineCPUMBPerSecond,
           let articlesPerSecond {
            lines.append("pipeline one core: \(Format.seconds(pipelineSeconds)), \(Format.decimal(pipelineMBPerSecond, 1)) MB/s, "
                         + "\(Format.decimal(articlesPerSecond, 0)) articles/s; by CPU time "
                         + "\(Format.seconds(pipelineCPUSeconds)), \(Format.decimal(pipelineCPUMBPerSecond, 1)) MB/s")
        }
        lines.append("pipeline all cores (load + analyze): \(Format.seconds(parallelSeconds)), "
                     + "\(Format.decimal(parallelMBPerSecond, 1)) MB/s"
                     + (parallelSpeedUp.map { ", analysis speed-up over one core x\(Format.decimal($0, 2))" } ?? ""))
        if let keys {
            lines.append("keys at 200x60 (handle + render, \(keys.keys) keys and corpus-search slices): median \(Format.decimal(keys.medianMs, 3)) ms, "
                         + "p95 \(Format.decimal(keys.p95Ms, 3)) ms, max \(Format.decimal(keys.maxMs, 3)) ms (\(keys.slowest)); "
                         + "CPU p95 \(Format.decimal(keys.cpuP95Ms, 3)) ms, max \(Format.decimal(keys.cpuMaxMs, 3)) ms")
        }
        if pipelineSeconds == nil {
            lines.append("peak resident memory: \(Format.megabytes(peakResidentBytes)) MB "
                         + "(limit 4 x text + 50 MB = \(Format.megabytes(residentLimitBytes)) MB)")
        } else {
            // The staged runs hold what the app never holds at once (each stage's output, the key tour's
            // browser); the target is measured as the app runs, with --whole-only.
            lines.append("peak resident memory of the staged runs: \(Format.megabytes(peakResidentBytes)) MB "
                         + "(the memory target is measured with --whole-only)")
        }
        return lines.joined(separator: "\n")
    }
}
