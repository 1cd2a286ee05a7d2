"""Title runs before or after a name: "US Secretary of State", "Japan's new foreign minister",
"Ambassador of India to Japan" (its sending state), "Minister of Defence of Australia" (its country)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefings.extract import forms
from briefings.extract.gazetteer import ORGANISATION_NAMES, country_of
from briefings.extract.role_lists import body_possessive, joins_more, portfolio_list_end
from briefings.extract.roles import HEADS, MODIFIERS, PORTFOLIO
from briefings.extract.tokens import (
    RANKS,
    STYLES,
    Tok,
    could_start_country,
    country_at,
    is_head,
    is_institution,
    is_name_text,
    is_title_word,
    joint_states,
    may_open_country,
)

_ORG_COUNTRIES = ORGANISATION_NAMES
# "Commander of U.S. X Command", "of the Royal Xish Navy" (not "Secretary for American Affairs": a desk for
# another country)
_OF_ADJ = re.compile(
    r"\b(?:of|for|at)\s+(?:the\s+)?(?:Royal\s+)?((?:U\.S\.|U\.K\.|[A-Z][a-z]+))\s+(?!Affairs\b)[A-Z]"
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def inner_country(text: str, start: int, end: int) -> str | None:
    """The country whose word opens a body a title in text[start:end] names ("Commander of the Royal Xish
    Navy")."""
    inner = _OF_ADJ.search(text, start, end)
    return country_of(inner[1]) if inner else None


_NEWLY = frozenset({"new", "newly", "appointed", "newly-appointed", "incoming", "outgoing"})
_GENERAL_OK = frozenset(
    {"secretary", "director", "attorney", "solicitor", "inspector", "consul", "governor", "delegate"}
)
_BODY_NOUNS = frozenset({"commission", "council", "parliament", "court", "bank"})
_AT_BODIES = frozenset({"ministry", "department", "office", "embassy"})
_CONNECTORS = frozenset({"of", "for", "to", "and", "&", "the", "on", "cum", "/"})
_JOINS = frozenset({"and", "cum", "/"})  # join two titles: a title word must follow
TITLE_WORDS = HEADS | MODIFIERS


@dataclass
class Title:
    """A title run: role text span, its country (if named inside it) and the token index after it."""

    role_start: int
    role_end: int
    start: int
    country: str | None
    next_index: int
    prefix: str = ""  # a word read before a country word inside the run ("acting U.S. Secretary": "acting")


@lru_cache(maxsize=65536)
def opens_title(w: str) -> bool:
    """A lower-cased word that may open a title (a title word, or the first word of a country)."""
    return w in HEADS or w in MODIFIERS or w in PORTFOLIO or "-" in w or could_start_country(w)


def _bracketed_portfolio(toks: list[Tok], j: int, text: str) -> int:
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
    return k


def _at_body(toks: list[Tok], k: int) -> bool:
    """ "(at the) Ministry of X" / "(at the) Foreign Affairs Ministry": a government body's name opens at k
    (a named office, "the Federal Foreign Office", is an institution read as such)."""
    if toks[k].cap and toks[k].low in _AT_BODIES:
        return True
    for m in range(k, min(k + 4, len(toks))):
        if not toks[m].cap or not toks[m].text.isalpha():
            return False
        if toks[m].low in ("ministry", "department"):
            return True
    return False


def _acronym(t: Tok) -> bool:
    """An all-capital short word ("CPC", "JEF"): a body's acronym."""
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


_BODY_ENDS = frozenset(
    {"committee", "commission", "council", "bureau", "assembly", "congress", "government", "command"}
)


_HOUSES = frozenset(
    {"senate", "house", "chamber", "parliament", "diet", "assembly", "congress", "legislature"}
)
_MEMBERS = frozenset({"representatives", "commons", "lords", "councillors", "deputies", "delegates", "peers"})


def _body_end(toks: list[Tok], j: int) -> int:
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
_COMMON_NOUN = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ness|ship|ism)s?$|(?:ics|ety)$")
_RUN_JOINS = frozenset({"of", "and", "the", "for"})


def _named_place_end(toks: list[Tok], j: int) -> int:
    """After "Title of (the)": the last word of a place or body that a name of two words follows ("Governor
    of Xshire Jane Doe", "Speaker of the House of Representatives Jane Doe"), else 0."""
    lead = toks[j - 2].low if toks[j - 1].low == "the" and j > 1 else toks[j - 1].low
    if lead not in ("of", "for"):
        return 0
    k = j
    while (
        k < len(toks)
        and k < j + 8
        and (
            (toks[k].cap and toks[k].text.replace("-", "").isalpha()) or (toks[k].low in _RUN_JOINS and k > j)
        )
    ):
        k += 1
    if k < len(toks) and toks[k].cap:
        return 0
    if (
        k + 2 < len(toks)
        and toks[k].text == ","
        and k - j <= 4
        and toks[k - 1].cap
        and is_name_text(toks[k + 1].text, True)
        and is_name_text(toks[k + 2].text, False)
    ):
        return k - 1  # "ambassador-at-large for Asia and BRICS, Jane Doe,": the name after the comma
    for p in range(j, k - 2):
        # "President of the Xish Republic of Xland Nguyen Van An": the place ends at the country, and a name
        # of two or three words follows
        if country_of(toks[p].text) and k - p - 1 <= 3 and _all_name_words(toks[p + 1 : k]):
            return p
    end = k - 3  # the last word of the place: two name words follow it
    if end < j or toks[end].low in _RUN_JOINS or not toks[end].cap:
        return 0
    if any(not is_name_text(x.text, i == 0) or x.low in TITLE_WORDS for i, x in enumerate(toks[end + 1 : k])):
        return 0
    if any(x.low in _RUN_JOINS for x in toks[end + 1 : k]):
        return 0
    return end


def _all_name_words(run: list[Tok]) -> bool:
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


def _named_body_end(toks: list[Tok], j: int) -> int:
    """After "of the": a party's body ("the X Party of Y Central Committee") or a body named by capitalised
    words closing with a body noun ("the Xtag Defence Committee"): the index of that noun, else 0."""
    if j and toks[j - 1].low == "the" and toks[j].low in _HOUSES and toks[j].cap:
        # "President of the Senate", "Speaker of the House of Commons": a chamber of a legislature
        if j + 2 < len(toks) and toks[j + 1].low == "of" and toks[j + 2].low in _MEMBERS and toks[j + 2].cap:
            return j + 2
        return j
    return _party_body_end(toks, j) or (_body_end(toks, j) if j and toks[j - 1].low == "the" else 0)


def _names_org(phrase: str, org: str) -> bool:
    """True when a phrase is the organisation's own name or its initials ("NATO", "the UN"), not one of
    its bodies ("the European Commission")."""
    words = phrase.split()
    if phrase == org:
        return True
    initials = "".join(w[0] for w in org.split() if w[0].isupper())
    return len(words) == 1 and words[0].replace(".", "") == initials


def scan_title(toks: list[Tok], i: int, text: str, ci: bool = False) -> Title | None:
    """A title starting at token i ("US Secretary of State", "Japan's foreign minister")."""
    n = len(toks)
    j = i
    if not ci and not opens_title(toks[i].low):
        return None  # fast path: most capitalised words start no title
    if ci and j < n and toks[j].low in ("the", "a", "an"):
        j += 1
    country: str | None = None
    # country_at's own first test, inlined: most title openers are no country word
    hit = country_at(toks, j, text) if j < n and toks[j].cap and may_open_country(toks[j].low) else None
    role_first = j
    if hit:
        country, j = hit
        k = j
        while k < n and k < j + 3 and toks[k].low in _NEWLY:
            k += 1  # "China's new Defence Minister": the adjective is no part of the title
        if k > j and k < n and toks[k].low in TITLE_WORDS:
            j = k
        if not is_institution(text[toks[role_first].start : toks[j - 1].end]) and not (
            country in _ORG_COUNTRIES
            and (toks[j - 1].low in _BODY_NOUNS or (j < n and toks[j].low in _BODY_NOUNS))
        ):
            role_first = j  # but "European Commission President": a body's name is part of the title
        k = j
        while k < n and k < j + 2 and toks[k].cap and toks[k].low in _BODY_NOUNS:
            k += 1  # "Xland Union Commission chairperson": a lower-case title after the body's name
        ci = ci or (k < n and not toks[k].cap and toks[k].low in TITLE_WORDS)
    last_head = -1
    last_word = -1
    abbrev = -1
    national = False  # the title names a government's ministry: an organisation inside is no country
    inner_org: str | None = None
    after_conn = False
    in_portfolio = False  # after "of/for/to": portfolio words ("Plans", "Tourism") belong to the title
    while j < n:
        t = toks[j]
        if t.low in STYLES and t.cap and not (j and toks[j - 1].low == "crown"):
            break  # "Minister of Defense Prince A": a style of royalty opens the name, no title
        open_word = after_conn or in_portfolio
        place = country_at(toks, j, text) if after_conn else None
        if (
            is_title_word(t, ci, open_word)
            or place
            # "Unification Minister", "National Security Council spokesman"
            or (last_head < 0 and forms.portfolio_then_head(toks, j, ci))
        ):
            # "of the Pacific Islands Forum": a name of several words beats its title-like first word
            if place and (not is_title_word(t, ci) or place[1] > j + 1):
                if toks[j - 1].low in ("of", "the") and (
                    place[0] in _ORG_COUNTRIES or is_institution(text[t.start : toks[place[1] - 1].end])
                ):
                    # "Commander of the JEF Standing Joint Force", "Minister of State at the Federal X Office"
                    inner_org = inner_org or place[0]
                j2 = place[1]
                last_word = j2 - 1
                j = j2
                after_conn = False
                continue
            # "Field Marshal": a rank of two words, the first of them a title modifier on its own
            rank = "marshal" if t.low == "field" and j + 1 < n and toks[j + 1].low == "marshal" else t.low
            if (
                last_head >= 0
                and forms.rank_word(rank)
                # "Chief of Naval Operations Adm. X": after a portfolio, a personal rank opens the name part
                and (
                    toks[last_head].low not in RANKS
                    or (in_portfolio and forms.rank_word(rank, forms.PERSONAL_RANKS))
                    or (t.cap and not toks[last_head].cap)  # "Defence Force chief Admiral X"
                )
                and not after_conn
                and not (t.low == "general" and toks[j - 1].low in _GENERAL_OK)
            ):
                if last_word == j - 1 and toks[j - 1].low == "senior" and toks[j - 1].cap:
                    last_word = j - 2  # "spokesperson Senior Colonel X": the grade word goes with the rank
                break  # "Minister of National Defence Admiral X": the rank starts the name part
            if is_head(t, ci):
                last_head = j
            last_word = j
            after_conn = False
            j += 1
            continue
        if (
            t.low == "at"
            and last_head >= 0
            and last_word == j - 1
            and j + 2 < n
            and toks[j + 1].low == "the"
            and _at_body(toks, j + 2)
        ):
            in_portfolio = after_conn = national = True  # "Director General of X at the Ministry of Y"
            j += 1
            continue
        inner = forms.portfolio_words(toks, j) if t.low in forms.PORTFOLIO_OPENERS else 0
        if inner and (after_conn or (last_head >= 0 and last_word == j - 1 and t.low == "in")):
            in_portfolio = after_conn = True  # "in charge of X", "for His Majesty's X": its portfolio
            j += inner
            continue
        if (t.low in _CONNECTORS and last_word >= 0 and last_word == j - 1) or (
            t.low == "the" and after_conn
        ):
            nxt_ok = j + 1 < n and (
                is_title_word(toks[j + 1], ci)
                or (in_portfolio and is_title_word(toks[j + 1], ci, True))
                or forms.portfolio_then_head(toks, j + 1, ci)
            )
            if t.low in _JOINS and not nxt_ok:
                break
            if t.low in ("of", "for", "to", "on"):
                in_portfolio = True
            after_conn = True
            j += 1
            continue
        if (
            t.text == "("
            and last_word == j - 1
            and last_head >= 0
            and j + 2 < n
            and toks[j + 2].text == ")"
            and toks[j + 1].cap
            and toks[j + 1].text.isalpha()
            and forms.retired_mark(toks, j) == j
            and not forms.rank_abbrev(toks, j)
        ):
            if _acronym(toks[j + 1]):
                abbrev = j + 2  # "(JCS)": the title's abbreviation, kept only inside the title
            last_word = j + 2  # "Secretary (East)": a qualifier in brackets belongs to the title
            j += 3
            continue
        if after_conn and in_portfolio and _acronym(t) and j + 1 < n and is_title_word(toks[j + 1], ci, True):
            last_word = j  # "Member of the Political Bureau of the XYZ Central Committee": a body's acronym
            after_conn = False
            j += 1
            continue
        body = (
            _body_end(toks, j)
            if after_conn and in_portfolio and (_acronym(t) or ("-" in t.text and joint_states(t.text)))
            else (_named_body_end(toks, j) if after_conn and in_portfolio and t.cap else 0)
        )
        if body:  # "Secretary of the XYZ Northfield Provincial Committee": a party's local body
            for k in range(j + 1, body):
                hit = country_at(toks, k, text) if toks[k - 1].low == "of" else None
                country = country or (hit[0] if hit else None)  # "the X Party of Y Central Committee"
            last_word = body
            after_conn = False
            j = body + 1
            continue
        close = (
            _bracketed_portfolio(toks, j, text)
            if t.text == "(" and last_word == j - 1 and last_head >= 0
            else 0
        )
        if close:  # "Assistant Chief of Naval Staff (Foreign Cooperation and Intelligence)"
            last_word = close
            j = close + 1
            continue
        if (
            in_portfolio
            and t.cap
            and last_word == j - 1
            and _COMMON_NOUN.search(t.low)
            and t.text.isalpha()
            and j + 2 < n
            and (_all_name_words(toks[j + 1 : j + 3]) or joins_more(toks, j + 1, ci))
        ):
            # "Minister for Economic Affairs and Climate Action Jane Doe": a common noun in a portfolio when
            # a full name still follows (not "Minister for Finance Lawrence Doe": a given name like a noun)
            last_word = j
            j += 1
            continue
        place_end = _named_place_end(toks, j) if after_conn and last_head >= 0 and t.cap else 0
        if place_end:  # "Governor of Xshire Jane Doe", "President of the Senate Jane Doe"
            last_word = place_end
            break
        if (
            t.text == ","
            and in_portfolio
            and last_word == j - 1
            and j + 1 < n
            and toks[j + 1].low in PORTFOLIO
            and toks[j + 1].cap
            and country_at(toks, j + 1, text) is None
            and any(x.low == "and" for x in toks[j + 1 : j + 5])
        ):
            after_conn = True  # "Secretary of State for Foreign, Commonwealth and Development Affairs"
            j += 1
            continue
        if in_portfolio and last_word == j - 1 and t.cap and body_possessive(t):
            last_word = j  # "Chair of the National Assembly's Defence Committee": the body's own committee
            after_conn = True
            j += 1
            continue
        at_list = t.text == "," and in_portfolio and last_word == j - 1
        listed = portfolio_list_end(toks, j, text) if at_list else 0
        if listed:  # "Minister of Trade, Export Promotion, Small Business and Economic Development"
            last_word = listed
            j = listed + 1
            after_conn = False
            continue
        break
    if last_head < 0 or last_word < role_first:
        return None
    role_start, role_end = toks[role_first].start, toks[last_word].end
    if abbrev == last_word:  # "chairman of the Joint Chiefs of Staff (JCS)": the abbreviation closes it
        role_end = toks[last_word - 3].end
    # "Minister of Defence of Australia": the trailing "of COUNTRY" is the country, not the role.
    role_text = text[role_start:role_end]
    for m in _OF_THE.finditer(role_text) if "of" in role_text else ():
        rest = role_text[m.end() :]
        c = country_of(rest)
        if c is None and " to " in rest:  # "Ambassador of India to Japan": the sending state
            country = country or country_of(rest.partition(" to ")[0])
            break
        if c:
            if country is None:
                country = c
            # "Secretary General of the Pacific Islands Forum": the organisation is the country too, unless
            # it closes a joined title ("High Representative ... and Vice-President of the Commission") or
            # names one of its bodies ("Deputy Secretary General of the European External Action Service")
            if c not in _ORG_COUNTRIES or (
                " and " not in role_text[: m.start()] and "/" not in role_text and _names_org(rest, c)
            ):
                role_end = role_start + m.start()
            break
    if text[role_start:role_end].lower() in ("the", "", "lady", "gentleman"):
        return None  # "Lady X" is an honorific; only "First Lady" is a title
    if country is None:  # "commander of U.S. Indo-Pacific Command": a country word right after "of"
        country = inner_country(text, role_start, role_end) or (None if national else inner_org)
    return Title(role_start, role_end, toks[i].start, country, last_word + 1)
