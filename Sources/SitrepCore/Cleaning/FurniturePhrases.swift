/// The page furniture news sites share, as normalized text (lower case, punctuation as single spaces).
enum FurniturePhrases {
    /// Lines that are furniture when they hold exactly this text.
    static let wholeLines: PhraseTable<BoilerplateKind> = {
        var entries: [(phrase: String, value: BoilerplateKind)] = []
        func add(_ kind: BoilerplateKind, _ phrases: [String]) { entries += phrases.map { ($0, kind) } }
        add(.navigation, [
            "jump directly to the content", "skip to content", "skip to main content", "skip to navigation",
            "menu", "home", "topics", "tags", "back to top", "next article", "previous article", "next", "previous",
            "close", "search", "loading", "more", "show more", "see more", "view all", "sections", "breaking news",
            "live", "video", "watch", "gallery", "photos", "listen", "play", "enlarge this image", "toggle caption",
            "hide caption", "expand", "open image in gallery",
        ])
        add(.advertisement, ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "promoted",
                             "story continues below advertisement", "continue reading below", "article continues below"])
        add(.shareTools, [
            "send to a friend", "printable version", "print", "print this article", "share", "share this",
            "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "email",
            "share via email", "copy link", "link copied", "comments", "comment", "facebook", "twitter", "whatsapp",
            "linkedin", "pinterest", "reddit", "save", "save article", "bookmark", "reuse this content", "view comments",
        ])
        add(.sourceLink, ["source read full article", "read full article", "read more", "read the full article",
                          "continue reading", "read full story", "full story", "originally published"])
        add(.subscription, ["subscribe", "subscribe now", "subscribe today", "sign up", "sign up now", "newsletter",
                            "log in", "login", "sign in", "register", "get the app", "already a subscriber"])
        add(.commentForm, [
            "please enter your comment", "please enter your name here", "leave a reply", "leave a comment",
            "post a comment", "cancel reply", "post comment", "submit", "comments are closed", "add a comment",
            "you have entered an incorrect email address please enter your email address here",
        ])
        add(.archiveFooter, ["newspapers in english", "all rights reserved", "printed and distributed by pressreader"])
        add(.relatedHeadlines, relatedBlockHeadingList)
        return PhraseTable(entries)
    }()

    /// No whole-line phrase has more words than this, so longer lines skip the lookup.
    static let wholeLineWordLimit = 14

    /// Headings that open a block of other stories' headlines; every line after them is furniture
    /// until reporting resumes.
    static let relatedBlockHeadings = PhraseTable(relatedBlockHeadingList.map { ($0, ()) })

    private static let relatedBlockHeadingList = [
        "see also", "related", "related articles", "related stories", "related content", "related news",
        "related coverage", "related links", "more on this story", "more on this topic", "you may also like",
        "you might also like", "recommended", "recommended for you", "most read", "most popular", "most viewed",
        "read next", "also read", "further reading", "more stories", "more news", "top stories", "latest news",
        "trending", "trending now", "more like this", "more from this section", "what to read next",
    ]

    /// Short lines (at most `prefixWordLimit` words) that are furniture when they start with one of these.
    static let prefixes = PhraseScanner<BoilerplateKind>([
        ("subscribe to ", .subscription), ("sign up to ", .subscription), ("sign up for ", .subscription),
        ("get our ", .subscription), ("join our ", .subscription), ("download our app", .subscription),
        ("follow us ", .shareTools), ("share on ", .shareTools), ("share this ", .shareTools),
        ("click here", .promo), ("read more ", .sourceLink), ("source ", .sourceLink), ("related ", .relatedHeadlines),
        ("see also ", .relatedHeadlines), ("more on ", .relatedHeadlines), ("image copyright", .caption),
        ("image caption", .caption), ("media caption", .caption), ("image source", .caption),
        ("newspapers from ", .archiveFooter), ("copyright ", .archiveFooter), ("c copyright", .archiveFooter),
        ("advertisement ", .advertisement), ("sponsored by ", .advertisement),
    ])
    static let prefixWordLimit = 25

    /// Phrases that make a line of any length furniture.
    static let anywhere = PhraseScanner<BoilerplateKind>([
        ("we pay for your stories", .promo), ("click here to upload", .promo),
        ("do you have a story for", .promo), ("got a story", .promo), ("tip us off", .promo),
        ("please enter your comment", .commentForm), ("your email address will not be published", .commentForm),
        ("required fields are marked", .commentForm), ("save my name email", .commentForm),
        ("sign up to our newsletter", .subscription), ("sign up for our newsletter", .subscription),
        ("subscribe to our newsletter", .subscription), ("sign up to our daily newsletter", .subscription),
        ("we use cookies", .navigation), ("enable javascript", .navigation),
    ])

    /// Words that, on a short line without a sentence ending, mark a photo credit.
    static let creditWords = NormalizedWordSet([
        "licensors", "getty", "afp", "reuters", "ap", "epa", "shutterstock", "alamy", "pa", "images", "photo",
        "photos", "photograph", "copyright", "credit", "credits", "courtesy", "handout", "file", "supplied", "ansa",
        "anadolu", "xinhua", "efe",
    ])

    /// Words a contact line must hold, beside an e-mail address or phone number, to be a promo.
    static let callsToAction = PhraseScanner(["email us", "contact us", "call ", "whatsapp", "tip", "send us",
                                              "get in touch", "your story", "text us", "message us"])

    /// Function words: a line of several words with none of them is not English prose.
    static let englishFunctionWords = NormalizedWordSet([
        "the", "an", "of", "to", "in", "and", "is", "are", "was", "were", "for", "on", "with", "as", "at",
        "by", "from", "that", "this", "it", "he", "she", "they", "we", "you", "has", "have", "had", "be", "been",
        "will", "not", "but", "or", "his", "her", "their", "its", "who", "said", "says", "our", "my",
    ])

    /// Function words of other European languages: positive evidence that a line is not English.
    static let foreignFunctionWords = NormalizedWordSet([
        "il", "la", "le", "lo", "gli", "di", "del", "della", "per", "che", "non", "nostro", "da", "sul", "ecco",
        "et", "les", "des", "du", "est", "une", "un", "notre", "votre", "sur", "pour", "avec", "dans", "de",
        "el", "los", "las", "y", "en", "por", "con", "para", "una", "nuestro", "der", "die", "das", "und",
        "ist", "nicht", "mit", "zu", "ein", "eine", "auf", "do", "dos", "não", "com", "uma",
    ])

    /// Words a date-and-time stamp may contain besides numbers.
    static let dateStampWords = NormalizedWordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "pst",
        "updated", "published", "posted", "last", "modified", "on", "at", "date", "time", "first", "h",
    ])
}
