"""Find person mentions in a sentence: titles before names, names with apposition titles, speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefings.extract import forms
from briefings.extract.gazetteer import ORGANISATIONS, country_of
from briefings.extract.roles import HEADS, MODIFIERS, PORTFOLIO, _words
from briefings.extract.sentences import Sentence
from briefings.extract.tokens import (
    HONORIFICS,
    PARTICLES,
    POSTNOMINALS,
    RANKS,
    SUFFIXES,
    Tok,
    base,
    could_start_country,
    country_at,
    is_head,
    is_initial,
    is_institution,
    is_name_text,
    is_title_word,
    may_open_country,
    tokenize,
)

_ORG_COUNTRIES = frozenset(ORGANISATIONS.values())
_CAP_LATER = re.compile(r"[A-ZÀ-Þ]")
_PLAIN_STARTS = _words(
    "the this that these those it its they their we our he she his her in on at for and but as with from to "
    "a an if when while after before during officials analysts diplomats ministers leaders both"
)
_COUNTERPART_NAME = re.compile(r"(?:\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?counterparts?,?\s*$")
_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|[Oo]ffice|[Ee]nquiries|[Ii]nquiries)\s*:\s*$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)\s*,?\s*$")
_LOWER = re.compile(r"[a-zß-ÿ]")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_OF_ORG = re.compile(
    r"\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’&-]*)*"
)
_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_OF_ADJ = re.compile(r"\bof\s+(?:the\s+)?((?:U\.S\.|U\.K\.|[A-Z][a-z]+))\s+[A-Z]")
_GENERAL_OK = frozenset({"secretary", "director", "attorney", "solicitor", "inspector", "consul", "governor"})
_BODY_NOUNS = frozenset({"commission", "council", "parliament", "court", "bank"})
_CONNECTORS = frozenset({"of", "for", "to", "and", "&", "the", "on"})
_SPEECH = re.compile(
    r"^\s*(?:said|says|told|added|noted|stressed|explained|stated|announced|remarked|declared|wrote|"
    r"emphasized|emphasised|underscored|underlined|urged|warned|insisted|continued|replied|responded)\b"
)
_APPOS_END = re.compile(r"^\s*(?:[,.;:)\]—–]|$|said\b|says\b|who\b|and\b|will\b|has\b|is\b)")


_TITLE_WORDS = HEADS | MODIFIERS
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # the endings base() strips
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _count_lower(text: str) -> int:
    """len(_LOWER.findall(text)), counted by a byte translation when the text is ASCII."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_LOWER))
    return len(_LOWER.findall(text))


@dataclass
class Title:
    """A title run: role text span, its country (if named inside it) and the token index after it."""

    role_start: int
    role_end: int
    start: int
    country: str | None
    next_index: int


@dataclass
class Mention:
    """One mention of a person in a sentence."""

    tokens: list[str]
    start: int
    end: int
    span_start: int
    sentence: Sentence
    role: str | None = None
    country: str | None = None
    family_first: bool = False
    written: str = ""
    tail_end: int = 0  # end of the mention including a title in apposition after the name
    contact: bool = False  # a press contact line ("Media contact: A B, 0400 ...")
    honorific: bool = False  # led by an honorific ("The Hon A B", "Dr A B")


def _could_open_title(t: Tok) -> bool:
    """A word a title can start with: a title word, or the first word of a country or institution."""
    return _opens_title(t.low)


@lru_cache(maxsize=65536)
def _opens_title(w: str) -> bool:
    return w in HEADS or w in MODIFIERS or w in PORTFOLIO or "-" in w or could_start_country(w)


def scan_title(toks: list[Tok], i: int, text: str, ci: bool = False) -> Title | None:
    """A title starting at token i ("US Secretary of State", "Japan's foreign minister")."""
    n = len(toks)
    j = i
    if not ci and not _could_open_title(toks[i]):
        return None  # fast path: most capitalised words start no title
    if ci and j < n and toks[j].low in ("the", "a", "an"):
        j += 1
    country: str | None = None
    # country_at's own first test, inlined: most title openers are no country word
    hit = country_at(toks, j, text) if j < n and toks[j].cap and may_open_country(toks[j].low) else None
    role_first = j
    if hit:
        country, j = hit
        if not is_institution(text[toks[role_first].start : toks[j - 1].end]) and not (
            country in _ORG_COUNTRIES
            and (toks[j - 1].low in _BODY_NOUNS or (j < n and toks[j].low in _BODY_NOUNS))
        ):
            role_first = j  # but "European Commission President": a body's name is part of the title
        ci = ci or (j < n and not toks[j].cap and toks[j].low in _TITLE_WORDS)
    last_head = -1
    last_word = -1
    after_conn = False
    in_portfolio = False  # after "of/for/to": portfolio words ("Plans", "Tourism") belong to the title
    while j < n:
        t = toks[j]
        open_word = after_conn or in_portfolio
        place = country_at(toks, j, text) if after_conn else None
        if (
            is_title_word(t, ci, open_word)
            or place
            or (last_word < 0 and forms.portfolio_then_head(toks, j, ci))  # "Unification Minister"
        ):
            # "of the Pacific Islands Forum": a name of several words beats its title-like first word
            if place and (not is_title_word(t, ci) or place[1] > j + 1):
                j2 = place[1]
                last_word = j2 - 1
                j = j2
                after_conn = False
                continue
            if (
                last_head >= 0
                and t.low in RANKS
                # "Chief of Naval Operations Adm. X": after a portfolio, a personal rank opens the name part
                and (toks[last_head].low not in RANKS or (in_portfolio and t.low in forms.PERSONAL_RANKS))
                and not after_conn
                and not (t.low == "general" and toks[j - 1].low in _GENERAL_OK)
            ):
                break  # "Minister of National Defence Admiral X": the rank starts the name part
            if is_head(t, ci):
                last_head = j
            last_word = j
            after_conn = False
            j += 1
            continue
        if (t.low in _CONNECTORS and last_word >= 0 and last_word == j - 1) or (
            t.low == "the" and after_conn
        ):
            nxt_ok = j + 1 < n and (
                is_title_word(toks[j + 1], ci)
                or (in_portfolio and is_title_word(toks[j + 1], ci, True))
                or forms.portfolio_then_head(toks, j + 1, ci)
            )
            if t.low == "and" and not nxt_ok:
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
        ):
            last_word = j + 2  # "Secretary (East)": a qualifier in brackets belongs to the title
            j += 3
            continue
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
        break
    if last_head < 0 or last_word < role_first:
        return None
    role_start, role_end = toks[role_first].start, toks[last_word].end
    # "Minister of Defence of Australia": the trailing "of COUNTRY" is the country, not the role.
    role_text = text[role_start:role_end]
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", role_text):
        c = country_of(role_text[m.end() :])
        if c:
            if country is None:
                country = c
            # "Secretary General of the Pacific Islands Forum": the organisation is the country too, unless
            # it closes a joined title ("High Representative ... and Vice-President of the Commission")
            if c not in _ORG_COUNTRIES or " and " not in role_text[: m.start()]:
                role_end = role_start + m.start()
            break
    if text[role_start:role_end].lower() in ("the", "", "lady", "gentleman"):
        return None  # "Lady X" is an honorific; only "First Lady" is a title
    if country is None:  # "commander of U.S. Indo-Pacific Command": a country word right after "of"
        inner = _OF_ADJ.search(text, role_start, role_end)
        country = country_of(inner[1]) if inner else None
    return Title(role_start, role_end, toks[i].start, country, last_word + 1)


def scan_name(toks: list[Tok], j: int, titled: bool = False) -> tuple[list[Tok], int] | None:
    """A person's name starting at token j (honorifics and ranks skipped): (name tokens, index after).
    After a title or honorific (titled) a country name may be a given name ("Minister Jordan Ellis")."""
    n = len(toks)
    j0 = j
    while j < n and (
        (toks[j].low in HONORIFICS and toks[j].low not in ("his", "her"))
        or (toks[j].cap and toks[j].low in RANKS)
        or (toks[j].low == "tan" and j + 1 < n and toks[j + 1].low == "sri")
        or forms.retired_mark(toks, j) > j
    ):
        j = forms.retired_mark(toks, j) if toks[j].text == "(" else j + 1
    titled = titled or j > j0
    out: list[Tok] = []
    while j < n and len(out) < 5:
        t = toks[j]
        more = j + 1 < n and toks[j + 1].cap
        if (
            not out
            and titled
            and more
            and forms.country_given_name(t)
            and is_name_text(toks[j + 1].text, False)
        ):
            out.append(t)  # "Defence Minister Jordan Ellis": a country name used as a given name
        elif out and (more or forms.particle_run(toks, j)) and (is_initial(t) or t.low in PARTICLES):
            out.append(t)
        elif not out and is_initial(t) and more and j + 2 < n and is_name_text(toks[j + 1].text, True):
            out.append(t)  # "S. Jaishankar Rao": a leading initial
        elif out and t.low in SUFFIXES:
            out.append(t)
            j += 1
            break
        elif is_name_text(t.text, not out):
            out.append(t)
            if t.text.endswith(_POSSESSIVE):  # t.text != base(t.text)
                j += 1
                break
        else:
            break
        j += 1
    while out and (is_initial(out[-1]) or out[-1].low in PARTICLES):
        out.pop()
        j -= 1
    if j < n and toks[j].low in POSTNOMINALS:
        j += 1
    if not out:
        return None
    return out, j


def _mention(name: list[Tok], sent: Sentence, span_start: int, title: Title | None, text: str) -> Mention:
    words = [base(t.text) for t in name]
    family_first = (
        len(words) >= 2
        and words[0].isalpha()
        and words[0].isupper()
        and len(words[0]) > 1
        and not words[1].isupper()
    )
    # "Cho Tae-yul", "Park Ji-hoon": a hyphenated two-syllable given name after a one-syllable family name
    family_first = family_first or (len(words) == 2 and bool(_HYPHEN_GIVEN.fullmatch(words[1])))
    end = name[-1].start + len(words[-1])
    m = Mention(
        tokens=words,
        start=name[0].start,
        end=end,
        span_start=span_start,
        sentence=sent,
        role=text[title.role_start : title.role_end] if title else None,
        country=title.country if title else None,
        family_first=family_first,
        written=text[name[0].start : end],
    )
    m.tail_end = m.end
    return m


def _apposition(toks: list[Tok], k: int, text: str) -> Title | None:
    """A title after a name: "A, Minister of Defence of B," / "A, Japan's foreign minister, said" /
    "A, vice president of the Academy of Military Science," (an institution completes the title)."""
    if k < len(toks) and toks[k].text == ",":
        title = scan_title(toks, k + 1, text, ci=True)
        if title and title.next_index <= len(toks):
            end = toks[title.next_index - 1].end
            org = _OF_ORG.match(text, end, toks[-1].end)
            if org and not _APPOS_END.match(text[end : toks[-1].end]):
                # "at the Delhi-based Centre for X": a described workplace is an affiliation, not the title
                if "-based" not in org[0]:
                    title.role_end = org.end()
                end = org.end()
                title.next_index = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
            if _APPOS_END.match(text[end : toks[-1].end]):
                return title
    return None


def find_mentions(text: str, sent: Sentence) -> list[Mention]:
    """Every person mention in one sentence, in order."""
    first_word = sent.text.split(None, 1)[0].lower() if sent.text.strip() else ""
    if not _CAP_LATER.search(sent.text, 1) and first_word in _PLAIN_STARTS:
        return []  # no capitalised word but a plain first one: no name can be here
    toks = tokenize(text, sent.start, sent.end)
    n_lower = _count_lower(sent.text)
    # n_upper <= len - n_lower, so when len <= 5 * n_lower the banner test cannot pass: skip counting
    if len(sent.text) > 5 * n_lower:
        n_upper = len(_UPPER.findall(sent.text))
        if n_upper + n_lower > 12 and n_upper > 4 * n_lower:
            return []  # an all-capitals banner: names there are too ambiguous to read
    headline = not sent.text.rstrip().endswith((".", ":")) and forms.title_case(sent.text)
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.cap:
            lw = t.low
            # is_title_word(t, True) inlined: most lower-case words are in neither table and hold no hyphen
            titled = lw in _TITLE_WORDS or ("-" in lw and is_title_word(t, True))
            if titled and lw not in ("the", "a", "an"):
                low_title = scan_title(toks, i, text, ci=True)
                low_name = scan_name(toks, low_title.next_index, True) if low_title else None
                if low_title and low_name and toks[low_title.next_index].cap:
                    prev = toks[i - 1] if i else None
                    acronym = prev is not None and prev.text.isupper() and 2 <= len(prev.text) <= 6
                    if prev and acronym and not country_at(toks, i - 1, text):
                        low_title.role_start = low_title.start = prev.start  # "MFA spokesperson"
                    elif prev and prev.cap and prev.low in forms.INSTITUTION_NOUNS and lw in forms.SPOKES:
                        k, c = forms.institution_prefix(toks, i, text)  # "Foreign Ministry spokesperson"
                        low_title.role_start = low_title.start = toks[k].start
                        low_title.country = low_title.country or c
                    out.append(_mention(low_name[0], sent, low_title.start, low_title, text))
                    i = low_name[1]
                    continue
            i += 1
            continue
        title = scan_title(toks, i, text) if _opens_title(t.low) else None  # its own fast path, inlined
        if title is None and (t.low in HONORIFICS or could_start_country(t.low)):
            hit = country_at(toks, i, text)
            if hit and hit[1] > i + 1:
                i = hit[1]  # "Sri Lanka", "United States": a country of several words is no name
                continue
        if title:
            got = scan_name(toks, title.next_index, True)
            k0 = title.next_index
            if got is None and k0 < n and toks[k0].text == ",":
                # "The Minister for Foreign Affairs, Jane Doe, will ..."
                got = scan_name(toks, k0 + 1, True)
                if got and not re.match(r"\s*(?:[,.;)]|and\b|$)", text[toks[got[1] - 1].end : sent.end]):
                    got = None
            if got:
                name, k = got
                m = _mention(name, sent, title.start, title, text)
                if m.country is None:
                    m.country = forms.of_country(text, toks[k - 1].end, sent.end)
                weak = forms.weak_title(m.role)
                appos = _apposition(toks, k, text) if weak else None
                if appos:  # "Lt. Gen. X, Director for Strategic Plans": the office beats the rank
                    m.role = text[appos.role_start : appos.role_end]
                    m.country = appos.country or m.country
                    k = appos.next_index
                elif weak and m.role and m.role.lower() != "ambassador":
                    unit = forms.apposed_unit(toks, k)
                    if unit:  # "Lt. Col. X, Pentagon Press Operations,": the office he speaks for
                        m.role = text[toks[k + 1].start : toks[unit - 1].end]
                        k = unit
                m.tail_end = toks[k - 1].end
                out.append(m)
                i = k
                continue
            i = title.next_index
            continue
        honorific = t.low in HONORIFICS and t.low not in ("his", "her", "he", "the")
        nxt_name = i + 1 < n and is_name_text(toks[i + 1].text, False)
        given = not honorific and nxt_name and forms.country_given_name(t)  # "Georgia Bellini, Italy's ..."
        got = scan_name(toks, i, given) if (honorific or given or is_name_text(t.text, True)) else None
        if got:
            name, k = got
            before = text[sent.start : t.start]
            after = text[toks[k - 1].end : sent.end]
            appos = _apposition(toks, k, text)
            speech = bool(_SPEECH.match(after)) or bool(_SAID_BEFORE.search(before[-16:]))
            m = _mention(name, sent, t.start, appos, text)
            m.tail_end = toks[appos.next_index - 1].end if appos else m.end
            of_country = forms.of_country(text, toks[k - 1].end, sent.end)
            m.contact = bool(_CONTACT.search(before[-30:])) and len(name) >= 2
            m.honorific = honorific
            cp = _COUNTERPART_NAME.search(before[-60:]) if len(name) >= 2 else None
            kin = len(name) >= 2 and bool(forms.KIN.search(before[-30:]))  # "his wife, Jane Doe"
            poss = forms.POSSESSOR.search(before[-30:]) if len(name) >= 2 else None
            owner = country_of(poss[1]) if poss and not (k < n and toks[k].cap) else None
            m.country = m.country or owner  # "Germany's Anna Weber" (not "Japan's Liberal Democratic Party")
            if cp:  # "his Philippine counterpart, Gilberto Reyes,"
                m.country = country_of(cp[1]) if cp[1] else None
                appos = appos or None
            if (honorific or appos or speech or of_country or m.contact or cp or kin or owner) and (
                len(name) >= 2 or honorific
            ):
                m.country = m.country or of_country
                i = appos.next_index if appos else k
            else:
                m.written = "?"  # a bare name: maybe someone named elsewhere (resolved later)
                i = k
            out.append(m)
            continue
        i += 1
    if headline:
        for m in out:
            if not ((m.role or m.contact or m.honorific) and len(m.tokens) >= 2):
                m.written = "?"
    return out
