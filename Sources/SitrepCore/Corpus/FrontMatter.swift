/// A front-matter header: a `---` line, `key: value` lines, and a closing `---` line.
struct FrontMatter {
    var fields: [MetadataReader.Field]
    /// How many lines the header takes, delimiters included (the body's line offset).
    var lineCount: Int
    /// The text after the header.
    var body: Substring

    /// Splits a header off `text`; nil when the text does not start with one. An unclosed header
    /// is logged and the whole text is treated as body.
    static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> FrontMatter? {
        var lines = text.split(separator: "\n", maxSplits: 64, omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), first.trimmingWhitespace == "---" else { return nil }
        var fields: [MetadataReader.Field] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            let trimmed = line.trimmingWhitespace
            if trimmed == "---" || trimmed == "..." {
                let body = lines.first.map { text[$0.startIndex...] } ?? text[text.endIndex...]
                return FrontMatter(fields: fields, lineCount: lineNumber, body: body)
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                log.warning(file, line: lineNumber, "front matter line is not 'key: value'; ignored")
                continue
            }
            let key = String(trimmed[..<colon]).trimmingWhitespace.lowercased()
            let value = unquote(String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace)
            fields.append(MetadataReader.Field(key: key, value: value, line: lineNumber))
        }
        log.warning(file, line: 1, "front matter opened with '---' is never closed; read as text")
        return nil
    }

    /// `"value"` or `'value'` without its quotes.
    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }
}

extension Substring {
    var trimmingWhitespace: String { String(self).trimmingWhitespace }
}
