"""Legislators, round 20 (parliament): a title naming a state's chamber ("Speaker of Xland's House of
Representatives", "chairman of the Xish National Assembly", "... of Provinces of Xland", "President of the
Bundestag") gives that state and is shown without the country word; a legislature's own letterhead
("Parliament of Xland", "Senate of Xland", "Xland Parliament > ...") makes its state the issuer; a chamber
written before a presiding officer's title ("Xish House of Representatives Speaker A") is part of the role;
an honorific after a chamber's name ("Deputy Chairman of the X Sabha Shri A B C") opens the name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.role_parliament import legislature_state

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Speaker to visit Seoul\n\n"
            "OTTAWA (Wire) -- Senator Jean Tremblay will travel to Seoul next week. He will call on "
            "Lorena Vasquez, chair of Peru's National Assembly, who is also visiting.\n",
            "Lorena Vasquez",
            "chair of the National Assembly",
            "Peru",
        ),
        (
            "Delegation to Canberra\n\n"
            "Members of the delegation will call on the Speaker of the Irish House of Representatives, "
            "Padraig Nolan, and meet officials in Canberra on Monday.\n",
            "Padraig Nolan",
            "Speaker of the House of Representatives",
            "Ireland",
        ),
        (
            "Parliamentary talks in Nairobi\n\n"
            "The Clerk will meet the Deputy Chairperson of the National Council of Provinces of "
            "South Africa, Ms. Thandi Mokoena, in Nairobi on 3 June.\n",
            "Thandi Mokoena",
            "Deputy Chairperson of the National Council of Provinces",
            "South Africa",
        ),
    ],
)
def test_chamber_in_title_gives_its_state(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Parliament of Canada\nMedia release\n\n"
            "Speaker to lead delegation to Tokyo\n\n"
            "The Speaker of the House of Commons, Hon. Mary Leblanc, will lead a parliamentary delegation "
            "to Tokyo from 4 to 7 June.\n",
            "Mary Leblanc",
            "Canada",
        ),
        (
            "Senate of Chile\nPress release\n\n"
            "Committee visits Madrid\n\n"
            "Senator Rosa Fuentes, chair of the Committee on Foreign Relations, will travel to Madrid "
            "on 9 June for talks with Spanish lawmakers.\n",
            "Rosa Fuentes",
            "Chile",
        ),
        (
            "Norway Parliament > Committees > News\n\n"
            "Committee to visit Warsaw\n\n"
            "Erik Solberg, Chair of the Foreign Affairs Committee, will lead the visit to Warsaw on 12 June "
            "and meet Polish deputies.\n",
            "Erik Solberg",
            "Norway",
        ),
    ],
)
def test_legislature_letterhead_is_issuer(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Forum in Bangkok\n\n"
            "BANGKOK (Wire) -- The forum will be opened by Thai Senate President Somsak Dee and attended "
            "by Vietnamese House of Representatives Speaker Nguyen Thi Lan on 5 June.\n",
            "Nguyen Thi Lan",
            "House of Representatives Speaker",
            "Vietnam",
        ),
        (
            "Delegation to Berlin\n\n"
            "NEW DELHI (Wire) -- Rajya Sabha Deputy Chairman Arvind Mehta will lead a delegation to Berlin "
            "on 8 June.\n",
            "Arvind Mehta",
            "Rajya Sabha Deputy Chairman",
            "India",
        ),
        (
            "Speakers meet in Rome\n\n"
            "ROME (Wire) -- Former diplomats welcomed Dutch House of Representatives Speaker Anke de Vries "
            "to Rome on 4 June.\n",
            "Anke de Vries",
            "House of Representatives Speaker",
            "Netherlands",
        ),
    ],
)
def test_chamber_before_officer_title(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_honorific_after_chamber_opens_the_name() -> None:
    text = (
        "Delegation to Geneva\n\n"
        "The delegation comprises Deputy Chairman of Rajya Sabha Shri Vinod Kumar Rao and two members.\n"
    )
    people = _people(text)
    assert "Vinod Kumar Rao" in people
    assert people["Vinod Kumar Rao"][0] == "Deputy Chairman of Rajya Sabha"


def test_near_misses() -> None:
    # a pair of states before a chamber word names no one state; a committee names no chamber's state
    assert legislature_state("head of the Korea-Vietnam parliamentary friendship group") is None
    assert legislature_state("Chair of the Committee on Foreign Affairs") is None
    assert legislature_state("Speaker of the House of Representatives") is None
    # a diet that is food, in lower case, is no legislature
    assert legislature_state("adviser on diet and nutrition") is None
    # a ministry's desk for an assembly is not a legislator's chamber
    people = _people(
        "Talks in Paris\n\nPARIS (Wire) -- French Foreign Minister Luc Martin will meet Senate President "
        "Ana Costa on 3 June.\n"
    )
    assert people["Luc Martin"] == ("Foreign Minister", "France")
