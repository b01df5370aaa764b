/// What the words around one mention say about it.
struct MentionSignals {
    /// "in X", "X-based", "X, Country": the writer means a place.
    var isLocative = false
    /// First word of a sentence or all capitals: capitalisation tells nothing.
    var capitalisationIsUninformative = false
    var isAllCaps = false
    /// A capitalised word before that is not a place modifier: "Michael X", "Boris X".
    var nameBefore = false
    /// A capitalised word after: "X Peterson", "Vladimir Putin".
    var nameAfter = false
    /// "Mr X", "X said".
    var titleOrSpeech = false
    /// "Bank of X", "X Post".
    var isInOrganisation = false
    /// A one-word name, not in capitals, that the document also writes in lower case
    /// ("Most", "Time").
    var isWrittenInLowercase = false
    /// A month: "March 4", "in March 2014".
    var isMonth = false

    /// `mentionStarts`/`mentionEnds`: first and last tokens of names that may be places
    /// (not only people's names), so "Kyiv Lviv" is not read as a person.
    /// `lowercaseNames`: keys of names the document writes in lower case too.
    init(_ mention: Mention, in view: TokenView, sentenceStarts: Set<Int>, mentionStarts: Set<Int>, mentionEnds: Set<Int>,
         lowercaseNames: Set<UInt64>) {
        let first = mention.tokens.lowerBound
        let last = mention.tokens.upperBound - 1
        if mention.tokens.count == 1 && !mention.isHyphenPart {
            // Not for capitals: "US" is not "us".
            isWrittenInLowercase = !view.isAllCaps(first) && lowercaseNames.contains(mention.key)
            isMonth = ContextCues.months.contains(view.lowercased(first))
        }
        isAllCaps = view.isAllCaps(first)
        capitalisationIsUninformative = sentenceStarts.contains(first) || view.isAllCaps(first)
        if mention.isHyphenPart {
            let after = view.lowercased(first)
            isLocative = after.hasSuffix("-based") || after.hasSuffix("-born")
            return
        }
        var previous = first - 1
        if view.isPunctuation(previous, UInt8(ascii: ".")) { previous -= 1 }  // "Mr. Jordan"
        let previousWord = view.lowercased(previous)
        let nextWord = view.lowercased(last + 1)
        // A list of places: "Jordan and Israel", "Chad, Niger and Mali".
        let listed = (ContextCues.conjunctions.contains(previousWord) && mentionEnds.contains(previous - 1))
            || (ContextCues.conjunctions.contains(nextWord) && mentionStarts.contains(last + 2))
        isLocative = listed || ContextCues.locativeWords.contains(previousWord)
            || (previousWord == "the" && ContextCues.locativeWords.contains(view.lowercased(previous - 1)))
        let next = last + 1
        let nextIsName = view.isCapitalized(next) && view.onSameLine(last) && !mentionStarts.contains(next)

        let organisationBefore = previousWord == "of" && (ContextCues.organisationHeads.contains(view.lowercased(previous - 1))
            || (view.lowercased(previous - 1) == "the" && ContextCues.organisationHeads.contains(view.lowercased(previous - 2))))
        isInOrganisation = organisationBefore || (nextIsName && ContextCues.organisationTails.contains(nextWord))

        titleOrSpeech = ContextCues.titles.contains(previousWord) || ContextCues.speechVerbs.contains(nextWord)
        nameBefore = view.isCapitalized(previous) && view.onSameLine(previous) && !mentionEnds.contains(previous)
            && !ContextCues.placeModifiers.contains(previousWord)
        nameAfter = nextIsName && !ContextCues.placeFollowers.contains(nextWord) && !ContextCues.organisationTails.contains(nextWord)
        // A dateline: "WASHINGTON (AP) —", "Associated Press KYIV, April 5": capitals before
        // a bracket, comma or dash, in text that is not all capitals (that is a headline).
        if isAllCaps && !view.isAllCaps(previous) && ContextCues.datelineMarks.contains(nextWord) {
            isLocative = true
            nameBefore = false
        }
    }
}
