import Foundation

/// Paths of files inside a corpus folder, spelled as `URL.appendingPathComponent(_:).path` spells
/// them, without building a URL for each plain name (letters, digits, `.`, `_`, `-`, no leading dot).
struct FolderPaths {
    private let folder: URL
    /// The folder's path with its separator, when URL spells a plain name's path as prefix + name.
    private let prefix: String?

    init(_ folder: URL) {
        self.folder = folder
        let probe = folder.appendingPathComponent("x").path
        prefix = probe.hasSuffix("/x") ? String(probe.dropLast()) : nil
    }

    /// The path of the file `name` in the folder.
    func path(of name: String) -> String {
        if let prefix, Self.isPlain(name) { return prefix + name }
        return folder.appendingPathComponent(name).path
    }

    /// `name` without its extension, as `NSString.deletingPathExtension` gives it.
    static func baseName(of name: String) -> String {
        guard isPlain(name) else { return (name as NSString).deletingPathExtension }
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return name }
        return String(name[..<dot])
    }

    /// Letters, digits, `.`, `_` and `-`, not starting with a dot: no separator, no special component.
    static func isPlain(_ name: String) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: ".") else { return false }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"): true
            default: false
            }
        }
    }
}
