/// A unit of measure as the figures annotator names it.
struct MeasureUnit: Sendable, Hashable {
    /// Canonical name: "kilometre", "tonne", "degree Celsius", "day".
    let name: String
    /// length, mass, area, volume, speed, temperature, energy, power, data, time, angle …
    let dimension: String
}

/// A surface form of a unit: its pieces' keys, and whether it is ambiguous as a word
/// ("m", "in", "pm", "t"), in which case it only counts written against the number ("5m",
/// "5-in") or after a hyphen.
struct UnitForm: Sendable {
    let keys: [String]
    let unit: MeasureUnit
    let ambiguous: Bool
}

/// The units news text uses. Each line: canonical name | dimension | forms separated by
/// ";" (space = separate pieces; a leading "!" marks an ambiguous form).
enum UnitTable {
    static let definitions = """
    millimetre|length|mm;millimeter;millimeters;millimetre;millimetres
    centimetre|length|cm;centimeter;centimeters;centimetre;centimetres
    decimetre|length|dm;decimeter;decimeters;decimetre;decimetres
    metre|length|!m;meter;meters;metre;metres
    kilometre|length|km;kms;kilometer;kilometers;kilometre;kilometres;klicks
    inch|length|!in;inch;inches;\"
    foot|length|ft;foot;feet
    yard|length|yd;yds;yard;yards
    mile|length|mi;mile;miles
    nautical mile|length|nautical mile;nautical miles;nmi
    picometre|length|!pm;picometer;picometers;picometre;picometres
    square metre|area|m2;sq m;square meter;square meters;square metre;square metres;sqm
    square kilometre|area|km2;sq km;square kilometer;square kilometers;square kilometre;square kilometres
    square foot|area|sq ft;square foot;square feet;sqft
    square mile|area|sq mi;square mile;square miles
    hectare|area|ha;hectare;hectares
    acre|area|acre;acres
    milligram|mass|mg;milligram;milligrams;milligramme;milligrammes
    microgram|mass|μg;mcg;microgram;micrograms;microgramme;microgrammes
    gram|mass|!g;gram;grams;gramme;grammes
    kilogram|mass|kg;kgs;kilo;kilos;kilogram;kilograms;kilogramme;kilogrammes
    tonne|mass|!t;tonne;tonnes;metric ton;metric tons;metric tonne;metric tonnes
    ton|mass|ton;tons
    pound|mass|lb;lbs;pound;pounds
    ounce|mass|oz;ounce;ounces
    stone|mass|!st;stone
    dram|mass|dram;drams;drachma
    millilitre|volume|ml;milliliter;milliliters;millilitre;millilitres
    litre|volume|!l;liter;liters;litre;litres
    gallon|volume|gal;gallon;gallons
    barrel|volume|bbl;barrel;barrels
    cubic metre|volume|m3;cubic meter;cubic meters;cubic metre;cubic metres
    cubic foot|volume|cubic foot;cubic feet;cu ft
    cup|volume|!cup;!cups
    tablespoon|volume|tbsp;tablespoon;tablespoons
    teaspoon|volume|tsp;teaspoon;teaspoons
    kilometre per hour|speed|km/h;kmh;kph;kmph;km/hr;kilometres per hour;kilometers per hour;kilometre per hour;kilometer per hour;kilometres an hour;kilometers an hour
    mile per hour|speed|mph;miles per hour;mile per hour;miles an hour
    metre per second|speed|m/s;metres per second;meters per second
    knot|speed|knot;knots
    degree Celsius|temperature|°c;° c;degrees celsius;degree celsius;deg celsius;deg c;degrees c;degree c;celsius;celcius;centigrade;centigrate;degrees centigrade
    degree Fahrenheit|temperature|°f;° f;degrees fahrenheit;degree fahrenheit;deg fahrenheit;deg f;degrees f;degree f;fahrenheit;farenheit;degrees farenheit
    degree|angle|°;degree;degrees;deg
    radian|angle|rad;radian;radians
    turn|angle|turn;turns
    kilowatt hour|energy|kwh;kilowatt hour;kilowatt hours;kilowatt-hour;kilowatt-hours
    megawatt hour|energy|mwh;megawatt hour;megawatt hours
    gigawatt hour|energy|gwh;gigawatt hour;gigawatt hours
    terawatt hour|energy|twh;terawatt hour;terawatt hours
    joule|energy|joule;joules
    calorie|energy|calorie;calories;kcal
    watt|power|!w;watt;watts
    kilowatt|power|kw;kilowatt;kilowatts
    megawatt|power|mw;megawatt;megawatts
    gigawatt|power|gw;gigawatt;gigawatts
    horsepower|power|hp;horsepower
    bit|data|bit;bits
    megabit|data|mb;megabit;megabits;mbps
    megabyte|data|megabyte;megabytes
    gigabyte|data|gb;gigabyte;gigabytes
    terabyte|data|tb;terabyte;terabytes
    magnitude|seismic|magnitude
    """

    /// Units whose measures are often completed by a smaller one ("5 ft 2 in"): the smaller
    /// unit's canonical name and how many of it make one of the larger.
    static let subunits: [String: (name: String, ratio: Double)] = [
        "foot": ("inch", 12), "yard": ("foot", 3), "pound": ("ounce", 16), "stone": ("pound", 14),
        "metre": ("centimetre", 100), "kilogram": ("gram", 1000),
    ]

    static func parse(_ definitions: String) -> [UnitForm] {
        var forms = [UnitForm]()
        for line in definitions.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let unit = MeasureUnit(name: String(fields[0]), dimension: String(fields[1]))
            for form in fields[2].split(separator: ";") {
                forms.append(makeForm(String(form), unit: unit))
            }
        }
        return forms
    }

    static func makeForm(_ surface: String, unit: MeasureUnit) -> UnitForm {
        let ambiguous = surface.hasPrefix("!")
        let text = ambiguous ? String(surface.dropFirst()) : surface
        return UnitForm(keys: PhraseKeys.keys(of: text), unit: unit, ambiguous: ambiguous)
    }
}
