/// Collects the problems found while loading, in the order they were found.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func warning(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, field: field, message: message))
    }

    mutating func error(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, field: field, message: message))
    }

    mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }
}
