/// What a word's bytes say about it, gathered as the tokenizer passes over them (eight ASCII letters and
/// digits at a time, other characters one by one): the lowercase key packed as it goes (the first 15 bytes),
/// the counts of capitals and small letters, and whether a hyphen or a non-ASCII byte occurs.
struct WordShape {
    /// Folded bytes 0-7 and 8-15, byte i at bits 8i (the layout of `TokenKey(packedLow:high:count:)`).
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    private(set) var count = 0
    private(set) var capitals = 0
    private(set) var smallLetters = 0
    private(set) var hasHyphen = false
    /// Cleared by `addNonASCII()`; the other fields only describe an ASCII word.
    private(set) var isASCII = true

    init() {}

    /// The shape of a word of `count` (0...8) ASCII letters and digits: the first lanes of `eight`, classified
    /// in `lanes`.
    @inline(__always)
    init(_ lanes: AlphanumericLanes, of eight: UInt64, count: Int) { add(lanes, of: eight, count: count) }

    /// The shape of `bytes[range]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for index in range {
            let byte = bytes[index]
            guard byte < 0x80 else { addNonASCII(); return }
            add(byte)
        }
    }

    /// Adds an ASCII byte of the word.
    @inline(__always) mutating func add(_ byte: UInt8) {
        let isCapital = byte &- 0x41 < 26
        if isCapital {
            capitals &+= 1
        } else if byte &- 0x61 < 26 {
            smallLetters &+= 1
        } else if byte == 0x2D {
            hasHyphen = true
        }
        let folded = UInt64(isCapital ? byte | 0x20 : byte)
        if count < 8 {
            low |= folded &<< UInt64(count &* 8)
        } else if count < 16 {
            high |= folded &<< UInt64(count &* 8 &- 64)
        }
        count &+= 1
    }

    /// Adds the run of ASCII letters and digits at `position` (stopping at `limit`), eight bytes at a time
    /// where eight can be read; returns where the run ends.
    @inline(__always)
    mutating func addAlphanumerics(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, limit: Int) -> Int {
        var position = position
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while position &+ 8 <= bytes.count {
            let eight = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let lanes = AlphanumericLanes(eight)
            let run = min(AlphanumericLanes.leadingCount(lanes.alphanumeric), limit &- position)
            add(lanes, of: eight, count: run)
            position &+= run
            if run < 8 { return position }
        }
        while position < limit {
            let byte = bytes[position]
            guard byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 else { break }
            add(byte)
            position &+= 1
        }
        return position
    }

    /// Adds the first `count` (0...8) bytes of `eight`, all ASCII letters or digits classified in `lanes`.
    @inline(__always)
    mutating func add(_ lanes: AlphanumericLanes, of eight: UInt64, count added: Int) {
        let kept = AlphanumericLanes.firstLanes(added)
        capitals &+= AlphanumericLanes.count(lanes.upper & kept)
        smallLetters &+= AlphanumericLanes.count(lanes.lower & kept)
        if count < 16 {
            let folded = lanes.lowered(eight) & AlphanumericLanes.firstBytes(added)
            if count < 8 {
                low |= folded &<< UInt64(8 &* count)
                if count > 0 && count &+ added > 8 { high |= folded &>> UInt64(8 &* (8 &- count)) }
            } else {
                high |= folded &<< UInt64(8 &* (count &- 8))
            }
        }
        count &+= added
    }

    /// Notes a non-ASCII character in the word.
    mutating func addNonASCII() { isASCII = false }

    /// The lowercase key of an ASCII word of `bytes[range]` (the range these bytes were added from).
    func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKey {
        count <= 15 ? TokenKey(packedLow: low, high: high, count: count) : TokenKey(bytes, range, folding: true)
    }
}
