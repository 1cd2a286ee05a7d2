"""Countries the text implies: delegations, sides, hosts, pairs, the issuer."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from briefings.extract.country_context import (
    OPPOSITION,
    CountryContext,
    foreign_place,
    held_here,
    writer_only,
)
from briefings.extract.country_cues import ESCORTED, UNPOSTED_ENVOY, escort_pair, journey_with, travels_with
from briefings.extract.country_guess_cues import (
    FIRST_PERSON,
    FIRST_PERSON_WORDS,
    HOST_VERB,
    HOSTED_BY,
    SENDS,
    UNOFFICIAL,
    fits_office,
    title_countries,
)
from briefings.extract.country_links import (
    TRAVELS,
    chain_countries,
    counterpart_owner,
    counterparts_country,
    escorts_home,
    his_own,
    invited_guest,
    joint_traveller,
    named_counterpart,
    opposition_home,
    says_after,
    served_under,
    title_travels,
)
from briefings.extract.country_parties import missing_parties
from briefings.extract.country_trips import visited as visits
from briefings.extract.eventcues import countries_in_span
from briefings.extract.gazetteer import capital_country, country_of
from briefings.extract.homes import (
    author_home,
    caps_issuer,
    doc_countries,
    its_delegation,
    lead_delegations,
    named_countries,
    namesakes,
    pair_in,
    paragraph_state,
    traveller_home,
    trip_countries,
    visited_country,
)
from briefings.extract.hosts import body_country, sentence_host
from briefings.extract.literals import has_any
from briefings.extract.minister_letterhead import minister_home
from briefings.extract.office_owners import office_owner
from briefings.extract.offices import fits, foreign_secretary_of_state
from briefings.extract.org_agencies import agency_deputies
from briefings.extract.org_names import union_office
from briefings.extract.org_people import organisation_staff, reports_to
from briefings.extract.people import People
from briefings.extract.people_affiliation import at_institution
from briefings.extract.people_chains import delegation_lead, delegation_member, owner_country
from briefings.extract.people_clauses import (
    RECEIVES_CUE,
    co_chair_partner,
    co_chairs,
    coordinated,
    in_quote,
    met_object,
    met_only,
    other_party,
    quote_speaker,
)
from briefings.extract.people_cues import (
    companion_of,
    delegation_of,
    host_named,
    joined_group,
    named_group,
    represented_by,
    returns_to,
    speaks_in_city,
    spouses,
    staff_of,
)
from briefings.extract.people_delegations import delegation_owner, ministry_named
from briefings.extract.people_leaders_desc import described_leaders, leaders_counterparts
from briefings.extract.people_leads import led_side, returns_later, seat_state, talks_there, title_departs
from briefings.extract.people_senders import sending_subject
from briefings.extract.people_spoken import spoken_country
from briefings.extract.people_spokes import (
    own_voice,
    principal,
)
from briefings.extract.people_visits import POSSESSIVE, visited_by
from briefings.extract.roles import defined_service, national_office, receiving_state, service_state
from briefings.extract.sentences import Doc
from briefings.extract.spokes_states import spoken_for
from briefings.extract.visitor_sides import alongside, side_country, visiting_side


def guess_countries(doc: Doc, people: People, ctx: CountryContext) -> None:
    """Countries the text implies: the host of a meeting, the other party of a pair, the issuer."""
    text = doc.text
    ctx = ctx if ctx.issuer is not None else replace(ctx, issuer=caps_issuer(doc))
    if ctx.dateline and ctx.host != ctx.dateline and held_here(doc):
        ctx = replace(ctx, host=ctx.dateline)  # "New Delhi (Wire) - ... talks here on Friday"
    stated = {r.country for r in people.recs if r.country}
    lead_delegations(doc, people)
    by_office = set()  # a country known from the office alone is no country for the names beside it
    for rec in people.recs:
        if rec.role and not rec.country:
            # "Commander of the Xland Navy": the title names it, or by initials the text defines
            named_state = service_state(rec.role) or defined_service(rec.role, text) or union_office(rec.role)
            if named_state:
                rec.country = named_state
                continue
            same_title = title_countries(people, rec)
            office = national_office(rec.role, (ctx.issuer, ctx.dateline), same_title, ctx.host)
            if office and foreign_secretary_of_state(doc, rec.role, office):
                office = None  # Poland's, Spain's ... "Secretary of State"
            # "The Xish delegation will include ... the Secretary of the Navy, A": a delegation the text gives
            # a country to is A's, though another state has an office of that name
            member = delegation_member(text, people, rec) if office else None
            if member and member != office:
                rec.country = member
                continue
            # "A, chairman of the Joint Chiefs of Staff, and his U.S. counterpart": another country's office
            if office and office != counterparts_country(text, rec, people):
                rec.country = office
                by_office.add(id(rec))
    organisation_staff(doc, people, ctx.own_org)
    agency_deputies(doc, people)
    reports_to(doc, people)
    staff_of(text, people)
    host_named(text, people, ctx.host)
    # a think tank's officer takes only the country the text ties them to (people_affiliation), no host's
    outside = {id(r) for r in people.recs if not r.country and r.role and at_institution(r, text)}
    unknown = [
        r
        for r in people.recs
        if not r.country and (r.role or named_counterpart(text, r)) and not writer_only(r)
    ]
    visited = visited_country(doc) if unknown and ctx.host is None else None
    departs = title_departs(doc, people) if unknown else {}
    hosts: dict[int, str | None] = {}  # the host of each sentence, by index (ctx and visited are fixed)
    met_in: dict[int, str] = {}  # a person named once: the host of that sentence (a trip's stop), by id
    several: set[int] = set()  # sentences naming several cities: their host depends on the mention
    for rec in unknown:
        envoy = bool(rec.role and (UNPOSTED_ENVOY.fullmatch(rec.role) or receiving_state(rec.role)))  # posted
        # "B will be accompanied by A": A is of B's party (companion_of), met later ("talks with A") or not
        escort = (ESCORTED.search(text, max(0, x.span_start - 30), x.span_start) for x in rec.mentions)
        envoy = envoy or any(escort)
        back = returns_to(text, rec) or returns_later(text, rec) or departs.get(id(rec))
        if back and back not in (ctx.host, visited):  # "will return to X" where the talks are: a new visit
            rec.country = back
            continue
        for m in rec.mentions:
            local = (
                speaks_in_city(text, m)
                or named_group(text, m)
                or represented_by(text, m)
                or delegation_of(text, m)
                or body_country(text, m)
                or delegation_owner(text, m, people)
                or ministry_named(doc, m)
                or led_side(text, m)
                or seat_state(text, m)
                or talks_there(text, m)
            )
            if local:
                rec.country = local
                break
            before = text[max(m.sentence.start, m.span_start - 80) : m.span_start]
            dm = delegation_lead(text, people, m)
            led = owner_country(dm[1]) if dm else its_delegation(text, m.sentence.start, m.span_start)
            # "Xland, which ..., sends"; "A will send B in his place"
            led = led or sending_subject(text, m.sentence.start, m.span_start, people)
            sent = SENDS.search(before) if not led and "sen" in before[-30:] else None
            # "Xland is sending its Minister A"
            led = led or ((country_of(sent[1]) or capital_country(sent[1])) if sent else None)
            led = led or spoken_for(text, m)  # "the Xish ministry's spokesperson, A", after its delegation
            if led:
                rec.country = led
                break
            if id(rec) in outside or envoy:
                break  # a think tank's officer is no host's official; an envoy met there is a foreigner
            si = m.sentence.index
            if si not in hosts or si in several:
                sides = frozenset(ctx.parties)
                hosts[si] = sentence_host(doc, m, sides, ctx.host or visited, several, ctx.ref)
            host = hosts[si]
            if not host or not fits(people, rec, host):
                continue  # "meet President A" in Xland, whose President the text names: A is a guest
            if len(rec.mentions) == 1:
                met_in[id(rec)] = host  # named once: the host of that sentence, not the text's
            if RECEIVES_CUE.search(before[-30:]) and any(
                r is not rec and r.country == host for _, r in people.at(m.sentence.start, m.span_start)
            ):
                break  # "Xland's Prime Minister, B, will receive A": the host's receives a guest
            if (
                host != ctx.issuer
                and text[m.end : m.end + 2] not in POSSESSIVE  # "meet A's adviser": A is not met
                and not travels_with(before)
                and met_object(doc, people, m, before)
            ):
                # "meet A and B": B too is of the host's side; "... a meeting with A, spokesman B said" under
                # a dateline: B speaks where the story is filed, is not met
                wire = ctx.dateline if says_after(text, m) else None
                rec.country = wire if wire and fits(people, rec, wire) else host
                break
            if HOSTED_BY.search(before[-24:]) and not foreign_place(ctx, host):
                rec.country = host  # "a dinner hosted by Prime Minister A": the host country's
                break
            # "A will host a luncheon for the Xish delegation" abroad in Xland's release: A is the host's
            if HOST_VERB.match(text[m.tail_end : m.tail_end + 30]) and (
                not ctx.issuer
                or (host != ctx.issuer and ctx.issuer in countries_in_span(text, m.tail_end, m.sentence.end))
            ):
                rec.country = host
                break
    chain_countries(doc, people, by_office)
    served_under(text, people)
    his_own(text, people)
    namesakes(doc, people)
    co_chairs(doc, people, ctx.issuer)
    # "a Japan-UK meeting" with a British person: the unknown one in that sentence is the other side.
    pairs: dict[int, tuple[str, str] | None] = {}  # the pair of each sentence, by index
    for _ in range(2):
        for rec in people.recs:
            if rec.country or not rec.role or writer_only(rec):
                continue
            for m in rec.mentions:
                si = m.sentence.index
                if si not in pairs:
                    pairs[si] = pair_in(text, m.sentence.start, m.sentence.end)
                pair = pairs[si]
                if not pair:
                    continue
                if "ccompan" in m.sentence.text and escort_pair(text, rec, people, m.sentence):
                    break  # "A will be accompanied by B, head of the X-Y group": B is of A's side, read later
                # the document's first person, of unknown country, is taken to be the issuer's
                lead = people.recs[0]
                partner = coordinated(doc, people, m)
                if partner is not None and partner is not rec:
                    # "A, Minister X, and B, Minister Y, will visit ... the Xland-Yland talks": B is A's side
                    mate = partner.country or (ctx.issuer if partner is lead else None)
                    if mate in pair and fits(people, rec, mate):
                        rec.country = mate
                        break
                    continue
                # '"A's visit underscores the X-Y alliance," said B': a name in B's own words is no other side
                speaker = quote_speaker(text, m)
                others = {
                    r.country or (ctx.issuer if r is lead else None)
                    for pm, r in people.at(m.sentence.start, m.sentence.end)
                    if r is not rec and not (speaker and in_quote(text, m.sentence.start, pm.start))
                }
                side = [c for c in pair if c not in others]
                if ctx.issuer in others and alongside(text, m.span_start):
                    break  # "A will attend together with Mr. B" in A's state's release: B is of A's side
                if len(side) == 1 and len(others & set(pair)) == 1 and fits(people, rec, side[0]):
                    rec.country = side[0]
                    break
    described_leaders(text, people)
    if ctx.issuer is None:  # "Rt Hon A" / "Prime Minister" heading the release: A's government issues it
        ctx = replace(ctx, issuer=minister_home(doc, people))
    leaders_counterparts(text, people)
    named: list[tuple[str, int]] | None = None  # every country the text names: built when first needed
    missing: list[str] | None = None
    unofficial = {r.name for r in people.recs if r.role and (UNOFFICIAL.search(r.role) or writer_only(r))}
    unofficial |= {r.name for r in people.recs if id(r) in outside}
    queue = list(people.recs)
    order = {id(r): k for k, r in enumerate(queue)}
    waited: set[int] = set()  # spokespeople waiting for their principal's country
    met: set[str] | None = None  # people only met, no spokesperson's principal: built when first needed
    for k, rec in enumerate(queue):
        # the text's first person (often its author), as found so far (not from the office alone)
        first = people.recs[0].country if id(people.recs[0]) not in by_office else None
        if rec.role and OPPOSITION.search(rec.role):
            first = None  # "Opposition defence spokesman": the politics of the place, not a delegation's
        staff = any(m.contact for m in rec.mentions)  # press contacts work for the issuing office
        if rec.country or not (rec.role or staff) or rec.name in unofficial:
            continue
        if rec.role and OPPOSITION.search(rec.role):
            # the home politics the opposition's own words name ("owed Xlanders an answer")
            rec.country = paragraph_state(doc, rec) or opposition_home(
                text, people, rec, ctx.host, ctx.issuer
            )
            if rec.country:
                continue
        guest = invited_guest(text, rec)  # invited: a visitor, neither the host's nor the author's
        travels = (
            guest or any(TRAVELS.match(text, m.tail_end) for m in rec.mentions) or title_travels(text, rec)
        )
        # "A, Minister X, and B, Minister Y, will travel to Xland": A travels with B, is no Xlander
        travels = (joint := joint_traveller(text, rec, people)) is not None or travels
        companion = companion_of(text, rec, people)  # "X will be accompanied by Y": Y travels with X
        group = joined_group(text, rec, people)  # "The Xish delegation ... They were joined by A": the host's
        if group and group.country not in (None, ctx.host) and ctx.host and fits(people, rec, ctx.host):
            rec.country = ctx.host
            continue
        if companion and companion.country is None and k < order.get(id(companion), -1):
            queue.append(rec)  # the companion's country is still to be guessed: wait for it
            continue
        if companion:
            travels = True
            host_escort = ctx.issuer is not None and escorts_home(doc, people, rec, companion, ctx.issuer)
            if host_escort:  # a guest touring the issuer's country escorted by A: A is the issuer's
                rec.country = ctx.issuer
                continue
            # "joined by A and his Xish peer, B": A is not of B's country, whoever A joins
            if companion.country and companion.country != counterparts_country(text, rec, people):
                rec.country = companion.country
                continue
        home = None
        if (
            rec is people.recs[0]
            and not ctx.issuer
            and not ctx.dateline
            and has_any(text, FIRST_PERSON_WORDS)
            and FIRST_PERSON.search(text)
        ):
            named = named_countries(doc, people, doc_countries(doc)) if named is None else named
            # "I will join ...": the author's is the country no one holds (else whose office is free)
            home = author_home(doc, people, named, partial(fits_office, people, rec))
        along: set[str] = set()
        if not ctx.issuer and not ctx.dateline and any("with" in m.sentence.text for m in rec.mentions):
            named = named_countries(doc, people, doc_countries(doc)) if named is None else named
            along = journey_with(text, rec, named)  # "I will travel to A and B with the Minister for C, X"
            travels = travels or bool(along)
        if home is None and not ctx.issuer and not ctx.dateline and travels:
            named = named_countries(doc, people, doc_countries(doc)) if named is None else named
            # "X will visit A and B to deepen C's ties"; one joined to a traveller goes where that one goes
            along = along | trip_countries(doc, joint, TRAVELS, named) if joint else along
            home = traveller_home(doc, rec, TRAVELS, named, along)
        if missing is None and len(ctx.parties) == 2:
            every = doc_countries(doc)
            named = named_countries(doc, people, every) if named is None else named
            missing = missing_parties(doc, ctx.parties, every, named, stated, ctx.host)
        wire = ctx.dateline if not ctx.org else None  # an organisation's seat is no official's country
        if travels and wire and wire in trip_countries(doc, rec, TRAVELS):
            # "SEOUL (Agency) - Prime Minister A will travel to Seoul": a visitor to the dateline's country is
            # of the national agency's (else of none the dateline tells)
            wire = ctx.agency if ctx.agency != wire else None
        options = (
            ctx.issuer,
            wire,  # a wire story's unqualified officials are the dateline's
            home,
            missing[0] if missing and len(missing) == 1 else None,
            None if guest else first,
            None if travels or not ctx.host else met_in.get(id(rec), ctx.host),  # a visitor: no host's
        )
        # "MX spokesperson A" of "the Ministry of X (MX)", "Press Secretary A said ... the Pentagon ...",
        # "Xland's defence minister will ...": the office's owner the text names
        voice = office_owner(rec, people, text)
        if voice and not ctx.issuer:
            rec.country = voice
            continue
        if not ctx.issuer and own_voice(text, rec):
            # the text's own spokesperson speaks for the side whose principal it announces, not for the host
            met = met_only(doc, people) if met is None else met
            lead_rec = principal(people.recs, rec, unofficial | met, text)
            if lead_rec is not None and lead_rec.country is None and id(rec) not in waited:
                waited.add(id(rec))
                queue.append(rec)  # the principal's country is still to be guessed: wait for it
                continue
            if lead_rec is not None and lead_rec.country and fits(people, rec, lead_rec.country):
                rec.country = lead_rec.country
                continue
        spoken = spoken_country(doc, people, rec) if not ctx.issuer else None
        if spoken and fits(people, rec, spoken):
            rec.country = spoken  # "In Xcity, ministry spokesperson A said ...": where the words are spoken
            continue
        other = (None if ctx.issuer else counterparts_country(text, rec, people)) or counterpart_owner(
            text, rec, people
        )
        # "co-chaired by A and B": B is not of A's side
        chair = None if other else co_chair_partner(text, rec, people)
        other = other or chair
        posted = receiving_state(rec.role) or visited_by(text, rec)  # "Ambassador to X" is not of X
        # a visitor to one of a pair of parties is of the other ("the visit of President A to X")
        party = other_party(doc, rec, posted, ctx.parties) if posted else []
        pick = (*party, *options) if party and party[0] != other else options
        went = visits(doc, people, rec, travels, ctx.issuer)  # "A's state visit to X": X is not A's own
        away = visiting_side(doc, rec, ctx, travels)  # a visitor to the issuer's own two-state meeting
        went, pick = (went | {ctx.issuer or away}, (away, *pick)) if away else (went, pick)
        main = rec is people.recs[0] or rec is principal(people.recs, people.recs[0], unofficial, text)
        rec.country = side_country(doc, people, rec, ctx, pick, {other, posted, *went}, main, chair)
    spouses(text, people)
