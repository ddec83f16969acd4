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
        var summary: String
        var length: Int?
        var keywords: KeywordSet?
    }

    /// Keyed by the sentence's slice of its article (no sentence is copied), compared and hashed as bytes.
    private var slots: [SentenceBytes: Int] = [:]
    private var entries: [Entry] = []

    /// `expected`: about how many sentences will be asked for, so the table is sized once.
    init(expected: Int = 0) {
        slots.reserveCapacity(expected)
        entries.reserveCapacity(expected)
    }

    /// The slot of `sentence`, summing it up the first time it is seen.
    func slot(of sentence: Substring) -> Int {
        let key = SentenceBytes(sentence)
        if let slot = slots[key] { return slot }
        entries.append(Entry(summary: EventSummary.make(from: sentence)))
        slots[key] = entries.count - 1
        return entries.count - 1
    }

    func summary(_ slot: Int) -> String { entries[slot].summary }

    /// The summary's length in characters.
    func length(_ slot: Int) -> Int {
        if let length = entries[slot].length { return length }
        let length = entries[slot].summary.count
        entries[slot].length = length
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

/// A sentence as a dictionary key by its UTF-8 bytes: a `Substring` key would hash its characters
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
