import Foundation

/// Reads one article file: refuses missing, empty and binary files, warns about invalid UTF-8,
/// and returns sanitised text.
enum ArticleFileReader {
    /// The sanitised text of the file at `path`, or nil after logging why it cannot be used.
    /// `name` is how diagnostics cite the file.
    static func read(_ path: String, name: String, log: inout DiagnosticLog) -> String? {
        guard let bytes = FileBytes.read(path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                log.error(name, isFolder.boolValue ? "is a folder, not an article file" : "cannot be read (permissions?)")
            } else {
                log.error(name, "file not found")
            }
            return nil
        }
        return bytes.withUnsafeBufferPointer { decode($0, name: name, line: nil, log: &log) }
    }

    /// Validates and sanitises article bytes. `line` is the line diagnostics cite when the bytes
    /// come from inside another file (a JSON Lines record); otherwise lines are counted in the data.
    static func decode(_ data: UnsafeBufferPointer<UInt8>, name: String, line: Int?, log: inout DiagnosticLog) -> String? {
        let hasMark = data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF
        let bytes = UnsafeBufferPointer(rebasing: data[(hasMark ? 3 : 0)...])
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            log.error(name, line: line, "empty file: no text to read")
            return nil
        }
        // A NUL byte needs sanitising too: clean text (the common case) has none to look for.
        let unsafe = TextSanitizer.firstUnsafeIndex(bytes)
        if unsafe != nil, let nul = firstNUL(in: bytes) {
            log.error(name, line: line, "binary file (NUL byte at offset \(nul)); not an article")
            return nil
        }
        // The common case: valid UTF-8 with nothing to sanitise is taken as it is, validated once.
        if unsafe == nil, let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        var text = Array(bytes)
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            log.warning(name, line: line ?? UTF8Validation.line(of: offset, in: bytes),
                        "invalid UTF-8 at byte offset \(offset); bad bytes shown as \u{FFFD}")
            text = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        return String(decoding: TextSanitizer.sanitize(text), as: UTF8.self)
    }

    private static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
