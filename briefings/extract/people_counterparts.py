"""Counterparts named in the sentence after the one announcing them: "A and B will receive their Japanese
counterparts on Friday. Foreign Minister C and Defence Minister D will be in Paris ..." (C and D are
Japanese); counterparts listed right after the word ("his Xish and Yish counterparts - A and B -");
a country closing a list of titled names ("T1 A and T2 B of Canada"; "A, T1, and B, T2, from Japan")."""

from __future__ import annotations

import itertools
import re

from briefings.extract.forms import of_country
from briefings.extract.gazetteer import country_of
from briefings.extract.homes import pair_in
from briefings.extract.mentions import Mention
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.people_leaders_desc import PLAIN_OFFICE
from briefings.extract.regex_guard import class_scan, guarded
from briefings.extract.roles import portfolio, role_key
from briefings.extract.sentences import Doc

_ANNOUNCED = re.compile(r"\b(?:his|her|their|its)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+counterparts?\b")
_ANNOUNCED = class_scan(_ANNOUNCED)  # (regex_guard: same matches)
_OPEN = re.compile(r"^\s*(?:\d+\.\s*)?(?:the\s+)?$", re.I)
_CHAIN = re.compile(r"^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$")
_ORGS = ORGANISATION_NAMES


def counterparts_named_next(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """Titled names opening the sentence after "their <country> counterparts" (named nowhere in that
    sentence) are of that country, when one of them holds the portfolio of one of the hosts."""
    text = doc.text
    for k, (sent, ms) in enumerate(zip(doc.sentences, per_sentence, strict=True)):
        if k + 1 >= len(doc.sentences) or "counterpart" not in sent.text:
            continue
        cm = _ANNOUNCED.search(text, sent.start, sent.end)
        country = country_of(cm[1]) if cm else None
        if cm is None or country is None or country in _ORGS or any(m.start > cm.end() for m in ms):
            continue
        hosts = {portfolio(m.role) for m in ms if m.role} - {None}
        nxt, listed = doc.sentences[k + 1], per_sentence[k + 1]
        if not listed or not _OPEN.match(text[nxt.start : listed[0].span_start]):
            continue
        chain = [listed[0]]
        for a, b in itertools.pairwise(listed):
            if not _CHAIN.match(text[a.tail_end : b.span_start]):
                break
            chain.append(b)
        if all(m.role and not m.country for m in chain) and any(portfolio(m.role) in hosts for m in chain):
            for m in chain:
                m.country = country


_ADJ = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"  # a state's adjective of one to three words ("South Xish")
_LISTED = guarded(
    re.compile(
        rf"\b(?:his|her|their|its)\s+((?:{_ADJ}\s*,\s*)*{_ADJ}(?:\s*,?\s+and\s+{_ADJ})?)"
        r"\s+counterparts?\s*(?:,|:|[—–-])\s*"
    )
)
_DEMONYM_SEP = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")


def counterparts_listed(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "his Xish, Yish and Zish counterparts - A, B and C -": the names listed right after the word are
    people (bare names included), of those countries in order (or all of the one country named)."""
    text = doc.text
    for sent, ms in zip(doc.sentences, per_sentence, strict=True):
        if "counterpart" not in sent.text or not ms:
            continue
        cm = _LISTED.search(text, sent.start, sent.end)
        if cm is None:
            continue
        countries = [country_of(w) for w in _DEMONYM_SEP.split(cm[1])]
        if not all(countries):
            continue
        chain: list[Mention] = []
        for m in ms:
            if m.span_start < cm.end():
                continue
            gap = text[chain[-1].tail_end if chain else cm.end() : m.span_start]
            if not (_CHAIN.match(gap) if chain else gap == "") or (m.written == "?" and len(m.tokens) < 2):
                break  # a lone capitalised word ("..., MEA spokesperson A said") closes the list
            chain.append(m)
        if not chain or (len(countries) > 1 and len(countries) != len(chain)):
            continue
        hosts = _hosts_before(text, [m for m in ms if m.role and m.end <= cm.start()], cm.start())
        untitled = not any(c.role for c in chain)
        respective = cm[0].startswith("their") and len(hosts) == len(chain) > 1 and untitled
        # "Foreign Minister A will host his Xish and Yish counterparts, B and C": both hold A's plain office
        shared = untitled and len(hosts) == 1 and len(countries) == len(chain) > 1 and not respective
        shared = shared and cm[0].startswith(("his", "her")) and bool(PLAIN_OFFICE.match(hosts[0].role or ""))
        for k, m in enumerate(chain):
            if m.written == "?":
                m.written = text[m.start : m.end]
            if not m.role:
                m.country = countries[k if len(countries) > 1 else 0]
                if respective or shared:  # "T1 A and T2 B ... their Xish counterparts, C and D": in order
                    m.role = hosts[k if respective else 0].role


def _hosts_before(text: str, before: list[Mention], cue: int) -> list[Mention]:
    """The titled names listed as one run ("T1 A and T2 B") that "their ... counterparts" looks back to."""
    run: list[Mention] = []
    for m in before:
        if run and not _CHAIN.match(text[run[-1].tail_end : m.span_start]):
            run = []
        run.append(m)
    return run if run and "," not in text[run[-1].tail_end : cue] else []


def list_closing_country(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "T1 A and T2 B of Canada": the country written after the last of a list of titled names is
    everyone's in the list."""
    text = doc.text
    for sent, ms in zip(doc.sentences, per_sentence, strict=True):
        if len(ms) < 2 or " of " not in sent.text:
            continue  # the cheap test: no list, or no "of COUNTRY" to close it
        titled = [m for m in ms if m.role]
        closing: Mention | None = None  # the list's last name, whose "of COUNTRY" closes the list
        for a, b in reversed(list(itertools.pairwise(titled))):
            gap = text[a.tail_end : b.span_start]
            own = _OWN_OF.match(gap)  # "T1 A of Xland and T2 B of Yland": each name's own country
            if not _CHAIN.match(gap[own.end() :] if own else gap):
                closing = None
                continue
            if own:
                closing = closing or b
                continue
            if closing is None:
                closing = b
            if (
                closing.country
                and b.country == closing.country
                and not a.country
                and of_country(text, closing.tail_end, sent.end) == closing.country
                and not _TWO_SIDES.search(text, max(sent.start, a.span_start - 40), a.span_start)
                and not _CO_CHAIR.match(text, closing.tail_end, sent.end)
                and not _pair_peers(text, a, closing, sent.end)
            ):
                a.country = b.country


# "First Vice Minister A and Vice Minister B of Yland will hold the Xland-Yland Dialogue": one office's
# holders on a pair's two sides (the ordinal or rank word before the office apart)
_RANK = re.compile(r"^(?:(?:first|second|third|senior|principal|executive|permanent)\s+)+")


def _pair_peers(text: str, a: Mention, closing: Mention, end: int) -> bool:
    """A and the list's closing name hold one office, and the sentence after the list names a pair of
    states the closing name's country is one of: counterparts, one of each side."""
    if _RANK.sub("", role_key(a.role or "")) != _RANK.sub("", role_key(closing.role or "")):
        return False
    pair = pair_in(text, closing.tail_end, end)
    return pair is not None and closing.country in pair


_OWN_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s*(?:,|and\b))")
# "co-chaired by T1 A and T2 B of Yland", "between ...", "signed ... by ...": one of each side
_TWO_SIDES = re.compile(
    r"\b(?:between|(?:co-chaired|co-hosted|signed|jointly\s+\w+)\s+(?:[^.;]{0,60}\s)?by)\s+(?:the\s+)?$"
)
# "T1 A and T2 B of Yland's ministry will co-chair ...": the same, the verb after the list
_CO_CHAIR = re.compile(r"[^.;]{0,60}?\b(?:will|to|would|shall)\s+(?:jointly\s+)?(?:co-chair|co-host)\b")


# "A, T1, and B, T2, from Xland, and C ...": a country after the last title of a list, closing its clause
_FROM_COUNTRY = re.compile(
    r"\s*,?\s+from\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?=[,.;:)]|\s+and\b|$)"
)


def list_from_country(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """ "A, T1, and B, T2, from Japan, and C, T3, from Australia": the country after "from" that closes a
    run of titled names is everyone's in the run."""
    text = doc.text
    for sent, ms in zip(doc.sentences, per_sentence, strict=True):
        if " from " not in sent.text:
            continue
        titled = [m for m in ms if m.role]
        for k, b in enumerate(titled):
            fm = _FROM_COUNTRY.match(text, b.tail_end, sent.end)
            country = country_of(fm[1].rstrip(".")) if fm else None
            if country is None:
                continue
            j = k
            while True:
                m = titled[j]
                m.country = m.country or country
                if j == 0 or not _CHAIN.match(text[titled[j - 1].tail_end : m.span_start]):
                    break
                j -= 1
