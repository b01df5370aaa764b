import Foundation
import GlossCore

/// Reads one number — digits, words or both — starting at a piece: "15,000", "1.2bn",
/// "twenty-nine", "one hundred and five", "two dozen", "half a million", "two-thirds",
/// "21st", "3 1/2", "thousands".
struct NumberReader {
    let pieces: [Piece]
    let bytes: [UInt8]

    /// `money`: a currency sign comes before, so letters that are also unit symbols
    /// ("m", "t") are magnitudes ("$1m").
    func read(at index: Int, money: Bool = false) -> NumberReading? {
        guard index < pieces.count else { return nil }
        let piece = pieces[index]
        switch piece.kind {
        case .number: return readDigits(at: index, money: money)
        case .word: return readWords(at: index)
        case .punctuation:
            return readLeadingPoint(at: index)
        case .symbol:
            guard let fraction = NumberWords.fractionCharacters[piece.key] else { return nil }
            return NumberReading(value: fraction, end: index + 1, form: .fraction)
        default: return nil
        }
    }

    // MARK: Digits

    private func readDigits(at index: Int, money: Bool) -> NumberReading? {
        let key = pieces[index].key
        guard var value = Self.parseDigits(key) else { return nil }
        var reading = NumberReading(value: value, end: index + 1)
        reading.hasDecimalPoint = key.contains(".")
        reading.plainDigits = !key.contains(",") && !reading.hasDecimalPoint
        var next = index + 1
        if reading.plainDigits, key.utf8.count <= 2, let indian = indianGrouping(at: index) {
            reading.value = indian.value
            reading.end = indian.end
            reading.plainDigits = false
            reading.hasDecimalPoint = pieces[indian.end - 1].key.contains(".")
            return reading
        }
        // Thousands grouped by spaces: "1 234 567", "40 000", "1 234 567.89".
        if reading.plainDigits && key.utf8.count <= 3 {
            while next < pieces.count, isSpaceGroup(after: next - 1) {
                value = value * 1000 + Self.parseDigits(pieces[next].key)!
                next += 1
                if pieces[next - 1].key.contains(".") {
                    reading.hasDecimalPoint = true
                    break
                }
            }
            if next > index + 1 {
                reading.value = value
                reading.plainDigits = false
                reading.end = next
            }
        }
        // Fractions: "3/4", and mixed numbers "10 1/2".
        if let fraction = slashFraction(at: next, attachedTo: next == index + 1 ? nil : index) {
            return NumberReading(value: fraction.value, end: fraction.end, form: .fraction)
        }
        if reading.plainDigits, next < pieces.count, !pieces[next].attached, let fraction = slashFraction(at: next + 1, attachedTo: nil),
            fraction.value < 1
        {
            return NumberReading(value: value + fraction.value, end: fraction.end, form: .fraction)
        }
        if let power = readExponent(at: next, base: value) {
            reading.value = power.value
            reading.end = power.end
            reading.plainDigits = false
            return reading
        }
        guard next < pieces.count, pieces[next].isWord else { return reading }
        let word = pieces[next]
        if word.attached && NumberWords.ordinalSuffixes.contains(word.key) && reading.plainDigits {
            reading.form = .ordinal
            reading.end = next + 1
            return reading
        }
        return applyScales(to: reading, at: next, money: money)
    }

    /// ".08": a decimal written without its leading zero, the point not ending a word.
    private func readLeadingPoint(at index: Int) -> NumberReading? {
        guard pieces[index].key == ".", !pieces[index].attached || index == 0, index + 1 < pieces.count, pieces[index + 1].isNumber,
            pieces[index + 1].attached, pieces[index + 1].key.utf8.allSatisfy(UTF8Scanning.isASCIIDigit),
            let value = Double("0." + pieces[index + 1].key)
        else { return nil }
        var reading = NumberReading(value: value, end: index + 2)
        reading.hasDecimalPoint = true
        return reading
    }

    /// Scientific notation written against the digits: "1e10", "12.32e+14", "-12e-1",
    /// "1.3x10^6", "1.1^23", "2.5^-1".
    private func readExponent(at index: Int, base: Double) -> (value: Double, end: Int)? {
        guard index < pieces.count, pieces[index].attached else { return nil }
        let key = pieces[index].key
        let at = index + 1
        let power: (exponent: Double, end: Int)?
        if key == "^" {
            power = signedInteger(at: at)
            return power.map { (Foundation.pow(base, $0.exponent), $0.end) }
        }
        if key == "x10", at < pieces.count, pieces[at].key == "^", pieces[at].attached {
            power = signedInteger(at: at + 1)
        } else if key.utf8.first == UInt8(ascii: "e"), key.utf8.count > 1, let exponent = Double(key.dropFirst()),
            !key.dropFirst().contains(".")
        {
            power = (exponent, at)
        } else if key == "e" {
            if at < pieces.count, pieces[at].hyphenJoined, pieces[at].isNumber, let exponent = Double(pieces[at].key) {
                power = (-exponent, at + 1)
            } else {
                power = signedInteger(at: at)
            }
        } else {
            return nil
        }
        return power.map { (base * Foundation.pow(10, $0.exponent), $0.end) }
    }

    /// An integer written against the previous piece, with an optional attached sign.
    private func signedInteger(at index: Int) -> (exponent: Double, end: Int)? {
        var at = index
        var sign = 1.0
        if at < pieces.count, pieces[at].key == "+" || pieces[at].key == "-", pieces[at].attached {
            sign = pieces[at].key == "-" ? -1 : 1
            at += 1
        }
        guard at < pieces.count, pieces[at].attached, pieces[at].isNumber, !pieces[at].key.contains("."), !pieces[at].key.contains(","),
            let exponent = Double(pieces[at].key)
        else { return nil }
        return (sign * exponent, at + 1)
    }

    /// "million", "bn", attached "k"/"m"/"b", "dozen", then a smaller continuation
    /// ("4 thousand 3 hundred and 21").
    private func applyScales(to start: NumberReading, at index: Int, money: Bool) -> NumberReading {
        var reading = start
        var next = index
        var total = 0.0
        var lastScale = Double.infinity
        while next < pieces.count, pieces[next].isWord, let scale = scale(of: pieces[next], money: money) {
            if scale == 1e2 || scale == 12 || scale >= lastScale {
                reading.value *= scale
            } else {
                total += reading.value * scale
                reading.value = 0
                lastScale = scale
            }
            reading.spelled = true
            reading.plainDigits = false
            reading.scale *= scale
            next += 1
            reading.end = next
            // "3 million and a half": a share of the scale.
            if scale >= 1e3, next < pieces.count, pieces[next].key == "and", let fraction = readFraction(afterAndAt: next + 1) {
                total += fraction.value * scale
                reading.end = fraction.end
                break
            }
            // A smaller part after a scale: "3 hundred and 21", "4 thousand 3 hundred".
            var partIndex = next
            if partIndex < pieces.count, pieces[partIndex].key == "and" { partIndex += 1 }
            guard partIndex < pieces.count, pieces[partIndex].isNumber || NumberWords.cardinals[pieces[partIndex].key] != nil,
                let part = readPart(at: partIndex, after: partIndex > next, below: scale), part.value < scale, part.value > 0
            else { continue }
            total += reading.value
            reading.value = part.value
            next = part.end
            reading.end = next
            if part.endsNumber { break }
        }
        reading.value += total
        return reading
    }

    /// A smaller number following a scale word: digits (then maybe a scale of their own)
    /// or a spelled group. After "and" a bare number is taken; without "and" only when a
    /// scale word follows, so "3 million 500 people" stays two numbers.
    /// A part with its own scale must have a smaller one: "3 hundred and 2 hundred" is two numbers.
    private func readPart(at index: Int, after and: Bool, below scale: Double) -> (value: Double, end: Int, endsNumber: Bool)? {
        if pieces[index].isNumber {
            guard let value = Self.parseDigits(pieces[index].key), !pieces[index].key.contains(","), !pieces[index].key.contains(".")
            else { return nil }
            let ownScale = index + 1 < pieces.count ? NumberWords.scales[pieces[index + 1].key] : nil
            if let ownScale, ownScale >= scale { return nil }
            let hasScale = ownScale != nil
            guard and || hasScale else { return nil }
            return (value, index + 1, !hasScale)
        }
        guard let words = readWords(at: index), words.form == .cardinal else { return nil }
        return (words.value, words.end, true)
    }

    private func isSpaceGroup(after index: Int) -> Bool {
        let next = index + 1
        guard next < pieces.count, pieces[next].isNumber, !pieces[next].attached, !pieces[next].key.contains(","),
            pieces[next].key.utf8.prefix(while: UTF8Scanning.isASCIIDigit).count == 3
        else { return false }
        let gap = bytes[pieces[index].end..<pieces[next].start]
        return gap.elementsEqual([0x20]) || gap.elementsEqual([0xC2, 0xA0]) || gap.elementsEqual([0xE2, 0x80, 0xAF])
            || gap.elementsEqual([0xE2, 0x80, 0x89])
    }

    /// Indian grouping, "12,34,567.89": two-digit groups before the last three digits. The
    /// tokenizer stops at the first two-digit group, so the pieces are "12", ",", "34,567.89".
    private func indianGrouping(at index: Int) -> (value: Double, end: Int)? {
        var digits = pieces[index].key
        var at = index + 1
        while at + 1 < pieces.count, pieces[at].key == ",", pieces[at].attached, pieces[at + 1].isNumber, pieces[at + 1].attached {
            let key = pieces[at + 1].key
            if key.utf8.count == 2, key.utf8.allSatisfy(UTF8Scanning.isASCIIDigit) {
                digits += key
                at += 2
                continue
            }
            let groups = key.split(separator: ",")
            guard groups.count == 2, groups[0].utf8.count == 2, groups[1].utf8.prefix(while: UTF8Scanning.isASCIIDigit).count == 3,
                let value = Double(digits + groups[0] + groups[1])
            else { return nil }
            return (value, at + 2)
        }
        return nil
    }

    /// "a/b" written together starting at `index` (the slash), numerator the piece before.
    private func slashFraction(at index: Int, attachedTo numeratorIndex: Int?) -> (value: Double, end: Int)? {
        let numerator = numeratorIndex ?? index - 1
        let slash = numeratorIndex == nil ? index : numeratorIndex! + 1
        guard numerator >= 0, slash + 1 < pieces.count, pieces[numerator].isNumber, pieces[slash].key == "/", pieces[slash].attached,
            pieces[slash + 1].isNumber, pieces[slash + 1].attached,
            let top = Self.parseDigits(pieces[numerator].key), let bottom = Self.parseDigits(pieces[slash + 1].key), bottom != 0
        else { return nil }
        // A third part makes it a date (24/02/2022), not a fraction.
        if slash + 2 < pieces.count, pieces[slash + 2].key == "/", pieces[slash + 2].attached { return nil }
        return (top / bottom, slash + 2)
    }

    /// The factor of a magnitude word. Single letters count only written against the digits
    /// ("15k"); those that are also unit symbols ("m", "t", "g") only in money or upper-case
    /// ("$1m", "10M"), so "1.8m tall" stays metres.
    private func scale(of word: Piece, money: Bool) -> Double? {
        if let value = NumberWords.scales[word.key] { return value }
        if word.key == "dozen" || word.key == "dozens" || word.key == "dzs" || word.key == "dozs" { return 12 }
        guard word.attached, !word.hyphenJoined, let value = NumberWords.attachedScales[word.key] else { return nil }
        if NumberWords.unitLetters.contains(word.key) && !money && !UTF8Scanning.isASCIIUpper(bytes[word.start]) { return nil }
        return value
    }

    /// "15,000" → 15000, "1.2" → 1.2.
    static func parseDigits(_ key: String) -> Double? {
        var digits = [UInt8]()
        digits.reserveCapacity(key.utf8.count)
        for byte in key.utf8 where byte != UInt8(ascii: ",") { digits.append(byte) }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    // MARK: Words

    private enum Last { case none, article, unit, teen, tens, hundred, scale }

    private func readWords(at index: Int) -> NumberReading? {
        let key = pieces[index].key
        if let vague = readVague(at: index) { return vague }
        if key == "half" || key == "quarter" { return readPartOfScale(at: index, share: key == "half" ? 0.5 : 0.25) }
        if key == "a" || key == "an" {
            guard index + 1 < pieces.count else { return nil }
            let next = pieces[index + 1].key
            if next == "couple", index + 2 < pieces.count, pieces[index + 2].key == "of" {
                var reading = NumberReading(value: 2, end: index + 2)
                reading.spelled = true
                return reading
            }
            if next == "half" || next == "quarter", let part = readPartOfScale(at: index + 1, share: next == "half" ? 0.5 : 0.25) {
                return part
            }
            // "a third of", "a half": a fraction when nothing but "of" or the end follows.
            if let fraction = readFraction(numerator: 1, at: index + 1),
                fraction.end >= pieces.count || !pieces[fraction.end].isWord || pieces[fraction.end].key == "of"
            {
                return NumberReading(value: fraction.value, end: fraction.end, form: .fraction, spelled: true)
            }
        }
        var total = 0.0
        var group = 0.0
        var last = Last.none
        var lastScale = Double.infinity
        var lastScaleWord = 0.0
        var j = index
        var result: NumberReading?
        func finish(_ end: Int, form: NumberReading.Form = .cardinal, value: Double? = nil) {
            var reading = NumberReading(value: value ?? total + group, end: end, form: form)
            reading.spelled = true
            result = reading
        }
        loop: while j < pieces.count {
            let piece = pieces[j]
            guard piece.isWord else { break }
            let key = piece.key
            if let value = NumberWords.cardinals[key] {
                switch (value, last) {
                case (0..<10, .none), (0..<10, .tens), (0..<10, .hundred), (0..<10, .scale): break
                case (10..<20, .none), (10..<20, .hundred), (10..<20, .scale): break
                case (20..., .none), (20..., .hundred), (20..., .scale): break
                default: break loop
                }
                // "one twenty-fifth", "three twenty-firsts": a compound denominator after a number.
                if value >= 20, last != .none, last != .article, let compound = readCompoundDenominator(at: j),
                    compound.plural != (total + group == 1)
                {
                    finish(compound.end, form: .fraction, value: (total + group) / compound.value)
                    return result
                }
                // A number followed by a denominator is a fraction of it ("two thirds", "twenty-three fifths").
                if let fraction = readFraction(numerator: total + group + value, at: j + 1) {
                    finish(fraction.end, form: .fraction, value: fraction.value)
                    if let scale = scaleOfFraction(at: fraction.end) { finish(scale.end, value: fraction.value * scale.value) }
                    return result
                }
                group += value
                last = value < 10 ? .unit : value < 20 ? .teen : .tens
                finish(j + 1)
            } else if key == "a" || key == "an" {
                guard j == index else { break }
                last = .article
                group = 1
            } else if key == "hundred" {
                guard last != .hundred && last != .scale || group == 0 else { break }
                group = max(group, 1) * 100
                last = .hundred
                finish(j + 1)
            } else if let scale = NumberWords.scales[key], scale >= 1e3 {
                guard last != .none else { break }
                lastScaleWord = scale
                if scale >= lastScale {
                    total = (total + max(group, 1)) * scale
                } else {
                    total += max(group, 1) * scale
                    lastScale = scale
                }
                group = 0
                last = .scale
                finish(j + 1)
            } else if key == "dozen" || key == "dozens" || key == "dzs" || key == "dozs" {
                guard last != .none else { break }
                group = max(group, 1) * 12
                last = .scale
                finish(j + 1)
            } else if let ordinal = NumberWords.ordinals[key] {
                switch last {
                case .none:
                    if j == index { finish(j + 1, form: .ordinal, value: ordinal) }
                case .tens where ordinal < 10:
                    finish(j + 1, form: .ordinal, value: total + group + ordinal)
                case .hundred, .scale:
                    finish(j + 1, form: .ordinal, value: total + group + ordinal)
                case .unit where ordinal >= 100, .teen where ordinal >= 100, .tens where ordinal >= 100:
                    finish(j + 1, form: .ordinal, value: total + group * ordinal)
                case .article where ordinal >= 100:
                    finish(j + 1, form: .ordinal, value: ordinal)
                default: break
                }
                break loop
            } else if key == "and" {
                guard last != .none, last != .article else { break }
                if let fraction = readFraction(afterAndAt: j + 1) {
                    // "one million and a half" is a share of the scale; "five and a half million" scales the sum.
                    if fraction.end < pieces.count, let scale = NumberWords.scales[pieces[fraction.end].key], scale >= 1e3 {
                        finish(fraction.end + 1, value: total + (group + fraction.value) * scale)
                    } else if last == .scale, lastScaleWord >= 1e3 {
                        finish(fraction.end, value: total + group + fraction.value * lastScaleWord)
                    } else {
                        finish(fraction.end, form: .fraction, value: total + group + fraction.value)
                    }
                    break loop
                }
                guard last == .hundred || last == .scale, j + 1 < pieces.count, NumberWords.cardinals[pieces[j + 1].key] != nil else { break }
            } else if key == "point" {
                guard last != .none, last != .article, let decimals = readDecimalWords(at: j + 1) else { break }
                finish(decimals.end, value: total + group + decimals.value)
                result?.hasDecimalPoint = true
                break loop
            } else {
                break
            }
            j += 1
        }
        return result
    }

    /// A tens word and an ordinal unit, "twenty-fifth", "twenty firsts": 25 and 21 as denominators.
    private func readCompoundDenominator(at index: Int) -> (value: Double, plural: Bool, end: Int)? {
        guard index + 1 < pieces.count, let tens = NumberWords.cardinals[pieces[index].key], tens >= 20, pieces[index + 1].isWord else { return nil }
        let key = pieces[index + 1].key
        let plural = key.hasSuffix("s")
        guard let unit = NumberWords.ordinals[plural ? String(key.dropLast()) : key], unit < 10 else { return nil }
        return (tens + unit, plural, index + 2)
    }

    /// "one and a half", "and three quarters": the fraction after "and".
    private func readFraction(afterAndAt index: Int) -> (value: Double, end: Int)? {
        guard index < pieces.count else { return nil }
        let key = pieces[index].key
        if key == "a" || key == "an" { return readFraction(numerator: 1, at: index + 1) }
        // "and three fifths", "and fifty-four hundredths".
        guard NumberWords.cardinals[key] != nil, let words = readWords(at: index), words.form == .fraction else { return nil }
        return (words.value, words.end)
    }

    /// A denominator word after a numerator: plural after any numerator ("three fifths"),
    /// singular only after one ("one eighth", "a half").
    private func readFraction(numerator: Double, at index: Int) -> (value: Double, end: Int)? {
        guard index < pieces.count, pieces[index].isWord, let denominator = NumberWords.denominator(pieces[index].key),
            denominator.plural != (numerator == 1)
        else { return nil }
        return (numerator / denominator.value, index + 1)
    }

    /// "three quarters billion", "two thirds of a million": the scale a fraction is taken of.
    private func scaleOfFraction(at index: Int) -> (value: Double, end: Int)? {
        var at = index
        if at + 1 < pieces.count, pieces[at].key == "of", pieces[at + 1].key == "a" { at += 2 }
        guard at < pieces.count, let scale = NumberWords.scales[pieces[at].key], scale >= 1e3 else { return nil }
        return (scale, at + 1)
    }

    /// "half a million", "half million", "quarter million", "half a dozen".
    private func readPartOfScale(at index: Int, share: Double) -> NumberReading? {
        var next = index + 1
        if next < pieces.count, pieces[next].key == "a" { next += 1 }
        guard next < pieces.count else { return nil }
        let key = pieces[next].key
        let scale = key == "dozen" ? 12 : NumberWords.scales[key]
        guard let scale, scale >= 12 else { return nil }
        var reading = NumberReading(value: share * scale, end: next + 1)
        reading.spelled = true
        return reading
    }

    /// "thousands", "tens of thousands", "hundreds of millions": vague amounts with a lower bound.
    private func readVague(at index: Int) -> NumberReading? {
        let key = pieces[index].key
        var factor = 1.0
        var at = index
        if (key == "tens" || key == "hundreds") && index + 2 < pieces.count && pieces[index + 1].key == "of",
            let scale = NumberWords.vagueAmounts[pieces[index + 2].key], scale >= 2000
        {
            factor = key == "tens" ? 10 : 100
            at = index + 2
        }
        guard let lowerBound = NumberWords.vagueAmounts[pieces[at].key] else { return nil }
        var reading = NumberReading(value: factor == 1 ? lowerBound : factor * lowerBound / 2, end: at + 1)
        reading.vague = true
        reading.spelled = true
        return reading
    }

    /// "zero three", "seventy-one" after "point".
    private func readDecimalWords(at index: Int) -> (value: Double, end: Int)? {
        var digits = ""
        var j = index
        while j < pieces.count, let value = NumberWords.cardinals[pieces[j].key], value < 100 {
            if value >= 20, j + 1 < pieces.count, pieces[j + 1].hyphenJoined, let unit = NumberWords.cardinals[pieces[j + 1].key], unit < 10 {
                digits += String(Int(value + unit))
                j += 2
                continue
            }
            digits += String(Int(value))
            j += 1
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, j)
    }
}
