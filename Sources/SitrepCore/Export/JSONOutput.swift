import Foundation

/// Serialises export objects (dictionaries, arrays, strings, numbers, booleans) as pretty JSON with
/// sorted keys, so the output is stable from run to run and diffable.
public enum JSONOutput {
    public static func render(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else {
            preconditionFailure("export objects are built from JSON-compatible values only")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
