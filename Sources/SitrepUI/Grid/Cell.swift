/// One terminal cell. A wide character occupies its cell and a continuation cell to its right.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; empty for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    /// The cell to the right of a two-column character.
    public static func continuation(_ style: Style) -> Cell { Cell("", style: style) }

    public var isContinuation: Bool { text.isEmpty }
}
