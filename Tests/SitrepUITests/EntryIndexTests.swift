import SitrepCore
import Testing
@testable import SitrepUI

/// The entity filter's index agrees with the definition it replaces: an entry is kept when it names the
/// entity, or when it is the publication of an article that mentions the entity.
@Suite struct EntryIndexTests {
    private static func expected(_ model: CorpusModel, entity: Int) -> [Bool] {
        let articles = Set(model.entities[entity].articles)
        return model.timeline.entries.map { entry in
            entry.entities.contains(entity)
                || (entry.kind == .publication && entry.sources.contains { articles.contains($0.article) })
        }
    }

    @Test func everyEntityOfTheEmbeddedCorpus() throws {
        let model = try #require(EmbeddedCorpusScreenTests.model)
        let index = EntryIndex(model)
        #expect(model.timeline.entries.contains { $0.kind == .publication })
        for entity in model.entities.indices {
            let found = index.involvement(of: entity, articles: model.entities[entity].articles)
            #expect(found == Self.expected(model, entity: entity), "\(model.entities[entity].name)")
        }
    }

    @Test func theFixtureModelKeepsEventsOnly() {
        let model = FixtureModel.model
        let index = EntryIndex(model)
        let bali = index.involvement(of: 2, articles: model.entities[2].articles)
        #expect(bali == [false, false, true, false])
        #expect(index.involvement(of: 99, articles: []) == [false, false, false, false])
    }
}
