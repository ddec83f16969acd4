import Testing
@testable import SitrepCore

@Suite struct AlphanumericLanesTests {
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    @Test func classifiesEveryByteInEveryLane() {
        let filler = Array("abcdefgh".utf8)
        for lane in 0..<8 {
            for byte in UInt8(0)...0xFF {
                var bytes = filler
                bytes[lane] = byte
                let lanes = AlphanumericLanes(Self.word(bytes))
                let bit = UInt64(0x80) << UInt64(8 * lane)
                #expect((lanes.upper & bit != 0) == (0x41...0x5A).contains(byte), "byte \(byte) lane \(lane)")
                #expect((lanes.lower & bit != 0) == (0x61...0x7A).contains(byte), "byte \(byte) lane \(lane)")
                #expect((lanes.digit & bit != 0) == (0x30...0x39).contains(byte), "byte \(byte) lane \(lane)")
                #expect((lanes.space & bit != 0) == (byte == 0x20), "byte \(byte) lane \(lane)")
                let lowered = UInt8(truncatingIfNeeded: lanes.lowered(Self.word(bytes)) >> UInt64(8 * lane))
                #expect(lowered == ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte))
            }
        }
    }

    @Test func countsMarkedLanes() {
        for pattern in [UInt64(0), 0x80, 0x8000_0080_0080_0000, AlphanumericLanes.highBits] {
            #expect(AlphanumericLanes.count(pattern) == pattern.nonzeroBitCount)
        }
    }

    @Test func firstLanesMarksTheLeadingBytes() {
        #expect(AlphanumericLanes.firstLanes(0) == 0)
        #expect(AlphanumericLanes.firstLanes(3) == 0x80_8080)
        #expect(AlphanumericLanes.firstLanes(8) == AlphanumericLanes.highBits)
    }

    @Test func asciiIsCheckedEightBytesAtATimeAndInTheTail() {
        for length in 0...20 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
            #expect(bytes.withUnsafeBufferPointer(AlphanumericLanes.isASCII))
            for index in bytes.indices {
                bytes[index] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(AlphanumericLanes.isASCII))
                bytes[index] = UInt8(ascii: "a")
            }
        }
    }
}
