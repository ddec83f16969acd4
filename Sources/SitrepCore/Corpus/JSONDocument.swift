import Foundation

/// Parses JSON and, when it is malformed, says where: line and column, not just "invalid".
enum JSONDocument {
    enum Failure: Error {
        case malformed(line: Int, column: Int?, reason: String)
    }

    /// Parses `bytes`; a failure carries the 1-based line (and column) of the problem.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Any, Failure> {
        if let value = PlainJSONParser.parse(bytes) { return .success(value) }
        return parse(Data(bytes))
    }

    static func parse(_ bytes: [UInt8]) -> Result<Any, Failure> { bytes.withUnsafeBufferPointer { parse($0) } }

    /// Parses `data` with `JSONSerialization`, which also says where malformed JSON goes wrong.
    private static func parse(_ data: Data) -> Result<Any, Failure> {
        do {
            return .success(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            return .failure(locate(error as NSError, in: data))
        }
    }

    /// Turns Foundation's message ("... around character 25." or "... around line 3, column 13.")
    /// into a line and column.
    private static func locate(_ error: NSError, in data: Data) -> Failure {
        let message = (error.userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        let reason = message.components(separatedBy: " around ").first ?? message
        if let line = number(after: "line ", in: message) {
            return .malformed(line: line, column: number(after: "column ", in: message), reason: reason)
        }
        guard let offset = number(after: "character ", in: message) else {
            return .malformed(line: 1, column: nil, reason: reason)
        }
        var line = 1, lineStart = 0
        for (i, byte) in data.prefix(offset).enumerated() where byte == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return .malformed(line: line, column: offset - lineStart + 1, reason: reason)
    }

    private static func number(after label: String, in message: String) -> Int? {
        guard let range = message.range(of: label) else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }
}

extension JSONDocument.Failure {
    /// A diagnostic naming the file and the place of the syntax error.
    func diagnostic(file: String, lineOffset: Int = 0) -> Diagnostic {
        switch self {
        case let .malformed(line, column, reason):
            let at = column.map { " at column \($0)" } ?? ""
            return Diagnostic(.error, file: file, line: line + lineOffset, message: "malformed JSON\(at): \(reason)")
        }
    }
}
