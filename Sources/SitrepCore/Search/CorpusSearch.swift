/// Where a search hit lies: an article's headline or one of its cleaned paragraphs.
public struct SearchHit: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case title
        /// Index into the article's cleaned paragraphs.
        case paragraph(Int)
    }

    /// Index into `CorpusModel.articles`.
    public var article: Int
    public var field: Field
    /// UTF-8 byte range inside the title or the paragraph text.
    public var range: Range<Int>

    public init(article: Int, field: Field, range: Range<Int>) {
        self.article = article
        self.field = field
        self.range = range
    }

    /// The hit as a span in the cleaned text, or nil for a hit in the title.
    public var span: TextSpan? {
        guard case .paragraph(let index) = field else { return nil }
        return TextSpan(paragraph: index, start: range.lowerBound, end: range.upperBound)
    }
}

/// Case-insensitive search over every headline and cleaned paragraph of a corpus, in corpus order.
///
/// The folded UTF-8 text is built once; each query then scans it with `memchr` for the first byte of the
/// needle and compares the rest, so incremental search over thousands of articles stays interactive.
public struct CorpusSearch: Sendable {
    /// One searchable text: all of them are laid end to end in `bytes`, separated by a NUL byte.
    private struct Segment: Sendable {
        var article: Int
        var field: SearchHit.Field
        var start: Int
        var end: Int
    }

    private let bytes: [UInt8]
    private let segments: [Segment]

    public init(articles: [AnalyzedArticle]) {
        // Articles are read in place, field by field: iterating the array would copy each one (a retain and a
        // release for each of its parts), and each paragraph (its text's).
        var total = 0, segmentCount = 0
        articles.withUnsafeBufferPointer { articles in
            for index in articles.indices {
                total += articles[index].source.title.utf8.count + 1
                segmentCount += 1 + articles[index].cleaned.paragraphs.count
                articles[index].cleaned.paragraphs.withUnsafeBufferPointer { paragraphs in
                    for number in paragraphs.indices { total += paragraphs[number].utf8Count + 1 }
                }
            }
        }
        var segments: [Segment] = []
        segments.reserveCapacity(segmentCount)
        // Folding keeps lengths, so every text is written straight to its place in one allocation.
        bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            func add(_ text: UnsafeBufferPointer<UInt8>, article: Int, field: SearchHit.Field) {
                let start = count
                TextFolding.fold(text, into: buffer.baseAddress! + start)
                count += text.count
                segments.append(Segment(article: article, field: field, start: start, end: count))
                buffer[count] = 0
                count += 1
            }
            articles.withUnsafeBufferPointer { articles in
                for index in articles.indices {
                    var title = articles[index].source.title
                    title.withUTF8 { add($0, article: index, field: .title) }
                    articles[index].cleaned.paragraphs.withUnsafeBufferPointer { paragraphs in
                        for number in paragraphs.indices {
                            paragraphs[number].withUTF8 { add($0, article: index, field: .paragraph(number)) }
                        }
                    }
                }
            }
        }
        self.segments = segments
    }

    public init(model: CorpusModel) { self.init(articles: model.articles) }

    /// Every hit of `query`, in corpus order, stopping after `limit` hits or when `shouldContinue` returns
    /// false (it is asked between texts, so a newer keystroke can cancel a stale search).
    public func search(_ query: String, limit: Int = .max,
                       shouldContinue: () -> Bool = { true }) -> [SearchHit] {
        let needle = TextFolding.fold(query)
        guard !needle.isEmpty, limit > 0, !needle.contains(0) else { return [] }
        var hits: [SearchHit] = []
        var segmentIndex = 0
        bytes.withUnsafeBytes { haystack in needle.withUnsafeBytes { pin in
            var position = 0
            while position < haystack.count,
                  let found = ByteSearch.firstOffset(of: pin, in: UnsafeRawBufferPointer(rebasing: haystack[position...])) {
                let offset = position + found
                while segments[segmentIndex].end <= offset {
                    segmentIndex += 1
                    guard segmentIndex % 64 != 0 || shouldContinue() else { return }
                }
                let segment = segments[segmentIndex]
                let start = offset - segment.start
                hits.append(SearchHit(article: segment.article, field: segment.field,
                                      range: start..<(start + needle.count)))
                if hits.count >= limit { return }
                position = offset + needle.count
            }
        } }
        return hits
    }
}
