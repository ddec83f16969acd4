/// The cleaning rules that look at one line on its own.
enum LinePatterns {
    /// A photo-caption marker: `[/caption]`, a glued or trailing `Credit:`, a PressReader `??  ??`
    /// placeholder, or a leading `Photo:` / `Picture:` / `Pictured:` label.
    static func isCaptionMarked(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        if raw.last == UInt8(ascii: "]"), raw.count >= captionEnd.count,
           raw[(raw.count - captionEnd.count)...].elementsEqual(captionEnd) { return true }
        // Every phrase found anywhere holds a colon or a question mark: lines without either skip the scan.
        let mayHoldPhrase = ByteSearch.contains(UInt8(ascii: ":"), in: raw) || ByteSearch.contains(UInt8(ascii: "?"), in: raw)
        return mayHoldPhrase && captionAnywhere.occurs(in: raw) || captionLabels.firstPrefix(of: raw) != nil
    }

    private static let captionEnd = Array("[/caption]".utf8)
    private static let captionAnywhere = PhraseScanner(["Credit:", "Credits:", "CREDIT:", "??  ??"])
    private static let captionLabels = PhraseScanner(["[caption", "Photo:", "Photograph:", "Picture:", "Pictured:",
                                                      "Image:", "Caption:", "PHOTO:", "(Photo:", "\u{A9}"])

    /// A short line naming a photo agency or credit and not written as a sentence ("AFP or licensors").
    static func isCreditLine(_ line: LineText) -> Bool {
        let shape = line.shape
        guard shape.words <= 8, !shape.endsLikeSentence || shape.words <= 3 else { return false }
        return line.words.contains { FurniturePhrases.creditWords.contains($0) }
    }

    private static let counterWords = NormalizedWordSet(["of", "image", "photo", "picture", "slide"])

    /// A gallery counter: `7`, `3/12`, `3 of 12`, `Image 3 of 12`.
    static func isCounter(_ line: LineText) -> Bool {
        let shape = line.shape
        guard shape.words <= 4, shape.digits > 0, shape.digits <= 6 else { return false }
        return line.words.allSatisfy { word in
            word.isNumber ? word.characterCount <= 3 : counterWords.contains(word)
        }
    }

    /// A line holding only a date and/or time ("03/13/2019, 10.19", "Updated: 12 March 2019 09:36 GMT").
    static func isDateStamp(_ line: LineText) -> Bool {
        guard line.shape.digits > 0, line.shape.words <= 10 else { return false }
        return line.words.allSatisfy { word in
            word.isNumber || FurniturePhrases.dateStampWords.contains(word) || isOrdinalOrHour(word)
        }
    }

    /// "12th", "3rd", "9h": a short word starting with a number and ending in an ordinal or hour suffix.
    private static func isOrdinalOrHour(_ word: NormalizedWord) -> Bool {
        guard word.characterCount <= 4 else { return false }
        let startsWithNumber = word.isASCII ? word.bytes[0] >= 0x30 && word.bytes[0] <= 0x39 : word.string.first!.isNumber
        return startsWithNumber && (word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd")
            || word.hasSuffix("th") || word.hasSuffix("h"))
    }

    /// What a page shows in place of an e-mail address it hides: "[email protected]". A phrase scan reads a
    /// few windows of a line, where a search for its rarest byte stops at every "p".
    private static let hiddenAddress = PhraseScanner(["email protected"])

    /// An e-mail address or phone number beside a call to action ("Email us at ... or call ...").
    static func isContactPromo(_ line: LineText) -> Bool {
        let hasAddress = ByteSearch.contains(UInt8(ascii: "@"), in: line.raw)
            || hiddenAddress.occurs(in: line.normalized)
        guard hasAddress || (line.shape.digits >= 10 && hasPhoneNumber(line.raw)) else { return false }
        return FurniturePhrases.callsToAction.occurs(in: line.normalized)
    }

    /// Ten or more digits in a run broken only by spaces, dashes, dots or brackets.
    private static func hasPhoneNumber(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        for b in raw {
            if (0x30...0x39).contains(b) { digits += 1; if digits >= 10 { return true } }
            else {
                switch b {
                case 0x20, 0x2D, 0x2E, 0x28, 0x29, 0x2B: continue
                default: digits = 0
                }
            }
        }
        return false
    }

    /// Several words, not one English function word and some of another language: a motto or
    /// signature in another language ("ecco il nostro comune compito").
    static func isForeign(_ line: LineText) -> Bool {
        var count = 0
        var foreign = false
        for word in line.words {
            if FurniturePhrases.englishFunctionWords.contains(word) { return false }
            count += 1
            if !foreign { foreign = FurniturePhrases.foreignFunctionWords.contains(word) }
        }
        return count >= 4 && foreign
    }

    /// Enough words, or a full sentence of some length: reporting resumes after a related-stories block.
    static func looksLikeReporting(_ shape: LineShape) -> Bool {
        shape.words >= 25 || (shape.words >= 12 && shape.endsLikeSentence)
    }
}
