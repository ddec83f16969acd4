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
    init(_ model: CorpusModel, outletOfArticle: [Int32]) {
        let scan = EntryScan(model.timeline, entityCount: model.entities.count,
                             articleCount: model.articles.count, outletOfArticle: outletOfArticle)
        (offsets, entries) = Self.groupByEntity(scan.namings, entityCount: model.entities.count)
        publications = scan.publications
        outletOffsets = scan.outletOffsets
        outletGroups = scan.outletGroups
        entryCount = model.timeline.entries.count
    }

    /// Entry `entry`'s distinct outlets, as indices into `Catalog.outlets`.
    func outlets(of entry: Int) -> ArraySlice<Int32> {
        outletGroups[Int(outletOffsets[entry])..<Int(outletOffsets[entry + 1])]
    }

    /// A counting sort of (entity, entry) pairs by entity; entries stay ascending within an entity because
    /// the pairs come in entry order.
    private static func groupByEntity(_ namings: [EntryScan.Naming], entityCount: Int) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: entityCount + 1)
        for naming in namings { offsets[Int(naming.entity) + 1] += 1 }
        for entity in offsets.indices.dropFirst() { offsets[entity] += offsets[entity - 1] }
        var next = offsets
        var entries = [Int32](repeating: 0, count: namings.count)
        for naming in namings {
            entries[Int(next[Int(naming.entity)])] = naming.entry
            next[Int(naming.entity)] += 1
        }
        return (offsets, entries)
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
