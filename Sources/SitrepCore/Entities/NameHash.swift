/// A 64-bit hash of a name's UTF-8 bytes for `InternedNames`, which compares the strings on a hit (equal hashes
/// are not trusted), and whether the bytes are all ASCII, found in the same pass. Names are short: eight bytes
/// at a time, the last eight (or the last four and the first four, or three bytes of a shorter name) read
/// overlapping instead of byte by byte.
enum NameHash {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, isASCII: Bool) {
        let count = bytes.count
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        guard let base = bytes.baseAddress, count > 0 else { return (ByteHash.mix(state), true) }
        let raw = UnsafeRawPointer(base)
        var seen: UInt64 = 0
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                seen |= word
                state = ByteHash.mix(state ^ word)
                offset += 8
            }
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            seen |= last
            state ^= last
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            seen = first << 32 | last
            state ^= seen
        } else {
            seen = UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1])
            state ^= seen
        }
        return (ByteHash.mix(state), seen & 0x8080_8080_8080_8080 == 0)
    }
}
