/// A style's SGR parameters split into what can be added one by one: attribute codes, the foreground
/// and the background. Going from one rendition to another needs no reset when it only adds.
struct Rendition: Hashable {
    var attributes: Set<String> = []
    var foreground: String?
    var background: String?
    /// The parameters in their original order, for a sequence that starts from a reset.
    private(set) var parameters = ""

    /// Splits parameters such as "1;4;38;5;81;48;5;236" (also 30-37, 90-97 and 40-47, 100-107).
    init(_ parameters: String) {
        self.parameters = parameters
        var codes = parameters.split(separator: ";").map(String.init)[...]
        while let code = codes.popFirst() {
            switch code {
            case "38", "48":
                let colour = ([code] + codes.prefix(2)).joined(separator: ";")
                codes = codes.dropFirst(2)
                if code == "38" { foreground = colour } else { background = colour }
            case let code where code.count == 2 && (code.hasPrefix("3") || code.hasPrefix("9")): foreground = code
            case let code where code.count >= 2 && (code.hasPrefix("4") || code.hasPrefix("10")): background = code
            default: attributes.insert(code)
            }
        }
    }

    var isPlain: Bool { parameters.isEmpty }

    /// The SGR sequence that turns `self` into `next`: only the additions when nothing has to be turned
    /// off, otherwise a reset followed by all of `next`; empty when they draw the same.
    func sequence(to next: Rendition) -> String {
        if next.isPlain { return isPlain ? "" : "\u{1B}[m" }
        let adds = attributes.isSubset(of: next.attributes) && (foreground == nil || next.foreground != nil)
            && (background == nil || next.background != nil)
        guard adds else { return "\u{1B}[0;\(next.parameters)m" }
        var changes = next.attributes.subtracting(attributes).sorted()
        if next.foreground != foreground, let colour = next.foreground { changes.append(colour) }
        if next.background != background, let colour = next.background { changes.append(colour) }
        return changes.isEmpty ? "" : "\u{1B}[\(changes.joined(separator: ";"))m"
    }
}
