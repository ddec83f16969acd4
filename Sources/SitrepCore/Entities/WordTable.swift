/// A read-only map from word keys to values, built once: open addressing over a power-of-two table, so a
/// lookup is one multiply and usually one comparison of two integers. A bit per key signature (2 KB, which
/// stays in cache) rejects most absent words before the table is touched.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var slots: [TokenKey]
    private var values: [Value?]
    private let mask: Int
    private var signatures = [UInt64](repeating: 0, count: 256)
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private let shift: UInt64

    /// The table of `pairs`; of two pairs with one key, the first is kept.
    init(_ pairs: some Sequence<(TokenKey, Value)>) {
        let pairs = Array(pairs)
        var size = 8, bits: UInt64 = 3
        while size < pairs.count * 2 { size *= 2; bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: TokenKey(), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (key, value) in pairs {
            let slot = self.slot(of: key)
            if slots[slot].isEmpty { slots[slot] = key; values[slot] = value }
            signatures[key.signature >> 6] |= 1 << UInt64(key.signature & 63)
        }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements.map { (TokenKey($0), $1) }) }

    subscript(key: TokenKey) -> Value? {
        let signature = key.signature
        guard signatures[signature >> 6] & 1 << UInt64(signature & 63) != 0 else { return nil }
        return values[slot(of: key)]
    }

    /// The keys held, in no particular order.
    var keys: [TokenKey] { slots.filter { !$0.isEmpty } }

    subscript(word: String) -> Value? { self[TokenKey(word)] }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: TokenKey) -> Int {
        var slot = Int(truncatingIfNeeded: key.mixedHash >> shift)
        while !slots[slot].isEmpty && slots[slot] != key { slot = (slot + 1) & mask }
        return slot
    }
}
