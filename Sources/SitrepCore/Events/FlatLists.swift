/// Many short lists laid end to end in one array: list `i` is `values[range(i)]`. One allocation for
/// all of them instead of one per list, and no reference counting when they are read in a hot loop.
/// Lists start at 32-bit offsets: no corpus comes near two billion values.
public struct FlatLists<Element> {
    private(set) var values: [Element] = []
    private var starts: [Int32] = [0]

    init(capacity: Int = 0, valueCapacity: Int = 0) {
        starts.reserveCapacity(capacity + 1)
        values.reserveCapacity(valueCapacity)
    }

    /// The lists `values[starts[i]..<starts[i + 1]]`; `starts` begins with 0 and ends with `values.count`.
    init(values: [Element], starts: [Int32]) {
        self.values = values
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    /// Adds a list after the last one.
    mutating func append(contentsOf list: some Sequence<Element>) {
        values.append(contentsOf: list)
        endList()
    }

    /// Adds the lists of `other` after the last one.
    mutating func append(lists other: FlatLists<Element>) {
        let offset = Int32(values.count)
        values.append(contentsOf: other.values)
        starts.append(contentsOf: other.starts.dropFirst().lazy.map { $0 + offset })
    }

    /// Adds a value to the list being built (closed by `endList`).
    mutating func append(_ value: Element) { values.append(value) }

    /// Closes the list being built: later values go to the next one.
    mutating func endList() { starts.append(Int32(values.count)) }

    /// Drops the room the arrays grew beyond their size.
    mutating func trim() {
        values = values.trimmed()
        starts = starts.trimmed()
    }

    /// Where list `index` lies in `values`.
    func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

    public subscript(index: Int) -> ArraySlice<Element> { values[range(index)] }
}

extension FlatLists where Element: Comparable {
    /// Sorts the values of the last closed list.
    mutating func sortLast() {
        values[Int(starts[starts.count - 2])...].sort()
    }
}

extension FlatLists: Sendable where Element: Sendable {}
