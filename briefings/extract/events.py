"""The main event (the meeting the headline and lead announce), side meetings, and trip stops."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from briefings.extract.datelines import Dateline
from briefings.extract.dates import DateMention, find_times
from briefings.extract.event_city_checks import (
    ANNOUNCED_IN,
    DONE_IN,
    HELD_DAYS,
    REMOTE,
    SPOKE_IN,
    VISIT_SUBJECTS,
    counted_visit,
    earlier_day,
    later_year,
    quoted_at,
    reported_from,
    unnamed_cities,
    venue_named,
)
from briefings.extract.event_date_score import MET
from briefings.extract.event_dated_city import dated_first, venue_after_day
from briefings.extract.event_dates import pick_main_date
from briefings.extract.event_days import (
    closing_day,
    dated_there,
    located,
    n_days,
    now_cities,
    spans_cities,
    visit_days,
)
from briefings.extract.event_generated_names import generated_name
from briefings.extract.event_headline_places import headline_meeting_city, headline_stops
from briefings.extract.event_itinerary import onward_leg, spells_stops
from briefings.extract.event_late_dateline import header_end
from briefings.extract.event_main_town import main_town
from briefings.extract.event_meeting_day import meeting_over_travel
from briefings.extract.event_participants import main_participants, main_parties
from briefings.extract.event_places import (
    headline_base_town,
    headline_town,
    held_city,
    stay_city,
    title_place,
    town_country,
    town_elsewhere,
    venue_town,
    visit_city,
    visited_country,
    visits_elsewhere,
)
from briefings.extract.event_spans import EVENT_NOUN, TRAVEL_NOUNS, event_nouns
from briefings.extract.event_tense import LOGISTICS, sentence_score
from briefings.extract.event_towns import (
    arrival_city,
    capital_named,
    country_town,
    gathering_country,
    lead_city,
    other_event_in,
    own_gathering,
    title_town,
    travel_town,
)
from briefings.extract.event_travel import purpose_nouns
from briefings.extract.event_venues import label_city, venue_city, venue_in_region, venue_line_city
from briefings.extract.event_visit_meeting import meeting_day_in_stay
from briefings.extract.eventcues import (
    TRAVEL_TO,
    attended_city,
    countries_in,
    held_at,
    host_span,
    is_trip,
    regathered_city,
)
from briefings.extract.gazetteer import capital_timezone, country_of, find_city
from briefings.extract.people import People
from briefings.extract.places import TZ_ABBREV, ZONES, cities_in, departure_for, destination_in, venue_in
from briefings.extract.sentences import Doc, Sentence
from briefings.models import Event


@dataclass
class MainEvent:
    """The chosen main event and the facts gathered for it."""

    event: Event
    sentence: Sentence
    parties: list[str] = field(default_factory=list)
    generated_name: str = ""
    trip: bool = False
    vague_date: bool = False  # "next week": a stop's own date is better
    hosted: bool = False  # the main event is the gathering on whose sidelines the lead's meeting was held


def build_main(
    doc: Doc,
    people: People,
    ref: date,
    dateline: Dateline | None,
    headline: str | None,
    skip_sentences: set[int],
) -> MainEvent | None:
    """The main event: date, place, timezone, venue, time and participants."""
    picked = pick_main_date(doc, ref, header_end(doc, dateline), skip_sentences, headline)
    # "X to Visit Y for the Z Commission" over a stay "from 21 to 23 May": the commission's day inside it
    picked = (narrowed := meeting_day_in_stay(doc, picked, headline, ref, skip_sentences)) or picked
    # "will travel to X on Thursday and hold talks with B the following day": the talks' day
    picked = meeting_over_travel(doc, picked, headline, ref, skip_sentences) or picked
    body = [s for s in doc.sentences if s.index not in skip_sentences]
    hosted = onward = False
    own_dm: DateMention | None = None
    for x in body[:2]:
        # the lead met "on the sidelines of" a gathering that "opened Friday" and "runs through Sunday":
        # the gathering is the main event, over its days
        span = host_span(doc, x, ref)
        if span:
            picked, hosted = (DateMention(x.start, x.end, span[0], span[1]), x), True
            break
    if picked:
        dm, s = picked
        if dm.end_date is None and not hosted:
            dm = visit_days(doc, s, closing_day(doc, s, n_days(doc, s, dm, ref), ref), ref)
            # "a two-day visit to Y beginning Monday for the X Consultation": the stay the count gives holds
            # the headline's meeting, whose own day is the date
            if dm.end_date and (narrowed := meeting_day_in_stay(doc, (dm, s), headline, ref, skip_sentences)):
                dm, s = narrowed
        if last := onward_leg(doc, s, dm, ref):  # a meeting in A, "then" (or "followed by") a dated visit
            dm, onward, own_dm = replace(dm, end_date=last), True, dm  # to B: a trip
    else:
        dm = None
        # no date: a meeting word, a person or a place must announce a meeting, else there is no event
        found = next((x for x in body[:6] if EVENT_NOUN.search(x.text)), None) or next(
            (
                x
                for x in body[:6]
                if people.at(x.start, x.end) or cities_in(doc.text, x.start, x.end, frozenset())
            ),
            None,
        )
        if found is None:
            return None
        s = found
    lead = [x for x in body if x.index <= s.index + 2][:5]
    parties = countries_in(doc, s)
    mentioned = {c for x in body[:12] for c in countries_in(doc, x)}
    prefer = frozenset(mentioned)
    place: str | None = None
    tz: str | None = None
    from_dateline = ""  # the dateline's city, when the place is only where the writer files from
    cities = reported_from(
        doc.text,
        s.start,
        unnamed_cities(
            people,
            now_cities(doc, s.start, s.end, prefer, dm) or destination_in(doc.text, s.start, s.end, prefer),
        ),
    )
    cities = dated_first(doc.text, dm, cities, s.end, ref)  # "to A on Monday ... in B on 8-9 July": B's date
    travel = [  # (a lead that "will leave for X today" before the meeting's own sentence: X)
        c
        for x in body
        if s.index - 3 <= x.index < s.index
        for c in (cities_in if TRAVEL_TO.search(x.text) else departure_for)(doc.text, x.start, x.end, prefer)
    ]
    held_in = [] if cities or travel or not dateline else held_city(doc, body, s, prefer, dm, ref)
    # "the X Meeting in Smalltown, in Y's Z region": a town the gazetteer does not know
    town = main_town(doc, s, dm, ref, body)
    # "Paris, 28 May 2031" over "held talks on 28 May in Jakarta": the release's date line, not the place
    paren_town = title_town(headline_town(doc, s, dm, ref), dm, cities, prefer)
    if paren_town:  # "Meeting of the Ministers (Smalltown, 12 February 2031)"
        known = find_city(paren_town, prefer) or (cities[0][0] if cities else None)
        place, tz = paren_town, known.timezone if known else None
    elif town and (not cities or town[1] < cities[0][1]):
        # "gather in the resort town of Smalltown ... ahead of a summit in Y": a town the gazetteer may
        # not know, named before any other city
        known = find_city(town[0], prefer)
        place, tz = town[0], known.timezone if known else cities[0][0].timezone if cities else None
    elif cities:
        place, tz = cities[0][0].name, cities[0][0].timezone
    elif v_city := venue_city(doc, s, prefer):  # "at the Grand Hotel, Cityname, from 3 to 5 May"
        place, tz = v_city.name, v_city.timezone
    elif travel:  # "X will travel to Washington ... will meet Y on March 10": the trip's city
        place, tz = travel[0][0].name, travel[0][0].timezone
    elif held_in:  # "CITY A - ... will hold a dialogue in B next week. X will hold the talks on May 5"
        place, tz = held_in[0].name, held_in[0].timezone
    elif b_town := headline_base_town(headline, doc, s):  # "Meeting at Smalltown" over "Smalltown Air Base"
        place, tz = b_town, capital_timezone(visited_country(doc, s) or "")
    elif h_town := title_place(headline, doc, s, prefer):
        # "Ministers to gather in Smalltown in June" over "TOKYO -- ... will meet at the seaside resort":
        # the headline names where, the dateline only where the writer is
        place, tz = h_town
    elif (
        dateline
        and (gathered := gathering_country(doc, s))
        and gathered != dateline.city.country
        and (g_town := country_town(doc, body, s, gathered, prefer))
    ):
        # "SYDNEY - leaders will gather in Xland next week ... in Smalltown, the main town": not the dateline
        place, tz = g_town[0], g_town[1].timezone if g_town[1] else capital_timezone(gathered)
    elif (
        dateline
        and (capital := capital_named(doc, [x for x in lead if x.index <= s.index]))
        and capital.country != dateline.city.country
    ):
        # "TOKYO - ... will hold talks in the Xish capital on 20 May": that capital, not the dateline's city
        place, tz = capital.name, capital.timezone
    elif (
        dateline
        and not (dm and dm.end_date and visits_elsewhere(doc, s, dateline))
        # "CITY - A will make a state visit to Country B next month ... B's leader will host A on 26 April"
        and not any(x.index < s.index and visits_elsewhere(doc, x, dateline) for x in lead)
        and not town_elsewhere(s, dateline, dm.date.year if dm else None)
        and not venue_in_region(doc, s, body)  # "at Camp Y ... the presidential retreat in Xstate's Z"
    ):
        place, tz = dateline.place, dateline.city.timezone
        from_dateline = dateline.city.name
    elif dm and (stay := stay_city(doc, body, s, dm, ref, prefer)):
        place, tz = stay.name, stay.timezone
    else:
        # "hosted Y at the Pentagon" names only a venue: a city of the lead counts only where something is
        # held "in" it ("the talks in Tokyo"), not a "visit to" it
        venue_only = venue_named(doc.text, s.start, s.end)  # "welcome A to the White House" too
        past_main: list[bool] = []  # computed on first need
        # "the Shangri-La Dialogue in Singapore": the main event's own gathering, not another one's city
        own = own_gathering(s, lead)
        # a headline or standfirst line gives the day: the first prose sentence under it, not a byline's
        # "A B in Xcity" beside it, says where
        first = lead_city(doc, body, s, prefer)
        if first is not None:
            place, tz = first.name, first.timezone
        for x in lead if first is None else ():
            if x is not s and MET.search(x.text) and sentence_score(x.text)[1]:
                # "the two last met in X on March 2, 2029": an earlier meeting's city (unless the
                # text is a readout, whose main sentence is past too)
                past_main = past_main or [sentence_score(s.text)[1]]
                if not past_main[0]:
                    continue
            cs = [
                c
                for c in unnamed_cities(people, now_cities(doc, x.start, x.end, prefer, dm))
                if x is s
                or not (
                    other_event_in(doc.text, max(x.start, c[1] - 70), c[1], own)
                    or quoted_at(doc.text, x.start, c[1])
                    or SPOKE_IN.search(doc.text, max(x.start, c[1] - 70), c[1])
                    or ("announc" in x.text and ANNOUNCED_IN.search(doc.text, x.start, c[1]))
                    or DONE_IN.search(doc.text, max(x.start, c[1] - 30), c[1])
                    or later_year(doc.text, c[2], dm)
                    # "welcome A to the X Palace ... The visit will be A's first to Y since ...": a count
                    or counted_visit(doc.text, x.start, c, (s.start, s.end))
                    or earlier_day(doc.text, c[2], dm, ref)
                )
            ]
            if venue_only:
                cs = [c for c in cs if held_at(doc.text, x.start, c[1])]
            if cs:
                place, tz = cs[0][0].name, cs[0][0].timezone
                break
        if place is None and (arrival := arrival_city(doc, body, prefer)):
            place, tz = arrival.name, arrival.timezone  # "to the White House ... Before arriving in X"
    if place is None:
        # "travel to Smalltown, France": a town too small for the gazetteer, named with its country
        tc = town_country(s.text, dm.date.year if dm else None)
        if tc:
            place, tz = tc[0], capital_timezone(tc[1])
    if place is None and (t_town := travel_town(doc, s)):
        # "will travel to Smalltown next week ... While in Smalltown": a town the gazetteer lacks
        place, tz = t_town[0], capital_timezone(t_town[1]) if t_town[1] else None
    if place is None and (labelled := label_city(body, prefer)):
        place, tz = labelled.name, labelled.timezone  # "Where: X Building, Cityname, room 3"
    if place is None and (lined := venue_line_city(body, prefer)):
        place, tz = lined.name, lined.timezone  # "X Convention Center Smallcity, Smallcity" on its own line
    if place is None and (v_town := venue_town(doc, [s, *lead[1:3]] if body and s is body[0] else [s])):
        # a venue in a town the gazetteer lacks, in the sentence or, under a headline, in the lead
        place, tz = v_town[0], capital_timezone(visited_country(doc, v_town[1]) or "")
    if place is None and dm and dm.end_date and (visited := visit_city(doc, body, s, dm, ref, prefer)):
        place, tz = visited.name, visited.timezone
    if tz is None:
        m = re.search(r"\bin\s+(?:the\s+)?([A-Z][\w]+(?:\s+[A-Z]\w+)?)", s.text)
        c = country_of(m[1]) if m else None
        if c is None and place:
            # "will gather in Xland next week. The talks run ... in Smalltown, a town": Xland's zone
            c = next((g for x in lead if x.index < s.index and (g := gathering_country(doc, x))), None)
        tz = capital_timezone(c) if c else None
    # the trip may be announced just after a headline that gives its dates ("Visit of X to A and B (May 4-7)")
    after = next((x for x in lead if x.index > s.index), None) if body and s is body[0] else None
    # "... in A from 19 to 21 May. The visit will take them to A and B": the visit's own stops
    if after is None and body and s is not body[-1]:
        nxt = body[body.index(s) + 1]
        after = nxt if nxt.text.lstrip().startswith(VISIT_SUBJECTS) else None
    trip = narrowed is None and any(is_trip(doc, x, prefer) for x in lead if x.index <= s.index or x is after)
    # "talks in A on 8 May and in B on 10 May": the stops' span, though A is where the first talks are
    stops = trip and dm is not None and spells_stops(doc, s, dm, ref)
    if (
        trip
        and dm
        and cities
        and not stops
        # "travel to A and B, attending the X Meeting in C on 12-13 May": the meeting's city; "then travel
        # on to C, where on 29 July she will attend the X Conference": the later stop's meeting and city
        and (
            located(doc, s, dm, cities, EVENT_NOUN, TRAVEL_NOUNS)
            or dated_there(doc, s, dm, cities, EVENT_NOUN, TRAVEL_NOUNS)
            or venue_after_day(doc.text, dm, s.end, prefer) in [c for c, _, _ in cities]
        )
    ):
        trip = False
    elif trip and dm and cities and not dm.end_date and purpose_nouns(headline) & event_nouns(s.text):
        trip = False  # "X to Travel to Y for the Z Ministerial": the ministerial's day and city
    elif (
        trip
        and dm
        and dm.end_date
        and cities
        and HELD_DAYS.search(doc.text, max(s.start, dm.start - 40), dm.start)
    ):
        trip = False  # "for X, where he will speak at the Y Forum, held 3 to 5 May": its own days
    if trip and dm and dm.end_date and not TRAVEL_TO.search(s.text):
        # "travel to A to attend the X Meetings in C, before visiting B ... The meetings run from 3 to 5
        # May": the dates are the gathering's own, so is its city
        nouns = {m.group().lower() for m in EVENT_NOUN.finditer(s.text)}
        gathering = attended_city(lead, s.index, prefer) if nouns - TRAVEL_NOUNS else None
        if gathering:
            trip, place, tz = False, gathering.name, gathering.timezone
    elif trip and dm and dm.end_date and (gathering := regathered_city(doc, s, dm, ref, prefer)):
        trip, place, tz = False, gathering.name, gathering.timezone  # the gathering's own days and city
    if (
        not trip
        and place
        and dm
        and dm.end_date
        and (visit_country := visited_country(doc, s))
        and spans_cities(doc, body, dm, ref, visit_country, prefer, from_dateline, s.index)
    ):
        trip = True  # "will travel to X from 3 to 5 May ... In A on 4 May ... On 5 May, to B": two cities
    if headline_stops(headline, body, prefer, dm):
        trip = True  # "X to Lead Trade Mission to A and B": the whole journey
    elif (
        (trip or onward or place is None)
        and not stops
        and (h_city := headline_meeting_city(headline, doc, body, s, prefer))
    ):
        # "X to co-chair the Y Dialogue in Ycity" over a two-country trip or a later leg: the meeting's city
        trip, place, tz, dm = False, h_city.name, h_city.timezone, own_dm if onward else dm
        onward = False
    if trip or onward:
        trip, place = True, None  # a trip over several cities has no single place
    elif place and not cities and not town and REMOTE.search(s.text):
        place = None  # "will hold talks by videoconference": held in no city (the dateline is the writer's)
    venue = next((v[0] for x in [s, *lead] if (v := venue_in(doc.text, x.start, x.end))), None)
    start_dt: datetime | None = None
    if dm and tz:
        times = [
            t
            for t in find_times(doc.text, s.start, s.end)
            if not LOGISTICS.search(doc.text[max(s.start, t.start - 50) : t.end + 10])
        ]
        if times:
            start_dt = datetime.combine(dm.date, times[0].time, tzinfo=ZoneInfo(tz))
    elif dm:
        # no place, but the time names its zone: "at 2:00 p.m. EDT"
        for t in find_times(doc.text, s.start, s.end):
            zm = TZ_ABBREV.match(doc.text, t.end, s.end)
            if zm and not LOGISTICS.search(doc.text[max(s.start, t.start - 50) : t.end + 10]):
                tz = ZONES[zm[1]]
                start_dt = datetime.combine(dm.date, t.time, tzinfo=ZoneInfo(tz))
                break
    participants = main_participants(doc, people, body, lead, s)
    parties = main_parties(people, participants, parties)
    name, made = generated_name(doc, s, lead, parties, headline, trip)
    ev_start, ev_end = (dm.start, dm.end) if dm else (s.start, s.end)
    evidence = doc.evidence(ev_start, ev_end, s)
    assert evidence is not None
    event = Event(
        name=name,
        kind="main",
        date=dm.date if dm else None,
        end_date=dm.end_date if dm else None,
        start=start_dt,
        all_day=start_dt is None,
        timezone=tz,
        place=place,
        venue=venue,
        participants=participants,
        year_assumed=bool(dm and dm.year_assumed),
        evidence=evidence,
    )
    # "a four-day visit from Monday" is as exact as its stops' dates; "next week" alone is vague
    generated = name if made else ""  # "US–Japan meeting": no gathering named, the parties' own meeting
    vague = bool(dm and dm.relative and not dm.end_date)
    return MainEvent(event, s, parties, generated, trip=trip, vague_date=vague, hosted=hosted)
