"""Whose country an unqualified title takes, round 15 (second part): an organisation's bare office
("Commissioner for X", "Secretary General") takes the organisation that opens the person's clause before a
peer's organisation named elsewhere; an organisation's long name is read whole ("European Commission", not
the adjective "European"); the Council of Europe is an organisation; a member of a delegation the text
gives a country to ("The Xish delegation will be made up of ...") is of it, though another state has an
office of that name; a commission's "Executive Vice-President" is an organisation's office, not the host's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _country(text: str, name: str) -> str | None:
    people = extract(text, today=date(2031, 3, 4)).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0].country


# ---- an organisation's bare office: the organisation opening the clause -----------------------------

_CAIRO = (
    "Joint ministerial on trade corridors opens in Cairo\n\n"
    "The African Union and the European Union will hold a joint ministerial in Cairo on Monday. "
    "The AU Commissioner for Infrastructure, Ambassador Kofi Mensah-Ababio, will lead the African side.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The European Commission will be represented by Lena Vaskova, Commissioner for Transport.",
            "Lena Vaskova",
        ),
        (
            "The European Commission will be represented by Lena Vaskova, Commissioner for Transport, "
            "and Tomas Brandl, Commissioner for Energy.",
            "Tomas Brandl",
        ),
        (
            "For the European Commission, Commissioner for Energy Tomas Brandl will open the second session.",
            "Tomas Brandl",
        ),
    ],
)
def test_office_takes_the_organisation_opening_the_clause(sentence: str, name: str) -> None:
    assert _country(_CAIRO + sentence + "\n", name) == "European Union"


def test_organisation_named_after_the_person_is_where_they_go() -> None:
    # near miss: the second body is where the deputy goes, the peer's body stays his
    text = (
        "OSCE ministers gather in Vienna\n\n"
        "VIENNA (AP) - OSCE foreign ministers meet in Vienna on Thursday, chaired by OSCE Secretary General "
        "Maren Holt. Deputy Secretary General Piet Vandaele will represent the organisation at a meeting of "
        "European Union justice ministers in Brussels on Friday.\n"
    )
    assert _country(text, "Piet Vandaele") == "OSCE"


def test_council_of_europe_officers() -> None:
    text = (
        "Council of Europe\nNewsroom\n\n"
        "Ministers to meet in Strasbourg\n\n"
        "The Committee of Ministers of the Council of Europe will meet in Strasbourg on 12 May. "
        "Secretary General Anders Lykke will present his report on the rule of law. "
        "The Commissioner for Human Rights, Ilse Bruun, will also take part.\n"
    )
    assert _country(text, "Anders Lykke") == "Council of Europe"
    assert _country(text, "Ilse Bruun") == "Council of Europe"


# ---- a delegation the text gives a country to: its members' offices are that country's -------------

_LIMA = (
    "Peru and the United States to hold security talks in Lima\n\n"
    "Foreign Minister Rosa Quispe Huamán will host U.S. Deputy Secretary of State Helen Marsh in Lima on "
    "Tuesday for the second meeting of the bilateral security dialogue.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Peruvian delegation will also include the Minister of the Interior, Jorge Salas Ccori, and "
            "the Secretary of the Navy, Admiral Hugo Paredes Lozano.",
            "Hugo Paredes Lozano",
        ),
        (
            "The Peruvian delegation will be made up of Secretary of the Treasury Elena Vargas Tito; "
            "Minister of Defence Julio Condori Mamani; and Secretary of Homeland Security Pablo Rivas Soto.",
            "Pablo Rivas Soto",
        ),
        (
            "The Peruvian delegation will be composed of Secretary of the Treasury Elena Vargas Tito and "
            "Minister of Defence Julio Condori Mamani.",
            "Elena Vargas Tito",
        ),
    ],
)
def test_delegation_member_with_an_office_another_state_has(sentence: str, name: str) -> None:
    assert _country(_LIMA + sentence + "\n", name) == "Peru"


def test_office_outside_the_delegation_keeps_its_state() -> None:
    # near miss: the office holder is the guest's companion, not of the delegation
    text = _LIMA + (
        "The Peruvian delegation will include the Minister of Defence, Julio Condori Mamani. Deputy "
        "Secretary Marsh will be accompanied by Secretary of the Navy Carl Brenner.\n"
    )
    assert _country(text, "Carl Brenner") == "United States"


# ---- a commission's "Executive Vice-President": an organisation's office, no host's -----------------

_ROUND = (
    "EU and Chile hold fourth negotiating round on critical raw materials\n\n"
    "The European Commission and Chile will hold the fourth round of talks on a raw materials partnership "
    "in Brussels from 9 to 12 June.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Executive Vice-President and Commissioner for Industrial Strategy Agnese Kalnina will receive "
            "Chile's Minister of Mining, Tomás Araya, in Brussels on 9 June.",
            "Agnese Kalnina",
        ),
        (
            "Executive Vice-President for Energy and Climate Joost Verhaegen will welcome "
            "the delegation in Brussels on 9 June.",
            "Joost Verhaegen",
        ),
        (
            "Chile's Minister of Mining, Tomás Araya, will meet Executive Vice-President Joost Verhaegen "
            "in Brussels on 9 June.",
            "Joost Verhaegen",
        ),
    ],
)
def test_executive_vice_president_is_the_organisation_s(sentence: str, name: str) -> None:
    assert _country(_ROUND + sentence + "\n", name) == "European Union"


def test_a_state_s_vice_president_keeps_the_host() -> None:
    # near miss: a bare "Vice-President" received in her own capital is the host's
    text = (
        "Chile and Peru hold talks on lithium in Santiago\n\n"
        "SANTIAGO, June 3 (Reuters) - Vice-President Carmen Olate will receive Peru's Minister of Energy, "
        "Luis Taype, in Santiago on Tuesday.\n"
    )
    assert _country(text, "Carmen Olate") == "Chile"
