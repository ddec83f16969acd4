import Foundation

/// The timeline as readable plain text (no escape codes): background first, then the window, then anything
/// dated after it. One line per entry: date, a mark (`!` figures disagree, `·` publication), the summary,
/// and the outlets; a conflict adds a line naming each outlet's figure.
public enum TimelineTextRenderer {
    public static func render(_ model: CorpusModel) -> String {
        let timeline = model.timeline
        guard !timeline.entries.isEmpty else { return "No dated events found.\n" }
        let dateWidth = timeline.entries.map { $0.date.iso.count }.max() ?? 10
        var output = "\(model.title): \(timeline.entries.count) timeline entries"
        if let window = timeline.window { output += ", window \(window.lowerBound.iso) to \(window.upperBound.iso)" }
        output += "\n"
        var sections: [(String, [Int])] = []
        if let window = timeline.window {
            sections = [("Background (before \(window.lowerBound.iso))", timeline.backgroundEntries),
                        ("\(window.lowerBound.iso) to \(window.upperBound.iso)", timeline.entriesInWindow),
                        ("After \(window.upperBound.iso)", timeline.entriesAfterWindow)]
        } else {
            sections = [("Timeline", Array(timeline.entries.indices))]
        }
        for (heading, indices) in sections where !indices.isEmpty {
            output += "\n\(heading)\n"
            for index in indices { output += line(index, of: timeline, dateWidth: dateWidth, articles: model.articles) }
        }
        return output
    }

    static func line(_ index: Int, of timeline: Timeline, dateWidth: Int, articles: [AnalyzedArticle]) -> String {
        let entry = timeline.entries[index]
        let mark = entry.conflict ? "!" : entry.kind == .publication ? "·" : " "
        let summary = entry.kind == .publication ? "Published: " + entry.summary : entry.summary
        var text = "  " + TextColumns.pad(entry.date.iso, dateWidth) + " \(mark) " + summary
            + "  [" + timeline.outlets(of: index, in: articles).joined(separator: ", ") + "]\n"
        if entry.conflict {
            let figures = entry.figures.map { "\(label($0.mention(in: articles))) (\($0.outlet(in: articles)))" }
                .joined(separator: "; ")
            text += String(repeating: " ", count: dateWidth + 5) + "figures disagree: " + figures + "\n"
        }
        return text
    }

    /// The figure's words with what it counts when the words alone do not say it: "2,000 fighters".
    static func label(_ figure: FigureMention) -> String {
        figure.counted.isEmpty || figure.text.contains(figure.counted) ? figure.text : figure.text + " " + figure.counted
    }
}
