/// Separates reporting from page furniture, line by line, classifying every line it sets aside.
///
/// One pass over the lines decides each line from its own shape (phrase tables, captions, counters,
/// date stamps, kickers, promos) and from a little context: the page header before the first
/// paragraph, an open "See also" block, the line after a pull quote, and whether the same text
/// occurs elsewhere in the article. A last step sets aside trailing lines in another language.
/// Every kept paragraph is the trimmed text of one original line, with its line and column.
public enum BoilerplateCleaner {
    public static func clean(_ article: SourceArticle) -> CleanedArticle {
        let bytes = Array(article.text.utf8)
        let lines = ArticleLine.split(bytes)
        let shapes = lines.map { $0.isBlank ? nil : LineShape(bytes[$0.start..<$0.end]) }
        var classifier = LineClassifier(bytes: bytes, lines: lines, shapes: shapes, metadata: article.metadata)
        var kinds: [BoilerplateKind?] = lines.indices.map { classifier.classify($0) }
        setAsideTrailingForeignLines(&kinds, shapes: shapes)

        var paragraphs: [Paragraph] = []
        var boilerplate: [BoilerplateBlock] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            let text = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
            let number = line.number + article.lineOffset
            if let kind = kinds[index] {
                boilerplate.append(BoilerplateBlock(kind: kind, text: text, line: number, column: line.column))
            } else {
                paragraphs.append(Paragraph(text: text, line: number, column: line.column))
            }
        }
        return CleanedArticle(paragraphs: paragraphs, boilerplate: boilerplate)
    }

    /// Marks the article's last paragraphs as a signature while they are not English prose, unless
    /// no English paragraph precedes them (then the article itself is in another language).
    private static func setAsideTrailingForeignLines(_ kinds: inout [BoilerplateKind?], shapes: [LineShape?]) {
        var trailing: [Int] = []
        for index in kinds.indices.reversed() {
            guard let shape = shapes[index], kinds[index] == nil else { continue }
            guard LinePatterns.isForeign(shape) else {
                for i in trailing { kinds[i] = .signature }
                return
            }
            trailing.append(index)
        }
    }
}
