"""Officials of an organisation of states the text itself names, listed or not: "the Secretary-General of
the X Ocean Commission, A,", "Director-General of the Y Group Secretariat", "Secretary-General of XYZA",
"XYZA Secretary-General A" (initials the text defines). The body is the affiliation; a state's own body
("of the Ministry of X", "of the National Security Council", "of the Xish Commission for Y") is none."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.mention_model import Mention
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.regions import WORLD_REGIONS
from briefings.extract.sentences import Doc

# an organisation's officer: its secretariat's head, a commissioner, a commander
_OFFICER = re.compile(
    r"(?:(?:deputy|assistant|vice)[- ])?(?:secretary[- ]general|director[- ]general|"
    r"executive (?:director|secretary)|chief executive|commissioner|commander|chair(?:man|woman|person)?|"
    r"president)",
    re.I,
)
# a chair or president heads the organisation's executive organ, not the organisation of states itself
# (whose chair is a member state's leader): "President of the X Commission", "Chair of the Y Bank"
_EXECUTIVE = frozenset({"Commission", "Secretariat", "Bank", "Agency"})
ORG_ENDS = frozenset(
    {"Group", "Commission", "Community", "Association", "Conference", "Council", "Organisation",
     "Organization", "Forum", "Secretariat", "Union", "Bank", "Alliance", "Initiative", "Dialogue",
     "Partnership", "League", "Cooperation", "Co-operation"}
)  # fmt: skip
_ORG_END_WORDS = tuple(f"{w} " for w in ORG_ENDS)
# words of a state's own body, or of a bilateral one whose officers are each state's
STATE_WORDS = frozenset(
    {"National", "Federal", "Central", "State", "Royal", "Presidential", "Provincial", "Municipal", "Joint",
     "Bilateral", "Bi-National", "Binational", "Ministry", "Department", "Government", "Party", "Parliament",
     "Friendship", "Working"}
)  # fmt: skip
# words that make a body one of several states: a region, "International", "Regional"
_SUPRA = frozenset(
    {"International", "Inter", "Intergovernmental", "Regional", "World", "Global", "Asian", "African",
     "European", "Arab", "Islamic", "Turkic", "Melanesian", "Polynesian", "Micronesian", "Nordic",
     "Baltic", "Andean", "Eurasian", "Ocean", "Sea", "Southeast", "Rim", "Mekong", "Latin", "Indo",
     "Sahel", "Amazon", "Danube", "Adriatic", "Arctic", "Oceanic"}
    | WORLD_REGIONS
)  # fmt: skip
# a prefix or region word that makes a state's adjective a region's: "Ibero-American", "Latin American"
_REGION_PREFIXES = frozenset({"Ibero", "Latin", "Pan", "Afro", "Euro", "Inter"})
_COOPERATION = frozenset({"Cooperation", "Co-operation"})
_SEVERAL = frozenset({"Trilateral", "Multilateral", "Quadrilateral"})  # a body of three or more states
_GEO_NOUNS = frozenset({"Ocean", "Sea", "Rim"})  # "Indian Ocean": a region, not the state's adjective
_SMALL = frozenset({"of", "for", "on", "and", "the", "in"})
# "of the Y Group Secretariat, A," / "of XYZA" ending a title; the title before a comma name
_OF_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|on|and|the|in))*)$"
)
_TITLE_BEFORE = re.compile(
    r"(?P<title>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w'’ -]{2,90}?)\s*,\s*$"
)
_ACRONYM = re.compile(r"[A-Z]{3,10}")
# a capitalised name (small words inside) right before a title
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w'’-]*){1,7})\s+$"
)


def _words(name: str) -> list[str]:
    """The words of a name, hyphenated ones split ("Inter-Parliamentary": "Inter", "Parliamentary")."""
    return [w for w in re.split(r"[\s-]+", name) if w]


def _fits(name: str, acr: str) -> bool:
    """The initials are the name's word initials or syllables in order, small words optional ("XY Community"
    as XYCOM)."""
    words = [w for w in _words(name) if w.lower() not in _SMALL or w[0].isupper()]

    def fit(i: int, k: int) -> bool:
        if k == len(acr):
            return all(w.lower() in _SMALL for w in words[i:])
        if i == len(words):
            return False
        w = words[i].upper()
        if w.lower() in _SMALL and fit(i + 1, k):
            return True
        n = 1
        while n <= len(w) and k + n <= len(acr) and w[:n] == acr[k : k + n]:
            if fit(i + 1, k + n):
                return True
            n += 1
        return False

    return fit(0, 0)


def _defined(text: str, acr: str) -> str | None:
    """The name the text defines initials as, bracketed after it ("the X Ocean Commission (XOC)")."""
    at = text.find(f"({acr})")
    if at < 0:
        return None
    run = re.search(
        r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|in)\s+)*){1,9})$", text[max(0, at - 160) : at]
    )
    if not run:
        return None
    words = run[1].split()
    for i in range(len(words)):  # the shortest tail whose initials fit: "Meeting of the X Group (XG)"
        name = " ".join(words[-1 - i :])
        if name[0].isupper() and _fits(name, acr):
            return name
    return None


def state_body(name: str) -> bool:
    """A state's own or a bilateral body: a state word, a country's name or adjective (not "Indian Ocean"),
    a city ("the Xcity Security Forum")."""
    words = _words(name)
    # "Italian-Latin American": a compound with a region word is a region, not the state it names
    regional = {
        p for t in name.split() if "-" in t and _REGION_PREFIXES & set(ps := t.split("-")) for p in ps
    }
    for i, w in enumerate(words):
        if w in STATE_WORDS and not (w == "Government" and i and words[i - 1] == "International"):
            return True  # (an "International Government Organisation" is one of several states)
        if w in regional or (i and words[i - 1] in _REGION_PREFIXES):
            continue
        if w[0].isupper() and country_of(w) and not (i + 1 < len(words) and words[i + 1] in _GEO_NOUNS):
            return True
    # "the Xcity Security Forum": a city opening the name
    return words[0] not in _SUPRA | ORG_ENDS and find_city(words[0]) is not None


def _org_named(name: str) -> bool:
    """The name is a body's: a body noun closes it ("X Group") or opens it ("Organization of X States")."""
    words = name.split()
    return words[-1] in ORG_ENDS or (
        len(words) > 2 and words[0] in ORG_ENDS and words[1] in ("of", "for", "on")
    )


# a body's seat written before its name ("the Xcity-based X Union")
_SEAT = r"[A-Z][\w.'’-]*-based\s+"
# ", secretary general of the Xcity-based X Secretariat": the apposition's body past its seat's word
_BASED_BODY = re.compile(
    r",\s+[a-z][\w -]{2,40}?\s+of\s+the\s+" + _SEAT + r"(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})"
)
_BASED = re.compile("^" + _SEAT + r"(?=[A-Z])")


def org_of_body(text: str, body: str) -> str | None:
    """The organisation of states a body named in a title is, in the form to report ("the X Group
    Secretariat": "X Group"; initials as written); None for a state's body or a plain noun."""
    body = _BASED.sub("", body.removeprefix("the ").strip())  # "the Xcity-based X Union": where it sits
    if body in ORGANISATIONS:
        return ORGANISATIONS[body]
    words = body.split()
    if len(words) > 2 and words[-1] == "Secretariat" and words[-2] in _COOPERATION:
        # "the Trilateral Cooperation Secretariat": a cooperation is no body; its secretariat is the one
        return body if words[0] in _SEVERAL or words[0] in _SUPRA else None
    if len(words) > 2 and words[-2:] == ["General", "Secretariat"]:
        # "the X General Secretariat": the secretariat is the body itself, not "X General"'s
        supra = _bracketed_after(text, body) or _SUPRA & set(_words(body))
        return body if supra and not state_body(body) else None
    if len(words) > 1 and words[-1] == "Secretariat":
        body, words = " ".join(words[:-1]), words[:-1]  # the organisation's secretariat
        if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and country_of(words[0]) is None:
            return _acronym_org(text, words[0], secretariat=True)
    if len(words) == 1:
        if _ACRONYM.fullmatch(body):
            return _acronym_org(text, body)
        return body if _group_of_states(text, body) else None
    if not _org_named(body) or state_body(body):
        return None
    acr = _bracketed_after(text, body)
    if not (acr or any(w in _SUPRA for w in _words(body))):
        return None
    if acr and not _fits(body, acr):
        return acr  # a syllable acronym the body is known by
    return body


def _bracketed_after(text: str, name: str) -> str | None:
    """The initials bracketed right after the name somewhere in the text."""
    m = re.search(re.escape(name) + r"\s*\(([A-Z]{2,9})\)", text)
    return m[1] if m else None


def _acronym_org(text: str, acr: str, secretariat: bool = False) -> str | None:
    """Initials of an organisation of states: defined as one by the text, or running a secretariat."""
    if acr in ORGANISATIONS:
        return ORGANISATIONS[acr]
    name = _defined(text, acr)
    if name is None:
        # "XYZ Secretary General A" where the text names "the XYZ Summit" or "XYZ member states"
        return acr if secretariat or _group_of_states(text, acr) else None
    name = " ".join(w for w in name.split() if w != "The")
    if state_body(name) or not _org_named(name):
        return None
    return acr


def _group_of_states(text: str, word: str) -> bool:
    """A one-word body the text names as a group of states ("the X Heads of Government Meeting", "X member
    states", "the X summit")."""
    if country_of(word) or not word.isalpha():
        return False
    return any(
        f"{word} {w}" in text for w in ("Heads of", "member states", "Member States", "Summit", "summit")
    ) or any(f"{w} of the {word}" in text for w in ("member states", "member countries"))


def _officer(title: str, org_body: str) -> bool:
    """The title is an organisation's officer (a chair only of its executive organ)."""
    if not _OFFICER.fullmatch(title):
        return False
    chair = "chair" in title.lower() or "president" in title.lower()
    return not chair or org_body.split()[-1] in _EXECUTIVE


def org_body_officials(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """An officer of an organisation the text names ("Director-General of the X Group Secretariat", "the
    Secretary General of the Y Commission, A,", "XYCOM Secretary-General A") belongs to it."""
    text = doc.text
    for ms in per_sentence:
        for m in ms:
            if m.country:
                continue
            if m.role:
                _titled(text, m)
                continue
            if "," not in text[max(0, m.span_start - 3) : m.span_start]:
                continue  # only "..., A," an apposition after a comma
            lo = max(m.sentence.start, m.span_start - 140)
            # every match holds "of" (the search is costly, the literal test cheap)
            has_of = text.find("of", lo, m.span_start) >= 0
            head = _TITLE_BEFORE.search(text, lo, m.span_start) if has_of else None
            if not head:
                continue
            words = head["title"].split()
            title = next(
                (" ".join(words[i:]) for i in range(len(words)) if _OFFICER.fullmatch(" ".join(words[i:]))),
                "",
            )
            org = org_of_body(text, head["body"]) if title else None
            if org and _officer(title, head["body"]):
                m.role, m.country = title, org
                if m.written == "?":
                    m.written = text[m.start : m.end]


_INITIALS_END = re.compile(r"\s*\([A-Z]{2,10}\)$")  # "... of the X Secretariat (XS)"


def _titled(text: str, m: Mention) -> None:
    """A mention whose title names the organisation after it ("of the X Group") or by initials before it."""
    role = m.role or ""
    # "... of the X Secretariat (XS)": the body's initials after its name (the title keeps the body's name)
    initials = _INITIALS_END.search(role) if role.endswith(")") else None
    if initials:
        role = role[: initials.start()]
    of = _OF_BODY.search(role) if " of " in role else None
    # "A, secretary general of the Xcity-based X Secretariat,": the apposition's body past its seat's word
    based = None if of else _BASED_BODY.match(text, m.end, m.sentence.end)
    of = of or based
    if of:
        title = role if based else role[: of.start()]
        org = org_of_body(text, of["body"])
        if org and _officer(title, of["body"]):
            m.country = org  # the body is the affiliation, no part of the role
            m.role = m.role if initials or based else title
        return
    before = text[max(0, m.span_start - 10) : m.span_start].split()
    if before and _ACRONYM.fullmatch(before[-1]) and _OFFICER.fullmatch(role):
        org = _acronym_org(text, before[-1])
        if org and "chair" not in role.lower():  # "XYZA Chair": the member state chairing it
            m.country = org
    elif text.endswith(_ORG_END_WORDS, max(0, m.span_start - 16), m.span_start) and _OFFICER.fullmatch(role):
        # "the International X Organization Secretary-General A": the body's full name before its office
        m.country = _body_before(text, m.span_start, role) or m.country


def _body_before(text: str, at: int, role: str) -> str | None:
    """The organisation of states whose name (its shortest tail that is one) ends right before `at`."""
    run = _NAME_BEFORE.search(text, max(0, at - 100), at)
    words = run[1].split() if run else []
    for i in range(len(words) - 2, -1, -1):
        body = " ".join(words[i:])
        if not body[0].isupper():
            continue
        org = org_of_body(text, body)
        if org:
            return org if _officer(role, body) else None
    return None
