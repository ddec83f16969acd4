/// One item of a manifest's `articles` list, from either reading of the manifest: a plain entry
/// (`PlainManifest`) or a general JSON value.
enum ManifestEntry {
    case plain(PlainManifest.Entry)
    case general(Any)

    init(_ value: Any) { self = .general(value) }

    /// Whether the item is an object (only objects describe articles).
    var isObject: Bool {
        switch self {
        case .plain: true
        case .general(let value): value is [String: Any]
        }
    }

    /// The `file` field, when it is a string.
    var file: String? {
        switch self {
        case .plain(let entry): entry.file
        case .general(let value): (value as? [String: Any])?["file"] as? String
        }
    }

    /// The `id` field, when it is a string.
    var id: String? {
        switch self {
        case .plain(let entry): entry.id
        case .general(let value): (value as? [String: Any])?["id"] as? String
        }
    }

    /// The entry's metadata as `reader` reads its fields in key order, logging what is missing or wrong.
    /// A plain entry with everything in place is read directly.
    func metadata(_ reader: MetadataReader, log: inout DiagnosticLog) -> ArticleMetadata {
        switch self {
        case .plain(let entry):
            if let metadata = MetadataReader.complete(outlet: entry.outlet, published: entry.published,
                                                      title: entry.title, url: entry.url, byline: entry.byline) {
                return metadata
            }
            let fields: [(String, String?)] = [("byline", entry.byline), ("file", entry.file), ("id", entry.id),
                                               ("outlet", entry.outlet), ("published", entry.published),
                                               ("title", entry.title), ("url", entry.url)]
            return reader.read(fields.compactMap { key, value in
                value.map { MetadataReader.Field(key: key, value: $0, line: nil) }
            }, log: &log)
        case .general(let value):
            let fields = (value as? [String: Any] ?? [:]).sorted { $0.key < $1.key }
            return reader.read(fields.map { MetadataReader.Field(key: $0.key, value: $0.value, line: nil) }, log: &log)
        }
    }
}
