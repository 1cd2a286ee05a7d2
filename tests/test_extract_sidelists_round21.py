"""Side-meeting rules, round 21 (sidelists): counterparts listed by country in one sentence. "A will meet her
counterparts from X, Y and Z" is one bilateral with each (not one meeting of them all), also when the clause
first names a counterpart ("bilateral meetings with B, as well as with his counterparts from X and Y") and
when "bilateral meetings with counterparts from X, Y and Z" has no possessive; a group's "their
counterparts", "host his counterparts" and a working meal stay one gathering."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _one_each(text: str) -> list[str]:
    """The names of the bilaterals with one unnamed counterpart each."""
    b = extract(text, today=_TODAY)
    return sorted(e.name for e in b.events if e.kind == "bilateral" and e.name.count("counterpart") == 1)


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=_TODAY)
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "meet her counterparts from X, Y and Z": one bilateral with each ---


@pytest.mark.parametrize(
    ("text", "adjectives"),
    [
        (
            "Foreign Minister Ingrid Solvang will travel to Lisbon on 14 May for the Atlantic Partnership "
            "Ministerial Meeting.\n\nOn the margins of the meeting, Ms Solvang will also meet her "
            "counterparts "
            "from Chile, Ghana and Thailand.",
            ["Chilean", "Ghanaian", "Thai"],
        ),
        (
            "Defence Minister Rafael Okonjo will attend the Southern Seas Security Forum in Durban on 3 June."
            "\n\nHe is also expected to meet his counterparts from Kenya, Peru and Norway on the sidelines "
            "of "
            "the forum.",
            ["Kenyan", "Norwegian", "Peruvian"],
        ),
        (
            "Foreign Minister Paulo Nkemelu will travel to Accra on 2 July for the Gulf of Guinea "
            "Ministerial "
            "Meeting.\n\nOn the sidelines, Mr Nkemelu will hold a bilateral meeting with Ghana's Foreign "
            "Minister Kwesi Addo-Mensah and meet his counterparts from Togo, Benin and Senegal.",
            ["Beninese", "Senegalese", "Togolese"],
        ),
    ],
)
def test_her_counterparts_from_a_list_one_each(text: str, adjectives: list[str]) -> None:
    found = _one_each(text)
    assert len(found) == 3
    for adj, name in zip(adjectives, found, strict=True):
        assert f"{adj} counterpart" in name


def test_named_one_kept_beside_the_listed_counterparts() -> None:
    text = (
        "Foreign Minister Paulo Nkemelu will travel to Accra on 2 July for the Gulf of Guinea Ministerial "
        "Meeting.\n\nOn the sidelines, Mr Nkemelu will hold a bilateral meeting with Ghana's Foreign "
        "Minister Kwesi Addo-Mensah and meet his counterparts from Togo, Benin and Senegal."
    )
    assert ("bilateral", ["Kwesi Addo-Mensah", "Paulo Nkemelu"]) in _sides(text)


# --- "bilateral meetings with B, as well as with his counterparts from X and Y": one each, named or not ---


@pytest.mark.parametrize(
    ("text", "named", "adjectives"),
    [
        (
            "Trade Minister Amara Lindqvist will visit Santiago on 8 October to attend the Pacific Trade "
            "Ministers' Meeting.\n\nOn the sidelines, Ms Lindqvist will hold bilateral meetings with Chilean "
            "Minister of Trade Tomas Errazuriz Vial, as well as with her counterparts from Mexico, Canada "
            "and "
            "Japan.",
            ["Amara Lindqvist", "Tomas Errazuriz Vial"],
            ["Canadian", "Japanese", "Mexican"],
        ),
        (
            "Defence Minister Oskar Halvorsen will attend the Northern Waters Defence Dialogue in Reykjavik "
            "on "
            "20 May.\n\nOn the sidelines, Mr Halvorsen will hold bilateral meetings with Dutch Defence "
            "Minister Pieter van Luyck, as well as with his counterparts from Estonia and Ireland.",
            ["Oskar Halvorsen", "Pieter van Luyck"],
            ["Estonian", "Irish"],
        ),
        (
            "Foreign Minister Lucia Arbeloa will travel to Nairobi on 11 March for the Horn of Africa "
            "Ministerial Conference.\n\nThere she will hold bilateral talks with Kenyan Foreign Minister "
            "Daniel Mwangi Otieno and with her counterparts from Uganda, Rwanda and Tanzania.",
            ["Daniel Mwangi Otieno", "Lucia Arbeloa"],
            ["Rwandan", "Tanzanian", "Ugandan"],
        ),
    ],
)
def test_named_bilateral_and_listed_counterparts_one_each(
    text: str, named: list[str], adjectives: list[str]
) -> None:
    assert ("bilateral", named) in _sides(text)
    found = _one_each(text)
    assert len(found) == len(adjectives)
    for adj, name in zip(adjectives, found, strict=True):
        assert f"{adj} counterpart" in name


# --- "bilateral meetings with counterparts from X, Y and Z" (no possessive) ---


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Karel Dvorsky will travel to Tallinn on 12 April for the Baltic Sea Ministerial "
        "Conference.\n\nWhile there, Mr Dvorsky will hold bilateral meetings with counterparts from Finland, "
        "Poland and Latvia.",
        "Defence Minister Tove Rasmussen will attend the Arctic Security Roundtable in Tromso on 2 "
        "February.\n\n"
        "Ms Rasmussen will hold bilateral talks with counterparts from Canada, Iceland and Sweden.",
        "Energy Minister Farid Benali will travel to Baku on 9 November for the Caspian Energy Ministerial."
        "\n\nOn the margins, Mr Benali will hold bilateral meetings with counterparts from Kazakhstan, "
        "Georgia and Turkey.",
    ],
)
def test_bilateral_meetings_with_counterparts_from_one_each(text: str) -> None:
    assert len(_one_each(text)) == 3


# --- near misses: one gathering of the counterparts ---


@pytest.mark.parametrize(
    "text",
    [
        # a group meeting its peers: together
        "NATO Foreign Ministers will meet in Oslo on 5 May. Ministers will also meet with their counterparts "
        "from Japan, Australia and Chile.",
        # a host's gathering of counterparts
        "Defence Minister Lukas Brandl will host his counterparts from Austria, Hungary and Slovakia in "
        "Graz on "
        "9 September for the Central Defence Cooperation meeting.",
        # a working meal with them all
        "Foreign Minister Helga Marstrand will travel to Vienna on 4 December for the OSCE Ministerial "
        "Council."
        "\n\nOn the margins, Ms Marstrand will meet her counterparts from Moldova, Georgia and Armenia for a "
        "working breakfast.",
        # talks with unnamed counterparts, no bilateral word nor a traveller's own counterparts
        "Defence Secretary Mark Lindell will travel to Singapore on 30 May for the Shangri-La Dialogue.\n\n"
        "While there, he is also expected to hold talks with counterparts from Japan, Australia and Vietnam.",
    ],
)
def test_counterparts_gathered_stay_one(text: str) -> None:
    assert _one_each(text) == []


# --- a meeting not (yet) confirmed is still announced; one not decided is not ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Defence Minister Tomas Halloran will attend the Baltic Security Forum in Riga on 12 June.\n\n"
            "On the sidelines, Mr Halloran will meet Polish Defence Minister Jerzy Walczak, although Warsaw "
            "has not confirmed the meeting.",
            ["Jerzy Walczak", "Tomas Halloran"],
        ),
        (
            "Foreign Minister Ana Velasquez will travel to Geneva on 3 March for the Human Rights Council "
            "session.\n\nMs Velasquez is expected to hold talks with Swiss Foreign Minister Martin Keller "
            "on the "
            "margins, though the Swiss side has not yet confirmed it.",
            ["Ana Velasquez", "Martin Keller"],
        ),
        (
            "Trade Minister Rohan Mehta will attend the WTO Ministerial Conference in Abu Dhabi on 26 "
            "February."
            "\n\nIn an unconfirmed addition to his programme, Mr Mehta will also meet Kenyan Trade Cabinet "
            "Secretary Esther Wambui on the sidelines.",
            ["Esther Wambui", "Rohan Mehta"],
        ),
    ],
)
def test_unconfirmed_meeting_still_announced(text: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(text)


def test_undecided_meeting_not_announced() -> None:
    text = (
        "Foreign Minister Ana Velasquez will travel to Geneva on 3 March for the Human Rights Council "
        "session."
        "\n\nWhether Ms Velasquez will meet Swiss Foreign Minister Martin Keller has not been decided."
    )
    assert [k for k, _ in _sides(text) if k != "other"] == []


# --- "a trilateral meeting of defence officials with X": officials' meeting with the country named ---


def _trilaterals(text: str) -> list[str]:
    return [e.name for e in extract(text, today=_TODAY).events if e.kind == "trilateral"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Foreign Minister Lena Korhonen and Defence Minister Mikko Aalto will meet their Estonian "
            'counterparts in Tallinn on 4 May for the second Finland-Estonia "two-plus-two" talks.\n\n'
            "A trilateral meeting of defence officials with Latvia is also being arranged, a ministry "
            "official "
            "said.",
            "Latvia",
        ),
        (
            "Foreign Minister Ruth Adeyemi will travel to Accra on 12 June for talks with Ghanaian Foreign "
            "Minister Kofi Boateng.\n\nA trilateral meeting of senior officials with Togo is planned for the "
            "same day.",
            "Togo",
        ),
        (
            "Prime Minister Jonas Petraitis will visit Warsaw on 2 September for talks with Polish Prime "
            "Minister Adam Zielinski.\n\nA trilateral meeting of energy experts with Ukraine is also being "
            "arranged.",
            "Ukraine",
        ),
    ],
)
def test_trilateral_of_officials_with_a_country(text: str, country: str) -> None:
    assert any(country in name for name in _trilaterals(text))


def test_trilateral_of_officials_with_no_country_named() -> None:
    text = (
        "Prime Minister Jonas Petraitis will visit Warsaw on 2 September for talks with Polish Prime "
        "Minister "
        "Adam Zielinski.\n\nA trilateral meeting of energy experts with industry leaders is also being "
        "arranged."
    )
    assert _trilaterals(text) == []


# --- "A meeting with B is possible / being arranged": the protagonist's side meeting, not the main one ---

_LEAD_SOLVANG = (
    "Foreign Minister Ingrid Solvang will travel to Lisbon on 14 May for the Atlantic Partnership "
    "Ministerial Meeting.\n\n"
)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            _LEAD_SOLVANG + "A meeting with Brazil's Foreign Minister, Paulo Ribeiro Santos, is possible but "
            "has not been confirmed.",
            ["Ingrid Solvang", "Paulo Ribeiro Santos"],
        ),
        (
            "Defence Minister Rafael Okonjo will attend the Southern Seas Security Forum in Durban on 3 June."
            "\n\nA meeting with Kenyan Defence Cabinet Secretary Peter Otieno Wekesa is being arranged.",
            ["Peter Otieno Wekesa", "Rafael Okonjo"],
        ),
        (
            "Trade Minister Amara Lindqvist will visit Santiago on 8 October to attend the Pacific Trade "
            "Ministers' Meeting.\n\nA meeting with Peruvian Trade Minister Lucia Paredes Soto is possible, "
            "officials said.",
            ["Amara Lindqvist", "Lucia Paredes Soto"],
        ),
    ],
)
def test_possible_meeting_is_a_side_meeting(text: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(text)


def test_meeting_not_possible_is_none() -> None:
    text = _LEAD_SOLVANG + "A meeting with Brazil's Foreign Minister, Paulo Ribeiro Santos, is not possible."
    assert [k for k, _ in _sides(text) if k == "bilateral"] == []


# --- "will join a working lunch hosted by B": a meal of its own, B no main participant for it ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Secretary of State Laura Kinsella will travel to Jakarta, Indonesia, March 10-11, to "
            "participate in "
            "the Indian Ocean Rim Ministerial Conference.\n\nOn the sidelines, Secretary Kinsella will also "
            "meet "
            "Indonesian Foreign Minister Budi Hartono, as conference chair. The Secretary will join a "
            "working "
            "lunch hosted by Foreign Minister Hartono for the visiting ministers on March 11.",
            ["Budi Hartono", "Laura Kinsella"],
        ),
        (
            "Foreign Minister Erik Lindahl will travel to Reykjavik on 4 April for the Nordic Foreign "
            "Ministers' "
            "Meeting.\n\nMr Lindahl will also meet Icelandic Foreign Minister Sigrun Olafsdottir. He will "
            "attend "
            "a working dinner hosted by Ms Olafsdottir for the Nordic ministers on 4 April.",
            ["Erik Lindahl", "Sigrun Olafsdottir"],
        ),
        (
            "Trade Minister Priya Raman will travel to Nairobi on 2 June for the African Trade Ministers' "
            "Forum."
            "\n\nShe will also meet Kenyan Trade Cabinet Secretary Daniel Kiprono. Ms Raman will join a "
            "working "
            "breakfast hosted by Mr Kiprono for the forum's delegations on 3 June.",
            ["Daniel Kiprono", "Priya Raman"],
        ),
    ],
)
def test_host_of_a_working_meal_still_met_apart(text: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(text)
    assert ("other", pair) in _sides(text)


def test_host_of_the_conference_stays_a_main_participant() -> None:
    text = (
        "Secretary of State Laura Kinsella will travel to Jakarta, Indonesia, March 10-11, to participate "
        "in the "
        "Indian Ocean Rim Ministerial Conference.\n\nThe Secretary will join the plenary session hosted by "
        "Indonesian Foreign Minister Budi Hartono on March 11."
    )
    main = next(e for e in extract(text, today=_TODAY).events if e.kind == "main")
    assert "Budi Hartono" in main.participants


# --- "A meeting between A and B is being arranged / was being discussed": the two named meet ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Defence Secretary Mark Lindell will attend the Nordic-Baltic Defence Ministers' Meeting in "
            "Oslo on "
            "12 May.\n\nA meeting between Lindell and his Polish counterpart, Jerzy Walczak, was being "
            "discussed but had not been confirmed, an official said.",
            ["Jerzy Walczak", "Mark Lindell"],
        ),
        (
            "Foreign Minister Ana Velasquez will travel to Geneva on 3 March for the Human Rights Council "
            "session.\n\nA meeting between Velasquez and Swiss Foreign Minister Martin Keller is being "
            "arranged.",
            ["Ana Velasquez", "Martin Keller"],
        ),
        (
            "Defence Minister Chidi Okafor will attend the Gulf of Guinea Security Conference in Lome on 8 "
            "April.\n\nA meeting between Okafor and Ghana's Defence Minister Kwame Asante was being "
            "discussed, "
            "a ministry official said.",
            ["Chidi Okafor", "Kwame Asante"],
        ),
    ],
)
def test_planned_meeting_between_two(text: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(text)


def test_meeting_between_two_ruled_out() -> None:
    text = (
        "Trade Minister Rohan Mehta will attend the WTO Ministerial Conference in Abu Dhabi on 26 "
        "February.\n\n"
        "A meeting between Mehta and Kenyan Trade Cabinet Secretary Esther Wambui has been ruled out, "
        "officials "
        "said."
    )
    assert [k for k, _ in _sides(text) if k == "bilateral"] == []
