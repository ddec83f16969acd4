/// Case folding that keeps UTF-8 byte offsets: ASCII letters are lower-cased, and any other scalar is
/// replaced by its lower-case form only when that is one scalar of the same UTF-8 length ("É" -> "é",
/// "Ä" -> "ä", "Σ" -> "σ"). Offsets into the folded copy are therefore offsets into the original text.
public enum TextFolding {
    public static func fold(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                result.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                continue
            }
            let lowered = scalar.properties.lowercaseMapping.unicodeScalars
            if lowered.count == 1, let single = lowered.first, single.utf8.count == scalar.utf8.count {
                result.append(contentsOf: single.utf8)
            } else {
                result.append(contentsOf: scalar.utf8)
            }
        }
        return result
    }
}
