/// Each stage's median time at N = 1k, 2k, 4k ... and its ratio to the previous N: doubling the corpus
/// should at most double every stage.
struct GrowthReport: Codable, Sendable {
    struct Step: Codable, Sendable {
        var articles: Int
        var textBytes: Int
        /// Median milliseconds per stage.
        var stageMs: [String: Double]
        /// Time at this N over time at the previous N, per stage (absent for the first N).
        var ratio: [String: Double]
    }

    var steps: [Step] = []

    init(sizes: [Int], measure: (Int) throws -> RunReport) rethrows {
        for size in sizes {
            let report = try measure(size)
            var stageMs: [String: Double] = [:]
            for figure in report.stages { stageMs[figure.stage.rawValue] = figure.medianMs }
            var ratio: [String: Double] = [:]
            if let previous = steps.last {
                for (stage, time) in stageMs {
                    if let before = previous.stageMs[stage], before > 0 { ratio[stage] = time / before }
                }
            }
            steps.append(Step(articles: report.articles, textBytes: report.textBytes, stageMs: stageMs, ratio: ratio))
        }
    }

    /// The largest ratio over all steps, per stage.
    var worstRatio: [String: Double] {
        var worst: [String: Double] = [:]
        for step in steps { for (stage, value) in step.ratio { worst[stage] = max(worst[stage] ?? 0, value) } }
        return worst
    }

    /// A table: one row per stage, one column per N with the time in ms and the ratio to the previous N.
    var text: String {
        var header = Format.left("stage", 11)
        for step in steps { header += Format.right("N=\(step.articles)", 19) }
        var lines = [header + Format.right("worst", 8)]
        for stage in Stage.allCases where steps.first?.stageMs[stage.rawValue] != nil {
            var line = Format.left(stage.rawValue, 11)
            for step in steps {
                let time = step.stageMs[stage.rawValue].map { Format.decimal($0, 1) } ?? "-"
                let ratio = step.ratio[stage.rawValue].map { " x" + Format.decimal($0, 2) } ?? ""
                line += Format.right(time + ratio, 19)
            }
            lines.append(line + Format.right(worstRatio[stage.rawValue].map { "x" + Format.decimal($0, 2) } ?? "-", 8))
        }
        return lines.joined(separator: "\n")
    }
}
