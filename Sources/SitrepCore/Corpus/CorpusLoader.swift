import Foundation

/// Loads a corpus from disk. (Skeleton: manifest folders only; the full loader comes with issue 2.)
public enum CorpusLoader {
    /// An error that makes a corpus unusable, naming the file.
    public struct LoadError: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
    }

    public static func load(from url: URL) throws -> Corpus {
        let manifestURL = url.appendingPathComponent(EmbeddedCorpus.manifestName)
        let file = manifestURL.path
        guard let data = FileManager.default.contents(atPath: file),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let entries = json["articles"] as? [[String: Any]] else {
            throw LoadError(diagnostics: [Diagnostic(.error, file: file, message: "cannot read manifest")])
        }
        var articles: [SourceArticle] = []
        for entry in entries {
            guard let name = entry["file"] as? String,
                  let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) else { continue }
            let metadata = ArticleMetadata(
                outlet: entry["outlet"] as? String,
                published: (entry["published"] as? String).flatMap(CalendarDate.init(iso:)),
                title: entry["title"] as? String, url: entry["url"] as? String, byline: entry["byline"] as? String)
            let id = (name as NSString).deletingPathExtension
            articles.append(SourceArticle(id: id, file: name, text: text, metadata: metadata))
        }
        var window: ClosedRange<CalendarDate>?
        if let w = json["window"] as? [String: String], let a = w["start"].flatMap(CalendarDate.init(iso:)),
           let b = w["end"].flatMap(CalendarDate.init(iso:)), a <= b {
            window = a...b
        }
        return Corpus(title: json["title"] as? String ?? url.lastPathComponent, window: window, articles: articles)
    }
}
