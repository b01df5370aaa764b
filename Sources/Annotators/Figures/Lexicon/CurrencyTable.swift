/// A currency as a figure carries it: the ISO 4217 code when there is one ("BTC" is the
/// common non-ISO code), and whether the code was assumed from an ambiguous sign ("$").
struct Currency: Sendable, Hashable {
    let code: String?
    /// A minor unit ("cent", "penny"): the figure's value is then in that unit.
    let minorUnit: String?
    let assumed: Bool

    init(_ code: String?, minorUnit: String? = nil, assumed: Bool = false) {
        self.code = code
        self.minorUnit = minorUnit
        self.assumed = assumed
    }
}

/// Currency signs, codes and names. Prefix forms come before the amount ("$", "US$",
/// "EUR"); suffix forms after it ("euros", "USD", "€" as in "10 €").
enum CurrencyTable {
    /// Signs and codes, optionally with a country prefix ("hk $", "us $").
    static let signs: [(String, Currency)] = [
        ("$", Currency("USD", assumed: true)), ("us $", Currency("USD")), ("u.s. $", Currency("USD")), ("u.s $", Currency("USD")),
        ("usd $", Currency("USD")), ("c $", Currency("CAD")), ("ca $", Currency("CAD")), ("cad $", Currency("CAD")),
        ("a $", Currency("AUD")), ("au $", Currency("AUD")), ("aud $", Currency("AUD")), ("nz $", Currency("NZD")),
        ("nzd $", Currency("NZD")), ("hk $", Currency("HKD")), ("s $", Currency("SGD")), ("mex $", Currency("MXN")),
        ("mxn $", Currency("MXN")), ("r $", Currency("BRL")),
        ("£", Currency("GBP")), ("€", Currency("EUR")), ("¥", Currency("JPY")), ("₹", Currency("INR")), ("₽", Currency("RUB")),
        ("₩", Currency("KRW")), ("₴", Currency("UAH")), ("₺", Currency("TRY")), ("₿", Currency("BTC")), ("₡", Currency("CRC")),
        ("₾", Currency("GEL")), ("₭", Currency("LAK")), ("元", Currency("CNY")), ("₪", Currency("ILS")), ("₦", Currency("NGN")),
    ]

    /// ISO codes recognised next to an amount. Codes that are English words (ALL, TRY,
    /// CAD in lower case …) are left out.
    static let codes: [String] = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "aud", "nzd", "hkd", "inr", "rub", "uah", "sek", "nok",
        "dkk", "pln", "brl", "mxn", "zar", "krw", "sgd", "btc", "huf", "czk", "ils", "ngn", "egp", "sar", "aed",
    ]

    /// Names written after the amount.
    static let names: [(String, Currency)] = [
        ("dollar", Currency("USD", assumed: true)), ("dollars", Currency("USD", assumed: true)), ("bucks", Currency("USD", assumed: true)),
        ("us dollar", Currency("USD")), ("us dollars", Currency("USD")), ("u.s. dollars", Currency("USD")),
        ("canadian dollar", Currency("CAD")), ("canadian dollars", Currency("CAD")),
        ("australian dollar", Currency("AUD")), ("australian dollars", Currency("AUD")),
        ("hong kong dollar", Currency("HKD")), ("hong kong dollars", Currency("HKD")),
        ("new zealand dollar", Currency("NZD")), ("new zealand dollars", Currency("NZD")),
        ("euro", Currency("EUR")), ("euros", Currency("EUR")), ("sterling", Currency("GBP")), ("pounds sterling", Currency("GBP")),
        ("british pounds", Currency("GBP")),
        ("yen", Currency("JPY")), ("japanese yen", Currency("JPY")), ("yuan", Currency("CNY")), ("chinese yuan", Currency("CNY")),
        ("renminbi", Currency("CNY")), ("kuai", Currency("CNY")),
        ("rupee", Currency("INR", assumed: true)), ("rupees", Currency("INR", assumed: true)),
        ("rouble", Currency("RUB")), ("roubles", Currency("RUB")), ("ruble", Currency("RUB")), ("rubles", Currency("RUB")),
        ("hryvnia", Currency("UAH")), ("hryvnias", Currency("UAH")), ("hryvnas", Currency("UAH")),
        ("swiss franc", Currency("CHF")), ("swiss francs", Currency("CHF")), ("franc", Currency(nil)), ("francs", Currency(nil)),
        ("lira", Currency("TRY", assumed: true)), ("turkish lira", Currency("TRY")), ("peso", Currency(nil)), ("pesos", Currency(nil)),
        ("mexican pesos", Currency("MXN")), ("zloty", Currency("PLN")), ("zlotys", Currency("PLN")), ("rand", Currency("ZAR")),
        ("krona", Currency("SEK", assumed: true)), ("kronor", Currency("SEK", assumed: true)), ("krone", Currency("NOK", assumed: true)),
        ("kroner", Currency("NOK", assumed: true)), ("shekel", Currency("ILS")), ("shekels", Currency("ILS")),
        ("naira", Currency("NGN")), ("bitcoin", Currency("BTC")), ("bitcoins", Currency("BTC")),
        ("pesetas", Currency("ESP")), ("finnish markka", Currency("FIM")), ("dutch guilders", Currency("NLG")), ("guilders", Currency("NLG")),
        ("cent", Currency(nil, minorUnit: "cent")), ("cents", Currency(nil, minorUnit: "cent")),
        ("penny", Currency("GBP", minorUnit: "penny")), ("pence", Currency("GBP", minorUnit: "penny")), ("p", Currency("GBP", minorUnit: "penny")),
        ("satoshi", Currency("BTC", minorUnit: "satoshi")), ("satoshis", Currency("BTC", minorUnit: "satoshi")),
    ]

    /// "pound(s)" is money after a scale word or a currency context, mass otherwise.
    static let pound = Currency("GBP")
}
