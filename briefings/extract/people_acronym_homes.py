"""A person's country from a body the text defines by its initials: a title naming it ("XCCI president",
"Research Fellow at XIIA") or the initials just before the name ("XSF President A"), where the text spells
the body out with its state or city ("the Xish Chamber of Commerce (XCCI)", "the Xcity Security Forum
(XSF)") or says where it is based ("the Xcity-based X Institute (XI)")."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import find_city
from briefings.extract.org_acronyms import opening_org, spelled_out
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.people import People
from briefings.extract.people_affiliation import CAPS as _CAPS
from briefings.extract.people_affiliation import city_alone, named_home, place_state, state_of
from briefings.extract.sentences import Doc


def _one_state(name: str, home: str) -> bool:
    """No other state is named in the body's name ("the Xish Army Training Unit Yland": whose is unsaid)."""
    words = name.split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return all(c in (None, home) for c in map(state_of, words)) or any(state_of(p) == home for p in pairs)


_INITIALS = re.compile(r"[A-Z]{3,7}")


def acronym_homes(doc: Doc, people: People) -> None:
    """A title naming a body by initials the text spells out with a country word ("XCCI president" beside
    "the Xish Chamber of Commerce and Industry (XCCI)", "Research Fellow at XIIA" beside "the Xland
    Institute of International Affairs"): the person is of that country."""
    text = doc.text
    for rec in people.recs:
        if rec.country or not rec.role:
            continue
        # "XSF President A": the initials just before the name, which the role leaves out
        words = [*rec.role.split(), *(_word_before(text, m.span_start) for m in rec.mentions)]
        for word in words:
            acr = word.removesuffix("'s").removesuffix("’s")
            if not _INITIALS.fullmatch(acr) or acr in ORGANISATIONS:
                continue
            # "Head of EUMX" beside "the EU Mission in Xland (EUMX)": the EU's body, not Xland's
            rec.country = opening_org(text, acr) or _acronym_home(text, acr)
            if rec.country:
                break


def _word_before(text: str, at: int) -> str:
    """The word before a mention's title ("XSF" in "said XSF President A")."""
    before = text[max(0, at - 9) : at].split()
    return before[-1] if before and not text[at - 1 : at].strip() else ""


def _acronym_home(text: str, acr: str) -> str | None:
    """The state the name the text spells initials out as holds, else where the text says it is based."""
    name = spelled_out(text, acr)
    home = named_home(name, text) if name else None
    if home and name and _one_state(name, home):
        return home
    # initials that are no word initials ("the Xcity International Security Forum (XSEC)"): only a city
    # opening the name, which the text also names alone, tells where the body is
    name = None if name else _bracketed(text, acr)
    first = name.split()[0] if name else ""
    city = find_city(first) if first and city_alone(first, name or "", text) else None
    if city:
        return city.country
    return _based_definition(text, acr) if "-based" in text else None


def _bracketed(text: str, acr: str) -> str | None:
    """The capitalised name the text writes right before the bracketed initials, whatever letters these take
    ("the Xcity International Security Forum (XSEC)")."""
    at = text.find(f"({acr})")
    run = _NAME_RUN.search(text, max(0, at - 120), at) if at > 0 else None
    return run[0].strip().removeprefix("The ") if run else None


# "the X Institute (XI), the Xcity-based think tank": the place an apposition after the initials gives
_BASED_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?P<place>(?:{_CAPS}\s+)?{_CAPS})-based\b")
# "the Xcity-based X Institute (XI)": the place before the name the initials close
_BASED_NAME = re.compile(rf"(?P<place>(?:{_CAPS}\s+)?{_CAPS})-based\s+(?:the\s+)?$")
_NAME_RUN = re.compile(rf"(?:{_CAPS}\s+(?:(?:of|for|on|and|the|in)\s+)*)*{_CAPS}\s*$")


def _based_definition(text: str, acr: str) -> str | None:
    """The state of the place the text says a body's defined initials are based in ("the Xcity-based X
    Institute (XI)", "the X Institute (XI), the Xcity-based think tank")."""
    at = text.find(f"({acr})")
    if at < 0:
        return None
    after = _BASED_AFTER.match(text, at + len(acr) + 2)
    if after:
        return place_state(after["place"])
    head = text.rfind("-based", max(0, at - 160), at)
    if head < 0:
        return None
    run = _NAME_RUN.match(text, head + 7, at)  # the body's capitalised name between "-based" and "(XI)"
    if not run or run.end() != at:
        return None
    before = _BASED_NAME.search(text, max(0, head - 40), head + 7)
    return place_state(before["place"]) if before else None
