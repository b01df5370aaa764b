/// Words around a mention that tell whether it names a place, a person or an
/// organisation. Hand-made lists, small on purpose: each word is common in news.
enum ContextCues {
    /// Prepositions before a place: "in Nice", "from Reading".
    static let locativeWords: Set<String> = [
        "in", "at", "from", "near", "to", "into", "across", "outside", "inside", "toward", "towards",
        "around", "via", "through", "throughout", "between", "visited", "visit", "left", "reached",
    ]
    /// Titles before a person's name: "Mr Jordan", "Sen. Warren".
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gen", "gov", "lt", "col", "capt", "sgt", "prof",
        "president", "senator", "judge", "justice", "coach", "prince", "princess", "king", "queen",
        "lord", "lady", "sir", "dame", "pope", "rev", "father", "minister", "secretary", "chancellor",
        "actor", "actress", "singer", "striker", "player", "officer", "spokesman", "spokeswoman",
    ]
    /// Month names: in news, "March" is a date far more often than the English town.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    /// Marks after the place of a dateline: "WASHINGTON (AP)", "KYIV, April 5", "GAZA —".
    static let datelineMarks: Set<String> = ["(", ",", "—", "–", "-"]
    /// Words joining places in a list: "Jordan and Israel".
    static let conjunctions: Set<String> = ["and", "or", "&"]
    /// Verbs after a person's name: "Jordan said".
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "tweeted", "argued", "insisted"]
    /// Capitalised words that may precede a place without making it a person or an
    /// organisation: "Greater London", "Eastern Ukraine", "The Hague".
    static let placeModifiers: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "greater", "upper", "lower", "old", "downtown", "occupied", "the", "in", "at", "from", "and",
        "near", "of", "to", "for", "with", "by", "across", "outside", "inside", "but", "as", "on",
        "northeastern", "northwestern", "southeastern", "southwestern", "mainland", "rural", "metropolitan",
        // Words that start sentences: "When Kyiv", "But Moscow".
        "when", "after", "before", "if", "while", "then", "since", "although", "because", "so", "yet",
        "now", "today", "yesterday", "last", "this", "that", "meanwhile", "however", "also", "both",
        "neither", "unlike", "like", "within", "over", "under", "about", "all", "even", "only",
    ]
    /// Capitalised words after a place that keep it a place: "Moscow Mayor", "Kharkiv Oblast".
    static let placeFollowers: Set<String> = [
        "mayor", "governor", "region", "oblast", "province", "county", "state", "district", "city",
        "president", "prime", "foreign", "time", "capital", "border", "river", "valley", "coast",
        "island", "islands", "peninsula", "sea", "mountains", "airport", "station",
    ]
    /// Heads of organisation names: "Ministry of Defence of Ukraine", "Bank of England",
    /// "University of Texas".
    static let organisationHeads: Set<String> = [
        "university", "college", "bank", "ministry", "department", "institute", "museum", "council",
        "court", "church", "school", "academy", "embassy", "consulate", "office", "agency",
        "commission", "committee", "corporation", "company", "association", "federation", "party",
        "hospital", "diocese", "archdiocese", "archbishop", "bishop", "board", "society", "foundation",
    ]
    /// Capitalised words after a place that make it part of an organisation name:
    /// "Washington Post", "Kyiv Independent", "Manchester United".
    static let organisationTails: Set<String> = [
        "university", "college", "airlines", "airways", "air", "times", "post", "journal", "herald",
        "tribune", "telegraph", "gazette", "chronicle", "bank", "police", "party", "club", "fc",
        "united", "ministry", "institute", "council", "corporation", "company", "group", "inc", "ltd",
        "news", "radio", "tv", "television", "today", "stock", "exchange", "symphony", "orchestra",
        "opera", "zoo", "museum", "rangers", "lakers", "giants", "yankees", "independent", "insider",
        "review", "standard", "observer", "examiner", "star", "sun", "mirror", "express", "globe",
        "daily", "weekly", "magazine", "press", "capitals", "nationals", "mets", "cubs", "dynamo",
        "fire", "department", "school", "hospital", "court", "church", "cathedral", "agreement",
        "accords", "protocol", "convention", "summit", "declaration", "treaty", "format",
    ]
}
