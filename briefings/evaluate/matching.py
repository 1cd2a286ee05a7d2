"""Normalisation and matching rules of the scorer (documented in tests/corpus/README.md)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pycountry

from briefings.evaluate.gold import GoldPerson
from briefings.extract.gazetteer import find_city
from briefings.models import Person

_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "hon", "honourable",
    "honorable", "rt", "right", "he", "h.e", "his", "her", "excellency", "the", "lord", "lady",
    "gen", "general", "adm", "admiral", "lt", "lieutenant", "col", "colonel", "maj", "major",
    "capt", "captain", "cmdr", "commander", "brig", "brigadier", "air", "chief", "marshal", "vice",
    "rear", "sgt", "ambassador", "amb", "senator", "shri", "smt", "sri", "dato", "datuk", "datin",
    "seri", "tun", "navy", "army",
}  # fmt: skip
# Two-word honorifics whose first word is also a common surname ("Tan"): dropped only as a pair.
_HONORIFIC_PAIRS = {("tan", "sri"), ("puan", "sri")}
_POSTNOMINALS = {"mp", "mep", "mla", "obe", "mbe", "cbe", "kbe", "kc", "qc"}
# Letters NFKD does not decompose.
_TRANSLIT = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i"})
_DEMONYMS = {
    "american", "us", "u.s", "usa", "uk", "british", "japanese", "korean", "south korean", "rok",
    "australian", "new zealand", "indian", "filipino", "philippine", "french", "german", "italian",
    "canadian", "chinese", "singaporean", "indonesian", "vietnamese", "thai", "malaysian", "nato",
    "eu", "european", "european union", "asean", "g7", "quad", "dutch", "spanish", "polish",
}  # fmt: skip


def fold(text: str) -> str:
    """Casefold, strip diacritics, unify apostrophes, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("‘", "'").replace("`", "'")
    return " ".join(plain.casefold().split())


def _words(text: str) -> list[str]:
    """Folded words with punctuation other than inner dots/apostrophes removed."""
    cleaned = re.sub(r"[^\w.' ]+", " ", fold(text).replace("-", " "))
    return [w.strip(".'") for w in cleaned.split() if w.strip(".'")]


def name_key(name: str) -> tuple[str, ...]:
    """A name reduced for comparison: folded, honorifics and ranks and lone initials dropped."""
    words = _words(name)
    while len(words) > 1:
        if words[0] in _HONORIFICS:
            words = words[1:]
        elif tuple(words[:2]) in _HONORIFIC_PAIRS and len(words) > 2:
            words = words[2:]
        elif words[-1] in _POSTNOMINALS:
            words = words[:-1]
        else:
            break
    core = [w for w in words if len(w.replace(".", "")) > 1]
    return tuple(core or words)


def same_name(a: str, b: str) -> bool:
    """True when two names are the same person's full name (any order: family-name-first allowed)."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and (ka == kb or ka == tuple(reversed(kb)))


@cache
def _country_words() -> tuple[str, ...]:
    """Folded country names (pycountry common and official names) plus demonyms and abbreviations."""
    names = set(_DEMONYMS)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(" ".join(_words(value)))
    names.update({"south korea", "korea", "republic of korea", "united states of america"})
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _inner_country() -> re.Pattern[str]:
    """A country word inside a role: "of (the) <country>" before "for"/"to"/"and" ("High Representative of
    the EU for …"), or "the <country word>" or "of <country>" opening a body's name ("Commander of the Xish
    Defence Force", "Commander of U.S. Indo-Pacific Command")."""
    from briefings.extract.demonyms import DEMONYMS  # the adjectives ("Ethiopian"), a table of facts

    words = "|".join(re.escape(w) for w in _country_words())
    forms = {" ".join(_words(a)) for a in DEMONYMS} | set(_country_words())
    adjectives = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(
        rf" of (?:the )?(?:{words})(?= (?:for|to|and) )|(?<=\bthe )(?:{adjectives}) (?=\w)"
        # "Commander of U.S. Indo-Pacific Command": the state's name opening the body's own name
        rf"|(?<= of )(?:{words}) (?=\w)"
    )


def role_key(role: str | None) -> str:
    """A role reduced for comparison: no leading "the", no country words leading, trailing or inside."""
    if not role:
        return ""
    text = " ".join(_words(role)).replace("defence", "defense")
    text = re.sub(r"'s\b", "", text)
    changed = True
    while changed:
        changed = False
        if text.startswith("the "):
            text, changed = text[4:], True
        for word in _country_words():
            if text.startswith(word + " "):
                text, changed = text[len(word) + 1 :], True
            for tail in (" of ", " for ", " in "):
                for end in (tail + word, tail + "the " + word):
                    if text.endswith(end):
                        text, changed = text[: -len(end)], True
    return _inner_country().sub("", text).strip()


# "senior fellow at the X Institute", "researcher with the Y Centre", "director-general of the Z Institute":
# the place of work after a title. Labellers differ on whether it is part of the role, so a role with such
# a tail also matches the same role without it.
_AFFILIATION = re.compile(
    r"\s+(?:at|with)\s+.+$|\s+of\s+the\s+(?:\S+\s+)*?(?:institute|university|studies|centre|center|"
    r"foundation|academy|group|think tank)\b.*$"
)


# The body or town a title belongs to, written before it ("MND spokesperson", "UN Secretary-General", "the
# State Department's senior official", "Vilnius Mayor") or after it ("Secretary General of the Pacific
# Islands Forum", "spokesperson for the ministry", "Mayor of Vilnius"). Labellers differ on keeping it; the
# body is the person's affiliation, scored apart, so a role matches the same role without it. Only these
# forms count: "Foreign Minister" against "Minister" stays a miss.
_BODY = (
    r"(?:Forum|Authority|Government|Union|Organi[sz]ation|Council|Commission|Secretariat|Alliance|Republic|"
    r"Agency|States|Nations)"
)
_LEADING_BODY = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*['’]s\s+"
    r"|(?:[A-Z]{2,6}|U\.S\.|White House|Pentagon|Ministry|Department)\s+"
    # "foreign ministry spokesperson", "Chinese Defence Ministry spokesman": a ministry in two words or fewer
    r"|(?:[A-Za-z]+\s+){0,2}?(?i:ministry)\s+)"
)
_TRAILING_BODY = re.compile(
    rf"\s+(?:(?:for|of|at) the (?:ministry|department)|of the (?:[A-Z][\w'’-]*\s+|of\s+)*{_BODY}|"
    # "spokesperson for the Philippine Department of National Defense", "of the Ministry of Foreign Affairs"
    r"(?:for|of|at|in) the (?:[A-Z][\w'’-]*\s+)*(?:Ministry|Department)(?:\s+(?:of|and|the|[A-Z][\w'’-]*))*)$"
)


def _without_body(role: str) -> str:
    """A role without the body or town it belongs to, when written in one of the forms above."""
    role = _TRAILING_BODY.sub("", _LEADING_BODY.sub("", role.strip()))
    head, _, rest = role.partition(" ")
    if rest and head[:1].isupper() and find_city(head) is not None:
        role = rest  # "Vilnius Mayor"
    town = re.search(r"\s+of\s+([A-Z][\w'’-]+)$", role)
    if town and find_city(town.group(1)) is not None:
        role = role[: town.start()]  # "Mayor of Vilnius"
    return role


# "Department of Foreign Affairs Undersecretary for X", "Ministry of External Affairs spokesperson": a
# ministry or department named in full before the title (as "spokesperson of the Ministry of X" after it)
_NAMED_BODY_FIRST = re.compile(r"^(?:the\s+)?(?:Ministry|Department)\s+of\s+")
_BODY_NAME_WORD = re.compile(r"[A-Z][\w'’&-]*|and|of|for|the|&")


def _named_body_first(role: str, other: str) -> bool:
    """role opens with a ministry or department named in full, and what follows it is the other role."""
    m = _NAMED_BODY_FIRST.match(role)
    if m is None:
        return False
    words = role[m.end() :].split()
    target = role_key(_without_body(other))
    for n in range(1, len(words)):
        if not _BODY_NAME_WORD.fullmatch(words[n - 1]):
            return False
        if role_key(" ".join(words[n:])) in (target, role_key(other)):
            return True
    return False


def same_role(gold: str | None, got: str | None) -> bool:
    """True when two roles match: equal keys, or equal once a place-of-work tail or the body the title
    belongs to is dropped from either."""
    a, b = role_key(gold), role_key(got)
    if a == b or _AFFILIATION.sub("", a) == _AFFILIATION.sub("", b):
        return True
    if not (gold and got):
        return False
    if role_key(_without_body(gold)) == role_key(_without_body(got)):
        return True
    return _named_body_first(gold, got) or _named_body_first(got, gold)


# Short names pycountry's lookup does not know (it holds "Türkiye", "Russian Federation", ...).
_COUNTRY_ALIASES = {
    "turkey": "TUR",
    "russia": "RUS",
    "brunei": "BRN",
    "vatican city": "VAT",
    "micronesia": "FSM",
    "palestine": "PSE",
    "the netherlands": "NLD",
    "democratic republic of the congo": "COD",
}


@cache
def country_key(country: str | None) -> str:
    """A country reduced for comparison: its ISO code when it names a country under any of its names
    ("Türkiye" = "Turkey", "Viet Nam" = "Vietnam", "Czechia" = "Czech Republic"), else folded text."""
    if not country:
        return ""
    folded = fold(country)
    return _country_codes().get(folded, folded)


def same_country(gold: str | None, got: str | None) -> bool:
    """True when two affiliations match: the same country under any name, or an organisation and its
    initials ("GCC" = "Gulf Cooperation Council"; labellers write either)."""
    a, b = country_key(gold), country_key(got)
    if a == b:
        return True
    if not (gold and got):
        return False
    return _initials(gold) == fold(got) or _initials(got) == fold(gold)


def _initials(name: str) -> str:
    """The folded initials of a name's capitalised words ("Gulf Cooperation Council" -> "gcc")."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return fold("".join(w[0] for w in words)) if len(words) >= 2 else ""


@cache
def _country_codes() -> dict[str, str]:
    """Folded country names (short, common, official; not the codes themselves) -> ISO alpha-3."""
    codes = dict(_COUNTRY_ALIASES)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                codes.setdefault(fold(value), c.alpha_3)
    return codes


def person_matches(gold: GoldPerson, got: Person) -> bool:
    """True when an extracted person is the gold person: full names match, or one is the other's alias."""
    if same_name(gold.name, got.name):
        return True
    return any(same_name(gold.name, a) for a in got.aliases) or any(
        same_name(a, got.name) for a in gold.aliases
    )


def name_refers_to(gold: GoldPerson, name: str | None, people: list[Person]) -> bool:
    """True when an extracted speaker/participant name denotes the gold person.

    The name is resolved through the extracted people (their names and aliases): it refers to the
    gold person when it is the gold person's full name, or names an extracted person who matches.
    """
    if not name:
        return False
    if any(same_name(g, name) for g in [gold.name, *gold.aliases]):
        return True
    return any(
        person_matches(gold, p) for p in people if any(same_name(name, n) for n in [p.name, *p.aliases])
    )


def _phrase_words(text: str) -> str:
    """A phrase for containment tests: folded words joined by single spaces, padded."""
    return " " + " ".join(re.sub(r"[^\w' ]+", " ", fold(text)).split()) + " "


def quote_contains(text: str, opening: str) -> bool:
    """True when an extracted quote's text contains the gold opening words."""
    return _phrase_words(opening) in _phrase_words(text)


def quote_opens_with(text: str, opening: str) -> bool:
    """True when an extracted quote's text begins with the gold opening words."""
    return _phrase_words(text).startswith(_phrase_words(opening))


def _topic_words(text: str) -> str:
    """A topic for containment tests: as `_phrase_words`, without possessive "'s" or a leading "the"."""
    words = _phrase_words(text).replace("'s ", " ")
    return words[4:] if words.startswith(" the ") else words


def topic_matches(gold: str, got: str) -> bool:
    """True when topic names are equal or one holds the other as whole words ("North Korea" in "North
    Korea's missile tests"; "the Pacific" = "Pacific")."""
    g, x = _topic_words(gold), _topic_words(got)
    return g in x or (len(x.split()) >= 2 and x in g)
