/// A read-only map from word keys to values, built once: open addressing over a power-of-two table, so a
/// lookup is two multiplies and usually one comparison of two integers. A 16,384-bit filter indexed by other
/// bits of the same hash (2 KB, which stays in cache) rejects most absent words before the slots are touched.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var slots: [TokenKey]
    private var values: [Value?]
    private let mask: Int
    private var filter = [UInt64](repeating: 0, count: 256)
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private let shift: UInt64
    /// The 14 hash bits below the slot bits pick the filter bit.
    private var filterShift: UInt64 { shift - 14 }

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
            let bit = Self.filterBit(key.mixedHash, filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements.map { (TokenKey($0), $1) }) }

    subscript(key: TokenKey) -> Value? {
        let hash = key.mixedHash
        let bit = Self.filterBit(hash, filterShift)
        guard filter[bit >> 6] & 1 << UInt64(bit & 63) != 0 else { return nil }
        return values[slot(of: key, hash: hash)]
    }

    private static func filterBit(_ hash: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: hash >> shift) & 16_383 }

    /// The keys held, in no particular order.
    var keys: [TokenKey] { slots.filter { !$0.isEmpty } }

    subscript(word: String) -> Value? { self[TokenKey(word)] }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(of key: TokenKey, hash: UInt64? = nil) -> Int {
        var slot = Int(truncatingIfNeeded: (hash ?? key.mixedHash) >> shift)
        while !slots[slot].isEmpty && slots[slot] != key { slot = (slot + 1) & mask }
        return slot
    }
}
