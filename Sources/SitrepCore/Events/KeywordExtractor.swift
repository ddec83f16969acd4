/// Turns a sentence into the content words that identify what happened in it: lower-cased, stop words
/// and numbers removed, and cheaply lemmatised so "surrendered", "surrendering" and "surrender" agree.
///
/// Works on UTF-8 bytes; non-ASCII bytes count as letters so names in other scripts stay whole words.
public enum KeywordExtractor {
    /// The lemmas of the content words in `text`, skipping the UTF-8 byte ranges in `excluding`
    /// (the entity mentions, which are compared separately).
    public static func keywords(in text: String, excluding: [Range<Int>] = []) -> Set<String> {
        var result = Set<String>()
        var word: [UInt8] = []
        var start = 0
        var offset = 0
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 3, !excluding.contains(where: { $0.contains(start) }) else { return }
            let lowered = String(decoding: word, as: UTF8.self)
            guard !StopWords.contains(lowered) else { return }
            let lemma = Lemmatizer.lemma(of: lowered)
            if lemma.utf8.count >= 3 { result.insert(lemma) }
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
        return result
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
        var bytes = Array(word.utf8)
        let count = bytes.count
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return count > s.count + 2 && bytes.suffix(s.count).elementsEqual(s)
        }
        var strippedVerbEnding = false
        if ends("ies") || ends("ied") {
            bytes.removeLast(3)
            bytes.append(UInt8(ascii: "y"))
        } else if ends("ing") {
            bytes.removeLast(3)
            strippedVerbEnding = true
        } else if ends("ed") {
            bytes.removeLast(2)
            strippedVerbEnding = true
        } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") {
            bytes.removeLast(2)
        } else if count > 3, bytes[count - 1] == UInt8(ascii: "s"),
                  ![UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "i")].contains(bytes[count - 2]) {
            bytes.removeLast()
        }
        if strippedVerbEnding, bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2],
           !isVowel(bytes[bytes.count - 1]), bytes[bytes.count - 1] != UInt8(ascii: "l"),
           bytes[bytes.count - 1] != UInt8(ascii: "s") {
            bytes.removeLast() // "stopped" -> "stop", but "killed" -> "kill"
        }
        if bytes.count > 3, bytes[bytes.count - 1] == UInt8(ascii: "e") {
            bytes.removeLast() // "capture" and "captured" both become "captur"
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
