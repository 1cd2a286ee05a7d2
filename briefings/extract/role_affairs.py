"""A lower-case portfolio of several words closing a title in apposition: "A, special representative for
Xland peace and security affairs," / "A, director-general for Asian and Oceanian affairs at Yland's
foreign ministry," / "A, director-general of the Asian and Oceanian affairs bureau," (the field runs to its
"affairs" or its desk's "bureau"; a ministry named by its country's possessive is the
workplace)."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.tokens import Tok

# the nouns a field ends in: "peace and security affairs", "the X-Y dialogue", "the Z peace process"
_FIELD_NOUNS = "affairs|issues|relations|policy|cooperation|dialogue|process|talks|negotiations"
_NOT_FIELD = "will|would|has|have|had|is|was|are|said|says|who|which|to|the|with|on|in|at|of|for|from|by"
# up to five words (no verb, article or preposition among them) ending in the field's noun
_FIELD_END = re.compile(rf"(?:\s+(?!(?:{_NOT_FIELD})\b)[A-Za-z][\w-]*){{0,5}}?\s+(?:{_FIELD_NOUNS})\b")
_FIELD_NOUN_SET = frozenset(_FIELD_NOUNS.split("|"))
_NOT_FIELD_SET = frozenset(_NOT_FIELD.split("|")) - {"the"}
_FOR_FIELD = re.compile(r"\s+for" + _FIELD_END.pattern)  # "special envoy" + " for maritime security issues"
# "director-general of the Asian" + " and Oceanian affairs bureau": a desk named by its field, in lower case
_DESK_FIELD = re.compile(_FIELD_END.pattern + r"\s+(?:bureau|division|department|desk)\b")
# " at Yland's foreign ministry": a body of the country's government, in lower case
_AT_COUNTRY_BODY = re.compile(
    r"\s+at\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)\s+(?:[a-z]+\s+){0,2}"
    r"(?:ministry|department|office|embassy|mission|secretariat)\b"
)


def field_end(role: str, text: str, end: int, stop: int) -> tuple[int, int, str | None] | None:
    """For a title in apposition ending at end: the end of its whole "for <field> affairs" portfolio, the end
    of the apposition (past a workplace named by its country's possessive) and that country; else None."""
    field = _FIELD_END.match(text, end, stop) if " for " in role else _FOR_FIELD.match(text, end, stop)
    if field is None and " of the " in role:
        field = _DESK_FIELD.match(text, end, stop)
    role_end = field.end() if field else end
    body = _AT_COUNTRY_BODY.match(text, role_end, stop)
    country = country_of(body["c"]) if body else None
    if country in ORGANISATION_NAMES:
        country = None
    if field is None and country is None:
        return None
    return role_end, (body.end() if body and country else role_end), country


def field_to_comma(toks: list[Tok], k: int) -> int:
    """Where a lower-case title stopped inside its field ("special envoy for the Xland | peace process, A"):
    the index of the comma after up to five more words ending in the field's noun, else 0."""
    j = k
    while j < len(toks) and j < k + 6 and toks[j].text[:1].isalpha() and toks[j].low not in _NOT_FIELD_SET:
        j += 1
    if j == k or j >= len(toks) or toks[j].text != "," or toks[j - 1].low not in _FIELD_NOUN_SET:
        return 0
    return j
