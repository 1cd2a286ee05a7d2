"""Round 24 (dates): a headline's visit "for" one meeting is that meeting on its own day, the visit's other
days travel days around it, even when the lead calls it an official, state or working visit, when the meeting
is an annual "Consultation", when its day is set "following" a welcome ceremony, and when another city's
engagement follows it; a visit for several engagements, two acts or a journey over several states stays."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 3, 2)


def _main(text: str) -> Event:
    """The main event of a short release written on _REF."""
    ev = extract(text, source="t", published=None, today=_REF).main_event
    assert ev is not None
    return ev


# ---- a formal visit made for one meeting: the meeting's day ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Foreign Minister to visit Peru for the 3rd Session of the Joint Commission\n\n"
            "Minister of Foreign Affairs Tavita Moengangongo will undertake an official visit to Peru from "
            "15 to 17 March 2031 at the invitation of the Government of Peru.\n\n"
            "During the visit, the Minister will co-chair the 3rd Session of the Joint Commission in Lima on "
            "16 March 2031 with Foreign Minister Rosalind Quispe Arce.\n",
            date(2031, 3, 16),
            "Lima",
        ),
        (
            "President to visit Ghana for the Investment Summit\n\n"
            "President Halvard Oyelaran will pay a state visit to Ghana from 9 to 11 April 2031.\n\n"
            "On 10 April 2031, the President will open the Investment Summit in Accra with President Efua "
            "Badu-Mensah.\n",
            date(2031, 4, 10),
            "Accra",
        ),
        (
            "Defence Minister to visit Estonia for the Nordic-Baltic Defence Dialogue\n\n"
            "Defence Minister Corvin Lathrop will make a working visit to Estonia from 20 to 22 May 2031.\n\n"
            "During the visit, Minister Lathrop will chair the Nordic-Baltic Defence Dialogue in Tallinn on "
            "21 May 2031 with Defence Minister Katrin Saarepera.\n",
            date(2031, 5, 21),
            "Tallinn",
        ),
    ],
)
def test_formal_visit_for_one_meeting_is_the_meeting(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


# ---- the meeting's day set "following" a ceremony: no meeting beside it ------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Foreign Minister to visit Laos for the Joint Commission\n\nForeign Minister Anselm Kirov "
            "will be in Laos from 4 to 6 June 2031.\n\nThe Minister will co-chair the 7th Joint "
            "Commission with Foreign Minister Phonsavanh Keola in Vientiane on 5 June 2031, following a "
            "wreath-laying at the national monument.\n",
            date(2031, 6, 5),
        ),
        (
            "PM Orlen to undertake official visit to Thailand for Annual Consultation\n\nPrime Minister "
            "Idris Orlen will undertake an official visit to Thailand from 12 to 13 May 2031 for the 9th "
            "Annual Consultation, the ministry said today.\n\nIn a statement, the ministry said the "
            "Prime Minister will co-chair the Annual Consultation with Prime Minister Chanida Wongsakul "
            "at Government House in Bangkok on 13 May 2031, following an official welcoming ceremony.\n",
            date(2031, 5, 13),
        ),
        (
            "Chancellor to pay working visit to Austria for Strategic Consultation\n\nChancellor Ilse "
            "Brandauer will pay a working visit to Austria from 8 to 10 April 2031 for the 4th Strategic "
            "Consultation.\n\nShe will co-chair the Strategic Consultation with Chancellor Rupert Haindl "
            "at the Chancellery in Vienna on 9 April 2031, after a guard of honour.\n",
            date(2031, 4, 9),
        ),
        (
            "President to undertake state visit to Ghana for Annual Consultation\n\nPresident Halvard "
            "Oyelaran will undertake a state visit to Ghana from 20 to 22 July 2031 for the 3rd Annual "
            "Consultation.\n\nThe President will co-chair the Annual Consultation with President Efua "
            "Badu-Mensah in Accra on 21 July 2031, following a state welcome at Jubilee House.\n",
            date(2031, 7, 21),
        ),
    ],
)
def test_meeting_day_after_a_ceremony(text: str, day: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (day, None)


# ---- a formal visit for one meeting with another city's engagement after it: still the meeting ------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Foreign Minister to visit Morocco for the 2nd Session of the Joint Committee\n\nForeign "
            "Minister Dalia Osterhout will undertake an official visit to Morocco from 3 to 5 March "
            "2031.\n\nDuring the visit, the Minister will co-chair the 2nd Session of the Joint "
            "Committee in Rabat on 4 March 2031 with Foreign Minister Karim Bensaid.\n\nOn 5 March, the "
            "Minister will travel to Casablanca, where she will meet the business community.\n",
            date(2031, 3, 4),
            "Rabat",
        ),
        (
            "Minister to visit India for the Energy Dialogue\n\nEnergy Minister Freya Lundqvist will pay "
            "an official visit to India from 24 to 26 March 2031.\n\nDuring the visit, the Minister will "
            "co-chair the Energy Dialogue in New Delhi on 25 March 2031 with Minister of Power Arvind "
            "Rao.\n\nOn 26 March, the Minister will travel to Mumbai to meet investors.\n",
            date(2031, 3, 25),
            "New Delhi",
        ),
        (
            "Trade Minister to visit Vietnam for the Joint Trade Committee\n\nTrade Minister Ossian Falk "
            "will make a working visit to Vietnam from 17 to 19 March 2031.\n\nDuring the visit, the "
            "Minister will co-chair the Joint Trade Committee in Hanoi on 18 March 2031 with Minister of "
            "Industry and Trade Nguyen Thi Lan.\n\nOn 19 March, the Minister will travel to Ho Chi Minh "
            "City to visit a port terminal.\n",
            date(2031, 3, 18),
            "Hanoi",
        ),
    ],
)
def test_visit_for_one_meeting_over_a_later_city(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


# ---- near misses: the visit or journey stays ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # a visit the headline gives several engagements, one of them in another city: the visit
            "Minister to visit India for Energy Dialogue and Investor Meetings\n\nEnergy Minister Freya "
            "Lundqvist will pay an official visit to India from 24 to 26 March 2031.\n\nDuring the "
            "visit, the Minister will co-chair the Energy Dialogue in New Delhi on 25 March 2031 with "
            "Minister of Power Arvind Rao.\n\nOn 26 March, the Minister will travel to Mumbai to meet "
            "investors.\n",
            date(2031, 3, 24),
            date(2031, 3, 26),
        ),
        (  # a day set beside the meeting ("following the Annual Consultation"): the visit
            "PM Orlen to undertake official visit to Thailand for Annual Consultation\n\nPrime Minister "
            "Idris Orlen will undertake an official visit to Thailand from 12 to 13 May 2031 for the 9th "
            "Annual Consultation, the ministry said today.\n\nIn a statement, the ministry said the "
            "Prime Minister will call on the King at the Grand Palace in Bangkok on 13 May 2031, "
            "following the Annual Consultation.\n",
            date(2031, 5, 12),
            date(2031, 5, 13),
        ),
        (  # two acts, the visit first: the visit
            "Minister to pay an Official Visit to Chile and co-chair the Joint Commission\n\nMinister of "
            "Foreign Affairs Aurel Stanescu will pay an official visit to Santiago, Chile, from 16 to 18 "
            "March 2031.\n\nOn 17 March 2031, the Minister will co-chair the Joint Commission with the "
            "Minister for Foreign Affairs of Chile, Ana Roble.\n",
            date(2031, 3, 16),
            date(2031, 3, 18),
        ),
        (  # a journey over two states: the journey
            "Foreign Minister to visit Kenya and Uganda for the Joint Commission\n\nForeign Minister "
            "Anselm Kirov will undertake an official visit to Kenya and Uganda from 4 to 7 June "
            "2031.\n\nDuring the visit, the Minister will co-chair the Joint Commission in Nairobi on 5 "
            "June 2031 with Cabinet Secretary Wanjiru Otieno.\n",
            date(2031, 6, 4),
            date(2031, 6, 7),
        ),
    ],
)
def test_the_visit_stays(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)
