import Foundation

/// How far `CorpusAnalyzer.analyze` has got, readable from another thread while it runs
/// (a front end shows it while the first screen is already up).
public final class AnalysisProgress: @unchecked Sendable {
    /// The part of the analysis under way, in order.
    public enum Step: Sendable {
        case articles, entities, timeline, done
    }

    /// What a reader of the progress sees at one moment.
    public struct Snapshot: Equatable, Sendable {
        public var step: Step
        public var articlesDone: Int
        public var articleCount: Int

        public init(step: Step, articlesDone: Int, articleCount: Int) {
            self.step = step
            self.articlesDone = articlesDone
            self.articleCount = articleCount
        }

        /// "Analysing articles 3,412 of 10,000", "Merging entities", "Building the timeline", "Done".
        public var description: String {
            switch step {
            case .articles: "Analysing articles \(Self.grouped(articlesDone)) of \(Self.grouped(articleCount))"
            case .entities: "Merging entities across \(Self.grouped(articleCount)) articles"
            case .timeline: "Building the timeline"
            case .done: "Done"
            }
        }

        private static func grouped(_ number: Int) -> String {
            let digits = String(number)
            var out = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return out
        }
    }

    private let lock = NSLock()
    private var current: Snapshot

    public init(articleCount: Int) {
        current = Snapshot(step: .articles, articlesDone: 0, articleCount: articleCount)
    }

    public var snapshot: Snapshot { lock.withLock { current } }

    func articleFinished() { lock.withLock { current.articlesDone += 1 } }

    func begin(_ step: Step) { lock.withLock { current.step = step } }
}
