extension String {
    /// Whether the string's bytes end with those of `suffix`: `hasSuffix` without walking Characters, for the
    /// ASCII endings word rules test ("-stan", "-ed", "-ing", plural "s").
    func hasUTF8Suffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard utf8.count >= count else { return false }
        return suffix.withUTF8Buffer { utf8.suffix(count).elementsEqual($0) }
    }
}
