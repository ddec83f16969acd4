/// Hands out article ids, keeping them unique: a repeated id gets a suffix and a warning.
struct ArticleIdentifiers {
    private var seen: [String: Int] = [:]

    mutating func claim(_ id: String, file: String, line: Int?, log: inout DiagnosticLog) -> String {
        guard seen[id] != nil else {
            seen[id] = 1
            return id
        }
        var count = seen[id]! + 1
        var unique = "\(id)-\(count)"
        while seen[unique] != nil { count += 1; unique = "\(id)-\(count)" }
        seen[id] = count
        seen[unique] = 1
        log.warning(file, line: line, field: "id", "duplicate id '\(id)'; this article is '\(unique)'")
        return unique
    }
}
