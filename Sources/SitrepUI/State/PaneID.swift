/// The four panes of the browser, in Tab order.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case timeline, articles, reader, entities

    /// The title drawn in the pane's top border.
    public var title: String {
        switch self {
        case .timeline: "Timeline"
        case .articles: "Articles"
        case .reader: "Reader"
        case .entities: "Entities"
        }
    }

    /// The next pane in Tab order, wrapping around.
    func cycled(by step: Int) -> PaneID {
        let count = PaneID.allCases.count
        return PaneID(rawValue: ((rawValue + step) % count + count) % count)!
    }
}
