#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over raw bytes: `memchr` for the needle's rarest byte (by English letter
/// frequency), `memcmp` for the whole needle around each hit.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Int? {
        guard let base = haystack.baseAddress else { return nil }
        guard !needle.isEmpty, let needleBase = needle.baseAddress else { return 0 }
        let count = needle.count
        guard count <= haystack.count else { return nil }
        let anchor = rarestOffset(in: needle)
        let anchorByte = Int32(needle[anchor])
        let lastStart = haystack.count - count
        var start = 0
        while start <= lastStart {
            guard let hit = memchr(base + start + anchor, anchorByte, lastStart - start + 1) else { return nil }
            let position = UnsafeRawPointer(hit) - base - anchor
            if memcmp(base + position, needleBase, count) == 0 { return position }
            start = position + 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.isEmpty || firstOffset(of: UnsafeRawBufferPointer(needle), in: UnsafeRawBufferPointer(haystack)) != nil
    }

    /// Whether the byte `needle` occurs in `haystack`.
    static func contains(_ needle: UInt8, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress else { return false }
        return memchr(base, Int32(needle), haystack.count) != nil
    }

    static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { contains($0, in: haystack) }
    }

    /// The offset of the needle byte expected least often in text, among its first sixteen (any byte finds the
    /// same occurrences; a long needle, such as a whole line, is not ranked through).
    private static func rarestOffset(in needle: UnsafeRawBufferPointer) -> Int {
        var best = 0
        var bestRank = UInt8.max
        for (offset, byte) in needle.prefix(16).enumerated() {
            let rank = commonness(byte)
            if rank < bestRank { best = offset; bestRank = rank }
        }
        return best
    }

    /// Higher for bytes met more often in English text: space, then letters by frequency.
    private static func commonness(_ byte: UInt8) -> UInt8 {
        if byte == 0x20 { return 30 }
        let lower = byte | 0x20
        guard lower >= 0x61 && lower <= 0x7A else { return 0 }
        return letterRanks[Int(lower - 0x61)]
    }

    /// a ... z ranked by frequency in English text, 26 the most frequent (e).
    private static let letterRanks: [UInt8] = [
        24, 8, 15, 17, 26, 13, 10, 18, 22, 3, 5, 16, 12, 21, 23, 9, 1, 19, 20, 25, 14, 6, 11, 2, 7, 4,
    ]
}
