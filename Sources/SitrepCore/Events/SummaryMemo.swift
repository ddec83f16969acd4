#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers what was worked out about each distinct sentence while one timeline is built: its summary
/// (`EventSummary.make`), and only when a cluster asks for them, the summary's length and key words.
/// A sentence reported word for word by many articles (wire copy) is summed up once.
final class SummaryMemo {
    private struct Entry {
        /// The sentence's slice of its article (no sentence is copied), compared and hashed as bytes.
        let sentence: SentenceBytes
        let summary: String
        var keywords: KeywordSet?
        var length: Int32?
    }

    private var entries: [Entry] = []
    /// Open addressing over `entries` by the sentence's hash: each position holds an entry's index, or -1.
    /// Kept at most half full. (A dictionary keyed by the sentence took 40 bytes a bucket; this takes 4.)
    private var table: [Int32]

    /// `expected`: at most how many sentences will be asked for, so the table is sized once.
    init(expected: Int = 0) {
        var size = 16
        while size < expected * 2 { size *= 2 }
        table = Array(repeating: -1, count: size)
        entries.reserveCapacity(expected)
    }

    /// The slot of `sentence`, summing it up the first time it is seen.
    func slot(of sentence: Substring) -> Int {
        let key = SentenceBytes(sentence)
        var position = key.hashValue & (table.count - 1)
        while table[position] >= 0 {
            let slot = Int(table[position])
            if entries[slot].sentence == key { return slot }
            position = (position + 1) & (table.count - 1)
        }
        entries.append(Entry(sentence: key, summary: EventSummary.make(from: sentence)))
        table[position] = Int32(entries.count - 1)
        if entries.count * 2 > table.count { grow() }
        return entries.count - 1
    }

    /// Doubles the table and places every entry again.
    private func grow() {
        table = Array(repeating: -1, count: table.count * 2)
        for slot in entries.indices {
            var position = entries[slot].sentence.hashValue & (table.count - 1)
            while table[position] >= 0 { position = (position + 1) & (table.count - 1) }
            table[position] = Int32(slot)
        }
    }

    func summary(_ slot: Int) -> String { entries[slot].summary }

    /// The summary's length in characters.
    func length(_ slot: Int) -> Int {
        if let length = entries[slot].length { return Int(length) }
        let length = entries[slot].summary.count
        entries[slot].length = Int32(length)
        return length
    }

    /// The summary's key words.
    func keywords(_ slot: Int) -> KeywordSet {
        if let keywords = entries[slot].keywords { return keywords }
        let keywords = KeywordExtractor.keywords(in: entries[slot].summary)
        entries[slot].keywords = keywords
        return keywords
    }
}

/// A sentence as a hash-table key by its UTF-8 bytes: a `Substring` key would hash its characters
/// after Unicode normalisation, several times slower, and wire copy repeats sentences byte for byte.
struct SentenceBytes: Hashable {
    let text: Substring

    init(_ text: Substring) { self.text = text }

    static func == (a: SentenceBytes, b: SentenceBytes) -> Bool {
        let same = a.text.utf8.withContiguousStorageIfAvailable { left in
            b.text.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
        return same.flatMap { $0 } ?? a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
