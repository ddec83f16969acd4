/// For the events of one bucket, the list of events holding each key word, for the words held by at least
/// two and at most `EventClusterer.maximumPostings` of them (a word shared by more says nothing there).
/// Arrays indexed by word id are allocated once and reset word by word, so indexing a bucket costs time
/// in its size only.
///
/// Each list has a cursor: the bucket's events are walked in ascending order, and each asks for the later
/// holders of its words (`holders(of:after:)`), which moves the word's cursor past it. So no pair is seen
/// twice from both ends, and no holder before the asking event is walked over.
struct BucketPostings {
    /// Per word: while indexing, how many of the bucket's events hold it; then the end of its list in `holders`.
    private var ends: [Int32]
    /// Per word: the position in `holders` of its next holder not yet passed; -1 when the word has no list.
    private var cursors: [Int32]
    private var touched: [Int32] = []
    private(set) var holders: [Int32] = []

    init(vocabularySize: Int) {
        ends = Array(repeating: 0, count: vocabularySize)
        cursors = Array(repeating: -1, count: vocabularySize)
    }

    /// Indexes the bucket's events (ascending indices into `events`).
    mutating func index(_ bucket: ArraySlice<Int>, _ events: EventTable) {
        for word in touched {
            ends[Int(word)] = 0
            cursors[Int(word)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        for event in bucket {
            for slot in events.words.range(event) {
                let word = Int(events.words.values[slot])
                if ends[word] == 0 { touched.append(Int32(word)) }
                ends[word] += 1
            }
        }
        var total: Int32 = 0
        for word in touched where (2...EventClusterer.maximumPostings).contains(Int(ends[Int(word)])) {
            cursors[Int(word)] = total
            total += ends[Int(word)]
            ends[Int(word)] = cursors[Int(word)] // the fill position, which ends at the list's end
        }
        holders.removeAll(keepingCapacity: true)
        holders.append(contentsOf: repeatElement(0, count: Int(total)))
        for event in bucket {
            for slot in events.words.range(event) {
                let word = Int(events.words.values[slot])
                guard cursors[word] >= 0 else { continue }
                holders[Int(ends[word])] = Int32(event)
                ends[word] += 1
            }
        }
    }

    /// The positions in `holders` of the holders of `word` after `event`, which holds it and is the word's
    /// next holder not yet passed (the bucket's events ask in ascending order); moves the cursor past it.
    /// Empty when the word has no list.
    mutating func holders(of word: Int32, after event: Int) -> Range<Int> {
        let cursor = Int(cursors[Int(word)])
        guard cursor >= 0 else { return 0..<0 }
        assert(holders[cursor] == Int32(event), "events must ask in ascending order, once per word")
        cursors[Int(word)] += 1
        return (cursor + 1)..<Int(ends[Int(word)])
    }
}
