"""People's roles, round 25 (roles): a reporter's description of an outside expert before a name gives way to
the expert's post after it ("Maritime analyst A, a senior fellow at the X Forum, said", "Xish researcher B,
professor at Y University,"); a description with no such post, or a post after a name led by an office,
stays."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.evaluate.matching import same_role
from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=_TODAY).people}


_LEAD = (
    "Ministers meet in Valdoria\n\n"
    "The foreign ministers of Norland and Estoria will meet in Valdoria on March 9.\n\n"
)


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Maritime security analyst Tomasz Weronski, a senior fellow at the Baltic Sea Forum, said the "
            "talks would be watched closely.",
            "Tomasz Weronski",
            "senior fellow at the Baltic Sea Forum",
        ),
        (
            "Regional affairs expert Imelda Qorvanu, a distinguished fellow at the Harbour Policy Group, "
            "said the ministers had much to settle.",
            "Imelda Qorvanu",
            "distinguished fellow at the Harbour Policy Group",
        ),
        (
            "Norlandic researcher Aurelio Fenwick-Dunn, professor at the University of Kessing, said the "
            "meeting came at the right time.",
            "Aurelio Fenwick-Dunn",
            "professor at the University of Kessing",
        ),
        (
            "Security analyst Priyanka Ostrowe, a researcher at a think tank in Valdoria, said both sides "
            "wanted a deal.",
            "Priyanka Ostrowe",
            "researcher at a think tank in Valdoria",
        ),
    ],
)
def test_expert_post_beats_description(sentence: str, name: str, role: str) -> None:
    assert same_role(role, _roles(_LEAD + sentence + "\n")[name])


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # no post after the name: the description stays
        (
            "Maritime security analyst Tomasz Weronski said the talks would be watched closely.",
            "Tomasz Weronski",
            "Maritime security analyst",
        ),
        # a former office after the name is no post held now
        (
            "Defence analyst Imelda Qorvanu, a former ambassador to Estoria, said the ministers had much to "
            "settle.",
            "Imelda Qorvanu",
            "Defence analyst",
        ),
        # an office before the name keeps its place
        (
            "Deputy Foreign Minister Aurelio Fenwick-Dunn, a former professor at the University of Kessing, "
            "said the meeting came at the right time.",
            "Aurelio Fenwick-Dunn",
            "Deputy Foreign Minister",
        ),
    ],
)
def test_description_or_office_stays(sentence: str, name: str, role: str) -> None:
    assert same_role(role, _roles(_LEAD + sentence + "\n")[name])


# A body's own name before a chair's title, or an administration's before a minister's, is part of the title.
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "The minister will attend a working lunch hosted by Norvex Chairman Aldo Brightwater.",
            "Aldo Brightwater",
            "Norvex Chairman",
        ),
        (
            "She will also meet members of Congress, including Senate Armed Services Committee Chairman "
            "Rufus Dellacourt.",
            "Rufus Dellacourt",
            "Senate Armed Services Committee Chairman",
        ),
        (
            "The forum is co-chaired by Riksdag Defence Committee Chair Ingrid Solvang.",
            "Ingrid Solvang",
            "Riksdag Defence Committee Chair",
        ),
        (
            "He will then meet Maritime Safety Administration Minister Kael Vossberg in the capital.",
            "Kael Vossberg",
            "Maritime Safety Administration Minister",
        ),
    ],
)
def test_body_name_before_title(sentence: str, name: str, role: str) -> None:
    assert _roles(_LEAD + sentence + "\n")[name] == role


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # a day or a sentence's first word names no body
        ("On Tuesday Chairman Aldo Brightwater will open the talks.", "Aldo Brightwater", "Chairman"),
        # a grade opens the title
        (
            "The talks will be attended by Deputy Chairman Aldo Brightwater.",
            "Aldo Brightwater",
            "Deputy Chairman",
        ),
        # an organisation's name before its chair is the affiliation
        (
            "The talks will be attended by Pacific Islands Forum Chair Ingrid Solvang.",
            "Ingrid Solvang",
            "Chair",
        ),
        # an adverb opening the sentence names no body
        (
            "The talks were opened by Ingrid Solvang. Later Chairman Aldo Brightwater spoke.",
            "Aldo Brightwater",
            "Chairman",
        ),
    ],
)
def test_no_body_before_title(sentence: str, name: str, role: str) -> None:
    assert same_role(role, _roles(_LEAD + sentence + "\n")[name])


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, today=_TODAY).people}


# A street, a city or a programme read after a title word, or a place a link runs between, is no person.
@pytest.mark.parametrize(
    "sentence, thing",
    [
        (
            "The talks will take place at the Ministry of Foreign Affairs, King Edmund Street.",
            "Edmund Street",
        ),
        (
            "The ministers will discuss the frigates being acquired under Norland's General Purpose Frigate "
            "program.",
            "Purpose Frigate",
        ),
        (
            "The two ministers agreed to revive the proposed rail link between Kota Merah Jaya and Sunvale.",
            "Kota Merah Jaya",
        ),
        ("The mission is organised by the Consulate General Port Arvel City.", "Port Arvel City"),
        ("A source at the Palacio Miraflor Alto said the talks were useful.", "Palacio Miraflor Alto"),
    ],
)
def test_place_is_no_person(sentence: str, thing: str) -> None:
    assert thing not in _names(_LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Analyst Kenji Hall said the talks would be hard.", "Kenji Hall"),
        ("The talks between Ana Ruiz-Pando and the Estorian minister will focus on trade.", "Ana Ruiz-Pando"),
    ],
)
def test_person_stays(sentence: str, name: str) -> None:
    assert name in _names(_LEAD + sentence + "\n")


# A country's name as a given name before a middle initial, after a title ("Press Secretary Jordan A. B").
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Foreign Minister Chad R. Millbrook said the talks would be hard.",
            "Chad R. Millbrook",
            "Foreign Minister",
        ),
        (
            "Statement from Press Secretary Georgia L. Frantzen on the Summit",
            "Georgia L. Frantzen",
            "Press Secretary",
        ),
    ],
)
def test_country_given_name_with_initial(sentence: str, name: str, role: str) -> None:
    assert _roles(_LEAD + sentence + "\n").get(name) == role


def test_envoy_to_a_country_keeps_its_post() -> None:
    roles = _roles(_LEAD + "Ambassador to Jordan A. Millbrook will attend.\n")
    assert roles.get("A. Millbrook") == "Ambassador to Jordan"


# The services' style "Commander, <command> <rank> <name>": the head and the command, the rank no part of it.
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "On Sept. 20, Commander, U.S. Pacific Fleet Adm. Jane Smithers will host the delegation.",
            "Jane Smithers",
            "Commander, U.S. Pacific Fleet",
        ),
        (
            "On Monday, Commander, U.S. Southern Command Gen. Rosa Albescu will meet the ministers.",
            "Rosa Albescu",
            "Commander, U.S. Southern Command",
        ),
    ],
)
def test_command_comma_title(sentence: str, name: str, role: str) -> None:
    assert _roles(_LEAD + sentence + "\n").get(name) == role


def test_command_head_before_a_name_stays() -> None:
    roles = _roles(_LEAD + "The Commander, Adm. Jane Smithers, will host the delegation.\n")
    assert roles.get("Jane Smithers") == "Commander"


# A scholar's lower-case post with its field before the name, capitalised words opening the field.
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "The deal was welcomed by a lecturer in South Asian history Ana Velasquez-Ortiz.",
            "Ana Velasquez-Ortiz",
            "lecturer in South Asian history",
        ),
        (
            "Harbourside University senior lecturer in Pacific studies Dr Mele Tavita-Ross said the talks "
            "were key.",
            "Mele Tavita-Ross",
            "senior lecturer in Pacific studies",
        ),
        (
            "The deal was welcomed by senior lecturer in politics Dr Ana Velasquez-Ortiz.",
            "Ana Velasquez-Ortiz",
            "senior lecturer in politics",
        ),
    ],
)
def test_scholar_field_before_name(sentence: str, name: str, role: str) -> None:
    assert _roles(_LEAD + sentence + "\n").get(name) == role


def test_name_after_field_is_no_field() -> None:
    roles = _roles(_LEAD + "Senior lecturer Mele Tavita-Ross said the talks in Estoria were key.\n")
    assert roles.get("Mele Tavita-Ross") == "Senior lecturer"


# The office a person will hold in another's absence, when the text gives them no other title.
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Mr Brandt returns on Friday. Hon Petra Lindqvist-Hale will be Acting Minister for Trade in his "
            "absence.",
            "Petra Lindqvist-Hale",
            "Acting Minister for Trade",
        ),
        # no office after "acting"
        ("Hon Petra Lindqvist-Hale will be acting as host for the dinner.", "Petra Lindqvist-Hale", None),
        # a title of one's own stays
        (
            "Deputy Prime Minister Petra Lindqvist-Hale will be Acting Prime Minister while he is away.",
            "Petra Lindqvist-Hale",
            "Deputy Prime Minister",
        ),
    ],
)
def test_acting_office(sentence: str, name: str, role: str | None) -> None:
    assert _roles(_LEAD + sentence + "\n").get(name) == role


# "Treasurer" and "editor" are titles.
@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Xland will be represented by Foreign Minister Ana Kovar and Treasurer Milo Darrow-Finch.",
            "Milo Darrow-Finch",
            "Treasurer",
        ),
        ("Thanks to our editor Pia Lundqvist-Ek for her help.", "Pia Lundqvist-Ek", "editor"),
    ],
)
def test_treasurer_and_editor(sentence: str, name: str, role: str) -> None:
    assert _roles(_LEAD + sentence + "\n").get(name) == role


def test_editor_without_name_is_no_person() -> None:
    assert _roles(_LEAD + "The newspaper's editor said the report was accurate.\n").keys() <= {"Valdoria"}


# A local body's level in lower case right after "of the" inside a title ("the municipal X Committee").
def test_local_level_inside_title() -> None:
    text = _LEAD + "He will call on the Chairman of the provincial People's Committee Dao Van Khiem.\n"
    assert _roles(text).get("Dao Van Khiem") == "Chairman of the provincial People's Committee"


def test_local_level_without_name_is_no_person() -> None:
    assert not _roles(_LEAD + "He praised the Chairman of the municipal council for his work.\n")


# "President Doe" after "the President of the Republic, Mr John Doe, and Mrs Jane Doe": the office's holder.
def test_surname_title_goes_to_its_holder() -> None:
    text = (
        "Ministers meet in Valdoria\n\n"
        "The President of the Republic, Mr Tomas Brandvik, and Mrs Elin Brandvik will welcome the President "
        "of Estoria to Valdoria on March 9.\n\n"
        "It follows the visit of President Brandvik to Estoria in May 2025.\n"
    )
    roles = _roles(text)
    assert roles.get("Elin Brandvik") is None
    assert roles.get("Tomas Brandvik") == "President of the Republic"


# A ruler's regnal number closes the name ("King A VI", "King B IX"); a middle initial stays a name word.
@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The minister will call on His Majesty King Aleksander VI at the palace.", "Aleksander VI"),
        ("The minister will call on King Tavita IX at the palace.", "Tavita IX"),
        ("Analyst Harsh V Pantley said the talks were useful.", "Harsh V Pantley"),
    ],
)
def test_regnal_number(sentence: str, name: str) -> None:
    assert name in _names(_LEAD + sentence + "\n")


# "K.H." (Kiai Haji), an Indonesian scholar's style, is no part of the name.
def test_kiai_haji_style() -> None:
    text = _LEAD + "He will meet the Minister of Religious Affairs, K.H. Abdul Wahid Santosa, on Monday.\n"
    assert _roles(text).get("Abdul Wahid Santosa") == "Minister of Religious Affairs"


# "Menhan" (the Indonesian defence minister's short title) before a surname is no name word.
def test_menhan_is_no_name_word() -> None:
    text = (
        "Menhan Wirasakti to visit Valdoria for defence talks\n\n"
        "Indonesian Defence Minister Bambang Wirasakti will visit Valdoria on March 9.\n\n"
        "Menhan Wirasakti and his host are expected to discuss the submarine programme.\n"
    )
    names = _names(text)
    assert "Menhan Wirasakti" not in names
    assert "Bambang Wirasakti" in names


# A body's or a group's last word read alone after a title is no person.
@pytest.mark.parametrize(
    "sentence",
    [
        "The border talks will be attended by the ASEAN Observer Team.",
        "Foreign Ministers, Vice-Ministers and senior officials of the member states will attend.",
    ],
)
def test_group_word_is_no_person(sentence: str) -> None:
    assert not _names(_LEAD + sentence + "\n")


# A name ending on a body's or a unit's noun is no person.
@pytest.mark.parametrize(
    "sentence, thing",
    [
        (
            "He will meet soldiers of 3rd Battalion, Royal Norland Fusilier Regiment, who recently returned "
            "from an exercise.",
            "Royal Norland Fusilier Regiment",
        ),
        ("She is a former official on NATO's International Staff.", "International Staff"),
    ],
)
def test_body_name_is_no_person(sentence: str, thing: str) -> None:
    assert thing not in _names(_LEAD + sentence + "\n")


def test_director_general_before_a_body_stays() -> None:
    text = (
        _LEAD
        + "Director-General Ana Kovar told a meeting of the Trade Remedies Committee that time was short.\n"
    )
    assert _roles(text).get("Ana Kovar") == "Director-General"
