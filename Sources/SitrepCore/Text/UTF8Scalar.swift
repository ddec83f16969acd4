/// Decoding and coarse classification of the non-ASCII scalars met while scanning UTF-8 bytes.
enum UTF8Scalar {
    enum Class { case letter, space, mark }

    /// The scalar starting at `index` and its width in bytes; malformed input decodes as U+FFFD, width 1.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: width = 2; value = lead & 0x1F
        case 0xE0...0xEF: width = 3; value = lead & 0x0F
        case 0xF0...0xF7: width = 4; value = lead & 0x07
        default: return (0xFFFD, 1)
        }
        guard index + width <= end else { return (0xFFFD, 1) }
        for offset in 1..<width {
            let next = UInt32(bytes[index + offset])
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | (next & 0x3F)
        }
        return (value, width)
    }

    /// The scalars of `bytes`, ASCII byte by byte, in one pass: several times faster than walking a
    /// `Substring`'s `unicodeScalars`, which checks every index. Malformed input decodes as U+FFFD.
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            var index = 0
            count = 0
            while index < bytes.count {
                var value = UInt32(bytes[index])
                if value < 0x80 {
                    index += 1
                } else {
                    let width: Int
                    (value, width) = decode(bytes, at: index, end: bytes.count)
                    index += width
                }
                scalars.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                count += 1
            }
        }
    }

    static func classify(_ scalar: UInt32) -> Class {
        switch scalar {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .space
        case 0x0080...0x00BF, 0x00D7, 0x00F7, 0x2010...0x206F, 0x20A0...0x2BFF, 0x3001...0x303F, 0xFFFD:
            return .mark
        default:
            return isAlphabetic(scalar) ? .letter : .mark
        }
    }

    /// The Unicode property lookups, kept out of line: inlined, their setup (a type metadata call and a
    /// stack allocation) runs on every call of the byte scanners that classify, ASCII text included.
    @inline(never)
    static func isAlphabetic(_ scalar: UInt32) -> Bool {
        Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }

    /// Whether `scalar` is an upper-case letter, or a letter without case (see `isAlphabetic` on why out of line).
    @inline(never)
    static func isCapitalOrUncased(_ scalar: UInt32) -> Bool {
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isUppercase || (value.properties.isAlphabetic && !value.properties.isLowercase)
    }
}
