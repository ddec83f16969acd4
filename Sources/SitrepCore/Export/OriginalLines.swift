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
        return Array(line).withUnsafeBytes { hay in needle.withUnsafeBytes { ByteSearch.firstOffset(of: $0, in: hay) } } != nil
    }

    /// The first line (1-based, in file numbering) of an article's text holding `text`, if any.
    public static func firstLine(containing text: String, in article: SourceArticle) -> Int? {
        let needle = Array(text.utf8)
        var haystack = article.text
        haystack.makeContiguousUTF8()
        guard !needle.isEmpty else { return nil }
        return haystack.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let found = needle.withUnsafeBytes { ByteSearch.firstOffset(of: $0, in: UnsafeRawBufferPointer(bytes)) }
            guard let found else { return nil }
            let newlines = bytes[..<found].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            return newlines + 1 + article.lineOffset
        } ?? nil
    }
}
