import Testing
@testable import SitrepCore

@Suite struct AliasMergerTests {
    /// One candidate per name; each inner list is one article.
    private func merge(_ articles: [[(String, EntityKind)]], gazetteer: Gazetteer = Gazetteer(),
                       canonical: [String: String] = [:]) -> EntityMerger.Result {
        let candidates = articles.map { names in
            names.enumerated().map { index, item in
                EntityCandidate(span: TextSpan(paragraph: 0, start: index * 10, end: index * 10 + item.0.utf8.count),
                                text: item.0, canonicalName: canonical[item.0] ?? item.0, kind: item.1)
            }
        }
        return EntityMerger.merge(candidates, gazetteer: gazetteer)
    }

    private func entity(named name: String, in result: EntityMerger.Result) -> Entity? {
        result.entities.first { $0.name == name }
    }

    @Test func transliteratedFirstNamesMergeUnderOneSurname() throws {
        let result = merge([[("Mustafa Bali", .person), ("Mustafa Bali", .person)], [("Musefa Bali", .person)],
                            [("Bali", .person)], [("Mustafa Baly", .person)]])
        let bali = try #require(entity(named: "Mustafa Bali", in: result))
        #expect(bali.aliases == ["Mustafa Bali", "Musefa Bali", "Bali"])
        #expect(bali.mentionCount == 4)
        #expect(bali.articles == [0, 1, 2])
        #expect(result.entities.count == 2)
    }

    @Test func differentFirstNamesStayApart() {
        let result = merge([[("Mustafa Bali", .person)], [("Ali Bali", .person)], [("Bali", .person)],
                            [("Jean-Michel Clain", .person), ("Fabien Clain", .person)]])
        #expect(result.entities.count == 5)
        #expect(entity(named: "Bali", in: result)?.aliases == ["Bali"])
    }

    @Test func placeSpellingsMergeByConsonantSkeleton() {
        let result = merge([[("Baghouz", .place), ("Baghouz", .place), ("al-Hol", .place)],
                            [("Baghuz", .place), ("al-Hawl", .place), ("Al-Hawl", .place)],
                            [("Raqqa", .place), ("Raqa", .place), ("Deir al-Zor", .place), ("Deir ez-Zor", .place)],
                            [("Qamişli", .place), ("Qamishli", .place), ("Euphrates River", .place), ("Euphrates", .place)]])
        #expect(entity(named: "Baghouz", in: result)?.aliases == ["Baghouz", "Baghuz"])
        #expect(entity(named: "al-Hawl", in: result)?.aliases == ["al-Hol", "al-Hawl", "Al-Hawl"])
        #expect(entity(named: "Raqqa", in: result)?.mentionCount == 2)
        #expect(result.entities.first { $0.aliases.contains("Deir ez-Zor") }?.mentionCount == 2)
        #expect(result.entities.first { $0.aliases.contains("Qamişli") }?.aliases.count == 2)
        #expect(entity(named: "Euphrates River", in: result)?.aliases.count == 2)
        #expect(result.entities.count == 6)
    }

    @Test func nearbyButDifferentPlacesStayApart() {
        let result = merge([[("Iran", .place), ("Iraq", .place), ("Homs", .place), ("Hama", .place),
                             ("Syria", .place), ("Serbia", .place), ("United States", .place), ("United Kingdom", .place),
                             ("Raqqa city", .place), ("Raqqa province", .place), ("Jordan", .place), ("Jordan River", .place)]])
        #expect(result.entities.count == 10)
        #expect(result.entities.first { $0.aliases.contains("United States") }?.aliases == ["United States"])
    }

    @Test func gazetteerAliasesGiveTheCanonicalNameAndKind() {
        let result = merge([[("ISIS", .organisation), ("Daesh", .place)], [("IS", .organisation), ("Isis", .place)],
                            [("ISLAMIC State", .organisation), ("President Trump", .person)]], gazetteer: topicGazetteer,
                           canonical: ["President Trump": "Trump"])
        let state = entity(named: "Islamic State", in: result)
        #expect(state?.kind == .organisation)
        #expect(state?.mentionCount == 5)
        #expect(state?.articles == [0, 1, 2])
        #expect(entity(named: "Donald Trump", in: result)?.aliases == ["President Trump"])
        #expect(result.entities.count == 2)
    }

    @Test func acronymsDefinedInOneArticleJoinTheirExpansionInOthers() {
        let result = merge([[("Kurdistan Democratic Party", .organisation), ("KDP", .organisation)], [("KDP", .organisation)]],
                           canonical: ["KDP": "Kurdistan Democratic Party"])
        #expect(result.entities.count == 1)
        #expect(result.entities.first?.aliases == ["KDP", "Kurdistan Democratic Party"])
    }

    @Test func caseTheAndHyphensAreNormalised() {
        let result = merge([[("Syrian Democratic Forces", .organisation), ("Syrian democratic forces", .organisation)],
                            [("The Times", .organisation), ("Times", .organisation)],
                            [("Tal-Abyad", .place), ("Tal Abyad", .place)]])
        #expect(result.entities.count == 3)
    }

    @Test func kindIsTheMajorityAndMentionsPointAtTheirEntity() {
        let result = merge([[("Manbij", .place), ("Manbij", .organisation)], [("Manbij", .place)], [("Afrin", .place)]])
        let manbij = entity(named: "Manbij", in: result)
        #expect(manbij?.kind == .place)
        #expect(result.entities.first?.name == "Manbij")
        #expect(result.mentions.map { $0.map { result.entities[$0.entity].name } }
                == [["Manbij", "Manbij"], ["Manbij"], ["Afrin"]])
    }
}
