"""Mentions a lower-case title leads: "the commander of X Command, Adm. Jane Doe", "MFA spokesperson A"."""

from __future__ import annotations

from briefings.extract import forms
from briefings.extract.mention_model import Mention, make_mention
from briefings.extract.mention_tokens import body_or_region
from briefings.extract.people_after_title import comma_name
from briefings.extract.people_bare import place_or_body
from briefings.extract.people_names import scan_name
from briefings.extract.people_workplaces import workplace_then_name
from briefings.extract.role_reporters import ministry_of_prefix
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import _words
from briefings.extract.sentences import Sentence
from briefings.extract.tokens import Tok, base, country_at

# "Foreign Ministry spokesperson", "Defence Force chief", "Foreign Ministry secretary-general"
_PREFIXED = forms.SPOKES | {"chief", "secretary-general", "director-general"}
# "Defence Force chief", "Government spokesperson": the body named before the lower-case title
_PREFIX_NOUNS = forms.INSTITUTION_NOUNS | _words("force forces army navy staff command council government")
# capitalised words that open a lower-case title: "Opposition leader", a party's "Greens foreign policy
# spokesperson", a field's "Security analyst"
_LEAD_MODIFIERS = _words(
    "opposition foreign defence defense deputy vice acting former security presidential external home "
    "finance politburo presidium international political regional maritime military economic strategic "
    "greens green labor labour liberal conservative democratic republican socialist press exercise"
)


def low_title_mention(toks: list[Tok], i: int, text: str, sent: Sentence) -> tuple[Mention, int] | None:
    """The mention a lower-case title at token i leads, with the token index after its name."""
    n = len(toks)
    lw = toks[i].low
    low_title = scan_title(toks, i, text, ci=True)
    low_name = scan_name(toks, low_title.next_index, True) if low_title else None
    if low_name and len(low_name[0]) == 1 and body_or_region(low_name[0][0], toks, low_name[1]):
        low_name = None  # "an officer to Xland's Information Fusion Centre": no name
    nk = low_title.next_index if low_title else n
    if low_title and low_name is None and nk + 1 < n:
        # "the commander of X Command, Adm. Jane Doe, ..."
        low_name = comma_name(toks, nk, text, sent.end)
        if low_name is None and forms.lower_body_end(toks, nk) > nk:
            nk = forms.lower_body_end(toks, nk)  # "the head of the employers' union, Jane Doe"
            low_name = comma_name(toks, nk, text, sent.end)
        elif low_name is None and toks[nk].low in ("from", "at", "with"):
            # "a lecturer from X University, Jane Doe, said": the workplace, then the name
            at = nk + 1
            nk = forms.past_workplace(toks, at)
            low_name = comma_name(toks, nk, text, sent.end)
            if low_name is None and nk > at:
                # "lecturer at Universitas Xland Jane Doe said": no comma, the name closes the workplace's run
                split = workplace_then_name(toks, at, nk)
                if split:
                    low_name, nk = split[0], split[1] - 1
        if low_name and place_or_body(text[low_name[0][0].start : low_name[0][-1].end]):
            low_name = None  # "for one analyst, Kuala Lumpur, was ...": a place
        nk += 1
    if low_title and low_name and toks[nk].cap:
        prev = toks[i - 1] if i else None
        acronym = prev is not None and prev.text.isupper() and 2 <= len(prev.text) <= 6
        if prev and acronym and not country_at(toks, i - 1, text):
            low_title.role_start = low_title.start = prev.start  # "MFA spokesperson"
        elif prev and prev.cap and lw in forms.SPOKES and ministry_of_prefix(toks, i, text):
            k, c = ministry_of_prefix(toks, i, text) or (i, None)  # "Ministry of X spokesperson"
            low_title.role_start = low_title.start = toks[k].start
            low_title.country = low_title.country or c
        elif prev and prev.cap and lw in _PREFIXED and prev.low in _PREFIX_NOUNS:
            k, c = forms.institution_prefix(toks, i, text)  # "Foreign Ministry spokesperson"
            low_title.role_start = low_title.start = toks[k].start
            low_title.country = low_title.country or c
        elif (
            prev
            and prev.cap
            and (prev.low in _LEAD_MODIFIERS or base(prev.text).lower() == "opposition")
            and not country_at(toks, i - 1, text)
        ):
            # "Opposition leader", "the Opposition's defence spokesman" (a party's own is
            # its ownership, no part of the title: "Labour's spokesperson")
            low_title.role_start = low_title.start = prev.start
        return make_mention(low_name[0], sent, low_title.start, low_title, text), low_name[1]
    return None
