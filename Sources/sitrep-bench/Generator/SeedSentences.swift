import Foundation

/// Reporting sentences cut from the seed articles, the raw material the generator recombines.
enum SeedSentences {
    /// Splits every seed file in `folder` into sentences and cuts each into a template.
    static func load(from folder: URL) throws -> [SentenceTemplate] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var templates: [SentenceTemplate] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where isReporting(line) {
                templates += sentences(in: line).map(SentenceTemplate.init)
            }
        }
        guard !templates.isEmpty else {
            throw GeneratorError("no reporting sentences found in \(folder.path)")
        }
        return templates
    }

    /// A line of reporting, as opposed to a headline, caption or page furniture: long and punctuated.
    static func isReporting(_ line: Substring) -> Bool {
        guard line.utf8.count >= 60, !line.contains("[/caption]"), !line.hasPrefix("-") else { return false }
        return line.utf8.contains(UInt8(ascii: ".")) || line.hasSuffix("”") || line.hasSuffix("\"")
    }

    /// Cuts a paragraph after `.`, `!` or `?` (and any closing quotes) followed by a space and a capital
    /// letter or an opening quote, unless the word before the stop is a title or an initial.
    static func sentences(in line: Substring) -> [String] {
        let bytes = Array(line.utf8)
        var result: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            var end = index
            while end < bytes.count, closesQuote(bytes, at: end) { end += bytes[end] == 0xE2 ? 3 : 1 }
            guard end + 1 < bytes.count, bytes[end] == 32, opensSentence(bytes, at: end + 1),
                  !isAbbreviation(bytes, before: index - 1) else { continue }
            appendSentence(bytes[start..<end], to: &result)
            start = end + 1
            index = start
        }
        appendSentence(bytes[start...], to: &result)
        return result
    }

    private static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sgt", "No"]

    private static func appendSentence(_ bytes: ArraySlice<UInt8>, to result: inout [String]) {
        let sentence = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        if (30...500).contains(sentence.utf8.count) { result.append(sentence) }
    }

    private static func isAbbreviation(_ bytes: [UInt8], before stop: Int) -> Bool {
        var start = stop
        while start > 0, bytes[start - 1] >= 65, (bytes[start - 1] | 0x20) <= 122, (bytes[start - 1] | 0x20) >= 97 {
            start -= 1
        }
        let word = String(decoding: bytes[start..<stop], as: UTF8.self)
        return word.count == 1 || abbreviations.contains(word)
    }

    /// `"`, `'`, or the curly closing quotes ’ and ” (E2 80 99, E2 80 9D).
    private static func closesQuote(_ bytes: [UInt8], at index: Int) -> Bool {
        if bytes[index] == 34 || bytes[index] == 39 { return true }
        return index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D)
    }

    /// A capital letter, a digit, `"`, or the curly opening quotes ‘ and “ (E2 80 98, E2 80 9C).
    private static func opensSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if (65...90).contains(byte) || (48...57).contains(byte) || byte == 34 { return true }
        return index + 2 < bytes.count && byte == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x9C)
    }
}

/// A problem that stops the generator, with a message that names it.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
