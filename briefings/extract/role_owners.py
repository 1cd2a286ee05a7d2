"""A title an officer's possessive owns in apposition: ", the UN Secretary-General's Special Envoy for X," /
", Xland President A B's special envoy to Y,": the title after the possessive; the country or body word
before the officer, if any, is the country."""

from __future__ import annotations

from briefings.extract.gazetteer import country_of
from briefings.extract.org_names import org_in_title
from briefings.extract.role_scan import Title, scan_title
from briefings.extract.tokens import Tok, is_name_text

# an officer whose own staff or envoy a possessive names ("the Secretary-General's envoy")
_OFFICERS = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "secretary-general",
        "director-general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
    }
)
# two-word officers
_OFFICER_PAIRS = frozenset({("prime", "minister"), ("secretary", "general"), ("director", "general")})


def _stem(t: Tok) -> str:
    """The token's lower-case text without a possessive ending."""
    low = t.low
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _officer_at(toks: list[Tok], i: int) -> int:
    """The index after an officer's title starting at i ("Secretary-General", "Prime Minister"), else 0."""
    if i >= len(toks) or not toks[i].cap:
        return 0
    if i + 1 < len(toks) and toks[i + 1].cap and (toks[i].low, _stem(toks[i + 1])) in _OFFICER_PAIRS:
        return i + 2
    return i + 1 if _stem(toks[i]) in _OFFICERS else 0


def _possessive(t: Tok) -> bool:
    """The token ends with a possessive "'s"."""
    return t.text.endswith(("'s", "’s"))


def officer_owned(toks: list[Tok], k: int, text: str) -> Title | None:
    """ ", the UN Secretary-General's Special Envoy for X," / ", Xland President A B's special envoy to Y,":
    the title an officer's possessive owns; a country or body word before the officer gives the country."""
    i = first = k + 1 if k < len(toks) and toks[k].low == "the" else k
    if i >= len(toks):
        return None
    country = country_of(toks[i].text) or org_in_title(toks[i].text) if toks[i].cap else None
    if country:
        i += 1
    end = _officer_at(toks, i)
    if not end:
        return None
    named = not _possessive(toks[end - 1])
    if named:
        # "President A B's": the officer's own name, two or three words, the last possessive
        j = end
        while (
            j < len(toks)
            and j - end < 3
            and not _possessive(toks[j])
            and is_name_text(toks[j].text, j == end)
        ):
            j += 1
        if j >= len(toks) or j == end or not _possessive(toks[j]) or not toks[j].cap:
            return None
        end = j + 1
    if end >= len(toks) or toks[end].text in {",", "."}:
        return None
    title = scan_title(toks, end, text, ci=True)
    if title is None:
        return None
    title.country = title.country or country
    if named:  # the owner's own name is a person: read it again
        title.resume = first
    return title
