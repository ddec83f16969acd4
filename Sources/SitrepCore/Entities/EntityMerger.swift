/// Merges per-article entity candidates into corpus-wide entities.
///
/// Names are first grouped by their normalised key (case, diacritics, hyphens, "al-"/"el-", a leading "the")
/// after gazetteer aliases are applied; acronyms defined in an article join their expansion; `VariantMatcher`
/// then joins transliteration variants. Every step hashes or buckets: no pass compares all pairs of names.
public enum EntityMerger {
    public struct Result: Sendable {
        public var entities: [Entity]
        /// Mentions per article, in the articles' order.
        public var mentions: [[EntityMention]]
    }

    /// Merges `candidates` (per article). Each article's list is let go once its names are interned, so a
    /// caller that hands over the only copy (as `CorpusAnalyzer` does) frees the candidates' strings while
    /// the merge's own tables grow: alias merging is where the corpus's memory peaks.
    public static func merge(_ candidates: consuming [[EntityCandidate]], gazetteer: Gazetteer) -> Result {
        var table = NameRecordTable(gazetteer: GazetteerIndex(gazetteer))
        // Each mention's `entity` holds its name record until the entities are known.
        var mentions: [[EntityMention]] = []
        mentions.reserveCapacity(candidates.count)
        for article in candidates.indices {
            var local: [EntityMention] = []
            local.reserveCapacity(candidates[article].count)
            // Read in place: a candidate copied out of the array would retain both of its strings.
            candidates[article].withUnsafeBufferPointer { list in
                for index in list.indices {
                    let record = table.add(text: list[index].text, canonicalName: list[index].canonicalName,
                                           kind: list[index].kind, article: article)
                    local.append(EntityMention(span: list[index].span, entity: record))
                }
            }
            mentions.append(local)
            candidates[article] = []
        }
        let records = table.finishedRecords(), names = table.names
        var groups = UnionFind(count: records.count)
        for (acronym, id) in table.acronymLinks {
            if let other = table.recordOfKey[acronym] { groups.unite(id, other) }
        }
        VariantMatcher.unite(records, into: &groups)
        let (entities, entityOfRecord) = buildEntities(records, names, &groups)
        for article in mentions.indices {
            for index in mentions[article].indices {
                mentions[article][index].entity = entityOfRecord[mentions[article][index].entity]
            }
        }
        return Result(entities: entities, mentions: mentions)
    }

    /// One entity per group, most mentioned first; and the entity of every record.
    private static func buildEntities(_ records: [NameRecord], _ names: InternedNames,
                                      _ groups: inout UnionFind) -> ([Entity], [Int]) {
        var groupOfRoot = Array(repeating: -1, count: records.count)
        var members: [[Int]] = []
        for index in records.indices {
            let root = groups.root(of: index)
            if groupOfRoot[root] < 0 { groupOfRoot[root] = members.count; members.append([]) }
            members[groupOfRoot[root]].append(index)
        }
        var entities: [(entity: Entity, records: [Int])] = members.map { (entity(for: $0, of: records, names), $0) }
        entities.sort { ($0.entity.mentionCount, $1.entity.name) > ($1.entity.mentionCount, $0.entity.name) }
        var entityOfRecord = Array(repeating: 0, count: records.count)
        for (id, item) in entities.enumerated() {
            entities[id].entity.id = id
            for record in item.records { entityOfRecord[record] = id }
        }
        return (entities.map(\.entity), entityOfRecord)
    }

    /// The gazetteer's name if a member is known, else the fullest, most mentioned, first seen spelling;
    /// kind by majority.
    private static func entity(for group: [Int], of records: [NameRecord], _ names: InternedNames) -> Entity {
        // Records are read in place: a copy would retain its two strings and two arrays.
        let best = group.count == 1 ? group[0] : group.max { a, b in
            (records[a].isKnown ? 1 : 0, records[a].wordCount, records[a].mentions, records[b].order)
                < (records[b].isKnown ? 1 : 0, records[b].wordCount, records[b].mentions, records[a].order)
        }!
        var votes = KindVotes()
        var surfaces: [NameRecord.Surface] = []
        var articles: [Int] = []
        for member in group {
            votes = votes + records[member].votes
            surfaces += records[member].surfaces
            articles += records[member].articles
        }
        if group.count > 1 {
            var merged: [Int: NameRecord.Surface] = [:]
            for surface in surfaces {
                merged[surface.text, default: NameRecord.Surface(text: surface.text, count: 0, order: .max)].count += surface.count
                merged[surface.text]!.order = min(merged[surface.text]!.order, surface.order)
            }
            surfaces = Array(merged.values)
            // Each record's articles are ascending: the group's are sorted and counted once.
            articles.sort()
            var distinct: [Int] = []
            for article in articles where distinct.last != article { distinct.append(article) }
            articles = distinct
        }
        surfaces.sort { ($0.count, $1.order) > ($1.count, $0.order) }
        return Entity(id: 0, name: records[best].name, kind: records[best].knownKind ?? votes.leader,
                      aliases: surfaces.map { names[$0.text] },
                      mentionCount: group.reduce(0) { $0 + records[$1].mentions }, articles: articles)
    }
}
