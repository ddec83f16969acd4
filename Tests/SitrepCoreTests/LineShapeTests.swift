import Testing
@testable import SitrepCore

/// `LineShape` measures and normalizes a line eight bytes at a time where it can; it must give exactly what
/// the rules give byte by byte.
@Suite struct LineShapeTests {
    /// The rules one byte (or scalar) at a time: letters and digits kept (capitals lowered), other scalars
    /// kept unless they are punctuation, every run of anything else one space, none at either end.
    static func reference(_ text: String) -> (normalized: [UInt8], words: Int, upper: Int, lower: Int, digits: Int) {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var words = 0, upper = 0, lower = 0, digits = 0
        var inWord = false, pending = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            var kept: [UInt8] = []
            var width = 1
            switch b {
            case 0x41...0x5A: upper += 1; kept = [b | 0x20]
            case 0x61...0x7A: lower += 1; kept = [b]
            case 0x30...0x39: digits += 1; kept = [b]
            case 0x80...:
                width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                let next = i + 1 < bytes.count ? bytes[i + 1] : nil
                let punctuation = next == nil || b == 0xC2 || (b == 0xE2 && (next == 0x80 || next == 0x81))
                    || (b == 0xEF && next == 0xBF)
                if !punctuation { kept = Array(bytes[i..<min(i + width, bytes.count)]) }
            default: break
            }
            if kept.isEmpty {
                pending = true
            } else {
                if pending, !out.isEmpty { out.append(0x20) }
                pending = false
                out += kept
            }
            i += width
        }
        return (out, words, upper, lower, digits)
    }

    static func shape(_ text: String) -> (normalized: [UInt8], words: Int, upper: Int, lower: Int, digits: Int) {
        let bytes = Array(text.utf8)
        // Exactly the room the initialiser asks for (the line's length from offset 3), between guard bytes
        // that its eight-byte stores must leave alone.
        var output = [UInt8](repeating: 0xAA, count: 3 + bytes.count + 8)
        let shape = output.withUnsafeMutableBufferPointer { output in
            bytes.withUnsafeBufferPointer { input in
                LineShape(input, normalizingInto: UnsafeMutableBufferPointer(rebasing: output[..<(3 + bytes.count)]), at: 3)
            }
        }
        #expect(output[..<3].allSatisfy { $0 == 0xAA } && output[(3 + bytes.count)...].allSatisfy { $0 == 0xAA },
                "wrote outside its room: \(text)")
        return (Array(output[shape.normalized]), shape.words, shape.upperLetters, shape.lowerLetters, shape.digits)
    }

    @Test(arguments: [
        "Kurdish-led forces, backed by the coalition’s aircraft, entered Baghouz overnightxyz.",
        "  two  spaces and  G20 talks in 2019 ", "UPDATED 12 MARCH 2019 09:36 GMT", "a", "", "...", "— Reuters",
        "See also:  Related stories", "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOP 0123456789", "x y z w v u t s r q",
        "café au lait, naïve façade", "“Quoted” words «here» and ‘there’", "end with space ", " start with space",
        "a, b. c -- d ... e", "@[`{ AZaz09 /:", "Seven!!", "tab\tseparated\tWORDS, then: \"more\" (and more) - end.",
    ])
    func agreesWithTheByteRules(text: String) {
        let (ours, theirs) = (Self.shape(text), Self.reference(text))
        #expect(ours.normalized == theirs.normalized, "\(text)")
        #expect(ours.words == theirs.words && ours.upper == theirs.upper && ours.lower == theirs.lower
                && ours.digits == theirs.digits, "\(text)")
    }

    @Test func agreesWithTheByteRulesOnMixedText() {
        let pieces = ["a", "B", "7", " ", "  ", ",", ".", "-", "é", "’", "\u{A0}", "word", "Word", "WORD", "42", "x1",
                      "\t", ", ", "--", "(", "abcdefgh", "ABCDEFGHIJ", "\"", "...", "!? ", " - ", "“", "a.b.c", "@", "[Z`"]
        var generator = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...30, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (ours, theirs) = (Self.shape(text), Self.reference(text))
            #expect(ours.normalized == theirs.normalized && ours.words == theirs.words && ours.upper == theirs.upper
                    && ours.lower == theirs.lower && ours.digits == theirs.digits, "\(text)")
        }
    }

    @Test func normalizedLinesKeepEveryByte() {
        let line = "Kurdish-led forces, backed by the coalition’s aircraft, entered Baghouz overnightxyz."
        #expect(String(decoding: LineShape.normalize(line), as: UTF8.self)
                == "kurdish led forces backed by the coalition s aircraft entered baghouz overnightxyz")
    }

    /// A fixed sequence of pseudo-random numbers, so a failure can be reproduced.
    struct XorShift: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }
}
