"""Plain text → Briefing, by general rules: people, events, quotes and topics, each with evidence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefings.compiled import use_compiled

# before any submodule is imported: take them from the mypyc build when it matches these sources
COMPILED = use_compiled(__path__)

from briefings.extract.country_context import (
    departure_country,
    described_town_state,
    hosting_state,
    venue_state,
)
from briefings.extract.country_cues import last_years_city
from briefings.extract.datelines import (
    Dateline,
    find_date_line,
    find_dateline,
    find_foot_date,
    header_date,
    issuer_country,
)
from briefings.extract.eventcues import countries_in
from briefings.extract.events import EVENT_NOUN, build_main
from briefings.extract.gazetteer import country_of, stray_namesake
from briefings.extract.homes import visited_country
from briefings.extract.host_release import host_release
from briefings.extract.label_lines import section_label, state_letterhead
from briefings.extract.letterheads import (
    byline_issuer,
    date_line_capital,
    date_over_place_capital,
    foot_capital,
    hoping_state,
    letterhead_issuer,
    mission_issuer,
    place_date_capital,
    signoff_capital,
)
from briefings.extract.org_issuer import issuing_org
from briefings.extract.org_names import ORGANISATION_NAMES, ORGANISATIONS
from briefings.extract.org_seats import held_at_seat, seat_named
from briefings.extract.people_letterhead import visitor_side
from briefings.extract.places import cities_in
from briefings.extract.quotes import find_quotes
from briefings.extract.role_parliament import parliament_issuer
from briefings.extract.roster import CountryContext, build_people
from briefings.extract.sentences import Doc, split
from briefings.extract.sides import side_meetings
from briefings.extract.stops import trip_stops
from briefings.extract.topics import find_topics
from briefings.extract.town_cues import abbr_town_country
from briefings.extract.trip_ends import journey_ends
from briefings.models import Briefing, Event

__all__ = ["extract"]

_ORGS = ORGANISATION_NAMES
_LABEL = re.compile(
    # "Press Release No. 312", "Press Release E-057/26": a numbered release
    r"^(?:(?:press|news|media)\s+release\s+(?:no\.?\s*)?[a-z]{0,3}-?\d[\w/-]*|"
    r"media note|press release|news release|statement|readout|for immediate release|"
    r"office of the spokesperson|the white house|briefing room|speeches and remarks|"
    r"immediate release|joint statement|joint media release|media release|fact sheet|news|home|"
    # the issuer's press desk: "Press and information team", "Press Office", "Media & Communications Unit"
    r"(?:press|media|information|communications?)(?:\s+(?:and|&)\s+(?:information|media|communications?))?"
    r"\s+(?:team|office|service|unit|section|division|centre|center|department))"
    # a numbered release: "Press Release No. 312", "Media Note No. 45/2031"
    r"(?:\s+(?:no|nr|number|n[º°])\.?\s*:?\s*\d[\d/.-]*)?\W*$",
    re.I,
)
# a site's section path over the headline: "World / Asia", "Home > News > Politics"
_BREADCRUMB = re.compile(r"^[\w&'’ -]{2,30}(?:\s+[/>|›»·]\s+[\w&'’ -]{2,30})+$")
# a letterhead naming the issuing body: "Ministry of Foreign Affairs", "Government of X", "Embassy of Y in Z"
# (every word capitalised or a connector: "Ministry of Defence to Host Talks" is a headline)
_LETTERHEAD = re.compile(
    r"^(?:The\s+)?(?:Ministry|Department|Government|Office|Embassy|Consulate|(?:Permanent\s+)?Mission|"
    r"High\s+Commission|Secretariat)\s+(?:of|for)\b(?:\s+(?:of|for|the|and|in|to|&|[A-Z][\w.'’-]*))+$"
)


def _label(line: str) -> bool:
    """A line over the headline that names no news: a label, a breadcrumb, the issuing body's letterhead (or
    the issuing state's name on a line of its own)."""
    return (
        bool(_LABEL.match(line) or _BREADCRUMB.match(line) or _LETTERHEAD.match(line))
        or line in ORGANISATIONS
        or section_label(line)
        or state_letterhead(line)
        or country_of(line) is not None  # "Republic of Xland" under "DEPARTMENT OF FOREIGN AFFAIRS"
    )


# a release's minister lines over its headline: "The Hon A B MP", "Rt Hon A B", and the office alone under it,
# "Minister for Foreign Affairs" (every word capitalised or a connector: "Minister to visit X" is a headline)
_MINISTER_LINE = re.compile(
    r"^(?:(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}(?:\s+(?:MP|MLA|MHR|KC|QC))?|"
    r"(?:(?:Deputy|Assistant|Associate)\s+)?(?:Prime\s+)?Minister(?:\s+(?:of|for|and|the|&|[A-Z][\w'’-]*))+)$"
)


def _headline(doc: Doc, skip: set[int]) -> int | None:
    """Index of the headline sentence: a short line of its own without a final period (not the minister's
    name and office lines a release opens with)."""
    for s in doc.sentences[:6]:
        if s.index in skip:
            continue
        alone = all(x.paragraph != s.paragraph for x in doc.sentences if x.index != s.index)
        if not alone:
            return None
        t = s.text.strip()
        if _MINISTER_LINE.match(t):
            continue
        if len(t) <= 240 and len(t.split()) >= 3 and not t.endswith(".") and len(doc.sentences) > 1:
            return s.index
        if len(t.split()) >= 3:
            return None
    return None


def country_context(doc: Doc, dateline: Dateline | None, skip: set[int]) -> CountryContext:
    """Issuer, dateline country, the host country of the meeting and the parties the lead names."""
    body = [s for s in doc.sentences if s.index not in skip][:8]
    mentioned = frozenset(c for s in body for c in countries_in(doc, s))
    host = None
    for s in body:
        cities = [
            c
            for c in cities_in(doc.text, s.start, s.end, mentioned)
            if not stray_namesake(c[0], mentioned) and not last_years_city(doc.text, c[2])
        ]
        if cities:
            host = cities[0][0].country
            seat = held_at_seat(body, cities[0][0].name) or seat_named(cities[0][0].name, s.text)
            host = None if seat else host
            break
        # "welcome the leaders to Smalltown, Alta., from 15 June": the region's abbreviation tells the state
        host = abbr_town_country(doc.text, s.start, s.end) or venue_state(s.text)
        if host:
            break
    host = host or described_town_state(body)  # "in the Xish resort of Ytown": a town no table knows
    if host is None and dateline:
        # "SEOUL (Agency) -- Speaker A will visit Yland": a national agency's home is not the visit's host
        away = visited_country(doc) or departure_country(doc, dateline.city.country)
        host = away if away and away != dateline.city.country else dateline.city.country
    host = host or hosting_state(body)  # "Xland set to host the Y ministers": no city named
    parties: list[str] = []
    for s in body:
        if EVENT_NOUN.search(s.text):
            parties = [c for c in countries_in(doc, s) if c not in _ORGS]
            if len(parties) >= 2:
                break
    org = issuing_org(doc)
    return CountryContext(
        issuer=issuer_country(doc)
        or letterhead_issuer(doc)
        or parliament_issuer(doc)
        or mission_issuer(doc)
        or date_line_capital(doc)
        or (place_date_capital(doc) if org is None else None)  # an organisation's seat is no issuer
        or (date_over_place_capital(doc) if org is None else None)  # "June 3, 2026" / "Xcity, Region"
        or signoff_capital(doc)
        or (foot_capital(doc) if org is None else None)  # "XCITY, 3 MAR 2026" closing the release
        or byline_issuer(doc)
        or hoping_state(doc)  # "Through this visit, Xland hopes to ...": the release's own government
        or visitor_side(doc)  # "I will travel to Ycity for the Xland-Yland talks": Xland's release
        or host_release(doc, host, dateline is not None),  # "The President will welcome President A"
        dateline=dateline.city.country if dateline else None,
        agency=dateline.agency if dateline else None,
        host=host,
        parties=parties,
        org=org,
    )


def extract(text: str, *, source: str = "", published: date | None = None, today: date) -> Briefing:
    """Extract a Briefing from plain text; dates without a year resolve against published or today."""
    doc = split(text)
    if published is None:
        published = header_date(doc.header.get("published") or doc.header.get("date") or "")
    skip = {s.index for s in doc.sentences[:6] if _label(s.text.strip())}
    date_line = find_date_line(doc)
    if date_line:
        skip.add(date_line[1].index)
        if published is None:
            published = date_line[0]
    # "Abuja, 14 September 2026" under the body: the release's date, no dateline nor date of a meeting
    foot = find_foot_date(doc)
    if foot:
        skip.add(foot[1].index)
    dateline = find_dateline(doc, published or (foot[0] if foot else today), foot[1].index if foot else 6)
    if published is None and dateline and dateline.date:
        published = dateline.date
    if published is None and foot:
        published = foot[0]
    ref = published or today
    headline = _headline(doc, skip)
    ctx = replace(country_context(doc, dateline, skip), ref=ref)
    people, persons, conflicts = build_people(doc, ctx)
    events: list[Event] = []
    headline_text = doc.sentences[headline].text.strip() if headline is not None else None
    main = build_main(doc, people, ref, dateline, headline_text, skip)
    if main:
        events.append(main.event)
        events.extend(
            side_meetings(doc, people, main, ref, skip | ({headline} if headline is not None else set()))
        )
        events.extend(trip_stops(doc, main, ref, headline_text))
        journey_ends(doc, main, ref)  # "departs on 9 May and returns on 13 May": the trip's own days
    quotes = find_quotes(doc, people)
    topics = find_topics(doc, skip, headline)
    warnings: list[str] = []
    if main is None or main.event.date is None:
        warnings.append("no date found")
    if not persons:
        warnings.append("no people found")
    if main is None or (main.event.date is None and not main.event.participants):
        warnings.append("no event found")
    title = (doc.header.get("title") or "").strip()
    if not title and headline is not None:
        title = doc.sentences[headline].text.strip()
    if not title and main:
        title = main.event.name[:1].upper() + main.event.name[1:]
    return Briefing(
        title=(title or source or "untitled")[:200],
        source=source,
        published=published,
        reference_date=ref,
        text=text,
        sentences=[s.text for s in doc.sentences],
        people=persons,
        events=events,
        quotes=quotes,
        topics=topics,
        conflicts=conflicts,
        warnings=warnings,
    )
