extension Array {
    /// The same elements in storage of exactly their count: an array grown by appending keeps up to twice
    /// the room it needs, and the model keeps its per-article arrays for as long as the corpus is open.
    func trimmed() -> [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}
