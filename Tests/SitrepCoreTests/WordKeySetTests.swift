import Testing
@testable import SitrepCore

/// `WordKeySet` answers as a `Set` of the same keys does.
@Suite struct WordKeySetTests {
    @Test func membershipMatchesASetOfTheSameKeys() {
        let words = ["mr", "dr", "sept", "programme", "a", "twelveletter", "mr"]
        let set = WordKeySet(words)
        let reference = Set(words.map(WordKey.make))
        let probes = words + ["Mr", "mrs", "s", "program", "twelveletters", "", "b", "zz"]
        for word in probes {
            let key = WordKey.make(word)
            #expect(set.contains(key) == reference.contains(key), "\(word)")
        }
        #expect(!set.contains(0), "no word packs to 0")
    }
}
