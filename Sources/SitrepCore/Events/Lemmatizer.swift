/// A deliberately small suffix stripper: enough to make inflections of one verb or noun agree.
public enum Lemmatizer {
    /// The lemma of a lower-case word.
    public static func lemma(of word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            let lemma = cut(bytes)
            return String(decoding: bytes[..<lemma.kept], as: UTF8.self) + (lemma.addsY ? "y" : "")
        }
    }

    /// The lemma of a lower-case word given as UTF-8 bytes: its first `kept` bytes, then "y" when `addsY`
    /// ("carries" -> "carr" + "y").
    static func cut(_ word: UnsafeBufferPointer<UInt8>) -> (kept: Int, addsY: Bool, length: Int) {
        let count = word.count
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 2 else { return false }
            for k in 0..<length where word[count - length + k] != suffix.utf8Start[k] { return false }
            return true
        }
        var end = count
        var strippedVerbEnding = false
        // Only the suffixes ending in the word's last byte are tried.
        switch count > 0 ? word[count - 1] : 0 {
        case UInt8(ascii: "s"):
            if ends("ies") { return (count - 3, true, count - 2) }
            if ends("sses") || ends("shes") || ends("ches") || ends("xes") {
                end -= 2
            } else if count > 3, word[count - 2] != UInt8(ascii: "s"), word[count - 2] != UInt8(ascii: "u"),
                      word[count - 2] != UInt8(ascii: "i") {
                end -= 1
            }
        case UInt8(ascii: "d"):
            if ends("ied") { return (count - 3, true, count - 2) }
            if ends("ed") {
                end -= 2
                strippedVerbEnding = true
            }
        case UInt8(ascii: "g"):
            if ends("ing") {
                end -= 3
                strippedVerbEnding = true
            }
        default:
            break
        }
        if strippedVerbEnding, end > 3, word[end - 1] == word[end - 2], !isVowel(word[end - 1]),
           word[end - 1] != UInt8(ascii: "l"), word[end - 1] != UInt8(ascii: "s") {
            end -= 1 // "stopped" -> "stop", but "killed" -> "kill"
        }
        if end > 3, word[end - 1] == UInt8(ascii: "e") {
            end -= 1 // "capture" and "captured" both become "captur"
        }
        return (end, false, end)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
