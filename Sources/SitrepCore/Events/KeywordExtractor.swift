/// Turns a sentence into the content words that identify what happened in it: lower-cased, stop words
/// and numbers removed, and cheaply lemmatised so "surrendered", "surrendering" and "surrender" agree.
///
/// Works on UTF-8 bytes; non-ASCII bytes count as letters so names in other scripts stay whole words.
public enum KeywordExtractor {
    /// The lemmas of the content words in `text`, skipping the UTF-8 byte ranges in `excluding`
    /// (the entity mentions, which are compared separately).
    public static func keywords(in text: String, excluding: [Range<Int>] = []) -> KeywordSet {
        var hashes: [UInt64] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var start = 0
        var offset = 0
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 3, !excluding.contains(where: { $0.contains(start) }),
                  !StopWords.contains(hash: KeywordSet.hash(word[...])) else { return }
            let lemma = Lemmatizer.lemma(of: word)
            if lemma.count >= 3 { hashes.append(KeywordSet.hash(lemma)) }
        }
        for byte in text.utf8 {
            if isWordByte(byte) {
                if word.isEmpty { start = offset }
                word.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            } else if !word.isEmpty {
                flush()
            }
            offset += 1
        }
        if !word.isEmpty { flush() }
        return KeywordSet(hashes: hashes)
    }

    /// Letters (ASCII or any byte of a non-ASCII scalar) make words; digits, spaces and punctuation end them.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}

/// A deliberately small suffix stripper: enough to make inflections of one verb or noun agree.
public enum Lemmatizer {
    /// The lemma of a lower-case word.
    public static func lemma(of word: String) -> String {
        String(decoding: lemma(of: Array(word.utf8)), as: UTF8.self)
    }

    /// The lemma of a lower-case word given as UTF-8 bytes (no copy unless an ending becomes "y").
    static func lemma(of word: [UInt8]) -> ArraySlice<UInt8> {
        let count = word.count
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 2 else { return false }
            for k in 0..<length where word[count - length + k] != suffix.utf8Start[k] { return false }
            return true
        }
        if ends("ies") || ends("ied") { return word[..<(count - 3)] + [UInt8(ascii: "y")] }
        var end = count
        var strippedVerbEnding = false
        if ends("ing") {
            end -= 3
            strippedVerbEnding = true
        } else if ends("ed") {
            end -= 2
            strippedVerbEnding = true
        } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") {
            end -= 2
        } else if count > 3, word[count - 1] == UInt8(ascii: "s"), word[count - 2] != UInt8(ascii: "s"),
                  word[count - 2] != UInt8(ascii: "u"), word[count - 2] != UInt8(ascii: "i") {
            end -= 1
        }
        if strippedVerbEnding, end > 3, word[end - 1] == word[end - 2], !isVowel(word[end - 1]),
           word[end - 1] != UInt8(ascii: "l"), word[end - 1] != UInt8(ascii: "s") {
            end -= 1 // "stopped" -> "stop", but "killed" -> "kill"
        }
        if end > 3, word[end - 1] == UInt8(ascii: "e") {
            end -= 1 // "capture" and "captured" both become "captur"
        }
        return word[..<end]
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
