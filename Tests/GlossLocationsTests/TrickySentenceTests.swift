import GlossCore
@testable import GlossLocations
import Testing

/// Hand-written sentences a reader would agree on: ambiguity, possessives, multiword
/// names, people named like places, places inside organisation names, headlines.
/// Each case lists every location expected, in order, as "text=COUNTRY".
@Suite struct TrickySentenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        init(_ text: String, _ expected: [String]) { (self.text, self.expected) = (text, expected) }
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        // Possessives, dotted and short country names.
        Case("Ukraine’s army held the line.", ["Ukraine=UA"]),
        Case("Russia's economy shrank again.", ["Russia=RU"]),
        Case("The U.S. and the UK signed the deal.", ["U.S.=US", "UK=GB"]),
        Case("Officials in Britain and America disagreed.", ["Britain=GB", "America=US"]),
        Case("Trade between the United States and Japan grew.", ["United States=US", "Japan=JP"]),
        Case("Let us go home.", []),
        // Multiword names and abbreviations inside names.
        Case("Flights from Rio de Janeiro to New York were cancelled.", ["Rio de Janeiro=BR", "New York=US"]),
        Case("She moved to St. Louis last year.", ["St. Louis=US"]),
        Case("Aid reached Bosnia and Herzegovina on Monday.", ["Bosnia and Herzegovina=BA"]),
        Case("Protests spread across the Middle East and Eastern Europe.", ["Middle East=", "Eastern Europe="]),
        Case("Fighting continued in the Donbas and in Crimea.", ["Donbas=UA", "Crimea=UA"]),
        Case("Ships were attacked in the Gulf.", ["Gulf="]),
        Case("Leaders of the Baltic states met in Vilnius.", ["Baltic states=", "Vilnius=LT"]),
        // Context decides between places of the same name.
        Case("The festival in Paris, Texas, drew a crowd.", ["Paris=US", "Texas=US"]),
        Case("Paris is the capital of France.", ["Paris=FR", "France=FR"]),
        Case("Georgia's capital Tbilisi was calm.", ["Georgia=GE", "Tbilisi=GE"]),
        Case("Voters in Atlanta, Georgia, went to the polls.", ["Atlanta=US", "Georgia=US"]),
        Case("He grew up in London, Ontario.", ["London=CA", "Ontario=CA"]),
        Case("He grew up in London.", ["London=GB"]),
        Case("Shelling hit Kharkiv and the Kharkiv region.", ["Kharkiv=UA", "Kharkiv region=UA"]),
        Case("New York is the largest city in the country.", ["New York=US"]),
        Case("The storm moved from Mobile, Ala., toward Florida.", ["Mobile=US", "Ala.=US", "Florida=US"]),
        // Common words that are also places.
        Case("Nice work, said the coach.", []),
        Case("The attack in Nice shocked France.", ["Nice=FR", "France=FR"]),
        Case("Reading is good for children.", []),
        Case("He studied in Reading before moving on.", ["Reading=GB"]),
        Case("Mobile phones are banned in class.", []),
        Case("Split the bill between you.", []),
        Case("The ferry from Split arrived late.", ["Split=HR"]),
        Case("Brent crude rose 2%.", []),
        Case("Bath time is at seven.", []),
        Case("Most of them left. The most hit town was Sumy.", ["Sumy=UA"]),
        Case("US officials told us nothing.", ["US=US"]),
        Case("The talks ended in March 2014 and resumed in March.", []),
        // People named like places.
        Case("Michael Jordan scored 40 points.", []),
        Case("Jordan and Israel signed a water deal.", ["Jordan=JO", "Israel=IL"]),
        Case("Chad Johnson caught the pass.", []),
        Case("Troops from Chad joined the mission in Mali.", ["Chad=TD", "Mali=ML"]),
        Case("George Washington crossed the river.", []),
        Case("Paris Hilton arrived at the party.", []),
        Case("Russian President Vladimir Putin spoke.", []),
        Case("Senator Elizabeth Warren asked a question.", []),
        Case("Mr. Jordan declined to comment.", []),
        // Places inside organisation names.
        Case("The Russian Ministry of Defense said the strike was a success.", []),
        Case("The Bank of England raised rates.", []),
        Case("She studies at the University of Texas.", []),
        Case("The Washington Post reported the story.", []),
        Case("Kyiv Independent reporters visited Odesa.", ["Odesa=UA"]),
        // Headlines, datelines and hyphenated words.
        Case("UKRAINE AND RUSSIA TRADE PRISONERS", ["UKRAINE=UA", "RUSSIA=RU"]),
        Case("KYIV — Air raid sirens sounded overnight.", ["KYIV=UA"]),
        Case("By Jill Colvin, Associated Press WASHINGTON (AP) — The talks stalled.", ["WASHINGTON=US"]),
        Case("A Kyiv-based analyst disagreed.", ["Kyiv=UA"]),
        Case("The Russia-Ukraine war entered its fourth year.", ["Russia=RU", "Ukraine=UA"]),
        Case("Moscow Mayor Sergei Sobyanin closed the parks.", ["Moscow=RU"]),
        Case("Exports to Europe and Asia fell.", ["Europe=", "Asia="]),
        Case("Kiev and Kyiv are the same city.", ["Kiev=UA", "Kyiv=UA"]),
        Case("He flew to Zürich and then to Zurich again.", ["Zürich=CH", "Zurich=CH"]),
    ]

    @Test(arguments: cases) func findsWhatAReaderWould(_ testCase: Case) throws {
        let harness = try LocationsHarness()
        let found = try harness.places(testCase.text)
        #expect(found == testCase.expected, "found \(found)")
    }
}
