"""Main-event rules, round 18 (events3): a trip spelled out stop by stop in one sentence ("due in A on
Friday and in B on Saturday and Sunday") spans its first stop's day to its last and has no single place;
a several-word city whose first word is itself a city ("Ho Chi Minh City") is read whole; a dated comment
on the meeting ("B criticised the talks on Monday") is past and never the meeting's day."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.places import cities_in
from briefings.models import Event


def _main(text: str, today: date) -> Event:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev


# ---- a trip spelled out stop by stop -------------------------------------------------------------------

_CORPUS_TRIP = (
    "Hegseth to visit Philippines and Japan on first Asia trip as defense secretary\n\n"
    "WASHINGTON (AP) — Defense Secretary Pete Hegseth will travel to the Philippines and Japan this week on "
    "his first trip to Asia since taking office.\n\n"
    "Hegseth departs Washington on Tuesday and will stop first in Hawaii, where he will be briefed by "
    "Adm. Samuel Paparo, and then in Guam. He is due in Manila on Friday and in Japan on Saturday and "
    "Sunday, the Pentagon said.\n\n"
    "In Japan, Hegseth will join Prime Minister Shigeru Ishiba at a ceremony on Iwo Jima, before meeting "
    "Defense Minister Gen Nakatani in Tokyo on Sunday.\n"
)


@pytest.mark.parametrize(
    ("text", "today", "span"),
    [
        (_CORPUS_TRIP, date(2025, 3, 24), (date(2025, 3, 28), date(2025, 3, 30))),
        (  # wire: "due in A on D1 and in B on D2 and D3", a meeting at the last stop after it
            "Marsh to visit Vietnam and Indonesia on regional tour\n\n"
            "WASHINGTON (AP) — Defense Secretary Lloyd Marsh will travel to Vietnam and Indonesia this week "
            "on a tour meant to reassure partners.\n\n"
            "Marsh leaves Washington on Monday. He is due in Hanoi on Wednesday and in Indonesia on Thursday "
            "and Friday, the Pentagon said.\n\n"
            "In Jakarta, Marsh will hold talks with Defence Minister Budi Santoso on Friday.\n",
            date(2031, 5, 5),
            (date(2031, 5, 7), date(2031, 5, 9)),
        ),
        (  # ministry release: "in A on D1, then in B on D2 and D3"
            "Minister Holm to travel to Peru and Chile\n\n12 May 2031\n\n"
            "The Minister for Foreign Affairs, Anna Holm, will visit South America on her first trip to the "
            "region.\n\n"
            "Ms Holm will be in Lima on Monday 19 May, then in Santiago on Wednesday 21 May and Thursday "
            "22 May.\n\n"
            "In Santiago, Ms Holm will hold talks with Foreign Minister Carlos Rojas on 22 May.\n",
            date(2031, 5, 12),
            (date(2031, 5, 19), date(2031, 5, 22)),
        ),
        (  # media note: "arrives in A on D1 before heading to B for D2-D3"
            "MEDIA NOTE: Minister's travel to Kenya and Ethiopia\n\n"
            "Minister of State Liam Doyle arrives in Nairobi on Tuesday 3 June before heading to Addis Ababa "
            "for 4-5 June.\n\n"
            "In Addis Ababa, Mr Doyle will meet African Union Commission officials on 5 June.\n",
            date(2031, 5, 28),
            (date(2031, 6, 3), date(2031, 6, 5)),
        ),
        (  # media advisory: the same, a ceremony at the last stop
            "Media advisory: Secretary's visit to Poland and Lithuania\n\n"
            "The Secretary arrives in Warsaw on 9 June before heading to Vilnius for 10-11 June.\n\n"
            "In Vilnius, the Secretary will attend a ceremony with President Anna Kowal on 11 June.\n",
            date(2031, 6, 2),
            (date(2031, 6, 9), date(2031, 6, 11)),
        ),
    ],
)
def test_stops_spell_out_the_trip(text: str, today: date, span: tuple[date, date]) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) == span
    assert ev.place is None  # a trip over several cities has no single place


@pytest.mark.parametrize(
    ("text", "today", "stops"),
    [
        (  # a meeting dated before the stops: they are the guest's stay around it
            "Minister to welcome Chilean counterpart\n\n12 May 2031\n\n"
            "Foreign Minister Anna Holm will host Chile's Foreign Minister Carlos Rojas in Ottawa on 19 May "
            "for the annual consultations.\n\n"
            "Mr Rojas arrives in Toronto on Sunday 18 May and will be in Ottawa on 19 May before travelling "
            "to Montreal.\n",
            date(2031, 5, 12),
            (date(2031, 5, 18), date(2031, 5, 19)),
        ),
        (  # a headline that announces a meeting: the stops are travel around it
            "Minister to attend Andean summit in Quito\n\n12 May 2031\n\n"
            "Foreign Minister Anna Holm is due in Lima on 19 May and in Quito on 20 and 21 May for the "
            "Andean summit.\n",
            date(2031, 5, 12),
            (date(2031, 5, 19), date(2031, 5, 21)),
        ),
        (  # days weeks apart: two journeys, no one trip
            "Minister to travel\n\n12 May 2031\n\n"
            "Foreign Minister Anna Holm will travel to Lima on 19 May and to Quito on 30 June.\n",
            date(2031, 5, 12),
            (date(2031, 5, 19), date(2031, 6, 30)),
        ),
    ],
)
def test_stops_that_are_no_trip_span(text: str, today: date, stops: tuple[date, date]) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.end_date) != stops


# ---- several-word cities read whole --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The Minister will also meet business leaders in Ho Chi Minh City on 11 February.",
            "Ho Chi Minh City",
        ),
        ("She flies on to Ho Chi Minh City, Vietnam, on Friday.", "Ho Chi Minh City"),
        ("talks in Ho Chi Minh on Monday", "Ho Chi Minh City"),  # the gazetteer's "City" left off
        ("in Kuala Lumpur on Monday", "Kuala Lumpur"),
        ("in Santa Cruz de Tenerife next week", "Santa Cruz de Tenerife"),
        ("in Hanoi Foreign Minister Bui said", "Hanoi"),  # a title after a city: the city alone
        ("regional leaders in Ho on June 3", "Ho"),  # the one-word town itself
    ],
)
def test_several_word_city_read_whole(text: str, city: str) -> None:
    found = cities_in(text, 0, len(text), frozenset())
    assert found and found[0][0].name == city


@pytest.mark.parametrize(
    ("text", "today", "date_"),
    [
        (  # wire
            "Thai, Vietnamese leaders to meet in business hub\n\n"
            "BANGKOK, May 5 (Reuters) - Thailand's prime minister will hold talks with his Vietnamese "
            "counterpart in Ho Chi Minh City on Friday, the government said.\n",
            date(2031, 5, 5),
            date(2031, 5, 9),
        ),
        (  # ministry release
            "Minister to attend trade forum\n\n5 May 2031\n\n"
            "The Minister for Trade, Ruth Kane, will attend the Mekong Business Forum in Ho Chi Minh City on "
            "14 May.\n",
            date(2031, 5, 5),
            date(2031, 5, 14),
        ),
        (  # media note
            "MEDIA NOTE\n\nThe Deputy Secretary will meet provincial leaders in Ho Chi Minh City, "
            "Vietnam, on June 3 to discuss port investment.\n",
            date(2031, 5, 28),
            date(2031, 6, 3),
        ),
    ],
)
def test_several_word_city_is_the_place(text: str, today: date, date_: date) -> None:
    ev = _main(text, today)
    assert (ev.date, ev.place, ev.timezone) == (date_, "Ho Chi Minh City", "Asia/Ho_Chi_Minh")


# ---- a dated comment on the meeting is not the meeting -------------------------------------------------

_CORPUS_LEAD = (
    "(LEAD) S. Korea, U.S., Japan vice foreign ministers vow firm response to N. Korean provocations\n\n"
    "SEOUL, Oct. 16 (Yonhap) -- The top deputy diplomats of South Korea, the United States and Japan "
    "agreed Wednesday to respond firmly to North Korea's provocations, Seoul's foreign ministry said.\n\n"
    "First Vice Foreign Minister Kim Hong-kyun hosted U.S. Deputy Secretary of State Kurt Campbell and "
    "Japanese Vice Foreign Minister Masataka Okano for the trilateral vice foreign ministerial talks at a "
    "Seoul hotel.\n\n"
    "Park Ji-hoon, a senior research fellow at the Korea Institute for National Unification, criticised "
    "the talks on Monday as too cautious.\n\n"
    "The meeting came a day after North Korea blew up sections of inter-Korean roads.\n\n"
    "Campbell was also scheduled to pay a courtesy call on Foreign Minister Cho Tae-yul and meet Second "
    "Vice Foreign Minister Kang In-sun later Wednesday.\n"
)


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        (_CORPUS_LEAD, date(2024, 10, 16), date(2024, 10, 16)),
        (  # wire
            "Nordic defence chiefs agree to pool air defence\n\n"
            "OSLO, June 12 (Reuters) - Defence ministers of Norway, Sweden and Finland agreed on Thursday to "
            "pool air defence assets, Norway's defence ministry said.\n\n"
            "Former minister Erik Dahl condemned the meeting on Tuesday as a distraction from NATO "
            "commitments.\n\n"
            "Norway's Defence Minister Tor Lund hosted his counterparts at Akershus Fortress.\n",
            date(2031, 6, 12),
            date(2031, 6, 12),
        ),
        (  # media note: the comment made on the day of writing
            "MEDIA NOTE: Secretary's meeting with the Chilean Foreign Minister\n\n"
            "The Secretary met Foreign Minister Carlos Rojas on June 12 in Washington.\n\n"
            "Senator Ann Reyes questioned the talks on Friday in a floor speech.\n\n"
            "The two discussed lithium supply chains.\n",
            date(2031, 6, 13),
            date(2031, 6, 12),
        ),
        (  # ministry release: the comment on a past day before a later meeting
            "Minister to host Pacific counterparts\n\n12 June 2031\n\n"
            "The opposition spokesperson slammed the dialogue on Monday as overdue.\n\n"
            "The Minister for Foreign Affairs will host Pacific foreign ministers for the annual dialogue in "
            "Wellington on 20 June.\n",
            date(2031, 6, 12),
            date(2031, 6, 20),
        ),
    ],
)
def test_comment_on_the_meeting_is_not_its_day(text: str, today: date, day: date) -> None:
    assert _main(text, today).date == day


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        (  # "hailed as": a description, the sentence stays future
            "Leaders gather for summit\n\n2 June 2031\n\n"
            "The summit, hailed as a turning point by its hosts, opens in Lima on Thursday.\n",
            date(2031, 6, 2),
            date(2031, 6, 5),
        ),
        (  # "criticised by": passive, the talks' own day to come
            "Talks set for Geneva\n\n2 June 2031\n\n"
            "The talks, criticised by rights groups, will take place in Geneva on Friday.\n",
            date(2031, 6, 2),
            date(2031, 6, 6),
        ),
    ],
)
def test_reaction_word_that_is_no_comment(text: str, today: date, day: date) -> None:
    assert _main(text, today).date == day
