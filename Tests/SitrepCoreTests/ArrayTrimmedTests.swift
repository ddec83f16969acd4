import Testing
@testable import SitrepCore

@Suite struct ArrayTrimmedTests {
    @Test func keepsTheElementsAndDropsTheSpareRoom() {
        var grown: [Int] = []
        for value in 0..<1000 { grown.append(value) }
        let trimmed = grown.trimmed()
        #expect(trimmed == grown)
        #expect(trimmed.capacity < grown.capacity || grown.capacity == grown.count)
        #expect(trimmed.capacity - trimmed.count < 8)
    }

    @Test func anEmptyArrayStaysEmpty() {
        #expect([String]().trimmed().isEmpty)
    }
}
