/// Extracts figures and what they count. (Skeleton: none yet.)
public enum FigureExtractor {
    public static func extract(paragraphs: [Paragraph], sentences: [Sentence]) -> [FigureMention] { [] }
}
