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
        if let plain = data.withUnsafeBufferPointer(PlainManifest.parse) {
            let window = plain.window.flatMap { readWindow(start: $0.start, end: $0.end, file: manifestName, log: &log) }
            let gazetteer = readGazetteer(plain.gazetteer, folder: folder, log: &log)
            let articles = readArticles(plain.articles.map(ManifestEntry.plain), folder: folder,
                                        manifestName: manifestName, log: &log)
            return corpus(title: plain.title, window: window, gazetteer: gazetteer, articles: articles, folder: folder)
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
        var window: ClosedRange<CalendarDate>?
        if let value = root["window"] {
            let fields = value as? [String: Any]
            window = readWindow(start: fields?["start"] as? String, end: fields?["end"] as? String,
                                file: manifestName, log: &log)
        }
        let gazetteer = readGazetteer(root["gazetteer"] as? String, folder: folder, log: &log)
        let articles = readArticles(entries.map(ManifestEntry.init), folder: folder, manifestName: manifestName, log: &log)
        return corpus(title: root["title"] as? String, window: window, gazetteer: gazetteer, articles: articles,
                      folder: folder)
    }

    /// The corpus, titled after its folder when the manifest gives no title.
    private static func corpus(title: String?, window: ClosedRange<CalendarDate>?, gazetteer: Gazetteer,
                               articles: [SourceArticle], folder: URL) -> Corpus {
        let title = title?.trimmingWhitespace ?? ""
        return Corpus(title: title.isEmpty ? folder.lastPathComponent : title, window: window,
                      articles: articles, gazetteer: gazetteer)
    }

    /// The gazetteer the manifest names, read from the folder (empty when it names none).
    private static func readGazetteer(_ name: String?, folder: URL, log: inout DiagnosticLog) -> Gazetteer {
        guard let name, !name.isEmpty else { return Gazetteer() }
        return GazetteerReader.read(folder.appendingPathComponent(name), name: folder.appendingPathComponent(name).path,
                                    log: &log)
    }

    /// The window of a `{"start": ..., "end": ...}` object, given its two fields (nil when missing or not strings).
    private static func readWindow(start: String?, end: String?, file: String,
                                   log: inout DiagnosticLog) -> ClosedRange<CalendarDate>? {
        guard let start = start.flatMap(CalendarDate.init(iso:)), let end = end.flatMap(CalendarDate.init(iso:)) else {
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
    private static func readArticles(_ entries: [ManifestEntry], folder: URL, manifestName: String,
                                     log: inout DiagnosticLog) -> [SourceArticle] {
        var files: [(entry: ManifestEntry, name: String)] = []
        files.reserveCapacity(entries.count)
        var listed = Set<String>()
        for (index, entry) in entries.enumerated() {
            guard entry.isObject else {
                log.error(manifestName, field: "articles[\(index)]", "expected an object; skipped")
                continue
            }
            guard let name = entry.file?.trimmingWhitespace, !name.isEmpty else {
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
            let reader = MetadataReader(formKeys: formKeys, file: path, line: nil)
            let metadata = interner.intern(entry.metadata(reader, log: &log))
            let id = ids.claim(entry.id ?? FolderPaths.baseName(of: name), file: path, line: nil, log: &log)
            articles.append(SourceArticle(id: id, file: name, text: text, metadata: metadata))
        }
        return articles
    }
}
