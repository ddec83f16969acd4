import SitrepCore
import Testing
@testable import SitrepUI

/// The entity filter's index agrees with the definition it replaces: an entry is kept when it names the
/// entity, or when it is the publication of an article that mentions the entity.
@Suite struct EntryIndexTests {
    private static func expected(_ model: CorpusModel, entity: Int) -> [Bool] {
        let articles = Set(model.entities[entity].articles)
        let timeline = model.timeline
        return timeline.entries.indices.map { index in
            timeline.entities(of: index).contains(entity)
                || (timeline.entries[index].kind == .publication
                    && timeline.sources(of: index).contains { articles.contains($0.article) })
        }
    }

    @Test func everyEntityOfTheEmbeddedCorpus() throws {
        let model = try #require(EmbeddedCorpusScreenTests.model)
        let index = Catalog(model: model).entryIndex
        #expect(model.timeline.entries.contains { $0.kind == .publication })
        for entity in model.entities.indices {
            let found = index.involvement(of: entity, articles: model.entities[entity].articles)
            #expect(found == Self.expected(model, entity: entity), "\(model.entities[entity].name)")
        }
    }

    @Test func theFixtureModelKeepsEventsOnly() {
        let model = FixtureModel.model
        let index = Catalog(model: model).entryIndex
        let bali = index.involvement(of: 2, articles: model.entities[2].articles)
        #expect(bali == [false, false, true, false])
        #expect(index.involvement(of: 99, articles: []) == [false, false, false, false])
    }

    @Test func eachEntryListsItsDistinctOutletsInSourceOrder() throws {
        for model in [FixtureModel.model, try #require(EmbeddedCorpusScreenTests.model)] {
            let catalog = Catalog(model: model)
            for number in model.timeline.entries.indices {
                let named = catalog.entryIndex.outlets(of: number).map { catalog.outlets[Int($0)].outlet }
                #expect(named == model.timeline.outlets(of: number, in: catalog.model.articles), "entry \(number)")
            }
        }
        // Two sources from one outlet name it once; the order is the sources'.
        let fixture = Catalog(model: FixtureModel.model)
        #expect(fixture.entryIndex.outlets(of: 1).map { fixture.outlets[Int($0)].outlet } == ["Northwind News", "Southgate Times"])
        #expect(fixture.entryIndex.outlets(of: 2).map { fixture.outlets[Int($0)].outlet } == ["Southgate Times", "Northwind News"])
    }

    @Test func theScanPairsEveryNamedEntityWithItsEntryInEntryOrder() throws {
        let model = try #require(EmbeddedCorpusScreenTests.model)
        let scan = EntryScan(model.timeline, entityCount: model.entities.count,
                             articleCount: model.articles.count, outletOfArticle: Catalog(model: model).outletOfArticle)
        let expected = model.timeline.entries.indices.flatMap { number in
            model.timeline.entities(of: number).map { [$0, number] }
        }
        #expect(scan.namings.map { [Int($0.entity), Int($0.entry)] } == expected)
        #expect(scan.outletOffsets.count == model.timeline.entries.count + 1)
        for (article, entry) in scan.publications.enumerated() {
            try #require(entry >= 0, "article \(article) has a publication entry")
            #expect(model.timeline.sources(of: Int(entry)).contains { $0.article == article })
        }
    }
}
