import Foundation

/// Reads a corpus folder described by a `corpus.json` manifest.
enum ManifestCorpusReader {
    static let topLevelKeys: Set<String> = ["title", "window", "gazetteer", "articles"]
    /// Keys of an article entry that are not metadata.
    static let formKeys: Set<String> = ["file", "id"]

    /// The corpus, or nil when the manifest itself cannot be used (the reason is logged).
    static func read(folder: URL, manifest: URL, log: inout DiagnosticLog) -> Corpus? {
        let manifestName = manifest.path
        guard let data = FileBytes.read(manifest.path) else {
            log.error(manifestName, "manifest cannot be read")
            return nil
        }
        let root: [String: Any]
        switch JSONDocument.parse(data) {
        case .failure(let failure):
            log.append(contentsOf: [failure.diagnostic(file: manifestName)])
            return nil
        case .success(let value):
            guard let object = value as? [String: Any] else {
                log.error(manifestName, "manifest must be a JSON object with an \"articles\" list")
                return nil
            }
            root = object
        }
        guard let entries = root["articles"] as? [Any] else {
            log.error(manifestName, field: "articles", "missing or not a list; nothing to load")
            return nil
        }
        for key in root.keys.sorted() where !topLevelKeys.contains(key) {
            log.warning(manifestName, field: key, "unknown field; ignored")
        }
        let title = (root["title"] as? String)?.trimmingWhitespace ?? ""
        let window = readWindow(root["window"], file: manifestName, log: &log)
        var gazetteer = Gazetteer()
        if let name = root["gazetteer"] as? String, !name.isEmpty {
            gazetteer = GazetteerReader.read(folder.appendingPathComponent(name),
                                             name: folder.appendingPathComponent(name).path, log: &log)
        }
        let articles = readArticles(entries, folder: folder, manifestName: manifestName, log: &log)
        return Corpus(title: title.isEmpty ? folder.lastPathComponent : title, window: window,
                      articles: articles, gazetteer: gazetteer)
    }

    private static func readWindow(_ value: Any?, file: String, log: inout DiagnosticLog) -> ClosedRange<CalendarDate>? {
        guard let value else { return nil }
        guard let window = value as? [String: Any],
              let start = (window["start"] as? String).flatMap(CalendarDate.init(iso:)),
              let end = (window["end"] as? String).flatMap(CalendarDate.init(iso:)) else {
            log.warning(file, field: "window", "expected {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}; ignored")
            return nil
        }
        guard start <= end else {
            log.warning(file, field: "window", "start \(start.iso) is after end \(end.iso); ignored")
            return nil
        }
        return start...end
    }

    /// Reads every listed file (in parallel), then assigns ids and metadata in manifest order.
    private static func readArticles(_ entries: [Any], folder: URL, manifestName: String,
                                     log: inout DiagnosticLog) -> [SourceArticle] {
        var files: [(entry: [String: Any], name: String)] = []
        var listed = Set<String>()
        for (index, item) in entries.enumerated() {
            guard let entry = item as? [String: Any] else {
                log.error(manifestName, field: "articles[\(index)]", "expected an object; skipped")
                continue
            }
            guard let name = (entry["file"] as? String)?.trimmingWhitespace, !name.isEmpty else {
                log.error(manifestName, field: "articles[\(index)].file", "missing; entry skipped")
                continue
            }
            guard listed.insert(name).inserted else {
                log.error(manifestName, field: "articles[\(index)].file", "'\(name)' is listed twice; second entry skipped")
                continue
            }
            files.append((entry, name))
        }
        let folderPaths = FolderPaths(folder)
        let paths = files.map { folderPaths.path(of: $0.name) }
        let texts = parallelMap(paths.count) { index -> (String?, [Diagnostic]) in
            var fileLog = DiagnosticLog()
            let text = ArticleFileReader.read(paths[index], name: paths[index], log: &fileLog)
            return (text, fileLog.diagnostics)
        }
        var ids = ArticleIdentifiers()
        var interner = MetadataInterner()
        var articles: [SourceArticle] = []
        articles.reserveCapacity(files.count)
        for (((entry, name), path), (text, diagnostics)) in zip(zip(files, paths), texts) {
            log.append(contentsOf: diagnostics)
            guard let text else { continue }
            let fields = entry.sorted { $0.key < $1.key }.map { MetadataReader.Field(key: $0.key, value: $0.value, line: nil) }
            let read = MetadataReader(formKeys: formKeys, file: path, line: nil).read(fields, log: &log)
            let metadata = interner.intern(read)
            let baseID = (entry["id"] as? String) ?? FolderPaths.baseName(of: name)
            let id = ids.claim(baseID, file: path, line: nil, log: &log)
            articles.append(SourceArticle(id: id, file: name, text: text, metadata: metadata))
        }
        return articles
    }
}
