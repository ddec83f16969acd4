import Foundation

/// Turns the metadata fields of a manifest entry, front-matter header or JSON Lines record into
/// `ArticleMetadata`, warning about missing, malformed and unknown fields.
struct MetadataReader {
    /// One `key: value` as found, with the line it sits on where the format has lines.
    struct Field {
        var key: String
        var value: Any
        var line: Int?
    }

    /// Keys the form itself uses (`file`, `id`, `text`), accepted without warning.
    var formKeys: Set<String>
    var file: String
    /// The line cited for a missing field (the record's line in JSON Lines, the header in front matter).
    var line: Int?

    func read(_ fields: [Field], log: inout DiagnosticLog) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var present = PresentKeys()
        for field in fields {
            guard let key = MetadataKey(field.key) else {
                if !formKeys.contains(field.key) {
                    log.warning(file, line: field.line ?? line, field: field.key, "unknown field; ignored")
                }
                continue
            }
            guard let raw = field.value as? String else {
                if !(field.value is NSNull) {
                    log.warning(file, line: field.line ?? line, field: field.key, "expected a string; ignored")
                }
                continue
            }
            let value = raw.trimmingWhitespace
            guard !value.isEmpty else { continue }
            present.insert(key)
            switch key {
            case .outlet: metadata.outlet = value
            case .title: metadata.title = value
            case .url: metadata.url = value
            case .byline: metadata.byline = value
            case .published: metadata.published = readDate(value, line: field.line ?? line, log: &log)
            }
        }
        // A field present but malformed was already reported; only absent ones are "missing".
        for key in MetadataKey.expected where !present.contains(key) && isMissing(key, in: metadata) {
            let consequence = key == .published ? "; only absolute dates will be resolved" : ""
            log.warning(file, line: line, field: key.rawValue, "missing\(consequence)")
        }
        return metadata
    }

    /// The metadata of string fields that `read` would take without a word: an outlet, a title and a
    /// `YYYY-MM-DD` publication date, none blank. Nil when anything is missing or needs a closer look.
    static func complete(outlet: String?, published: String?, title: String?, url: String?,
                         byline: String?) -> ArticleMetadata? {
        guard let outlet = outlet?.trimmingWhitespace, !outlet.isEmpty,
              let title = title?.trimmingWhitespace, !title.isEmpty,
              let date = published.flatMap({ plainISODate($0.trimmingWhitespace) }) else { return nil }
        let url = url?.trimmingWhitespace, byline = byline?.trimmingWhitespace
        return ArticleMetadata(outlet: outlet, published: date, title: title,
                               url: url?.isEmpty == false ? url : nil, byline: byline?.isEmpty == false ? byline : nil)
    }

    private func isMissing(_ key: MetadataKey, in metadata: ArticleMetadata) -> Bool {
        switch key {
        case .outlet: metadata.outlet == nil
        case .title: metadata.title == nil
        default: metadata.published == nil
        }
    }

    /// Accepts `YYYY-MM-DD`, also as the start of an ISO 8601 timestamp (`2019-03-12T10:19:00Z`).
    private func readDate(_ value: String, line: Int?, log: inout DiagnosticLog) -> CalendarDate? {
        if let date = Self.plainISODate(value) { return date }
        let day = value.count > 10 && value.dropFirst(10).first == "T" ? String(value.prefix(10)) : value
        if let date = CalendarDate(iso: day) { return date }
        let shaped = day.utf8.count == 10 && day.utf8.enumerated().allSatisfy { i, b in
            i == 4 || i == 7 ? b == UInt8(ascii: "-") : (0x30...0x39).contains(b)
        }
        let problem = shaped ? "'\(value)' is not a real day" : "'\(value)' is not a date in the form YYYY-MM-DD"
        log.warning(file, line: line, field: "published", "\(problem); treated as unknown")
        return nil
    }

    /// `YYYY-MM-DD` in ASCII digits, read without splitting (the common case); nil for anything else,
    /// which `readDate` then reads the general way.
    private static func plainISODate(_ value: String) -> CalendarDate? {
        let utf8 = value.utf8
        guard utf8.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (offset, byte) in utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            if offset < 4 { year = year * 10 + digit } else if offset < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (itself when it has none).
    var trimmingWhitespace: String {
        let utf8 = self.utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }),
              let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
