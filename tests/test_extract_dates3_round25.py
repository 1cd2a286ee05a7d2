"""Round 25 (dates3): a visit made for one meeting ("will visit Xland from May 4 to 6 for talks with his
counterpart B") announces that meeting; a sentence dating the same meeting inside the visit's days gives the
main event's day. A multi-city trip, a purpose with a second engagement, a journey's own days, another meeting
beside it, or a purpose naming no one keep the visit's days."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract


def _main(text: str, today: date):
    ev = extract(text, source="t", published=None, today=today).main_event
    assert ev is not None
    return ev


def test_pair_meets_inside_the_visit() -> None:
    text = (
        "Foreign Minister Sato to visit Estonia\n\n"
        "Foreign Minister Kenji Sato will visit Estonia from Sunday to Tuesday for talks with Foreign "
        "Minister Liis Tamm. Sato and Tamm will meet on Monday in Tallinn.\n"
    )
    ev = _main(text, date(2031, 5, 1))
    assert (ev.date, ev.end_date) == (date(2031, 5, 5), None)


def test_two_ministers_hold_talks_inside_a_counted_trip() -> None:
    text = (
        "Defence Minister Kato heads to Portugal\n\n"
        "Defence Minister Jiro Kato will make a three-day trip to Portugal starting Monday for talks with "
        "his counterpart Ana Pires, officials said. The two ministers will hold talks in Lisbon on Tuesday "
        "on maritime security.\n"
    )
    ev = _main(text, date(2031, 5, 1))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 6), None, "Lisbon")


def test_set_to_meet_the_counterpart_next_paragraph() -> None:
    text = (
        "Minister Dunmore to visit Ghana\n\n"
        "Trade Minister Ewan Dunmore will pay an official visit to Ghana from 12 to 14 June for a meeting "
        "with Trade Minister Kojo Mensah.\n\n"
        "Dunmore is set to meet Mensah on June 13 in Accra, officials said.\n"
    )
    ev = _main(text, date(2031, 5, 1))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 6, 13), None, "Accra")


def test_the_two_ministers_meet_on_a_date() -> None:
    text = (
        "Minister to visit Nairobi\n\n"
        "Trade Minister Anna Lindqvist will visit Kenya on 14-16 October for a meeting with Kenyan Trade "
        "Secretary Joseph Mwangi. The two ministers will meet in Nairobi on 15 October to sign a trade "
        "facilitation accord.\n"
    )
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 10, 15), None, "Nairobi")


def test_counterpart_hosts_the_talks_during_a_stay() -> None:
    text = (
        "Minister Haugen to visit Latvia\n\n"
        "Energy Minister Siri Haugen will be in Latvia from 4 to 6 May for talks with her Latvian "
        "counterpart Janis Ozols, the ministry said. Ozols will host Haugen for talks in Riga on 5 May.\n"
    )
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 5), None, "Riga")


_VISIT = (
    "Prime Minister Somchai Rattanakorn will visit Kenya from May 4 to 6 for talks with President Ruth "
    "Wanjiru"
)


def test_near_misses_keep_the_visit() -> None:
    head = "PM to visit Kenya\n\n"
    cases = [
        # a second engagement in the purpose
        _VISIT + " and a tour of the Mombasa port. Somchai and Wanjiru will meet on May 5.\n",
        # a journey's own days inside the visit
        _VISIT + ". Somchai will arrive in Nairobi on May 5 and leave on May 6.\n",
        # another meeting beside the one the visit is for
        _VISIT + ". He will also meet opposition leader Peter Otieno on May 5.\n",
        # a purpose naming no one
        "Prime Minister Somchai Rattanakorn will visit Kenya from May 4 to 6 for talks on trade. He will "
        "meet President Ruth Wanjiru on May 5 and will also call on the Speaker.\n",
        # no purpose: a stay holding a meeting
        "Prime Minister Somchai Rattanakorn will visit Kenya from May 4 to 6. During the visit, he will meet "
        "President Ruth Wanjiru on May 5 and address parliament.\n",
    ]
    for body in cases:
        ev = _main(head + body, date(2031, 3, 2))
        assert (ev.date, ev.end_date) == (date(2031, 5, 4), date(2031, 5, 6)), body


def test_visit_over_two_cities_keeps_the_trip() -> None:
    text = (
        "PM to visit Japan\n\n"
        "Prime Minister Somchai Rattanakorn will visit Japan from May 4 to 7 for talks with Japanese Prime "
        "Minister Kenji Mori. Somchai and Mori will meet in Tokyo on May 5. Somchai will then travel to "
        "Osaka on May 6 to meet business leaders.\n"
    )
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 5, 4), date(2031, 5, 7), None)


def test_headline_with_two_engagements_keeps_the_visit() -> None:
    text = (
        "PM to visit Chile for talks with Rojas, mining investment forum\n\n"
        "Prime Minister Somchai Rattanakorn will visit Chile from May 4 to 6 for talks with President Pablo "
        "Rojas. Somchai and Rojas will meet in Santiago on May 5.\n"
    )
    ev = _main(text, date(2031, 3, 2))
    assert (ev.date, ev.end_date) == (date(2031, 5, 4), date(2031, 5, 6))


def test_visit_to_attend_a_meeting_dated_next_sentence() -> None:
    text = (
        "Minister Varga to visit Poland\n\n"
        "Hungarian Foreign Minister Eszter Varga will visit Poland from May 4 to 6 to attend the Visegrad "
        "foreign ministers' meeting. The ministers' meeting will take place in Krakow on May 5.\n"
    )
    ev = _main(text, date(2031, 5, 1))
    assert (ev.date, ev.end_date) == (date(2031, 5, 5), None)


def test_meeting_sentence_naming_a_second_city_keeps_the_visit() -> None:
    text = (
        "Defence Minister Kato to visit Portugal\n\n"
        "Defence Minister Jiro Kato will visit Portugal from July 14 to 16 for talks with Defence Minister "
        "Ana Pires. Kato will meet Pires in Lisbon on July 15 and tour a shipyard in Porto on July 16.\n"
    )
    ev = _main(text, date(2031, 5, 1))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 7, 14), date(2031, 7, 16), None)
