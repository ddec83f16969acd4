/// Recognises the page header above the first paragraph: the outlet's name, the headline
/// (compared with the metadata title loosely) and the byline.
struct HeaderMatcher {
    private let title: [UInt8]
    private let titleWords: TitleWords
    private let outlet: [UInt8]
    private let bylineName: [UInt8]
    private static let placeWord = Array(" in ".utf8)
    private static let bylineOpenings = PhraseScanner(["by ", "from ", "written by ", "reporting by "])

    init(_ metadata: ArticleMetadata) {
        title = metadata.title.map(LineShape.normalize) ?? []
        titleWords = TitleWords(title)
        outlet = metadata.outlet.map(LineShape.normalize) ?? []
        let name = metadata.byline?.split(separator: ",").first.map(String.init) ?? ""
        bylineName = LineShape.normalize(name)
    }

    /// The header kind of a line before the first kept paragraph, or nil when it is not header.
    /// `isFirstLine` lets an article without a title treat an unpunctuated first line as its headline.
    func kind(of line: LineText, isFirstLine: Bool) -> BoilerplateKind? {
        let text = line.normalized
        let shape = line.shape
        if !outlet.isEmpty, text.elementsEqual(outlet) { return .masthead }
        let namesWriter = (!bylineName.isEmpty && ByteSearch.contains(bylineName, in: text) && shape.words <= 14)
            || isByline(line)
        // "From Larisa Brown in Qamishli, Syria" also says where the report was filed, like a wire
        // dateline ("BEIRUT (Reuters) -"): that place is information, so such a line stays reporting.
        if namesWriter { return ByteSearch.contains(Self.placeWord, in: text) ? nil : .byline }
        if title.isEmpty {
            return isFirstLine && !shape.endsLikeSentence && shape.words <= 30 ? .headline : nil
        }
        if text.elementsEqual(title) { return .headline }
        if shape.words >= 3, title.withUnsafeBufferPointer({ ByteSearch.contains(text, in: $0) }) { return .headline }
        if text.count >= title.count / 2, ByteSearch.contains(title, in: text) { return .headline }
        // Four in five words shared with the title make a headline: once more than a fifth of the most words
        // the line can have (one more than its spaces) are not shared, it cannot be one.
        let mostWords = text.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
        var words = 0
        var shared = 0
        for word in line.words {
            words += 1
            if titleWords.contains(word) { shared += 1 } else if (words - shared) * 5 > mostWords { return nil }
        }
        return words >= 4 && shared * 5 >= words * 4 ? .headline : nil
    }

    /// "By Jane Doe", "- From Larisa Brown in Qamishli, Syria": a short line naming the writer.
    private func isByline(_ line: LineText) -> Bool {
        let shape = line.shape
        guard shape.words <= 12, !shape.endsLikeSentence || shape.words <= 4 else { return false }
        return Self.bylineOpenings.firstPrefix(of: line.normalized) != nil
    }
}
