/// The order of day, month and year in all-digit dates such as 04/02/2022.
enum DateOrder: String, Sendable, CaseIterable { case dmy, mdy, ymd }

/// Reads calendar dates: "24 February 2022", "February 24, 2022", "February 2022",
/// "24/02/2022", "2022-02-24", weekdays, decades ("1990s", "'90s") and years.
struct DateReader {
    let pieces: [Piece]
    let bytes: [UInt8]
    let order: DateOrder

    func read(at index: Int) -> Figure? {
        let piece = pieces[index]
        if piece.isWord {
            if CalendarWords.weekdays[piece.key] != nil || CalendarWords.weekdayAbbreviations.contains(piece.key) {
                return readWeekday(at: index)
            }
            if let month = CalendarWords.months[piece.key] { return readChain(at: index) ?? readMonthFirst(at: index, month: month) }
            if NumberWords.cardinals[piece.key] != nil || NumberWords.ordinals[piece.key] != nil { return readDayFirst(at: index) }
            return nil
        }
        if piece.kind == .quote, index + 2 < pieces.count, pieces[index + 1].isNumber, pieces[index + 1].attached,
            pieces[index + 1].key.utf8.count == 2, pieces[index + 2].key == "s", pieces[index + 2].attached,
            let years = Int(pieces[index + 1].key), years % 10 == 0
        {
            let century = years >= 30 ? "19" : "20"
            return date(index, index + 3, century + String(years / 10) + "X", "decade")
        }
        guard piece.isNumber else { return nil }
        let short = index > 0 && pieces[index - 1].key == "on" ? readShortNumeric(at: index, separators: ["/"], strict: false) : nil
        return readNumeric(at: index) ?? readChain(at: index) ?? short ?? readShortNumeric(at: index, separators: ["/"], strict: true)
            ?? readDayFirst(at: index) ?? readDecade(at: index)
    }

    /// A weekday alone ("on Thursday", capitalised) or before a date, which it then joins:
    /// "Tue May 9", "Friday 7/6", "friday 5/12", "Friday, 24 February 2022".
    private func readWeekday(at index: Int) -> Figure? {
        var at = index + 1
        if at < pieces.count, pieces[at].key == "," { at += 1 }
        if at < pieces.count, var following = readDate(at: at) ?? readShortNumeric(at: at, separators: ["/", ".", "-"], strict: false) {
            following.first = index
            return following
        }
        guard pieces[index].capitalized, let weekday = CalendarWords.weekdays[pieces[index].key] else { return nil }
        return date(index, index + 1, "XXXX-WXX-\(weekday)", "weekday")
    }

    /// A full date (not a weekday, decade or bare month) starting at `index`.
    private func readDate(at index: Int) -> Figure? {
        let piece = pieces[index]
        if piece.isWord, let month = CalendarWords.months[piece.key] {
            return (readChain(at: index) ?? readMonthFirst(at: index, month: month)).flatMap { $0.granularity == "day" ? $0 : nil }
        }
        guard piece.isNumber else { return nil }
        return readNumeric(at: index) ?? readChain(at: index) ?? readDayFirst(at: index)
    }

    /// Day and month without a year, "22/04", "7.6": after a weekday or "on" (`strict` false)
    /// any valid pair; alone only with "/" and when it cannot be a plain fraction — a field
    /// written with a leading zero (2/3 and 24/7 stay what they are).
    private func readShortNumeric(at index: Int, separators: Set<String>, strict: Bool) -> Figure? {
        // "7.6" is one number token: its two parts are the fields.
        if !strict, separators.contains("."), pieces[index].isNumber, index + 1 >= pieces.count || !pieces[index + 1].attached {
            let parts = pieces[index].key.split(separator: ".")
            guard parts.count == 2, parts.allSatisfy({ $0.utf8.count <= 2 }), let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
            return dayMonth(index, index + 1, a, b)
        }
        guard index + 2 < pieces.count, separators.contains(pieces[index + 1].key), pieces[index + 1].attached,
            pieces[index + 2].isNumber, pieces[index + 2].attached, pieces[index].key.utf8.count <= 2, pieces[index + 2].key.utf8.count <= 2,
            let a = Int(pieces[index].key), let b = Int(pieces[index + 2].key)
        else { return nil }
        if index + 3 < pieces.count, pieces[index + 3].attached, pieces[index + 3].kind != .punctuation || pieces[index + 3].key == pieces[index + 1].key {
            return nil
        }
        if strict && !(pieces[index].key.hasPrefix("0") || pieces[index + 2].key.hasPrefix("0")) { return nil }
        return dayMonth(index, index + 3, a, b)
    }

    /// Two fields in the configured order; a field above 12 is the day.
    private func dayMonth(_ first: Int, _ end: Int, _ a: Int, _ b: Int) -> Figure? {
        var (day, month) = order == .mdy ? (b, a) : (a, b)
        if month > 12 && day <= 12 { swap(&day, &month) }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return date(first, end, "XXXX-" + two(month) + "-" + two(day), "day")
    }

    /// Fields joined by "/" or hyphens with the month as a word, in any order:
    /// "05-Aug-2016", "2019/aug/01", "23/Sep/2020", "September-2020-23", "Oct/2".
    private func readChain(at index: Int) -> Figure? {
        var fields = [index]
        var at = index + 1
        while fields.count < 3, at < pieces.count {
            if pieces[at].hyphenJoined, pieces[at].isNumber || pieces[at].isWord {
                fields.append(at)
                at += 1
            } else if pieces[at].key == "/", pieces[at].attached, at + 1 < pieces.count, pieces[at + 1].attached,
                pieces[at + 1].isNumber || pieces[at + 1].isWord
            {
                fields.append(at + 1)
                at += 2
            } else {
                break
            }
        }
        let months = fields.compactMap { CalendarWords.months[pieces[$0].key] }
        let numbers = fields.filter { pieces[$0].isNumber }
        guard fields.count >= 2, months.count == 1, numbers.count == fields.count - 1 else { return nil }
        let yearField = numbers.first { Self.year(pieces[$0]) != nil }
        let dayField = numbers.first { $0 != yearField && day($0) != nil }
        let end = fields.last! + 1
        switch (yearField, dayField) {
        case (let year?, let day?) where fields.count == 3:
            return date(index, end, iso(Int(pieces[year].key)!, months[0], Int(pieces[day].key)!), "day")
        case (nil, let day?) where fields.count == 2:
            return date(index, end, "XXXX-" + two(months[0]) + "-" + two(Int(pieces[day].key)!), "day")
        case (let year?, nil) where fields.count == 2:
            return date(index, end, pieces[year].key + "-" + two(months[0]), "month")
        default:
            return nil
        }
    }

    /// A four-digit year: 1000–2999 written as plain digits.
    static func year(_ piece: Piece) -> Int? {
        guard piece.isNumber, piece.key.utf8.count == 4, let year = Int(piece.key), (1000...2999).contains(year) else { return nil }
        return year
    }

    private func day(_ index: Int) -> (day: Int, end: Int)? {
        guard index < pieces.count, pieces[index].isNumber, pieces[index].key.utf8.count <= 2, let day = Int(pieces[index].key),
            (1...31).contains(day)
        else { return nil }
        var end = index + 1
        if end < pieces.count, pieces[end].attached, NumberWords.ordinalSuffixes.contains(pieces[end].key) { end += 1 }
        return (day, end)
    }

    private func yearAfter(_ index: Int) -> (year: Int, end: Int)? {
        var at = index
        if at < pieces.count, pieces[at].key == "," { at += 1 }
        guard at < pieces.count else { return nil }
        // "May 2022 figures" is a date; "May 2,000 people" has a separator and is not.
        if let year = Self.year(pieces[at]) { return (year, at + 1) }
        return spelledYear(at)
    }

    /// A year in words: "two thousand and thirty two", "nineteen hundred ninety three", or
    /// the century and the rest as two numbers, "nineteen eighty six".
    private func spelledYear(_ index: Int) -> (year: Int, end: Int)? {
        let numbers = NumberReader(pieces: pieces, bytes: bytes)
        guard index < pieces.count, pieces[index].isWord, let reading = numbers.read(at: index), reading.form == .cardinal,
            reading.value == reading.value.rounded()
        else { return nil }
        if (1000...2999).contains(reading.value) { return (Int(reading.value), reading.end) }
        // The century is one word ("nineteen", "twenty").
        guard reading.end == index + 1, (10...29).contains(reading.value), reading.end < pieces.count, pieces[reading.end].isWord,
            let rest = numbers.read(at: reading.end), rest.form == .cardinal, (10...99).contains(rest.value), rest.value == rest.value.rounded()
        else { return nil }
        return (Int(reading.value) * 100 + Int(rest.value), rest.end)
    }

    private func readMonthFirst(at index: Int, month: Int) -> Figure? {
        // "may", "march" and short forms are words too: only a capitalised one is a month.
        let ambiguous = CalendarWords.ambiguousMonths.contains(pieces[index].key) || pieces[index].key == "march"
        if CalendarWords.wordMonths.contains(pieces[index].key) && !pieces[index].capitalized { return nil }
        var end = index + 1
        if end < pieces.count, pieces[end].key == ".", pieces[end].attached { end += 1 }
        // "October, 1st": a comma only before a day written as an ordinal.
        if end + 2 < pieces.count, pieces[end].key == ",", day(end + 1) != nil, pieces[end + 2].attached,
            NumberWords.ordinalSuffixes.contains(pieces[end + 2].key)
        {
            end += 1
        }
        if let day = day(end) ?? spelledDay(end) {
            if let year = yearAfter(day.end) { return date(index, year.end, iso(year.year, month, day.day), "day") }
            return date(index, day.end, "XXXX-" + two(month) + "-" + two(day.day), "day")
        }
        if end < pieces.count, pieces[end].key != ",", let year = yearAfter(end) {
            return date(index, year.end, String(year.year) + "-" + two(month), "month")
        }
        guard !ambiguous, pieces[index].capitalized, pieces[index].key.utf8.count > 3 else { return nil }
        return date(index, index + 1, "XXXX-" + two(month), "month")
    }

    /// "twenty nine", "twenty-second", "first" after a month: a day written in words. A cardinal
    /// must end the phrase ("May one day" is not a date).
    private func spelledDay(_ index: Int, monthFollows: Bool = false) -> (day: Int, end: Int)? {
        guard index < pieces.count, pieces[index].isWord, let reading = NumberReader(pieces: pieces, bytes: bytes).read(at: index),
            reading.spelled || reading.form == .ordinal, reading.value == reading.value.rounded(), (1...31).contains(reading.value),
            reading.form == .ordinal || monthFollows || reading.end >= pieces.count || !pieces[reading.end].isWord
                || spelledYear(reading.end) != nil
        else { return nil }
        return (Int(reading.value), reading.end)
    }

    private func readDayFirst(at index: Int) -> Figure? {
        guard let day = day(index) ?? spelledDay(index, monthFollows: true) else { return nil }
        var at = day.end
        if at < pieces.count, pieces[at].key == "of" { at += 1 }
        guard at < pieces.count, let month = CalendarWords.months[pieces[at].key], !pieces[at].attached,
            pieces[at].capitalized || !CalendarWords.wordMonths.contains(pieces[at].key)
        else { return nil }
        var end = at + 1
        if end < pieces.count, pieces[end].key == ".", pieces[end].attached { end += 1 }
        if let year = yearAfter(end) { return date(index, year.end, iso(year.year, month, day.day), "day") }
        return date(index, at + 1, "XXXX-" + two(month) + "-" + two(day.day), "day")
    }

    /// 24/02/2022, 24.02.2022, 2022-02-24, 2022/02/24.
    private func readNumeric(at index: Int) -> Figure? {
        guard index + 4 < pieces.count else { return nil }
        let separator = pieces[index + 1].key
        guard separator == "/" || separator == "." || separator == "-", pieces[index + 2].isNumber, pieces[index + 3].key == separator,
            pieces[index + 4].isNumber, (1...4).allSatisfy({ pieces[index + $0].attached }),
            let a = Int(pieces[index].key), let b = Int(pieces[index + 2].key), let c = Int(pieces[index + 4].key)
        else { return nil }
        let end = index + 5
        if pieces[index].key.utf8.count == 4 {
            guard (1...12).contains(b), (1...31).contains(c) else { return nil }
            return date(index, end, iso(a, b, c), "day")
        }
        guard pieces[index + 4].key.utf8.count == 4 || pieces[index + 4].key.utf8.count == 2 else { return nil }
        // Two-digit years: 00–29 are this century, 30–99 the last (the usual spreadsheet pivot).
        let year = pieces[index + 4].key.utf8.count == 2 ? (c < 30 ? 2000 + c : 1900 + c) : c
        var (day, month) = order == .mdy ? (b, a) : (a, b)
        if month > 12 && day <= 12 { swap(&day, &month) }
        guard (1...12).contains(month), (1...31).contains(day), separator != "-" || order != .ymd else { return nil }
        return date(index, end, iso(year, month, day), "day")
    }

    /// "1990s", "1990's".
    private func readDecade(at index: Int) -> Figure? {
        guard let year = Self.year(pieces[index]), year % 10 == 0, index + 1 < pieces.count, pieces[index + 1].attached else { return nil }
        var end = index + 1
        if pieces[end].kind == .symbol, pieces[end].key.hasSuffix("s") { return date(index, end + 1, String(year / 10) + "X", "decade") }
        if pieces[end].kind == .quote { end += 1 }
        guard end < pieces.count, pieces[end].key == "s", pieces[end].attached else { return nil }
        return date(index, end + 1, String(year / 10) + "X", "decade")
    }

    private func date(_ first: Int, _ end: Int, _ value: String, _ granularity: String) -> Figure {
        var figure = Figure(category: .date, first: first, end: end)
        figure.dateValue = value
        figure.granularity = granularity
        return figure
    }

    private func iso(_ year: Int, _ month: Int, _ day: Int) -> String { String(year) + "-" + two(month) + "-" + two(day) }

    private func two(_ number: Int) -> String { number < 10 ? "0" + String(number) : String(number) }
}
