/// The invented world the generator writes about: outlets, people, places and organisations.
/// Names are generic or invented so that extraction cannot lean on the seeds' own wording.
enum Vocabulary {
    static let outlets = [
        "The Morning Ledger", "Eastern Courier", "Daily Dispatch", "The Evening Standard-Post", "Global Wire",
        "Northern Echo Times", "The Continental", "Riverside Herald", "Metro Bulletin", "The Observer-Gazette",
        "Frontline Report", "Capital Tribune", "The Sentinel", "World Affairs Daily", "Harbour City News",
        "The Independent Review", "Levant Monitor", "Desert Star", "The National Record", "Coastal Chronicle",
        "Pressline Agency", "The Weekly Compass", "Union Journal", "Border Times",
    ]

    static let firstNames = [
        "Ahmed", "Layla", "Omar", "Nadia", "Karim", "Samira", "Yusuf", "Hana", "Tariq", "Rania",
        "Jamal", "Leila", "Hassan", "Dilan", "Rojda", "Serhat", "Azad", "Berivan", "Kawa", "Nesrin",
        "John", "Sarah", "Michael", "Emma", "David", "Claire", "Thomas", "Laura", "Richard", "Helen",
        "Pierre", "Sophie", "Marco", "Giulia", "Lars", "Ingrid", "Pavel", "Olga", "Mehmet", "Aylin",
    ]

    static let lastNames = [
        "Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Darwish", "Hamdan", "Qasim", "Rahimi", "Farouk",
        "Barzani", "Ehmed", "Kobani", "Sheikhmous", "Omari", "Hesso", "Mirza", "Celik", "Aydin", "Demir",
        "Whitfield", "Harrington", "Caldwell", "Pemberton", "Ashford", "Lockhart", "Ramsey", "Sinclair",
        "Moreau", "Lefebvre", "Rossi", "Bianchi", "Lindqvist", "Novak", "Petrova", "Kowalski", "Brennan",
        "Okafor", "Mendes", "Takahashi",
    ]

    static let places = [
        "Tal Hamra", "Deir Saleh", "Abu Khashab", "Wadi Qasr", "Marj al-Zuhur", "Hajin", "Al-Sousa",
        "Shafa", "Ain Tamr", "Kharba", "Jisr Nahr", "Sabkha", "Qasr Mahdi", "Umm Rasal", "Tell Abyad",
        "Hasakah", "Al-Kashkiyeh", "Dhiban", "Gharanij", "Suwaydan", "Busayrah", "Al-Baghuz Tahtani",
    ]

    /// Organisations with the acronym reports use after the first mention.
    static let organisations: [(name: String, acronym: String)] = [
        ("Eastern Defence Forces", "EDF"), ("United Relief Council", "URC"), ("Northern Alliance Command", "NAC"),
        ("Joint Task Force Horizon", "JTF-H"), ("International Monitoring Mission", "IMM"),
        ("Civil Protection Directorate", "CPD"), ("Federation of Kurdish Councils", "FKC"),
        ("Human Rights Observatory for the Levant", "HROL"), ("World Children's Relief", "WCR"),
        ("Regional Security Council", "RSC"), ("Red Crescent Society", "RCS"), ("Coalition Air Command", "CAC"),
    ]

    static let roles = [
        "a spokesman for", "a spokeswoman for", "a commander with", "a senior official of", "the press officer of",
        "an adviser to", "a field coordinator for", "the head of",
    ]

    static let speechVerbs = ["said", "told reporters", "said in a statement", "wrote on Twitter", "told the agency"]

    /// What an event was; `#` is a figure, `@` a place.
    static let happenings = [
        "# fighters surrendered to the alliance in @", "# civilians were evacuated from @",
        "air strikes killed at least # militants near @", "a convoy of # trucks left @ under armed guard",
        "# people crossed into the camp at @", "the assault on @ resumed after a pause of # hours",
        "# families were moved from @ to a holding camp", "a car bomb killed # people at a checkpoint in @",
        "# foreign fighters were detained outside @", "the last # houses of @ were cleared",
    ]

    static let quotes = [
        "We cannot advance until every civilian is out", "The operation is nearly over",
        "There are still several hundred fighters inside", "We expect the battle to end within days",
        "Our forces are moving slowly to protect the families", "Nobody knows how many tunnels remain",
        "The camps are overwhelmed and we need help now", "This is the end of their territory",
    ]

    static let headlines = [
        "Fighting resumes around @ as talks collapse", "# surrender at @ in final days of the siege",
        "Civilians flee @ as the alliance closes in", "Inside the last days of @",
        "Camps strain as # more arrive from @", "Air strikes pound @ overnight",
        "Commanders say the battle for @ is nearly over", "Families of fighters leave @ in convoy",
    ]

    static let captionCredits = ["AFP or licensors", "Credit: Getty Images", "Credit: Reuters", "Credit: AP Photo",
                                 "Picture: Handout", "Credit: EPA"]

    static let promos = [
        "Read more: The latest on the war in Syria", "Sign up to our daily newsletter",
        "Share this article", "Advertisement", "Most read in World News", "Click here to follow our live coverage",
        "Comments are closed for this article", "Follow us on Twitter and Facebook",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
}
