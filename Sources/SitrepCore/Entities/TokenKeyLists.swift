/// Lists of integers (draft indices) keyed by word, for the per-article look-ups of mention linking: one
/// open-addressing table over `TokenKey.mixedHash` and one array of links, where a `[TokenKey: [Int]]`
/// would hash with SipHash and allocate an array per word.
struct TokenKeyLists {
    private struct Slot {
        var key = TokenKey()
        /// The first and last entries of the key's list in `entries`.
        var first: Int32 = -1
        var last: Int32 = -1
    }

    private var slots: [Slot]
    private var keyCount = 0
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private var shift: UInt64
    /// The values added, each with the entry after it in its key's list (-1 at the end): one array, so a table
    /// is two allocations.
    private var entries: [(value: Int32, next: Int32)] = []

    /// Empty lists with room for about `capacity` values (under as many keys) before the table grows.
    init(capacity: Int = 8) {
        var size = 16, bits: UInt64 = 4
        while size < capacity * 2 { size *= 2; bits += 1 }
        slots = Array(repeating: Slot(), count: size)
        shift = 64 - bits
        entries.reserveCapacity(capacity)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `value` at the end of the list of `key` (the empty key is not allowed).
    mutating func append(_ value: Int, to key: TokenKey) {
        let entry = Int32(truncatingIfNeeded: entries.count)
        entries.append((Int32(truncatingIfNeeded: value), -1))
        let slot = self.slot(of: key)
        if slots[slot].key.isEmpty {
            slots[slot] = Slot(key: key, first: entry, last: entry)
            keyCount += 1
            if keyCount * 2 > slots.count { grow() }
        } else {
            entries[Int(slots[slot].last)].next = entry
            slots[slot].last = entry
        }
    }

    /// The last value of the key's list that is below `limit`, else its first value; nil when the key has none.
    func lastValue(below limit: Int, for key: TokenKey) -> Int? {
        let first = slots[slot(of: key)].first
        guard first >= 0 else { return nil }
        var found = Int(entries[Int(first)].value)
        var entry = first
        while entry >= 0 {
            let value = Int(entries[Int(entry)].value)
            if value < limit { found = value }
            entry = entries[Int(entry)].next
        }
        return found
    }

    /// The slot holding `key`, or the free slot where it would go.
    private func slot(of key: TokenKey) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.mixedHash >> shift)
        while !slots[slot].key.isEmpty && slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        shift -= 1
        for slot in old where !slot.key.isEmpty { slots[self.slot(of: slot.key)] = slot }
    }
}
