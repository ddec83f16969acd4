/// The selected row and the first visible row of a scrollable list, as indices into its row list.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// Keeps the selection inside `count` rows and visible in a viewport of `height` rows.
    mutating func clamp(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        let visible = max(1, height)
        if selected < scroll { scroll = selected }
        if selected >= scroll + visible { scroll = selected - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }

    /// Moves by `delta` rows, skipping rows that cannot be selected in the direction of travel.
    mutating func move(by delta: Int, count: Int, height: Int, selectable: (Int) -> Bool) {
        guard count > 0 else { return }
        var target = min(max(0, selected + delta), count - 1)
        let step = delta >= 0 ? 1 : -1
        while target >= 0, target < count, !selectable(target) { target += step }
        if target < 0 || target >= count {
            target = min(max(0, selected + delta), count - 1)
            while target >= 0, target < count, !selectable(target) { target -= step }
        }
        if target >= 0, target < count { selected = target }
        clamp(count: count, height: height)
    }
}
