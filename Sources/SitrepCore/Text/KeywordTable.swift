/// A read-only map from `WordKey`s to values, built once: open addressing over a power-of-two table of
/// key and value pairs, so a lookup is one multiply and usually one probe, with no hashing of the key
/// through `Hasher` (which `Dictionary` runs on every lookup).
public struct KeywordTable<Value: Sendable>: Sendable {
    /// Free slots hold key 0, which no word has (`WordKey.make` gives 0 only for what it cannot pack).
    private var keys: [UInt64]
    private var values: [Value?]
    /// 64 minus the table's size in bits: the product's top bits pick the first slot.
    private let shift: UInt64

    /// The table of `pairs`, whose keys are distinct and not 0.
    public init(_ pairs: [UInt64: Value]) {
        var size = 8, bits: UInt64 = 3
        while size < pairs.count * 2 { size *= 2; bits += 1 }
        shift = 64 - bits
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        for (key, value) in pairs where key != 0 {
            let slot = self.slot(of: key)
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `key`, or nil (always nil for 0).
    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        return values[slot(of: key)]
    }

    /// The slot holding `key`, or the free slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot &+ 1) & mask }
        return slot
    }
}
