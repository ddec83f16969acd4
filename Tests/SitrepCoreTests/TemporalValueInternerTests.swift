import Testing
@testable import SitrepCore

@Suite struct TemporalValueInternerTests {
    /// The box an indirect enum value points to.
    static func box(_ value: TemporalValue) -> UInt64 { unsafeBitCast(value, to: UInt64.self) }

    @Test func equalValuesShareOneBox() throws {
        #expect(MemoryLayout<TemporalValue>.size == 8)
        let interner = TemporalValueInterner()
        let march = try #require(CalendarDate(year: 2019, month: 3, day: 12))
        let first = interner.intern(.day(march))
        let second = interner.intern(.day(try #require(CalendarDate(iso: "2019-03-12"))))
        #expect(second == .day(march) && Self.box(second) == Self.box(first))
        #expect(Self.box(interner.intern(.month(year: 2019, month: 3))) == Self.box(interner.intern(.month(year: 2019, month: 3))))
        #expect(interner.intern(.year(2019)) == .year(2019))
    }

    @Test func anArticlesValuesAreInternedTogether() throws {
        let interner = TemporalValueInterner()
        let first = interner.intern(.year(2019))
        let values = interner.intern([.year(2019), nil, .month(year: 2019, month: 3), .year(2019)])
        #expect(values.count == 4 && values[1] == nil && values[2] == .month(year: 2019, month: 3))
        #expect(try Self.box(#require(values[0])) == Self.box(first))
        #expect(try Self.box(#require(values[3])) == Self.box(first))
    }

    @Test func keysTellKindsAndFieldsApart() throws {
        let day = try #require(CalendarDate(year: 2019, month: 3, day: 1))
        let keys = [TemporalValue.day(day), .month(year: 2019, month: 3), .year(2019), .year(2018)]
            .compactMap(TemporalValueInterner.key)
        #expect(Set(keys).count == 4)
        #expect(TemporalValueInterner.key(of: .interval(.year(2018), .year(2019))) == nil)
        #expect(TemporalValueInterner.key(of: .year(12345)) == nil)
    }
}
