"""Mentions a lower-case title leads: "the commander of X Command, Adm. Jane Doe", "MFA spokesperson A"."""

from __future__ import annotations

import re

from briefings.extract import forms
from briefings.extract.mention_field_posts import field_then_workplace
from briefings.extract.mention_model import Mention, make_mention
from briefings.extract.mention_tokens import body_or_region
from briefings.extract.people_after_title import comma_name, subject_then_name
from briefings.extract.people_bare import place_or_body
from briefings.extract.people_names import scan_name
from briefings.extract.people_workplaces import workplace_then_name
from briefings.extract.role_affairs import field_to_comma
from briefings.extract.role_appos import apposition
from briefings.extract.role_experts import described_expert, expert_post
from briefings.extract.role_reporters import ministry_of_prefix
from briefings.extract.role_scan import scan_title
from briefings.extract.roles import _words
from briefings.extract.sentences import Sentence
from briefings.extract.token_countries import country_at
from briefings.extract.tokens import Tok, base

# "Foreign Ministry spokesperson", "Defence Force chief", "Foreign Ministry secretary-general" (and after
# "Ministry of X": "Ministry of Defence secretary-general")
_PREFIXED = forms.SPOKES | {"chief", "secretary-general", "director-general"}
# "Defence Force chief", "Government spokesperson": the body named before the lower-case title
_PREFIX_NOUNS = forms.INSTITUTION_NOUNS | _words("force forces army navy staff command council government")
# capitalised words that open a lower-case title: "Opposition leader", a party's "Greens foreign policy
# spokesperson", a field's "Security analyst"
_LEAD_MODIFIERS = _words(
    "opposition foreign defence defense deputy vice acting former security presidential external home "
    "finance politburo presidium international political regional maritime military economic strategic "
    "greens green labor labour liberal conservative democratic republican socialist press exercise pacific "
    "asian african european arctic atlantic shadow"
)


_PLACE_PREPS = frozenset({"in", "for", "of"})
# sentence-opening words that name no body before a title ("Meanwhile spokesperson A said")
_NOT_BODIES = _words(
    "the a an meanwhile however also then now separately earlier later but and this its yesterday today "
    "tomorrow tonight monday tuesday wednesday thursday friday saturday sunday"
)
_FOR = re.compile(r"\bfor\b")  # a title naming its field ("special envoy for ...")


def region_tail_end(toks: list[Tok], k: int) -> int:
    """After a lower-case title, the comma closing "in/for the Region (ABC)," when bracketed initials or a
    rank ("Vice-Admiral") mark the command's holder after it, else k."""
    n = len(toks)
    j = k + 1 + (k + 1 < n and toks[k + 1].low == "the")
    caps = j
    while j < n and j < caps + 5 and toks[j].text[0].isalpha():
        if not toks[j].cap and not (toks[j].low == "of" and j > caps and j + 1 < n and toks[j + 1].cap):
            break  # "the Gulf of X": a joining "of" inside the region's name
        j += 1
    if j == caps or j + 1 >= n:
        return k
    initials = j + 3 < n and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper()
    j += 3 if initials else 0
    if toks[j].text != "," or j + 1 >= n:
        return k
    return j if initials or forms.rank_word(toks[j + 1].low) else k


# title words that are also verbs: after "to" or a modal they are its infinitive
_VERB_TITLES = frozenset({"chair", "head", "captain", "marshal", "lead"})
# "to" then a capitalised head title inside a lower-case title: the office passing to someone titled
_TO_TITLE = re.compile(
    r"\sto\s+(?:the\s+)?(?:President|Prime\s+Minister|Minister|Chancellor|King|Queen|Premier)\b"
)
_INFINITIVE_BEFORE = _words("to will would shall should may might must can could")


def low_title_mention(toks: list[Tok], i: int, text: str, sent: Sentence) -> tuple[Mention, int] | None:
    """The mention a lower-case title at token i leads, with the token index after its name."""
    n = len(toks)
    lw = toks[i].low
    if lw in _VERB_TITLES and i and toks[i - 1].low in _INFINITIVE_BEFORE:
        return None  # "premier to chair A", "A will lead the delegation ... with B": a verb, no title
    state_word: Tok | None = None  # a state's word inside a region's command ("of Xish forces"), cut out
    low_title = scan_title(toks, i, text, ci=True)
    if low_title and _TO_TITLE.search(text, toks[i].start, low_title.role_end):
        return None  # "hand over the chair to President A": the chair passes to a titled person, no title
    low_name = scan_name(toks, low_title.next_index, True) if low_title else None
    if low_name and len(low_name[0]) == 1 and body_or_region(low_name[0][0], toks, low_name[1]):
        low_name = None  # "an officer to Xland's Information Fusion Centre": no name
    nk = low_title.next_index if low_title else n
    if low_title and low_name is None and nk + 1 < n and (at := field_then_workplace(toks, nk)) is not None:
        low_title.role_end, nk = toks[at - 1].end, at  # "lecturer in X studies at Y University, A": the field
    if low_title and low_name is None and nk + 1 < n:
        # "the commander of X Command, Adm. Jane Doe, ..."
        low_name = comma_name(toks, nk, text, sent.end)
        if low_name is None and forms.lower_body_end(toks, nk) > nk:
            nk = forms.lower_body_end(toks, nk)  # "the head of the employers' union, Jane Doe"
            low_name = comma_name(toks, nk, text, sent.end)
        elif (
            low_name is None
            and _FOR.search(text, low_title.role_start, toks[nk].end)
            and (end := field_to_comma(toks, nk + (toks[nk].low == "for")))
        ):
            # "the X's special envoy for the Y-Z dialogue, Jane Doe": the field runs to its noun and the comma
            low_name = comma_name(toks, end, text, sent.end)
            if low_name:
                low_title.role_end, nk = toks[end - 1].end, end
        elif low_name is None and (field := subject_then_name(toks, nk)) is not None:
            # "senior lecturer in Pacific studies Dr Jane Doe said": the field is part of the title
            low_title.role_end, low_name = field
            nk = next(j for j in range(nk, n) if toks[j].start >= field[0]) - 1
        elif low_name is None and toks[nk].low in _PLACE_PREPS:
            # "the commander of Xish forces in the Y Sea (ABC), Rear-Admiral Jane Doe": the region the
            # command covers, then its initials or the holder's rank
            end = region_tail_end(toks, nk)
            low_name = comma_name(toks, end, text, sent.end) if end > nk else None
            if low_name:
                last = end - 4 if toks[end - 1].text == ")" else end - 1
                state = _state_inside(toks, i, nk, text)
                if state and not low_title.country:
                    low_title.country, state_word = state
                low_title.role_end, nk = toks[last].end, end
        elif low_name is None and toks[nk].low in ("from", "at", "with"):
            # "a lecturer from X University, Jane Doe, said": the workplace, then the name
            at = nk + 1
            nk = forms.past_workplace(toks, at)
            low_name = comma_name(toks, nk, text, sent.end)
            if low_name is None and nk > at and nk + 2 < n and toks[nk].low == "in" and toks[nk + 1].cap:
                # "lecturer at Universitas X in Ycity, Jane Doe, said": the workplace's city before the comma
                town = nk + 2
                if town + 1 < n and toks[town].cap and toks[town + 1].text == ",":
                    town += 1  # a city of two words
                low_name = comma_name(toks, town, text, sent.end)
                nk = town if low_name else nk
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
        elif prev and prev.cap and lw in _PREFIXED and ministry_of_prefix(toks, i, text):
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
        elif prev and lw in _PREFIXED and _named_body(toks, i - 1, text):
            low_title.role_start = low_title.start = prev.start  # "Xcorp chief executive A": the body's name
        made = make_mention(low_name[0], sent, low_title.start, low_title, text)
        if state_word is not None and made.role:
            made.role = made.role.replace(f" {state_word.text} ", " ", 1)
        if described_expert(made.role):  # "Security analyst A, a senior fellow at X,": the post wins
            appos = apposition(toks, low_name[1], text)
            if appos and expert_post(made.role, appos, text):
                made.role = text[appos.role_start : appos.role_end]
                return made, appos.next_index
        return made, low_name[1]
    return None


def _named_body(toks: list[Tok], k: int, text: str) -> bool:
    """Token k is one capitalised word naming a body before its officer's lower-case title ("Xcorp chief
    executive A", "the Xwehr spokesperson, Colonel A"): no state, no adverb."""
    t = toks[k]
    if not (t.cap and t.text.isalpha() and t.text[1:].islower()):
        return False
    if t.low in _NOT_BODIES or t.low[-2:] == "ly":  # "Finally spokesperson A said": an adverb, no body
        return False
    if k and ((toks[k - 1].cap and toks[k - 1].low != "the") or toks[k - 1].low == "of"):
        return False  # "Xtown Chamber of Commerce chief executive A": a longer body's last word
    return not country_at(toks, k, text)


def _state_inside(toks: list[Tok], i: int, k: int, text: str) -> tuple[str, Tok] | None:
    """A state's one-word adjective or name inside a lower-case title run ("commander of Xish forces")."""
    for j in range(i + 1, k):
        hit = country_at(toks, j, text) if toks[j].cap else None
        if hit and hit[1] == j + 1:
            return hit[0], toks[j]
    return None
