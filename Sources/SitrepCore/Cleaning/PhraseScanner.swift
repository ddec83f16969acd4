/// A fixed list of byte phrases searched for together, in one pass over the text.
///
/// Every position's first few bytes (as many as the shortest phrase has, up to four) are hashed
/// into a 4096-bit filter of the phrases' own first bytes, which rejects almost every position;
/// at the rest, each phrase's first four bytes are compared as one integer before the whole phrase.
struct PhraseScanner<Value> {
    private let phrases: [[UInt8]]
    private let values: [Value]
    /// Each phrase's first (up to) four bytes, little-endian, and the mask of the bytes it has.
    private let heads: [(bytes: UInt32, mask: UInt32)]
    /// How many leading bytes the filter looks at: the shortest phrase's length, at most four.
    private let windowLength: Int
    private let filter: [UInt64]

    /// `entries` in priority order; every phrase has at least two bytes.
    init(_ entries: [(phrase: String, value: Value)]) {
        phrases = entries.map { Array($0.phrase.utf8) }
        values = entries.map(\.value)
        heads = phrases.map { Self.head(of: $0[...]) }
        windowLength = min(4, phrases.map(\.count).min() ?? 4)
        precondition(windowLength >= 2, "a scanned phrase needs two bytes")
        var bits = [UInt64](repeating: 0, count: 64)
        for phrase in phrases {
            let slot = Self.slot(Self.head(of: phrase.prefix(windowLength)).bytes)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        filter = bits
    }

    /// The value of the first phrase in priority order that occurs anywhere in `text`.
    func firstOccurring(in text: UnsafeBufferPointer<UInt8>) -> Value? {
        let length = windowLength
        guard text.count >= length else { return nil }
        var best = Int.max
        let shift = UInt32(8 &* (length &- 1))
        // The window holds text[end + 1 - length ... end] once the byte at `end` is shifted in.
        var window: UInt32 = 0
        for offset in 0..<(length - 1) { window |= UInt32(text[offset]) << (8 * (offset + 1)) }
        filter.withUnsafeBufferPointer { bits in
            for end in (length - 1)..<text.count {
                window = window &>> 8 | UInt32(text[end]) &<< shift
                let slot = Self.slot(window)
                guard bits[slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0,
                      let index = firstMatch(in: text, at: end + 1 - length, below: best) else { continue }
                best = index
                if best == 0 { return }
            }
        }
        return best < values.count ? values[best] : nil
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool { firstOccurring(in: text) != nil }

    /// The value of the first phrase in priority order that `text` starts with.
    func firstPrefix(of text: UnsafeBufferPointer<UInt8>) -> Value? {
        firstMatch(in: text, at: 0, below: phrases.count).map { values[$0] }
    }

    /// The lowest phrase index below `limit` that occurs at `position`.
    private func firstMatch(in text: UnsafeBufferPointer<UInt8>, at position: Int, below limit: Int) -> Int? {
        var window: UInt32 = 0
        for offset in 0..<min(4, text.count - position) { window |= UInt32(text[position + offset]) << (8 * offset) }
        for index in 0..<min(limit, phrases.count) {
            let head = heads[index]
            guard window & head.mask == head.bytes else { continue }
            let phrase = phrases[index]
            guard position + phrase.count <= text.count else { continue }
            var offset = 0
            while offset < phrase.count, text[position + offset] == phrase[offset] { offset += 1 }
            if offset == phrase.count { return index }
        }
        return nil
    }

    /// Up to the first four bytes as a little-endian integer, and the mask of the bytes present.
    private static func head<Bytes: Collection<UInt8>>(of bytes: Bytes) -> (bytes: UInt32, mask: UInt32) {
        var head: UInt32 = 0
        var mask: UInt32 = 0
        for (offset, byte) in bytes.prefix(4).enumerated() {
            head |= UInt32(byte) << (8 * offset)
            mask |= 0xFF << (8 * offset)
        }
        return (head, mask)
    }

    @inline(__always)
    private static func slot(_ window: UInt32) -> Int { Int((window &* 0x9E37_79B1) &>> 20) }
}

extension PhraseScanner where Value == Void {
    init(_ phrases: [String]) { self.init(phrases.map { ($0, ()) }) }
}

extension PhraseScanner: Sendable where Value: Sendable {}
