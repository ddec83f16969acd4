import Testing
@testable import SitrepCore

@Suite struct NameRecordTableTests {
    @Test func mentionsAreCountedByPairAndAddedIntoTheirRecords() {
        var table = NameRecordTable(gazetteer: GazetteerIndex(Gazetteer(entries: [])))
        // "Colonel Ahmed Karim" is a second surface of the record of "Ahmed Karim"; "ahmed karim" a third.
        let bali = table.add(text: "Mustafa Bali", canonicalName: "Mustafa Bali", kind: .person, article: 0)
        let karim = table.add(text: "Ahmed Karim", canonicalName: "Ahmed Karim", kind: .person, article: 0)
        #expect(table.add(text: "Colonel Ahmed Karim", canonicalName: "Ahmed Karim", kind: .person, article: 0) == karim)
        #expect(table.add(text: "Ahmed Karim", canonicalName: "Ahmed Karim", kind: .place, article: 2) == karim)
        #expect(table.add(text: "Colonel Ahmed Karim", canonicalName: "Ahmed Karim", kind: .person, article: 3) == karim)
        #expect(table.add(text: "ahmed karim", canonicalName: "ahmed karim", kind: .organisation, article: 3) == karim)
        #expect(table.add(text: "Mustafa Bali", canonicalName: "Mustafa Bali", kind: .person, article: 3) == bali)
        let records = table.finishedRecords()
        #expect(records.count == 2)
        #expect(records[bali].mentions == 2 && records[bali].votes[.person] == 2 && records[bali].articles == [0, 3])
        let record = records[karim]
        #expect(record.mentions == 5 && record.articles == [0, 2, 3])
        #expect(record.votes[.person] == 3 && record.votes[.place] == 1 && record.votes[.organisation] == 1)
        #expect(record.surfaces.map { table.names[$0.text] } == ["Ahmed Karim", "Colonel Ahmed Karim", "ahmed karim"])
        #expect(record.surfaces.map(\.count) == [2, 2, 1] && record.surfaces.map(\.order) == [1, 2, 5])
        #expect(record.votes.total == 5 && KindVotes().total == 0)
    }
}
