/// Eight bytes classified at once, one lane a byte (little-endian: the first byte is the lowest), so the runs
/// of ASCII letters and digits that make up most of any word are measured and copied eight bytes at a time.
/// A lane's high bit marks its class; a byte over 0x7F is in none. Its lane helpers serve the other eight-byte
/// scans (line shapes, letter runs, quote marks).
struct AlphanumericLanes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Lanes holding A-Z, a-z, 0-9 and a space (0x20).
    let upper: UInt64
    let lower: UInt64
    let digit: UInt64
    let space: UInt64

    /// Classifies the bytes of `word`.
    @inline(__always)
    init(_ word: UInt64) {
        // Ranges are tested on the low seven bits, which cannot carry into the next lane; lanes whose byte
        // has the high bit are then cleared.
        let ascii = ~word & Self.highBits
        let low = word & ~Self.highBits
        upper = Self.lanes(of: low, from: 0x41, through: 0x5A) & ascii
        lower = Self.lanes(of: low, from: 0x61, through: 0x7A) & ascii
        digit = Self.lanes(of: low, from: 0x30, through: 0x39) & ascii
        space = Self.lanes(of: low, from: 0x20, through: 0x20) & ascii
    }

    var alphanumeric: UInt64 { upper | lower | digit }

    /// Whether every byte is below 0x80, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var bits: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= bytes.count {
            bits |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        while offset < bytes.count {
            bits |= UInt64(bytes[offset])
            offset &+= 1
        }
        return bits & highBits == 0
    }

    /// How many lanes of `lanes` (high bits only) are marked before the first unmarked one (0...8).
    @inline(__always)
    static func leadingCount(_ lanes: UInt64) -> Int { (~lanes & highBits).trailingZeroBitCount &>> 3 }

    /// `word` with its capitals lowered (every other byte as it is).
    @inline(__always)
    func lowered(_ word: UInt64) -> UInt64 { word | upper &>> 2 }

    /// Eight ASCII bytes (no high bit set) with their capitals lowered, without classifying the other lanes.
    @inline(__always)
    static func loweredASCII(_ word: UInt64) -> UInt64 { word | lanes(of: word, from: 0x41, through: 0x5A) &>> 2 }

    /// The high bits of the first `count` lanes (0...8).
    @inline(__always)
    static func firstLanes(_ count: Int) -> UInt64 { highBits & firstBytes(count) }

    /// The mask of the first `count` bytes (0...8).
    @inline(__always)
    static func firstBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~UInt64(0) : (1 &<< UInt64(8 &* count)) &- 1
    }

    /// How many lanes of `lanes` (high bits only) are marked. A multiply, not `nonzeroBitCount`: without
    /// POPCNT in the baseline instruction set that is a dozen instructions.
    @inline(__always)
    static func count(_ lanes: UInt64) -> Int { Int(truncatingIfNeeded: ((lanes &>> 7) &* ones) &>> 56) }

    /// Lanes whose byte is in `low...high`; every byte must be below 0x80, so no lane carries into the next.
    @inline(__always)
    static func lanes(of word: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let atLeastLow = word &+ ones &* UInt64(0x80 - low)
        let aboveHigh = word &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & highBits
    }
}
