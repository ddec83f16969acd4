/// The texts of the lines met so far, as ranges of one buffer, to tell whether a line repeats one of them.
/// Lines are kept in an open-addressing table by a hash of their bytes (no `Hasher` run over the hash) and
/// compared byte for byte.
struct SeenLines {
    /// A line's hash and where its text is; an empty slot has an empty range.
    private struct Entry {
        var hash: UInt64
        var range: Range<Int>
    }

    private var slots = [Entry](repeating: Entry(hash: 0, range: 0..<0), count: 64)
    private var count = 0
    /// Whether an empty text was recorded (an empty range marks a free slot).
    private var hasEmpty = false

    /// Records `buffer[range]`; false when the same text was recorded before.
    mutating func insert(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        if range.isEmpty {
            defer { hasEmpty = true }
            return !hasEmpty
        }
        let text = UnsafeBufferPointer(rebasing: buffer[range])
        let hash = ByteHash.hash(text)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while !slots[slot].range.isEmpty {
            let other = slots[slot]
            if other.hash == hash, buffer[other.range].elementsEqual(text) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Entry(hash: hash, range: range)
        count += 1
        if count * 2 > slots.count { grow() }
        return true
    }

    /// Doubles the table, placing every entry again.
    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: Entry(hash: 0, range: 0..<0), count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where !entry.range.isEmpty {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while !slots[slot].range.isEmpty { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
