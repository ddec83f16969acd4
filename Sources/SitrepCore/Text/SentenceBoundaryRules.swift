/// Decides whether a sentence-final mark followed by whitespace really ends a sentence.
enum SentenceBoundaryRules {
    /// Titles and other abbreviations that never end a sentence: "Mr. Bali", "Col. Ryan", "St. Louis".
    static let titles = WordKeySet([
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "sr", "jr", "st", "mt", "ft",
        "col", "gen", "lt", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "brig", "sgt", "cpl", "pte", "pvt",
        "sen", "rep", "gov", "pres", "supt", "insp", "det", "cllr", "hon", "rt", "amb", "vs", "approx",
        "dept", "univ", "assn", "al", "cf", "eg", "ie", "fig", "vol",
    ])

    /// Abbreviations that end a sentence unless a number follows: "No. 10", "Dec. 12", "p. 4".
    static let beforeNumbers = WordKeySet([
        "no", "nos", "nr", "p", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "art", "para", "ch",
    ])

    /// Words that typically open a sentence; after a dotted acronym ("U.S.", "p.m.") they mark a boundary.
    static let sentenceOpeners = WordKeySet([
        "the", "he", "she", "it", "they", "we", "i", "you", "but", "this", "that", "these", "those",
        "there", "his", "her", "their", "its", "our", "a", "an", "in", "on", "at", "after", "before",
        "when", "while", "meanwhile", "however", "some", "many", "most", "earlier", "later", "last",
    ])

    /// `terminator..<terminatorEnd` holds the marks; `next` is the first byte of the following text.
    static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, terminator: Int, terminatorEnd: Int, next: Int) -> Bool {
        guard startsSentence(bytes, at: next) else { return false }
        // Only a lone full stop can close an abbreviation; "?", "!" and ellipses are taken as they come.
        guard terminatorEnd - terminator == 1, bytes[terminator] == UInt8(ascii: ".") else { return true }
        let word = wordBefore(bytes, dot: terminator)
        if word.hasInnerDot { return isOpener(bytes, at: next) }
        if word.letters == 1 && word.isCapital { return false } // an initial: "J. Smith"
        if titles.contains(word.key) { return false }
        if beforeNumbers.contains(word.key) { return !SentenceSplitter.isDigit(bytes[next]) }
        return true
    }

    /// A capital, a digit, an opening quote or bracket, or a non-ASCII letter.
    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0x41...0x5A, 0x30...0x39: return true
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["): return true
        case 0x80...0xFF:
            let (scalar, _) = UTF8Scalar.decode(bytes, at: index, end: bytes.count)
            if scalar == 0x201C || scalar == 0x2018 || scalar == 0xAB { return true }
            return UTF8Scalar.isCapitalOrUncased(scalar)
        default: return false
        }
    }

    private static func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count, WordKey.letterCode(bytes[end]) != nil { end += 1 }
        guard end > index, end - index <= WordKey.maxLength else { return false }
        var key: UInt64 = 0
        for position in index..<end { key = key << 5 | WordKey.letterCode(bytes[position])! }
        return sentenceOpeners.contains(key)
    }

    struct WordBeforeDot {
        var key: UInt64 = 0
        var letters = 0
        var isCapital = false
        var hasInnerDot = false
    }

    /// The letters (and inner dots, as in "U.S") immediately before the full stop at `dot`.
    private static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, dot: Int) -> WordBeforeDot {
        var start = dot
        while start > 0 {
            let byte = bytes[start - 1]
            if WordKey.letterCode(byte) != nil {
                start -= 1
            } else if byte == UInt8(ascii: "."), start - 2 >= 0, WordKey.letterCode(bytes[start - 2]) != nil {
                start -= 1
            } else {
                break
            }
        }
        var word = WordBeforeDot()
        guard start < dot else { return word }
        word.isCapital = bytes[start] >= 0x41 && bytes[start] <= 0x5A
        for position in start..<dot {
            if let code = WordKey.letterCode(bytes[position]) {
                word.letters += 1
                if word.letters <= WordKey.maxLength { word.key = word.key << 5 | code }
            } else {
                word.hasInnerDot = true
            }
        }
        if word.letters > WordKey.maxLength { word.key = 0 }
        return word
    }
}
