/// The closed word lists attribution relies on, all lower case. Written for news English;
/// users add cue words through the `cues` option.
enum Lexicon {
    /// Reporting verbs in every form news uses, and "according" (of "according to").
    static let cues: Set<String> = {
        let lemmas: [(String, [String])] = [
            ("say", ["says", "said", "saying"]), ("tell", ["tells", "told", "telling"]),
            ("add", ["adds", "added", "adding"]), ("state", ["states", "stated", "stating"]),
            ("declare", ["declares", "declared", "declaring"]), ("announce", ["announces", "announced", "announcing"]),
            ("assert", ["asserts", "asserted", "asserting"]), ("insist", ["insists", "insisted", "insisting"]),
            ("warn", ["warns", "warned", "warning"]), ("urge", ["urges", "urged", "urging"]),
            ("argue", ["argues", "argued", "arguing"]), ("claim", ["claims", "claimed", "claiming"]),
            ("note", ["notes", "noted", "noting"]), ("explain", ["explains", "explained", "explaining"]),
            ("emphasize", ["emphasizes", "emphasized", "emphasizing"]), ("emphasise", ["emphasises", "emphasised", "emphasising"]),
            ("stress", ["stresses", "stressed", "stressing"]), ("underscore", ["underscores", "underscored", "underscoring"]),
            ("acknowledge", ["acknowledges", "acknowledged", "acknowledging"]), ("admit", ["admits", "admitted", "admitting"]),
            ("accuse", ["accuses", "accused", "accusing"]), ("allege", ["alleges", "alleged", "alleging"]),
            ("affirm", ["affirms", "affirmed", "affirming"]), ("reaffirm", ["reaffirms", "reaffirmed", "reaffirming"]),
            ("confirm", ["confirms", "confirmed", "confirming"]), ("deny", ["denies", "denied", "denying"]),
            ("comment", ["comments", "commented", "commenting"]), ("remark", ["remarks", "remarked", "remarking"]),
            ("reply", ["replies", "replied", "replying"]), ("respond", ["responds", "responded", "responding"]),
            ("answer", ["answers", "answered", "answering"]), ("ask", ["asks", "asked", "asking"]),
            ("write", ["writes", "wrote", "written", "writing"]), ("tweet", ["tweets", "tweeted", "tweeting"]),
            ("post", ["posted"]), ("characterize", ["characterizes", "characterized", "characterizing"]),
            ("characterise", ["characterises", "characterised", "characterising"]),
            ("describe", ["describes", "described", "describing"]), ("call", ["calls", "called", "calling"]),
            ("predict", ["predicts", "predicted", "predicting"]), ("promise", ["promises", "promised", "promising"]),
            ("pledge", ["pledges", "pledged", "pledging"]), ("vow", ["vows", "vowed", "vowing"]),
            ("threaten", ["threatens", "threatened", "threatening"]), ("suggest", ["suggests", "suggested", "suggesting"]),
            ("recall", ["recalls", "recalled", "recalling"]), ("concede", ["concedes", "conceded", "conceding"]),
            ("contend", ["contends", "contended", "contending"]), ("maintain", ["maintains", "maintained", "maintaining"]),
            ("observe", ["observes", "observed", "observing"]), ("report", ["reports", "reported"]),
            ("reiterate", ["reiterates", "reiterated", "reiterating"]), ("repeat", ["repeats", "repeated", "repeating"]),
            ("shout", ["shouts", "shouted", "shouting"]), ("yell", ["yells", "yelled", "yelling"]),
            ("whisper", ["whispers", "whispered", "whispering"]), ("sigh", ["sighs", "sighed", "sighing"]),
            ("quip", ["quips", "quipped", "quipping"]), ("joke", ["jokes", "joked", "joking"]),
            ("boast", ["boasts", "boasted", "boasting"]), ("complain", ["complains", "complained", "complaining"]),
            ("lament", ["laments", "lamented", "lamenting"]), ("plead", ["pleads", "pleaded", "pleading"]),
            ("demand", ["demands", "demanded", "demanding"]), ("propose", ["proposes", "proposed", "proposing"]),
            ("recommend", ["recommends", "recommended", "recommending"]), ("conclude", ["concludes", "concluded", "concluding"]),
            ("caution", ["cautions", "cautioned", "cautioning"]), ("outline", ["outlines", "outlined", "outlining"]),
            ("criticize", ["criticizes", "criticized", "criticizing"]), ("criticise", ["criticises", "criticised", "criticising"]),
            ("praise", ["praises", "praised", "praising"]), ("dismiss", ["dismisses", "dismissed", "dismissing"]),
            ("label", ["labels", "labeled", "labelled", "labeling"]), ("brand", ["brands", "branded", "branding"]),
            ("term", ["termed"]), ("dub", ["dubs", "dubbed", "dubbing"]), ("hail", ["hails", "hailed", "hailing"]),
            ("decry", ["decries", "decried", "decrying"]), ("blast", ["blasts", "blasted", "blasting"]),
            ("slam", ["slams", "slammed", "slamming"]), ("counter", ["counters", "countered", "countering"]),
            ("echo", ["echoes", "echoed", "echoing"]), ("retort", ["retorts", "retorted", "retorting"]),
            ("agree", ["agrees", "agreed"]), ("testify", ["testifies", "testified", "testifying"]),
            ("inform", ["informs", "informed", "informing"]), ("advise", ["advises", "advised", "advising"]),
            ("wonder", ["wonders", "wondered", "wondering"]), ("mock", ["mocks", "mocked", "mocking"]),
            ("boom", ["boomed"]), ("mutter", ["mutters", "muttered", "muttering"]), ("grumble", ["grumbles", "grumbled"]),
            ("exclaim", ["exclaims", "exclaimed", "exclaiming"]), ("continue", ["continued"]),
            ("bark", ["barks", "barked"]), ("snap", ["snaps", "snapped"]), ("scoff", ["scoffs", "scoffed"]),
            ("laugh", ["laughs", "laughed"]), ("chuckle", ["chuckles", "chuckled"]), ("sneer", ["sneers", "sneered"]),
            ("gush", ["gushes", "gushed"]), ("muse", ["muses", "mused"]), ("opine", ["opines", "opined"]),
            ("read", ["reads"]), ("tout", ["touts", "touted"]), ("cry", ["cries", "cried"]),
            ("according", []),
        ]
        return Set(lemmas.flatMap { [$0.0] + $0.1 })
    }()

    /// Subject pronouns that can name a speaker; "it" only right next to its cue.
    static let pronouns: Set<String> = ["he", "she", "they", "we", "it"]

    /// Heads of common nouns that name speakers, and what kind of speaker they are.
    static let speakerNouns: [String: SpeakerEntity] = {
        var table = [String: SpeakerEntity]()
        for word in ["spokesman", "spokeswoman", "spokesperson", "official", "analyst", "expert", "critic", "source",
                     "diplomat", "observer", "resident", "witness", "lawmaker", "legislator", "senator", "politician",
                     "leader", "commander", "officer", "investigator", "prosecutor", "researcher", "scientist",
                     "economist", "aide", "adviser", "advisor", "representative", "member", "protester", "activist",
                     "supporter", "voter", "doctor", "minister", "president", "secretary", "chief", "director",
                     "executive", "chairman", "chairwoman", "founder", "mayor", "governor", "candidate", "ambassador",
                     "strategist", "pollster", "lawyer", "attorney", "judge", "negotiator", "envoy", "general",
                     "friend", "colleague", "neighbor", "neighbour", "mother", "father", "wife", "husband", "son",
                     "daughter", "teacher", "student", "host", "moderator", "narrator", "reporter", "writer", "author",
                     "columnist", "editor", "pastor", "priest", "owner", "manager", "worker", "employee", "veteran",
                     "man", "woman", "partner"] {
            table[word] = .person
        }
        for word in ["officials", "analysts", "experts", "critics", "sources", "diplomats", "observers", "residents",
                     "witnesses", "lawmakers", "legislators", "senators", "politicians", "leaders", "commanders",
                     "officers", "investigators", "prosecutors", "researchers", "scientists", "economists", "aides",
                     "advisers", "advisors", "representatives", "members", "protesters", "activists", "supporters",
                     "voters", "doctors", "ministers", "strategists", "pollsters", "lawyers", "attorneys", "negotiators",
                     "spokespeople", "authorities", "police", "democrats", "republicans", "people", "allies", "opponents",
                     "friends", "colleagues", "neighbors", "students", "workers", "employees", "veterans", "men", "women",
                     "fans", "parents", "families", "organizers", "organisers"] {
            table[word] = .group
        }
        for word in ["ministry", "government", "administration", "department", "agency", "council", "committee",
                     "party", "office", "organization", "organisation", "group", "union", "coalition", "alliance",
                     "board", "court", "campaign", "company", "military", "army", "kremlin",
                     // Writings that speak for their authors: "the report said", "the newspaper wrote".
                     "report", "website", "newspaper", "paper", "editorial", "letter", "statement", "memo", "ad",
                     "advertisement", "headline", "study", "survey", "lawsuit", "complaint", "filing", "release"] {
            table[word] = .organisation
        }
        return table
    }()

    /// Words in a name that make it an organisation's.
    static let organisationWords: Set<String> = [
        "ministry", "department", "government", "council", "agency", "office", "commission", "party", "committee",
        "company", "corp", "inc", "ltd", "news", "times", "post", "journal", "reuters", "novosti", "tass", "kremlin",
        "pentagon", "house", "parliament", "congress", "senate", "nato", "un", "eu", "union", "association", "institute",
        "university", "bank", "fund", "court", "army", "forces", "police", "service", "bureau", "network", "group",
        "organization", "organisation", "foundation", "campaign", "administration", "embassy", "coalition", "alliance",
        "press", "cnn", "bbc", "fox", "nbc", "abc", "cbs", "msnbc", "ap", "afp", "interfax", "tribune", "guardian",
        "telegraph", "herald", "daily", "magazine", "fbi", "cia", "gop", "dnc", "rnc", "board", "authority", "center",
        "centre", "watch", "international",
    ]

    /// Titles and roles written before a name; stripped into the speaker's `title`.
    static let titles: Set<String> = [
        "president", "prime", "minister", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "sen",
        "senator", "rep", "representative", "gov", "governor", "gen", "general", "secretary", "chancellor", "king",
        "queen", "prince", "princess", "pope", "chairman", "chairwoman", "mayor", "judge", "justice", "ambassador",
        "deputy", "vice", "former", "chief", "colonel", "col", "lt", "lieutenant", "sgt", "sergeant", "captain",
        "capt", "admiral", "adm", "commissioner", "spokesman", "spokeswoman", "spokesperson", "director", "ceo",
        "professor", "prof", "rev", "reverend", "father", "sheikh", "emir", "premier", "speaker", "leader",
        "commander", "attorney", "candidate", "nominee", "hopefuls", "hopeful", "chair", "sheriff", "officer",
        "ayatollah", "marshal",
    ]

    /// Capitalised words that start sentences or name times, never a speaker by themselves.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "however", "meanwhile", "this", "that", "these",
        "those", "when", "while", "after", "before", "as", "if", "for", "with", "from", "by", "to", "of", "it", "its",
        "his", "her", "their", "our", "my", "your", "there", "here", "then", "so", "yet", "still", "also", "since",
        "although", "though", "because", "during", "despite", "according", "following", "now", "today", "yesterday",
        "i", "we", "he", "she", "they", "you", "what", "who", "why", "how", "where", "which", "some", "many", "most",
        "all", "both", "each", "every", "other", "others", "such", "no", "not", "one", "two", "several", "later",
        "earlier", "last", "next", "first", "asked", "instead", "indeed", "additionally", "moreover", "furthermore",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms",
    ]

    /// Words that join the capitalised parts of one name: Ministry of Defense, Charles de Gaulle.
    static let nameConnectors: Set<String> = ["of", "for", "de", "van", "von", "bin", "al", "la", "du", "der", "da", "del"]

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "jr",
        "sr", "no", "vs", "mt", "ft", "adm", "maj", "cmdr", "supt", "insp", "gens", "reps", "sens", "messrs",
    ]

    /// Words between a subject and its reporting verb that the subject search steps over.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "again", "later", "then", "once", "previously", "repeatedly", "recently",
        "would", "will", "did", "does", "do", "earlier", "often", "further", "separately", "reportedly", "publicly",
        "not", "never", "always", "simply", "just", "even", "only", "already", "first",
    ]

    /// Prepositions before a name that make it an object rather than a speaker.
    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "from", "with", "for", "into", "against", "about", "over", "across", "toward",
        "towards", "near", "under", "between", "through", "throughout", "within", "without", "via", "beyond", "around",
    ]

    /// Determiners and other function words that end a noun phrase on its left.
    static let phraseStops: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "of",
        "in", "on", "at", "among", "by", "for", "with", "from", "to", "and", "or", "but", "who", "which", "as",
        "some", "many", "most", "all", "both", "several", "other", "such", "where", "when", "while", "than",
    ]
}

/// What kind of thing speaks.
enum SpeakerEntity: String {
    case person, organisation, group
}
