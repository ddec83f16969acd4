import Testing
@testable import SitrepCore

@Suite struct SmallLettersTests {
    @Test func agreesWithTheByteTestInEveryLane() {
        let letters = UInt64(0x6162_6364_7778_797A)  // "zyxwdcba" read little-endian
        #expect(SmallLetters.fill(letters))
        for lane in 0..<8 {
            for byte in 0...255 {
                let shift = UInt64(lane * 8)
                let word = letters & ~(0xFF << shift) | UInt64(byte) << shift
                #expect(SmallLetters.fill(word) == (UInt8(byte) &- 0x61 < 26), "byte \(byte) in lane \(lane)")
            }
        }
    }

    @Test func normalizedLinesKeepEveryByte() {
        let line = "Kurdish-led forces, backed by the coalition’s aircraft, entered Baghouz overnightxyz."
        #expect(String(decoding: LineShape.normalize(line), as: UTF8.self)
                == "kurdish led forces backed by the coalition s aircraft entered baghouz overnightxyz")
    }
}
