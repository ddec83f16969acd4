/// For the events of one bucket, the list of events holding each key word, for the words held by at least
/// two and at most `EventClusterer.maximumPostings` of them (a word shared by more says nothing there).
/// Arrays indexed by word id are allocated once and reset word by word, so indexing a bucket costs time
/// in its size only.
struct BucketPostings {
    private var counts: [Int32]
    private var starts: [Int32]
    private var touched: [Int32] = []
    private var holders: [Int] = []

    init(vocabularySize: Int) {
        counts = Array(repeating: 0, count: vocabularySize)
        starts = Array(repeating: -1, count: vocabularySize)
    }

    /// Indexes the bucket's events (ascending indices into `events`).
    mutating func index(_ bucket: ArraySlice<Int>, _ events: EventTable) {
        for word in touched {
            counts[Int(word)] = 0
            starts[Int(word)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        for event in bucket {
            for slot in events.words.range(event) {
                let word = Int(events.words.values[slot])
                if counts[word] == 0 { touched.append(Int32(word)) }
                counts[word] += 1
            }
        }
        var total: Int32 = 0
        for word in touched where (2...EventClusterer.maximumPostings).contains(Int(counts[Int(word)])) {
            starts[Int(word)] = total
            total += counts[Int(word)]
            counts[Int(word)] = 0 // becomes the fill cursor
        }
        holders.removeAll(keepingCapacity: true)
        holders.append(contentsOf: repeatElement(0, count: Int(total)))
        for event in bucket {
            for slot in events.words.range(event) {
                let word = Int(events.words.values[slot])
                guard starts[word] >= 0 else { continue }
                holders[Int(starts[word] + counts[word])] = event
                counts[word] += 1
            }
        }
    }

    /// The bucket's events holding `word`, ascending; empty when the word is held by one event or too many.
    func events(holding word: Int32) -> ArraySlice<Int> {
        let start = Int(starts[Int(word)])
        guard start >= 0 else { return [] }
        return holders[start..<(start + Int(counts[Int(word)]))]
    }
}
