/// What a cell shows, by meaning rather than by colour: the backend maps each role to a colour pair
/// on colour terminals and to attributes on monochrome ones, so colour never carries meaning alone.
public enum StyleRole: UInt8, CaseIterable, Hashable, Sendable {
    case normal, dim, paneTitle, paneTitleFocused, border, borderFocused
    case statusBar, statusKey, prompt, helpOverlay
    case person, organisation, place, date
    case match, sentenceHighlight, conflict, boilerplate, heatLow, heatMid, heatHigh, error
    /// Mentions of the entity the timeline is filtered by.
    case emphasis
}

/// Attributes that stay visible without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// The look of one cell: a role and attributes.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(_ role: StyleRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()
}
