/// One part of a hyphenated word ("al", "Hawl" of "al-Hawl"), as name rules read it.
struct HyphenPart {
    /// UTF-8 offsets in the paragraph; empty for a doubled or trailing hyphen.
    var range: Range<Int>
    /// The first character is uppercase.
    var isCapitalised: Bool
    /// Lowercased part.
    var key: TokenKey

    /// A lowercase Arabic article before a hyphen ("al", "ez").
    var isLowercaseParticle: Bool { !range.isEmpty && !isCapitalised && EntityLexicon.classes(of: key).contains(.hyphenParticle) }

    /// The parts between the word's hyphens, over the bytes of an ASCII word and through String for any other.
    static func parts(of token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> [HyphenPart] {
        guard token.isASCII else { return unicodeParts(of: token, in: bytes) }
        var parts: [HyphenPart] = []
        var partStart = token.start
        for index in token.start...token.end where index == token.end || bytes[index] == 0x2D {
            parts.append(HyphenPart(range: partStart..<index,
                                    isCapitalised: index > partStart && bytes[partStart] &- 0x41 < 26,
                                    key: TokenKey(bytes, partStart..<index, folding: true)))
            partStart = index + 1
        }
        return parts
    }

    /// Parts split at "-" characters, cased by `Character.isUppercase` and keyed by `lowercased()`.
    private static func unicodeParts(of token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> [HyphenPart] {
        let text = token.text(in: bytes)
        return text.split(separator: "-", omittingEmptySubsequences: false).map { part in
            let offset = token.start + text.utf8.distance(from: text.startIndex, to: part.startIndex)
            return HyphenPart(range: offset..<offset + part.utf8.count, isCapitalised: part.first?.isUppercase ?? false,
                              key: TokenKey(part.lowercased()))
        }
    }
}
