/// The figures of one benchmark run over one corpus, printed as text or JSON.
struct RunReport: Codable, Sendable {
    struct StageFigure: Codable, Sendable {
        var stage: Stage
        var label: String
        var medianMs: Double
        var minMs: Double
        var maxMs: Double
    }

    struct KeyFigure: Codable, Sendable {
        var keys: Int
        var medianMs: Double
        var p95Ms: Double
        var maxMs: Double
    }

    var articles: Int
    var textBytes: Int
    var runs: Int
    var stages: [StageFigure]
    /// Stages that were expected but could not be measured in this build.
    var unmeasured: [Stage]
    /// Load plus the one-core stages, median over runs.
    var pipelineSeconds: Double
    var pipelineMBPerSecond: Double
    var articlesPerSecond: Double
    /// Load plus `CorpusAnalyzer.analyze` on every core, median over runs.
    var parallelSeconds: Double
    var parallelMBPerSecond: Double
    /// One-core analysis time over all-core analysis time; nil when only the whole analysis ran.
    var parallelSpeedUp: Double?
    var keys: KeyFigure
    var peakResidentBytes: Int
    /// The memory target: four times the corpus text plus 50 MB.
    var residentLimitBytes: Int

    init(articles: Int, textBytes: Int, expected: [Stage], samples: [Stage: Samples], pipeline: Samples,
         parallel: Samples,
         analysisOnly: Samples, keys: Samples, peakResidentBytes: Int) {
        self.articles = articles
        self.textBytes = textBytes
        runs = pipeline.values.count
        unmeasured = expected.filter { samples[$0] == nil }
        stages = expected.compactMap { stage in
            guard let values = samples[stage], !values.values.isEmpty else { return nil }
            return StageFigure(stage: stage, label: stage.label, medianMs: values.median * 1000,
                               minMs: values.min * 1000, maxMs: values.max * 1000)
        }
        pipelineSeconds = pipeline.median
        let megabytes = Double(textBytes) / 1_048_576
        pipelineMBPerSecond = megabytes / pipeline.median
        articlesPerSecond = Double(articles) / pipeline.median
        parallelSeconds = parallel.median
        parallelMBPerSecond = megabytes / parallel.median
        let oneCoreAnalysis = pipeline.median - (samples[.load]?.median ?? 0)
        parallelSpeedUp = samples[.clean] == nil ? nil : oneCoreAnalysis / analysisOnly.median
        self.keys = KeyFigure(keys: keys.values.count, medianMs: keys.median * 1000,
                              p95Ms: keys.percentile(0.95) * 1000, maxMs: keys.max * 1000)
        self.peakResidentBytes = peakResidentBytes
        residentLimitBytes = 4 * textBytes + 50 * 1_048_576
    }

    /// One line per stage, then the totals.
    var text: String {
        var lines = ["\(articles) articles, \(Format.megabytes(textBytes)) MB of text, \(runs) runs "
                     + "(median [min-max] per stage; stages one core, in CorpusAnalyzer's order)"]
        for figure in stages {
            lines.append(Format.left(figure.stage.rawValue, 10) + Format.left(figure.label, 30)
                         + Format.right(Format.milliseconds(figure.medianMs / 1000), 10) + " ms  ["
                         + Format.milliseconds(figure.minMs / 1000) + "-" + Format.milliseconds(figure.maxMs / 1000)
                         + "]")
        }
        for stage in unmeasured {
            lines.append(Format.left(stage.rawValue, 10) + Format.left(stage.label, 30)
                         + Format.right("n/a", 10) + "     (not available in this build)")
        }
        if stages.contains(where: { $0.stage == .clean }) {
            lines.append("pipeline one core: \(Format.seconds(pipelineSeconds)), "
                         + "\(Format.decimal(pipelineMBPerSecond, 1)) MB/s, \(Format.decimal(articlesPerSecond, 0)) articles/s")
        }
        lines.append("pipeline all cores (load + analyze): \(Format.seconds(parallelSeconds)), "
                     + "\(Format.decimal(parallelMBPerSecond, 1)) MB/s"
                     + (parallelSpeedUp.map { ", analysis speed-up over one core x\(Format.decimal($0, 2))" } ?? ""))
        if keys.keys > 0 {
            lines.append("keys at 200x60 (handle + render, \(keys.keys) keys): median \(Format.decimal(keys.medianMs, 3)) ms, "
                         + "p95 \(Format.decimal(keys.p95Ms, 3)) ms, max \(Format.decimal(keys.maxMs, 3)) ms")
        }
        lines.append("peak resident memory: \(Format.megabytes(peakResidentBytes)) MB "
                     + "(limit 4 x text + 50 MB = \(Format.megabytes(residentLimitBytes)) MB)")
        return lines.joined(separator: "\n")
    }
}
