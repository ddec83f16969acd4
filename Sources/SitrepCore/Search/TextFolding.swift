/// Case folding that keeps UTF-8 byte offsets: ASCII letters are lower-cased, and any other scalar is
/// replaced by its lower-case form only when that is one scalar of the same UTF-8 length ("É" -> "é",
/// "Ä" -> "ä", "Σ" -> "σ"). Offsets into the folded copy are therefore offsets into the original text,
/// and the folded copy has the original's length.
public enum TextFolding {
    public static func fold(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { folded, count in
                fold(bytes, into: folded.baseAddress!)
                count = bytes.count
            }
        }
    }

    /// Writes the folded bytes of `bytes` (valid UTF-8) to `folded`, which has room for `bytes.count`:
    /// ASCII byte by byte, other scalars decoded.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into folded: UnsafeMutablePointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let lane = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if lane & 0x8080_8080_8080_8080 == 0 {
                    UnsafeMutableRawPointer(folded + index).storeBytes(of: loweredASCII(lane), as: UInt64.self)
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                folded[index] = lead &- 0x41 < 26 ? lead + 32 : lead
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let encoded = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
            let lowered = decode(encoded).properties.lowercaseMapping.unicodeScalars
            if lowered.count == 1, let single = lowered.first, single.utf8.count == length {
                for (offset, byte) in single.utf8.enumerated() { folded[index + offset] = byte }
            } else {
                for offset in 0..<length { folded[index + offset] = encoded[offset] }
            }
            index += length
        }
    }

    /// Eight ASCII bytes with their capitals lowered: a byte gets 0x20 added when adding 0x3F sets its high
    /// bit (it is at least "A") and adding 0x25 does not (it is below "["). No byte carries into the next.
    static func loweredASCII(_ lane: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let atLeastA = lane &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = lane &+ 0x2525_2525_2525_2525
        return lane | ((atLeastA & ~pastZ & high) >> 2)
    }

    /// The scalar encoded by a valid UTF-8 sequence of two to four bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var value = UInt32(bytes[0]) & (0x7F >> bytes.count)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)!
    }
}
