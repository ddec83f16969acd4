/// Many short lists laid end to end in one array: list `i` is `values[range(i)]`. One allocation for
/// all of them instead of one per list, and no reference counting when they are read in a hot loop.
struct FlatLists<Element> {
    private(set) var values: [Element] = []
    private var starts: [Int] = [0]

    init(capacity: Int = 0, valueCapacity: Int = 0) {
        starts.reserveCapacity(capacity + 1)
        values.reserveCapacity(valueCapacity)
    }

    var count: Int { starts.count - 1 }

    /// Adds a list after the last one.
    mutating func append(contentsOf list: some Sequence<Element>) {
        values.append(contentsOf: list)
        endList()
    }

    /// Adds a value to the list being built (closed by `endList`).
    mutating func append(_ value: Element) { values.append(value) }

    /// Closes the list being built: later values go to the next one.
    mutating func endList() { starts.append(values.count) }

    /// Where list `index` lies in `values`.
    func range(_ index: Int) -> Range<Int> { starts[index]..<starts[index + 1] }

    subscript(index: Int) -> ArraySlice<Element> { values[range(index)] }
}

extension FlatLists where Element: Comparable {
    /// Sorts the values of the last closed list.
    mutating func sortLast() {
        values[starts[starts.count - 2]...].sort()
    }
}
