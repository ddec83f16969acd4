/// A growing set of word keys: open addressing over `TokenKey.mixedHash`, for the per-article sets the
/// recogniser fills with thousands of words (cheaper than `Set`, which runs a seeded SipHash per key).
struct TokenKeySet {
    /// Free slots hold the empty key; whether the empty key itself is in the set is kept apart.
    private var slots: [TokenKey]
    private var holdsEmpty = false
    private var count = 0
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private var shift: UInt64

    /// An empty set with room for about `capacity` keys before it grows.
    init(capacity: Int = 32) {
        var size = 64, bits: UInt64 = 6
        while size < capacity * 2 { size *= 2; bits += 1 }
        slots = Array(repeating: TokenKey(), count: size)
        shift = 64 - bits
    }

    mutating func insert(_ key: TokenKey) {
        guard !key.isEmpty else { holdsEmpty = true; return }
        let slot = self.slot(of: key)
        guard slots[slot].isEmpty else { return }
        slots[slot] = key
        count += 1
        if count * 2 > slots.count { grow() }
    }

    func contains(_ key: TokenKey) -> Bool {
        key.isEmpty ? holdsEmpty : !slots[slot(of: key)].isEmpty
    }

    /// The slot holding `key`, or the free slot where it would go.
    private func slot(of key: TokenKey) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.mixedHash >> shift)
        while !slots[slot].isEmpty && slots[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: TokenKey(), count: old.count * 2)
        shift -= 1
        for key in old where !key.isEmpty { slots[slot(of: key)] = key }
    }
}
