/// The lowercase form of a word packed into two integers, so word list lookups and comparisons need no String.
///
/// Up to 15 UTF-8 bytes are held exactly, with the length in the top byte. A longer word (no word list holds
/// one) is held as a 64-bit hash of its bytes, its length and its last six bytes, so suffix tests still work.
struct TokenKey: Hashable, Sendable, ExpressibleByStringLiteral {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Marks a hashed key in the top byte of `high`; inline keys keep their length (at most 15) there.
    private static let longMarker: UInt64 = 0xFF

    /// The empty key, which no word has.
    init() {}

    /// The key of `bytes[range]`, ASCII capitals folded to lowercase when `folding` is set.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool) {
        let count = range.count
        if count <= 15 {
            for offset in 0..<count {
                let byte = bytes[range.lowerBound &+ offset]
                let value = UInt64(folding ? Self.lowercase(byte) : byte)
                if offset < 8 { low |= value &<< UInt64(offset &* 8) } else { high |= value &<< UInt64(offset &* 8 &- 64) }
            }
            high |= UInt64(count) << 56
            return
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(folding ? Self.lowercase(bytes[index]) : bytes[index])) &* 0x0000_0100_0000_01B3
        }
        low = hash
        for back in 1...6 {
            let byte = UInt64(folding ? Self.lowercase(bytes[range.upperBound - back]) : bytes[range.upperBound - back])
            high |= byte << UInt64((back - 1) * 8)
        }
        high |= UInt64(min(count, 255)) << 48 | Self.longMarker << 56
    }

    /// A key of at most 15 bytes already packed: byte i at bits 8i of `low` (i < 8) or of `high`.
    init(packedLow low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high | UInt64(count) << 56
    }

    /// The key of a word already in lowercase (or of a mark or number, which has no case).
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { Self($0, 0..<$0.count, folding: false) }
    }

    init(stringLiteral value: StaticString) {
        self = value.withUTF8Buffer { Self($0, 0..<$0.count, folding: false) }
    }

    /// Length in UTF-8 bytes (capped at 255 for long words).
    var count: Int {
        let top = Int(high >> 56)
        return top == Self.longMarker ? Int(high >> 48 & 0xFF) : top
    }

    /// No bytes: a zero length in the top byte (a long key has its marker there).
    var isEmpty: Bool { high &>> 56 == 0 }

    /// Whether the word ends with the bytes of `suffix` (one to six bytes).
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= count else { return false }
        return suffix.withUTF8Buffer { suffix in
            (1...length).allSatisfy { back in byte(fromEnd: back) == suffix[length - back] }
        }
    }

    /// The byte `back` places from the end (1 is the last byte).
    private func byte(fromEnd back: Int) -> UInt8 {
        if Int(high >> 56) == Self.longMarker { return UInt8(truncatingIfNeeded: high >> UInt64((back - 1) * 8)) }
        let index = count - back
        return UInt8(truncatingIfNeeded: index < 8 ? low >> UInt64(index * 8) : high >> UInt64((index - 8) * 8))
    }

    /// The first Unicode scalar of the key's bytes (all of a punctuation mark's key), U+FFFD when they are not one.
    var firstScalar: Unicode.Scalar {
        let lead = UInt8(truncatingIfNeeded: low)
        guard lead >= 0x80 else { return Unicode.Scalar(lead) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width { value = value << 6 | UInt32(truncatingIfNeeded: low >> UInt64(index * 8)) & 0x3F }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// A hash whose top bits depend on every bit of the key, for multiplicative hashing into tables.
    var mixedHash: UInt64 { (low ^ high &* 0x94D0_49BB_1331_11EB) &* 0x9E37_79B9_7F4A_7C15 }

    /// Feeds `Set` and `Dictionary` one word instead of two (equality still compares both).
    func hash(into hasher: inout Hasher) { hasher.combine(low ^ high &* 0x94D0_49BB_1331_11EB) }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
