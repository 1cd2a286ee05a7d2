"""Word-level forms around names and titles: retirement marks, units, institution prefixes, given names,
a country right after a name, Title Case headlines."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_forms, country_of
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.role_seats import seat_title
from briefings.extract.roles import MODIFIERS, PORTFOLIO, PORTFOLIO_ITEMS, _words
from briefings.extract.token_countries import country_at, is_institution
from briefings.extract.tokens import PARTICLES, RANKS, Tok, is_head

KIN = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse)\s*,?\s*$")  # "his wife, Jane Doe"
INSTITUTION_NOUNS = _words(
    "ministry department office pentagon embassy agency secretariat commission house kremlin"
)
SPOKES = _words("spokesperson spokesman spokeswoman")
PERSONAL_RANKS = _words(
    "general gen. admiral adm. colonel col. captain capt. commander cmdr. comdr. lieutenant lt. major maj. "
    "brigadier brig. sergeant sgt. marshal lt.gen. maj.gen. brig.gen. vadm. radm. lt.-gen. maj.-gen."
)
POSSESSOR = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+$")  # "Germany's " before a name
_OF_COUNTRY = re.compile(
    r"\s*,?\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})"
)
_RETIRED = frozenset({"ret", "retd", "retired", "rtd", "purn"})  # "(Purn.)": Indonesian "retired"
# Courtesy words and ranks written without a stop that lead a name ("Cdr Jane Doe", "Lt Col (retd) A B",
# "Ibu A B", "Letjen A B"); only skipped before a capitalised word, so a surname "Col" alone stays a name.
# Left out: words that are also given names ("Gen" in Japanese, "Tuan" in Vietnamese, "Pak" in Korean).
LEADING_TITLES: frozenset[str] = _words(
    "cdr cmdr lt col adm capt maj brig sgt cpl wg sqn ldr cdre gp lcdr ltcol sen. rep. gov. amb. "
    "ibu bapak encik letjen mayjen brigjen laksdya laksda marsdya marsda jenderal laksamana marsekal "
    "samdech dasho baroness utama haji hajah hajjah pehin "  # Cambodian, Bhutanese, Malay honorifics, a peer
    "hj hj. hjh hjh. "  # the Malay pilgrim styles abbreviated ("Dato' Hjh. A")
    "alhaji alhaja hajiya mallam daw commodore "  # West African, Burmese (Daw), a naval rank
    "mawlawi maulawi maulvi maulana "  # Afghan and South Asian scholars' styles
    "lyonpo afioga susuga"  # Bhutanese minister's style, Samoan honorifics before a matai title
)
_UNIT_NOUNS = _words(
    "affairs operations office command division bureau directorate branch unit staff center centre"
)


# One word after a title that names a body's members, not a person ("EU Member States").
COLLECTIVE = _words("states nations countries governments members parties economies kingdoms republics")
# A place's kind as the last word of a capitalised run ("Zhejiang Province"), or as its first ("Mount X",
# "Wisma X" - a Malay building); names such as Park or Hall are left out: they are common surnames.
_PLACE_LAST = _words(
    "province prefecture county district region island islands peninsula strait sea river mountains valley "
    "city palace square avenue road station airport harbour harbor hotel building tower base"
)
PLACE_FIRST = _words("wisma istana menara jalan mount lake fort camp")
# nouns naming a ship before its name ("the research vessel Dr. A B", "the frigate C"): no person
VESSELS = _words("vessel ship frigate destroyer corvette cruiser carrier submarine cutter icebreaker warship")


# a world region's compass word and the region or its adjective ("Southeast Asian", "South-east Asia")
_COMPASS_FIRST = _words(
    "north south east west central northern southern eastern western northeast northwest southeast "
    "southwest north-east north-west south-east south-west sub-saharan"
)
_REGION_LAST = _words("asia asian africa african europe european america american americas pacific atlantic")


def place_name(name: list[Tok]) -> bool:
    """A capitalised run that is a place by its first or last word ("Jeju Island", "Mount Kinabalu"), or a
    world region named by its compass word ("Southeast Asian", "South-east Asia")."""
    if name[-1].low in _PLACE_LAST or name[0].low in PLACE_FIRST:
        return True
    return len(name) == 2 and name[0].low in _COMPASS_FIRST and name[1].low in _REGION_LAST


_STREETS = _words("road avenue boulevard highway")  # ("Lane", "Street" are also surnames)


def street_end(name: list[Tok]) -> bool:
    """A run closed by a street's word ("Sir A B Road"): a street named after a styled person."""
    return name[-1].low in _STREETS


def leading_title(toks: list[Tok], j: int) -> bool:
    """A courtesy word or unstopped rank at j that leads a name ("Cdr Doe", "Lt Col (retd) Jane Doe")."""
    t = toks[j]
    if not t.cap or t.low not in LEADING_TITLES or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.cap or (nxt.text == "(" and retired_mark(toks, j + 1) > j + 1)


_SERVICE_NOUNS = _words("force forces staff command navy army fleet corps headquarters guard district")


def service_unit(toks: list[Tok], k: int) -> int | None:
    """After an office and a comma: the armed service or staff it heads ("Chief of Staff, Joint Staff,",
    "Chief of Staff, Japan Maritime Self-Defense Force and ..."); the index after the unit."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    j = k + 1
    while j < len(toks) and j < k + 6 and toks[j].cap and toks[j].text[:1].isalpha():
        j += 1
    # "Commanding General of X Forces, Pacific": a service's component named by its region
    regional = j == k + 2 and toks[k + 1].text in WORLD_REGIONS and toks[k - 1].low in _SERVICE_NOUNS
    if not regional and (j - (k + 1) < 2 or toks[j - 1].low not in _SERVICE_NOUNS):
        return None
    if j < len(toks) and toks[j].text not in (",", ".", ";", ")") and toks[j].low not in ("and", "of"):
        return None
    if j < len(toks) and toks[j].low == "of" and not _owner_run(toks, j + 1):
        return None  # "Chief of Staff, Armed Forces of Xland,": the state owning the unit closes it
    if j < len(toks) and toks[j].low == "and":  # "..., Xish Fifth Fleet and Combined Maritime Forces,"
        more = _unit_run(toks, j + 1)
        if more and (more == len(toks) or toks[more].text in (",", ".", ";", ")")):
            return more
    return j


def _owner_run(toks: list[Tok], j: int) -> bool:
    """After a unit's "of": one to five capitalised words (a state or its service, "the" first allowed)
    closing the apposition."""
    if j < len(toks) and toks[j].low == "the":
        j += 1
    k = j
    while k < len(toks) and k < j + 6 and (toks[k].cap or toks[k].text in ("'s", "’s", "-")):
        k += 1
    return k > j and (k == len(toks) or toks[k].text in (",", ".", ";", ")"))


def _unit_run(toks: list[Tok], j: int) -> int:
    """The index after two to five capitalised words from j that end on a service noun, else 0."""
    k = j
    while k < len(toks) and k < j + 5 and toks[k].cap and toks[k].text[:1].isalpha():
        k += 1
    return k if k - j >= 2 and toks[k - 1].low in _SERVICE_NOUNS else 0


def retired_mark(toks: list[Tok], j: int) -> int:
    """The index after a "(Ret.)" / "(retd)" mark at j, else j."""
    if toks[j].text == "(" and j + 2 < len(toks) and toks[j + 1].low.rstrip(".") in _RETIRED:
        k = j + 2
        while k < len(toks) and k <= j + 3 and toks[k].text != ")":
            k += 1
        return k + 1 if k < len(toks) and toks[k].text == ")" else j
    return j


def portfolio_then_head(toks: list[Tok], j: int, ci: bool) -> bool:
    """A portfolio word then a head: the second half of "Trade and Investment Minister"."""
    if not (toks[j].cap or ci) or toks[j].low not in PORTFOLIO:
        return False
    if any(is_head(x, ci) for x in toks[j + 1 : j + 3]):
        return True
    # "Economy, Trade and Industry Minister", "Security and Citizen Protection Secretary": portfolios first
    k, n = j + 1, len(toks)
    while k + 2 < n and k < j + 7 and toks[k].text in (",", "and", "&"):
        first = k = k + 1
        while k < min(n, first + 2) and (toks[k].cap or ci) and toks[k].low in PORTFOLIO_ITEMS:
            k += 1
        if k == first or (k < n and is_head(toks[k], ci)):
            return k > first
    return False


def country_given_name(t: Tok) -> bool:
    """A plain country name ("Jordan", "Georgia") that could be a given name: no demonym or short form."""
    return t.text.isalpha() and t.text[1:].islower() and country_of(t.text) == t.text


def apposed_unit(toks: list[Tok], k: int) -> int | None:
    """After ", ": capitalised title words naming a unit ("Army Public Affairs"), then a comma or the end;
    returns the index after the unit."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    j = k + 1
    while j < len(toks) and toks[j].cap and (toks[j].low in MODIFIERS or toks[j].low in PORTFOLIO):
        j += 1
    if j - (k + 1) < 2 or toks[j - 1].low not in _UNIT_NOUNS:
        return None
    return j if j == len(toks) or toks[j].text in (",", ".", ";", ")") else None


def institution_prefix(toks: list[Tok], i: int, text: str) -> tuple[int, str | None]:
    """Extend a lower-case title back over the institution before it ("Home Affairs Ministry
    spokesperson"): the token index the title starts at, and the country a word before it names."""
    k = i - 1
    while k > 0 and toks[k - 1].cap and (toks[k - 1].low in MODIFIERS or toks[k - 1].low in PORTFOLIO):
        if country_at(toks, k - 1, text):
            break
        k -= 1
    inst = country_at(toks, k, text)
    if inst and inst[1] == i and is_institution(text[toks[k].start : toks[i - 1].end]):
        return k, inst[0]  # "Pentagon spokesman"
    for back in (3, 2, 1):
        hit = country_at(toks, k - back, text) if k - back >= 0 else None
        if hit and hit[1] == k and toks[k].low == "affairs":
            return k - back, None  # "Xland Affairs Office spokesman": the body's subject, no state of its own
        if hit and hit[1] == k:
            return k, hit[0]
    return k, None


_ROLE_WORD = re.compile(r"[\w.'-]+")


# a bare form of address ("Representative A", "Congresswoman B") that a named office after the name beats
_COURTESY_ROLES = frozenset(
    {"ambassador", "representative", "rep.", "congressman", "congresswoman", "deputy"}
)


def weak_title(role: str | None) -> bool:
    """A rank or a courtesy title ("Lt. Gen.", "Senator", a bare "Ambassador") that an apposed office
    should replace."""
    if not role:
        return False
    if role.lower() in _COURTESY_ROLES:
        return True
    words = _ROLE_WORD.findall(role.lower().replace("-", " "))
    # "Senior General", "Vice-Senior General", "Field Marshal": a grade word before the rank itself
    return bool(words) and rank_word(words[-1]) and all(rank_word(w) or w in _RANK_GRADES for w in words)


_RANK_GRADES = frozenset({"senior", "field"})


def title_case(text: str) -> bool:
    """A headline in Title Case: most words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def of_country(text: str, end: int, limit: int) -> str | None:
    """ "Prime Minister X of New Zealand": the country right after a name."""
    m = _OF_COUNTRY.match(text, end, limit)
    if not m:
        return None
    words = [w.rstrip(".,;:") for w in m[1].split()]
    if len(words) > 1 and words[0] == "Royal":
        words = words[1:]  # "of the Royal Xish Mounted Police": the state's word after the style
    for k in range(len(words), 0, -1):
        c = country_of(" ".join(words[:k]))
        if c:
            return c
    return None


_OF_BODY = re.compile(
    r"\s+(of\s+the\s+((?:[A-Z][\w'’./-]*\s+)*?(?:Party|Committee|Commission|Council|Assembly|Congress|"
    r"Politburo|Secretariat|Agency|Office|Centre|Center|Bureau|Directorate)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?))"
)


_GOVERNMENT_HEADS = re.compile(r"\b(?:minister|premier|chancellor|ambassador|governor|mayor)\b", re.I)


def body_office(role: str | None) -> bool:
    """A title a body's name may complete ("General Secretary", "Chairman"), not a government office or a
    legislator's seat whose holder's party may follow ("Prime Minister A of the X Party", "MP B of the Y")."""
    return bool(role) and not _GOVERNMENT_HEADS.search(role or "") and not seat_title(role)


def of_body(text: str, end: int, limit: int) -> tuple[str, str | None, int] | None:
    """ "General Secretary A of the X Party of Y": the body after a titled name ("of the X Party of Y"), the
    country it names, and the offset it ends at."""
    if not text.startswith(" of the ", end):
        return None
    m = _OF_BODY.match(text, end, limit)
    if not m:
        return None
    _, _, tail = m[2].rpartition(" of ")
    return m[1], (country_of(tail.removeprefix("the ")) if tail else None), m.end()


def particle_run(toks: list[Tok], j: int) -> bool:
    """Particles at j run on to a capitalised name word ("von der Leyen")."""
    k = j
    while k < len(toks) and k < j + 3 and toks[k].low in PARTICLES:
        k += 1
    return k > j + 1 and k < len(toks) and toks[k].cap


# Malay "binte"/"bte" ("daughter of") joins a given name to a father's name, like "bin" and "binti"; so do
# Turkic "oglu"/"gizi" ("son"/"daughter of", after the father's name), Hassaniya "ould" and Portuguese "do"
# ("A do B C": only inside a name, before a capitalised word)
LINKS = PARTICLES | _words("binte bte oglu ogly oğlu gizi qizi kizi kyzy uulu ould do")


def rank_word(low: str, ranks: frozenset[str] = RANKS) -> bool:
    """A military rank, also one hyphenated ("rear-admiral", "lieutenant-general")."""
    if low in ranks:
        return True
    parts = low.split("-") if "-" in low else []
    # "Lt-Gen", "Maj-Gen": abbreviations without their periods joined by a hyphen
    if parts and parts[-1] not in ranks and parts[-1] + "." in ranks:
        parts = [p + "." if p + "." in RANKS else p for p in parts]
    # "vice-admiral" among personal ranks: a grade word ("vice", "rear") before the rank itself
    return bool(parts) and parts[-1] in ranks and all(p in ranks or p in RANKS for p in parts[:-1])


def rank_abbrev(toks: list[Tok], j: int) -> bool:
    """ "(RADM)", "(LG)" at j right after a rank word: the rank's abbreviation, no part of the name."""
    return (
        j > 0
        and j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 2].text == ")"
        and toks[j + 1].text.isupper()
        and rank_word(toks[j - 1].low)
    )


def accented_namesake(w: str) -> bool:
    """A name word with diacritics that only its plain spelling makes a country word ("Thái", not "Thai")."""
    return not w.isascii() and w not in country_forms() and country_of(w) is not None


# "President and First Lady Doe": a couple named by one family name, neither title the one person's
_COUPLE = re.compile(r"\band\s+(?:the\s+)?(?:First\s+(?:Lady|Gentleman)|Mrs\.?|Madam|Madame)$")


def couple(role: str) -> bool:
    """A title naming a couple ("President and First Lady"), no one person's."""
    return " and " in role and _COUPLE.search(role) is not None


_WORKPLACE_JOINS = frozenset({"of", "for", "and"})


def past_workplace(toks: list[Tok], k: int) -> int:
    """The index after a capitalised workplace's name at k ("the X Institute for Y"), k when none."""
    j = k + 1 if k < len(toks) and toks[k].low == "the" else k
    start = j
    while j < min(len(toks), start + 8) and (toks[j].cap or (j > start and toks[j].low in _WORKPLACE_JOINS)):
        j += 1
    while j > start and not toks[j - 1].cap:
        j -= 1
    return j if j > start else k


PORTFOLIO_OPENERS = frozenset({"in", "with", "his", "her"})
_MAJESTYS = frozenset({"majesty's", "majesty’s"})
_IN_CHARGE = frozenset({"charge", "command"})


def portfolio_words(toks: list[Tok], j: int) -> int:
    """The number of words at j that lead a title's portfolio ("Minister Delegate in charge of X", "Flag
    Officer in Command of X", "Minister for His Majesty's Armed Forces", "with responsibility for X") before a
    capitalised word, else 0."""
    low = toks[j].low
    if low == "in" and j + 3 < len(toks) and toks[j + 1].low in _IN_CHARGE and toks[j + 2].low == "of":
        return 3 if toks[j + 3].cap or toks[j + 3].low == "the" else 0
    # "Minister of State with responsibility for X"
    if (
        low == "with"
        and j + 3 < len(toks)
        and toks[j + 1].low == "responsibility"
        and toks[j + 2].low == "for"
    ):
        return 3 if toks[j + 3].cap or toks[j + 3].low == "the" else 0
    if low in ("his", "her") and j + 2 < len(toks) and toks[j + 1].low in _MAJESTYS:
        return 2 if toks[j + 2].cap else 0
    return 0


_BODY_JOINS = frozenset({"and", "of", "for", "in", "on", "the", "&"})
_POSSESSIVES = ("'s", "’s", "s'", "s’")


def lower_body_end(toks: list[Tok], k: int) -> int:
    """After a lower-case title, the comma closing an "of" phrase naming its body in lower case ("president
    of Xland's employers' confederation (XEC),"), else k."""
    if k + 3 >= len(toks) or not (toks[k].low == "of" or (k and toks[k - 1].text.endswith(_POSSESSIVES))):
        return k
    j = k + 1 if toks[k].low == "of" else k  # "of the ..." or, after "of Xland's", the rest
    nouns = 0
    while j < len(toks) and j < k + 7:
        t = toks[j]
        if t.text.isalpha() and t.text.islower():
            nouns += t.low not in _BODY_JOINS
        elif not t.text.endswith(_POSSESSIVES):
            break
        j += 1
    if j + 3 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
        j += 3  # the body's initials in brackets
    if not nouns or j >= len(toks) or toks[j].text != ",":
        return k
    return j


# "RSVP with Ms A on 079 000 0000", "A – Tel.: +32 000": a number or e-mail after a name marks a contact
_CONTACT = r"(?:\+?\d[\d \t()/-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+)"  # a telephone number or an e-mail address
_PHONE_AFTER = re.compile(rf"\s+(?:on|at|[-–—]\s+(?:Tel|Phone|Mobile)\.?:?)\s+{_CONTACT}")


def phone_after(after: str) -> bool:
    """The text after a name opens with its telephone number or e-mail address ("on 079 000 0000")."""
    return _PHONE_AFTER.match(after) is not None
