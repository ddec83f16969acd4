/// A fixed set of words by `WordKey`, built once: membership is a `KeywordTable` lookup (a multiply and
/// usually one probe) rather than `Set`'s hashing of the key on every call.
struct WordKeySet: Sendable {
    private let table: KeywordTable<Bool>

    /// The set of `words`, each an ASCII word of at most `WordKey.maxLength` letters.
    init(_ words: [String]) {
        let keys = words.map(WordKey.make)
        precondition(!keys.contains(0), "every word must pack into a WordKey")
        table = KeywordTable(Dictionary(keys.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
