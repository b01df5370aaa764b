/// Month and weekday names, and the words that make a bare number a year.
enum CalendarWords {
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        var table = [String: Int]()
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Short forms: a month only next to a day or year number.
    static let ambiguousMonths: Set<String> = ["may", "mar", "jun", "jan", "aug", "oct", "dec", "sep", "sept", "nov", "feb", "apr", "jul"]

    /// Month names that are also common words: a month only when capitalised.
    static let wordMonths: Set<String> = ["may", "mar", "march"]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Short weekday names: words or names too ("Sun", "Wed"), so only before a date ("Tue May 9").
    static let weekdayAbbreviations: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Words after which a four-digit number in the year range is a year.
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "between", "to", "and",
        "through", "circa", "early", "late", "mid", "year", "fiscal", "season", "summer", "winter", "spring",
        "autumn", "fall", "election", "the", "for",
    ]
}
