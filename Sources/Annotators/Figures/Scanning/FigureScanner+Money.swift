import GlossCore

/// Currency before and after amounts, and amounts written in two units ("3 dollars 50 cents").
extension FigureScanner {
    /// A currency written before the amount: a sign ("$", "HK$"), a code ("EUR 5") or a code
    /// in millions ("MAUD 60"). Returns the currency, the index after it and its scale.
    func prefixCurrency(at index: Int) -> (currency: Currency, next: Int, scale: Double)? {
        if let (currency, next) = lexicon.currencySigns.match(pieces, at: index) {
            // A one-letter country prefix (C$, A$) that is also a word or word ending ("a $5 fee",
            // "' s $ 500") counts only written against the sign.
            if next - index > 1, pieces[index].isWord, ["a", "s"].contains(pieces[index].key),
                !pieces[index + 1].attached || !pieces[index].capitalized
            {
                return nil
            }
            return (currency, next, 1)
        }
        guard index + 1 < pieces.count, pieces[index + 1].isNumber else { return nil }
        if let code = currencyCode(pieces[index]) { return (code.currency, index + 1, code.scale) }
        return nil
    }

    /// A currency written after the amount: names ("euros"), codes ("USD", "MUSD") and signs
    /// ("10 €", "100元") — a sign followed by its own amount ("1 $10") belongs to that one.
    func suffixCurrency(at index: Int, reading: NumberReading) -> (currency: Currency, next: Int, scale: Double)? {
        guard index < pieces.count else { return nil }
        let piece = pieces[index]
        if let (currency, next) = lexicon.currencyNames.match(pieces, at: index), piece.key.utf8.count > 1 || piece.attached {
            return (currency, next, 1)
        }
        // "pounds" is money only after a scale word, mass otherwise.
        if (piece.key == "pounds" || piece.key == "pound"), reading.scale >= 1e6 { return (CurrencyTable.pound, index + 1, 1) }
        let ownAmountFollows = index + 1 < pieces.count && pieces[index + 1].isNumber && pieces[index + 1].attached
        if let code = currencyCode(piece), !ownAmountFollows { return (code.currency, index + 1, code.scale) }
        if piece.kind == .symbol || piece.attached, let (currency, next) = lexicon.currencySigns.match(pieces, at: index),
            next >= pieces.count || !(pieces[next].isNumber && pieces[next].attached)
        {
            return (currency, next, 1)
        }
        return nil
    }

    /// "usd", "EUR", and upper-case codes in millions ("MUSD", "MEUR") used in business text.
    private func currencyCode(_ piece: Piece) -> (currency: Currency, scale: Double)? {
        guard piece.isWord else { return nil }
        if lexicon.currencyCodes.contains(piece.key) { return (Currency(piece.key.uppercased()), 1) }
        guard piece.key.utf8.count == 4, piece.key.utf8.first == UInt8(ascii: "m"),
            bytes[piece.start..<piece.end].allSatisfy(UTF8Scanning.isASCIIUpper)
        else { return nil }
        let code = String(piece.key.dropFirst())
        return lexicon.currencyCodes.contains(code) ? (Currency(code.uppercased()), 1e6) : nil
    }

    /// After a money figure: a scale word after the code ("75 USD million") and a minor amount
    /// ("3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.").
    func extendMoney(_ figure: inout Figure, afterSuffix: Bool) {
        guard var value = figure.value else { return }
        if afterSuffix, figure.end < pieces.count, let scale = NumberWords.scales[pieces[figure.end].key], scale >= 1e3 {
            value *= scale
            figure.value = value
            figure.end += 1
            return
        }
        guard figure.currency?.minorUnit == nil, value == value.rounded(), figure.end < pieces.count else { return }
        var at = figure.end
        if pieces[at].key == "and" { at += 1 }
        guard at < pieces.count, pieces[at].isNumber || pieces[at].isWord, let minor = numbers.read(at: at), minor.form == .cardinal,
            !minor.hasDecimalPoint, minor.value > 0, minor.value < 100
        else { return }
        if minor.end < pieces.count, let (currency, next) = lexicon.currencyNames.match(pieces, at: minor.end), currency.minorUnit != nil {
            figure.value = value + minor.value / 100
            figure.end = next
        } else if afterSuffix, minor.end >= pieces.count || pieces[minor.end].kind == .punctuation {
            // Without the minor unit's name, only right after a written currency name or code.
            figure.value = value + minor.value / 100
            figure.end = minor.end
        }
    }
}
