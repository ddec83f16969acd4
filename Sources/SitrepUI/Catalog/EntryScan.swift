import SitrepCore

/// One visit of every timeline entry, collecting what `EntryIndex` is built from: the entries' sources and
/// entities are read in entry order, which is the order of the timeline's flat lists, and what is needed
/// is copied into flat arrays that later passes read sequentially.
struct EntryScan {
    /// An entity named by an entry.
    struct Naming {
        let entity: Int32
        let entry: Int32
    }

    /// Every (entity, entry) pair, in entry order.
    private(set) var namings: [Naming] = []
    /// For each article, its publication entry, or -1.
    private(set) var publications: [Int32]
    /// `outletGroups[outletOffsets[i]..<outletOffsets[i + 1]]`: entry `i`'s distinct outlets in the order
    /// its sources first name them.
    private(set) var outletOffsets: [Int32] = [0]
    private(set) var outletGroups: [Int32] = []

    init(_ timeline: Timeline, entityCount: Int, articleCount: Int, outletOfArticle: [Int32]) {
        publications = [Int32](repeating: -1, count: articleCount)
        outletOffsets.reserveCapacity(timeline.entries.count + 1)
        // The entry that last named each outlet: a stamp instead of a set cleared for every entry.
        var lastSeen = [Int](repeating: -1, count: Int(outletOfArticle.max() ?? -1) + 1)
        timeline.withFlatLists { sources, entityIDs in
            namings.reserveCapacity(entityIDs.count)
            for index in timeline.entries.indices {
                let entry = Int32(index)
                let (sourceRange, entityRange) = (timeline.entries[index].sourceRange,
                                                  timeline.entries[index].entityRange)
                for entity in entityIDs[entityRange] where entity >= 0 && entity < entityCount {
                    namings.append(Naming(entity: entity, entry: entry))
                }
                let isPublication = timeline.entries[index].kind == .publication
                for source in sources[sourceRange] {
                    let article = source.article
                    guard article < articleCount else { continue }
                    if isPublication { publications[article] = entry }
                    let group = outletOfArticle[article]
                    guard lastSeen[Int(group)] != index else { continue }
                    lastSeen[Int(group)] = index
                    outletGroups.append(group)
                }
                outletOffsets.append(Int32(outletGroups.count))
            }
        }
    }
}
