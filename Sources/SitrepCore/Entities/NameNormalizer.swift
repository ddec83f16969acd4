import Foundation

/// Spelling-insensitive forms of names: the keys that alias lookup and corpus-wide merging compare.
enum NameNormalizer {
    /// Arabic articles and their transliterations, all read as "al" ("ez-Zor", "el-Hol", "Al-Hawl").
    private static let articles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "en", "er",
                                                   "es", "et", "ez", "an", "ul"]

    /// A short all-caps word ("IS", "US", "SDF"): compared case-sensitively, unlike other names.
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for byte in name.utf8 {
            if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte != 0x2E { return false }
        }
        return letters >= 2 && letters <= 6
    }

    /// The lookup key: acronyms as written; other names without diacritics, case, hyphens, apostrophes,
    /// a leading "the", and with every Arabic article spelled "al". Works on bytes; only names with
    /// non-ASCII letters go through Foundation's diacritic folding.
    static func key(_ name: String) -> String {
        if isAcronym(name) { return String(decoding: name.utf8.filter { $0 != 0x2E }, as: UTF8.self) }
        var bytes = Array(name.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) {
            bytes = Array(name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().utf8)
        }
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x2D {
                if !word.isEmpty { words.append(word); word.removeAll(keepingCapacity: true) }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                index += 2  // a curly apostrophe
            } else if byte != 0x27 && byte != 0x2E {
                word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            index += 1
        }
        if !word.isEmpty { words.append(word) }
        if words.count > 1, words[0] == Array("the".utf8) { words.removeFirst() }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for word in words {
            if !result.isEmpty { result.append(0x20) }
            result.append(contentsOf: articles.contains(String(decoding: word, as: UTF8.self)) ? Array("al".utf8) : word)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The consonant skeleton of a key: its first letter, then consonants other than h, w and y, with q and c read
    /// as k and doubled letters once. "baghouz" and "baghuz" both give "bgz"; "al hol" and "al hawl" give "hl".
    static func skeleton(_ key: String) -> String {
        var bytes = Array(key.utf8)
        if bytes.starts(with: Array("al ".utf8)) { bytes.removeFirst(3) }
        var result: [UInt8] = []
        for (index, raw) in bytes.enumerated() where raw != 0x20 {
            var byte = raw
            if byte == UInt8(ascii: "q") || byte == UInt8(ascii: "c") { byte = UInt8(ascii: "k") }
            if index > 0, "aeiouyhw".utf8.contains(byte) { continue }
            if result.last == byte { continue }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Levenshtein distance between two short strings, over their bytes.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Two spellings close enough to be one name: same first letter and at most a third of the letters differ.
    static func areVariants(_ a: String, _ b: String) -> Bool {
        guard a.utf8.first == b.utf8.first, a.utf8.count >= 3, b.utf8.count >= 3 else { return a == b }
        let allowed = max(1, min(a.utf8.count, b.utf8.count) / 3)
        return editDistance(a, b) <= allowed
    }
}
