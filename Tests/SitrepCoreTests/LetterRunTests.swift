import Testing
@testable import SitrepCore

/// `LetterRun` finds and packs letters eight bytes at a time; it must agree with a letter-by-letter loop.
@Suite struct LetterRunTests {
    static func reference(_ bytes: [UInt8], from start: Int) -> (end: Int, key: UInt64) {
        var index = start
        var key: UInt64 = 0
        while index < bytes.count, let code = WordKey.letterCode(bytes[index]) {
            key = key << 5 | code
            index += 1
        }
        return (index, index - start <= WordKey.maxLength ? key : 0)
    }

    static func scan(_ bytes: [UInt8], from start: Int) -> (end: Int, key: UInt64) {
        bytes.withUnsafeBufferPointer { LetterRun.scan($0, from: start, end: $0.count) }
    }

    @Test(arguments: ["Tuesday", "extraordinarily long", "abcdefgh", "abcdefghijkl", "abcdefghijklm",
                      "G20", "café", "Sept.", "", " x", "ABCDEFGHIJKL MNOP", "a@b[c`d{e", "zzzzzzzzzzzz"])
    func agreesWithTheLetterLoop(text: String) {
        let bytes = Array(text.utf8)
        for start in 0..<max(1, bytes.count) {
            let (ours, theirs) = (Self.scan(bytes, from: start), Self.reference(bytes, from: start))
            #expect(ours.end == theirs.end && ours.key == theirs.key, "\(text) from \(start)")
        }
    }

    @Test func keysAreWordKeys() {
        for word in ["tuesday", "Tuesday", "march", "a", "fortnights", "extraordinar"] {
            #expect(Self.scan(Array((word + ".").utf8), from: 0).key == WordKey.make(word))
        }
    }

    @Test func agreesWithTheLetterLoopOnEveryByteAfterALetter() {
        for byte in UInt8(0)...255 {
            for length in 0...13 {
                let bytes = Array(repeating: UInt8(ascii: "k"), count: length) + [byte] + Array("xyzxyzxyz".utf8)
                let (ours, theirs) = (Self.scan(bytes, from: 0), Self.reference(bytes, from: 0))
                #expect(ours.end == theirs.end && ours.key == theirs.key, "byte \(byte) after \(length) letters")
            }
        }
    }

    @Test func fingerprintsDoNotDependOnWhereTheTextEnds() {
        for word in ["may", "Wednesday", "FORTNIGHTS", "abcdefgh", "abcdefghi", "extraordinarily", "x"] {
            let expected = Self.fingerprint(Array((word + " ").utf8), from: 0, end: word.utf8.count + 1)
            #expect(expected.end == word.utf8.count)
            for padding in 0...9 {
                // The word at the end of the range, or followed by other bytes, read in lanes or byte by byte.
                let bytes = Array((word + String(repeating: ".", count: padding)).utf8)
                for end in word.utf8.count...bytes.count {
                    let found = Self.fingerprint(bytes, from: 0, end: end)
                    #expect(found == expected, "\(word) with \(padding) bytes after, to \(end)")
                }
            }
            if word.utf8.count <= WordKey.maxLength {
                #expect(LetterRun.fingerprint(ofWordKey: WordKey.make(word)) == expected.fingerprint)
            }
        }
    }

    @Test func fingerprintsTellWordsApart() {
        let words = ["may", "day", "days", "mayday", "monday", "mondays", "september", "septembers"]
        let prints = words.map { Self.fingerprint(Array($0.utf8), from: 0, end: $0.utf8.count).fingerprint }
        #expect(Set(prints).count == words.count)
        #expect(Self.fingerprint(Array("G20".utf8), from: 0, end: 3).end == 1)
    }

    static func fingerprint(_ bytes: [UInt8], from start: Int, end: Int) -> LetterFingerprint {
        bytes.withUnsafeBufferPointer { buffer in
            let (end, fingerprint) = LetterRun.scanFingerprint(buffer, from: start, end: end)
            return LetterFingerprint(end: end, fingerprint: fingerprint)
        }
    }

    struct LetterFingerprint: Equatable {
        var end: Int
        var fingerprint: UInt64
    }
}
