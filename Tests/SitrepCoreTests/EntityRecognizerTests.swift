import Testing
@testable import SitrepCore

@Suite struct EntityRecognizerTests {
    @Test func titlesMakePeopleAndStayInTheSpan() {
        let found = recognize("Yesterday Colonel Ahmed Karim met Dr Leila Haddad and President Macron in the capital.")
        #expect(candidate("Colonel Ahmed Karim", in: found)?.canonicalName == "Ahmed Karim")
        #expect(candidate("Colonel Ahmed Karim", in: found)?.kind == .person)
        #expect(candidate("Dr Leila Haddad", in: found)?.kind == .person)
        #expect(candidate("President Macron", in: found)?.kind == .person)
        #expect(found.count == 3)
    }

    @Test func rolesAndSpeechMakePeople() {
        let found = recognize([
            "Militia spokesman Farhad Shami told reporters the offensive had stalled.",
            "The raid was confirmed by Hassan Omar, who lives nearby.",
            "Witnesses said Leyla Mustafa reported the shelling, a local teacher added.",
            "The statement came from Kurdish commander Rojhat Afrin on Friday.",
        ])
        for name in ["Farhad Shami", "Hassan Omar", "Leyla Mustafa", "Rojhat Afrin"] {
            #expect(candidate(name, in: found)?.kind == .person, "\(name)")
        }
    }

    @Test func organisationWordsAndConnectorsMakeOrganisations() {
        let found = recognize([
            "Aid came from the Norwegian Refugee Council and the Kurdish Red Crescent, according to Al Arabiya TV.",
            "A report by the Iraqi Ministry of Migration and the International Organization for Migration was leaked.",
            "The figures were published by The Guardian and disputed by Human Rights Watch.",
        ])
        for name in ["Norwegian Refugee Council", "Kurdish Red Crescent", "Al Arabiya TV", "Iraqi Ministry of Migration",
                     "International Organization for Migration", "The Guardian", "Human Rights Watch"] {
            #expect(candidate(name, in: found)?.kind == .organisation, "\(name)")
        }
    }

    @Test func contextMakesPlaces() {
        let found = recognize([
            "Convoys left Tabqa for the Ain Issa camp, east of the Balikh River.",
            "Hundreds of families fled to the village of Susah and the town of Hajin.",
            "Fighting continued near Mayadin and around Abu Kamal in Waziristan.",
        ])
        for name in ["Tabqa", "Ain Issa", "Balikh River", "Susah", "Hajin", "Mayadin", "Abu Kamal", "Waziristan"] {
            #expect(candidate(name, in: found)?.kind == .place, "\(name)")
        }
    }

    @Test func sentenceInitialAndCommonCapitalsAreNotEntities() {
        let found = recognize([
            "Harrowing footage showed the aftermath of the raid.",
            "Tomorrow, God willing, we will return.",
            "Thousands fled on Monday, weeks after the March assault.",
            "Captured: the last fighters were led away.",
            "THE battle for the valley is over, officials said.",
            "WIPED OFF THE MAP",
            "However, many Kurdish and Syrian families stayed.",
        ])
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func aSentenceInitialWordCountsWhenTheArticleConfirmsIt() {
        let confirmed = recognize(["Manbij is calm tonight.", "Many residents of Manbij returned."])
        #expect(confirmed.map(\.text) == ["Manbij", "Manbij"])
        let alone = recognize(["Manbij is calm tonight."])
        #expect(alone.isEmpty)
        let followed = recognize(["Tal Abyad fell in a day."])
        #expect(followed.map(\.text) == ["Tal Abyad"])
    }

    @Test func possessivesEndANameAndLeaveTheSpan() {
        let found = recognize("Officials said Turkey's Afrin offensive angered Damascus' allies and Iraq’s Kurds.")
        #expect(found.map(\.text) == ["Turkey", "Afrin", "Damascus", "Iraq"])
        #expect(found.allSatisfy { $0.kind == .place })
    }

    @Test func surnamesLinkToTheFullNameOfTheArticle() {
        let found = recognize([
            "Aid worker Jana Novak arrived on Monday.",
            "Conditions were dire, Novak said.",
            "Ms Novak added that water was short.",
            "Novak later left.",
        ])
        #expect(found.map(\.text) == ["Jana Novak", "Novak", "Ms Novak", "Novak"])
        #expect(found.allSatisfy { $0.canonicalName == "Jana Novak" && $0.kind == .person })
    }

    @Test func aFirstNameJoinedByAndSharesTheSurname() {
        let found = recognize("Police named the brothers as Karim and Omar Haddad.")
        #expect(candidate("Karim", in: found)?.canonicalName == "Karim Haddad")
        #expect(candidate("Karim", in: found)?.kind == .person)
    }

    @Test func acronymsDefinedInParenthesesLinkToTheirExpansion() {
        let found = recognize([
            "The Kurdistan Democratic Party (KDP) won the vote.",
            "Fighters of the national liberation front (NLF) withdrew.",
            "Later the KDP and the NLF denied it.",
        ])
        #expect(candidate("KDP", in: found)?.canonicalName == "Kurdistan Democratic Party")
        #expect(candidate("national liberation front", in: found)?.kind == .organisation)
        #expect(found.filter { $0.text == "NLF" }.allSatisfy { $0.canonicalName == "national liberation front" })
    }

    @Test func initialsSkipConnectorsAndReadNonASCIILetters() {
        let found = recognize([
            "The Syrian Observatory for Human Rights (SOHR) counted the dead.",
            "The Union of Éastern Workers (UÉW) and the Union of Eastern Workers (UW) met.",
            "Later SOHR, the UÉW and the UW spoke.",
        ])
        #expect(found.filter { $0.text == "SOHR" }.map(\.canonicalName) == Array(repeating: "Syrian Observatory for Human Rights", count: 2))
        #expect(candidate("UW", in: found)?.canonicalName == "UW")
        #expect(found.filter { $0.text == "UÉW" }.allSatisfy { $0.canonicalName == "Union of Éastern Workers" })
    }

    @Test func shortAcronymsOnlyInCapitals() {
        let found = recognize(["Yesterday IS fighters retreated as US jets struck.", "He told us it is over."],
                              gazetteer: topicGazetteer)
        #expect(found.map(\.canonicalName) == ["Islamic State", "United States"])
        let shouting = recognize("WHY IS ISIS STILL A THREAT", gazetteer: topicGazetteer)
        #expect(shouting.map(\.text) == ["ISIS"])
    }

    @Test func hyphenatedWordsKeepOnlyTheirNamePart() {
        let found = recognize("US-backed units entered SDF-held areas as anti-ISIS and Kurdish-led forces reached al-Hawl and Deir ez-Zor.")
        #expect(found.map(\.text) == ["US", "SDF", "ISIS", "al-Hawl", "Deir ez-Zor"])
    }

    @Test func gazetteerAliasesMatchWithoutCaseExceptShortAcronyms() {
        let found = recognize(["ISLAMIC State was beaten, and Isis fled.", "President Trump spoke."],
                              gazetteer: topicGazetteer)
        #expect(found.map(\.text) == ["ISLAMIC State", "Isis", "President Trump"])
        #expect(found.map(\.canonicalName) == ["Islamic State", "Islamic State", "Donald Trump"])
    }

    @Test func demonymsAreDroppedButKeptInsideOrganisationNames() {
        let found = recognize("The Kurdish YPG militia and American Colonel Sean Ryan praised the Syrian Democratic Forces.")
        #expect(found.map(\.text) == ["YPG", "Colonel Sean Ryan", "Syrian Democratic Forces"])
    }
}

@Suite struct EntityRecognizerSpacingTests {
    @Test func aCoreIsItsWordsOneSpaceApartHoweverTheTextSpacesThem() {
        // One space: the core is the end of the text; two spaces or a no-break space: the words are re-spaced.
        let found = recognize(["Colonel Ahmed Karim spoke.", "Colonel Ahmed  Karim spoke.",
                               "Then Colonel Ahmed\u{A0}Karim spoke.", "Then Ahmed  Karim spoke."])
        #expect(found.map(\.text) == ["Colonel Ahmed Karim", "Colonel Ahmed  Karim", "Colonel Ahmed\u{A0}Karim",
                                      "Ahmed  Karim"])
        #expect(found.allSatisfy { $0.canonicalName == "Ahmed Karim" })
    }
}
