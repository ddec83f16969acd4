import Testing
@testable import SitrepCore

/// The byte-level helpers cleaning is built on: phrase scanning and tables, words of normalized
/// text, the seen-lines set and substring search.
@Suite struct CleaningHelperTests {
    static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func scannerFindsTheFirstPhraseInPriorityOrderAnywhere() {
        let scanner = PhraseScanner<Int>([("tip us off", 0), ("got a story", 1), ("ab", 2)])
        #expect(Self.withBytes("xx got a story tip us off") { scanner.firstOccurring(in: $0) } == 0)
        #expect(Self.withBytes("got a story") { scanner.firstOccurring(in: $0) } == 1)
        #expect(Self.withBytes("cab") { scanner.firstOccurring(in: $0) } == 2)
        #expect(Self.withBytes("got a stor") { scanner.firstOccurring(in: $0) } == nil)
        #expect(Self.withBytes("") { scanner.firstOccurring(in: $0) } == nil)
    }

    /// The scan reads a window only every few bytes; a phrase must be found wherever it starts.
    @Test func scannerFindsPhrasesAtEveryOffsetAndLength() {
        let scanner = PhraseScanner<Int>([("we use cookies", 0), ("got a story", 1), ("tip us off", 2)])
        for phrase in ["we use cookies", "got a story", "tip us off"] {
            for lead in 0..<12 {
                for tail in 0..<3 {
                    let text = String(repeating: "x", count: lead) + phrase + String(repeating: "y", count: tail)
                    let expected = ["we use cookies", "got a story", "tip us off"].firstIndex(of: phrase)
                    #expect(Self.withBytes(text) { scanner.firstOccurring(in: $0) } == expected, "\(text)")
                    #expect(Self.withBytes(String(text.dropLast(tail + 1))) { scanner.firstOccurring(in: $0) } == nil)
                }
            }
        }
        let both = "xx tip us off and then we use cookies"
        #expect(Self.withBytes(both) { scanner.firstOccurring(in: $0) } == 0)
    }

    @Test func scannerMatchesPrefixes() {
        let scanner = PhraseScanner<Int>([("see also ", 0), ("see ", 1), ("\u{A9}", 2)])
        #expect(Self.withBytes("see also this") { scanner.firstPrefix(of: $0) } == 0)
        #expect(Self.withBytes("see this") { scanner.firstPrefix(of: $0) } == 1)
        #expect(Self.withBytes("\u{A9} 2019") { scanner.firstPrefix(of: $0) } == 2)
        #expect(Self.withBytes("we see this") { scanner.firstPrefix(of: $0) } == nil)
        #expect(Self.withBytes("s") { scanner.firstPrefix(of: $0) } == nil)
    }

    @Test func tableLooksUpWholeTextAndLaterEntriesWin() {
        let table = PhraseTable<Int>([("home", 1), ("back to top", 2), ("home", 3)])
        #expect(Self.withBytes("home") { table.value(for: $0) } == 3)
        #expect(Self.withBytes("back to top") { table.value(for: $0) } == 2)
        #expect(Self.withBytes("back to to") { table.value(for: $0) } == nil)
        #expect(Self.withBytes("homes") { table.value(for: $0) } == nil)
    }

    @Test func wordsSplitAtSpacesButKeepACombiningMarkWithItsSpace() {
        let ascii = Self.withBytes("image 3 of 12") { NormalizedWords($0).map(\.string) }
        #expect(ascii == ["image", "3", "of", "12"])
        // A combining acute after a space joins the space into one Character, as String.split sees it.
        let marked = Self.withBytes("caf\u{E9} a \u{301}b") { NormalizedWords($0).map(\.string) }
        #expect(marked == ["caf\u{E9}", "a \u{301}b"])
    }

    @Test func wordsKnowUnicodeNumbers() {
        let words = Self.withBytes("12 \u{663}\u{664} 1st") { Array(NormalizedWords($0)).map { ($0.isNumber, $0.characterCount) } }
        #expect(words.map(\.0) == [true, true, false])
        #expect(words.map(\.1) == [2, 2, 3])
    }

    @Test func wordSetMatchesASCIIAndOtherWords() {
        let set = NormalizedWordSet(["getty", "n\u{E3}o", "of"])
        let found = Self.withBytes("getty gettys of n\u{E3}o na\u{303}o 12") { NormalizedWords($0).map(set.contains) }
        #expect(found == [true, false, true, true, true, false])
    }

    @Test func seenLinesTellsRepeatsByContent() {
        let buffer = Array("alpha beta\nalpha beta\ngamma\n".utf8)
        buffer.withUnsafeBufferPointer { bytes in
            var seen = SeenLines()
            let inserted = [0..<10, 11..<21, 22..<27, 22..<27].map { seen.insert($0, of: bytes) }
            #expect(inserted == [true, false, true, false])
        }
    }

    @Test func seenLinesKeepsManyLinesAndTheEmptyText() {
        let lines = (0..<300).map { "line number \($0)\n" }
        let buffer = Array((lines + lines).joined().utf8)
        buffer.withUnsafeBufferPointer { bytes in
            var seen = SeenLines()
            var start = 0
            var inserted: [Bool] = []
            for line in lines + lines {
                let end = start + line.utf8.count - 1
                inserted.append(seen.insert(start..<end, of: bytes))
                start = end + 1
            }
            #expect(inserted == Array(repeating: true, count: 300) + Array(repeating: false, count: 300))
            let first = seen.insert(5..<5, of: bytes)
            let second = seen.insert(7..<7, of: bytes)
            #expect(first && !second)
        }
    }

    @Test func byteSearchFindsTheFirstOccurrence() {
        let haystack = Array("the quick brown fox jumps over the lazy dog".utf8)
        func offset(_ needle: String) -> Int? {
            Array(needle.utf8).withUnsafeBytes { n in haystack.withUnsafeBytes { ByteSearch.firstOffset(of: n, in: $0) } }
        }
        #expect(offset("the") == 0)
        #expect(offset("the lazy") == 31)
        #expect(offset("dog") == 40)
        #expect(offset("jumps over") == 20)
        #expect(offset("cat") == nil)
        #expect(offset("") == 0)
        #expect(offset("the quick brown fox jumps over the lazy dog!") == nil)
    }

    @Test func hashDependsOnEveryByte() {
        let a = ByteHash.hash(Array("furniture line 1".utf8))
        let b = ByteHash.hash(Array("furniture line 2".utf8))
        let c = ByteHash.hash(Array("furniture line".utf8))
        #expect(a != b && a != c && b != c)
        #expect(a == ByteHash.hash(Array("furniture line 1".utf8)))
    }

    @Test func aChangedByteAnywhereChangesTheHash() {
        for length in 1...40 {
            let text = (0..<length).map { UInt8(0x61 + $0 % 26) }
            var hashes: Set<UInt64> = [ByteHash.hash(text)]
            for position in text.indices {
                var changed = text
                changed[position] &+= 1
                hashes.insert(ByteHash.hash(changed))
            }
            #expect(hashes.count == length + 1, "length \(length)")
            // The low bits, which small tables use, differ too.
            #expect(Set(hashes.map { $0 & 0xFF }).count > length / 2, "length \(length)")
        }
    }
}
