import Testing
@testable import SitrepCore

/// Paragraphs and furniture built from byte offsets, and read back in place, are the text they slice.
@Suite struct ParagraphBytesTests {
    static let text = "Headline\n\n  “Quoted” café text.\u{A0}\nLast"

    @Test func aParagraphFromOffsetsEqualsOneFromItsSubstring() {
        let utf8 = Array(Self.text.utf8)
        let start = 12, end = utf8.count - 7 // “Quoted” café text.
        let fromOffsets = Paragraph(in: Self.text, bytes: start..<end, line: 3, column: 2)
        let substring = Substring(Self.text.utf8.dropFirst(start).prefix(end - start))
        #expect(fromOffsets == Paragraph(text: substring, line: 3, column: 2))
        #expect(fromOffsets.text == "“Quoted” café text.")
        #expect(fromOffsets.withUTF8 { Array($0) } == Array(utf8[start..<end]))
        let block = BoilerplateBlock(kind: .headline, in: Self.text, bytes: 0..<8, line: 1, column: 0)
        #expect(block == BoilerplateBlock(kind: .headline, text: "Headline", line: 1))
    }

    @Test func aParagraphSlicedFromTheEndOfItsTextReadsItsOwnBytes() {
        let paragraph = Paragraph(text: Self.text.split(separator: "\n").last!, line: 4)
        #expect(paragraph.withUTF8 { String(decoding: $0, as: UTF8.self) } == "Last")
    }
}
