"""A person's name in tokens: honorifics and ranks skipped, initials, particles and honours."""

from __future__ import annotations

import re

from briefings.extract import forms
from briefings.extract.gazetteer import country_of
from briefings.extract.people_styles import MALAY_OPENERS, malay_style_end, sheikh_in_name
from briefings.extract.roles import HEADS, MODIFIERS
from briefings.extract.tokens import (
    HONORIFICS,
    HONOURS,
    POSTNOMINALS,
    RANKS,
    STYLES,
    SUFFIXES,
    Tok,
    base,
    is_initial,
    is_name_text,
)

_POSSESSIVE = ("'s", "’s", "s'", "s’")  # the endings base() strips
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# small words that are also family names (Vietnamese "To", Chinese "He", Korean "An"): a name only right
# after a title and before two more name words
_NAME_FUNCTION_WORDS = frozenset({"to", "he", "an", "do", "so", "no"})


# the service an Indonesian rank names after itself ("Laksamana TNI", "Brigadier General TNI", "Irjen Polri")
RANK_SERVICES = _RANK_SERVICES = frozenset({"TNI", "Polri", "POLRI"})
_MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})
# "al-Sisi", "el-Baz": an Arabic family name written with its article in lower case
_ARTICLE_SURNAME = re.compile(r"(?:al|el)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s)?")
# title words that are common family names: one closes a name a title opens when no name word follows it
_SURNAME_HEADS = frozenset({"king", "prince"})
_GRADED_RANK = re.compile(r"[A-Z]{2,4}[1-9]")
_UNDOTTED_RANKS = frozenset({"Gen", "Adm", "Lt", "Maj", "Brig", "Col"})


def _demonym_plural(toks: list[Tok], j: int) -> bool:
    """ "Sri Lankans": a word spelt like an honorific opening a people's plural name, no person."""
    w = toks[j + 1].text if j + 1 < len(toks) else ""
    return w.endswith("s") and country_of(f"{toks[j].text} {w[:-1]}") is not None


def _article_surname(w: str) -> bool:
    """ "al-Sisi": an Arabic family name with its article in lower case."""
    return _ARTICLE_SURNAME.fullmatch(w) is not None


def undotted_rank_short(tokens: list[str]) -> bool:
    """A rank written without its period before one name word ("Gen A"): a known person's name word."""
    return len(tokens) == 2 and tokens[0] in _UNDOTTED_RANKS


def _undotted_rank(toks: list[Tok], j: int, j0: int) -> bool:
    """A rank written without its period ("Gen A B C", "Lt Gen A B"): after another rank, or before a name
    of two more words ("Gen Arun Mehta"; "Gen Tanaka" may be a given name)."""
    if j > j0:
        return True  # "Lt Gen": a rank after a rank
    n = len(toks)
    if j + 2 < n and toks[j + 1].cap and _styled_next(toks, j + 1):
        return True  # "Gen Tan Sri A B": a style of honour between the rank and the name
    return j + 2 < n and is_name_text(toks[j + 1].text, True) and is_name_text(toks[j + 2].text, False)


def _styled_next(toks: list[Tok], j: int) -> bool:
    """ "Tan Sri" opens at j, a capitalised word after it (a style of honour; "Tan" alone is a name)."""
    return j + 2 < len(toks) and toks[j].low == "tan" and toks[j + 1].low == "sri" and toks[j + 2].cap


def scan_name(toks: list[Tok], j: int, titled: bool = False) -> tuple[list[Tok], int] | None:
    """A person's name starting at token j (honorifics and ranks skipped): (name tokens, index after).
    After a title or honorific (titled) a country name may be a given name ("Minister Jordan Ellis")."""
    n = len(toks)
    if j + 2 < n and _GRADED_RANK.fullmatch(toks[j].text) and is_name_text(toks[j + 1].text, True):
        j += 1  # "WO1 A B", "CPO2 A B": a rank's initials and grade (a name word holds no figure)
    j0 = j
    # _LEAD_WORDS (or a hyphen) holds every word a test below accepts: a plain name word costs one lookup
    while (
        j < n
        and (toks[j].low in _LEAD_WORDS or "-" in toks[j].low)
        and (
            (
                toks[j].low in HONORIFICS
                and (toks[j].low not in ("his", "her") or _styled_pronoun(toks, j))
                and not _demonym_plural(toks, j)
            )
            or (
                toks[j].cap
                and (toks[j].low in RANKS or ("-" in toks[j].low and forms.rank_word(toks[j].low)))
            )
            or (toks[j].low in forms.LEADING_TITLES and forms.leading_title(toks, j))
            or (toks[j].low == "field" and j + 1 < n and toks[j + 1].low == "marshal")
            # "Senior Colonel", "Senior Captain", "Sr. Lt. Gen.": a rank's grade word
            or (
                toks[j].text in ("Senior", "Sr.")
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j + 1].low in RANKS
            )
            or (toks[j].text in _ORDINAL_GRADES and j + 1 < n and toks[j + 1].text in _ORDINAL_RANKS)
            or (toks[j].low == "tan" and j + 1 < n and toks[j + 1].low == "sri")
            # "the Most Hon. A", "the Right Honourable A": a grade word of a parliamentary style
            or (toks[j].low in _STYLE_GRADES and j + 1 < n and toks[j + 1].low.rstrip(".") in _STYLED)
            or (toks[j].text == "(" and forms.retired_mark(toks, j) > j)
            or (toks[j].text in _UNDOTTED_RANKS and _undotted_rank(toks, j, j0))
            or style_end(toks, j) > j
            or malay_style_end(toks, j, j0) > j
        )
    ):
        j = forms.retired_mark(toks, j) if toks[j].text == "(" else max(j + 1, malay_style_end(toks, j, j0))
        if forms.rank_abbrev(toks, j):
            j += 3  # "Rear-Admiral (RADM) Jane Doe"
        if titled and j < n and toks[j].low == "ambassador" and toks[j].cap and toks[j - 1].low in HONORIFICS:
            j += 1  # "<Title>, H.E. Ambassador Jane Doe": a courtesy title after the office
    if j > 0 and j + 2 < n and toks[j].text in _RANK_SERVICES and toks[j - 1].low in RANKS:
        j += 1  # "Brigadier General TNI A B": the armed service written after an Indonesian rank
    k = j
    while j > j0 and k + 1 < n and toks[k].cap and toks[k].low in MODIFIERS and toks[k].low not in HEADS:
        k += 1  # "Rt. Hon. Deputy Prime Minister A": the style goes before a title, no name
    if k > j and toks[k].low in HEADS:
        return None
    titled = titled or j > j0
    if j + 1 < n and toks[j].low == "yang" and toks[j + 1].low.startswith("di-"):
        return None  # "Yang di-Pertuan Agong": a Malay ruler's office, no name
    out: list[Tok] = []
    start = j
    links = 0  # particles ("de la") do not count towards the five words of a name
    while j < n and len(out) - links < 5 and len(out) < 8:
        t = toks[j]
        more = j + 1 < n and toks[j + 1].cap
        initial = len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper()  # is_initial(t), inlined
        if not out and titled and more and forms.country_given_name(t) and _name_next(toks, j + 1):
            out.append(t)  # "Defence Minister Jordan (A.) Ellis": a country name used as a given name
        elif out and not t.text.isascii() and forms.accented_namesake(t.text):
            out.append(t)  # "Lê Văn Thái": a given name, not the demonym its plain spelling is
        elif out and t.low in HONOURS and t.text.isupper():
            break  # "Jane Doe DBE": an honour, skipped below
        elif not out and patronym_given(toks, j):
            out.append(t)  # "Prince Sultan bin A": a given name spelt like a ruler's title, then the father's
        elif out and toks[j - 1].text in PATRONYMS and t.cap and t.text.isalpha():
            out.append(t)  # "A bin Sultan B": the father's name after "bin", whatever else it spells
        elif (
            len(out) == 1
            and out[0].low in _RULER_WORDS
            and t.cap
            and style_end(toks, j) > j
            and is_name_text(toks[j + 1].text, False)
        ):
            out = []  # "the Amir Sheikh A B": a ruler's word, then the style that opens the name
            titled = True
        elif (
            len(out) >= 2
            and t.low in HONORIFICS
            and t.text[1:].islower()
            and t.low not in _NO_NAME_HONORIFICS
            and not more
        ):
            out.append(t)  # "A B Tun said": a word spelt like an honorific closing a name, no name after it
        elif out and t.low in _RANK_GRADES and t.cap and j + 1 < n and toks[j + 1].low in _RANK_HEADS:
            return None  # "Commander X Fleet Vice Admiral A": the run before a two-word rank is a title
        elif out and t.text in _QUOTES and j + 3 < n and toks[j + 2].text in _QUOTES and toks[j + 1].cap:
            j += 3  # "Jane “Jay” Doe": a nickname in quotes inside the name
            continue
        elif (
            not out
            and titled
            and t.low in _NAME_FUNCTION_WORDS
            and t.text[1:].islower()
            and t.cap  # "Commander to Host X": a lower-case "to" opens a headline's verb, never a name
            and j + 2 < n
            and is_name_text(toks[j + 1].text, False)
            and (is_name_text(toks[j + 2].text, False) or (t.cap and _plain_after(toks[j + 2])))
        ):
            # "General Secretary To Van Minh", "Vice-Premier He Wenbo and": a family name spelt like a small
            # word (a lower-case word or a stop after its given name: no title-case headline's verb)
            out.append(t)
        elif (
            len(out) == 1
            and t.text == "Said"
            and j + 1 < n
            and is_name_text(toks[j + 1].text, False)
            and (j + 2 == n or _plain_after(toks[j + 2]))
        ):
            out.append(t)  # "Jane Said Doe,": a given name spelt like the verb, a name word and a stop after
        elif out and t.low in _INNER_STYLES and j + 1 < n and is_name_text(toks[j + 1].text, False):
            out.append(t)  # Fijian "Ratu", a Malay father's "Tengku" ("A Tengku B") inside a name as written
        elif (
            out
            and (initial or t.low in forms.LINKS)
            and (more or forms.particle_run(toks, j) or _initial_particle(toks, j))
        ):
            out.append(t)
            links += t.low in forms.LINKS
        elif not out and initial and more and _initials_then_name(toks, j + 1):
            out.append(t)  # "S. Ravi Rao", "P. K. Ravi Rao": leading initials
        elif out and t.low in SUFFIXES:
            out.append(t)
            j += 1
            break
        elif len(out) >= 2 and t.text == "," and j + 1 < n and toks[j + 1].low in _COMMA_SUFFIXES:
            out.append(toks[j + 1])  # "Jane R. Doe, Jr.": the suffix after a comma is part of the name
            j += 2
            break
        elif (
            out
            and base(t.text) in _MONTH_SURNAMES
            and not (j + 1 < n and toks[j + 1].text[:1].isdigit())
            and not is_initial(out[-1])
        ):
            out.append(t)  # "Jane May": a family name spelt like a month, with no day number by it
            if t.text.endswith(_POSSESSIVE):
                j += 1
                break
        elif titled and out and t.low in _SURNAME_HEADS and t.text[1:].islower() and not more:
            out.append(t)  # "Resources Minister Jane King and": a family name spelt like a ruler's title
        elif out and t.low in _TITLE_GRADES and j + 1 < n and toks[j + 1].low in HEADS:
            break  # "Xstate Deputy Premier A": a title's grade word, no name word
        elif _country_surname(toks, j, out):
            out.append(t)  # "Ana Chile Doe": a family name spelt like a country between two name words
        elif is_name_text(t.text, not out) or (out and t.text[2:3] == "-" and _article_surname(t.text)):
            out.append(t)
            if t.text.endswith(_POSSESSIVE):  # t.text != base(t.text)
                j += 1
                break
        else:
            break
        j += 1
    while out and (is_initial(out[-1]) or (out[-1].low in forms.LINKS and not _given_link(out))):
        out.pop()
        j -= 1
    while j < n and (toks[j].low in POSTNOMINALS or (toks[j].low in HONOURS and toks[j].text.isupper())):
        j += 1  # "Jane Doe AO CSC": honours after the name
    if not out or (len(out) == 1 and out[0].low in _RULER_WORDS and start > j0):
        return None  # "His Highness the Amir": a ruler's word after a style, no name
    return out, j


# a father's name's particle: the word before it is a given name, whatever else it spells
PATRONYMS = frozenset({"bin", "bint", "binti", "ibn"})


def patronym_given(toks: list[Tok], j: int) -> bool:
    """A capitalised word at j before "bin"/"ibn" and a name word: a given name ("Sultan bin A")."""
    return (
        j + 2 < len(toks)
        and toks[j + 1].text in PATRONYMS
        and toks[j].cap
        and toks[j].text.isalpha()
        and is_name_text(toks[j + 2].text, False)
    )


def _country_surname(toks: list[Tok], j: int, out: list[Tok]) -> bool:
    """A country's one-word name after a given name and before one last name word, then a stop or a lower-case
    word ("Jane Montenegro Doe,"): a family name."""
    n = len(toks)
    if len(out) != 1 or j + 2 >= n or not toks[j].text.isalpha() or country_of(toks[j].text) is None:
        return False
    last = toks[j + 1]
    return is_name_text(last.text, False) and country_of(last.text) is None and _plain_after(toks[j + 2])


def _initial_particle(toks: list[Tok], j: int) -> bool:
    """A middle initial at j before a family name's particles ("A P. de los B", "A M. van B")."""
    k = j + 1
    while k < len(toks) and k < j + 4 and toks[k].low in forms.PARTICLES:
        k += 1
    return k > j + 1 and k < len(toks) and toks[k].cap and is_initial(toks[j])


def _plain_after(t: Tok) -> bool:
    """A lower-case word or a stop: the sentence is not in title case there."""
    return t.text in (",", ".", ";") or t.text.islower()


def _given_link(out: list[Tok]) -> bool:
    """ "Gao Bin", "Wang Le": a capitalised particle-like word closing a name is a given name (a particle
    always has a name word after it)."""
    t = out[-1]
    return len(out) >= 2 and t.text[:1].isupper() and t.text[1:].islower() and out[-2].low not in forms.LINKS


# styles a name may hold after its given name ("Ratu", a Malay royal patronymic's "Tengku"/"Tunku")
_INNER_STYLES = frozenset({"ratu", "tengku", "tunku"})
_TITLE_GRADES = frozenset({"deputy", "vice", "executive"})
_STYLE_GRADES = frozenset({"most", "right", "very"})
_STYLED = frozenset({"hon", "honourable", "honorable", "rev", "reverend"})
_COURTESY = frozenset({"royal", "highness", "excellency", "majesty"})
# every word (lower-cased) any test of scan_name's style loop accepts, a hyphenated one aside: honorifics,
# ranks, leading titles, grade words, undotted ranks, styles (style_end), Malay styles (malay_style_end)
_LEAD_WORDS = HONORIFICS | RANKS | forms.LEADING_TITLES | _STYLE_GRADES | STYLES | MALAY_OPENERS
_LEAD_WORDS |= {w.lower() for w in _UNDOTTED_RANKS} | {"field", "tan", "senior", "sr.", "(", "royal"}
_ORDINAL_GRADES = frozenset({"First", "Second", "Third"})  # "Second Brigadier General A"
_ORDINAL_RANKS = frozenset({"Brigadier", "Lieutenant", "Colonel", "General", "Admiral", "Captain"})
_LEAD_WORDS |= {"first", "second", "third"}
# every lower-cased word honorific_at may accept (its three first lookups): a quick test before the call
HONORIFIC_WORDS = HONORIFICS | forms.LEADING_TITLES | STYLES | {"royal"}
# a two-word rank's grade and head ("Vice Admiral", "Major General", "Air Marshal")
_RANK_GRADES = frozenset({"vice", "rear", "lieutenant", "major", "brigadier", "air", "lt.", "maj.", "brig."})
_RANK_HEADS = frozenset({"admiral", "general", "marshal", "commodore", "colonel", "adm.", "gen.", "col."})
# a ruler's word a style of royalty follows ("the Amir Sheikh A B"): the style, not the word, opens the name
_RULER_WORDS = frozenset({"amir", "ameer", "emir", "sultan", "king", "queen", "ruler"})
# honorifics that never close a name ("A B Sir", "the Minister, Her ...")
_COMMA_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr"})  # "Jane R. Doe, Jr."
_NO_NAME_HONORIFICS = frozenset(
    {
        "his",
        "her",
        "the",
        "sir",
        "dame",
        "madam",
        "madame",
        "lord",
        "lady",
        "excellency",
        "highness",
        "majesty",
        "honourable",
        "honorable",
        "professor",
        "hon",
        "hon.",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)


def _styled_pronoun(toks: list[Tok], j: int) -> bool:
    """ "His"/"Her" opening a style ("His Royal Highness", "Her Excellency"), not a possessive."""
    return toks[j].cap and j + 1 < len(toks) and toks[j + 1].low in _COURTESY


def honorific_at(toks: list[Tok], i: int) -> bool:
    """An honorific, courtesy word or style of royalty at i that may lead a name ("Dr", "Cdr", "Prince")."""
    t = toks[i]
    return (
        (t.low in HONORIFICS and t.low not in ("his", "her", "he", "the"))
        or (t.low in forms.LEADING_TITLES and forms.leading_title(toks, i))
        or style_end(toks, i) > i
    )


def style_end(toks: list[Tok], j: int) -> int:
    """The index after a style of royalty or rank at j that a capitalised word follows ("Royal Highness",
    "Prince", "Sheikh"), else j; "Crown Prince" is an office, no style."""
    t = toks[j]
    if not t.cap or j + 1 >= len(toks) or not toks[j + 1].cap:
        return j
    if t.low == "royal" and toks[j + 1].low == "highness":
        return j + 2
    if t.low in STYLES and not (j and toks[j - 1].low == "crown") and not sheikh_in_name(toks, j):
        return j + 1
    return j


def _initials_then_name(toks: list[Tok], j: int) -> bool:
    """After a leading initial: at most one more initial, then a name word and one more capitalised word."""
    if j < len(toks) and is_initial(toks[j]):
        j += 1
    return j + 1 < len(toks) and is_name_text(toks[j].text, True)


def ruler_title(toks: list[Tok], i: int, name: list[Tok]) -> str | None:
    """The ruler's word a name scan from i stepped over ("His Highness the Amir Sheikh A B": "Amir")."""
    j = i
    while j < len(toks) and j < i + 6 and name and toks[j] is not name[0]:
        if toks[j].low in _RULER_WORDS:
            return toks[j].text
        j += 1
    return None


def _name_next(toks: list[Tok], j: int) -> bool:
    """A name word at token j, or a middle initial and a name word after it ("Jordan A. Ellis")."""
    if is_initial(toks[j]) and j + 1 < len(toks):
        j += 1
    return is_name_text(toks[j].text, False)
