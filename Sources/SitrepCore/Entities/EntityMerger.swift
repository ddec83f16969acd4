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

    public static func merge(_ candidates: [[EntityCandidate]], gazetteer: Gazetteer) -> Result {
        let index = GazetteerIndex(gazetteer)
        var records: [NameRecord] = []
        var recordOfKey: [String: Int] = [:]
        /// Every (canonical name, surface text) pair is resolved once; later mentions of it are a lookup.
        var recordOfPair: [String: Int] = [:]
        var recordOfMention: [[Int]] = []
        var acronymLinks: [(String, Int)] = []
        var order = 0
        for (article, list) in candidates.enumerated() {
            var local: [Int] = []
            local.reserveCapacity(list.count)
            for candidate in list {
                let pair = candidate.canonicalName + "\u{0}" + candidate.text
                let id = recordOfPair[pair] ?? {
                    let known = index.entry(for: candidate.canonicalName) ?? index.entry(for: candidate.text)
                    let name = known?.name ?? candidate.canonicalName
                    let key = NameNormalizer.key(name)
                    let id = recordOfKey[key] ?? {
                        records.append(NameRecord(name: name, key: key, order: records.count, isKnown: known != nil,
                                                  knownKind: known?.kind))
                        recordOfKey[key] = records.count - 1
                        return records.count - 1
                    }()
                    if NameNormalizer.isAcronym(candidate.text), NameNormalizer.key(candidate.text) != key {
                        acronymLinks.append((NameNormalizer.key(candidate.text), id))
                    }
                    recordOfPair[pair] = id
                    return id
                }()
                records[id].mentions += 1
                records[id].votes[candidate.kind, default: 0] += 1
                let surface = records[id].surfaces[candidate.text]
                records[id].surfaces[candidate.text] = ((surface?.count ?? 0) + 1, surface?.order ?? order)
                order += 1
                if records[id].articles.last != article { records[id].articles.append(article) }
                local.append(id)
            }
            recordOfMention.append(local)
        }
        var groups = UnionFind(count: records.count)
        for (acronym, id) in acronymLinks {
            if let other = recordOfKey[acronym] { groups.unite(id, other) }
        }
        VariantMatcher.unite(records, into: &groups)
        let (entities, entityOfRecord) = buildEntities(records, &groups)
        let mentions = zip(candidates, recordOfMention).map { list, ids in
            zip(list, ids).map { EntityMention(span: $0.span, text: $0.text, entity: entityOfRecord[$1]) }
        }
        return Result(entities: entities, mentions: mentions)
    }

    /// One entity per group, most mentioned first; and the entity of every record.
    private static func buildEntities(_ records: [NameRecord], _ groups: inout UnionFind) -> ([Entity], [Int]) {
        var members: [Int: [Int]] = [:]
        for index in records.indices { members[groups.root(of: index), default: []].append(index) }
        var entities: [(entity: Entity, records: [Int])] = members.values.map { group in
            (entity(for: group.map { records[$0] }), group)
        }
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
    private static func entity(for group: [NameRecord]) -> Entity {
        let best = group.max { a, b in
            (a.isKnown ? 1 : 0, a.wordCount, a.mentions, b.order) < (b.isKnown ? 1 : 0, b.wordCount, b.mentions, a.order)
        }!
        var votes: [EntityKind: Int] = [:]
        var surfaces: [String: (count: Int, order: Int)] = [:]
        var articles: Set<Int> = []
        for record in group {
            for (kind, count) in record.votes { votes[kind, default: 0] += count }
            for (text, seen) in record.surfaces {
                let previous = surfaces[text]
                surfaces[text] = ((previous?.count ?? 0) + seen.count, min(previous?.order ?? .max, seen.order))
            }
            articles.formUnion(record.articles)
        }
        let kind = best.knownKind ?? EntityKind.allCases.max { (votes[$0] ?? 0) < (votes[$1] ?? 0) } ?? best.kind
        let aliases = surfaces.sorted { ($0.value.count, $1.value.order) > ($1.value.count, $0.value.order) }.map(\.key)
        return Entity(id: 0, name: best.name, kind: kind, aliases: aliases,
                      mentionCount: group.reduce(0) { $0 + $1.mentions }, articles: articles.sorted())
    }
}
