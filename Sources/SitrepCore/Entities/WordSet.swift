/// A set of lowercase words with a cheap pre-check: a bit per (length, first byte, last byte) rejects most
/// words that are not in it before any hashing, so the many lookups per token stay cheap.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    private var filter = [UInt64](repeating: 0, count: 256)

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        for word in self.words { let bit = Self.bit(word); filter[bit >> 6] |= 1 << UInt64(bit & 63) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool {
        let bit = Self.bit(word)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && words.contains(word)
    }

    /// 4 bits of length, 5 of the first byte and 5 of the last: an index into 16,384 bits.
    private static func bit(_ word: String) -> Int {
        let utf8 = word.utf8
        guard let first = utf8.first, let last = utf8.last else { return 0 }
        return (min(utf8.count, 15) << 10) | (Int(first & 31) << 5) | Int(last & 31)
    }
}
