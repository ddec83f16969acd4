import Foundation

/// Spelling-insensitive forms of names: the keys that alias lookup and corpus-wide merging compare.
enum NameNormalizer {
    /// A short all-caps word ("IS", "US", "SDF"): compared case-sensitively, unlike other names.
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for byte in name.utf8 {
            if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte != 0x2E { return false }
        }
        return letters >= 2 && letters <= 6
    }

    /// The lookup key: acronyms as written; other names without diacritics, case, hyphens, apostrophes,
    /// a leading "the", and with every Arabic article ("el", "ez", "ash", ...) spelled "al". Works on bytes,
    /// in one pass that writes the words one space apart; only names with non-ASCII letters go through
    /// Foundation's diacritic folding first.
    static func key(_ name: String) -> String {
        if isAcronym(name) { return String(decoding: name.utf8.filter { $0 != 0x2E }, as: UTF8.self) }
        var bytes = Array(name.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) {
            bytes = Array(name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().utf8)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 1)
        var wordStart = 0
        var words = 0
        /// Ends the word being written at `result[wordStart...]`: dropped when empty, a leading "the" of a
        /// longer name dropped when the second word starts, an article rewritten as "al".
        func endWord() {
            guard result.count > wordStart else { return }
            words += 1
            if words == 2, wordStart == 4, result[0..<3].elementsEqual("the".utf8) {
                result.removeFirst(4)
                wordStart = 0
            }
            if isArticle(result[wordStart...]) { result.replaceSubrange(wordStart..., with: "al".utf8) }
            result.append(0x20)
            wordStart = result.count
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x2D {
                endWord()
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                index += 2  // a curly apostrophe
            } else if byte != 0x27 && byte != 0x2E {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            index += 1
        }
        endWord()
        if result.last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }

    /// Arabic articles and their transliterations, all read as "al": al el ad ar as ash at az ed en er es et ez an ul.
    private static func isArticle(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count == 2 || word.count == 3 else { return false }
        let packed = word.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        switch packed {
        case 0x616C, 0x656C, 0x6164, 0x6172, 0x6173, 0x617368, 0x6174, 0x617A, 0x6564, 0x656E, 0x6572, 0x6573,
             0x6574, 0x657A, 0x616E, 0x756C:
            return true
        default:
            return false
        }
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
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in editDistance(x, y) } }
    }

    /// Levenshtein distance over two byte strings, with its two rows in one temporary allocation.
    private static func editDistance(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        let width = y.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = rows.baseAddress!, current = previous + width
            for j in 0..<width { previous[j] = j }
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
    }

    /// Two spellings close enough to be one name: same first letter and at most a third of the letters differ.
    static func areVariants(_ a: String, _ b: String) -> Bool {
        guard a.utf8.first == b.utf8.first, a.utf8.count >= 3, b.utf8.count >= 3 else { return a == b }
        let allowed = max(1, min(a.utf8.count, b.utf8.count) / 3)
        return editDistance(a, b) <= allowed
    }
}
