import Foundation

/// A screen captured with `capture-pane -e`, reduced to what the tests ask: which text is reversed.
struct StyledScreen {
    /// Per line, the runs of reversed text in order.
    let reversedRuns: [[String]]
    /// The capture as tmux gave it, escape sequences included.
    let raw: String

    init(_ captured: String) {
        raw = captured
        reversedRuns = captured.split(separator: "\n", omittingEmptySubsequences: false).map(Self.reversedRuns)
    }

    /// All reversed runs, trimmed, top to bottom.
    var allReversed: [String] {
        reversedRuns.flatMap { $0 }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The pane whose title is drawn reversed (the focused one), among the given titles.
    func focusedTitle(among titles: [String]) -> String? {
        titles.first { title in allReversed.contains { $0 == title || $0.hasPrefix(title + " ") } }
    }

    private static func reversedRuns(_ line: Substring) -> [String] {
        var runs: [String] = []
        var current = ""
        var reverse = false
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                scalars.removeFirst()
                var parameters = ""
                while let next = scalars.popFirst(), !("@"..."~").contains(next) { parameters.unicodeScalars.append(next) }
                let wasReverse = reverse
                reverse = applySGR(parameters, reverse: reverse)
                if wasReverse && !reverse && !current.isEmpty { runs.append(current); current = "" }
                continue
            }
            if reverse { current.unicodeScalars.append(scalar) }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The reverse state after one SGR sequence; skips the arguments of 38/48/58 colours.
    private static func applySGR(_ parameters: String, reverse: Bool) -> Bool {
        var reverse = reverse
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var index = 0
        while index < numbers.count {
            switch numbers[index] {
            case 0: reverse = false
            case 7: reverse = true
            case 27: reverse = false
            case 38, 48, 58: index += numbers.indices.contains(index + 1) && numbers[index + 1] == 2 ? 4 : 2
            default: break
            }
            index += 1
        }
        return reverse
    }
}
