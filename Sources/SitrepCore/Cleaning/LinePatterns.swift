/// The cleaning rules that look at one line on its own.
enum LinePatterns {
    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { contains(haystack[...], needle) }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in ByteSearch.firstOffset(of: n, in: h) != nil }
        }
    }

    static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool { startsWith(bytes[...], prefix) }

    static func startsWith(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
    }

    /// The words of normalized text.
    static func words(_ normalized: [UInt8]) -> [Substring] {
        String(decoding: normalized, as: UTF8.self).split(separator: " ")
    }

    /// A photo-caption marker: `[/caption]`, a glued or trailing `Credit:`, a PressReader `??  ??`
    /// placeholder, or a leading `Photo:` / `Picture:` / `Pictured:` label.
    static func isCaptionMarked(_ raw: ArraySlice<UInt8>) -> Bool {
        if raw.count >= captionEnd.count, raw.suffix(captionEnd.count).elementsEqual(captionEnd) { return true }
        if captionAnywhere.contains(where: { contains(raw, $0) }) { return true }
        return captionLabels.contains { startsWith(raw, $0) }
    }

    private static let captionEnd = Array("[/caption]".utf8)
    private static let captionAnywhere = ["Credit:", "Credits:", "CREDIT:", "??  ??"].map { Array($0.utf8) }
    private static let captionLabels = ["[caption", "Photo:", "Photograph:", "Picture:", "Pictured:", "Image:",
                                        "Caption:", "PHOTO:", "(Photo:", "\u{A9}"].map { Array($0.utf8) }

    /// A short line naming a photo agency or credit and not written as a sentence ("AFP or licensors").
    static func isCreditLine(_ shape: LineShape) -> Bool {
        guard shape.words <= 8, !shape.endsLikeSentence || shape.words <= 3 else { return false }
        return words(shape.normalized).contains { FurniturePhrases.creditWords.contains(String($0)) }
    }

    /// A gallery counter: `7`, `3/12`, `3 of 12`, `Image 3 of 12`.
    static func isCounter(_ shape: LineShape) -> Bool {
        guard shape.words <= 4, shape.digits > 0, shape.digits <= 6 else { return false }
        let w = words(shape.normalized)
        let allowed: Set<Substring> = ["of", "image", "photo", "picture", "slide"]
        return w.allSatisfy { word in word.allSatisfy(\.isNumber) || allowed.contains(word) }
            && w.filter { $0.allSatisfy(\.isNumber) }.allSatisfy { $0.count <= 3 }
    }

    /// A line holding only a date and/or time ("03/13/2019, 10.19", "Updated: 12 March 2019 09:36 GMT").
    static func isDateStamp(_ shape: LineShape) -> Bool {
        guard shape.digits > 0, shape.words <= 10 else { return false }
        return words(shape.normalized).allSatisfy { word in
            word.allSatisfy(\.isNumber) || FurniturePhrases.dateStampWords.contains(String(word))
                || (word.count <= 4 && word.first!.isNumber && ["st", "nd", "rd", "th", "h"].contains { word.hasSuffix($0) })
        }
    }

    /// An e-mail address or phone number beside a call to action ("Email us at ... or call ...").
    static func isContactPromo(_ raw: ArraySlice<UInt8>, _ shape: LineShape) -> Bool {
        let hasAddress = raw.contains(UInt8(ascii: "@")) || LinePatterns.contains(shape.normalized, Array("email protected".utf8))
        guard hasAddress || hasPhoneNumber(raw) else { return false }
        return FurniturePhrases.callsToAction.contains { LinePatterns.contains(shape.normalized, $0) }
    }

    /// Ten or more digits in a run broken only by spaces, dashes, dots or brackets.
    private static func hasPhoneNumber(_ raw: ArraySlice<UInt8>) -> Bool {
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
    static func isForeign(_ shape: LineShape) -> Bool {
        let w = words(shape.normalized).map(String.init)
        guard w.count >= 4 else { return false }
        return !w.contains(where: FurniturePhrases.englishFunctionWords.contains)
            && w.contains(where: FurniturePhrases.foreignFunctionWords.contains)
    }

    /// Enough words, or a full sentence of some length: reporting resumes after a related-stories block.
    static func looksLikeReporting(_ shape: LineShape) -> Bool {
        shape.words >= 25 || (shape.words >= 12 && shape.endsLikeSentence)
    }
}
