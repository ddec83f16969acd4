/// What a word's bytes say about it, gathered a byte at a time as the tokenizer passes over them: the
/// lowercase key packed as it goes (the first 15 bytes), the counts of capitals and small letters, and whether
/// a hyphen or a non-ASCII byte occurs.
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

    /// Notes a non-ASCII character in the word.
    mutating func addNonASCII() { isASCII = false }

    /// The lowercase key of an ASCII word of `bytes[range]` (the range these bytes were added from).
    func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TokenKey {
        count <= 15 ? TokenKey(packedLow: low, high: high, count: count) : TokenKey(bytes, range, folding: true)
    }
}
