import Foundation

/// Every mention of every article, cited in the original file, as `sitrep annotations` gives it.
///
/// JSON: `{"articles": [...]}`, each with `id`, `file`, `outlet`, `published` (ISO or null), `title` and
/// `mentions` in reading order. A mention has `kind` (date, person, organisation, place), `text` (the exact
/// substring of the original file), `line` (1-based line of the original file), and `value` (ISO 8601, or
/// null when unresolved) for dates, `entity` (canonical name) for names. A mention whose text cannot be found
/// on its line is left out rather than cited wrongly; `skipped` counts those.
public enum AnnotationsExport {
    public struct Mention: Hashable, Sendable {
        public var kind: String
        public var text: String
        public var line: Int
        public var span: TextSpan
        public var value: String?
        public var entity: String?
    }

    public struct ArticleAnnotations: Sendable {
        public var article: Int
        public var mentions: [Mention]
        /// Mentions left out because their text is not on the cited line.
        public var skipped: Int
    }

    public static func annotations(_ model: CorpusModel) -> [ArticleAnnotations] {
        model.articles.indices.map { annotations(of: $0, model: model) }
    }

    public static func annotations(of index: Int, model: CorpusModel) -> ArticleAnnotations {
        let article = model.articles[index]
        var mentions = article.dates.map {
            Mention(kind: "date", text: $0.text, line: article.originalLine(of: $0.span), span: $0.span,
                    value: $0.value?.iso, entity: nil)
        }
        mentions += article.entities.map {
            let entity = model.entities[$0.entity]
            return Mention(kind: entity.kind.rawValue, text: article.text(of: $0.span), line: article.originalLine(of: $0.span),
                           span: $0.span, value: nil, entity: entity.name)
        }
        mentions.sort { ($0.span, $0.kind) < ($1.span, $1.kind) }
        let lines = OriginalLines(article.source)
        let verified = mentions.filter {
            let column = article.cleaned.paragraphs[$0.span.paragraph].column + $0.span.start
            return lines.contains($0.text, line: $0.line, column: column)
        }
        return ArticleAnnotations(article: index, mentions: verified, skipped: mentions.count - verified.count)
    }

    public static func jsonObject(_ model: CorpusModel) -> [String: Any] {
        ["articles": annotations(model).map { item -> [String: Any] in
            let article = model.articles[item.article]
            let metadata = article.source.metadata
            return [
                "id": article.source.id, "file": article.source.file,
                "outlet": metadata.outlet ?? NSNull(), "published": metadata.published?.iso ?? NSNull(),
                "title": metadata.title ?? NSNull(),
                "mentions": item.mentions.map { mention -> [String: Any] in
                    var object: [String: Any] = ["kind": mention.kind, "text": mention.text, "line": mention.line]
                    if mention.kind == "date" { object["value"] = mention.value ?? NSNull() }
                    if let entity = mention.entity { object["entity"] = entity }
                    return object
                },
            ]
        }]
    }

    public static func json(_ model: CorpusModel) -> String { JSONOutput.render(jsonObject(model)) }

    /// Per article: a heading, then one line per mention: `line  kind  "text"  -> value or entity`.
    public static func text(_ model: CorpusModel) -> String {
        var output = ""
        for item in annotations(model) {
            let article = model.articles[item.article]
            if !output.isEmpty { output += "\n" }
            output += "\(article.source.file)  \(article.outlet)  \(article.source.metadata.published?.iso ?? "undated")\n"
            output += "  \(article.title)\n"
            let lineWidth = String(item.mentions.map(\.line).max() ?? 0).count
            for mention in item.mentions {
                let target = mention.kind == "date" ? (mention.value ?? "unresolved") : (mention.entity ?? "")
                output += "  " + String(repeating: " ", count: lineWidth - String(mention.line).count)
                    + "\(mention.line)  " + TextColumns.pad(mention.kind, 12) + " " + mention.text
                    + "  -> " + target + "\n"
            }
        }
        return output
    }
}
