#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of an article's text with its whitespace trimmed, as byte offsets into the text.
struct ArticleLine {
    /// 1-based line number within the article text.
    var number: Int
    /// Offset of the line's first byte in the text.
    var lineStart: Int
    /// Trimmed content: `start..<end` in the text.
    var start: Int
    var end: Int

    var isBlank: Bool { start == end }
    /// The UTF-8 column of the trimmed content within its line.
    var column: Int { start - lineStart }

    /// Splits UTF-8 text at `\n` and trims spaces, tabs and no-break spaces from both ends of each line.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArticleLine] {
        var lines: [ArticleLine] = []
        lines.reserveCapacity(bytes.count / 60 + 1)
        var lineStart = 0
        var number = 1
        let n = bytes.count
        while lineStart <= n {
            var lineEnd = n
            if lineStart < n, let newline = memchr(bytes.baseAddress! + lineStart, 0x0A, n - lineStart) {
                lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(bytes.baseAddress!)
            }
            var start = lineStart, end = lineEnd
            while start < end {
                if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { start += 2 }
                else { break }
            }
            while end > start {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 }
                else { break }
            }
            lines.append(ArticleLine(number: number, lineStart: lineStart, start: start, end: end))
            number += 1
            lineStart = lineEnd + 1
        }
        return lines
    }
}
