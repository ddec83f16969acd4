import Foundation

/// Reads a folder without a manifest: every `.txt` and `.md` file is an article, each with an
/// optional front-matter header; `gazetteer.json` in the folder is loaded too.
enum FolderCorpusReader {
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    static let gazetteerName = "gazetteer.json"
    /// Keys of a front-matter header that are not metadata.
    static let formKeys: Set<String> = ["id"]

    /// The corpus, or nil when the folder holds no article files (logged).
    static func read(folder: URL, log: inout DiagnosticLog) -> Corpus? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { !$0.hasPrefix(".") && articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
        } catch {
            log.error(folder.path, "folder cannot be listed")
            return nil
        }
        guard !names.isEmpty else {
            log.error(folder.path, "no corpus.json manifest and no .txt or .md article files")
            return nil
        }
        let paths = FolderPaths(folder)
        let results = parallelMap(names.count) { index -> (SourceArticle?, [Diagnostic]) in
            var fileLog = DiagnosticLog()
            let article = readArticle(named: names[index], at: paths.path(of: names[index]), log: &fileLog)
            return (article, fileLog.diagnostics)
        }
        var ids = ArticleIdentifiers()
        var interner = MetadataInterner()
        var articles: [SourceArticle] = []
        for (article, diagnostics) in results {
            log.append(contentsOf: diagnostics)
            guard var article else { continue }
            article.id = ids.claim(article.id, file: paths.path(of: article.file), line: nil, log: &log)
            article.metadata = interner.intern(article.metadata)
            articles.append(article)
        }
        var gazetteer = Gazetteer()
        let gazetteerURL = folder.appendingPathComponent(gazetteerName)
        if FileManager.default.fileExists(atPath: gazetteerURL.path) {
            gazetteer = GazetteerReader.read(gazetteerURL, name: gazetteerURL.path, log: &log)
        }
        return Corpus(title: folder.lastPathComponent, articles: articles, gazetteer: gazetteer)
    }

    private static func readArticle(named name: String, at path: String, log: inout DiagnosticLog) -> SourceArticle? {
        guard let text = ArticleFileReader.read(path, name: path, log: &log) else { return nil }
        let header = FrontMatter.parse(text, file: path, log: &log)
        let fields = header?.fields ?? []
        let metadata = MetadataReader(formKeys: formKeys, file: path, line: header == nil ? nil : 1)
            .read(fields, log: &log)
        let id = fields.first { $0.key == "id" }.flatMap { $0.value as? String } ?? FolderPaths.baseName(of: name)
        return SourceArticle(id: id, file: name, lineOffset: header?.lineCount ?? 0,
                             text: header.map { String($0.body) } ?? text, metadata: metadata)
    }
}
