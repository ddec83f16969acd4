/// The distinct strings merging meets (surface texts and canonical names), each given a small integer id,
/// with its `NameNormalizer` key computed at most once.
struct InternedNames {
    private var ids: [String: Int] = [:]
    private(set) var strings: [String] = []
    private var keys: [String?] = []

    mutating func id(of string: String) -> Int {
        if let id = ids[string] { return id }
        ids[string] = strings.count
        strings.append(string)
        keys.append(nil)
        return strings.count - 1
    }

    /// `NameNormalizer.key` of the string with this id.
    mutating func key(of id: Int) -> String {
        if let key = keys[id] { return key }
        let key = NameNormalizer.key(strings[id])
        keys[id] = key
        return key
    }

    subscript(id: Int) -> String { strings[id] }
}
