/// The word lists recognition relies on, built once into one table. Keys are lowercase.
enum EntityLexicon {
    /// The lists a lowercase word belongs to.
    static func classes(of key: TokenKey) -> WordClass { table[key] ?? [] }

    static func classes(of word: String) -> WordClass { classes(of: TokenKey(word)) }

    /// The lists of every listed word. A loop over many words reads it once and passes it on: each read of a
    /// global goes through its lazy-initialisation check, a call on Linux.
    static let table: WordTable<WordClass> = {
        var classes: [TokenKey: WordClass] = [:]
        for (wordClass, list) in lists {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                classes[TokenKey(String(word)), default: []].insert(wordClass)
            }
        }
        for key in NumberWords.openers { classes[key, default: []].insert(.figureOpener) }
        for key in NumberWords.afterArticle { classes[key, default: []].insert(.figureAfterArticle) }
        return WordTable(classes.map { ($0.key, $0.value) })
    }()

    private static let lists: [(WordClass, String)] = [
        (.stopWord, """
        a an the and or but nor so yet if then than that this these those there here where when while whilst
        who whom whose which what why how whether as at by for from in into of off on onto out over per to
        up upon via with within without about above across after against along amid among around before behind
        below beneath beside besides between beyond despite during except inside near outside since through
        throughout toward towards under underneath unlike until unto i me my we us our you your he him his she
        her it its they them their one ones all any both each few many more most much other others some such
        no not only own same too very can will just should now also even still however meanwhile moreover
        furthermore nevertheless therefore thus instead indeed perhaps maybe yes is are was were be been being
        have has had do does did would could may might must shall let once twice earlier later last next first
        second third another every several dozens hundreds thousands millions tens scores
        today tonight tomorrow yesterday morning evening afternoon night week weekend month year day
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july
        august september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr
        jun jul aug sep sept oct nov dec
        god allah islam christianity judaism caliphate jihad holocaust internet web online ramadan eid christmas
        easter west western east eastern north northern south southern english arabic
        two three four five six seven eight nine ten eleven twelve twenty fifty hundred thousand million
        according among although because despite following including read source see topics photo picture
        credit caption video watch click share comment comments advertisement related more subscribe
        """),
        (.title, """
        mr mrs ms miss mx dr doctor sir dame lord lady colonel col lt lieutenant general gen major maj captain
        capt sergeant sgt corporal cpl private pte brigadier brig admiral adm commander cmdr marshal president
        vice prime minister secretary chancellor senator sen rep representative governor gov mayor judge justice
        professor prof king queen prince princess sheikh sheik shaikh emir caliph imam ayatollah mullah pope
        cardinal bishop archbishop reverend rev father brother sister saint ambassador envoy chairman chairwoman
        premier sultan crown mufti rabbi pastor deputy
        """),
        (.personRole, """
        spokesman spokeswoman spokesperson commander official chief leader minister journalist reporter
        correspondent analyst expert bride wife husband son daughter mother father brother sister widow
        director founder envoy president colonel general soldier fighter militant jihadist jihadi activist
        witness survivor resident doctor cleric preacher photographer editor lawyer judge ambassador diplomat
        researcher professor author writer officer member head emir recruit guard teenager schoolgirl
        schoolboy student teacher nurse medic woman man boy girl citizen national hostage prisoner captive
        negotiator monitor chairman secretary governor mayor king queen prince sheikh caliph imam
        """),
        (.speechVerb, """
        said says told tells added adds explained explains stated warned warns claimed claims insisted
        insists urged urges denied denies wrote writes tweeted tweets announced announces described describes
        confirmed confirms admitted admits recalled recalls argued argues asked asks replied replies
        """),
        (.organisationWord, """
        forces force organisation organization ministry council observatory agency agencies army party group
        coalition alliance times news tv television radio press post guardian telegraph mail sun herald
        tribune journal gazette network channel committee commission union front movement brigade brigades
        battalion corps navy police service services office department bank fund university college
        institute foundation association federation league society church court parliament assembly
        congress senate government administration authority command company corporation inc ltd airlines
        cross crescent watch international state nations units unit militia media
        guard guards agency bureau centre center programme program
        """),
        (.placeWord, """
        river valley mountains mountain mount lake sea gulf desert province governorate region city village
        town camp island islands street square bridge dam airport base strait coast peninsula heights hills
        plain plains county district kingdom republic states emirates oasis port fort cape bay
        """),
        (.placeNounAfter, """
        camp camps city village town province region border river valley district governorate area
        countryside desert enclave pocket airport base crossing refugee
        """),
        (.placeNounBefore, """
        village town city province region district capital country governorate outskirts suburbs
        streets banks area countryside
        """),
        (.placePreposition, """
        in at near from into across outside inside throughout toward towards around via
        """),
        (.containerPreposition, "in into inside outside near across throughout around toward towards"),
        (.demonym, """
        kurdish kurd kurds syrian syrians iraqi iraqis american americans british brit brits briton britons
        english scottish welsh irish french german germans russian russians arab arabs arabic muslim muslims
        yazidi yazidis christian christians jewish jews turkish turk turks iranian iranians shia shiite
        shiites sunni sunnis jihadi european europeans western westerner westerners lebanese jordanian
        jordanians saudi saudis egyptian egyptians libyan libyans afghan afghans pakistani pakistanis
        israeli israelis palestinian palestinians chinese australian australians canadian canadians belgian
        belgians dutch swedish danish norwegian italian italians spanish portuguese indian indians asian
        african africans alawite alawites druze assyrian assyrians turkmen chechen chechens uzbek tajik uighur
        uyghur yemeni yemenis qatari emirati bahraini kuwaiti tunisian tunisians moroccan moroccans algerian
        islamist islamists islamic catholic orthodox sufi salafi persian ottoman soviet
        """),
        (.detachedPrefix, """
        anti pro ex non post pre self co mid semi multi neo
        """),
        (.particle, """
        al el bin ibn bint abu abi umm de du del della der van von da di dos das le la
        """),
        (.openingParticle, "al el bin ibn abu van von de"),
        (.hyphenParticle, """
        al el ad ar as ash at az ed en er es et ez an ul bin ibn abu
        """),
        (.connector, "of for the"),
        (.commonAcronym, """
        ngo ngos pm am ceo mp mps ied ieds hq utc gmt bst id pr ok diy faq cctv gps vip rpg rpgs dna
        ak usd gbp eur km mph bc ad ps nb ii iii iv vi
        """),
    ]
}
