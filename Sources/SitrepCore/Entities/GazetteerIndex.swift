/// Looks up names in a gazetteer by their normalised key: acronyms case-sensitively, everything else not.
struct GazetteerIndex: Sendable {
    private var entries: [String: Gazetteer.Entry] = [:]

    init(_ gazetteer: Gazetteer) {
        for entry in gazetteer.entries {
            for name in [entry.name] + entry.aliases {
                let key = NameNormalizer.key(name)
                if entries[key] == nil { entries[key] = entry }
            }
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    func entry(for name: String) -> Gazetteer.Entry? {
        entries.isEmpty ? nil : entries[NameNormalizer.key(name)]
    }

    func entry(forKey key: String) -> Gazetteer.Entry? { entries[key] }
}
