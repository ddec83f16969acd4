/// What the clusterer weighs when two events' dates overlap, besides their key words and entities
/// (`SharedEvidence`).
extension EventTable {
    /// Whether a figure of `a` and one of `b` count the same class of thing.
    func figuresShareClass(_ a: Int, _ b: Int) -> Bool {
        let rb = figureClasses.range(b)
        return figureClasses.range(a).contains { figureClasses.values[rb].contains(figureClasses.values[$0]) }
    }
}
