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
    /// ASCII eight bytes at a time, other scalars decoded.
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
            if length == 2, value >= 0x80 {
                // Two-byte scalars (accented Latin, Greek, Cyrillic...) fold by table.
                let lowered = UInt32(twoByteFolds[Int(value) - 0x80])
                folded[index] = UInt8(0xC0 | lowered >> 6)
                folded[index + 1] = UInt8(0x80 | lowered & 0x3F)
            } else if let scalar = Unicode.Scalar(value), !isCaseless(value), scalar.properties.changesWhenLowercased,
                      let single = singleLowercase(of: scalar), single.utf8.count == length {
                for (offset, byte) in single.utf8.enumerated() { folded[index + offset] = byte }
            } else {
                // Scalars that do not change when lower-cased (known caseless punctuation first, then one
                // property look-up) and malformed bytes are copied.
                for offset in 0..<length { folded[index + offset] = bytes[index + offset] }
            }
            index += length
        }
    }

    /// Scalars with no case, told without a property look-up: General Punctuation (curly quotes, dashes,
    /// ellipsis), the commonest non-ASCII scalars of news text.
    static func isCaseless(_ value: UInt32) -> Bool { value &- 0x2000 < 0x70 }

    /// The lower case of each two-byte scalar, U+0080 to U+07FF (indexed by value - 0x80): its one-scalar
    /// lower-case form when that also takes two bytes, else the scalar itself.
    static let twoByteFolds: [UInt16] = (UInt32(0x80)...0x7FF).map { value in
        let lowered = singleLowercase(of: Unicode.Scalar(value)!)
        return UInt16(lowered.map { $0.utf8.count == 2 ? $0.value : value } ?? value)
    }

    /// The lower-case form of `scalar` when that is one scalar.
    private static func singleLowercase(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first : nil
    }
}
