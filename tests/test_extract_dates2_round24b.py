"""Main-event dates and places and side meetings inside a gathering, round 24b (dates2): a gathering the
lead arrives for that the next sentence opens that day and runs through a later one; a meeting with a day of
its own inside a named multi-day gathering kept as a side meeting; the city an earlier lead sentence puts on
the main event's own day over the dateline's; a headline that dates a journey to two states itself over the
lead's gathering at the first stop; a state's name on a line of its own under a letterhead is no headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 3, 1)


def _event(text: str) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=_TODAY).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


def _sides(text: str) -> list[tuple[str, frozenset[str]]]:
    return [
        (e.kind, frozenset(e.participants)) for e in extract(text, today=_TODAY).events if e.kind != "main"
    ]


_FORUM = (
    "published: 2031-03-07\n\n{head}\n\n"
    "GENEVA (AP) — Foreign Minister Aurelio Bandeira arrived in Geneva on Friday for the {name}, "
    "the region's main gathering of ministers, where he is expected to press partners on energy security.\n\n"
    "The three-day {noun} opens Friday evening with an address by the host and runs through Sunday. "
    "Bandeira is due to speak on Saturday.\n\n"
    "On Saturday afternoon, Bandeira will hold a {fmt} meeting with Foreign Minister Tomasz Wierzbicki, "
    "Foreign Minister Kalinda Obuya and Foreign Minister Henrik Solvang, officials said.\n"
)
_CASES = [
    ("Bandeira heads to Geneva forum", "Alpine Security Forum", "forum", "four-way"),
    ("Minister in Geneva for conference", "Lakeside Conference on Security", "conference", "four-way"),
    ("Bandeira arrives for dialogue", "Geneva Strategic Dialogue", "gathering", "four-way"),
]


@pytest.mark.parametrize("head, name, noun, fmt", _CASES)
def test_opened_next_sentence_ends_gathering(head: str, name: str, noun: str, fmt: str) -> None:
    head = f"Minister heads to {name} amid trade row"  # the headline's gathering: the arrival's sentence
    first, last, _ = _event(_FORUM.format(head=head, name=name, noun=noun, fmt=fmt))
    assert (first, last) == (date(2031, 3, 7), date(2031, 3, 9))


@pytest.mark.parametrize("head, name, noun, fmt", _CASES)
def test_meeting_on_a_day_of_the_gathering_is_a_side_meeting(
    head: str, name: str, noun: str, fmt: str
) -> None:
    sides = _sides(_FORUM.format(head=head, name=name, noun=noun, fmt=fmt))
    four = frozenset({"Aurelio Bandeira", "Tomasz Wierzbicki", "Kalinda Obuya", "Henrik Solvang"})
    assert ("multilateral", four) in sides


def test_gathering_opened_without_close_keeps_one_day() -> None:
    head = "Minister heads to Alpine Security Forum amid trade row"
    text = _FORUM.format(head=head, name="Alpine Security Forum", noun="forum", fmt="four-way")
    text = text.replace("The three-day forum", "The forum").replace(" and runs through Sunday", "")
    assert _event(text)[1] is None


def test_body_session_on_a_day_of_the_gathering_is_no_pair_meeting() -> None:
    text = _FORUM.format(head=_CASES[0][0], name=_CASES[0][1], noun="forum", fmt="four-way")
    text = text.replace(
        "will hold a four-way meeting with Foreign Minister Tomasz Wierzbicki, "
        "Foreign Minister Kalinda Obuya and Foreign Minister Henrik Solvang",
        "will attend a meeting of the forum's members with Foreign Minister Tomasz Wierzbicki",
    )
    assert not any(kind == "bilateral" for kind, _ in _sides(text))


_HOSTED = (
    "Ministers head to {town} for talks\n\n"
    "By Jan Kowal\nMarch 5, 2031\n\n"
    "{dateline} — Foreign Minister Aurelio Bandeira will host his {adj} counterparts, {guest1} and {guest2}, "
    "in {town} {day}, as the three governments try to settle their budget dispute.\n\n"
    "The trilateral meeting on March 10 will focus on energy and border security, according to two "
    "diplomats familiar with the preparations.\n"
)


@pytest.mark.parametrize(
    "town, dateline, day",
    [
        ("Porto", "LISBON", "next Monday"),
        ("Kraków", "WARSAW", "on March 10"),
        ("Lyon", "PARIS", "next Monday"),
    ],
)
def test_earlier_lead_city_on_the_main_day(town: str, dateline: str, day: str) -> None:
    text = _HOSTED.format(
        town=town,
        dateline=dateline,
        day=day,
        adj="Danish and Dutch",
        guest1="Mette Lund",
        guest2="Joost Maas",
    )
    assert _event(text) == (date(2031, 3, 10), None, town)


def test_earlier_lead_city_on_another_day_is_not_the_meeting_city() -> None:
    text = _HOSTED.format(
        town="Porto",
        dateline="LISBON",
        day="next Friday",
        adj="Danish and Dutch",
        guest1="Mette Lund",
        guest2="Joost Maas",
    )
    assert _event(text)[2] != "Porto"


_TRIP = (
    "Visit of Prime Minister to {a} and {b} ({span})\n\n"
    "Prime Minister Anand Varadan will visit {a} from {first} to attend the 9th {bloc} Summit in {city}, "
    "at the invitation of President Leo Marquez. Thereafter, Prime Minister will pay an Official Visit to "
    "{b} from {second}.\n\n"
    "2. The 9th {bloc} Summit, which Prime Minister will co-chair with President Marquez on {summit}, will "
    "review the partnership.\n\nNew Delhi\nMarch 01, 2031\n"
)


@pytest.mark.parametrize(
    "a, b, city, bloc",
    [
        ("the Philippines", "Viet Nam", "Manila", "ASEAN-India"),
        ("Indonesia", "Malaysia", "Jakarta", "Indo-Pacific"),
        ("Thailand", "Cambodia", "Bangkok", "Mekong-India"),
    ],
)
def test_headline_dated_journey_to_two_states(a: str, b: str, city: str, bloc: str) -> None:
    text = _TRIP.format(
        a=a,
        b=b,
        city=city,
        bloc=bloc,
        span="March 09-13, 2031",
        first="09-11 March 2031",
        second="11-13 March 2031",
        summit="10 March",
    )
    assert _event(text) == (date(2031, 3, 9), date(2031, 3, 13), None)


def test_headline_dating_only_the_first_stay_keeps_the_summit() -> None:
    text = _TRIP.format(
        a="Indonesia",
        b="Malaysia",
        city="Jakarta",
        bloc="Indo-Pacific",
        span="March 09-11, 2031",
        first="09-11 March 2031",
        second="12-13 March 2031",
        summit="10 March",
    ).replace(
        "Visit of Prime Minister to Indonesia and Malaysia", "Prime Minister to attend Indo-Pacific Summit"
    )
    assert _event(text)[:2] == (date(2031, 3, 10), None)


_RELEASE = (
    "published: 2031-03-01\n\nDEPARTMENT OF FOREIGN AFFAIRS\n{state}\n\nPRESS RELEASE\n\n"
    "{guest_adj} FOREIGN MINISTER TO VISIT {city_up} FOR 4TH JOINT COMMISSION ON BILATERAL COOPERATION\n\n"
    "1 March 2031 – Foreign Affairs Secretary Corazon Dela Paz will welcome H.E. Arjuna Wirawan, "
    "Minister for Foreign Affairs of {guest}, who will be in {city} from 10 to 12 March 2031 "
    "for an official visit.\n\n"
    "The two Foreign Ministers will co-chair the 4th Joint Commission on Bilateral Cooperation on 11 March "
    "2031 at the Ministry in {city}.\n\n"
    "On 12 March, Minister Wirawan will pay a courtesy call on the President.\n"
)


@pytest.mark.parametrize(
    "state, city, guest, guest_adj",
    [
        ("Republic of the Philippines", "Manila", "the Republic of Indonesia", "INDONESIAN"),
        ("Kingdom of Thailand", "Bangkok", "Malaysia", "MALAYSIAN"),
        ("Republic of Korea", "Seoul", "Mongolia", "MONGOLIAN"),
    ],
)
def test_state_name_line_under_letterhead_is_no_headline(
    state: str, city: str, guest: str, guest_adj: str
) -> None:
    text = _RELEASE.format(state=state, city=city, city_up=city.upper(), guest=guest, guest_adj=guest_adj)
    assert _event(text)[:2] == (date(2031, 3, 11), None)


def test_release_without_a_state_line_keeps_its_headline() -> None:
    text = _RELEASE.format(
        state="Manila Bureau", city="Manila", city_up="MANILA", guest="Malaysia", guest_adj="MALAYSIAN"
    ).replace("Manila Bureau\n", "")
    assert _event(text)[:2] == (date(2031, 3, 11), None)
