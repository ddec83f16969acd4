/// Separates reporting from page furniture, line by line, classifying every line it sets aside.
///
/// One pass over the lines decides each line from its own shape (phrase tables, captions, counters,
/// date stamps, kickers, promos) and from a little context: the page header before the first
/// paragraph, an open "See also" block, the line after a pull quote, and whether the same text
/// occurs elsewhere in the article. A last step sets aside trailing lines in another language.
/// Every kept paragraph is the trimmed text of one original line, with its line and column.
public enum BoilerplateCleaner {
    public static func clean(_ article: SourceArticle) -> CleanedArticle {
        var text = article.text
        let (lines, kinds) = text.withUTF8 { bytes in
            let lines = ArticleLine.split(bytes)
            var shapes: [LineShape?] = []
            shapes.reserveCapacity(lines.count)
            // Every line's normalized text followed by a newline: never more than the text and a byte a line.
            let normalized = [UInt8](unsafeUninitializedCapacity: bytes.count + lines.count) { output, count in
                for line in lines {
                    guard !line.isBlank else { shapes.append(nil); continue }
                    let shape = LineShape(UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]),
                                          normalizingInto: output, at: count)
                    output[shape.normalized.upperBound] = 0x0A
                    count = shape.normalized.upperBound + 1
                    shapes.append(shape)
                }
            }
            return normalized.withUnsafeBufferPointer { normalizedBuffer in
                let texts = zip(lines, shapes).map { line, shape in
                    shape.map { LineText(raw: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]),
                                         normalized: UnsafeBufferPointer(rebasing: normalizedBuffer[$0.normalized]),
                                         shape: $0) }
                }
                var classifier = LineClassifier(texts: texts, normalizedBuffer: normalizedBuffer, metadata: article.metadata)
                var kinds: [BoilerplateKind?] = lines.indices.map { classifier.classify($0) }
                setAsideTrailingForeignLines(&kinds, texts: texts)
                return (lines, kinds)
            }
        }
        return assemble(article, text: text, lines: lines, kinds: kinds)
    }

    /// The kept paragraphs and the furniture, each the trimmed text of its line as a slice of `text`.
    private static func assemble(_ article: SourceArticle, text: String, lines: [ArticleLine],
                                 kinds: [BoilerplateKind?]) -> CleanedArticle {
        var paragraphs: [Paragraph] = []
        var boilerplate: [BoilerplateBlock] = []
        // Sized exactly: blank lines are neither, and the model keeps these arrays while the corpus is open.
        var furniture = 0, kept = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            if kinds[index] == nil { kept += 1 } else { furniture += 1 }
        }
        boilerplate.reserveCapacity(furniture)
        paragraphs.reserveCapacity(kept)
        for (index, line) in lines.enumerated() where !line.isBlank {
            let bytes = line.start..<line.end
            let number = line.number + article.lineOffset
            if let kind = kinds[index] {
                boilerplate.append(BoilerplateBlock(kind: kind, in: text, bytes: bytes, line: number, column: line.column))
            } else {
                paragraphs.append(Paragraph(in: text, bytes: bytes, line: number, column: line.column))
            }
        }
        return CleanedArticle(paragraphs: paragraphs, boilerplate: boilerplate)
    }

    /// Marks the article's last paragraphs as a signature while they are not English prose, unless
    /// no English paragraph precedes them (then the article itself is in another language).
    private static func setAsideTrailingForeignLines(_ kinds: inout [BoilerplateKind?], texts: [LineText?]) {
        var trailing: [Int] = []
        for index in kinds.indices.reversed() {
            guard let line = texts[index], kinds[index] == nil else { continue }
            guard LinePatterns.isForeign(line) else {
                for i in trailing { kinds[i] = .signature }
                return
            }
            trailing.append(index)
        }
    }
}
