"""Round 24b (issuer): a US release's label line in capitals with its section after it ("BRIEFING ROOM ·
STATEMENTS AND RELEASES") names the issuer and no writer; a statement's spokesperson speaks for the host,
not for the guest the host receives; a past meeting's city places no one in the paragraph after it; a
workplace's foreign name is read across its joining words ("the Xcity-based Fondation pour la Y")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _people(text: str) -> list[Person]:
    """The people extracted from a short release written on _REF."""
    return extract(text, source="t", published=_REF, today=_REF).people


def _person(text: str, name: str) -> Person:
    """The extracted person of that name."""
    people = _people(text)
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


# --- a US label line in capitals, a section after it ---------------------------------------------------

_LABELLED = [
    (
        "Statement from Press Secretary Miriam Oakhurst on the President's State Visit to Laos\n\n"
        "BRIEFING ROOM · STATEMENTS AND RELEASES\nMarch 2, 2031\n\n"
        "President Warren T. Colby will travel to Vientiane, Laos, from March 20 to 22 for a State Visit "
        "at the "
        "invitation of President Somphone Keola.\n",
        "Miriam Oakhurst",
    ),
    (
        "Statement from Press Secretary Delia Frantz on the President's Travel to Peru\n\n"
        "BRIEFING ROOM / STATEMENTS AND RELEASES\nMarch 2, 2031\n\n"
        "President Owen Lasseter will travel to Lima, Peru, on March 18 to meet President Rosa "
        "Quispe Mamani.\n",
        "Owen Lasseter",
    ),
    (
        "Statement from Press Secretary Tobias Wren on the Vice President's Visit to Ghana\n\n"
        "BRIEFING ROOM · STATEMENTS AND RELEASES\nMarch 2, 2031\n\n"
        "The Vice President will travel to Accra, Ghana, on March 25. The Second Gentleman, Elias Moore, "
        "will accompany her. President Kofi Asante-Boadu will host the Vice President at Jubilee House.\n",
        "Tobias Wren",
    ),
]


@pytest.mark.parametrize(("text", "name"), _LABELLED)
def test_us_label_line_with_section_names_the_issuer(text: str, name: str) -> None:
    assert _person(text, name).country == "United States"


@pytest.mark.parametrize(
    "text",
    [
        _LABELLED[0][0],
        _LABELLED[2][0],
        "Statement from Press Secretary Ida Brandt on the Visit of Prime Minister Aoki Ren of Japan\n\n"
        "BRIEFING ROOM · STATEMENTS AND RELEASES\nMarch 2, 2031\n\n"
        "President Colm Archer will host Prime Minister Aoki Ren of Japan at the White House on March 14.\n",
    ],
)
def test_label_line_with_section_is_no_writer(text: str) -> None:
    assert "Briefing Room" not in [p.name for p in _people(text)]


def test_host_of_labelled_release_keeps_own_country() -> None:
    text, _ = _LABELLED[0]
    assert _person(text, "Somphone Keola").country == "Laos"


def test_writer_credit_with_dot_still_read() -> None:
    # near miss: a writer's name before a middle dot and an outlet stays a writer
    text = (
        "Mara Ellison · Harbour Daily · Posted: 2 Mar 2031\n\n"
        "Foreign Minister Tane Rawiri will visit Suva next week, his office said.\n"
    )
    assert "Mara Ellison" in [p.name for p in _people(text)]


# --- a statement's spokesperson: the host's, not the hosted guest's -------------------------------------

_HOSTED = [
    (
        "Statement from Press Secretary Nora Kettering on the Official Visit of President Ilse Marquardt of "
        "Austria\n\nPresident Harlan Voight will host President Ilse Marquardt of the Republic of Austria in "
        "Washington on Thursday, March 13. The leaders will discuss energy security and trade.\n",
        "Nora Kettering",
        "United States",
    ),
    (
        "Statement from Spokesperson Ayesha Ramlan on the Visit of Prime Minister Tomas Varga of Hungary\n\n"
        "Prime Minister Datuk Hafiz Osman will host Prime Minister Tomas Varga of Hungary in Kuala Lumpur on "
        "March 12 for talks on trade and investment.\n",
        "Ayesha Ramlan",
        "Malaysia",
    ),
    (
        "Statement from Spokesperson Leon Ferrante on the Working Visit of President Amara Diallo of "
        "Senegal\n\n"
        "Prime Minister Giulia Ferri will welcome President Amara Diallo of Senegal in Rome on March 10 "
        "to discuss migration and energy.\n",
        "Leon Ferrante",
        "Italy",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _HOSTED)
def test_statement_spokesperson_speaks_for_the_host(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_statement_spokesperson_of_a_travelling_guest_unchanged() -> None:
    # near miss: the guest hosted abroad travels there: the spokesperson is the traveller's
    text = (
        "Statement from Spokesperson Ruth Anders on the Visit of Foreign Minister Kai Holm to Japan\n\n"
        "Norwegian Foreign Minister Kai Holm will travel to Tokyo, Japan, on March 9. Foreign Minister Sato "
        "Hiroshi will host Foreign Minister Holm for talks on maritime security.\n"
    )
    assert _person(text, "Ruth Anders").country == "Norway"


# --- a past meeting's city before a mention in the paragraph --------------------------------------------

_PAST = [
    (
        "Media Note\nOffice of the Spokesperson\nMarch 2, 2031\n\n"
        "Secretary of State Alan Brightwell will travel to Nairobi, Kenya, and Dodoma, Tanzania, "
        "March 16-19. "
        "In Nairobi on March 16, the Secretary will co-chair the Strategic Dialogue with Kenyan Cabinet "
        "Secretary Wanjiru Kamau. This will be the first session since the Dialogue was relaunched in "
        "Washington in October 2029. The Secretary will also call on Minister of Energy Otieno Barasa.\n",
        "Otieno Barasa",
        "Kenya",
    ),
    (
        "Media Note\nOffice of the Spokesperson\nMarch 2, 2031\n\n"
        "Secretary of State Alan Brightwell will travel to Hanoi, Vietnam, and Vientiane, Laos, March 16-19. "
        "In Hanoi on March 16, the Secretary will meet Foreign Minister Le Van Tam. The two last met in "
        "Washington in June 2030. The Secretary will also call on Minister of Industry Tran Thi Mai.\n",
        "Tran Thi Mai",
        "Vietnam",
    ),
    (
        "Media Note\nOffice of the Spokesperson\nMarch 2, 2031\n\n"
        "Secretary of State Alan Brightwell will travel to Lima, Peru, and Quito, Ecuador, March 16-19. "
        "In Lima on March 16, the Secretary will meet Foreign Minister Ana Salcedo. The partnership was "
        "launched in Washington in 2028. The Secretary will also call on Minister of Mines Jorge Huamán.\n",
        "Jorge Huamán",
        "Peru",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _PAST)
def test_past_meeting_city_places_no_one(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_paragraph_city_ahead_still_places() -> None:
    # near miss: a city of a coming meeting earlier in the paragraph still places the one called on
    text = (
        "Media Note\nOffice of the Spokesperson\nMarch 2, 2031\n\n"
        "Secretary of State Alan Brightwell will travel to Lima, Peru, and Quito, Ecuador, March 16-19. "
        "In Lima on March 16, the Secretary will meet Foreign Minister Ana Salcedo. On March 18 she will fly "
        "to Quito. The Secretary will also call on Minister of Defense Pablo Cevallos.\n"
    )
    assert _person(text, "Pablo Cevallos").country == "Ecuador"


# --- a workplace's foreign name with its joining words ---------------------------------------------------

_WORKPLACES = [
    ("Lyon-based Fondation pour la Sécurité Européenne", "France"),
    ("Berlin-based Stiftung für Sicherheit und Frieden", "Germany"),
    ("Rome-based Istituto per la Sicurezza Mediterranea", "Italy"),
]


def _analyst(place: str) -> Person:
    """The analyst quoted with a workplace at that place."""
    text = (
        "Defence ministers meet in Brussels on Thursday.\n\n"
        f"“The debate has become a ritual,” said Claire Donadieu, a senior research fellow at the {place}. "
        "“What matters is contracts.”\n"
    )
    return _person(text, "Claire Donadieu")


@pytest.mark.parametrize(("place", "country"), _WORKPLACES)
def test_foreign_workplace_name_gives_its_based_country(place: str, country: str) -> None:
    analyst = _analyst(place)
    assert (analyst.role, analyst.country) == ("senior research fellow", country)


def test_workplace_without_a_place_still_gives_none() -> None:
    # near miss: a workplace the text does not place gives no country
    analyst = _analyst("Fondation pour la Sécurité Européenne")
    assert analyst.country is None
