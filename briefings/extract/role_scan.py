"""Title runs before or after a name: "US Secretary of State", "Japan's new foreign minister",
"Ambassador of India to Japan" (its sending state), "Minister of Defence of Australia" (its country)."""

from __future__ import annotations

from dataclasses import dataclass

from briefings.extract import forms
from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people_names import PATRONYMS
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.role_bodies import (
    COMMON_NOUN,
    all_name_words,
    at_body,
    body_end,
    bracketed_portfolio,
    comma_body_rank,
    is_acronym,
    named_body_end,
    named_office,
    named_place_end,
    org_desk,
    ranked_unit_end,
    service_next,
)
from briefings.extract.role_commas import body_to_comma
from briefings.extract.role_ends import (
    ADDRESS_HEADS,
    CONNECTORS,
    RANK_AFTER_SPOKES,
    acronym_qualifier,
    address_after_title,
    after_state_word,
    group_initials,
    infinitive_after,
    inner_country,
    latin_tail,
    opens_title,
    post_city_end,
    rank_after_spokes,
    trailing_country,
)
from briefings.extract.role_lists import body_possessive, joins_more, portfolio_list_end
from briefings.extract.role_parliament import legislator_address
from briefings.extract.role_prefix import PREFIX_GRADES, grade_before_country
from briefings.extract.role_ranks import graded_rank, rank_opens_name, title_tail
from briefings.extract.roles import HEADS, PORTFOLIO
from briefings.extract.roles import TITLE_WORDS as TITLE_WORDS  # for the modules that import it from here
from briefings.extract.token_countries import country_at, is_institution, joint_states, may_open_country
from briefings.extract.tokens import STYLES, Tok, base, is_head, is_title_word

_ORG_COUNTRIES = ORGANISATION_NAMES
_JOINS = frozenset({"and", "cum", "/", "–", "—"})  # join two titles: a title word must follow
# a state's top offices one person holds once: "X of Y and X" names two people
_ONE_HOLDER = frozenset({"president", "prime", "chancellor", "premier", "king", "queen", "emperor", "emir"})
_OWN_MINISTRY = frozenset({"ministry's", "ministry’s", "department's", "department’s"})
_CABINET = frozenset({"minister", "ministers", "state"})  # a government's minister ("Secretary of State")


@dataclass
class Title:
    """A title run: role text span, its country (if named inside it) and the token index after it."""

    role_start: int
    role_end: int
    start: int
    country: str | None
    next_index: int
    prefix: str = ""  # a word read before a country word inside the run ("acting U.S. Secretary": "acting")
    resume: int = 0  # where names are read again inside it (an owner's name: "President A's envoy")


def _region_word(t: Tok) -> bool:
    """A world region's word ("Caribbean", "Pacific"), capitalised."""
    return t.cap and base(t.text) in WORLD_REGIONS


def _the_portfolio(toks: list[Tok], j: int) -> bool:
    """ "the" and a capitalised portfolio noun closing it ("Minister for Culture and the Arts A"), no title
    head after it ("Minister for X and the Defence Minister B": two offices)."""
    if j + 2 >= len(toks) or toks[j].low != "the":
        return False
    t, nxt = toks[j + 1], toks[j + 2]
    closing = not is_head(nxt) and nxt.low not in PORTFOLIO
    return t.cap and t.low in PORTFOLIO and t.low not in HEADS and closing


def _qualified_item(t: Tok, nxt: Tok) -> bool:
    """A capitalised plain word, no country or office, then a portfolio noun ("Light Industry")."""
    return (
        t.cap
        and t.text.isalpha()
        and nxt.cap
        and nxt.low in PORTFOLIO
        and nxt.low not in HEADS
        and t.low not in HEADS
        and country_of(t.text) is None
    )


def scan_title(toks: list[Tok], i: int, text: str, ci: bool = False) -> Title | None:
    """A title starting at token i ("US Secretary of State", "Japan's foreign minister")."""
    n = len(toks)
    j = i
    if not ci and not opens_title(toks[i].low):
        return None  # fast path: most capitalised words start no title
    if ci and j < n and toks[j].low in ("the", "a", "an"):
        j += 1
    if j + 1 < n and toks[j].text == "under" and toks[j + 1].cap:
        j += 1  # "the first meeting under Secretary General A": the preposition, no "Under Secretary"
    country: str | None = None
    # country_at's own first test, inlined: most title openers are no country word
    hit = country_at(toks, j, text) if j < n and toks[j].cap and may_open_country(toks[j].low) else None
    role_first = j
    if ci and j + 2 < n and toks[j].low in ("his", "her") and toks[j + 1].low in ("majesty's", "majesty’s"):
        j += 2  # "A, His Majesty's Ambassador to X": the sovereign's style opening a crown office's title
    # the grade's word first: most openers are no grade ("Deputy", "Acting")
    if not hit and j < n and toks[j].low in PREFIX_GRADES and grade_before_country(toks, j, text, ci):
        # "Deputy U.S. Trade Representative A"
        graded = scan_title(toks, j + 1, text, ci)
        if graded is not None and graded.country and not graded.prefix:
            graded.prefix, graded.start = toks[j].text, toks[i].start
            return graded
    if hit:
        country = hit[0]
        role_first, j, ci = after_state_word(toks, text, role_first, hit, ci)
    last_head = -1
    last_word = -1
    abbrev = -1
    national = False  # the title names a government's ministry: an organisation inside is no country
    inner_org: str | None = None
    after_conn = False
    in_portfolio = False  # after "of/for/to": portfolio words ("Plans", "Tourism") belong to the title
    country_end = -1  # the index after a country word read inside the title
    while j < n:
        t = toks[j]
        if t.low in STYLES and t.cap and not (j and toks[j - 1].low == "crown"):
            break  # "Minister of Defense Prince A": a style of royalty opens the name, no title
        if j + 1 < n and toks[j + 1].text in PATRONYMS and t.cap:
            break  # "Sultan bin A", "Emir ibn B": a given name spelt like a ruler's title, then the father's
        if after_conn and t.text == "Royal" and j + 1 < n and country_at(toks, j + 1, text):
            last_word = j  # "Commander of the Royal Xish Army": the service's royal style, then its country
            j += 1
            continue
        open_word = after_conn or in_portfolio
        # service_next's own first test, inlined: a service's country word follows a head straight away
        place = (
            country_at(toks, j, text)
            if t.cap and (after_conn or (last_head == j - 1 and service_next(toks, j, last_head)))
            else None
        )
        if (
            is_title_word(t, ci, open_word)
            or place
            or (toks[j - 1].low == "and" and in_portfolio and group_initials(t))  # "for Asia and BRICS"
            # "Unification Minister", "National Security Council spokesman"
            or (last_head < 0 and t.low in PORTFOLIO and forms.portfolio_then_head(toks, j, ci))
        ):
            # "of the Pacific Islands Forum": a name of several words beats its title-like first word
            if place and (not is_title_word(t, ci) or place[1] > j + 1):
                if (
                    toks[j - 1].low in ("of", "the")
                    and (place[0] in _ORG_COUNTRIES or is_institution(text[t.start : toks[place[1] - 1].end]))
                    and not org_desk(text, toks[place[1] - 1].end)  # "of the X Department": a state's desk
                    # "Secretary of State for the EU": a government's portfolio; "Envoy to the AU": sent to it
                    and not (toks[j - 2].low == "for" and any(x.low in _CABINET for x in toks[role_first:j]))
                    and toks[j - 2].low != "to"
                ):
                    # "Commander of the JEF Standing Joint Force", "Minister of State at the Federal X Office"
                    inner_org = inner_org or place[0]
                j2 = country_end = place[1]
                last_word = j2 - 1
                j = j2
                after_conn = False
                continue
            if last_head < 0 and last_word >= 0 and comma_body_rank(toks, role_first, last_word, j):
                last_head = last_word  # "Chief of Staff, Joint Staff General A": the office's body, A's rank
                break
            headed = last_head >= 0 and not after_conn  # a head read, and no connector just before
            if headed and rank_opens_name(toks, j, last_head, in_portfolio, country_end):
                if t.cap and j + 1 < n and toks[j + 1].text in WORLD_REGIONS:
                    # "Supreme Allied Commander Europe": a command named by its region, no rank before a name
                    last_head, last_word = j, j + 1
                    j += 2
                    continue
                grade = graded_rank(toks, j)
                if last_word == j - 1 and grade and j - 1 > last_head:
                    # "spokesperson Senior Colonel X", "Commander of the Navy Vice Admiral X": the grade
                    # word goes with the rank
                    last_word = j - 2
                break  # "Minister of National Defence Admiral X": the rank starts the name part
            if is_head(t, ci):
                last_head = j
            last_word = j
            after_conn = False
            j += 1
            continue
        if last_word < 0 and not after_conn and t.text != ",":
            break  # no title word read yet: each rule below needs one (or a connector, or a comma list)
        if (
            t.low == "at"
            and last_head >= 0
            and last_word == j - 1
            and j + 2 < n
            and toks[j + 1].low == "the"
            and at_body(toks, j + 2)
        ):
            in_portfolio = after_conn = national = True  # "Director General of X at the Ministry of Y"
            noun, state = named_office(toks, j + 2, text)
            if noun > j + 2:  # "Minister of State at the Federal X Office A": the office's name, whole
                country, last_word, after_conn, j = country or state, noun, False, noun
            j += 1
            continue
        if t.low == "in" and last_head >= 0 and last_word == j - 1 and (post := post_city_end(toks, j + 1)):
            last_word = post - 1  # "High Commissioner in Xcity Dr A B": the diplomat's post, in the title
            j = post
            continue
        latin = latin_tail(toks, j) if last_head >= 0 and last_word == j - 1 else 0
        if latin:  # "Chargé d'Affaires ad interim", "Chargé d'Affaires a.i."
            last_word = j + latin - 1
            j += latin
            continue
        inner = forms.portfolio_words(toks, j) if t.low in forms.PORTFOLIO_OPENERS else 0
        if inner and (after_conn or (last_head >= 0 and last_word == j - 1 and t.low in ("in", "with"))):
            in_portfolio = after_conn = True  # "in charge of X", "for His Majesty's X": its portfolio
            j += inner
            continue
        if (t.low in CONNECTORS and last_word >= 0 and last_word == j - 1) or (t.low == "the" and after_conn):
            nxt_ok = j + 1 < n and (
                is_title_word(toks[j + 1], ci)
                or (in_portfolio and is_title_word(toks[j + 1], ci, True))
                or forms.portfolio_then_head(toks, j + 1, ci)
                # "Undersecretary for Latin America and the Caribbean": a region's "the" inside a portfolio
                or (in_portfolio and toks[j + 1].low == "the" and j + 2 < n and _region_word(toks[j + 2]))
                or (t.low == "and" and in_portfolio and _the_portfolio(toks, j + 1))
                or (t.low == "and" and in_portfolio and group_initials(toks[j + 1]))
            )
            if nxt_ok and t.low == "and" and toks[j + 1].low == toks[role_first].low in _ONE_HOLDER:
                break  # "the President of the Republic and President A": two people, one office
            qualified = not nxt_ok and t.low == "and" and j + 2 < n
            pre = qualified and last_head < 0  # "Foreign and Diaspora Affairs Cabinet Secretary"
            qualified = qualified and (in_portfolio or (pre and forms.portfolio_then_head(toks, j + 2, ci)))
            if qualified and _qualified_item(toks[j + 1], toks[j + 2]):
                last_word = j + 2  # "Minister of Food, Agriculture and Light Industry": a word and its noun
                after_conn = False
                j += 3
                continue
            if t.low in _JOINS and not nxt_ok:
                break
            if t.low == "to" and infinitive_after(toks, j):
                break  # "ministers to co-chair X", "president to urge A": an infinitive, no title goes on
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
            and toks[j + 1].text.replace("-", "").isalpha()  # "(East)", "(Indo-Pacific)"
            and forms.retired_mark(toks, j) == j
            and not forms.rank_abbrev(toks, j)
        ):
            if is_acronym(toks[j + 1]) and not acronym_qualifier(toks[j + 1].text, toks[role_first:j]):
                abbrev = j + 2  # "(JCS)": the title's abbreviation, kept only inside the title
            last_word = j + 2  # "Secretary (East)": a qualifier in brackets belongs to the title
            j += 3
            continue
        if (
            after_conn
            and in_portfolio
            and is_acronym(t)
            and j + 1 < n
            and is_title_word(toks[j + 1], ci, True)
        ):
            last_word = j  # "Member of the Political Bureau of the XYZ Central Committee": a body's acronym
            after_conn = False
            j += 1
            continue
        body = (
            body_end(toks, j)
            if after_conn and in_portfolio and (is_acronym(t) or ("-" in t.text and joint_states(t.text)))
            else (named_body_end(toks, j) if after_conn and in_portfolio and t.cap else 0)
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
            bracketed_portfolio(toks, j, text)
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
            and (last_word == j - 1 or (after_conn and toks[j - 1].low in ("for", "of")))
            and COMMON_NOUN.search(t.low)
            and t.text.isalpha()
            and j + 2 < n
            and (all_name_words(toks[j + 1 : j + 3]) or joins_more(toks, j + 1, ci))
        ):
            # "Minister for Economic Affairs and Climate Action Jane Doe": a common noun in a portfolio when
            # a full name still follows (not "Minister for Finance Lawrence Doe": a given name like a noun);
            # also the portfolio's first word ("Minister for Sustainability and the Environment A")
            last_word = j
            after_conn = False
            j += 1
            continue
        place_end = named_place_end(toks, j) if after_conn and last_head >= 0 else 0
        place_end = place_end or title_tail(toks, j, last_word)  # "Supreme Allied Commander Europe Gen. A"
        if place_end:  # "Governor of Xshire Jane Doe", "President of the Senate Jane Doe"
            last_word = place_end
            break
        at_list = in_portfolio and last_word == j - 1
        # "Under Secretary for Economic Growth, Energy, and the Environment": a word the vocabulary lacks
        # before the list's comma is its first item's
        word = at_list and t.cap and t.text.isalpha() and j + 1 < n and toks[j + 1].text == ","
        listed = portfolio_list_end(toks, j + word, text) if at_list and (word or t.text == ",") else 0
        if listed:  # "Minister of Trade, Export Promotion, Small Business and Economic Development"
            last_word = listed
            j = listed + 1
            after_conn = False
            continue
        if (
            t.text == ","
            and (in_portfolio or last_head < 0)  # "Economy, Trade and Industry Minister": before the head
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
        own = not ci and after_conn and t.low in _OWN_MINISTRY and toks[j - 1].low == "the"
        if own and j + 1 < n and toks[j + 1].cap and not forms.rank_word(toks[j + 1].low):
            j += 1  # "Head of the ministry's X Bureau A": the issuing ministry's own body, before a name
            continue
        if in_portfolio and last_word == j - 1 and t.cap and body_possessive(t):
            last_word = j  # "Chair of the National Assembly's Defence Committee": the body's own committee
            after_conn = True
            j += 1
            continue
        unit = ranked_unit_end(toks, j) if last_head >= 0 and last_word == j - 1 and t.cap else 0
        if unit:  # "Commander of the Southern Naval Area Rear Admiral A": the unit closes the title
            last_word = unit
        elif in_portfolio and last_head >= 0 and (t.cap or t.text in ("(", ",") or t.text[:1].isdigit()):
            body, close = body_to_comma(toks, j, last_head, text)
            if body >= 0:  # "President of the Xish Xtag, Dr A B": the body runs on to the comma name
                last_word = body if close < 0 else close
                abbrev = close if close >= 0 else abbrev
        break
    if (
        last_head < 0
        and last_word == role_first
        and toks[last_word].text == "Deputy"
        and legislator_address(toks, last_word)
    ):
        last_head = last_word  # "Deputy A B": a legislator's form of address (a Latin American deputy)
    elif last_head < 0 and last_word > role_first + 1 and toks[role_first].text == "Deputy":
        last_head = role_first if toks[role_first + 1].low == "for" else -1  # "Deputy for Protection, A"
    next_index = last_word + 1
    if (
        last_word > role_first
        and toks[last_word].low in ADDRESS_HEADS
        and address_after_title(toks, last_word, role_first)
    ):
        last_word -= 1  # "Assistant Minister for X Affairs Ambassador A", "spokesperson Director A"
    elif last_word > role_first and toks[last_word].low in RANK_AFTER_SPOKES:
        last_word -= rank_after_spokes(toks, last_word, role_first)
    if last_head < 0 or last_word < role_first:
        return None
    role_start, role_end = toks[role_first].start, toks[last_word].end
    if abbrev == last_word:  # "chairman of the Joint Chiefs of Staff (JCS)": the abbreviation closes it
        role_end = toks[last_word - 3].end
    # "Minister of Defence of Australia": the trailing "of COUNTRY" is the country, not the role.
    cut_at, country = trailing_country(text[role_start:role_end], country)
    role_end = role_start + cut_at
    if text[role_start:role_end].lower() in ("the", "", "lady", "gentleman"):  # "Lady X": an honorific
        return None
    if country is None:  # "commander of U.S. Indo-Pacific Command": a country word right after "of"
        country = inner_country(text, role_start, role_end) or (None if national else inner_org)
    return Title(role_start, role_end, toks[i].start, country, next_index)
