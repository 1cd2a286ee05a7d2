"""Main event place and date, round 20 (places2): a meeting dated "to be held on Saturday" after the day of
the journey to it; a venue's proper name with no building word before its city and the day ("at the Grand
Regency, Cityname, on 19 May"), a city's name with a lowercase particle ("Port of X") included; a visit's
programme sentence opening "In City, ..." or a stop abroad "before heading to City" giving the visited
country's city; a town the gazetteer lacks named with its country after a departure ("departed A this
morning for Smalltown, Country")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_TODAY = date(2025, 6, 1)


def _main(text: str) -> Event:
    return next(e for e in extract(text, today=_TODAY).events if e.kind == "main")


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Minister to attend emergency session in Cairo\n\n"
            "Foreign Minister Lena Varga will travel to Egypt on Thursday to attend an emergency "
            "session of the Arab-European Council of Ministers in Cairo, officials said.\n\n"
            "The session, to be held on Friday at the council's headquarters, will discuss the ceasefire.\n",
            date(2025, 6, 6),
        ),
        (
            "Defence chief to attend Nairobi meeting\n\n"
            "Defence Minister Tomas Reyes will travel to Kenya on Monday to attend a meeting of the regional "
            "Defence Council in Nairobi, his office said.\n\n"
            "The meeting, to be held on Tuesday at the council's secretariat, will review the maritime "
            "security plan.\n",
            date(2025, 6, 3),
        ),
        (
            "Trade minister to join summit in Hanoi\n\n"
            "Trade Minister Ana Duarte will travel to Vietnam on Wednesday to attend a summit of "
            "regional trade ministers in Hanoi.\n\n"
            "The summit, to be held on Thursday, will focus on supply chains.\n",
            date(2025, 6, 5),
        ),
    ],
)
def test_meeting_to_be_held_after_journey(text: str, want: date) -> None:
    assert _main(text).date == want


def test_journey_day_kept_without_a_later_meeting_day() -> None:
    text = (
        "Minister to attend session in Cairo\n\n"
        "Foreign Minister Lena Varga will travel to Egypt on Thursday to attend an emergency "
        "session of the Arab-European Council of Ministers in Cairo, officials said.\n\n"
        "The session, to be held at the council's headquarters, will discuss the ceasefire.\n"
    )
    assert _main(text).date == date(2025, 6, 5)


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Islands to host security ministers\n\n"
            "The islands will host the regional Council of Security Ministers at the Marlin Regency, "
            "Port of Spain, on June 19 and 20, the minister has confirmed.\n",
            "Port of Spain",
        ),
        (
            "Nairobi to host water talks\n\n"
            "Kenya will host the East African Water Ministers' Council at the Serengeti Crown, Nairobi, "
            "on June 12, the ministry said.\n",
            "Nairobi",
        ),
        (
            "Andean ministers to meet\n\n"
            "Peru will host the Andean ministers' meeting at the Miraflores Grand, Lima, from June 3 to 4, "
            "officials said.\n",
            "Lima",
        ),
    ],
)
def test_venue_name_then_city_then_day(text: str, want: str) -> None:
    assert _main(text).place == want


def test_venue_name_then_country_is_no_city() -> None:
    text = (
        "Ministers to meet\n\n"
        "Ministers will hold the regional council at the Marlin Regency, Peru, on June 19 and 20, the "
        "minister has confirmed.\n"
    )
    assert _main(text).place is None


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "THE HIMALAYAN TIMES\n\n"
            "Prime Minister to make official visit to Nepal next week\n\n"
            "Power trade and transit top the agenda\n\n"
            "Sunday, June 1, 2025\n\n"
            "Mira Das | Staff reporter\n\n"
            "Prime Minister Aru Sen will make an official visit to Nepal from June 10 to 12 at the "
            "invitation of his counterpart, the ministry announced yesterday.\n\n"
            "The delegation, which leaves on June 9, includes the trade minister.\n\n"
            "In Kathmandu, Sen will hold talks on hydropower trade and transit.\n",
            "Kathmandu",
        ),
        (
            "President to Pay State Visit to Portugal\n\n"
            "President Lia Moreau is scheduled to pay a State Visit to Portugal on 10–11 June 2025 at the "
            "invitation of President Rui Gaspar.\n\n"
            "The plan was announced by the chief of staff at the Presidential Palace on Friday (30/5).\n\n"
            '"This is a great honour," he said.\n\n'
            "Before heading to Lisbon, the President will stop in Madrid, Spain, on June 10 to meet "
            "business leaders.\n",
            "Lisbon",
        ),
        (
            "Chancellor to visit Chile\n\n"
            "Chancellor Otto Brandt will pay an official visit to Chile from June 20 to 22, his office "
            "said.\n\n"
            "The announcement was made at the Chancellery on Friday.\n\n"
            '"Chile is a close partner," a spokesperson said.\n\n'
            "He will stop in Buenos Aires, Argentina, on June 20 before travelling to Santiago for the "
            "talks.\n",
            "Santiago",
        ),
    ],
)
def test_visit_city_in_programme(text: str, want: str) -> None:
    assert _main(text).place == want


def test_two_cities_of_the_visited_country_give_no_place() -> None:
    text = (
        "THE HIMALAYAN TIMES\n\n"
        "Prime Minister to make official visit to Nepal next week\n\n"
        "Power trade and transit top the agenda\n\n"
        "Sunday, June 1, 2025\n\n"
        "Mira Das | Staff reporter\n\n"
        "Prime Minister Aru Sen will make an official visit to Nepal from June 10 to 12.\n\n"
        "The delegation, which leaves on June 9, includes the trade minister.\n\n"
        "In Kathmandu, Sen will hold talks on trade.\n\n"
        "He will then travel to Pokhara on June 12 for a business forum.\n"
    )
    assert _main(text).place is None


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Prime Minister departs for island summit\n\n"
            "CAPITAL, 22 June 2025 – Prime Minister Joel Tana departed the capital this morning for "
            "Naviti Cove, Fiji, where he will attend the island leaders' summit on 24 and 25 June 2025.\n",
            "Naviti Cove",
        ),
        (
            "Minister leaves for retreat\n\n"
            "Foreign Minister Ada Kell leaves Wellington on Monday for Tanoa Bay, Samoa, where she will "
            "attend the ministers' retreat on 17 June.\n",
            "Tanoa Bay",
        ),
        (
            "President departs for talks\n\n"
            "President Ivo Mar departed on Sunday for Kestrel Point, Malta, where he will hold talks with "
            "the Prime Minister on 10 June.\n",
            "Kestrel Point",
        ),
    ],
)
def test_departure_for_town_and_country(text: str, want: str) -> None:
    assert _main(text).place == want


def test_purpose_for_is_no_destination() -> None:
    text = (
        "Minister leaves for talks\n\n"
        "Foreign Minister Ada Kell leaves on Monday for talks with Tanoa Bay, Samoa's trade envoy, on "
        "17 June in the capital.\n"
    )
    assert _main(text).place != "Tanoa Bay"
