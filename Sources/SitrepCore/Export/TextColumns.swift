/// Helpers for plain-text tables: padding to a column width counted in characters.
enum TextColumns {
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
