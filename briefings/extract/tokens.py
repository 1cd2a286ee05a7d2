"""Word tokens with offsets, and the word classes names and titles are built from."""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import org_in_title
from briefings.extract.roles import HEADS, MODIFIERS, PORTFOLIO, _words

# "then-Foreign Minister": the time word is a token of its own, no part of the title it qualifies;
# "ROK-U.S.": a dotted abbreviation after a hyphen stays in its word. (?=\S) rejects a blank at once (no
# token starts with one); the word's letters before its first hyphen are read once for both word forms.
_TOKEN = re.compile(
    r"(?=\S)(?:[Tt]hen(?=-[A-Za-z])|[A-Za-z]\.(?:[A-Za-z]\.)+"
    r"|[^\W\d_][\w'’]*(?:-(?:[A-Za-z]\.){2,}|[\w'’\-]*\.?)|\d[\w:.\-]*|[^\w\s])"
)
_KEEP_DOT = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "lt.",
    "gen.",
    "col.",
    "maj.",
    "capt.",
    "adm.",
    "sgt.",
    "cmdr.",
    "brig.",
    "jr.",
    "sr.",
    "st.",
    "hon.",
    "rt.",
    "gov.",
    "sen.",
    "rep.",
    "prof.",
    "amb.",
    "h.e.",
    "h.h.",
    "no.",
    "comdr.",
    "pol.",
    "ybhg.",
}
HONORIFICS = _words("""
mr mr. mrs mrs. ms ms. dr dr. h.e. h.h. sir dame madam madame hon. hon rt rt. excellency professor prof prof.
mx mx. lord lady honourable honorable shri smt smt. shrimati sri datuk dato dato' dato’ datin seri tun puan
ratu tunku tengku hon'ble a.i. his her the
highness majesty khun m.r. m.l. thiru
yab yb ybhg ybhg. ybrs yam ytm utama eng. hrh h.r.h. h.h. allama k.h. menhan menlu
""")
# Styles of royalty and rank before a given name ("Prince A", "Sheikh B", "Princess C"): skipped like an
# honorific at a name's start, no office ("Crown Prince" is one); "Sheikh" may also be a family name
STYLES = _words("prince princess sheikh sheikha shaikh shaikha sayyid sayyida")
RANKS = _words("""
general gen. admiral adm. colonel col. captain capt. commander cmdr. comdr. lieutenant lt. major maj.
brigadier brig. sergeant sgt. marshal navy army air force marine marines corps vice rear chief
lt.gen. maj.gen. brig.gen. vadm. radm. lt.-gen. maj.-gen. senator pol.
""")
# Letters after a name that are never a name word themselves ("Jane Doe MP", "A B AO")
POSTNOMINALS = _words("mp mep mla obe mbe cbe kbe kc qc ac ao")
# Every honour or office written in capitals after a name ("Jane Doe DBE", "A B KCMG", "C D AO CSC"):
# no part of the name; the ones outside POSTNOMINALS are read as honours only when written in capitals
HONOURS = POSTNOMINALS | _words(
    "dbe gbe cmg kcmg gcmg dcmg kcb gcb cb kcvo cvo lvo mvo frs csc dsc dsm am pc sc "
    "oam qso onzm cnzm knzm dnzm mnzm psm apm pbm ppa pjg bbm ran raaf rnzn usn td msp"
)
PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "bint",
        "al",
        "el",
        "dos",
        "das",
        "del",
        "los",  # "de los Santos"
        "las",
        "dela",  # Filipino "dela Cruz", "della Rocca"
        "della",
        "y",
        "ibn",
        "ter",
        "zu",
    }
)
SUFFIXES = frozenset({"jr.", "jr", "sr.", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xiv", "xvi"})
_NAME_NEXT = re.compile(r" [A-Z][a-z]")
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Ý]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+")
_SHORT_ABBREV = re.compile(r"[A-Z][a-z]{1,2}\.")
# a patronymic's two-letter initial glued to the given name ("Ts.Bat", "Ch.Bold": Mongolian style)
_GLUED_NEXT = re.compile(r"[A-Z][a-z]{2}")
_STOP = _words("""
the this that these those he she it they we i in on at for and but as with from to of by will would has
had have is was said says told also who which today tomorrow yesterday next last both mr ms a an
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
office department ministry government embassy statement press conference summit meeting talks dialogue
forum council committee assembly agency union alliance forces force command service affairs security
defense defence foreign state house nations organization commission meeting ministerial secretariat
during after before while when where there here our their his her its my your if or not no yes
under over about against between into through minister secretary president spokesperson media note
readout remarks joint communique read more photo update reuters ap afp kyodo yonhap xinhua bloomberg
bureau board parliament congress senate administration directorate institute academy university centre
center politburo secretariat partnership partnerships agreement initiative strategy framework treaty
declaration programme program roadmap pact accord charter policy mechanism arrangement memorandum
cooperation corridor project sea ocean strait islands island peninsula party coalition corporation
company group bank airlines times news foundation association society federation league movement police
court tribunal diet guard visits meets travels hosts welcomes holds attends calls leads joins heads signs
discusses announces receives speaks says urges launches opens
school studies chamber chambers radio television broadcasting headquarters division newsdesk
presidency chairmanship mission missions hotel session sessions
following including regarding despite amid ahead concerning people round rounds newsroom
whether although because unless makes pays arrives departs concludes partner partners
""")
INSTITUTIONS: dict[str, str] = {
    "pentagon": "United States",
    "white house": "United States",
    "state department": "United States",
    "kremlin": "Russia",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    # ministries known by their building
    "quai d'orsay": "France",
    "quai d’orsay": "France",
    "wisma putra": "Malaysia",
    "farnesina": "Italy",
    "south block": "India",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "kasumigaseki": "Japan",
    "malacañang": "Philippines",
    "malacanang": "Philippines",
    "élysée": "France",
    "elysee": "France",
    "élysée palace": "France",
    "elysee palace": "France",
    # ministries whose name only one country's government uses
    "federal foreign office": "Germany",
    "auswärtiges amt": "Germany",
    "ministry of external affairs": "India",
    "gaimusho": "Japan",
    # a ruling party's organs ("Member of the Political Bureau of the CPC Central Committee")
    "cpc central committee": "China",
    "ccp central committee": "China",
}


class Tok:
    """A token and its offsets in the whole text (lower-cased form and capitalisation precomputed)."""

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        self.cap = text[0].isupper()  # tokens are never empty

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of text[start:end]; a final period is split off unless it closes an abbreviation."""
    return list(_tokenize(text, start, end))


def _abbrev(t: str, text: str, b: int, end: int) -> bool:
    """True when a word's final period belongs to it ("U.S.", "Lt.", "J.", "Ma. Elena"); not the period
    that closes the sentence ("... with Minister Zhou Bo. Minister B will ...")."""
    return bool(
        _DOTTED.fullmatch(t)
        or t.lower() in _KEEP_DOT
        or ("-" in t and t.count(".") >= 2 and _DOTTED.fullmatch(t.rpartition("-")[2]) is not None)
        or (len(t) == 2 and t[0].isupper())
        or (len(t) == 3 and t[0].isupper() and _GLUED_NEXT.match(text, b) is not None)
        or (
            b < end
            and _SHORT_ABBREV.fullmatch(t) is not None
            and _NAME_NEXT.match(text, b) is not None
            and not _opens_sentence(text, b)
        )
    )


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _opens_sentence(text: str, b: int) -> bool:
    """The word after a short dotted word opens a sentence ("... Minister Lim. The talks", "Minister Yi.
    Minister Cho ..."): a function word or a title, never the given name an abbreviation like "Ma." leads."""
    m = _NEXT_WORD.match(text, b)
    return m is not None and m[1].lower() in _STOP


_MONTH_ABBREVS = frozenset(
    ("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec.")
)


def _name_then_stop(t: str, out: list[Tok]) -> bool:
    """A name word spelt like a month abbreviation that closes a sentence ("... Adm. Kim Jun. The talks"):
    after a capitalised word it is a name's last word, and its period ends the sentence."""
    return t.lower() in _MONTH_ABBREVS and bool(out) and out[-1].cap and out[-1].text[-1] != "."


# Token tuples of the last few documents, by text then (start, end). Spans repeat only within one document,
# so a process-wide LRU kept ~100 finished documents' Tok objects alive: they reached the oldest GC generation
# and made every full collection walk them. A spans dict is only ever filled from its own text, so threads
# racing here can at worst recompute, never see another document's tokens.
_DOCS_KEPT = 4
_spans_by_text: dict[str, dict[tuple[int, int], tuple[Tok, ...]]] = {}


def _tokenize(text: str, start: int, end: int) -> tuple[Tok, ...]:
    spans = _spans_by_text.get(text)
    if spans is None:
        if len(_spans_by_text) >= _DOCS_KEPT:
            # another thread may change the dict meanwhile: then that thread made the room
            with contextlib.suppress(KeyError, RuntimeError, StopIteration):
                del _spans_by_text[next(iter(_spans_by_text))]  # the oldest document
        spans = _spans_by_text[text] = {}
    found = spans.get((start, end))
    if found is None:
        found = spans[(start, end)] = _scan(text, start, end)
    return found


def _chunk_tokens(span: str) -> list[str]:
    """_TOKEN's findall over span, read a blank-separated chunk at a time: no token holds or looks past a
    blank, and a chunk of letters alone (with a final "." or a closing "," or ";") needs no regex."""
    found: list[str] = []
    for chunk in span.split():
        if chunk.isalpha():
            found.append(chunk)  # one word token: every letter is a word character, none a digit or "_"
            continue
        last = chunk[-1]
        if len(chunk) > 1 and last in ".,;" and chunk[:-1].isalpha():
            if last == ".":
                found.append(chunk)  # "talks.", "A.": the word keeps its final dot ([\w'’\-]*\.?)
            else:
                found.append(chunk[:-1])
                found.append(last)
            continue
        found.extend(_TOKEN.findall(chunk))
    return found


def _scan(text: str, start: int, end: int) -> tuple[Tok, ...]:
    out: list[Tok] = []
    # Tokens are never empty and only whitespace or "_" lies between them, so each token's offset is
    # the next find of its text. (Typed str and called directly, not through bound-method locals: mypyc
    # then uses its native str and list operations.)
    found = _chunk_tokens(text[start:end])
    pos = start
    for t in found:
        a = text.find(t, pos)
        pos = a + len(t)
        if t[-1] == "." and len(t) > 1 and (not _abbrev(t, text, pos, end) or _name_then_stop(t, out)):
            out.append(Tok(t[:-1], a, pos - 1))
            out.append(Tok(".", pos - 1, pos))
            continue
        tok = Tok(t, a, pos)
        if out and tok.low in PARTY_MEMBERS and out[-1].low in PARTY_RANKS:
            tok.low = "member"  # "the ranking Republican on X", "top Democrat A": the title's head
        out.append(tok)
    return tuple(out)


# a US party's name after "ranking"/"top" is a legislator's title ("the ranking Democrat on the X Committee",
# "Top Republican A"): it reads as the title's head, "member", as "the ranking member on ..." does
PARTY_MEMBERS = frozenset(("republican", "democrat"))
PARTY_RANKS = frozenset(("ranking", "top"))
# the words before a name whose view the sentence cites ("According to A B, a researcher at X, ...")
CITING = ("According to ", "according to ")


def base(word: str) -> str:
    """A word without a possessive ending."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def is_head(t: Tok, ci: bool = False) -> bool:
    """A title head noun ("Minister", "Secretary", "Gen.", "Vice-Minister")."""
    return (ci or t.cap) and (
        t.low in HEADS or ("-" in t.low and (t.low.rsplit("-", 1)[1] in HEADS or _at_large(t.low)))
    )


def _at_large(w: str) -> bool:
    """ "Ambassador-at-Large", "President-elect", "Officer-in-Charge": a head with a hyphenated qualifier."""
    return w.endswith(("-at-large", "-elect", "-designate", "-in-charge")) and w.split("-", 1)[0] in HEADS


_LOWER_TITLE_WORDS = frozenset({"d'affaires", "d’affaires"})  # "Chargé d'Affaires"


def is_title_word(t: Tok, ci: bool = False, after_connector: bool = False) -> bool:
    """A word that may sit inside a title."""
    if not (ci or t.cap or t.low in _LOWER_TITLE_WORDS):
        return False
    w = t.low
    # "Co-Chairman": a capitalised "Co-" joins a head as a modifier does ("to co-chair" may be a verb)
    co = "co" if t.cap else None
    if (
        w in HEADS
        or w in MODIFIERS
        or ("-" in w and all(p in HEADS or p in MODIFIERS or p == co for p in w.split("-")))
    ):
        return True
    if w.startswith("co-") and w[3:] in HEADS:
        return True  # "co-chair", "co-chairman": a head shared with a counterpart
    if "-" in w and _at_large(w):
        return True
    return after_connector and (
        w in PORTFOLIO or country_of(base(t.text)) is not None or org_in_title(t.text) is not None
    )


def is_name_word(t: Tok, first: bool) -> bool:
    """A word that may be part of a person's name."""
    return is_name_text(t.text, first)


_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred "
    "first second third fourth fifth"
)


@lru_cache(maxsize=65536)
def is_name_text(w: str, first: bool) -> bool:
    """is_name_word on a token's text (a pure word class, cached)."""
    if not w[:1].isupper() or not any(c.isalpha() for c in w):
        return False
    lw = base(w).lower()
    if lw in _STOP or lw in HEADS or lw in HONORIFICS or lw in POSTNOMINALS:
        return False
    if country_of(base(w)) is not None or (first and org_in_title(w) is not None):
        return False
    if "-" in w and any(country_of(part) for part in w.split("-")):
        return False  # "Japan-United": a compound of countries, not a name
    if "-" in w and w.partition("-")[0].lower() in _NUMBER_WORDS:
        return False  # "Five-Point", "Two-State", "Ten-Year": a counted thing, not a name
    # "SND", "MND": capitals with no vowel are an office's initials, never a name written in capitals
    initials = w.isalpha() and not _VOWEL.search(w)
    return not (w.isupper() and len(w) > 1 and (country_of(w) or org_in_title(w) or len(w) <= 2 or initials))


def is_initial(t: Tok) -> bool:
    """A middle initial like "J."."""
    return len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
