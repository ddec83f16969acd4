/// Turns a sentence into the content words that identify what happened in it: lower-cased, stop words
/// and numbers removed, and cheaply lemmatised so "surrendered", "surrendering" and "surrender" agree.
///
/// Works on UTF-8 bytes; non-ASCII bytes count as letters so names in other scripts stay whole words.
/// Each candidate word is lower-cased into a scratch buffer, then hashed in place.
public enum KeywordExtractor {
    /// The lemmas of the content words in `text`, skipping the UTF-8 byte ranges in `excluding`
    /// (the entity mentions, which are compared separately).
    public static func keywords(in text: String, excluding: [Range<Int>] = []) -> KeywordSet {
        var text = text
        return text.withUTF8 { keywords(in: $0, excluding: excluding) }
    }

    static func keywords(in text: UnsafeBufferPointer<UInt8>, excluding: [Range<Int>]) -> KeywordSet {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.count / 8)
        let stopWords = StopWords.table
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { lowered in
            var offset = 0
            while offset < text.count {
                guard isWordByte(text[offset]) else {
                    offset += 1
                    continue
                }
                let start = offset
                while offset < text.count, isWordByte(text[offset]) { offset += 1 }
                guard offset - start >= 3, !excluding.contains(where: { $0.contains(start) }) else { continue }
                for index in start..<offset {
                    let byte = text[index]
                    lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                let word = UnsafeBufferPointer(rebasing: lowered[start..<offset])
                let lemma = Lemmatizer.cut(word)
                // One walk hashes the word (for the stop words) and, on the way, the lemma's bytes.
                var hash = KeywordSet.hashSeed, lemmaHash = hash
                for index in word.indices {
                    if index == lemma.kept { lemmaHash = hash }
                    hash = KeywordSet.hash(hash, adding: word[index])
                }
                if lemma.kept == word.count { lemmaHash = hash }
                guard !stopWords.contains(hash), lemma.length >= 3 else { continue }
                hashes.append(lemma.addsY ? KeywordSet.hash(lemmaHash, adding: UInt8(ascii: "y")) : lemmaHash)
            }
        }
        return KeywordSet(hashes: hashes)
    }

    /// Letters (ASCII or any byte of a non-ASCII scalar) make words; digits, spaces and punctuation end them.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26
    }
}
