/// Decides whether two events whose dates overlap report the same happening: they share at least one key
/// word (the happening itself: "surrender"), and at least three pieces of evidence in all, counting each
/// shared key word, each shared entity, and figures counting the same class of thing.
///
/// The clusterer weighs one event `a` against many later ones, so `a`'s key words and entities are marked
/// once in arrays indexed by id; what `b` shares with it is then counted in one pass over `b`'s lists (no
/// merge walk, no search), stopping as soon as three key words settle it.
struct SharedEvidence {
    private let events: EventTable
    /// Per key word id, and per entity id: the last event whose words (entities) were marked.
    private var wordMarks: [Int32]
    private var entityMarks: [Int32]
    private var marked: Int32 = -1

    init(_ events: EventTable) {
        self.events = events
        wordMarks = Array(repeating: -1, count: events.vocabulary.count)
        entityMarks = Array(repeating: -1, count: Int((events.entities.values.max() ?? -1) + 1))
    }

    /// Whether events `a` and `b` report the same happening (see above). Asking about the same `a` many
    /// times in a row is cheapest.
    mutating func sameHappening(_ a: Int, _ b: Int) -> Bool {
        if marked != Int32(a) { mark(a) }
        let mark = Int32(a)
        var sharedWords = 0
        for slot in events.words.range(b) where wordMarks[Int(events.words.values[slot])] == mark {
            sharedWords += 1
            if sharedWords == 3 { return true }
        }
        guard sharedWords >= 1 else { return false }
        // Each event's entity ids are distinct: counting `b`'s marked ones counts the shared ones.
        var evidence = sharedWords
        for slot in events.entities.range(b) where entityMarks[Int(events.entities.values[slot])] == mark {
            evidence += 1
        }
        return evidence >= 3 || (evidence == 2 && events.figuresShareClass(a, b))
    }

    private mutating func mark(_ event: Int) {
        marked = Int32(event)
        for slot in events.words.range(event) { wordMarks[Int(events.words.values[slot])] = marked }
        for slot in events.entities.range(event) { entityMarks[Int(events.entities.values[slot])] = marked }
    }
}
