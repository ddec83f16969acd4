/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The area inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
}

/// Where the panes and the status bar go at a screen size. Timeline and articles share the left
/// column, reader and entities the right; extra height goes to the timeline and the reader, extra
/// width to the reader. A zoomed pane takes the whole screen above the status bar, and only it shows;
/// the others keep their places, so their scroll positions hold when the zoom ends.
public struct Layout: Hashable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public let width: Int
    public let height: Int
    public let zoomed: PaneID?

    public init(width: Int, height: Int, zoomed: PaneID? = nil) {
        self.width = width
        self.height = height
        self.zoomed = zoomed
    }

    /// Whether a pane is drawn: all are, unless one is zoomed.
    public func isVisible(_ pane: PaneID) -> Bool { zoomed == nil || zoomed == pane }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public var statusBar: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

    public func rect(for pane: PaneID) -> Rect {
        let body = height - 1
        if pane == zoomed { return Rect(x: 0, y: 0, width: width, height: body) }
        let left = width < 100 ? width / 2 : max(50, width * 2 / 5)
        let articles = min(16, max(7, body * 2 / 5))
        let entities = min(14, max(7, body * 3 / 10))
        switch pane {
        case .timeline: return Rect(x: 0, y: 0, width: left, height: body - articles)
        case .articles: return Rect(x: 0, y: body - articles, width: left, height: articles)
        case .reader: return Rect(x: left, y: 0, width: width - left, height: body - entities)
        case .entities: return Rect(x: left, y: body - entities, width: width - left, height: entities)
        }
    }

    /// Where a pane's rows go: inside its frame. A zoomed reader keeps only the frame's title row and a
    /// column of margin each side, so its rows span the screen and the terminal can scroll them.
    public func content(for pane: PaneID) -> Rect {
        let rect = rect(for: pane)
        guard pane == .reader, zoomed == .reader else { return rect.inner }
        return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    }

    /// The pane under a screen position.
    public func pane(atX x: Int, y: Int) -> PaneID? {
        PaneID.allCases.first { isVisible($0) && rect(for: $0).contains(x: x, y: y) }
    }
}
