/// Turns a sentence into the content words that identify what happened in it: lower-cased, stop words
/// and numbers removed, and cheaply lemmatised so "surrendered", "surrendering" and "surrender" agree.
///
/// Works on UTF-8 bytes; non-ASCII bytes count as letters so names in other scripts stay whole words.
/// Words are found eight bytes at a time (`wordLanes`), lower-cased into a scratch buffer on the way, then
/// hashed in place.
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
        // Words come in ascending order, so with the ranges sorted by start one cursor walks them.
        let excluded = zip(excluding, excluding.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
            ? excluding : excluding.sorted { $0.lowerBound < $1.lowerBound }
        var nextExcluded = 0
        func isExcluded(_ start: Int) -> Bool {
            while nextExcluded < excluded.count, excluded[nextExcluded].upperBound <= start { nextExcluded += 1 }
            return nextExcluded < excluded.count && excluded[nextExcluded].lowerBound <= start
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { lowered in
            var offset = 0
            while let start = nextWordStart(in: text, from: offset) {
                offset = wordEnd(in: text, from: start, lowering: lowered)
                guard offset - start >= 3, !isExcluded(start) else { continue }
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

    /// Where the first word byte at or after `offset` is, or nil when there is none.
    private static func nextWordStart(in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var offset = offset
        let base = UnsafeRawPointer(text.baseAddress!)
        while offset &+ 8 <= text.count {
            let eight = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let lanes = wordLanes(AlphanumericLanes(eight), of: eight)
            if lanes != 0 { return offset &+ lanes.trailingZeroBitCount &>> 3 }
            offset &+= 8
        }
        while offset < text.count {
            if isWordByte(text[offset]) { return offset }
            offset &+= 1
        }
        return nil
    }

    /// Where the word starting at `start` ends; its bytes are written lower-cased to `lowered` at the same
    /// offsets (bytes after the word may be written too).
    private static func wordEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int,
                                lowering lowered: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var offset = start
        let base = UnsafeRawPointer(text.baseAddress!), out = UnsafeMutableRawPointer(lowered.baseAddress!)
        while offset &+ 8 <= text.count {
            let eight = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let lanes = AlphanumericLanes(eight)
            out.storeBytes(of: lanes.lowered(eight), toByteOffset: offset, as: UInt64.self)
            let length = AlphanumericLanes.leadingCount(wordLanes(lanes, of: eight))
            offset &+= length
            if length < 8 { return offset }
        }
        while offset < text.count, isWordByte(text[offset]) {
            let byte = text[offset]
            lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            offset &+= 1
        }
        return offset
    }

    /// The high bits of the lanes of `eight` (classified as `lanes`) holding a word byte (`isWordByte`).
    @inline(__always)
    static func wordLanes(_ lanes: AlphanumericLanes, of eight: UInt64) -> UInt64 {
        lanes.upper | lanes.lower | (eight & AlphanumericLanes.highBits)
    }

    /// Letters (ASCII or any byte of a non-ASCII scalar) make words; digits, spaces and punctuation end them.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 0x61 < 26
    }
}
