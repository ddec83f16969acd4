import Foundation

/// The distinct strings merging meets (surface texts and canonical names), each given a small integer id,
/// with its `NameNormalizer` key computed at most once.
///
/// Looked up once or twice per mention of the corpus, so the table is open addressing over `NameHash` of the
/// UTF-8 bytes (a `[String: Int]` would run a seeded SipHash per lookup); a hit compares the strings. Strings
/// Swift holds equal share an id, as they did in a dictionary: text that is not all ASCII is hashed in its
/// composed form, so "Zoë" with a precomposed ë and with a combining diaeresis are one name.
struct InternedNames {
    private(set) var strings: [String] = []
    private var keys: [String?] = []
    private var hashes: [UInt64] = []
    /// Ids by hash, -1 in a free slot; at most half full.
    private var slots = [Int32](repeating: -1, count: 1024)
    /// 64 minus the table's size in bits: the hash's top bits pick the first slot.
    private var shift: UInt64 = 54

    mutating func id(of string: String) -> Int {
        let hash = Self.hash(string)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if hashes[id] == hash && strings[id] == string { return id }
            slot = (slot + 1) & mask
        }
        let id = strings.count
        slots[slot] = Int32(truncatingIfNeeded: id)
        strings.append(string)
        keys.append(nil)
        hashes.append(hash)
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    /// `NameNormalizer.key` of the string with this id.
    mutating func key(of id: Int) -> String {
        if let key = keys[id] { return key }
        let key = NameNormalizer.key(strings[id])
        keys[id] = key
        return key
    }

    subscript(id: Int) -> String { strings[id] }

    private static func hash(_ string: String) -> UInt64 {
        // Read in place: calling `withUTF8` on a copy costs a retain and a release per name.
        if let (hash, isASCII) = string.utf8.withContiguousStorageIfAvailable(NameHash.hash), isASCII { return hash }
        var composed = string.precomposedStringWithCanonicalMapping
        return composed.withUTF8 { NameHash.hash($0).hash }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
    }
}
