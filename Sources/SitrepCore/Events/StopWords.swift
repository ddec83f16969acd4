/// Words that say nothing about which happening a sentence reports: function words, reporting verbs
/// and time words (the date is compared separately).
enum StopWords {
    static func contains(_ word: String) -> Bool { table.contains(KeywordSet.hash(Array(word.utf8)[...])) }

    /// The stop words' hashes, to be held in a loop (reading a `static let` checks it is set up each time).
    static let table: KeywordInterner = {
        var table = KeywordInterner(capacity: hashes.count)
        for hash in hashes { _ = table.id(of: hash) }
        return table
    }()

    private static let hashes: [UInt64] = """
    a about above across after afterwards again against all almost along already also although always am among
    an and another any anyone anything are around as at back be became because become been before being below
    beside besides between beyond both but by can cannot could did do does doing done down during each either
    else enough even ever every few for former from further had has have having he her here hers herself him
    himself his how however if in into is it its itself just last latter least less many may me meanwhile might
    more most much must my myself neither never nevertheless next no nobody none nor not nothing now of off often
    on once one only onto or other others otherwise our ours ourselves out over own per perhaps rather same several
    she should since so some somehow someone something still such than that the their theirs them themselves then
    there thereafter therefore these they this those though through throughout thus to together too toward towards
    under until up upon us very via was we well were what whatever when whence whenever where whereas whether which
    while who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
    said say says saying told tell tells added adding according claimed claims reported reports reporting stated
    explained insisted warned believed announced confirmed described asked spokesman spokeswoman official officials
    statement news report sources source
    today tonight yesterday tomorrow morning afternoon evening night overnight weekend week weeks month months year
    years day days hour hours minute minutes time times ago recently earlier later early late past recent ongoing
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr new first second third final latest another around nearly almost about some thousand thousands
    hundred hundreds million millions dozen dozens two three four five six seven eight nine ten
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { KeywordSet.hash(Array($0.utf8)[...]) }
}
