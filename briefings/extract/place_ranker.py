"""A small learned ranker over the candidate places of the main event.

Candidates are the cities the gazetteer finds in the headline and the first body sentences, the dateline's
city, the rule cascade's own pick and "no place". Each gets general features (where it is named, the words
before it, the tense of its sentence, its country's role); a linear model trained offline by
`bench/train_place.py` scores them. The weights live in `place_weights.py` beside this module.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefings.extract.datelines import Dateline
from briefings.extract.dates import DateMention
from briefings.extract.event_city_checks import REMOTE
from briefings.extract.event_spans import EVENT_NOUN
from briefings.extract.event_tense import sentence_score
from briefings.extract.eventcues import TRAVEL_TO, countries_in
from briefings.extract.gazetteer import City, capital_country
from briefings.extract.gazetteer import fold as strip_marks
from briefings.extract.place_weights import MARGIN, WEIGHTS
from briefings.extract.places import cities_in
from briefings.extract.regex_guard import guarded
from briefings.extract.sentences import Doc, Sentence

LEAD_SENTENCES = 9  # the headline and about eight body sentences

# the words right before a mention, in the 40 characters that precede it
_BEFORE: dict[str, re.Pattern[str]] = {
    "held_in": re.compile(
        r"\b(?:held|hosted|host|hosts|take\s+place|takes\s+place|convene[sd]?|gather|meet|meets|met|"
        r"meeting|talks|summit|conference|forum|dialogue|session)\s+(?:\w+\s+)?in\s+(?:the\s+)?$",
        re.I,
    ),
    "in": re.compile(r"\bin\s+(?:the\s+)?$", re.I),
    "at": re.compile(r"\bat\s+(?:the\s+)?$", re.I),
    "to": re.compile(r"\bto\s+$", re.I),
    "from": re.compile(r"\bfrom\s+$", re.I),
    "visit_to": re.compile(
        r"\b(?:visit|visits|visiting|trip|travel|travels|traveling|travelling|travelled|traveled|journey|"
        r"fly|flies|head|heads|heading|go|goes)\s+(?:\w+\s+)?to\s+$",
        re.I,
    ),
    "arrive_in": re.compile(r"\b(?:arrive[sd]?|arriving|arrival|landed|lands?)\s+(?:\w+\s+)?in\s+$", re.I),
    "return_to": re.compile(r"\breturn(?:s|ed|ing)?\s+(?:\w+\s+)?to\s+$", re.I),
    "capital": re.compile(r"\bcapital(?:\s+city)?(?:\s+of\s+\w+)?,?\s+(?:of\s+)?$", re.I),
    "of": re.compile(r"\bof\s+$", re.I),
    "based_in": re.compile(r"\b(?:based|headquartered|stationed|embassy|consulate|mission)\s+in\s+$", re.I),
    "near": re.compile(r"\b(?:near|outside|around)\s+$", re.I),
    "said_in": re.compile(r"\b(?:said|told|says|spoke|speaking|statement|remarks)\b[^.]{0,20}\bin\s+$", re.I),
}
# the word each cue must end with (before an optional "the"): only those cues are tried
_CUE_END: dict[str, tuple[str, ...]] = {
    "in": ("held_in", "in", "arrive_in", "based_in", "said_in"),
    "at": ("at",),
    "to": ("to", "visit_to", "return_to"),
    "from": ("from",),
    "of": ("of",),
    "near": ("near",),
    "outside": ("near",),
    "around": ("near",),
}


def _cues(before: str) -> tuple[str, ...]:
    """The cues of `_BEFORE` worth trying on the words before a mention (a cheap filter, not the test)."""
    if not before[-1:].isspace():
        return ()
    low = before.lower()
    words = low.split()[-2:]
    out: tuple[str, ...] = ("capital",) if "capital" in low else ()
    for w in words:
        out += _CUE_END.get(w.rsplit("-", 1)[-1].lstrip("([\"'“‘"), ())
    return out


# behind a first-letter lookahead (regex_guard: same matches, most positions skipped at once)
_BEFORE = {name: guarded(rx) for name, rx in _BEFORE.items()}
_AFTER: dict[str, re.Pattern[str]] = {
    "dash_after": re.compile(r"\s*(?:,\s*[A-Z][\w ]{1,20})?\s*(?:\([^)]{1,30}\)\s*)?(?:--?|—|–|:)\s"),
    "poss_after": re.compile(r"['’]s\b"),
    "based_after": re.compile(r"-based\b"),
    "comma_country": re.compile(r",\s+[A-Z]\w+"),
}


@lru_cache(maxsize=1024)
def fold(name: str) -> str:
    """A place name for comparison: no diacritics, case folded, single spaces."""
    return " ".join(strip_marks(name).casefold().split())


@dataclass
class Candidate:
    """A candidate place of the main event with its features."""

    name: str  # "" for "no place"
    timezone: str | None = None
    features: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=256)
def _text_flags(text: str) -> tuple[str, ...]:
    """The flags of a sentence's own words: future or past tense, a meeting noun, a journey."""
    bonus, past = sentence_score(text)
    flags = {"future": bonus in (3.0, 7.0), "past": past, "event_noun": bool(EVENT_NOUN.search(text))}
    flags["travel"] = bool(TRAVEL_TO.search(text))
    return tuple(k for k, on in flags.items() if on)


def _sentence_flags(x: Sentence, dm_start: int | None) -> tuple[str, ...]:
    """A sentence's flags, with "main_date" when the main event's date is in it."""
    own = _text_flags(x.text)
    return (*own, "main_date") if dm_start is not None and x.start <= dm_start < x.end else own


def candidates(
    doc: Doc,
    body: list[Sentence],
    s: Sentence,
    dm_start: int | None,
    dateline: Dateline | None,
    headline: Sentence | None,
    prefer: frozenset[str],
    cascade: str | None,
    trip: bool = False,
) -> list[Candidate]:
    """Every candidate place of the main event in sentence `s`, with its features (see module doc)."""
    text = doc.text
    lead = body[:LEAD_SENTENCES]
    if not any(x is s for x in lead):
        lead = [*lead, s]
    parties = set(countries_in(doc, s))
    head_countries = set(countries_in(doc, headline)) if headline is not None else set()
    dl_country = dateline.city.country if dateline else None
    flags: dict[int, tuple[str, ...]] = {}

    def own(city: City) -> dict[str, float]:
        """The features of the city itself: a capital, its size, whose country it is in."""
        return {
            "capital": float(capital_country(city.name) == city.country),
            "pop": min(math.log10(max(city.population, 1)), 8.0) / 8.0,
            "dl_country": float(city.country == dl_country),
            "party_country": float(city.country in parties),
            "head_country": float(city.country in head_countries),
            "other_country": float(city.country != dl_country and city.country in prefer),
        }

    found: dict[str, Candidate] = {}
    order: list[str] = []
    first_body = next((x.index for x in lead if x is not headline), s.index)
    for x in lead:
        for city, start, end in cities_in(text, x.start, x.end, prefer):
            key = fold(city.name)
            c = found.get(key)
            if c is None:
                c = found[key] = Candidate(city.name, city.timezone, own(city))
                order.append(key)
                f = c.features
                f["first_rank0"] = float(len(order) == 1)
                f["first_rank1"] = float(len(order) == 2)
                f["first_rel"] = max(-3.0, min(3.0, float(x.index - s.index))) / 3.0
            f = c.features
            f["mentions"] = f.get("mentions", 0.0) + 1.0
            where = (
                "head" if x is headline else "main" if x is s else "before" if x.index < s.index else "after"
            )
            f[where] = 1.0
            if x.index == first_body:
                f["first_body"] = 1.0
            if x is not headline and abs(x.index - s.index) <= 1:
                f["near_main"] = 1.0
            before = text[max(x.start, start - 40) : start]
            cues = _cues(before)
            for name in cues:
                if _BEFORE[name].search(before):
                    f[f"b_{name}"] = 1.0
                    f[f"b_{name}_{where}"] = 1.0
            for name, rx in _AFTER.items():
                if rx.match(text, end, x.end):
                    f[f"a_{name}"] = 1.0
            if start - x.start < 3:
                f["sent_start"] = 1.0
            if x.index not in flags:
                flags[x.index] = _sentence_flags(x, dm_start)
            for flag in flags[x.index]:
                f[f"s_{flag}"] = 1.0
                f[f"s_{flag}_{where}"] = 1.0
    out = [found[k] for k in order]
    if dateline is not None:
        key = fold(dateline.city.name)
        if key not in found and fold(dateline.place) not in found:
            out.append(Candidate(dateline.city.name, dateline.city.timezone, own(dateline.city)))
            found[key] = out[-1]
        dl = found.get(key) or found.get(fold(dateline.place))
        if dl is not None:
            dl.features["dateline"] = 1.0
    if cascade and fold(cascade) not in {fold(c.name) for c in out}:
        out.append(Candidate(cascade, None, {"unlisted": 1.0}))
    folded = [fold(c.name) for c in out]
    for c, key in zip(out, folded, strict=True):
        # "Cebu" beside "Cebu City": the shorter name inside a longer candidate's
        if any(key != other and key in other for other in folded):
            c.features["sub_name"] = 1.0
    for c in out:
        c.features["is_cascade"] = float(bool(cascade) and fold(c.name) == fold(cascade or ""))
        c.features["m_log"] = math.log1p(c.features.pop("mentions", 0.0))
    n = len(out)
    remote = bool(REMOTE.search(s.text))
    none = Candidate("", None, {"none": 1.0})
    nf = none.features
    nf["none_no_cands"] = float(n == 0)
    nf["none_remote"] = float(remote)
    nf["none_trip"] = float(trip)
    nf["none_no_date"] = float(dm_start is None)
    nf["none_cascade"] = float(not cascade)
    nf["none_n"] = min(n, 6) / 6.0
    out.append(none)
    return out


def model() -> tuple[dict[str, float], float]:
    """The learned weights and the margin by which the ranker's top must beat the cascade's pick."""
    return WEIGHTS, MARGIN


def score(c: Candidate, w: dict[str, float]) -> float:
    """The linear score of a candidate."""
    return sum(w.get(k, 0.0) * v for k, v in c.features.items())


def rerank(
    doc: Doc,
    body: list[Sentence],
    s: Sentence,
    dm_start: int | None,
    dateline: Dateline | None,
    headline: str | None,
    prefer: frozenset[str],
    place: str | None,
    trip: bool,
) -> Candidate | None:
    """The ranker's place when it beats the cascade's `place` by the learned margin ("" for no place), else
    None: the cascade's place stands."""
    head = next((x for x in body[:6] if headline and x.text.strip() == headline), None)
    cands = candidates(doc, body, s, dm_start, dateline, head, prefer, place, trip)
    w, margin = model()
    scores = [score(c, w) for c in cands]
    key = fold(place or "")
    own = next(i for i, c in enumerate(cands) if fold(c.name) == key)
    top = max(range(len(cands)), key=scores.__getitem__)
    return cands[top] if scores[top] - scores[own] > margin else None


def ranked_place(
    doc: Doc,
    body: list[Sentence],
    s: Sentence,
    dm: DateMention | None,
    dateline: Dateline | None,
    headline: str | None,
    prefer: frozenset[str],
    place: str | None,
    tz: str | None,
    trip: bool,
) -> tuple[str | None, str | None]:
    """The main event's place and timezone: the rules' `place` and `tz`, unless the ranker is surer of
    another place (or of none) by the learned margin."""
    ranked = rerank(doc, body, s, dm.start if dm else None, dateline, headline, prefer, place, trip)
    if ranked is None:
        return place, tz
    return ranked.name or None, ranked.timezone or tz
