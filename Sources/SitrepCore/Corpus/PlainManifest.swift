/// A `corpus.json` manifest in its plain shape, read field by field straight from its bytes rather than
/// through a tree of `Any` values: a top-level object with at most `title`, `window` (`start` and `end`),
/// `gazetteer` and an `articles` list whose entries hold only string fields of the manifest's keys.
/// Anything else (another key or type, a repeated key, anything `JSONScanner` refuses) gives nil, and the
/// manifest is read the general way, which also reports what is wrong with it.
struct PlainManifest {
    /// An article entry: the manifest's string fields, as written (untrimmed).
    struct Entry {
        var file: String?
        var id: String?
        var outlet: String?
        var published: String?
        var title: String?
        var url: String?
        var byline: String?
    }

    var title: String?
    var window: (start: String, end: String)?
    var gazetteer: String?
    var articles: [Entry] = []

    /// The manifest in `bytes`, or nil when it is not in the plain shape.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainManifest? {
        var scanner = JSONScanner(bytes)
        var manifest = PlainManifest()
        var hasArticles = false
        let complete = scanner.readObject { scanner, key in
            switch key {
            case "title" where manifest.title == nil:
                manifest.title = scanner.string()
                return manifest.title != nil
            case "gazetteer" where manifest.gazetteer == nil:
                manifest.gazetteer = scanner.string()
                return manifest.gazetteer != nil
            case "window" where manifest.window == nil:
                manifest.window = readWindow(&scanner)
                return manifest.window != nil
            case "articles" where !hasArticles:
                hasArticles = true
                return readArticles(&scanner, into: &manifest.articles)
            default:
                return false
            }
        }
        scanner.skipWhitespace()
        return complete && hasArticles && scanner.isAtEnd ? manifest : nil
    }

    private static func readWindow(_ scanner: inout JSONScanner) -> (start: String, end: String)? {
        var start: String?, end: String?
        let complete = scanner.readObject { scanner, key in
            switch key {
            // A value that is no well-formed string leaves the manifest to the general reading.
            case "start" where start == nil: start = scanner.string(); return start != nil
            case "end" where end == nil: end = scanner.string(); return end != nil
            default: return false
            }
        }
        guard complete, let start, let end else { return nil }
        return (start, end)
    }

    private static func readArticles(_ scanner: inout JSONScanner, into articles: inout [Entry]) -> Bool {
        guard scanner.consume(UInt8(ascii: "[")) else { return false }
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "]")) { return true }
        while true {
            scanner.skipWhitespace()
            guard let entry = readEntry(&scanner) else { return false }
            articles.append(entry)
            scanner.skipWhitespace()
            if scanner.consume(UInt8(ascii: ",")) { continue }
            return scanner.consume(UInt8(ascii: "]"))
        }
    }

    private static func readEntry(_ scanner: inout JSONScanner) -> Entry? {
        var entry = Entry()
        let complete = scanner.readObject { scanner, key in
            let field: WritableKeyPath<Entry, String?>
            switch key {
            case "file": field = \.file
            case "id": field = \.id
            case "outlet": field = \.outlet
            case "published": field = \.published
            case "title": field = \.title
            case "url": field = \.url
            case "byline": field = \.byline
            default: return false
            }
            guard entry[keyPath: field] == nil, let value = scanner.string() else { return false }
            entry[keyPath: field] = value
            return true
        }
        return complete ? entry : nil
    }
}
