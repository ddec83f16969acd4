/// A read-only map from word keys to values, built once: open addressing over a power-of-two table whose
/// slots hold key and value side by side, so a lookup is two multiplies and usually one cache line. A
/// 16,384-bit filter indexed by other bits of the same hash (2 KB, which stays in cache) rejects most absent
/// words before the slots are touched.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private struct Slot: Sendable {
        var key = TokenKey()
        var value: Value?
    }

    private var slots: [Slot]
    private let mask: Int
    private var filter = [UInt64](repeating: 0, count: 256)
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private let shift: UInt64
    /// The 14 hash bits below the slot bits pick the filter bit.
    private let filterShift: UInt64

    /// The table of `pairs`; of two pairs with one key, the first is kept.
    init(_ pairs: some Sequence<(TokenKey, Value)>) {
        let pairs = Array(pairs)
        var size = 8, bits: UInt64 = 3
        while size < pairs.count * 2 { size *= 2; bits += 1 }
        shift = 64 - bits
        filterShift = shift - 14
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        for (key, value) in pairs {
            let hash = key.mixedHash
            let slot = self.slot(of: key, hash: hash)
            if slots[slot].key.isEmpty { slots[slot] = Slot(key: key, value: value) }
            let bit = Self.filterBit(hash, filterShift)
            filter[bit >> 6] |= 1 &<< UInt64(bit & 63)
        }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements.map { (TokenKey($0), $1) }) }

    @inline(__always)
    subscript(key: TokenKey) -> Value? {
        let hash = key.mixedHash
        let bit = Self.filterBit(hash, filterShift)
        guard filter[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 else { return nil }
        return slots[slot(of: key, hash: hash)].value
    }

    subscript(word: String) -> Value? { self[TokenKey(word)] }

    /// The keys held, in no particular order.
    var keys: [TokenKey] { slots.map(\.key).filter { !$0.isEmpty } }

    @inline(__always)
    private static func filterBit(_ hash: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: hash &>> shift) & 16_383
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: TokenKey, hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash &>> shift)
        while !slots[slot].key.isEmpty && slots[slot].key != key { slot = (slot &+ 1) & mask }
        return slot
    }
}
