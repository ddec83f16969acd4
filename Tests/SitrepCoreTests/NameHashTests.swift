import Testing
@testable import SitrepCore

@Suite struct NameHashTests {
    private func hash(_ text: String) -> (hash: UInt64, isASCII: Bool) {
        Array(text.utf8).withUnsafeBufferPointer(NameHash.hash)
    }

    @Test func everyByteCountsAndNonASCIIIsSeenAtAnyLength() {
        // Lengths 0 to 20 cover the three-byte, four-byte, one-word and overlapping-word reads.
        let base = "Syrian Democratic Fo"
        var seen = Set<UInt64>()
        for length in 0...base.count {
            let name = String(base.prefix(length))
            let (value, isASCII) = hash(name)
            #expect(isASCII && seen.insert(value).inserted, "\(name)")
            #expect(hash(name) == (value, true))
            // Changing any one byte changes the hash; a non-ASCII byte anywhere is noticed.
            for index in 0..<length {
                var bytes = Array(name.utf8)
                bytes[index] ^= 0x01
                #expect(bytes.withUnsafeBufferPointer(NameHash.hash).hash != value, "\(name) at \(index)")
                bytes[index] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(NameHash.hash).isASCII, "\(name) at \(index)")
            }
        }
        #expect(hash("Zoë").isASCII == false && hash("Ḥasaka").isASCII == false)
    }
}
