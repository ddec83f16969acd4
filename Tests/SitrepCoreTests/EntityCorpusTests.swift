import Foundation
import Testing
@testable import SitrepCore

/// Canonical entities of the embedded corpus, through the whole pipeline.
@Suite struct EntityCorpusTests {
    private static let model: CorpusModel? = {
        guard let url = EmbeddedCorpus.locate(), var corpus = try? CorpusLoader.load(from: url) else { return nil }
        if corpus.gazetteer.entries.isEmpty { corpus.gazetteer = seedGazetteer(url) }
        return CorpusAnalyzer.analyze(corpus)
    }()

    /// Reads `seeds/gazetteer.json` for loaders that do not read it yet.
    private static func seedGazetteer(_ url: URL) -> Gazetteer {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent("gazetteer.json").path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = json["entities"] as? [[String: Any]] else { return Gazetteer() }
        return Gazetteer(entries: list.compactMap { item in
            guard let name = item["name"] as? String, let kind = (item["type"] as? String).flatMap(EntityKind.init)
            else { return nil }
            return Gazetteer.Entry(name: name, kind: kind, aliases: item["aliases"] as? [String] ?? [])
        })
    }

    private func entity(_ name: String) throws -> Entity {
        let model = try #require(Self.model)
        return try #require(model.entities.first { $0.name == name }, "no entity \(name)")
    }

    @Test func islamicStateIsOneOrganisation() throws {
        let state = try entity("Islamic State")
        #expect(state.kind == .organisation)
        #expect(Set(["ISIS", "IS", "Islamic State", "Daesh"]).isSubset(of: state.aliases))
        #expect(state.articles == [0, 1, 2, 3, 4])
        let model = try #require(Self.model)
        #expect(model.entities.filter { $0.aliases.contains("ISIS") || $0.aliases.contains("Daesh") }.count == 1)
    }

    @Test func theSDFIsOneOrganisation() throws {
        let sdf = try entity("Syrian Democratic Forces")
        #expect(sdf.kind == .organisation)
        #expect(Set(["SDF", "Syrian Democratic Forces", "Syrian democratic forces"]).isSubset(of: sdf.aliases))
    }

    @Test func placeSpellingsAreOnePlace() throws {
        let baghouz = try entity("Baghouz")
        #expect(baghouz.kind == .place)
        #expect(Set(["Baghouz", "Baghuz"]).isSubset(of: baghouz.aliases))
        let hol = try entity("al-Hol")
        #expect(Set(["al-Hol", "al-Hawl", "Al-Hawl"]).isSubset(of: hol.aliases))
        #expect(try !entity("United States").aliases.contains("UK"))
        #expect(try entity("United Kingdom").aliases.contains("UK"))
        for name in ["Rukban", "Qamishli", "Raqqa", "Mosul", "Sinjar", "Syria", "Iraq"] {
            #expect(try entity(name).kind == .place, "\(name)")
        }
    }

    @Test func mustafaBaliIsOnePersonUnderEveryForm() throws {
        let bali = try entity("Mustafa Bali")
        #expect(bali.kind == .person)
        #expect(Set(["Mustafa Bali", "Mr Bali", "Bali", "Musefa Bali"]).isSubset(of: bali.aliases))
        #expect(bali.articles == [0, 2, 3, 4])
    }

    @Test func peopleFoundFromContext() throws {
        #expect(try entity("Sean Ryan").aliases == ["Colonel Sean Ryan"])
        #expect(try entity("Donald Trump").aliases.contains("President Trump"))
        for name in ["Kino Gabriel", "Zana Amedi", "Adnan Afrin", "Rami Abdel Rahman", "Shamima Begum",
                     "Abu Bakr al-Baghdadi", "Sean Ryan"] {
            #expect(try entity(name).kind == .person, "\(name)")
        }
        #expect(try entity("Kino Gabriel").aliases == ["Kino Gabriel", "Gabriel"])
        #expect(try entity("al-Hadath TV").kind == .organisation)
    }

    @Test func commonCapitalsAreNotEntities() throws {
        let model = try #require(Self.model)
        let aliases = Set(model.entities.flatMap(\.aliases))
        for word in ["Harrowing", "Tomorrow", "Captured", "Thousands", "However", "Many", "THE", "Kurdish", "Syrian",
                     "God", "Caliphate", "Tuesday", "March", "Yazidis", "Kurds"] {
            #expect(!aliases.contains(word), "\(word)")
        }
    }

    @Test func everyMentionIsVerifiedOnItsOriginalLine() throws {
        let model = try #require(Self.model)
        for annotations in AnnotationsExport.annotations(model) {
            #expect(annotations.skipped == 0, "article \(annotations.article)")
        }
    }
}
