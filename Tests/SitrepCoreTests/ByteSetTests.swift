import Testing
@testable import SitrepCore

@Suite struct ByteSetTests {
    @Test func holdsExactlyItsBytes() {
        let members: [UInt8] = [0, 1, 63, 64, 65, 0x5B, 127, 128, 0xA9, 191, 192, 0xC2, 255]
        let set = ByteSet(members)
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == members.contains(byte), "\(byte)")
        }
        #expect(!ByteSet([]).contains(0))
    }
}
