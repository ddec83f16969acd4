import Testing
@testable import SitrepCore

@Suite struct WordTokenTests {
    @Test func keysFoldCaseAndMatchLowercaseWords() {
        let bytes = Array("The SDF's Raqqa office, Über-Rebels and İstanbul".utf8)
        bytes.withUnsafeBufferPointer { bytes in keysFoldCase(bytes) }
    }

    private func keysFoldCase(_ bytes: UnsafeBufferPointer<UInt8>) {
        var found: [WordToken] = []
        WordTokenizer.tokenize(bytes, from: 0, to: bytes.count, into: &found)
        #expect(found.map { $0.text(in: bytes) } == ["The", "SDF", "Raqqa", "office", ",", "Über-Rebels", "and", "İstanbul"])
        #expect(found[0].key == "the" && found[0].isCapitalised && !found[0].isAllCaps)
        #expect(found[1].key == "sdf" && found[1].isAllCaps && found[1].isPossessive)
        #expect(found[4].isPunctuation(",") && found[4].key == ",")
        #expect(found[5].key == TokenKey("über-rebels") && found[5].hasHyphen && !found[5].isASCII)
        #expect(found[5].keyText(in: bytes) == "über-rebels")
        #expect(found[7].key == TokenKey("İstanbul".lowercased()))
    }

    @Test func eightByteRunsShapeWordsLikeSingleBytes() {
        // Words of 1 to 20 letters at every offset, so runs cross eight-byte steps, the 15-byte key limit
        // and the buffer's end (where fewer than eight bytes remain).
        let letters = Array("InterNationalISATION".utf8)
        for length in 1...letters.count {
            let word = Array(letters.prefix(length))
            for offset in 0..<9 {
                let bytes = Array(repeating: UInt8(ascii: " "), count: offset) + word + Array(" x-y".utf8)
                bytes.withUnsafeBufferPointer { bytes in
                    var lanes = WordShape()
                    let end = lanes.addAlphanumerics(bytes, from: offset, limit: bytes.count)
                    let single = WordShape(bytes, offset..<offset + length)
                    #expect(end == offset + length)
                    #expect(lanes.key(bytes, offset..<end) == single.key(bytes, offset..<end))
                    #expect(lanes.capitals == single.capitals && lanes.smallLetters == single.smallLetters)
                    var cut = WordShape()
                    #expect(cut.addAlphanumerics(bytes, from: offset, limit: offset + 1) == offset + 1 && cut.count == 1)
                }
            }
        }
    }

    @Test func wordsReadInOneOrTwoLoadsMatchTheByteScanner() {
        // With sixteen bytes of padding after the sentence the tokenizer reads short words from whole eight-byte
        // loads; with none it cannot near the end and scans them. Both must give the same tokens.
        let words = ["a", "The", "THE", "of", "SDF", "Syrian", "Raqqa's", "al-Hawl", "organisation", "INTERNATIONAL",
                     "Internationalism", "twenty-five", "ISIS'", "don't", "Zoë", "x1", "Camp"]
        let enders = [" ", ", ", ". ", "-", "’s ", "é ", ""]
        for word in words {
            for ender in enders {
                for lead in 0..<9 {
                    let sentence = Array((String(repeating: " ", count: lead) + "In " + word + ender + word).utf8)
                    let padded = sentence + Array(repeating: UInt8(ascii: "z"), count: 16)
                    let tight = tokens(sentence, upper: sentence.count), loose = tokens(padded, upper: sentence.count)
                    #expect(tight.count == loose.count)
                    for (a, b) in zip(tight, loose) {
                        #expect(a.start == b.start && a.end == b.end && a.key == b.key && a.classes == b.classes)
                        #expect(a.kind == b.kind && a.isCapitalised == b.isCapitalised && a.isAllCaps == b.isAllCaps)
                        #expect(a.hasHyphen == b.hasHyphen && a.isASCII == b.isASCII && a.isPossessive == b.isPossessive)
                        #expect(a.isClauseInitial == b.isClauseInitial)
                    }
                }
            }
        }
    }

    private func tokens(_ bytes: [UInt8], upper: Int) -> [WordToken] {
        bytes.withUnsafeBufferPointer { bytes in
            var found: [WordToken] = []
            WordTokenizer.tokenize(bytes, from: 0, to: upper, into: &found)
            return found
        }
    }

    @Test func marksAreReadBackFromTheirKeys() {
        let bytes: [UInt8] = Array("“Two” – 5% (\u{1F600})".utf8) + [0xFF, 0x2E]
        bytes.withUnsafeBufferPointer { bytes in
            var found: [WordToken] = []
            WordTokenizer.tokenize(bytes, from: 0, to: bytes.count, into: &found)
            let marks = found.filter { $0.kind == .punctuation }.map(\.mark)
            #expect(marks == ["“", "”", "–", "%", "(", "\u{1F600}", ")", "\u{FFFD}", "."])
            #expect(found[0].isPunctuation("“") && !found[0].isASCII && found[1].mark == " " && found[1].isClauseInitial)
        }
        #expect(TokenKey("a").firstScalar == "a" && TokenKey("é").firstScalar == "é")
    }

    @Test func longKeysKeepLengthAndSuffix() {
        let long = TokenKey("internationalisations")
        #expect(long.count == 21 && !long.isEmpty && TokenKey().isEmpty && TokenKey("").isEmpty && !TokenKey("a").isEmpty)
        #expect(!TokenKey(String(repeating: "x", count: 300)).isEmpty)
        #expect(long.hasSuffix("s") && long.hasSuffix("ions") && !long.hasSuffix("ing"))
        #expect(long != TokenKey("internationalisationz"))
        #expect(TokenKey("fighters").hasSuffix("ers") && TokenKey("fighters").count == 8)
        #expect(TokenKey("").isEmpty && !TokenKey("a").isEmpty)
    }

    @Test func wordTablesFindEveryKeyAndNothingElse() {
        let words = (0..<500).map { "word\($0)" }
        let table = WordTable(words.enumerated().map { (TokenKey($1), $0) })
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(table["word500"] == nil && table["Word1"] == nil)
        let set: WordSet = ["of", "the"]
        #expect(set.contains("of") && set.contains(TokenKey("the")) && !set.contains("off"))
    }
}

@Suite struct TokenKeySetTests {
    @Test func holdsWhatWasInsertedThroughGrowth() {
        var set = TokenKeySet()
        let words = (0..<500).map { TokenKey("word\($0)") }
        for word in words where !word.isEmpty { set.insert(word) }
        set.insert(words[3])
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains(TokenKey("word500")) && !set.contains(TokenKey("internationalisations")))
        #expect(!set.contains(TokenKey()))
        set.insert(TokenKey())
        #expect(set.contains(TokenKey()))
    }
}
