/// Metadata an article carries: from a manifest, a front-matter header or a JSON Lines record.
public struct ArticleMetadata: Hashable, Sendable {
    public var outlet: String?
    public var published: CalendarDate?
    public var title: String?
    public var url: String?
    public var byline: String?

    public init(outlet: String? = nil, published: CalendarDate? = nil, title: String? = nil,
                url: String? = nil, byline: String? = nil) {
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
        self.byline = byline
    }
}

/// One article as loaded, before any analysis. `text` is already sanitised (no control characters).
public struct SourceArticle: Hashable, Sendable {
    /// Stable identifier: the file name without extension, or the record's `id`.
    public var id: String
    /// Where the article came from, relative to the corpus root (`a.txt`, or `corpus.jsonl`).
    public var file: String
    /// Added to a 1-based line number inside `text` to give the line in `file`.
    public var lineOffset: Int
    public var text: String
    public var metadata: ArticleMetadata

    public init(id: String, file: String, lineOffset: Int = 0, text: String, metadata: ArticleMetadata) {
        self.id = id
        self.file = file
        self.lineOffset = lineOffset
        self.text = text
        self.metadata = metadata
    }

    /// The outlet's name, or a placeholder that says it is unknown.
    public var outlet: String { metadata.outlet ?? "Unknown outlet" }

    /// The headline, falling back to the file name.
    public var title: String { metadata.title ?? id }

    /// The line under the headline: "Outlet · 2019-03-12 · Byline" (no byline when there is none).
    public var creditLine: String {
        var parts = [outlet, metadata.published?.iso ?? "undated"]
        if let byline = metadata.byline, !byline.isEmpty { parts.append(byline) }
        return parts.joined(separator: " · ")
    }
}

/// A problem found while loading a corpus, always naming the file and, where known, the line and field.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var field: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: severity: [field] message`, the shape compilers use so editors can jump to it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        let subject = field.map { "\($0): " } ?? ""
        return "\(location): \(severity.rawValue): \(subject)\(message)"
    }
}

/// A loaded corpus: its articles, its optional gazetteer and what was wrong with it.
public struct Corpus: Sendable {
    public var title: String
    /// The period the timeline focuses on; events before it are background.
    public var window: ClosedRange<CalendarDate>?
    public var articles: [SourceArticle]
    public var gazetteer: Gazetteer
    public var diagnostics: [Diagnostic]

    public init(title: String, window: ClosedRange<CalendarDate>? = nil, articles: [SourceArticle],
                gazetteer: Gazetteer = Gazetteer(), diagnostics: [Diagnostic] = []) {
        self.title = title
        self.window = window
        self.articles = articles
        self.gazetteer = gazetteer
        self.diagnostics = diagnostics
    }

    /// True when loading found an error that makes the corpus unusable.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
