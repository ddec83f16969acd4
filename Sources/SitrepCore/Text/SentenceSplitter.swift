/// Splits cleaned paragraphs into sentences. (Skeleton: one sentence per paragraph.)
public enum SentenceSplitter {
    public static func split(_ paragraphs: [Paragraph]) -> [Sentence] {
        paragraphs.enumerated().map { index, paragraph in
            Sentence(span: TextSpan(paragraph: index, start: 0, end: paragraph.text.utf8.count))
        }
    }
}
