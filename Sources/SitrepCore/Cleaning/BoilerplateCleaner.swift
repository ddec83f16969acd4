import Foundation

/// Separates reporting from page furniture. (Skeleton: keeps every non-blank line.)
public enum BoilerplateCleaner {
    public static func clean(_ article: SourceArticle) -> CleanedArticle {
        var paragraphs: [Paragraph] = []
        for (index, line) in article.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            paragraphs.append(Paragraph(text: String(line), line: index + 1 + article.lineOffset))
        }
        return CleanedArticle(paragraphs: paragraphs, boilerplate: [])
    }
}
