import Foundation

/// Reads one article file: refuses missing, empty and binary files, warns about invalid UTF-8,
/// and returns sanitised text.
enum ArticleFileReader {
    /// The sanitised text of the file at `url`, or nil after logging why it cannot be used.
    /// `name` is how diagnostics cite the file.
    static func read(_ url: URL, name: String, log: inout DiagnosticLog) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
                log.error(name, isFolder.boolValue ? "is a folder, not an article file" : "cannot be read (permissions?)")
            } else {
                log.error(name, "file not found")
            }
            return nil
        }
        return decode(data, name: name, line: nil, log: &log)
    }

    /// Validates and sanitises article bytes. `line` is the line diagnostics cite when the bytes
    /// come from inside another file (a JSON Lines record); otherwise lines are counted in the data.
    static func decode(_ data: Data, name: String, line: Int?, log: inout DiagnosticLog) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            log.error(name, line: line, "empty file: no text to read")
            return nil
        }
        if let nul = bytes.firstIndex(of: 0) {
            log.error(name, line: line, "binary file (NUL byte at offset \(nul)); not an article")
            return nil
        }
        let invalid = bytes.withUnsafeBufferPointer { buffer in
            UTF8Validation.firstInvalidOffset(in: buffer).map { ($0, UTF8Validation.line(of: $0, in: buffer)) }
        }
        if let (offset, lineInFile) = invalid {
            log.warning(name, line: line ?? lineInFile,
                        "invalid UTF-8 at byte offset \(offset); bad bytes shown as \u{FFFD}")
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        return String(decoding: TextSanitizer.sanitize(bytes), as: UTF8.self)
    }
}
