import Foundation

/// The lines of an article's original text, to check that a cited substring really sits on a cited line.
public struct OriginalLines {
    private let lines: [Substring.UTF8View]
    private let lineOffset: Int

    public init(_ article: SourceArticle) {
        lines = article.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            (line.utf8.last == 13 ? line.dropLast() : line).utf8
        }
        lineOffset = article.lineOffset
    }

    /// The text of a 1-based line of the original file, or nil when there is no such line.
    public func line(_ number: Int) -> String? {
        let index = number - lineOffset - 1
        guard lines.indices.contains(index) else { return nil }
        return String(Substring(lines[index]))
    }

    /// Whether `text` appears on the line at UTF-8 offset `column` (or anywhere on it when the offset is off).
    public func contains(_ text: String, line number: Int, column: Int) -> Bool {
        let index = number - lineOffset - 1
        guard lines.indices.contains(index) else { return false }
        let line = lines[index], needle = Array(text.utf8)
        if column >= 0, column + needle.count <= line.count {
            let start = line.index(line.startIndex, offsetBy: column)
            if line[start...].starts(with: needle) { return true }
        }
        return String(Substring(line)).contains(text)
    }

    /// The first line (1-based, in file numbering) holding `text`, if any.
    public func firstLine(containing text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        return lines.firstIndex { String(Substring($0)).contains(text) }.map { $0 + lineOffset + 1 }
    }
}
