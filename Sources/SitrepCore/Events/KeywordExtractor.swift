/// Turns a sentence into the content words that identify what happened in it: lower-cased, stop words
/// and numbers removed, and cheaply lemmatised so "surrendered", "surrendering" and "surrender" agree.
///
/// Works on UTF-8 bytes; non-ASCII bytes count as letters so names in other scripts stay whole words.
/// The sentence is lower-cased once into a scratch buffer; a word is a range of it, hashed in place.
public enum KeywordExtractor {
    /// The lemmas of the content words in `text`, skipping the UTF-8 byte ranges in `excluding`
    /// (the entity mentions, which are compared separately).
    public static func keywords(in text: String, excluding: [Range<Int>] = []) -> KeywordSet {
        var text = text
        return text.withUTF8 { keywords(in: $0, excluding: excluding) }
    }

    static func keywords(in text: UnsafeBufferPointer<UInt8>, excluding: [Range<Int>]) -> KeywordSet {
        var hashes: [UInt64] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { lowered in
            for (offset, byte) in text.enumerated() {
                lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            var offset = 0
            while offset < text.count {
                guard isWordByte(text[offset]) else {
                    offset += 1
                    continue
                }
                let start = offset
                while offset < text.count, isWordByte(text[offset]) { offset += 1 }
                guard offset - start >= 3, !excluding.contains(where: { $0.contains(start) }) else { continue }
                let word = UnsafeBufferPointer(rebasing: lowered[start..<offset])
                guard !StopWords.contains(hash: KeywordSet.hash(word)) else { continue }
                let lemma = Lemmatizer.cut(word)
                if lemma.length >= 3 {
                    hashes.append(KeywordSet.hash(UnsafeBufferPointer(rebasing: word[..<lemma.kept]),
                                                  appendingY: lemma.addsY))
                }
            }
        }
        return KeywordSet(hashes: hashes)
    }

    /// Letters (ASCII or any byte of a non-ASCII scalar) make words; digits, spaces and punctuation end them.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
