import SitrepCore

/// One screen line of the reader.
enum ReaderLine: Hashable, Sendable {
    case blank
    /// A line of the heading (headline, outlet and date), drawn in a style.
    case heading(String, Style)
    /// Bytes `range` of cleaned paragraph `paragraph`.
    case text(paragraph: Int, range: Range<Int>)
    /// A line of a boilerplate block, already labelled with its kind.
    case boilerplate(String)
}

/// An article wrapped to a width: built when the article, width or boilerplate toggle changes, and
/// kept in the state, so scrolling and drawing only index into it.
struct ReaderDocument: Sendable {
    let article: Int
    let width: Int
    let showBoilerplate: Bool
    let lines: [ReaderLine]
    /// First line of each paragraph.
    let paragraphStarts: [Int]

    init(model: CorpusModel, article index: Int, width: Int, showBoilerplate: Bool) {
        article = index
        self.width = width
        self.showBoilerplate = showBoilerplate
        let article = model.articles[index]
        var lines: [ReaderLine] = []
        for range in WordWrap.lines(article.title, width: width) {
            lines.append(.heading(Self.slice(article.title, range), Style(.paneTitle, .bold)))
        }
        let meta = article.source.creditLine
        for range in WordWrap.lines(meta, width: width) { lines.append(.heading(Self.slice(meta, range), Style(.dim))) }

        var starts: [Int] = []
        var blocks = showBoilerplate ? article.cleaned.boilerplate[...] : []
        for (number, paragraph) in article.cleaned.paragraphs.enumerated() {
            while let block = blocks.first, (block.line, block.column) < (paragraph.line, paragraph.column) {
                Self.append(block, width: width, to: &lines)
                blocks = blocks.dropFirst()
            }
            lines.append(.blank)
            starts.append(lines.count)
            for range in WordWrap.lines(paragraph.text, width: width) {
                lines.append(.text(paragraph: number, range: range))
            }
        }
        for block in blocks { Self.append(block, width: width, to: &lines) }
        self.lines = lines
        paragraphStarts = starts
    }

    /// The line showing byte `offset` of paragraph `paragraph`.
    func line(paragraph: Int, offset: Int) -> Int? {
        guard paragraph < paragraphStarts.count else { return nil }
        var index = paragraphStarts[paragraph]
        while index + 1 < lines.count, case .text(let p, let range) = lines[index + 1], p == paragraph,
              range.lowerBound <= offset {
            index += 1
        }
        return index
    }

    /// The paragraph and byte a line starts at, to keep the place across a rewrap.
    func anchor(ofLine index: Int) -> (paragraph: Int, offset: Int)? {
        var probe = min(index, lines.count - 1)
        while probe >= 0 {
            if case .text(let paragraph, let range) = lines[probe] { return (paragraph, range.lowerBound) }
            probe -= 1
        }
        return nil
    }

    private static func append(_ block: BoilerplateBlock, width: Int, to lines: inout [ReaderLine]) {
        let text = "[\(block.kind.rawValue)] \(block.text)"
        lines.append(.blank)
        for range in WordWrap.lines(text, width: width) { lines.append(.boilerplate(slice(text, range))) }
    }

    static func slice(_ text: some StringProtocol, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}
