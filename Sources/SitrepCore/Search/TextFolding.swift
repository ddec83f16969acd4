/// Case folding that keeps UTF-8 byte offsets: ASCII letters are lower-cased, and any other scalar is
/// replaced by its lower-case form only when that is one scalar of the same UTF-8 length ("É" -> "é",
/// "Ä" -> "ä", "Σ" -> "σ"). Offsets into the folded copy are therefore offsets into the original text.
public enum TextFolding {
    public static func fold(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        append(folding: Substring(text), to: &result)
        return result
    }

    /// Appends the folded UTF-8 bytes of `text` to `result`: ASCII byte by byte, other scalars decoded.
    static func append(folding text: Substring, to result: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    result.append(lead >= 0x41 && lead <= 0x5A ? lead + 32 : lead)
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let encoded = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
                let lowered = decode(encoded).properties.lowercaseMapping.unicodeScalars
                if lowered.count == 1, let single = lowered.first, single.utf8.count == length {
                    result.append(contentsOf: single.utf8)
                } else {
                    result.append(contentsOf: encoded)
                }
                index += length
            }
        }
    }

    /// The scalar encoded by a valid UTF-8 sequence of two to four bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var value = UInt32(bytes[0]) & (0x7F >> bytes.count)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)!
    }
}
