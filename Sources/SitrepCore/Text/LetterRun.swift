/// Finds a run of ASCII letters and packs its `WordKey` eight bytes at a time: the letters' lanes are found
/// with a few integer operations and their 5-bit codes packed by shifts, instead of a branch and a shift
/// for every letter.
enum LetterRun {
    /// Where the run of ASCII letters (either case) starting at `start` ends (before `end`), and its
    /// `WordKey`: 0 when the run is empty or longer than `WordKey.maxLength`.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (end: Int, key: UInt64) {
        var index = start
        var key: UInt64 = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index &+ 8 <= end {
            let eight = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let length = letterCount(eight)
            if length > 0 && index &- start &+ length <= WordKey.maxLength {
                key = key &<< UInt64(5 &* length) | pack(eight, count: length)
            }
            index &+= length
            if length < 8 { return (index, index &- start <= WordKey.maxLength ? key : 0) }
        }
        while index < end {
            let lower = bytes[index] | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { break }
            key = key &<< 5 | UInt64(lower &- 0x60)
            index &+= 1
        }
        return (index, index &- start <= WordKey.maxLength ? key : 0)
    }

    /// Where the run of ASCII letters starting at `start` ends (before `end`), and the run's `fingerprint`. Cheaper
    /// than `scan`: nothing is packed, for filters that may let a few other words through.
    @inline(__always)
    static func scanFingerprint(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (end: Int, fingerprint: UInt64) {
        var index = start
        var head: UInt64 = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index &+ 8 <= end {
            let eight = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let length = letterCount(eight)
            if index == start { head = (eight | 0x2020_2020_2020_2020) & AlphanumericLanes.firstBytes(length) }
            index &+= length
            if length < 8 { return (index, fingerprint(head: head, length: index &- start)) }
        }
        while index < end {
            let lower = bytes[index] | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { break }
            if index &- start < 8 { head |= UInt64(lower) &<< UInt64(8 &* (index &- start)) }
            index &+= 1
        }
        return (index, fingerprint(head: head, length: index &- start))
    }

    /// The fingerprint `scanFingerprint` gives the word `key` packs (`WordKey`).
    static func fingerprint(ofWordKey key: UInt64) -> UInt64 {
        let letters = WordKey.letters(of: key)
        var head: UInt64 = 0
        for (offset, letter) in letters.prefix(8).enumerated() { head |= UInt64(letter) << UInt64(8 * offset) }
        return fingerprint(head: head, length: letters.count)
    }

    /// A word's first eight letters, lower-cased, and its length: equal words (of any case) have equal ones.
    @inline(__always)
    private static func fingerprint(head: UInt64, length: Int) -> UInt64 {
        head ^ UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15
    }

    /// How many of the eight bytes, from the first, are ASCII letters.
    @inline(__always)
    static func letterCount(_ eight: UInt64) -> Int {
        // Lowered and without the high bit, a letter is 0x61...0x7A; a byte with the high bit is no letter.
        let lowered = (eight | 0x2020_2020_2020_2020) & ~AlphanumericLanes.highBits
        let letters = AlphanumericLanes.lanes(of: lowered, from: 0x61, through: 0x7A) & ~eight
        return AlphanumericLanes.leadingCount(letters)
    }

    /// The `WordKey` of the first `count` (1...8) bytes of `eight`, all letters.
    @inline(__always)
    static func pack(_ eight: UInt64, count: Int) -> UInt64 {
        // Letter codes 1...26, the first letter in the top lane, so the first is packed most significant.
        var codes = (eight & AlphanumericLanes.firstBytes(count) & 0x1F1F_1F1F_1F1F_1F1F).byteSwapped
        // Pairs of lanes, then pairs of pairs, each closing the gap above its lower half's bits.
        codes = codes & 0x001F_001F_001F_001F | (codes & 0x1F00_1F00_1F00_1F00) &>> 3
        codes = codes & 0x0000_03FF_0000_03FF | (codes & 0x03FF_0000_03FF_0000) &>> 6
        codes = codes & 0x0000_0000_000F_FFFF | (codes & 0x000F_FFFF_0000_0000) &>> 12
        return codes &>> UInt64(5 &* (8 &- count))
    }
}
