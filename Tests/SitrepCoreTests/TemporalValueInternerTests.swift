import Testing
@testable import SitrepCore

@Suite struct TemporalValueInternerTests {
    /// The box an indirect enum value points to.
    static func box(_ value: TemporalValue) -> UInt64 { unsafeBitCast(value, to: UInt64.self) }

    /// One value interned on its own.
    static func intern(_ value: TemporalValue, in interner: TemporalValueInterner) throws -> TemporalValue {
        try #require(interner.intern([value]).first ?? nil)
    }

    @Test func equalValuesShareOneBox() throws {
        #expect(MemoryLayout<TemporalValue>.size == 8)
        let interner = TemporalValueInterner()
        let march = try #require(CalendarDate(year: 2019, month: 3, day: 12))
        let first = try Self.intern(.day(march), in: interner)
        let second = try Self.intern(.day(try #require(CalendarDate(iso: "2019-03-12"))), in: interner)
        #expect(second == .day(march) && Self.box(second) == Self.box(first))
        let month = try Self.intern(.month(year: 2019, month: 3), in: interner)
        #expect(try Self.box(Self.intern(.month(year: 2019, month: 3), in: interner)) == Self.box(month))
        #expect(try Self.intern(.year(2019), in: interner) == .year(2019))
    }

    @Test func anArticlesValuesAreInternedTogether() throws {
        let interner = TemporalValueInterner()
        let first = try Self.intern(.year(2019), in: interner)
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
