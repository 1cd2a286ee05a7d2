"""The rest of a body's name after a title that stops inside an apposition ("... of X Missions,",
"Commander of Xbrigade 45,"): where that run of capitalised words, numbers and joining words ends."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.role_bodies import COMMON_NOUN
from briefings.extract.roles import HEADS, PORTFOLIO, TITLE_WORDS, _words
from briefings.extract.tokens import HONORIFICS, Tok, is_name_text

HOUSES = _words("house chamber assembly parliament senate caucus")

_RUN_LEADS = frozenset({"of", "for", "to"})
_RUN_JOINS = frozenset({"of", "for", "and", "the", "on", "/", "&"})
_RUN_ENDS = frozenset({",", ";", ")", "."})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")


def body_run(toks: list[Tok], j: int) -> int:
    """After a title that stops inside an apposition, the index closing the rest of a body's name when only
    capitalised words, numbers and joining words run on to the apposition's end ("... of X Missions,",
    "Commander of Xbrigade 45,", "of the Defense X/Y Accounting Agency,"), else 0."""
    n = len(toks)
    k = j
    if k + 3 < n and toks[k].text == "in" and toks[k + 1].low == "charge" and toks[k + 2].low == "of":
        k += 2  # "Minister in charge of X,": the portfolio opens as after "for"
    led = k < n and toks[k].low in _RUN_LEADS and not toks[k].cap
    if not led and not any(t.low in _RUN_LEADS and not t.cap for t in toks[max(0, j - 6) : j]):
        return 0  # "A, Xish Foreign Minister B C": no "of"/"for" opens a body's name
    if led:
        k += 1
        if k < n and toks[k].low == "the":
            k += 1
    first, words, lower = k, 0, -1
    while k < n and k < first + 8:
        t = toks[k]
        if t.low in HEADS:
            return 0  # "... Minister B C and ...": another title, no body's name
        if t.cap and (t.text.replace("-", "").replace("'", "").isalnum()):
            words += 1
        elif t.text.isalpha() and t.low not in _RUN_JOINS and k + 1 < n and _runs_on(toks[k + 1]):
            lower = k  # "the lower house Committee on X", "the X-Y parliamentary friendship group"
        elif _ORDINAL.fullmatch(t.text) is None and not (
            t.low in _RUN_JOINS and k + 1 < n and toks[k + 1].cap
        ):
            break
        k += 1
    if lower >= 0 and (k >= n or k - first > 6 or not (words or toks[first - 1].cap)):
        return 0
    if lower >= 0 and not any(t.low in _BODY_WORDS or t.low in HOUSES for t in toks[lower:k]):
        return 0  # lower-case words belong to a body's name only before its noun
    if k == first or k >= n or toks[k].text not in _RUN_ENDS or not (words or toks[first - 1].cap):
        return 0
    if toks[k - 1].low in _RUN_JOINS or country_of(toks[k - 1].text):
        return 0
    if any(t.low in HONORIFICS for t in toks[first:k]):
        return 0  # "... Policy Dr Jane Doe,": a name follows the title
    for w in (2, 3):  # "A, Minister of Defence Jane Doe,": a title, then a person's name
        last = toks[k - w : k]
        if k - w < first or (toks[k - w - 1].low not in TITLE_WORDS and toks[k - w - 1].low not in PORTFOLIO):
            continue
        if all(
            t.text.isalpha()
            and is_name_text(t.text, i == 0)
            and t.low not in _BODY_WORDS
            and not COMMON_NOUN.search(t.low)
            for i, t in enumerate(last)
        ):
            return 0
    return k


_BODY_WORDS = _words(
    "office centre center agency bureau brigade division force forces command group league committee "
    "subcommittee council service services unit department directorate institute corps fleet army navy"
)


def _runs_on(t: Tok) -> bool:
    """A word, or the mark closing an apposition, after a lower-case word of a body's name."""
    return t.text.isalpha() or t.text in _RUN_ENDS


