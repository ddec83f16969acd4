/// The name records of a corpus being merged, filled one candidate at a time: every (canonical name, surface
/// text) pair is resolved once to a record and one of its surfaces, and later mentions of it are a lookup by
/// the two strings' ids (in an array by the text's id when the two are one string, as for most mentions).
struct NameRecordTable {
    let gazetteer: GazetteerIndex
    private(set) var names = InternedNames()
    private(set) var records: [NameRecord] = []
    private(set) var recordOfKey: [String: Int] = [:]
    /// Acronyms whose key differs from their record's (defined in an article as another name's short form).
    private(set) var acronymLinks: [(String, Int)] = []
    private var resolvedByText: [Resolution] = []
    private var resolved: [Int: Resolution] = [:]
    /// Mentions added so far: the order of the next surface first seen.
    private var order = 0

    init(gazetteer: GazetteerIndex) { self.gazetteer = gazetteer }

    /// A pair's record and surface; -1 before it is resolved.
    private struct Resolution {
        var record: Int
        var surface: Int
        static let none = Resolution(record: -1, surface: -1)
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
        let id = resolution.record
        records[id].mentions += 1
        records[id].votes[kind] += 1
        records[id].surfaces[resolution.surface].count += 1
        order += 1
        if records[id].articles.last != article { records[id].articles.append(article) }
        return id
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
        return Resolution(record: id, surface: surface)
    }
}
