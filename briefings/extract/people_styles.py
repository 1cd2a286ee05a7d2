"""Styles of address that run over several words before a name: Malay and Bruneian honorifics ("Yang
Berhormat", "Dato Seri Paduka", "Pehin <conferred title>", "Awang Haji") and an office's number ("Minister
of Finance II"); "Sheikh" opening a South Asian name, no style there ("Sheikh A B")."""

from __future__ import annotations

from briefings.extract.tokens import HONORIFICS, RANKS, Tok

# "Yang Berhormat", "Yang Amat Mulia": the words a Malay "Yang" style is made of ("Yang" alone is a surname)
_YANG_WORDS = frozenset({"berhormat", "mulia", "amat", "teramat", "berbahagia", "dimuliakan", "terutama"})
# grade words of a Malay title of honour, after its "Dato"/"Seri"/"Pehin" ("Dato Seri Paduka", "Dato Seri
# Setia", "Dato Paduka Seri Laila Jasa"): no name words while a style word goes before them
_GRADES = frozenset(
    {"paduka", "setia", "laila", "lela", "jasa", "wira", "panglima", "indera", "bakti", "diraja", "datu"}
    | {"seri"}
)
# Bruneian "Awang"/"Dayang" (Mr/Ms in a formal style): a style after another one or before "Haji"/"Hajah"
_COURTESY = frozenset({"awang", "dayang"})
_PILGRIM = frozenset({"haji", "hajah", "hajjah"})
# Sarawak's grades of "Datuk" ("Datuk Amar", "Datuk Patinggi"): after that title only, a name of two more
# words after them ("Dr Amar Singh" keeps its given name)
_DATUK_GRADES = frozenset({"amar", "patinggi"})
_DATUKS = frozenset({"datuk", "dato", "dato'", "dato’"})
_OPENERS = _YANG_WORDS | _GRADES | _COURTESY | _DATUK_GRADES | {"yang", "pehin"}
MALAY_OPENERS = _OPENERS  # the words malay_style_end may step over (its first test)
# the words that close a "Pehin" title's conferred name ("Pehin Orang Kaya X Y Dato ...", "Pehin Datu X
# Colonel ..."): a title of honour, a courtesy word or a rank
_STOPS = _COURTESY | _PILGRIM | {"dato", "datuk", "dato'", "dato’"}
ROMAN_OFFICES = frozenset({"II", "III"})


def malay_style_end(toks: list[Tok], j: int, j0: int) -> int:
    """The index after a Malay style word at j that a capitalised word follows, else j; j0 is where the
    scan for the name began (a grade word only counts after another style)."""
    t = toks[j]
    n = len(toks)
    if t.low not in _OPENERS or not t.cap or j + 1 >= n or not toks[j + 1].cap:
        return j
    low = t.low
    if low == "yang":
        k = j + 1
        while k < n and toks[k].low in _YANG_WORDS:
            k += 1
        return k if k > j + 1 else j
    if low == "pehin":  # a conferred title of a few words, up to the next style word or rank
        for k in range(j + 2, min(n, j + 7)):
            if not toks[k].cap:
                break
            if toks[k].low in _STOPS or toks[k].low in RANKS:
                return k
        return j + 1
    after_style = j > j0 and (toks[j - 1].low in HONORIFICS or toks[j - 1].low in _OPENERS)
    if low in _COURTESY:
        return j + 1 if after_style or toks[j + 1].low in _PILGRIM else j
    if low in _DATUK_GRADES:
        return j + 1 if j > j0 and toks[j - 1].low in _DATUKS and j + 2 < n and toks[j + 2].cap else j
    if low in _GRADES or low in _YANG_WORDS:
        return j + 1 if after_style else j
    return j


def numbered_office(toks: list[Tok], k: int) -> int:
    """After a title: the index after its office number ("Minister of Defence II A", "Minister of Defence II,
    A") when a capitalised word or a comma follows, else k."""
    if k + 1 < len(toks) and toks[k].text in ROMAN_OFFICES and (toks[k + 1].cap or toks[k + 1].text == ","):
        return k + 1
    return k


_ARAB_LINKS = frozenset({"bin", "bint", "ibn", "al", "el"})


def sheikh_in_name(toks: list[Tok], j: int) -> bool:
    """ "Sheikh A B" with no "bin"/"Al" after it (a South Asian name): the word is
    the name's own, where "Sheikh A bin B Al C" is a Gulf style."""
    if toks[j].low not in ("sheikh", "shaikh"):
        return False
    k = j + 1
    while k < len(toks) and (toks[k].cap or toks[k].low in _ARAB_LINKS):
        if toks[k].low in _ARAB_LINKS or toks[k].low.startswith(("al-", "el-")):
            return False
        k += 1
    return k - j >= 3
