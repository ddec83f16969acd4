import Testing
@testable import SitrepUI

@Suite struct FilterTests {
    @Test func enterOnAnEntityNarrowsTimelineAndArticles() throws {
        let text = try screen("4<Enter>")
        #expect(text.contains("─ Timeline · Mustafa Bali "))
        #expect(text.contains("─ Articles · Mustafa Bali "))
        #expect(text.contains("Fighters surrender"))
        #expect(!text.contains("SDF launches final"))
        #expect(!text.contains("Background"))
        #expect(text.contains("Southgate Times (1)"))
        #expect(!text.contains("Northwind News (2)"))
        #expect(text.contains("● Mustafa Bali"))
        #expect(text.split(separator: "\n").last!.contains("Filter: Mustafa Bali"))
    }

    @Test func theFilterStaysVisibleInTheStatusBar() throws {
        let text = try screen("4<Enter>1j")
        #expect(text.split(separator: "\n").last!.contains("Filter: Mustafa Bali (Esc clears)"))
    }

    @Test func filteredEntityIsEmphasisedInTheReader() throws {
        let grid = try application(after: "4<Enter>2<Enter>").render()
        #expect(grid.text.contains("─ Reader · Southgate Times "))
        #expect(grid.styles(of: "Mustafa Bali said")?.prefix(12).allSatisfy { $0.role == .emphasis } == true)
        #expect(grid.styles(of: "SDF spokesman")?.prefix(3).allSatisfy { $0.role == .organisation } == true)
    }

    @Test func escClearsTheFilter() throws {
        let text = try screen("4<Enter><Esc>")
        #expect(text.contains("SDF launches final"))
        #expect(text.contains("Northwind News (2)"))
        #expect(!text.contains("Filter: Mustafa"))
        #expect(text.contains("─ Timeline ─"))
    }

    @Test func placeFilterKeepsEveryEventThatInvolvesIt() throws {
        // Deir ez-Zor: only the fall of Baghouz involves it.
        let text = try screen("4jjj<Enter>")
        #expect(text.contains("Filter: Deir ez-Zor"))
        #expect(text.contains("Baghouz falls, ending"))
        #expect(!text.contains("Fighters surrender"))
    }

    @Test func entitiesShowKindsCountsAndAliases() throws {
        let text = try screen("", width: 120, height: 40)
        #expect(text.contains("People (1)"))
        #expect(text.contains("Organisations (1)"))
        #expect(text.contains("Places (2)"))
        #expect(text.contains("Syrian Democratic Forces 3 SDF"))
        #expect(text.contains("Baghouz 6 Baghuz"))
        let grid = try application(after: "", width: 120, height: 40).render()
        // The first entity is the selection (reversed, dimmed while unfocused); its kind still shows.
        let person = try #require(grid.styles(of: "Mustafa Bali 2")?.first)
        #expect(person.role == .person && person.attributes.contains(.bold) && !person.attributes.contains(.underline))
        #expect(grid.styles(of: "Syrian Democratic Forces 3")?.first == Style(.organisation, .underline))
        #expect(grid.styles(of: "Deir ez-Zor")?.first == Style(.place, [.bold, .underline]))
    }
}
