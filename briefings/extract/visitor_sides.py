"""The sides of a text about several states, for a person the text gives no country beside their name:
the issuer (whose government writes), the host (where the meeting is), the visiting side. guess_countries
gathers its guesses (the issuer's, the dateline's, the host's ...); here they are weighed against the
person's own role in that model: a visitor is never the host's, a visitor whose home the text states
returns there, and of a two-state meeting a visitor to the other state's town is of the first."""

from __future__ import annotations

import re

from briefings.extract.country_context import CountryContext
from briefings.extract.country_guess_cues import fits_office
from briefings.extract.country_links import TRAVELS
from briefings.extract.homes import trip_countries
from briefings.extract.offices import fits, office_home
from briefings.extract.people import People, PersonRec
from briefings.extract.people_clauses import between_partner, pair_other
from briefings.extract.people_returns import return_home
from briefings.extract.sentences import Doc


def visiting_side(doc: Doc, rec: PersonRec, ctx: CountryContext, travels: bool) -> str | None:
    """The other state of the issuer's own two-state meeting when the person travels to the issuer's country
    for it ("The Xish Department will host the Xland-Yland dialogue in Xcity ... Vice Minister A will travel
    to Xcity"): A is of the visiting side, Yland (an issuer's own minister travelling at home is no visitor
    to a meeting the issuer hosts with one other state)."""
    issuer = ctx.issuer
    if not travels or not issuer or issuer != ctx.host or len(ctx.parties) != 2 or issuer not in ctx.parties:
        return None
    if issuer not in trip_countries(doc, rec, TRAVELS):
        return None
    return next(p for p in ctx.parties if p != issuer)


# "Xland's Prime Minister B will host President A and ...": the one hosted, a guest
_HOSTED = re.compile(
    r"\b(?:host|hosts|hosting|welcome|welcomes|welcoming|receive|receives|receiving)\s+(?:the\s+)?$"
)


def guest_party(doc: Doc, people: People, rec: PersonRec, ctx: CountryContext) -> str | None:
    """The one party of the text's meeting left for a guest the host receives with others ("Xish Prime
    Minister B will host President A and Zish Premier C" at the Xland-Yland-Zland summit: Yland): not
    the host's, not a state another person of the sentence is of, one whose office the guest may hold."""
    if len(ctx.parties) < 3 or ctx.host not in ctx.parties:
        return None
    text = doc.text
    for m in rec.mentions:
        if not _HOSTED.search(text, max(m.sentence.start, m.span_start - 30), m.span_start):
            continue
        taken = {r.country for _, r in people.at(m.sentence.start, m.sentence.end) if r is not rec}
        left = [p for p in ctx.parties if p != ctx.host and p not in taken and fits(people, rec, p)]
        return left[0] if len(left) == 1 else None
    return None


def side_country(
    doc: Doc,
    people: People,
    rec: PersonRec,
    ctx: CountryContext,
    pick: tuple[str | None, ...],
    refused: set[str | None],
    lead: bool,
    chair: str | None,
) -> str | None:
    """The person's country from the guesses in `pick` (last: the host's), none of `refused` (a counterpart's
    country, the state an envoy is posted to, the places the person visits). lead: the person is the text's
    principal, whom "he", "she" or "the President" may stand for."""
    # "the summit between President A and Prime Minister B": B is not of A's side, when another guess is left
    apart = between_partner(doc.text, rec, people)
    if apart and apart not in refused:
        country = side_country(doc, people, rec, ctx, pick, refused | {apart}, lead, chair)
        if country:
            return country
    fallbacks = [c for c in pick if c and c not in refused]
    country = next((c for c in fallbacks if fits(people, rec, c)), None)
    if country is not None and country == pick[-1] and country not in pick[:-1]:
        # only the host's guess: a principal the text sends home elsewhere ("The President will return to
        # Xcity") is a visitor there
        back = return_home(doc, rec, lead)
        if back and back != country and back not in refused and fits(people, rec, back):
            return back
    if country is None:
        # no guess, or every guess refused by the office ("King A" in a Xland release): the one country
        # named beside the person that has the office
        # "The Minister returns to Xland on ...": the home a trip ends in, before a country named nearby
        home = (
            return_home(doc, rec, lead) or guest_party(doc, people, rec, ctx) or office_home(doc, people, rec)
        )
        country = home if home not in refused else None
    if country is None and chair:
        country = pair_other(doc, chair)  # the other side of the text's Xland-Yland meeting
    # (also when the counterpart's country, one of the pair, was the only guess: "A will hold talks with
    # their Yish counterparts" on Xland-Yland talks)
    if country is None and (fallbacks or refused & {*ctx.parties}) and len(ctx.parties) == 2:
        # "the Xland-Yland talks in Ycity", whose office Yland's holder has: the pair's other side
        side = [p for p in ctx.parties if p not in refused and fits_office(people, rec, p)]
        country = side[0] if len(side) == 1 and side[0] not in fallbacks else None
    return country


# "to be held on Monday together with Mr. A", "along with Minister A": A goes with the subject, on its side
_ALONG = re.compile(r"\b(?:together|along)\s+with\s+(?:the\s+)?(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*$")


def alongside(text: str, at: int) -> bool:
    """The words before a mention (at: its start) join it to the sentence's subject ("together with A"): in
    the issuer's release, the subject's side, not the other party of the pair the sentence names."""
    return "with" in text[max(0, at - 30) : at] and bool(_ALONG.search(text, max(0, at - 30), at))
