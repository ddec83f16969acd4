import Foundation

/// Writes RFC 4180 CSV: CRLF line ends, and a field holding a comma, quote, CR or LF is quoted with
/// its quotes doubled.
public enum CSVWriter {
    public static func table(header: [String], rows: [[String]]) -> String {
        var output = line(header)
        for row in rows { output += line(row) }
        return output
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
