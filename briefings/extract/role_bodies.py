"""Where a body or place named inside a title ends ("Governor of Xshire", "the X Party of Y Central
Committee", "(Foreign Cooperation and Intelligence)"), whether a phrase is an organisation's own name, and
whether an organisation's name is a government's desk for it ("the X Department")."""

from __future__ import annotations

import re

from briefings.extract import forms
from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regions import is_region
from briefings.extract.roles import TITLE_WORDS
from briefings.extract.token_countries import country_at, may_open_country
from briefings.extract.tokens import HONORIFICS, Tok, is_initial, is_name_text

_AT_BODIES = frozenset({"ministry", "department", "office", "embassy"})


def bracketed_portfolio(toks: list[Tok], j: int, text: str) -> int:
    """The index of the ")" closing a bracketed portfolio of several capitalised words after a title
    ("(Foreign Cooperation and Intelligence)"), else 0; a country or a retirement mark is no portfolio."""
    k = j + 1
    while k < len(toks) and k <= j + 8 and toks[k].text != ")":
        t = toks[k]
        if not ((t.cap and t.text.isalpha()) or t.low in ("and", "of", "for", "&")):
            return 0
        k += 1
    if k >= len(toks) or toks[k].text != ")" or k < j + 3 or not toks[k - 1].cap:
        return 0
    if country_at(toks, j + 1, text) or forms.retired_mark(toks, j) > j:
        return 0
    if at_body(toks, j + 1):
        return 0  # "Ambassador of X to Y (Ministry of Foreign Affairs)": where a call is paid, no portfolio
    return k


def at_body(toks: list[Tok], k: int) -> bool:
    """ "(at the) Ministry of X" / "(at the) Foreign Affairs Ministry" / "(at the) Federal X Office": a
    government body's name opens at k."""
    return at_body_word(toks, k) >= 0


def named_office(toks: list[Tok], k: int, text: str) -> tuple[int, str | None]:
    """The index of the noun closing a government body's name from k ("Federal X Office"), else -1, and the
    state whose own office's name it is ("the Federal Foreign Office": Germany)."""
    noun = at_body_word(toks, k)
    hit = country_at(toks, k, text) if noun > k else None
    return noun, (hit[0] if hit and hit[0] not in ORGANISATION_NAMES else None)


def at_body_word(toks: list[Tok], k: int) -> int:
    """The index of the body's noun ("Ministry", "Office") of a government body named from k, else -1."""
    for m in range(k, min(k + 4, len(toks))):
        if not toks[m].cap or not toks[m].text.isalpha():
            return -1
        if toks[m].low in _AT_BODIES and (m == k or toks[m].low != "embassy"):
            return m  # "at the Xish Embassy": the envoy's post, no body of the title
    return -1


def is_acronym(t: Tok) -> bool:
    """An all-capital short word ("CPC", "JEF"): a body's acronym."""
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


_BODY_ENDS = frozenset(
    {"committee", "commission", "council", "bureau", "assembly", "congress", "government", "command"}
)


_HOUSES = frozenset(
    {"senate", "house", "chamber", "parliament", "diet", "assembly", "congress", "legislature"}
)
_MEMBERS = frozenset({"representatives", "commons", "lords", "councillors", "deputies", "delegates", "peers"})


def body_end(toks: list[Tok], j: int) -> int:
    """After a body's acronym at j, the index of the body noun closing its name within four capitalised
    words ("XYZ Northfield Provincial Committee"), else 0."""
    for k in range(j + 1, min(j + 5, len(toks))):
        if not toks[k].cap or not toks[k].text.isalpha():
            return 0
        if toks[k].low in _BODY_ENDS:
            return k
    return 0


# common nouns' endings ("Action", "Development", "Security"): no person's name
# common-noun endings ("Development", "Organizations", "Economics", "Safety"): no given name or surname
COMMON_NOUN = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ship|ism|service)s?$|(?:ics|ety)$")
_RUN_JOINS = frozenset({"of", "and", "the", "for"})


# nouns that close the name of a body, a party or an office's field ("of the X Party", "for Y Affairs")
_NAME_ENDS = frozenset(
    {"party", "states", "nations", "affairs", "union", "league", "council", "committee", "assembly",
     "commission", "organisation", "organization", "forum", "community", "front", "movement",
     "kingdom", "office", "bureau", "ministry", "department", "secretariat", "directorate", "presidency"}
)  # fmt: skip


def _plain(word: str) -> bool:
    """A word of letters, hyphens or a possessive ending ("People's" of "the People's X Party")."""
    return word.replace("-", "").removesuffix("'s").removesuffix("’s").isalpha()


_PRONOUN_STYLES = frozenset({"the", "his", "her"})
_PATRONYMS = frozenset({"bin", "bint", "binti", "ibn"})  # a father's name's particle inside a name


def _styled(toks: list[Tok], h: int) -> int:
    """The index after the honorifics opening a name at h ("the Hon", "Dr", "H.E. Mr"), else h."""
    k = h
    while k < len(toks) and k < h + 3 and toks[k].low in HONORIFICS and (toks[k].cap or toks[k].low == "the"):
        k += 1
    return k if any(t.low not in _PRONOUN_STYLES for t in toks[h:k]) else h


# honorifics that open only a name (no "Lord", "Lady", "Professor", "The" that a body's name may hold)
_NAME_HONORIFICS = HONORIFICS - {
    "his",
    "her",
    "the",
    "lord",
    "lady",
    "professor",
    "prof.",
    "highness",
    "majesty",
    "excellency",
    "sir",
    "dame",
    "seri",
    "utama",
    "tun",
    "puan",
    "ratu",
    "eng.",
    "madam",
    "madame",
    "rt",
    "rt.",
}


# a local body's level written in lower case inside its name ("the Xtown provincial Party Committee")
_LEVELS = frozenset({"provincial", "municipal", "district", "prefectural", "county", "communal", "city"})


def local_level(t: Tok) -> bool:
    """A local body's level in lower case ("the municipal People's Committee")."""
    return t.low in _LEVELS and not t.cap


def _country_end(toks: list[Tok], k: int) -> int:
    """The index after a country of one or two capitalised words at k, else 0."""
    for width in (2, 1):
        run = toks[k : k + width]
        if len(run) == width and all(t.cap for t in run) and country_of(" ".join(t.text for t in run)):
            return k + width
    return 0


def named_place_end(toks: list[Tok], j: int) -> int:
    """After "Title of (the)": the last word of a place or body that a name of two words follows ("Governor
    of Xshire Jane Doe", "Speaker of the House of Representatives Jane Doe"; "the municipal X Committee A B",
    a local body's level opening it), else 0."""
    if not (toks[j].cap or local_level(toks[j])):
        return 0
    lead = toks[j - 2].low if toks[j - 1].low == "the" and j > 1 else toks[j - 1].low
    if lead not in ("of", "for") and not (lead == "to" and toks[j - 1].low == "the"):
        return 0  # "Ambassador to the Xdom A B" (not a headline's "Minister to Attend X")
    k = j
    limit = j + 8
    fathers = -1  # the first "bin"/"ibn" of the run: a patronymic name closes it
    while k < len(toks) and k < limit:
        level = toks[k].low in _LEVELS and not toks[k].cap and (k > j or toks[j - 1].low == "the")
        if level and k + 1 < len(toks) and toks[k + 1].cap:
            # "the Xtown provincial Party Committee A B C D", "the municipal X Committee A": a local body
            limit = j + 10
        elif toks[k].text in _PATRONYMS and k > j + 1 and k + 1 < len(toks) and toks[k + 1].cap:
            fathers = k if fathers < 0 else fathers  # "... Office A bin B C": the father's name in the name
            limit = max(limit, k + 4)
        elif toks[k].low == "to" and k > j and (posted := _country_end(toks, k + 1)):
            k = posted  # "Ambassador of the X to Yland A B": the envoy's posting inside the run
            limit = max(limit, k + 5)
            continue
        elif not ((toks[k].cap and _plain(toks[k].text)) or (toks[k].low in _RUN_JOINS and k > j)):
            break
        k += 1
    for p in range(j + 3, k - 1):
        if toks[p].text == "and" and toks[p + 1].low in TITLE_WORDS and toks[p + 1].cap:
            k = p  # "... to the Xdom A B C and Additional Secretary D E": the next holder's title
            break
    while k > j + 1 and toks[k - 1].low in _RUN_JOINS and not toks[k - 1].cap:
        k -= 1  # "... Party Jane Doe and his spouse": a joining word after the name is no part of the run
    if fathers >= 0:
        first = fathers - 1  # the given name before the father's
        named = all(x.text in _PATRONYMS or is_name_text(x.text, False) for x in toks[first:k])
        return first - 1 if named and toks[first - 1].cap and first - 1 >= j else 0
    if k < len(toks) and toks[k].cap:
        return 0
    for p in range(j + 1, k - 1):
        # "Deputy Chairman of the X Chamber Shri A B": the style opens the name
        if toks[p].low in _NAME_HONORIFICS:
            return p - 1
    h = _styled(toks, k + 1) if k < len(toks) and toks[k].text == "," else k + 1
    if (
        h + 1 < len(toks)
        and toks[k].text == ","
        and k - j <= 4
        and toks[k - 1].cap
        and is_name_text(toks[h].text, True)
        and is_name_text(toks[h + 1].text, False)
    ):
        # "ambassador-at-large for Asia and BRICS, Jane Doe,": the name after the comma (after its
        # honorific too: "Minister for X Security, the Hon Jane Doe MP,")
        return k - 1
    for p in range(j, k - 2):
        # "President of the Xish Republic of Xland Nguyen Van An": the place ends at the country (of one to
        # three words, "of Xland Yland"), and a name of two or three words follows
        for q in range(min(p + 3, k - 2), p, -1):
            if k - q <= 3 and country_of(" ".join(x.text for x in toks[p:q])) and all_name_words(toks[q:k]):
                return q - 1
    for p in range(k - 3, max(j, k - 5) - 1, -1):
        # "Secretary-General of the League of X States Jane Q Doe": a body's closing noun, then the name
        if toks[p].low in _NAME_ENDS and all_name_words(toks[p + 1 : k]):
            return p
    if is_acronym(toks[j]) and 2 <= k - j - 1 <= 3 and all_name_words(toks[j + 1 : k]):
        return j  # "Secretary General of the XYZ Jane Q Doe": a body's initials, then a name of three words
    for w in (3, 2, 1):  # "Senator for Xshire North": a state or province (of several words) ends it
        if j + w <= k and is_region(" ".join(x.text for x in toks[j : j + w])):
            return j + w - 1
    for p in range(j + 1, k - 3):
        # "Minister of X and Ywords A B C": a portfolio list's last item is one word the vocabulary lacks,
        # and the name after it holds two to four words (an item of two words would end in a portfolio word)
        if (
            toks[p].low in ("and", "&")
            and toks[p + 1].cap
            and toks[p + 1].low not in TITLE_WORDS
            and all_name_words(toks[p + 2 : k])
        ):
            return p + 1 if k - p - 2 <= 4 else 0
    end = k - 3  # the last word of the place: two name words follow it
    if end < j or toks[end].low in _RUN_JOINS or not toks[end].cap:
        return 0
    if any(not is_name_text(x.text, i == 0) or x.low in TITLE_WORDS for i, x in enumerate(toks[end + 1 : k])):
        return 0
    if any(x.low in _RUN_JOINS for x in toks[end + 1 : k]):
        return 0
    return end


def all_name_words(run: list[Tok]) -> bool:
    """True when every token of a run is a name word and no title word."""
    return all(is_name_text(x.text, i == 0) and x.low not in TITLE_WORDS for i, x in enumerate(run))


def _party_body_end(toks: list[Tok], j: int) -> int:
    """A party's body named in full ("the Xland Workers' Party of Y Central Committee"): the index of the
    body noun after "Party", within eight capitalised words (or "of"), else 0."""
    party = False
    for k in range(j, min(j + 11, len(toks))):
        t = toks[k]
        if t.low == "party" and t.cap:
            party = True
        elif party and t.cap and t.low in _BODY_ENDS:
            return k
        elif t.text in ("(", ")") and party:
            continue  # "the Xland Party of Y (XPY) Central Committee": its initials in brackets
        elif not ((t.cap and t.text.replace("'", "").replace("’", "").isalpha()) or t.low == "of"):
            return 0
    return 0


def named_body_end(toks: list[Tok], j: int) -> int:
    """After "of the": a party's body ("the X Party of Y Central Committee") or a body named by capitalised
    words closing with a body noun ("the Xtag Defence Committee"): the index of that noun, else 0."""
    if j and toks[j - 1].low == "the" and toks[j].low in _HOUSES and toks[j].cap:
        # "President of the Senate", "Speaker of the House of Commons": a chamber of a legislature
        if j + 2 < len(toks) and toks[j + 1].low == "of" and toks[j + 2].low in _MEMBERS and toks[j + 2].cap:
            return j + 2
        return j
    return _party_body_end(toks, j) or (body_end(toks, j) if j and toks[j - 1].low == "the" else 0)


def names_org(phrase: str, org: str) -> bool:
    """True when a phrase is the organisation's own name or its initials ("NATO", "the UN"), not one of
    its bodies ("the European Commission")."""
    words = phrase.split()
    if phrase == org:
        return True
    initials = "".join(w[0] for w in org.split() if w[0].isupper())
    if len(words) >= 3 and set(org.lower().split()) <= set(phrase.lower().split()):
        return True  # "League of Xish States" for the "Xish League": its long name holds every word
    return len(words) == 1 and words[0].replace(".", "") == initials


# the words after an organisation's name that make it a government's desk, portfolio or post for the
# organisation, not the organisation's own ("the X Department", "for X Cooperation", "Minister for X
# Relations"); a unit "of" or "for" something is the organisation's own
# ("the X Department of Peace Operations")
_DESKS = frozenset({"affairs", "cooperation", "co-operation", "relations", "integration"})
_DESK_UNITS = frozenset({"department", "division", "bureau", "desk", "directorate", "command"})
_DESK_AFTER = re.compile(r" (?:of|for)\b")
_NEXT_WORD = re.compile(r" ([A-Z][\w-]*)")
# "for X and Southeast Asian Affairs": a desk for the organisation and a region beside it
_AND_DESK = re.compile(
    r" and (?:[A-Z][\w-]* ){1,3}(?:Affairs|Cooperation|Co-operation|Relations|Integration)\b"
)


def org_desk(text: str, end: int) -> bool:
    """True when the organisation's name ending at `end` is followed by a desk's word ("the X Department")."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return text.startswith(" and ", end) and _AND_DESK.match(text, end) is not None
    word = m[1].lower()
    return word in _DESKS or (word in _DESK_UNITS and not _DESK_AFTER.match(text, m.end()))


# nouns closing a unit, command or body a title names before its holder's rank
_UNIT_ENDS = frozenset(
    {
        "area", "fleet", "command", "council", "team", "division", "region", "zone", "district", "corps",
        "staff", "force", "forces", "navy", "army", "headquarters", "group", "brigade", "battalion",
        "regiment", "squadron", "wing", "flotilla", "department", "office", "bureau", "agency",
        "directorate", "committee", "commission", "service", "guard",
    }
)  # fmt: skip


def rank_then_name(toks: list[Tok], k: int) -> bool:
    """A holder's rank at k ("Rear Admiral", "Senior General", "Gen.") and a name of two words after it."""
    j = k
    while j < len(toks) and j < k + 3 and toks[j].cap and forms.rank_word(toks[j].low):
        j += 1
    if j == k or not forms.rank_word(toks[j - 1].low, forms.PERSONAL_RANKS):
        return False
    return j + 1 < len(toks) and is_name_text(toks[j].text, True) and is_name_text(toks[j + 1].text, False)


def comma_body_rank(toks: list[Tok], first: int, last: int, j: int) -> bool:
    """A unit's name (or a service "of the Xland") a comma joins to an office before it, then the holder's
    rank and name ("Chief of Staff, Joint Staff General A B", "Commandant, X District Vice Admiral A B"):
    the run first..last is that office's body, the rank at j opens the name."""
    if first < 2 or toks[first - 1].text != "," or last != j - 1 or not toks[j].cap:
        return False
    closes = toks[last].low in _UNIT_ENDS or (last >= 2 and toks[last - 1].low in ("of", "the"))
    k = j
    while k < len(toks) and k < j + 3 and toks[k].cap and forms.rank_word(toks[k].low):
        k += 1
    if not closes or not forms.rank_word(toks[k - 1].low, forms.PERSONAL_RANKS) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return is_name_text(toks[k].text, True) and (is_initial(nxt) or is_name_text(nxt.text, False))


def ranked_unit_end(toks: list[Tok], j: int) -> int:
    """After a title's last word: capitalised words closing with a unit's noun that the holder's rank and
    name follow ("Commander Xland Fleet Vice Admiral A B", "Commander of the Southern Naval Area Rear
    Admiral A B"): the index of that noun, else 0."""
    k = j
    while k < len(toks) and k < j + 5 and toks[k].cap and toks[k].text.isalpha():
        if forms.rank_word(toks[k].low):
            break
        k += 1
    if k == j or toks[k - 1].low not in _UNIT_ENDS or not rank_then_name(toks, k):
        return 0
    return k - 1


_ARMS = frozenset({"navy", "army", "fleet"})
_ARMS2 = frozenset({"air", "defence", "defense", "coast", "marine"})  # "Air Force", "Coast Guard"


def service_next(toks: list[Tok], j: int, last_head: int) -> bool:
    """Straight after a head, a country word naming the armed service the title commands ("Commander
    Xish Fleet"), written with no "of"."""
    if last_head != j - 1 or not toks[j].cap or not may_open_country(toks[j].low):
        return False
    k = j + 1
    if k >= len(toks):
        return False
    w = toks[k].low
    return w in _ARMS or (
        w in _ARMS2 and k + 1 < len(toks) and toks[k + 1].low in ("force", "forces", "guard")
    )
