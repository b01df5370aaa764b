import GlossCore
import Testing

/// The general rules behind the spec score, on news-like sentences: each figure's text and
/// its value (number or ISO date).
@Suite struct NewsFormsTests {
    private func read(_ sentence: String, options: String = "{}") throws -> [String] {
        try FiguresHarness(options: options).figures(in: sentence).map { figure in
            let value = figure.number.map { String(format: "%g", $0) } ?? figure.dateValue ?? "-"
            return "\(figure.text)=\(value)"
        }
    }

    @Test func moneyInTwoUnitsAndCodes() throws {
        #expect(try read("Bread cost 3 dollars 50 cents.") == ["3 dollars 50 cents=3.5"])
        #expect(try read("The fund lost 75 USD million and 30 MUSD more.") == ["75 USD million=7.5e+07", "30 MUSD=3e+07"])
        #expect(try read("Cards sold for USD115 each.") == ["USD115=115"])
        #expect(try read("It won a $48.2 million contract.") == ["$48.2 million=4.82e+07"])
        #expect(try read("Prices reached 100元 a kilo.") == ["100元=100"])
    }

    @Test func magnitudeLettersAndUnitSymbols() throws {
        #expect(try read("The club paid £1.2m for a 1.8m goalkeeper.") == ["£1.2m=1.2e+06", "1.8m=1.8"])
        #expect(try read("Crowds of 10M watched.") == ["10M=1e+07"])
        #expect(try read("He is 5 ft 2 in tall.") == ["5 ft 2 in=5.16667"])
    }

    @Test func ratiosAreFractionsButNotYearsOrDurations() throws {
        #expect(try read("One in five children went hungry.") == ["One in five=0.2"])
        #expect(try read("Two out of three voters agreed.") == ["Two out of three=0.666667"])
        #expect(try read("They killed 3 in 2020.") == ["3=3", "2020=2020"])
        #expect(try read("She saved $2000 over 3 years.") == ["$2000=2000", "over 3 years=3"])
    }

    @Test func scientificAndRegionalNotation() throws {
        #expect(try read("A dose of 1.3e6 units.") == ["1.3e6=1.3e+06"])
        #expect(try read("Assets of 12,34,567 rupees.") == ["12,34,567 rupees=1.23457e+06"])
        #expect(try read("two thirds of a million") == ["two thirds of a million=666667"])
    }

    @Test func weekdayAndShortDates() throws {
        #expect(try read("Talks resume on Friday 7/6 in Geneva.", options: "{date_order: mdy}") == ["Friday 7/6=XXXX-07-06"])
        #expect(try read("Filed on 05-Aug-2016 and 2019/aug/01.") == ["05-Aug-2016=2016-08-05", "2019/aug/01=2019-08-01"])
        #expect(try read("The shop is open 24/7.") == ["24/7=3.42857"])
        #expect(try read("Born on 13 Sept nineteen seventy two.") == ["13 Sept nineteen seventy two=1972-09-13"])
    }

    @Test func comparisonsBelongToTheSpan() throws {
        let figures = try FiguresHarness().figures(in: "Crowds were no more than 50 and no less than 20.")
        #expect(figures.map(\.text) == ["no more than 50 and no less than 20"])
        #expect(figures.first?.attributes["min"]?.doubleValue == 20)
        #expect(figures.first?.attributes["max"]?.doubleValue == 50)
        #expect(try read("More than 40 and less than 10 were left.") == ["More than 40=40", "less than 10=10"])
    }
}
