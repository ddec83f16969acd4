/// A measured step. The pipeline stages run on one core in `CorpusAnalyzer`'s order; `events` and
/// `clusters` break the timeline stage down; `analyze` is the whole analysis as the app runs it, on every core.
enum Stage: String, CaseIterable, Codable, Sendable {
    case load, clean, sentences, dates, entities, merge, figures, events, clusters, timeline
    case searchIndex, search, uiStart, render, analyze

    var label: String {
        switch self {
        case .load: "load (read files, manifest)"
        case .clean: "clean (boilerplate)"
        case .sentences: "sentence split"
        case .dates: "date resolution"
        case .entities: "entity recognition"
        case .merge: "alias merging"
        case .figures: "figures"
        case .events: "  events (part of timeline)"
        case .clusters: "  clusters (part of timeline)"
        case .timeline: "events, clusters, timeline"
        case .searchIndex: "search index (CorpusSearch)"
        case .search: "corpus-wide search, 3 queries"
        case .uiStart: "UI start (Application init)"
        case .render: "render one frame 200x60"
        case .analyze: "whole analysis, all cores"
        }
    }

    /// The stages of the one-core pipeline whose sum gives the pipeline's throughput.
    static let pipeline: [Stage] = [.load, .clean, .sentences, .dates, .entities, .merge, .figures, .timeline]
}
