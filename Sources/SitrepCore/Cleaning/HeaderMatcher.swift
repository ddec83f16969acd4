/// Recognises the page header above the first paragraph: the outlet's name, the headline
/// (compared with the metadata title loosely) and the byline.
struct HeaderMatcher {
    private let title: [UInt8]
    private let titleWords: Set<Substring>
    private let outlet: [UInt8]
    private let bylineName: [UInt8]
    private static let placeWord = Array(" in ".utf8)

    init(_ metadata: ArticleMetadata) {
        title = metadata.title.map { LineShape(ArraySlice($0.utf8)).normalized } ?? []
        titleWords = Set(LinePatterns.words(title))
        outlet = metadata.outlet.map { LineShape(ArraySlice($0.utf8)).normalized } ?? []
        let name = metadata.byline?.split(separator: ",").first.map(String.init) ?? ""
        bylineName = LineShape(ArraySlice(name.utf8)).normalized
    }

    /// The header kind of a line before the first kept paragraph, or nil when it is not header.
    /// `isFirstLine` lets an article without a title treat an unpunctuated first line as its headline.
    func kind(of shape: LineShape, isFirstLine: Bool) -> BoilerplateKind? {
        let text = shape.normalized
        if !outlet.isEmpty, text == outlet { return .masthead }
        let namesWriter = (!bylineName.isEmpty && LinePatterns.contains(text, bylineName) && shape.words <= 14)
            || isByline(text, shape)
        // "From Larisa Brown in Qamishli, Syria" also says where the report was filed, like a wire
        // dateline ("BEIRUT (Reuters) -"): that place is information, so such a line stays reporting.
        if namesWriter { return LinePatterns.contains(text, Self.placeWord) ? nil : .byline }
        if title.isEmpty {
            return isFirstLine && !shape.endsLikeSentence && shape.words <= 30 ? .headline : nil
        }
        if text == title { return .headline }
        if shape.words >= 3, LinePatterns.contains(title, text) { return .headline }
        if text.count >= title.count / 2, LinePatterns.contains(text, title) { return .headline }
        let words = LinePatterns.words(text)
        let shared = words.filter { titleWords.contains($0) }.count
        return words.count >= 4 && shared * 5 >= words.count * 4 ? .headline : nil
    }

    /// "By Jane Doe", "- From Larisa Brown in Qamishli, Syria": a short line naming the writer.
    private func isByline(_ text: [UInt8], _ shape: LineShape) -> Bool {
        guard shape.words <= 12, !shape.endsLikeSentence || shape.words <= 4 else { return false }
        return LinePatterns.startsWith(text, Array("by ".utf8)) || LinePatterns.startsWith(text, Array("from ".utf8))
            || LinePatterns.startsWith(text, Array("written by ".utf8)) || LinePatterns.startsWith(text, Array("reporting by ".utf8))
    }
}
