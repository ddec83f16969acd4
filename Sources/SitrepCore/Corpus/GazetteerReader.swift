import Foundation

/// Reads a gazetteer file: `{"entities": [{"name", "type", "aliases"}]}`.
enum GazetteerReader {
    /// Entity type words accepted in `type`, with common synonyms.
    static let kinds: [String: EntityKind] = [
        "person": .person, "people": .person, "per": .person,
        "organisation": .organisation, "organization": .organisation, "org": .organisation,
        "place": .place, "location": .place, "loc": .place, "gpe": .place,
    ]

    /// Parses the gazetteer at `url`; problems become diagnostics and bad entries are skipped.
    static func read(_ url: URL, name: String, log: inout DiagnosticLog) -> Gazetteer {
        guard let data = FileBytes.read(url.path) else {
            log.warning(name, "gazetteer file not found; continuing without it")
            return Gazetteer()
        }
        let json: Any
        switch JSONDocument.parse(data) {
        case .success(let value): json = value
        case .failure(let failure):
            var diagnostic = failure.diagnostic(file: name)
            diagnostic.severity = .warning
            diagnostic.message += "; gazetteer ignored"
            log.append(contentsOf: [diagnostic])
            return Gazetteer()
        }
        guard let root = json as? [String: Any], let list = root["entities"] as? [Any] else {
            log.warning(name, field: "entities", "expected {\"entities\": [...]}; gazetteer ignored")
            return Gazetteer()
        }
        for key in root.keys where key != "entities" { log.warning(name, field: key, "unknown field; ignored") }
        var entries: [Gazetteer.Entry] = []
        for (index, item) in list.enumerated() {
            if let entry = entry(item, index: index, file: name, log: &log) { entries.append(entry) }
        }
        return Gazetteer(entries: entries)
    }

    private static func entry(_ item: Any, index: Int, file: String, log: inout DiagnosticLog) -> Gazetteer.Entry? {
        let label = "entities[\(index)]"
        guard let object = item as? [String: Any],
              let name = (object["name"] as? String)?.trimmingWhitespace, !name.isEmpty else {
            log.warning(file, field: label, "entry without a name; skipped")
            return nil
        }
        let typeWord = (object["type"] as? String)?.lowercased() ?? ""
        guard let kind = kinds[typeWord] else {
            log.warning(file, field: "\(label).type", "'\(typeWord)' for \(name) is not person, organisation or place; skipped")
            return nil
        }
        for key in object.keys where !["name", "type", "aliases"].contains(key) {
            log.warning(file, field: "\(label).\(key)", "unknown field; ignored")
        }
        let aliases = (object["aliases"] as? [Any] ?? []).compactMap { ($0 as? String)?.trimmingWhitespace }
        return Gazetteer.Entry(name: name, kind: kind, aliases: aliases.filter { !$0.isEmpty })
    }
}
