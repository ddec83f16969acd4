/// A fast 64-bit hash of a byte string, eight bytes at a time, for tables keyed by text that
/// compare the bytes on a hit (the hash only narrows the search; equal hashes are not trusted).
enum ByteHash {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return mix(state) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        // One multiply a word (a bijection of the state, as is every step here, so equal-length texts that differ
        // never share a hash); the full mix once, at the end.
        while offset + 8 <= bytes.count {
            let product = (state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            state = product &<< 29 | product &>> 35
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(state ^ tail)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(hash) }

    /// The final mix (SplitMix64's): spreads every input bit over the whole hash. `NameHash` ends with it too.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
