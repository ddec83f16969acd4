/// A band of whole rows that moved up or down between two grids, as when a full-width pane scrolls:
/// the terminal can move them itself (a scroll region) instead of having them rewritten.
public struct RowShift: Hashable, Sendable {
    /// First and last row of the scroll region, both included.
    public let top: Int
    public let bottom: Int
    /// Rows the content moves: positive up (forward, the next lines appear at the bottom), negative down.
    public let amount: Int

    /// The largest shift the encoder looks for: a wheel step is three lines.
    static let largestAmount = 3
    /// A shift is used only when it spares at least this many rows a rewrite.
    static let minimumGain = 2

    public init(top: Int, bottom: Int, amount: Int) {
        self.top = top
        self.bottom = bottom
        self.amount = amount
    }

    /// The shift that spares the most rows going from `old` to `new`, if any spares enough.
    /// A row counts as moved when it equals, whole, the old row `amount` rows below (or above) it.
    static func find(from old: Grid, to new: Grid) -> RowShift? {
        guard old.width == new.width, old.height == new.height, new.height > 2 else { return nil }
        let equal = (0..<new.height).map { old.sameRow($0, as: new, row: $0) }
        var best: (shift: RowShift, gain: Int)?
        for magnitude in 1...min(largestAmount, new.height - 1) {
            for amount in [magnitude, -magnitude] {
                var y = max(0, -amount)
                while y < new.height - max(0, amount) {
                    var end = y, gain = 0
                    while end < new.height - max(0, amount), end + amount >= 0,
                          old.sameRow(end + amount, as: new, row: end) {
                        if !equal[end] { gain += 1 }
                        end += 1
                    }
                    if end > y, gain >= minimumGain, gain > best?.gain ?? 0 {
                        let shift = amount > 0 ? RowShift(top: y, bottom: end - 1 + amount, amount: amount)
                            : RowShift(top: y + amount, bottom: end - 1, amount: amount)
                        best = (shift, gain)
                    }
                    y = max(end, y + 1)
                }
            }
        }
        return best?.shift
    }
}

extension Grid {
    /// Whether row `y` of this grid holds the same cells as row `other` of `grid` (same width).
    func sameRow(_ y: Int, as grid: Grid, row other: Int) -> Bool {
        let start = y * width, otherStart = other * grid.width
        return cells[start..<start + width] == grid.cells[otherStart..<otherStart + grid.width]
    }

    /// Moves the rows of `shift`'s region as the terminal does: rows leave at one edge and blank rows
    /// enter at the other.
    mutating func apply(_ shift: RowShift) {
        let rows = Array(shift.top...shift.bottom)
        let order = shift.amount > 0 ? rows : rows.reversed()
        for y in order {
            let source = y + shift.amount
            for x in 0..<width {
                self[x, y] = (shift.top...shift.bottom).contains(source) ? self[x, source] : .blank
            }
        }
    }
}
