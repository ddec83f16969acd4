/// One row of the key table: the keys, the action they trigger and how help describes it.
public struct KeyBinding: Sendable {
    /// Where the help overlay lists the binding.
    public enum Section: String, CaseIterable, Sendable {
        case panes = "Panes", movement = "Movement", reading = "Reading", search = "Search", other = "Other"
    }

    public let keys: [Key]
    public let action: Action
    public let help: String
    public let section: Section
    /// A one-word label for the status-bar hints; nil keeps the binding out of the hints.
    public let hint: String?
    /// Hints with a lower rank come first, so the most useful survive a narrow status bar.
    public let hintRank: Int
    /// The pane whose status bar shows the hint; nil shows it everywhere.
    public let hintPane: PaneID?

    init(_ keys: [Key], _ action: Action, _ section: Section, _ help: String, hint: String? = nil, rank: Int = 0,
         in pane: PaneID? = nil) {
        hintRank = rank
        hintPane = pane
        self.keys = keys
        self.action = action
        self.help = help
        self.section = section
        self.hint = hint
    }
}
