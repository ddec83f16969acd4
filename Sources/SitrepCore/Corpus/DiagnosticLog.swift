/// Collects the problems found while loading, in the order they were found. Messages quote names
/// and values from the corpus, so each part is made safe to print on one terminal line.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func warning(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        add(.warning, file, line, field, message)
    }

    mutating func error(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        add(.error, file, line, field, message)
    }

    private mutating func add(_ severity: Diagnostic.Severity, _ file: String, _ line: Int?, _ field: String?,
                              _ message: String) {
        diagnostics.append(Diagnostic(severity, file: TextSanitizer.singleLine(file), line: line,
                                      field: field.map(TextSanitizer.singleLine),
                                      message: TextSanitizer.singleLine(message)))
    }

    mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }
}
