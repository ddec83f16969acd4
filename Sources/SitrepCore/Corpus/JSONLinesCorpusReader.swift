import Foundation

/// Reads a JSON Lines file: one article per line, `{"id", "outlet", "published", "title", "url",
/// "byline", "text"}`. Diagnostics cite the record's line in the `.jsonl` file; paragraph lines
/// are lines within the record's `text` (an article's text has no line of its own in the file).
enum JSONLinesCorpusReader {
    static let formKeys: Set<String> = ["id", "text"]

    /// The corpus, or nil when the file cannot be read at all (logged).
    static func read(file url: URL, log: inout DiagnosticLog) -> Corpus? {
        let path = url.path
        guard let data = FileBytes.read(path) else {
            log.error(path, "file cannot be read")
            return nil
        }
        if let nul = data.firstIndex(of: 0) {
            log.error(path, "binary file (NUL byte at offset \(nul)); not JSON Lines")
            return nil
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map(\.indices)
        let results = parallelMap(lines.count) { index -> (SourceArticle?, [Diagnostic]) in
            var recordLog = DiagnosticLog()
            let article = data.withUnsafeBufferPointer { bytes in
                readRecord(UnsafeBufferPointer(rebasing: bytes[lines[index]]), line: index + 1, url: url, log: &recordLog)
            }
            return (article, recordLog.diagnostics)
        }
        var ids = ArticleIdentifiers()
        var interner = MetadataInterner()
        var articles: [SourceArticle] = []
        for (index, (article, diagnostics)) in results.enumerated() {
            log.append(contentsOf: diagnostics)
            guard var article else { continue }
            article.id = ids.claim(article.id, file: path, line: index + 1, log: &log)
            article.metadata = interner.intern(article.metadata)
            articles.append(article)
        }
        var gazetteer = Gazetteer()
        let gazetteerURL = url.deletingLastPathComponent().appendingPathComponent(FolderCorpusReader.gazetteerName)
        if FileManager.default.fileExists(atPath: gazetteerURL.path) {
            gazetteer = GazetteerReader.read(gazetteerURL, name: gazetteerURL.path, log: &log)
        }
        let title = (url.lastPathComponent as NSString).deletingPathExtension
        return Corpus(title: title, articles: articles, gazetteer: gazetteer)
    }

    private static func readRecord(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, url: URL,
                                   log: inout DiagnosticLog) -> SourceArticle? {
        let path = url.path
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        let object: [String: Any]
        switch JSONDocument.parse(bytes) {
        case .failure(let failure):
            var diagnostic = failure.diagnostic(file: path, lineOffset: line - 1)
            diagnostic.message += "; record skipped"
            log.append(contentsOf: [diagnostic])
            return nil
        case .success(let value):
            guard let record = value as? [String: Any] else {
                log.error(path, line: line, "expected a JSON object; record skipped")
                return nil
            }
            object = record
        }
        guard var rawText = object["text"] as? String else {
            log.error(path, line: line, field: "text", "missing or not a string; record skipped")
            return nil
        }
        guard let text = rawText.withUTF8({ ArticleFileReader.decode($0, name: path, line: line, log: &log) }) else {
            return nil
        }
        let fields = object.sorted { $0.key < $1.key }.map { MetadataReader.Field(key: $0.key, value: $0.value, line: line) }
        let metadata = MetadataReader(formKeys: formKeys, file: path, line: line).read(fields, log: &log)
        let id = (object["id"] as? String).map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            ?? "line-\(line)"
        return SourceArticle(id: id, file: url.lastPathComponent, text: text, metadata: metadata)
    }
}
