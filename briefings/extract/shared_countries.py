"""Country words shared over lists of titled names: "their Xish counterparts, A and B" and a chain of
titles ("the Minister of X, A, and Minister B")."""

from __future__ import annotations

import itertools
import re

from briefings.extract.country_links import says_after
from briefings.extract.gazetteer import country_of
from briefings.extract.mentions import Mention
from briefings.extract.offices import same_office
from briefings.extract.people_cues import CHAIN_GAP
from briefings.extract.regex_guard import guarded
from briefings.extract.roles import national_office, service_state
from briefings.extract.sentences import Doc

_COUNTERPARTS = guarded(
    re.compile(
        r"\b(?:(?:his|her|their|its)\s+|)([A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*|))\s+(?:counterparts?|peers?)\b"
    )
)
# "her Xish counterpart, the Minister of Y, A": a title in apposition opens the list too
_LIST_OPEN = re.compile(r"^\s*[,:—–-]?\s*(?:namely\s+)?(?:the\s+)?$")


def fill_countries(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """Shared country words over lists ("their Japanese counterparts, A and B") and coordination."""
    text = doc.text
    for si, (sent, ms) in enumerate(zip(doc.sentences, per_sentence, strict=True)):
        titled = [m for m in ms if m.role]
        peers = "counterpart" in sent.text or " peer" in sent.text  # every _COUNTERPARTS match holds one
        cms = _COUNTERPARTS.finditer(text, sent.start, sent.end) if peers else ()
        for cm in cms:
            country = country_of(cm[1])
            if not country:
                continue
            pos = cm.end()
            first = True
            for m in titled:
                if m.span_start < pos:
                    continue
                gap = text[pos : m.span_start]
                if not (_LIST_OPEN.match(gap) if first else CHAIN_GAP.match(gap)) or says_after(text, m):
                    break  # "..., B and C, spokesperson D said": the sentence's speaker is no list member
                if not m.country:
                    m.country = country
                first = False
                pos = m.end
        for a, b in itertools.pairwise(titled):
            if (
                a.country
                and not b.country
                and CHAIN_GAP.match(text[a.end : b.span_start])
                and not says_after(text, b)
                and not (len(b.tokens) == 1 and b.tokens[0] in _introduced(per_sentence, si))
                and not (a.role and b.role and same_office(a.role, b.role))  # "the PM of X, A, PM B"
            ):
                # "..., Commander of the Yland Navy B": a title naming its own state's service is B's own
                # (not "Xish T1 A and T2 B" where B, named in full before, keeps that introduction's country)
                # (nor a title only one state's government has: "Treasury Under Secretary B" is American)
                b.country = (
                    service_state(b.role or "") or national_office(b.role or "", (a.country,)) or a.country
                )


def _introduced(per_sentence: list[list[Mention]], si: int) -> set[str]:
    """The first and last words of names written in full in the sentences before sentence si (built only when
    a one-word name asks: most sentences never do)."""
    out: set[str] = set()
    for ms in per_sentence[:si]:
        for m in ms:
            if len(m.tokens) >= 2:
                out.add(m.tokens[0])
                out.add(m.tokens[-1])
    return out
