import SitrepCore

/// Which timeline entries involve each entity, and which entry is each article's publication: built once
/// per corpus, so filtering the timeline by an entity visits that entity's entries, not all of them.
struct EntryIndex: Sendable {
    /// `entries[offsets[e]..<offsets[e + 1]]` are the entries naming entity `e`, ascending.
    private let offsets: [Int32]
    private let entries: [Int32]
    /// For each article, its publication entry, or -1.
    private let publications: [Int32]
    let entryCount: Int

    init(_ model: CorpusModel) {
        let timeline = model.timeline.entries
        var counts = [Int32](repeating: 0, count: model.entities.count + 1)
        var publications = [Int32](repeating: -1, count: model.articles.count)
        let entityCount = model.entities.count
        // Fields are read in place: copying each entry out would retain and release all its arrays.
        timeline.withUnsafeBufferPointer { timeline in
            for index in timeline.indices {
                for entity in timeline[index].entities where entity < entityCount { counts[entity + 1] += 1 }
                if timeline[index].kind == .publication {
                    for source in timeline[index].sources where source.article < publications.count {
                        publications[source.article] = Int32(index)
                    }
                }
            }
        }
        for entity in counts.indices.dropFirst() { counts[entity] += counts[entity - 1] }
        var next = counts
        var entries = [Int32](repeating: 0, count: Int(counts.last ?? 0))
        timeline.withUnsafeBufferPointer { timeline in
            for index in timeline.indices {
                for entity in timeline[index].entities where entity < entityCount {
                    entries[Int(next[entity])] = Int32(index)
                    next[entity] += 1
                }
            }
        }
        offsets = counts
        self.entries = entries
        self.publications = publications
        entryCount = timeline.count
    }

    /// One flag per timeline entry: whether it names `entity` or is the publication of an article naming it.
    func involvement(of entity: Int, articles: [Int]) -> [Bool] {
        var involved = [Bool](repeating: false, count: entryCount)
        guard entity >= 0, entity + 1 < offsets.count else { return involved }
        for index in entries[Int(offsets[entity])..<Int(offsets[entity + 1])] { involved[Int(index)] = true }
        for article in articles where article < publications.count && publications[article] >= 0 {
            involved[Int(publications[article])] = true
        }
        return involved
    }
}
