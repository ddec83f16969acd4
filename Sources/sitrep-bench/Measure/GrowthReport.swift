/// Each stage's median time at N = 1k, 2k, 4k ... and its ratio to the previous N: doubling the corpus
/// should at most double every stage.
struct GrowthReport: Codable, Sendable {
    struct Step: Codable, Sendable {
        var articles: Int
        var textBytes: Int
        /// The timeline's entries: the output grows at its own rate, and the stages that work per entry
        /// (the end of the timeline build, the UI start) with it.
        var timelineEntries: Int?
        /// Median wall-clock milliseconds per stage.
        var stageMs: [String: Double]
        /// Median process CPU milliseconds per stage: what the ratios are computed on, since a shared
        /// machine inflates wall-clock times unevenly.
        var stageCPUMs: [String: Double]
        /// CPU time at this N over CPU time at the previous N, per stage (absent for the first N).
        var ratio: [String: Double]
    }

    var steps: [Step] = []

    init(sizes: [Int], progress: (String) -> Void = { _ in }, measure: (Int) throws -> RunReport) rethrows {
        for size in sizes {
            progress("growth: measuring N=\(size)")
            let report = try measure(size)
            var stageMs: [String: Double] = [:], stageCPUMs: [String: Double] = [:]
            for figure in report.stages {
                stageMs[figure.stage.rawValue] = figure.medianMs
                stageCPUMs[figure.stage.rawValue] = figure.cpuMedianMs
            }
            var ratio: [String: Double] = [:]
            if let previous = steps.last {
                for (stage, time) in stageCPUMs {
                    if let before = previous.stageCPUMs[stage], before > 0 { ratio[stage] = time / before }
                }
            }
            steps.append(Step(articles: report.articles, textBytes: report.textBytes,
                              timelineEntries: report.timelineEntries, stageMs: stageMs, stageCPUMs: stageCPUMs,
                              ratio: ratio))
        }
    }

    /// The largest ratio over all steps, per stage.
    var worstRatio: [String: Double] {
        var worst: [String: Double] = [:]
        for step in steps { for (stage, value) in step.ratio { worst[stage] = max(worst[stage] ?? 0, value) } }
        return worst
    }

    /// A table: one row per stage, one column per N with the CPU time in ms and the ratio to the previous N.
    var text: String {
        var header = Format.left("cpu ms", 12)
        for step in steps { header += Format.right("N=\(step.articles)", 19) }
        var lines = [header + Format.right("worst", 8)]
        for stage in Stage.allCases where steps.first?.stageMs[stage.rawValue] != nil {
            var line = Format.left(stage.rawValue, 12)
            for step in steps {
                let time = step.stageCPUMs[stage.rawValue].map { Format.decimal($0, 1) } ?? "-"
                let ratio = step.ratio[stage.rawValue].map { " x" + Format.decimal($0, 2) } ?? ""
                line += Format.right(time + ratio, 19)
            }
            lines.append(line + Format.right(worstRatio[stage.rawValue].map { "x" + Format.decimal($0, 2) } ?? "-", 8))
        }
        var entries = Format.left("entries", 12)
        for (index, step) in steps.enumerated() {
            var cell = step.timelineEntries.map(String.init) ?? "-"
            if index > 0, let count = step.timelineEntries, let before = steps[index - 1].timelineEntries, before > 0 {
                cell += " x" + Format.decimal(Double(count) / Double(before), 2)
            }
            entries += Format.right(cell, 19)
        }
        return (lines + [entries]).joined(separator: "\n")
    }
}
