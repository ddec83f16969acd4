/// The merged entities as `sitrep entities` gives them: most mentioned first within each type.
///
/// JSON: `{"entities": [...]}`, each with `name`, `type` (person, organisation, place), `aliases` (every
/// surface form seen), `mentions` (count) and `articles` (article ids).
public enum EntitiesExport {
    /// Entities by type (people, organisations, places), then by mentions, most first, then by name.
    public static func ordered(_ model: CorpusModel) -> [Entity] {
        let typeOrder = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, $0) })
        return model.entities.sorted {
            ($0.kind != $1.kind) ? typeOrder[$0.kind]! < typeOrder[$1.kind]!
                : $0.mentionCount != $1.mentionCount ? $0.mentionCount > $1.mentionCount : $0.name < $1.name
        }
    }

    public static func jsonObject(_ model: CorpusModel) -> [String: Any] {
        ["entities": ordered(model).map { entity -> [String: Any] in
            ["name": entity.name, "type": entity.kind.rawValue, "aliases": entity.aliases,
             "mentions": entity.mentionCount, "articles": entity.articles.map { model.articles[$0].source.id }]
        }]
    }

    public static func json(_ model: CorpusModel) -> String { JSONOutput.render(jsonObject(model)) }

    public static func csv(_ model: CorpusModel) -> String {
        CSVWriter.table(header: ["name", "type", "mentions", "articles", "aliases"], rows: ordered(model).map {
            [$0.name, $0.kind.rawValue, String($0.mentionCount),
             $0.articles.map { model.articles[$0].source.id }.joined(separator: "; "),
             $0.aliases.joined(separator: "; ")]
        })
    }

    /// Grouped by type, with counts and aliases.
    public static func text(_ model: CorpusModel) -> String {
        let entities = ordered(model)
        guard !entities.isEmpty else { return "No entities found.\n" }
        let nameWidth = min(40, entities.map(\.name.count).max() ?? 0)
        var output = ""
        for kind in EntityKind.allCases {
            let group = entities.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            if !output.isEmpty { output += "\n" }
            output += "\(heading(kind)) (\(group.count))\n"
            for entity in group {
                let others = entity.aliases.filter { $0 != entity.name }
                let aliases = others.isEmpty ? "" : "  aka " + others.joined(separator: ", ")
                let counts = "\(entity.mentionCount) mention\(entity.mentionCount == 1 ? "" : "s") in "
                    + "\(entity.articles.count) article\(entity.articles.count == 1 ? "" : "s")"
                output += "  " + TextColumns.pad(entity.name, nameWidth) + "  "
                    + (aliases.isEmpty ? counts : TextColumns.pad(counts, 26) + aliases) + "\n"
            }
        }
        return output
    }

    static func heading(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "People"
        case .organisation: "Organisations"
        case .place: "Places"
        }
    }
}
