/// Finds spellings of one name across the corpus without comparing every pair: names are bucketed by a cheap
/// key and compared only within their bucket.
///
/// - Places and organisations share a bucket when their consonant skeletons agree ("Baghouz"/"Baghuz",
///   "al-Hol"/"al-Hawl") and merge when their keys are a few edits apart ("Iran" and "Iraq" never meet).
/// - People share a bucket by surname and merge when their first names are a few edits apart
///   ("Mustafa Bali"/"Musefa Bali", not "Ali Bali"); a lone surname joins the only person who bears it.
/// - An acronym joins the same letters written as a word ("ISIS"/"Isis").
enum VariantMatcher {
    static func unite(_ records: [NameRecord], into groups: inout UnionFind) {
        var keys: [String: Int] = [:]
        for index in records.indices { keys[records[index].key] = index }
        var skeletons: [String: [Int]] = [:]
        var surnames: [String: [Int]] = [:]
        var loneSurnames: [Int] = []
        for (index, record) in records.enumerated() {
            if record.isAcronym {
                if let word = keys[record.key.lowercased()] { groups.unite(index, word) }
                continue
            }
            switch record.kind {
            case .person:
                if record.wordCount >= 2 {
                    let key = record.key
                    let surname = lastSpace(in: key).map { key[key.index(after: $0)...] } ?? key[...]
                    surnames[String(surname), default: []].append(index)
                } else {
                    loneSurnames.append(index)
                }
            case .place, .organisation:
                let form = record.kind == .place ? placeForm(record.key) : record.key
                skeletons["\(record.kind.rawValue) \(NameNormalizer.skeleton(form))", default: []].append(index)
            }
        }
        for bucket in skeletons.values where bucket.count > 1 {
            uniteVariants(bucket, records, &groups) { $0.kind == .place ? placeForm($0.key) : $0.key }
        }
        for bucket in surnames.values where bucket.count > 1 {
            uniteVariants(bucket, records, &groups) { String($0.key[..<(lastSpace(in: $0.key) ?? $0.key.endIndex)]) }
        }
        for index in loneSurnames {
            guard let bearers = surnames[records[index].key] else { continue }
            let roots = Set(bearers.map { groups.root(of: $0) })
            if roots.count == 1 { groups.unite(index, bearers[0]) }
        }
    }

    /// Generic words for a natural or built feature, which a place's name may carry or drop ("Euphrates River").
    /// Not "States" or "Kingdom": "United States" and "United Kingdom" are not spellings of "United".
    private static let featureWords: Set<String> = [
        "river", "valley", "mountains", "mountain", "lake", "sea", "desert", "province", "governorate", "region",
        "city", "village", "town", "camp", "island", "district", "county", "oasis",
    ]

    /// A place key without a trailing feature word: "euphrates river" compares as "euphrates".
    private static func placeForm(_ key: String) -> String {
        guard let space = lastSpace(in: key), featureWords.contains(String(key[key.index(after: space)...]))
        else { return key }
        return String(key[..<space])
    }

    /// Where the key's last space is: found over the bytes of an ASCII key (most are), where a space is always a
    /// character of its own, and by `Character` otherwise. A key has no leading, trailing or doubled spaces, so
    /// the text after its last space is its last word.
    static func lastSpace(in key: String) -> String.Index? {
        let utf8 = key.utf8
        guard utf8.withContiguousStorageIfAvailable(AlphanumericLanes.isASCII) == true else { return key.lastIndex(of: " ") }
        return utf8.lastIndex(of: 0x20)
    }

    private static func uniteVariants(_ bucket: [Int], _ records: [NameRecord], _ groups: inout UnionFind,
                                      compared: (NameRecord) -> String) {
        let forms = bucket.map { compared(records[$0]) }
        for i in bucket.indices {
            for j in bucket.indices where j > i && NameNormalizer.areVariants(forms[i], forms[j]) {
                groups.unite(bucket[i], bucket[j])
            }
        }
    }
}
