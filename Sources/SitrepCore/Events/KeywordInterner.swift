/// Gives each distinct key word hash (`KeywordSet`) a small dense id, 0, 1, 2, ... in order of first sight,
/// so per-word counts and lists can live in plain arrays; frozen, it is also a fast set of hashes
/// (`StopWords`). An open-addressing table: one multiply and, almost always, one probe per look-up.
struct KeywordInterner: Sendable {
    private var hashes: [UInt64]
    /// The id stored in each slot, -1 for an empty slot.
    private var ids: [Int32]
    /// The hash of each id.
    private(set) var hashOfID: [UInt64] = []

    var count: Int { hashOfID.count }

    init(capacity: Int = 1024) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        hashes = Array(repeating: 0, count: slots)
        ids = Array(repeating: -1, count: slots)
    }

    /// The id of `hash`, assigning the next one when it is new.
    mutating func id(of hash: UInt64) -> Int32 {
        var slot = self.slot(of: hash)
        while ids[slot] >= 0 {
            if hashes[slot] == hash { return ids[slot] }
            slot = (slot + 1) & (ids.count - 1)
        }
        let id = Int32(count)
        hashes[slot] = hash
        ids[slot] = id
        hashOfID.append(hash)
        if count * 2 > ids.count { grow() }
        return id
    }

    /// Whether `hash` has an id.
    func contains(_ hash: UInt64) -> Bool { existingID(of: hash) != nil }

    /// The id of `hash`, or nil when it has none (nothing is assigned).
    func existingID(of hash: UInt64) -> Int32? {
        var slot = self.slot(of: hash)
        while ids[slot] >= 0 {
            if hashes[slot] == hash { return ids[slot] }
            slot = (slot + 1) & (ids.count - 1)
        }
        return nil
    }

    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (ids.count - 1)
    }

    private mutating func grow() {
        hashes = Array(repeating: 0, count: ids.count * 2)
        ids = Array(repeating: -1, count: ids.count * 2)
        for (id, hash) in hashOfID.enumerated() {
            var slot = self.slot(of: hash)
            while ids[slot] >= 0 { slot = (slot + 1) & (ids.count - 1) }
            hashes[slot] = hash
            ids[slot] = Int32(id)
        }
    }
}
