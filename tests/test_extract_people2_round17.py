"""People's countries, round 17 (people2): a water named after a state ("the South Xland Sea", "the Xish
Sea", "the Sea of Xland", "the Gulf of Yland") names the water, not the state, so it does not count as the
state when a traveller's home is read as the country the text names most besides the places visited; an
association placed by its city ("the Xcity-based Y Association") is a workplace outside government; a party's
initials bracketed with a state's or region's code ("(XP-AB)", "(XPP, DE)") close a name set off by a comma
after its title; one joined to a traveller ("The Minister for X, A, and the Minister for Y, B, will travel to
Zcity") makes that traveller's journey, so its home is read from the places the journey leaves out; one
state's forces stationed in a place, named before their commander's title ("Xish Forces Yland Commander
A"), make the forces' state the commander's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 3, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


_TRIP = (
    "{home} and {visited} to hold security talks in {city}\n\n"
    "As pressure mounts in {water}, ministers look to turn a new pact into cooperation\n\n"
    "Foreign Minister Harald Vossberg and Defence Minister Ingrid Aalstad will visit {city} next week for "
    "security talks with their {vadj} counterparts, the government said on Tuesday.\n\n"
    "The talks will bring the two ministers together with {vadj} Foreign Minister Tomas Brenner and Defence "
    "Minister Lukas Fehr.\n\n"
    "The agenda includes joint patrols in {water} and coast guard training.\n\n"
    "On the sidelines, Aalstad is expected to call on the {vadj} president."
)


@pytest.mark.parametrize(
    ("home", "visited", "vadj", "city", "water", "want"),
    [
        ("Norway", "Austria", "Austrian", "Vienna", "the East China Sea", "Norway"),
        ("Chile", "Peru", "Peruvian", "Lima", "the Sea of Japan", "Chile"),
        ("Kenya", "Tanzania", "Tanzanian", "Dodoma", "the Gulf of Oman", "Kenya"),
        ("Sweden", "Poland", "Polish", "Warsaw", "the Philippine Sea", "Sweden"),
    ],
)
def test_water_named_after_a_state_is_no_state(
    home: str, visited: str, vadj: str, city: str, water: str, want: str
) -> None:
    text = _TRIP.format(home=home, visited=visited, vadj=vadj, city=city, water=water)
    assert _country(text, "Ingrid Aalstad") == want


def test_the_state_itself_still_counts() -> None:
    # near miss: the state named in its own right (not a water's name) still counts as named
    text = _TRIP.format(
        home="Norway", visited="Austria", vadj="Austrian", city="Vienna", water="relations with China"
    )
    assert _country(text, "Ingrid Aalstad") == "China"


# ---- an association is a workplace outside government -----------------------------------------------------

_ASSOC = (
    "UNITED NATIONS, May 4 (Reuters) - Diplomats will meet at U.N. headquarters in New York from Monday for "
    "a last round of talks before next year's review conference, amid warnings that the treaty faces its "
    "most serious test in decades.\n\n"
    "Matteo Ricciardi, Italy's ambassador to the United Nations, who will chair the session, told reporters "
    "on Wednesday he would push for recommendations that all sides could accept.\n\n"
    '{desc}, was more cautious. "Nobody expects a breakthrough at this meeting," {short} said.'
)


@pytest.mark.parametrize(
    ("desc", "name", "short", "want"),
    [
        (
            "Priya Raman, executive director of the Ottawa-based Nuclear Policy Association",
            "Priya Raman",
            "Raman",
            "Canada",
        ),
        (
            "Olaf Brandt, president of the Hamburg-based Maritime Trade Association",
            "Olaf Brandt",
            "Brandt",
            "Germany",
        ),
        (
            "Chen Yuhan, director of the Taipei-based Cross-Strait Studies Association",
            "Chen Yuhan",
            "Chen",
            "Taiwan",
        ),
    ],
)
def test_an_association_placed_by_its_city_gives_its_state(
    desc: str, name: str, short: str, want: str
) -> None:
    assert _country(_ASSOC.format(desc=desc, short=short), name) == want


def test_an_association_of_states_stays_the_organisation() -> None:
    # near miss: "the Association of X Nations" is an organisation of states, not a workplace outside
    # government: its officer keeps the organisation
    desc = "Dara Sokha, deputy secretary-general of the Association of Southeast Asian Nations"
    assert _country(_ASSOC.format(desc=desc, short="Sokha"), "Dara Sokha") == "ASEAN"


# ---- a party's initials with a state's code in brackets after a comma name ---------------------------------


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=TODAY), name).role


@pytest.mark.parametrize(
    ("sentence", "name", "want"),
    [
        (
            "The mission includes the group's vice-chair, Deputy Joana Ferreira (PL-SP), and two advisers.",
            "Joana Ferreira",
            "vice-chair",
        ),
        (
            "The delegation includes the group's vice-chair, Karel Dvorak (XPP, CZ), and two advisers.",
            "Karel Dvorak",
            "vice-chair",
        ),
        (
            "The trip is led by the subcommittee's chairwoman, Rep. Dana Whitlow (DFL-MN), and two aides.",
            "Dana Whitlow",
            "chairwoman",
        ),
    ],
)
def test_a_party_tag_with_a_state_code_closes_a_comma_name(sentence: str, name: str, want: str) -> None:
    text = "Lawmakers to visit Lisbon\n\n" + sentence + '\n\n"We will listen," the group said.'
    assert _role(text, name) == want


def test_a_bracketed_description_is_no_party_tag() -> None:
    # near miss: a bracketed description after the comma name is no tag the name closes at: no title is read
    text = (
        "Lawmakers to visit Lisbon\n\nThe hearing will be opened by the committee's chair, Henrik Aalto "
        '(Porto Alegre city council), and will last two hours.\n\n"We will listen," Aalto said.'
    )
    assert _role(text, "Henrik Aalto") is None


# ---- one joined to a traveller makes the traveller's journey ----------------------------------------------

_JOINT = (
    "Joint media release\n\n{home} and {vis} to hold inaugural 2+2 Ministerial Meeting\n\n"
    "The Minister for {p1}, {a}, and the Minister for {p2}, {b}, will travel to {city} this week for the "
    "inaugural {home}-{vis} 2+2 Ministerial Meeting.\n\n"
    "The meeting will deepen the strategic partnership between {home} and {vis}, and {home} will announce "
    "new support for maritime security.\n\n"
    "{home} and {vis} have been friends for 75 years."
)


@pytest.mark.parametrize(
    ("home", "vis", "city", "p1", "a", "p2", "b", "name"),
    [
        (
            "Canada",
            "Indonesia",
            "Jakarta",
            "Foreign Affairs",
            "Senator the Hon Margaret Lyle",
            "Defence",
            "the Hon Peter Quaid MP",
            "Margaret Lyle",
        ),
        (
            "Ireland",
            "Chile",
            "Santiago",
            "Trade",
            "Ms Nuala Brennock",
            "Enterprise",
            "Mr Declan Foyle",
            "Nuala Brennock",
        ),
        (
            "Norway",
            "Kenya",
            "Nairobi",
            "International Development",
            "Dr Sigrid Haugen",
            "Defence",
            "Mr Arne Lund",
            "Sigrid Haugen",
        ),
    ],
)
def test_one_joined_to_a_traveller_is_of_the_travellers_home(
    home: str, vis: str, city: str, p1: str, a: str, p2: str, b: str, name: str
) -> None:
    text = _JOINT.format(home=home, vis=vis, city=city, p1=p1, a=a, p2=p2, b=b)
    assert _country(text, name) == home


def test_a_dateline_still_decides_for_joined_travellers() -> None:
    # near miss: under a wire dateline the journey's reading is not used; both stay the dateline's
    text = (
        "Canada and Indonesia to hold inaugural 2+2 Ministerial Meeting\n\nOTTAWA, March 2 (Reuters) - The "
        "Minister for Foreign Affairs, Margaret Lyle, and the Minister for Defence, Peter Quaid, will "
        "travel to Jakarta this week for the inaugural Canada-Indonesia 2+2 Ministerial Meeting, "
        "officials said.\n\n"
        "The meeting will deepen the strategic partnership between Canada and Indonesia."
    )
    assert _country(text, "Margaret Lyle") == "Canada"


# ---- one state's forces stationed in a place, named before their commander's title -------------------------

_STATIONED = (
    "Deputy Secretary to visit the region\n\nDeputy Secretary of State Jane Holt will travel to {city} on "
    "September 9. She will also meet with {who} at {base}."
)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, today=TODAY), name)
    return p.role, p.country


@pytest.mark.parametrize(
    ("city", "who", "base", "name", "want"),
    [
        (
            "Tokyo",
            "U.S. Forces Japan Commander Lt. Gen. Ronald Pike",
            "Yokota Air Base",
            "Ronald Pike",
            ("U.S. Forces Japan Commander", "United States"),
        ),
        (
            "Nicosia",
            "British Forces Cyprus Commander Air Vice-Marshal Helen Marsh",
            "the sovereign base",
            "Helen Marsh",
            ("British Forces Cyprus Commander", "United Kingdom"),
        ),
        (
            "Seoul",
            "U.S. Forces Korea deputy commander Lt. Gen. Omar Fitch",
            "the garrison",
            "Omar Fitch",
            ("U.S. Forces Korea deputy commander", "United States"),
        ),
    ],
)
def test_stationed_forces_commander_is_of_the_forces_state(
    city: str, who: str, base: str, name: str, want: tuple[str, str]
) -> None:
    assert _person(_STATIONED.format(city=city, who=who, base=base), name) == want


def test_a_commander_with_one_state_word_keeps_it() -> None:
    # near miss: no forces' state before the place's word: the title's own state word stays the country
    text = _STATIONED.format(city="Seoul", who="Korean Commander Gen. Omar Fitch", base="the garrison")
    assert _person(text, "Omar Fitch") == ("Commander", "South Korea")
