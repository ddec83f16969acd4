#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers what was worked out about each distinct sentence while one timeline is built: its summary
/// (`EventSummary.make`), and only when a cluster asks for them, the summary's length and key words.
/// A sentence reported word for word by many articles (wire copy) is summed up once.
///
/// Sentences are named by an id (an event's index) and their bytes read in place through `read` when
/// needed, so an entry keeps no copy or slice of its sentence: 32 bytes, and 8 in the hash table. Each id's
/// slot is kept in a dense array once found: ask for ids in ascending order first (`slot(of:)`), and the
/// sentences are read in corpus order, and later asks read neither sentence nor table.
final class SummaryMemo {
    /// Calls the function it is given with the UTF-8 bytes of the sentence of an id.
    typealias SentenceReader = (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void

    private struct Entry {
        let summary: String
        var keywords: KeywordSet?
        /// The id of the latest sentence found with these bytes: the one compared with next, read
        /// likelier from the cache than the first (copies of a story tend to come close together).
        var sentence: Int32
        /// The summary's length in characters, -1 until asked.
        var length: Int32 = -1
    }

    private let read: SentenceReader
    private var entries: [Entry] = []
    /// Open addressing by the sentence's hash: each position holds `empty`, or the hash's upper 32 bits
    /// (which also choose the position) above an entry's index. Kept at most half full.
    private var table: [UInt64]
    private static let empty = UInt64.max
    /// Per id, its slot once asked for, else -1.
    private var slotOfID: [Int32]

    /// `ids`: the ids are `0..<ids`. `expected`: at most how many sentences will be asked for, so the table
    /// is sized once. `read` gives the bytes of the sentence of an id.
    init(ids: Int, expected: Int = 0, read: @escaping SentenceReader) {
        self.read = read
        slotOfID = Array(repeating: -1, count: ids)
        var size = 16
        while size < expected * 2 { size *= 2 }
        table = Array(repeating: Self.empty, count: size)
        entries.reserveCapacity(expected)
    }

    /// The slot of sentence `id`, summing its text up the first time that text is seen.
    func slot(of id: Int) -> Int {
        if slotOfID[id] >= 0 { return Int(slotOfID[id]) }
        var slot = 0
        read(id) { slot = self.slot(of: id, $0) }
        slotOfID[id] = Int32(slot)
        return slot
    }

    /// Keyed by the UTF-8 bytes: a `Substring` would hash and compare its characters after Unicode
    /// normalisation, several times slower, and wire copy repeats sentences byte for byte.
    private func slot(of id: Int, _ sentence: UnsafeBufferPointer<UInt8>) -> Int {
        let tag = ByteHash.hash(sentence) >> 32
        var position = Int(tag) & (table.count - 1)
        while table[position] != Self.empty {
            let slot = Int(table[position] & 0xFFFF_FFFF)
            if table[position] >> 32 == tag {
                var same = false
                read(Int(entries[slot].sentence)) { same = Self.sameBytes($0, sentence) }
                if same {
                    entries[slot].sentence = Int32(id)
                    return slot
                }
            }
            position = (position + 1) & (table.count - 1)
        }
        entries.append(Entry(summary: EventSummary.make(fromUTF8: sentence), sentence: Int32(id)))
        table[position] = tag << 32 | UInt64(entries.count - 1)
        if entries.count * 2 > table.count { grow() }
        return entries.count - 1
    }

    /// Doubles the table and places every entry again by its stored hash bits.
    private func grow() {
        let old = table
        table = Array(repeating: Self.empty, count: table.count * 2)
        for value in old where value != Self.empty {
            var position = Int(value >> 32) & (table.count - 1)
            while table[position] != Self.empty { position = (position + 1) & (table.count - 1) }
            table[position] = value
        }
    }

    func summary(_ slot: Int) -> String { entries[slot].summary }

    /// The summary's length in characters.
    func length(_ slot: Int) -> Int {
        if entries[slot].length >= 0 { return Int(entries[slot].length) }
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

    private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }
}
