import Foundation
import SitrepCore

/// Runs `CorpusAnalyzer.analyze` on its own thread so the browser can show its first screen at once;
/// the front end polls it between keys for progress and, at the end, the model with its catalog (built
/// on the same thread, so the swap costs the front end nothing).
public final class BackgroundAnalysis: @unchecked Sendable {
    public let progress: AnalysisProgress
    /// The model shown while the analysis runs: the corpus's title and window, nothing found yet.
    public let placeholder: CorpusModel
    private let lock = NSLock()
    private var finished: Catalog?
    private let done = DispatchSemaphore(value: 0)

    /// Starts analysing `corpus` right away (with `analyze`, which tests replace to hold the analysis).
    public init(_ corpus: Corpus, analyze: @escaping @Sendable (Corpus, AnalysisProgress) -> CorpusModel
                    = { CorpusAnalyzer.analyze($0, progress: $1) }) {
        progress = AnalysisProgress(articleCount: corpus.articles.count)
        placeholder = CorpusModel(title: corpus.title, window: corpus.window, articles: [], entities: [],
                                  timeline: Timeline(window: corpus.window), diagnostics: [])
        let thread = Thread { [self, progress] in
            let catalog = Catalog(model: analyze(corpus, progress))
            lock.withLock { finished = catalog }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The model and its catalog once the analysis has finished, nil before.
    public var catalog: Catalog? { lock.withLock { finished } }

    /// The model once the analysis has finished, nil before.
    public var model: CorpusModel? { catalog?.model }

    /// Waits up to `seconds` (forever with nil) for the analysis; returns the model if it finished.
    /// A front end waits a moment before its first paint so that small corpora open complete.
    @discardableResult
    public func wait(seconds: Double? = nil) -> CorpusModel? {
        let deadline: DispatchTime = seconds.map { .now() + $0 } ?? .distantFuture
        guard done.wait(timeout: deadline) == .success else { return nil }
        done.signal()
        return model
    }
}
