/// A set of lowercase words, looked up by `TokenKey`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) { self.init(keys: words.map { TokenKey($0) }) }

    init(keys: [TokenKey]) { table = WordTable(keys.map { ($0, true) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ key: TokenKey) -> Bool { table[key] != nil }

    func contains(_ word: String) -> Bool { table[word] != nil }
}
