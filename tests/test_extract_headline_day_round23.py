"""Round 23 (headline day): a stay or trip's days give way to the day of the meeting the headline names,
dated inside them in the text; a journey over several states or cities, a gathering's own days, and a
headline that dates the visit keep the whole span."""

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


@pytest.mark.parametrize(
    ("text", "first", "last", "place"),
    [
        (
            "Under Secretary Reyes to Lead U.S. Delegation to the Global Health Security Conference\n\n"
            "Under Secretary of State Ana Reyes will travel to Geneva, Switzerland, June 14-17, to lead the "
            "U.S. delegation to the Global Health Security Conference, which opens June 15.\n",
            date(2031, 6, 15),
            None,
            "Geneva",
        ),
        (
            "Foreign Minister to visit Windhoek for the Namibia-Botswana Joint Commission\n\n"
            "Foreign Minister Kabo Sebele will undertake an official visit to Namibia from 3 to 5 February "
            "2031. During the visit, the Minister will co-chair the 6th Session of the Namibia-Botswana "
            "Joint Commission in Windhoek on 4 February 2031 with Foreign Minister Selma Nghidinwa.\n",
            date(2031, 2, 4),
            None,
            "Windhoek",
        ),
        (
            "Foreign Minister of Ghana to Visit Nairobi for the 5th Kenya-Ghana Joint Commission\n\n"
            "Foreign Affairs Cabinet Secretary Wanjiru Kamau will welcome Ghana's Minister for Foreign "
            "Affairs, Kofi Mensah-Boateng, who will be in Nairobi from 21 to 23 June 2031 for an official "
            "visit.\n\n"
            "The two ministers will co-chair the 5th Kenya-Ghana Joint Commission on 22 June 2031 at the "
            "ministry headquarters in Nairobi.\n",
            date(2031, 6, 22),
            None,
            "Nairobi",
        ),
        (
            "Secretary Whitlow To Co-Chair the U.S.-Chile Strategic Dialogue in Santiago\n\n"
            "Secretary of State Arlen Whitlow will travel to Lima, Peru, and Santiago, Chile, April 3-8, "
            "2031. In Santiago on April 6, the Secretary will co-chair the fourth U.S.-Chile Strategic "
            "Dialogue with Chilean Foreign Minister Rosa Ibáñez Soto.\n\n"
            "The Secretary will begin his trip in Lima, where on April 4 he will meet Peruvian Foreign "
            "Minister Tomás Quispe.\n",
            date(2031, 4, 6),
            None,
            "Santiago",
        ),
        (
            "Under Secretary Marlowe to Lead U.S. Delegation to the Ocean Security Conference\n\n"
            "Under Secretary of State Dana Marlowe will travel to Lisbon, Portugal, October 4-7, to lead the "
            "U.S. delegation to the Ocean Security Conference, which convenes October 5-6.\n",
            date(2031, 10, 5),
            date(2031, 10, 6),
            "Lisbon",
        ),
    ],
)
def test_the_headlines_meeting_day_inside_a_stay(
    text: str, first: date, last: date | None, place: str
) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (first, last, place)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a journey over two states, with a meeting in one of them: the journey is the news
        (
            "Wang Jun to Visit Chile and Peru and Hold the Fifth China-Chile Strategic Dialogue\n\n"
            "Foreign Minister Wang Jun will visit Chile and Peru from April 3 to 8. In Santiago on April 6, "
            "he will hold the fifth China-Chile Strategic Dialogue with Foreign Minister Rosa Ibáñez Soto.\n",
            date(2031, 4, 3),
            date(2031, 4, 8),
        ),
        # the gathering's own days: a speech inside them is no narrower meeting
        (
            "Secretary Halloran To Attend the Harbour Security Dialogue in Singapore\n\n"
            "Secretary of Defense Mark Halloran will depart Washington on Tuesday, May 27, for Singapore. "
            "The centerpiece of the trip is the Harbour Security Dialogue in Singapore, May 30 - June 1, "
            "where the Secretary will deliver a plenary address on Saturday, May 31.\n",
            date(2031, 5, 30),
            date(2031, 6, 1),
        ),
        # the headline gives the visit's days itself
        (
            "Egyptian Foreign Minister Farouk to visit India on May 7-8; to co-chair Joint Commission\n\n"
            "Foreign Minister Adel Farouk will pay an official visit to India on May 7-8. He will co-chair "
            "the 10th India-Egypt Joint Commission with External Affairs Minister Ravi Menon on May 7 in "
            "New Delhi.\n",
            date(2031, 5, 7),
            date(2031, 5, 8),
        ),
        # a visit made for the meeting, over the same days: its closing day is no day of its own
        (
            "PM Farrell to Attend the 9th Ireland-Portugal Leaders' Retreat in Sintra\n\n"
            "Taoiseach Niamh Farrell will make an official visit to Portugal from 6 to 7 December 2031 for "
            "the 9th Ireland-Portugal Leaders' Retreat. The two leaders will lead their delegations in the "
            "Retreat proper, which will conclude on 7 December with a joint press conference.\n",
            date(2031, 12, 6),
            date(2031, 12, 7),
        ),
        # a headline announcing two acts, the visit first: the visit
        (
            "Foreign Minister to Pay an Official Visit to Namibia and Co-Chair the Joint Commission\n\n"
            "Foreign Minister Kabo Sebele will undertake an official visit to Namibia from 3 to 5 February "
            "2031. During the visit, the Minister will co-chair the 6th Session of the Namibia-Botswana "
            "Joint Commission in Windhoek on 4 February 2031 with Foreign Minister Selma Nghidinwa.\n",
            date(2031, 2, 3),
            date(2031, 2, 5),
        ),
    ],
)
def test_a_journey_or_a_gatherings_own_days_stay_whole(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)
