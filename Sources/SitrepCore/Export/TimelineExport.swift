/// The timeline as `sitrep timeline --json` and `--csv` give it.
///
/// JSON: `{"events": [...]}`, every timeline entry in order (publications too, with `kind` "publication").
/// Each has `date` (ISO 8601), `precision`, `kind`, `summary`, `background` (before the window),
/// `afterWindow`, `conflict`, `outlets`, `sources` (`article` id, `file`, `outlet`, `line`, `expression`,
/// `sentence`), `entities` (canonical names) and `figures`. A figure has `text`, `outlet`, `article`,
/// `counted`, `approximate`, `low`, `high`, and `value`: the number when the figure is exact, otherwise
/// `{"low": l, "high": h}`.
public enum TimelineExport {
    public static func jsonObject(_ model: CorpusModel) -> [String: Any] {
        ["events": model.timeline.entries.indices.map { event(at: $0, model: model) }]
    }

    public static func json(_ model: CorpusModel) -> String { JSONOutput.render(jsonObject(model)) }

    static func event(at index: Int, model: CorpusModel) -> [String: Any] {
        let entry = model.timeline.entries[index]
        return [
            "date": entry.date.iso,
            "precision": entry.date.precision.rawValue,
            "kind": entry.kind.rawValue,
            "summary": entry.summary,
            "background": entry.isBackground,
            "afterWindow": model.timeline.isAfterWindow(entry),
            "conflict": entry.conflict,
            "outlets": model.timeline.outlets(of: index, in: model.articles),
            "sources": model.timeline.sources(of: index).map { source -> [String: Any] in
                let article = model.articles[source.article].source
                return ["article": article.id, "file": article.file, "outlet": source.outlet(in: model.articles),
                        "line": source.line, "expression": source.expression(in: model.articles),
                        "sentence": String(source.sentence(in: model.articles))]
            },
            "entities": Array(model.timeline.entities(of: index)).map { model.entities[$0].name },
            "figures": entry.figures.map { figure($0, model: model) },
        ]
    }

    static func figure(_ reported: ReportedFigure, model: CorpusModel) -> [String: Any] {
        let figure = reported.mention(in: model.articles)
        let value: Any = figure.low == figure.high ? figure.low : ["low": figure.low, "high": figure.high]
        return ["text": figure.text, "value": value, "low": figure.low, "high": figure.high,
                "counted": figure.counted, "approximate": figure.isApproximate,
                "outlet": reported.outlet(in: model.articles),
                "article": model.articles[reported.article].source.id]
    }

    /// One row per entry: date, kind, background, conflict, outlets, summary, entities, figures, sources.
    public static func csv(_ model: CorpusModel) -> String {
        let timeline = model.timeline
        let rows = timeline.entries.indices.map { index -> [String] in
            let entry = timeline.entries[index]
            return [entry.date.iso, entry.kind.rawValue, entry.isBackground ? "true" : "false",
                    entry.conflict ? "true" : "false", timeline.outlets(of: index, in: model.articles).joined(separator: "; "),
                    entry.summary, timeline.entities(of: index).map { model.entities[$0].name }.joined(separator: "; "),
                    entry.figures.map {
                        "\($0.mention(in: model.articles).text) (\($0.outlet(in: model.articles)))"
                    }.joined(separator: "; "),
                    timeline.sources(of: index).map { "\(model.articles[$0.article].source.id):\($0.line)" }
                        .joined(separator: "; ")]
        }
        return CSVWriter.table(header: ["date", "kind", "background", "conflict", "outlets", "summary", "entities",
                                        "figures", "sources"], rows: rows)
    }
}
