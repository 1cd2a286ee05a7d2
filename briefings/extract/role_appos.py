"""A title in apposition after a name: "A, Minister of Defence of B," / "A, vice president of the Academy of
Military Science," (an institution completes the title)."""

from __future__ import annotations

import re

from briefings.extract import forms
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regex_guard import class_scan
from briefings.extract.role_academics import based_described, described, field_expert, professor
from briefings.extract.role_affairs import field_end
from briefings.extract.role_body_runs import body_run
from briefings.extract.role_owners import officer_owned
from briefings.extract.role_party import seat_of_party
from briefings.extract.role_reporters import (
    closing_state,
    joined_titles,
    national_described,
    official_for,
    official_of,
    party_affiliation,
    portfolio_rest,
    second_title,
    service_tail,
    state_task_title,
    states_workplace,
)
from briefings.extract.role_scan import Title, inner_country, scan_title
from briefings.extract.role_series import series_rest
from briefings.extract.role_tails import (
    body_tail,
    body_word_title,
    command_title,
    dash_state,
    described_post,
    heads_named_unit,
    ministry_tail,
    ministry_unit,
    office_tail,
    office_unit,
    unit_country,
)
from briefings.extract.roles import HEADS, INITIALS_AFTER, INITIALS_PAREN, _words
from briefings.extract.tokens import CITING, INSTITUTIONS, PARTY_MEMBERS, PARTY_RANKS, Tok

# a lower-case word describing a workplace ("think tank", "research centre"), no preposition or verb
_DESCRIBER = r"(?!(?:a|an|of|at|for|with|in|on|and|to|from|by|said|says|who|which|that)\b)[a-z][\w-]*"
_BASED = r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*-based"  # "Xcity-based", "Big Xcity-based"
# a foreign name's joining words ("Fondation pour la Recherche X", "Stiftung für X und Y", "Universidad de X")
_FOREIGN_JOINS = r"pour|la|le|für|und|per|para|de|del|des|du|di|da|do"
_OF_ORG = re.compile(
    # "of the Xcity-based research centre XYZ"; after "at"/"with" also "the think tank XYZ": lower-case words
    # describing the workplace before its name (after "of", "the lower house Committee on X" is the title's)
    rf"\s+(?:(?:of|for)\s+(?:the\s+)?(?P<based>{_BASED}(?:\s+[a-z][\w-]*){{1,3}}\s+(?=[A-Z]))?"
    rf"|(?:at|with)\s+(?:the\s+)?(?P<described>(?:{_BASED}\s+)?(?:{_DESCRIBER}\s+){{1,3}}(?=[A-Z]))?)"
    r"(?:(?:[A-Z]\.){2,}(?=\s+[A-Z])|[A-Z][\w'’&-]*)(?:\s+(?:(?:of|for|and|the|on|"
    + _FOREIGN_JOINS
    + r")\s+)*[A-Z][\w'’&-]*)*"
    # "at the X Y think tank": the workplace's kind after its name
    r"(?P<kind>\s+(?:think[- ]?tank|institute|foundation|consultancy|research (?:centre|center|group)))?"
)
# "(schedule permitting)": a lower-case aside in brackets closes the apposition too
_AT_ORG = re.compile(
    r"\s+at\s+(?:the\s+|(?P<s>[A-Z][\w.]*)['’]s\s+)[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)*"
)
# "(Ministry of X)" after a schedule's title: where the call is paid, after the apposition; "(6 May 2025)"
# after a headline's title: the day; "President of the Council for the month of May": the term, not the title
_APPOS_END = re.compile(
    r"^\s*(?:[,.;:)\]—–]|\(\s*(?:[a-z]|\d|(?:the\s+)?(?:Ministry|Department)\b)|$|said\b|says\b|who\b|and\b|will\b|has\b|is\b|for\s+the\s+(?:month|year|duration|remainder)\s+of\b)"
)
_OF_STATE = re.compile(r"\s+of\s+(.+)")
_ORG_COUNTRIES = ORGANISATION_NAMES
# "..., Joint Staff of Xland's Self-Defense Forces,": the state or service owning a unit after the office
_UNIT_OWNER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?=\s*[,.;)]|\s*$)")
_IN_CITY = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")  # "in Ho Chi Minh City"
_LEAD = re.compile(r"^\s+(?:of|at|for|with)\s+(?:the\s+)?")
_AT_A_BODY = re.compile(r"\s+at\s+an?\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s*[,;.])")
HAS_CONNECTOR = re.compile(r"\s(?:of|for|at)\s")


def apposition(toks: list[Tok], k: int, text: str) -> Title | None:
    """A title after a name: "A, Minister of Defence of B," / "A, Japan's foreign minister, said" /
    "A, vice president of the Academy of Military Science," (an institution completes the title)."""
    k = party_affiliation(toks, k)  # "Rep. A of the main opposition party, a member of X,"
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low == "now":
        k += 1  # "Former ambassador A, now a senior fellow at X,": the post held now
    if k < len(toks) and (toks[k].text == "," or _copula(toks, k)):
        title = (
            seat_of_party(toks, k + 1)
            or _owned_by_institution(toks, k + 1, text)
            or officer_owned(toks, k + 1, text)
            or professor(toks, k + 1)
            or field_expert(toks, k + 1, text)
            or official_of(toks, k + 1, text)
            or official_for(toks, k + 1, text)
            or national_described(toks, k + 1, text)
            or based_described(toks, k + 1, text)
            or scan_title(toks, k + 1, text, ci=True)
            or state_task_title(toks, k + 1, text)
            or described(toks, k + 1, text)
            or _acting(toks, k + 1, text)
            or _new_holder(toks, k + 1, text)
            or command_title(toks, k + 1, text)
            or body_word_title(toks, k + 1, text)
        )
        if title and title.next_index <= len(toks):
            end = toks[title.next_index - 1].end
            role = text[title.role_start : end]
            tail = (
                body_tail(text, role, end, toks[-1].end)
                if title.role_end == end and HAS_CONNECTOR.search(role)
                else None
            )
            field = field_end(role, text, end, toks[-1].end) if title.role_end == end else None
            if field:  # "special representative for Xland peace and security affairs": the whole field
                title.role_end, end, title.country = field[0], field[1], title.country or field[2]
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
                tail = None
            if tail:  # "director-general of the International Institute for X": the whole body's name
                title.role_end, end = tail
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            last = toks[title.next_index - 1].text
            army = service_tail(text, end, toks[-1].end) if country_of(last) else 0
            if army:  # "chief of the General Staff of the Xland People's Army": the state's own service
                end = title.role_end = army
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            rest = portfolio_rest(text, role, end, toks[-1].end) if title.role_end == end else 0
            rest = rest or (
                ministry_unit(title, text, role, end, toks[-1].end) if title.role_end == end else 0
            )
            rest = rest if rest and not _APPOS_END.match(text[end : toks[-1].end]) else 0
            rest = rest or (series_rest(text, role, end, toks[-1].end) if title.role_end == end else 0)
            if rest:  # "for Xish Peninsula peace affairs", "for strategy, plans and policy"
                end = title.role_end = rest
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            owner = states_workplace(text, end, toks[-1].end) if title.role_end == end else None
            if owner:  # "director of the X Bureau at Xland's foreign ministry": Xland's, no part of the title
                end, title.country = owner[0], title.country or owner[1]
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            org = _OF_ORG.match(text, end, toks[-1].end) if owner is None else None
            if org and not _APPOS_END.match(text[end : toks[-1].end]):
                # "at the Delhi-based Centre for X": a described workplace is an affiliation, not the title
                state = _OF_STATE.match(org[0])
                place = country_of(state[1]) if state else None
                if place and place not in _ORG_COUNTRIES:
                    title.country = title.country or place  # "of the Socialist Republic of X": its country
                elif not (org["described"] or org["kind"] or "-based" in org[0]):
                    title.role_end = org.end()
                    # "Minister of State at the Federal X Office": a ministry only one country has
                    title.country = title.country or INSTITUTIONS.get(_LEAD.sub("", org[0]).lower())
                    if _SERVICE.search(org[0]):  # "Commander of the Royal Xish Air Force": Xland's
                        title.country = title.country or inner_country(text, title.role_start, org.end())
                end = org.end()
                at = _AT_ORG.match(text, end, toks[-1].end) if not org[0].lstrip().startswith("at ") else None
                if at:  # "Head of the X Division at Xland's Y Agency": the workplace, no part of the title
                    end = at.end()
                    title.country = title.country or (country_of(at["s"]) if at["s"] else None)
                acronym = INITIALS_AFTER.match(text, end, toks[-1].end)
                if acronym:  # "at the Xland Council on Foreign Relations (XCFR)": its initials
                    end = acronym.end()
                city = _IN_CITY.match(text, end, toks[-1].end)
                if city and not _APPOS_END.match(text[end : toks[-1].end]):
                    end = city.end()  # "at the X Institute in Sydney": the workplace's city, no part of it
                if org[0].lstrip().startswith(("at ", "with ")) and title.country is None:
                    title.country = workplace_country(org[0])
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            loose = org is None and title.role_end == end
            vague = _AT_A_BODY.match(text, end, toks[-1].end) if loose else None
            if vague:  # "a senior fellow at a Xtown-based think tank": a workplace described, not named
                end = title.role_end = vague.end()
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            unit = forms.service_unit(toks, title.next_index) if title.role_end == end else None
            unit = unit or (office_unit(toks, title.next_index) if title.role_end == end else None)
            if unit and toks[unit - 1].low == toks[title.next_index - 1].low and toks[unit - 1].low in _ARMS:
                # "A, Chief of Navy, Royal Xish Navy,": the title names its service already; the unit
                # repeating it is the affiliation (its country), no part of the title
                title.country = title.country or unit_country(toks[title.next_index + 1 : unit])
                end, title.next_index = toks[unit - 1].end, unit
            elif unit:  # "Admiral A, Chief of Staff, Japan Maritime Self-Defense Force, and ..."
                end = title.role_end = toks[unit - 1].end
                title.next_index = unit
                owned = _UNIT_OWNER.match(text, end, toks[-1].end) if text.startswith(" of", end) else None
                if owned:  # "Chief of Staff, Armed Forces of Xland": the unit's state, no part of the title
                    title.country = title.country or country_of(owned[1]) or unit_country(toks[unit:])
                    end = owned.end()
                    title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            posted = _posted_in(text, end, toks[-1].end) if title.role_end == end else 0
            if posted:  # "A, China's ambassador in Xcity, said": the post's city, no part of the title
                end = posted
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            more = second_title(toks, title.next_index, text) if title.role_end == end else None
            more = more or (joined_titles(toks, title.next_index, text) if title.role_end == end else None)
            if more:  # "chief of the General Staff and a deputy defense minister": both titles
                end = title.role_end = more[0]
                title.next_index = more[1]
            dash = dash_state(text, end, toks[-1].end) if title.role_end == end else end
            if dash > end:  # "commander of Multinational Brigade – Xland": the state names the unit
                end = title.role_end = dash
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            at_ministry = ministry_tail(text, end, toks[-1].end) if text[end : end + 1] == " " else end
            if at_ministry > end:  # "Director-General of the X Department at the ministry.": no part of it
                end = at_ministry
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            held = text[title.role_start : end]
            served = office_tail(text, held, end, toks[-1].end) if title.role_end == end else end
            if served > end and _APPOS_END.match(text[served : toks[-1].end]):  # "... in the Ministry of X,"
                end = title.role_end = served
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            if not _APPOS_END.match(text[end : toks[-1].end]) and toks[title.next_index - 1].end == end:
                run = body_run(toks, title.next_index)
                if run:  # "Director of the Office of X Missions,": the body's name runs to the comma
                    end = title.role_end = toks[run - 1].end
                    title.next_index = run
                    title.country = title.country or inner_country(text, title.role_start, end)
            if _APPOS_END.match(text[end : toks[-1].end]):
                # "Director of the Office of the X Commission of the Communist Party of Xland": Xland's
                title.country = title.country or closing_state(text[title.role_start : title.role_end])
                return described_post(title, text) if toks[k].text != "," else title
    return None


def formal_apposition(title: Title, text: str) -> bool:
    """A title after a name formal enough to beat a lower-case one before it: capitalised, or heading a named
    body ("Japan's chief negotiator, A, director-general of the X Affairs Bureau,")."""
    return text[title.role_start].isupper() or heads_named_unit(text[title.role_start : title.role_end])


def _copula(toks: list[Tok], k: int) -> bool:
    """ "A is a professor of X at Y", "A, now a fellow at Y": a verb or "now" and an article describe the name
    before as a comma does."""
    return k + 2 < len(toks) and toks[k].low in ("is", "was", "now") and toks[k + 1].low in ("a", "an")


# an armed service, not a post ("Chief of Staff, Joint Staff")
_ARMS = _words("navy army force forces fleet guard corps")


def _posted_in(text: str, end: int, stop: int) -> int:
    """The end of "in <city or country>" after a title when the apposition closes right after it, else 0."""
    city = _IN_CITY.match(text, end, stop)
    if city is None or _APPOS_END.match(text[end:stop]) or not _APPOS_END.match(text[city.end() : stop]):
        return 0
    place = city[0].strip()[3:]
    return city.end() if country_of(place) or find_city(place) else 0


# a state's armed service or police, named after the state ("the Royal Xish Navy")
_SERVICE = re.compile(
    r"^\s*,?\s*of\s+the\s+(?:[A-Z][\w.-]*\s+){1,3}(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|"
    r"Police|Coast\s+Guard|Marine\s+Corps|Marines)\s*$"
)
_STATE_OPENS = re.compile(r"\s*(?:at|with)\s+(?:the\s+)?((?:[A-Z]\.){2,})\s+[A-Z]")
_OF_PLACE = class_scan(re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"))


def workplace_country(org: str) -> str | None:
    """The country of a workplace named after a title by "of <country or city>" ("at the Academy of Xland",
    "at the University of the Xlands Y Center", "at Z University of Xcity")."""
    opening = _STATE_OPENS.match(org)
    if opening and country_of(opening[1]) and country_of(opening[1]) not in _ORG_COUNTRIES:
        return country_of(opening[1])  # "at U.S. Space Command": a state's own command
    for m in _OF_PLACE.finditer(org):
        for name in (m[1], m[1].split()[0]):
            c = country_of(name)
            if c and c not in _ORG_COUNTRIES:
                return c
            place = find_city(name) if c is None and name == m[1] else None
            if place and place.population >= 100000 and org.endswith(name):
                return place.country
    return None


# bodies whose officer "the <body>'s <title>" names, of no country by themselves
_BODIES = _words(
    "ministry navy army military government department agency embassy party police council commission "
    "institute university company bank union alliance secretariat"
) | {"foreign ministry", "defence ministry", "defense ministry", "air force", "coast guard", "central bank"}
_ENVOYS = frozenset({"ambassador", "envoy", "consul", "consul-general", "commissioner"})
_POSTED_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def _owned_by_institution(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the Xhouse's diplomatic adviser," / ", the ministry's spokesperson," / ", Xcity's envoy to Y,": a
    title owned by a body (an institution only one country has, or a capital, gives the country)."""
    if k + 1 >= len(toks):
        return None
    start = k + 1 if toks[k].low == "the" else k
    for j in (start, start + 1):
        if j + 1 >= len(toks) or not toks[j].text.endswith(("'s", "’s")):
            continue
        owner = text[toks[start].start : toks[j].end - 2]
        country = INSTITUTIONS.get(owner.lower())
        if country is None and start == k and j == k:
            city = find_city(owner)  # "Xcity's ambassador": a capital speaks for its country
            country = city.country if city and city.population >= 300000 and not country_of(owner) else None
        staff = _person_owner(owner, start == k)  # "Yoon's adviser", "the president's spokesman"
        if country is None and not staff and (start == k or owner.lower() not in _BODIES):
            return None
        title = scan_title(toks, j + 1, text, ci=True)
        if title is None:
            return None
        title.country = title.country or country
        posted = _POSTED_TO.match(text, title.role_end) if toks[title.next_index - 1].low in _ENVOYS else None
        if posted:  # "ambassador to Ytown": the post is part of the title
            title.role_end = posted.end()
            title.next_index = next((i for i, t in enumerate(toks) if t.start >= posted.end()), len(toks))
        return title
    return None


# "the president's adviser": a leader whose staff the title names
_LEADERS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor"})
_OWNER_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")


def _person_owner(owner: str, bare: bool) -> bool:
    """ ", Yoon's national security adviser," / ", the president's spokesman,": a person (a capitalised word
    that names no place or body, read without "the") or a leader (after "the") whose staff the title names."""
    if not bare:
        return owner.lower() in _LEADERS
    return (
        _OWNER_WORD.fullmatch(owner) is not None
        and country_of(owner) is None
        and find_city(owner) is None
        and owner.lower() not in INSTITUTIONS
        and owner.lower() not in _BODIES
    )


_NEW = frozenset({"new", "newly-appointed", "incoming", "outgoing", "current", "present", "sitting"})


def _new_holder(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the new head of X,": a title its holder has just taken up; "new" is no part of it."""
    if k + 2 >= len(toks) or toks[k].low != "the" or toks[k + 1].low not in _NEW:
        return None
    return scan_title(toks, k + 2, text, ci=True)


def _acting(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", (the) acting U.S. Assistant Secretary of X,": a temporary holder's title around its country."""
    if k + 3 < len(toks) and toks[k].low == "the" and toks[k + 1].low in ("acting", "interim"):
        k += 1
    if k + 2 >= len(toks) or toks[k].low not in ("acting", "interim"):
        return None
    title = scan_title(toks, k + 1, text)
    if title is None or title.country is None:
        return None
    title.prefix = toks[k].text
    return title


# "A, director of the X programme at the Y Center in Z, cautioned ...": an aside the title scan cannot close,
# opened by a lower-case title and closed by a comma and a verb of speech (a party's member after "ranking"
# or "top" heads one too: "A, the ranking Republican on the X subcommittee, said"; "chief China economist")
_SAID_ASIDE = re.compile(
    r",\s*((?:an?\s+|the\s+)?(?:(?:chief|senior|lead|head|principal)\s+(?=[A-Z]))?(?:[A-Z][\w-]*\s+(?:of\s+(?=[A-Z]))?){0,4}(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:\s+(?:Republican|Democrat))?)((?:\s+(?:of|for|at|on|with|to|in)\b[^,;:\"“”()]{2,120}?)?)"
    rf"(?P<acr>{INITIALS_PAREN})?,\s*(?P<verb>(?:said|says|told|added|noted|cautioned|warned|argued|observed|explained|predicted|"
    r"stressed|suggested|believes|wrote|expects|thinks|predicts|argues|warns|notes|cautions|doubts|fears)\b)?"
)
_AT_WORKPLACE = re.compile(r"\s+(?:at|with)\s")


def said_aside(toks: list[Tok], k: int, text: str, before: str) -> Title | None:
    """A title in an aside after a name that a verb of speech follows ("A, director of the X programme at
    the Y Center in Z, said"), or after a name cited ("According to A, a researcher at X, the talks"): the
    title up to its place of work; None unless a title word heads it."""
    if k >= len(toks) or toks[k].text != ",":
        return None
    m = _SAID_ASIDE.match(text, toks[k].start)
    if m is None or not (m["verb"] or before.endswith(CITING)):
        return None
    words = m[1].split()
    if words[0] in ("a", "an", "the"):
        words = words[1:]
    last = len(words) - 1
    # "fellow" before another noun is the adjective ("a fellow passenger"), no title
    if not any(
        (w in HEADS and (w != "fellow" or i == last)) or _party_member(words, i) for i, w in enumerate(words)
    ):
        return None  # "A, meanwhile, said": no title
    role_start = m.start(1) + (len(m[1]) - len(" ".join(words)))
    tail, cut = m[2], _AT_WORKPLACE.search(m[2])
    role_end = m.end(1) + (cut.start() if cut else len(tail))
    close = max(m.end(2), m.end("acr"))  # "... at the Y Council (YC), said": past its initials too
    nxt = next((i for i in range(k + 1, len(toks)) if toks[i].start >= close), len(toks))
    return Title(role_start, role_end, role_start, country_of_phrase(tail), nxt)


def _party_member(words: list[str], i: int) -> bool:
    """ "the ranking Republican on X": a party's name after "ranking"/"top" heads the title (tokens.py)."""
    return i > 0 and words[i].lower() in PARTY_MEMBERS and words[i - 1].lower() in PARTY_RANKS


def country_of_phrase(tail: str) -> str | None:
    """The country closing an aside's workplace ("... Institution of Xland"), else None."""
    m = re.search(r"\bof\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$", tail)
    return country_of(m[1]) if m else None
