"""Round 24 (places): a town named by its kind whose name opens with an accented capital ("the market town of
Évreux-les-Prés"); a city only counted in a visit "by a ... since" beside the venue; a city a venue's bracket
names ("at the Ministry of X (Ward, Cityname)"); a visited country's one city a venue is named with; the city
the main event's date follows over an earlier city dated on another day; the city of the venue the main
day is followed by, over a trip's legs ("set for May 13 at the ministry in central Xcity"); no city from a
stay that lists two ("which will also take him to A and B"), nor from a later leg when the guest is welcomed
"to" a venue."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 5, 6)  # a Tuesday


def _main(text: str) -> Event:
    """The main event of a short text written on _REF."""
    ev = extract(text, source="t", published=_REF, today=_REF).main_event
    assert ev is not None
    return ev


# --- a town named by its kind, its name opening with an accented capital ---------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Farm ministers meet in Normandy\n\n"
            "Agriculture ministers of the bloc will hold their informal meeting in the Norman market town of "
            "Évreux-les-Prés on Thursday, the French presidency of the council said.\n",
            "Évreux-les-Prés",
        ),
        (
            "Ministers gather for regional talks\n\n"
            "Foreign ministers of the five states will meet in the Czech resort town of Šternov Lázně on "
            "Friday to discuss energy links, the host ministry said.\n",
            "Šternov Lázně",
        ),
        (
            "Defence chiefs to meet\n\n"
            "Defence ministers of the region will gather in the Polish port of Łebnica Wielka on Thursday "
            "for talks on Baltic security, officials said.\n",
            "Łebnica Wielka",
        ),
    ],
)
def test_a_town_named_by_its_kind_may_open_with_an_accented_capital(text: str, place: str) -> None:
    assert _main(text).place == place


def test_a_plain_town_named_by_its_kind_is_unchanged() -> None:
    text = (
        "Farm ministers meet in Normandy\n\n"
        "Agriculture ministers of the bloc will hold their informal meeting in the Norman market town of "
        "Verville-les-Prés on Thursday, the French presidency of the council said.\n"
    )
    assert _main(text).place == "Verville-les-Prés"


# --- a city counted in a visit "by a ... since", beside the venue ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister Welcomes Chilean Counterpart\n\n"
        "Defence Minister Aaron Teller hosted Chilean Defence Minister Inés Carvallo at the Defence "
        "Headquarters today, the first visit to Canberra by a Chilean defence minister since the two "
        "countries signed their cooperation pact.\n",
        "Secretary Hosts Kenyan Minister\n\n"
        "Secretary of State Helen Draper welcomed Kenyan Foreign Minister Daniel Otieno to the State "
        "Department today, the first visit to Washington by a Kenyan foreign minister since 2019.\n",
        "President Receives Ghanaian Leader\n\n"
        "President Mara Lindqvist received Ghanaian President Kofi Asante at the Presidential Palace "
        "today, the first state visit to Helsinki by an African head of state since the 1990s.\n",
    ],
)
def test_a_city_counted_by_a_visitor_since_is_no_place_beside_the_venue(text: str) -> None:
    assert _main(text).place is None


def test_a_city_the_meeting_is_held_in_beside_the_venue_stays() -> None:
    text = (
        "Minister Welcomes Chilean Counterpart\n\n"
        "Defence Minister Aaron Teller hosted Chilean Defence Minister Inés Carvallo at the Defence "
        "Headquarters in Canberra today, the first such talks since the two countries signed their pact.\n"
    )
    assert _main(text).place == "Canberra"


# --- a city a venue's bracket names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Defence Ministerial Meeting\n\n"
            "Minister of Defense Taro Abe will hold a Japan-Chile Defense Ministerial Meeting with Minister "
            "Inés Carvallo of Chile on Friday, May 9, 2031, at the Ministry of Defense (Kasumigaseki, "
            "Tokyo).\n",
            "Tokyo",
        ),
        (
            "Foreign Ministers' Meeting\n\n"
            "Foreign Minister Rui Matos will hold talks with Foreign Minister Ana Pérez of Peru on Monday, "
            "May 12, 2031, at the Palace of Necessities (Lisbon).\n",
            "Lisbon",
        ),
        (
            "Strategic Dialogue\n\n"
            "Minister Somchai Wong will co-chair the Strategic Dialogue with Minister Lena Berg of Sweden on "
            "Thursday, May 8, 2031, at the Government House (Dusit, Bangkok).\n",
            "Bangkok",
        ),
    ],
)
def test_a_venue_bracket_names_the_city(text: str, place: str) -> None:
    assert _main(text).place == place


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Ministers' Meeting\n\n"
        "Foreign Minister Rui Matos will hold talks with Foreign Minister Ana Pérez of Peru on Monday, "
        "May 12, 2031, at the Ministry of Foreign Affairs (MFA).\n",
        "Foreign Ministers' Meeting\n\n"
        "Foreign Minister Rui Matos will hold talks with Foreign Minister Ana Pérez of Peru on Monday, "
        "May 12, 2031, at the Palace of Necessities (Maryland).\n",
    ],
)
def test_a_bracket_naming_no_city_gives_none(text: str) -> None:
    assert _main(text).place is None


# --- a visited country's one city a venue is named with ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "State Visit of the President of Chile to India (May 19-21, 2031)\n\n"
            "At the invitation of the President of India, President Inés Carvallo of Chile will pay a State "
            "Visit to India from May 19-21, 2031.\n\n"
            "Prime Minister Ravi Mehta will hold talks with President Carvallo at Lotus House, New Delhi, "
            "the same day.\n",
            "New Delhi",
        ),
        (
            "Official Visit of the Prime Minister of Peru to Japan (May 19-21, 2031)\n\n"
            "Prime Minister Ana Pérez of Peru will pay an Official Visit to Japan from May 19-21, 2031.\n\n"
            "Prime Minister Taro Abe will hold a summit meeting with Prime Minister Pérez at the Sakura "
            "Guest House, Tokyo, on May 20.\n",
            "Tokyo",
        ),
        (
            "State Visit of the King of Sweden to Italy (May 19-21, 2031)\n\n"
            "King Gustav of Sweden will pay a State Visit to Italy from May 19-21, 2031.\n\n"
            "President Mario Conti will host a State Banquet in his honour at the Villa Aurora Palace, "
            "Rome.\n",
            "Rome",
        ),
    ],
)
def test_a_visited_countrys_one_venue_city(text: str, place: str) -> None:
    assert _main(text).place == place


def test_two_venue_cities_of_the_visited_country_give_none() -> None:
    text = (
        "State Visit of the President of Chile to India (May 19-21, 2031)\n\n"
        "At the invitation of the President of India, President Inés Carvallo of Chile will pay a State "
        "Visit to India from May 19-21, 2031.\n\n"
        "Prime Minister Ravi Mehta will hold talks with President Carvallo at Lotus House, New Delhi, on "
        "May 20. She will also attend a business forum at the Taj Palace Hotel, Mumbai, on May 21.\n"
    )
    assert _main(text).place is None


# --- the city the main event's date follows ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "President heads to Riga and Oslo\n\n"
            "Helsinki, 6 May 2031 (STT) - The president will travel to Riga on Thursday for a meeting of "
            "Nordic leaders before joining allied leaders at the alliance summit in Oslo on 12-13 May, his "
            "office said.\n",
            "Oslo",
        ),
        (
            "Minister to visit Vienna and Geneva\n\n"
            "The foreign minister will fly to Vienna on Friday for talks with her Austrian counterpart "
            "before attending the disarmament conference in Geneva on 14-15 May, the ministry said.\n",
            "Geneva",
        ),
        (
            "Prime minister to attend summit\n\n"
            "The prime minister will stop in Singapore on Saturday to meet business leaders before attending "
            "the regional summit in Jakarta from 19 to 20 May, his office said.\n",
            "Jakarta",
        ),
    ],
)
def test_the_city_the_main_date_follows(text: str, place: str) -> None:
    ev = _main(text)
    assert ev.place == place


def test_the_first_city_dated_on_the_main_day_stays() -> None:
    text = (
        "Minister to visit Vienna\n\n"
        "The foreign minister will hold talks in Vienna on 14 May with her Austrian counterpart before "
        "travelling to Geneva on 16 May, the ministry said.\n"
    )
    assert _main(text).place == "Vienna"


# --- the city of a venue the main event's date is followed by, over a trip's legs --------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Chilean vice minister to visit Lima, Quito for talks\n\n"
            "SANTIAGO, May 6 (EFE) -- Chile's Vice Foreign Minister Inés Carvallo will visit Lima next week "
            "to hold a strategic dialogue with her Peruvian counterpart, the ministry said Tuesday.\n\n"
            "Carvallo will arrive in Lima on May 12 for a three-day stay, and the dialogue is set for May 13 "
            "at the foreign ministry's headquarters in central Lima, a spokesperson said.\n\n"
            "After her Lima trip, Carvallo will fly to Quito on May 15 for talks with Ecuadorian "
            "officials.\n",
            "Lima",
        ),
        (
            "Swedish minister to visit Oslo, Copenhagen for talks\n\n"
            "STOCKHOLM, May 6 (TT) -- Sweden's Foreign Minister Lena Berg will visit Oslo next week for the "
            "annual consultations with her Norwegian counterpart, the ministry said on Tuesday.\n\n"
            "Berg will arrive in Oslo on May 13 for a two-day stay, and the consultations are scheduled for "
            "May 14 at the government's guest house in downtown Oslo, the ministry said.\n\n"
            "She will then travel to Copenhagen on May 15 to meet Danish lawmakers.\n",
            "Oslo",
        ),
        (
            "Thai minister to visit Hanoi, Vientiane for talks\n\n"
            "BANGKOK, May 6 (TNA) -- Thai Foreign Minister Somchai Wong will visit Hanoi next week for a "
            "political dialogue with his Vietnamese counterpart, the ministry said.\n\n"
            "Somchai will land in Hanoi on May 12 for a three-day stay, and the dialogue will be held on "
            "May 13 at the National Convention Center in western Hanoi, officials said.\n\n"
            "He will then fly to Vientiane on May 15 for talks with Lao leaders.\n",
            "Hanoi",
        ),
    ],
)
def test_the_city_of_the_venue_after_the_main_day_holds_the_meeting(text: str, place: str) -> None:
    assert _main(text).place == place


def test_a_venue_after_another_day_leaves_the_trip() -> None:
    text = (
        "Chilean vice minister to visit Lima, Quito\n\n"
        "SANTIAGO, May 6 (EFE) -- Chile's Vice Foreign Minister Inés Carvallo will travel to Lima and Quito "
        "from May 12 to 16, the ministry said Tuesday.\n\n"
        "She will lay a wreath on May 12 at the national monument in central Lima.\n"
    )
    assert _main(text).place is None


# --- a stay over a list of cities, a venue "welcomed to" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the President's Meeting with the Chancellor of Austria\n\n"
        "President Mara Lindqvist will host Chancellor Karl Huber of Austria at the Presidential Palace on "
        "Tuesday, May 13, 2031. The meeting will take place during the Chancellor's visit to Finland from "
        "May 12 to 15, which will also take him to Tampere and Turku.\n",
        "Statement on the Prime Minister's Meeting with the President of Chile\n\n"
        "Prime Minister Aaron Teller will host President Inés Carvallo of Chile at Parliament House on "
        "Wednesday, May 14, 2031. The talks will be held during the President's visit to Australia from "
        "May 12 to 16, which will also take her to Sydney, Melbourne and Perth.\n",
        "Statement on the Chancellor's Meeting with the Prime Minister of Peru\n\n"
        "Chancellor Greta Vogel will receive Prime Minister Ana Pérez of Peru at the Federal Chancellery on "
        "Thursday, May 15, 2031. The meeting will take place during the Prime Minister's visit to Germany "
        "from May 13 to 17, which will also take her to Munich and Hamburg.\n",
    ],
)
def test_a_stay_over_a_list_of_cities_gives_no_city_to_a_venue_meeting(text: str) -> None:
    assert _main(text).place is None


def test_a_stay_in_one_city_still_places_the_meeting() -> None:
    text = (
        "Statement on the President's Meeting with the Chancellor of Austria\n\n"
        "President Mara Lindqvist will meet Chancellor Karl Huber of Austria on Tuesday, May 13, 2031. The "
        "meeting will take place during the Chancellor's visit to Tampere from May 12 to 15.\n"
    )
    assert _main(text).place == "Tampere"


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the President's Meeting with the Prime Minister of Chile\n\n"
        "President Dana Moore will welcome Prime Minister Inés Carvallo of Chile to the White House on "
        "Tuesday, May 13, 2031. The Prime Minister's trip will also take her to Chicago to meet investors.\n",
        "Statement on the Prime Minister's Meeting with the President of Ghana\n\n"
        "Prime Minister Aaron Teller will welcome President Kofi Asante of Ghana to Parliament House on "
        "Wednesday, May 14, 2031. The President's program will also take him to Melbourne for a business "
        "forum.\n",
        "Statement on the King's Meeting with the President of Peru\n\n"
        "King Harald will welcome President Ana Pérez of Peru to the Royal Palace on Thursday, May 15, "
        "2031. Her journey will also take her to Bergen to see the port.\n",
    ],
)
def test_a_venue_welcomed_to_takes_no_city_from_a_later_leg(text: str) -> None:
    assert _main(text).place is None


def test_a_city_the_venue_meeting_is_held_in_stays() -> None:
    text = (
        "Statement on the President's Meeting with the Prime Minister of Chile\n\n"
        "President Dana Moore will welcome Prime Minister Inés Carvallo of Chile to the White House on "
        "Tuesday, May 13, 2031. The two leaders will hold talks in Washington on trade.\n"
    )
    assert _main(text).place == "Washington"
