import SitrepCore

/// The facade a front end drives: feed it keys and sizes, ask it for a grid.
/// (Skeleton: the state, key map and panes arrive with issue 4.)
public struct Application: Sendable {
    public let model: CorpusModel
    /// True once the user asked to quit.
    public private(set) var wantsQuit = false
    /// True while the user has switched mouse support on.
    public private(set) var mouseEnabled = false

    public init(model: CorpusModel) { self.model = model }

    /// Applies one key press.
    public mutating func handle(_ key: Key) {
        if key == .character("q") { wantsQuit = true }
    }

    /// Draws the whole screen at a size.
    public func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.write(model.title, x: 0, y: 0, style: Style(.paneTitle, .bold))
        return grid
    }
}
