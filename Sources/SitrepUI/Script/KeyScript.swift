/// A file of keystrokes for the headless script mode, in the spirit of tig's test scripts.
///
/// Each line is typed left to right: plain characters are keys (`jjj`, `/Baghouz`), `<Name>` is a
/// named key (`<Enter>`, `<Esc>`, `<Tab>`, `<S-Tab>`, `<C-d>`, `<Down>`, `<PgDn>`, `<Home>`, `<Space>`,
/// `<Lt>` for `<`), `<Resize 100x30>` resizes, `<Click X Y>`, `<WheelUp X Y>`, `<WheelDown X Y>` are
/// mouse events. Leading and trailing blanks are ignored; a line starting with `#` is a comment.
public struct KeyScript: Hashable, Sendable {
    /// One step of a script.
    public enum Step: Hashable, Sendable {
        case key(Key)
        case resize(width: Int, height: Int)

        /// How the step is written in a script, for step separators.
        public var label: String {
            switch self {
            case .key(.character(let character)) where character != "<" && character != " ":
                return String(character)
            case .key(let key): return "<\(KeyName.label(key))>"
            case .resize(let width, let height): return "<Resize \(width)x\(height)>"
            }
        }
    }

    /// A script line that does not parse.
    public struct ParseError: Error, Hashable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public let steps: [Step]

    public init(steps: [Step]) { self.steps = steps }

    public init(parsing text: String) throws(ParseError) {
        var steps: [Step] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") { continue }
            var rest = line[...]
            while let character = rest.first {
                rest = rest.dropFirst()
                guard character == "<", let close = rest.firstIndex(of: ">") else {
                    steps.append(.key(.character(character)))
                    continue
                }
                let name = String(rest[..<close])
                rest = rest[rest.index(after: close)...]
                guard let step = Self.step(named: name) else {
                    throw ParseError(line: number + 1, message: "unknown key <\(name)>")
                }
                steps.append(step)
            }
        }
        self.steps = steps
    }

    private static func step(named name: String) -> Step? {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        switch first.lowercased() {
        case "resize":
            let size = words.count == 2 ? words[1].split(separator: "x").compactMap { Int($0) } : []
            guard size.count == 2 else { return nil }
            return .resize(width: size[0], height: size[1])
        case "click", "wheelup", "wheeldown":
            guard words.count == 3, let x = Int(words[1]), let y = Int(words[2]) else { return nil }
            let kind: MouseEvent.Kind = first.lowercased() == "click" ? .press : first.lowercased() == "wheelup"
                ? .wheelUp : .wheelDown
            return .key(.mouse(MouseEvent(kind: kind, x: x, y: y)))
        default:
            return words.count == 1 ? KeyName.parse(name).map(Step.key) : nil
        }
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        let blanks: Set<Character> = [" ", "\t", "\r"]
        guard let first = firstIndex(where: { !blanks.contains($0) }),
              let last = lastIndex(where: { !blanks.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
