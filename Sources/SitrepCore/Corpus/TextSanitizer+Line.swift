extension TextSanitizer {
    /// `text` made safe to print on one terminal line: newlines too become spaces. For diagnostics,
    /// which quote file names and field values from the corpus.
    public static func singleLine(_ text: String) -> String {
        let bytes = sanitize(Array(text.utf8)).map { $0 == 0x0A ? 0x20 : $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
