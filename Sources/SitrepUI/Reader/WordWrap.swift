/// Greedy word wrapping measured in display columns. Lines are UTF-8 byte ranges of the input, so
/// spans found by the model map straight onto screen lines. Breaks only at spaces (a no-break space
/// holds); a word wider than the line is cut between characters, never inside one.
enum WordWrap {
    static func lines(_ text: some StringProtocol, width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart: Int?      // byte where the current line starts
        var lineStartColumn = 0  // column of that byte in the unwrapped text
        var lineEnd = 0          // byte after the last word placed on the line
        var wordStart: Int?
        var wordStartColumn = 0
        var byte = 0
        var column = 0

        func place(_ start: Int, _ startColumn: Int, _ end: Int, _ endColumn: Int) {
            if lineStart != nil, endColumn - lineStartColumn <= width {
                lineEnd = end
                return
            }
            if let begin = lineStart { lines.append(begin..<lineEnd) }
            lineStart = start
            lineStartColumn = startColumn
            lineEnd = end
        }

        for character in text {
            let bytes = character.utf8.count
            let columns = DisplayWidth.of(character)
            if character == " " || character == "\t" {
                if let start = wordStart { place(start, wordStartColumn, byte, column) }
                wordStart = nil
            } else {
                if wordStart == nil {
                    wordStart = byte
                    wordStartColumn = column
                }
                if column + columns - wordStartColumn > width, let start = wordStart {
                    // The word alone overflows a line: emit what fits and carry on with the rest.
                    place(start, wordStartColumn, byte, column)
                    wordStart = byte
                    wordStartColumn = column
                }
            }
            byte += bytes
            column += columns
        }
        if let start = wordStart { place(start, wordStartColumn, byte, column) }
        if let begin = lineStart { lines.append(begin..<lineEnd) }
        return lines.isEmpty ? [0..<0] : lines
    }
}
