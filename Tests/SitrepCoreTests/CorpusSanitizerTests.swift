import Testing
@testable import SitrepCore

/// Sanitising at the boundary: nothing hostile reaches the terminal, and columns still match the file.
@Suite struct CorpusSanitizerTests {
    static func clean(_ text: String) -> String {
        String(decoding: TextSanitizer.sanitize(Array(text.utf8)), as: UTF8.self)
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Plain “quoted” text – with dashes, é, 中文 and\ttabs? no: \n"
        #expect(Self.clean("Plain “quoted” text – with dashes, é, 中文\n") == "Plain “quoted” text – with dashes, é, 中文\n")
        #expect(Self.clean(text).utf8.count == text.utf8.count)
    }

    @Test func controlCharactersBecomeSpacesKeepingLength() {
        #expect(Self.clean("a\u{07}b\u{08}c\u{7F}d\te") == "a b c d e")
        #expect(Self.clean("x\u{85}y") == "x  y", "a C1 control (two bytes) becomes two spaces")
    }

    @Test func escapeSequencesAreBlankedWhole() {
        #expect(Self.clean("\u{1B}[1;31mRED\u{1B}[0m") == "       RED    ")
        #expect(Self.clean("a\u{1B}]0;title\u{07}b") == "a          b")
        #expect(Self.clean("a\u{1B}]8;;http://x\u{1B}\\b") == "a" + String(repeating: " ", count: 15) + "b")
    }

    @Test func bidirectionalControlsAndLineSeparatorsBecomeReplacementCharacters() {
        #expect(Self.clean("abc\u{202E}def\u{2066}g\u{2069}\u{2028}") == "abc\u{FFFD}def\u{FFFD}g\u{FFFD}\u{FFFD}")
        #expect(Self.clean("\u{200F}keep\u{2019}") == "\u{200F}keep\u{2019}", "marks that cannot reorder text stay")
    }

    @Test func theFirstUnsafeByteIsFoundAtAnyOffset() {
        // Newlines, curly quotes and a no-break space are safe: the scan passes them in its eight-byte lanes.
        let safe = Array("ab\n“c”\u{A0}d é\n".utf8)
        #expect(safe.withUnsafeBufferPointer(TextSanitizer.firstUnsafeIndex) == nil)
        for unsafe in ["\u{07}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2028}"] {
            for offset in 0...safe.count {
                guard offset == safe.count || safe[offset] & 0xC0 != 0x80 else { continue }
                var bytes = safe
                bytes.insert(contentsOf: Array(unsafe.utf8), at: offset)
                bytes += safe + safe
                #expect(bytes.withUnsafeBufferPointer(TextSanitizer.firstUnsafeIndex) == offset, "\(unsafe.unicodeScalars.first!.value) at \(offset)")
            }
        }
    }

    @Test func lineStructureIsKept() {
        #expect(Self.clean("one\r\ntwo\rthree\n\nfour") == "one\ntwo three\n\nfour")
    }

    @Test func diagnosticsTextIsOneSafeLine() {
        #expect(TextSanitizer.singleLine("bad\nname\u{1B}[2J") == "bad name    ")
    }
}
