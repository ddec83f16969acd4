@testable import SitrepUI
import SitrepCore

/// Runs a key script on the fixture model and returns the final screen as text.
func screen(_ script: String, width: Int = 80, height: Int = 24, model: CorpusModel = FixtureModel.model) throws -> String {
    var runner = ScriptRunner(model: model, width: width, height: height)
    return String(runner.run(try KeyScript(parsing: script)).dropLast())
}

/// Runs a key script on the fixture model and returns the application, for grid and state checks.
func application(after script: String, width: Int = 80, height: Int = 24,
                 model: CorpusModel = FixtureModel.model) throws -> Application {
    var runner = ScriptRunner(model: model, width: width, height: height)
    _ = runner.run(try KeyScript(parsing: script))
    return runner.application
}

extension Grid {
    /// The column and row where `text` first appears on screen.
    func find(_ text: String) -> (x: Int, y: Int)? {
        for y in 0..<height {
            var column = 0
            var columns: [Int] = []
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line += self[x, y].text
                columns.append(contentsOf: Array(repeating: x, count: self[x, y].text.count))
                column += 1
            }
            if let range = line.range(of: text) {
                return (columns[line.distance(from: line.startIndex, to: range.lowerBound)], y)
            }
        }
        return nil
    }

    /// The styles of the cells `text` occupies where it first appears.
    func styles(of text: String) -> [Style]? {
        guard let (x, y) = find(text) else { return nil }
        return (x..<min(width, x + DisplayWidth.of(text))).filter { !self[$0, y].isContinuation }.map { self[$0, y].style }
    }

    /// The row of the selected (reversed, not dimmed) list line containing `text`, if that line is selected.
    func isSelected(_ text: String) -> Bool {
        guard let styles = styles(of: text) else { return false }
        return styles.allSatisfy { $0.attributes.contains(.reverse) && !$0.attributes.contains(.dim) }
    }
}
