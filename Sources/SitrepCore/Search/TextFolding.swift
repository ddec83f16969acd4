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
                    UnsafeMutableRawPointer(folded + index).storeBytes(of: AlphanumericLanes.loweredASCII(lane), as: UInt64.self)
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
            let (value, length) = UTF8Scalar.decode(bytes, at: index, end: bytes.count)
            let encoded = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
            let lowered = (Unicode.Scalar(value) ?? "\u{FFFD}").properties.lowercaseMapping.unicodeScalars
            if lowered.count == 1, let single = lowered.first, single.utf8.count == length {
                for (offset, byte) in single.utf8.enumerated() { folded[index + offset] = byte }
            } else {
                for offset in 0..<length { folded[index + offset] = encoded[offset] }
            }
            index += length
        }
    }
}
