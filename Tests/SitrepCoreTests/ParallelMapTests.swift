import Testing
@testable import SitrepCore

@Suite struct ParallelMapTests {
    @Test func resultsKeepIndexOrder() {
        let squares = parallelMap(1_000) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(parallelMap(0) { $0 }.isEmpty)
    }

    @Test func pairsComeBackAsTwoArraysInIndexOrder() {
        let (numbers, words) = parallelMap(pairs: 500) { index in (index, String(repeating: "w", count: index % 40)) }
        #expect(numbers == Array(0..<500))
        #expect(words == (0..<500).map { String(repeating: "w", count: $0 % 40) })
        let (none, nothing) = parallelMap(pairs: 0) { ($0, "\($0)") }
        #expect(none.isEmpty && nothing.isEmpty)
    }
}
