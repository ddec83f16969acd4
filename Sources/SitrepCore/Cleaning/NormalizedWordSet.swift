/// A set of lower-case words matched against `NormalizedWord`s: ASCII words by their packed
/// `WordKey`, behind a bit filter, and words with other scalars as Strings.
struct NormalizedWordSet {
    private let keys: Set<UInt64>
    private let filter: KeywordFilter
    private let others: Set<String>

    /// Every ASCII word must be letters only, at most `WordKey.maxLength` of them.
    init(_ words: Set<String>) {
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        let keys = Set(ascii.map(WordKey.make))
        precondition(!keys.contains(0) && keys.count == ascii.count, "ASCII words must pack into a WordKey")
        self.keys = keys
        filter = KeywordFilter(keys)
        others = words.subtracting(ascii)
    }

    func contains(_ word: NormalizedWord) -> Bool {
        guard word.isASCII else { return others.contains(word.string) }
        guard word.bytes.count <= WordKey.maxLength else { return false }
        var key: UInt64 = 0
        for byte in word.bytes {
            guard byte >= 0x61 && byte <= 0x7A else { return false }
            key = key << 5 | UInt64(byte - 0x60)
        }
        return filter.mayContain(key) && keys.contains(key)
    }
}
