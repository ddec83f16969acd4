import SitrepCore

/// Which timeline entries involve each entity, which entry is each article's publication, and which
/// outlets report each entry: built once per corpus, so filtering the timeline by an entity visits that
/// entity's entries, not all of them, and a row names its outlets without walking all its sources.
struct EntryIndex: Sendable {
    /// `entries[offsets[e]..<offsets[e + 1]]` are the entries naming entity `e`, ascending.
    private let offsets: [Int32]
    private let entries: [Int32]
    /// For each article, its publication entry, or -1.
    private let publications: [Int32]
    /// `outletGroups[outletOffsets[i]..<outletOffsets[i + 1]]`: entry `i`'s distinct outlets (indices
    /// into `Catalog.outlets`) in the order its sources first name them.
    private let outletOffsets: [Int32]
    private let outletGroups: [Int32]
    let entryCount: Int

    /// `outletOfArticle` gives each article's index in `Catalog.outlets`.
    init(_ model: CorpusModel, outletOfArticle: [Int]) {
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
        (outletOffsets, outletGroups) = Self.distinctOutlets(of: timeline, outletOfArticle: outletOfArticle)
    }

    /// Entry `entry`'s distinct outlets, as indices into `Catalog.outlets`.
    func outlets(of entry: Int) -> ArraySlice<Int32> {
        outletGroups[Int(outletOffsets[entry])..<Int(outletOffsets[entry + 1])]
    }

    private static func distinctOutlets(of timeline: [TimelineEntry], outletOfArticle: [Int]) -> ([Int32], [Int32]) {
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(timeline.count + 1)
        var groups: [Int32] = []
        // The entry that last named each outlet: a stamp instead of a set cleared for every entry.
        var lastSeen = [Int](repeating: -1, count: (outletOfArticle.max() ?? -1) + 1)
        timeline.withUnsafeBufferPointer { timeline in
            for index in timeline.indices {
                timeline[index].sources.withUnsafeBufferPointer { sources in
                    for source in sources.indices where sources[source].article < outletOfArticle.count {
                        let group = outletOfArticle[sources[source].article]
                        guard lastSeen[group] != index else { continue }
                        lastSeen[group] = index
                        groups.append(Int32(group))
                    }
                }
                offsets.append(Int32(groups.count))
            }
        }
        return (offsets, groups)
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
