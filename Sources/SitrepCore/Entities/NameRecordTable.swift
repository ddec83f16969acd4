/// The name records of a corpus being merged, filled one candidate at a time: every (canonical name, surface
/// text) pair is resolved once to a record and one of its surfaces, and later mentions of it are a lookup by
/// the two strings' ids (in an array by the text's id when the two are one string, as for most mentions).
/// A mention is counted in its pair's slot of a flat array, not in its record (a record's counts and surfaces
/// are apart in memory): `finishedRecords()` adds the pairs' counts into the records.
struct NameRecordTable {
    let gazetteer: GazetteerIndex
    private(set) var names = InternedNames()
    private var records: [NameRecord] = []
    private(set) var recordOfKey: [String: Int] = [:]
    /// Acronyms whose key differs from their record's (defined in an article as another name's short form).
    private(set) var acronymLinks: [(String, Int)] = []
    private var resolvedByText: [Resolution] = []
    private var resolved: [Int: Resolution] = [:]
    /// The mentions of each resolved pair by kind, three counts a pair (person, organisation, place).
    private var pairVotes: [Int32] = []
    /// The last article counted in each record's articles.
    private var lastArticle: [Int32] = []
    /// Mentions added so far: the order of the next surface first seen.
    private var order = 0

    init(gazetteer: GazetteerIndex) { self.gazetteer = gazetteer }

    /// A pair's record, its surface for the text, and its number in the order pairs were met; -1 before it is
    /// resolved.
    private struct Resolution {
        var record: Int32
        var surface: Int32
        var pair: Int32
        static let none = Resolution(record: -1, surface: -1, pair: -1)
    }

    /// Counts a mention in its record, made on first sight; returns the record's index.
    mutating func add(text: String, canonicalName: String, kind: EntityKind, article: Int) -> Int {
        let textID = names.id(of: text)
        let sameString = canonicalName == text
        let canonicalID = sameString ? textID : names.id(of: canonicalName)
        if resolvedByText.count < names.strings.count {
            resolvedByText.append(contentsOf: repeatElement(.none, count: names.strings.count - resolvedByText.count))
        }
        let pair = canonicalID << 32 | textID
        var resolution = sameString ? resolvedByText[textID] : resolved[pair] ?? .none
        if resolution.record < 0 {
            resolution = resolve(text: textID, canonical: canonicalID, isAcronym: NameNormalizer.isAcronym(text))
            if sameString { resolvedByText[textID] = resolution } else { resolved[pair] = resolution }
        }
        let id = Int(resolution.record)
        pairVotes[Int(resolution.pair) * 3 + Self.voteSlot(kind)] += 1
        order += 1
        if lastArticle[id] != Int32(truncatingIfNeeded: article) {
            lastArticle[id] = Int32(truncatingIfNeeded: article)
            records[id].articles.append(article)
        }
        return id
    }

    /// The records, with every pair's mentions added to its record and surface. The pairs are let go: no
    /// mention can be added after.
    mutating func finishedRecords() -> [NameRecord] {
        // Every pair is in one of the two tables.
        for resolution in resolvedByText where resolution.record >= 0 { count(resolution) }
        for resolution in resolved.values { count(resolution) }
        resolvedByText = []
        resolved = [:]
        pairVotes = []
        lastArticle = []
        return records
    }

    private mutating func count(_ pair: Resolution) {
        var votes = KindVotes()
        for kind in EntityKind.allCases { votes[kind] = Int(pairVotes[Int(pair.pair) * 3 + Self.voteSlot(kind)]) }
        let record = Int(pair.record), mentions = votes.total
        records[record].mentions += mentions
        records[record].votes = records[record].votes + votes
        records[record].surfaces[Int(pair.surface)].count += mentions
    }

    private static func voteSlot(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: 0
        case .organisation: 1
        case .place: 2
        }
    }

    /// Finds or makes the record of a pair met for the first time, and its surface for the text.
    private mutating func resolve(text: Int, canonical: Int, isAcronym: Bool) -> Resolution {
        let known = gazetteer.isEmpty ? nil
            : gazetteer.entry(forKey: names.key(of: canonical)) ?? gazetteer.entry(forKey: names.key(of: text))
        let name = known?.name ?? names[canonical]
        let key = known.map { NameNormalizer.key($0.name) } ?? names.key(of: canonical)
        let id = recordOfKey[key] ?? {
            records.append(NameRecord(name: name, key: key, order: records.count, isKnown: known != nil,
                                      knownKind: known?.kind))
            lastArticle.append(-1)
            recordOfKey[key] = records.count - 1
            return records.count - 1
        }()
        if isAcronym, names.key(of: text) != key {
            acronymLinks.append((names.key(of: text), id))
        }
        let surface = records[id].surfaces.firstIndex { $0.text == text } ?? {
            records[id].surfaces.append(NameRecord.Surface(text: text, count: 0, order: order))
            return records[id].surfaces.count - 1
        }()
        let pair = pairVotes.count / 3
        pairVotes.append(contentsOf: repeatElement(0, count: 3))
        return Resolution(record: Int32(truncatingIfNeeded: id), surface: Int32(truncatingIfNeeded: surface),
                          pair: Int32(truncatingIfNeeded: pair))
    }
}
