"""Legislators, round 20 (parliament2): a capitalised "Deputy" alone before a full name is a legislator's
title ("Deputy A B", a Latin American deputy), no part of the name, and after a comma a courtesy title an
office before it beats ("the President of the Senate, Deputy A B"); "Chamber of Deputies" closes a
presiding officer's title after a country word ("President of the Xish Chamber of Deputies, A B"); a
noun "co-chair" is a title ("its Xish co-chair, A B"), the verb ("will co-chair", "to co-chair") none; an
organisation's initials before a title, which the text spells out (hyphenated words too) as a union,
agency or forum of its own, make its officer that organisation's ("XPU President A" beside "the
Inter-Xish Union")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Deputies head to Lisbon\n\n"
            "The delegation is led by Deputy Rodrigo Almeida Pinto and will hold talks in Lisbon "
            "on June 9.\n",
            "Rodrigo Almeida Pinto",
        ),
        (
            "Congress mission to Madrid\n\n"
            "Deputy Camila Fuentes said the visit would strengthen trade ties with Spain.\n",
            "Camila Fuentes",
        ),
        (
            "Parliamentary visit\n\n"
            "The trip was proposed by Deputy Joaquín Herrera Soto, who chairs the friendship group, and "
            "will take place on June 14.\n",
            "Joaquín Herrera Soto",
        ),
    ],
)
def test_deputy_is_a_legislators_title(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert people[name][0] == "Deputy"
    assert not any(n.startswith("Deputy ") for n in people)


def test_deputy_before_a_title_word_stays_a_rank() -> None:
    text = "Talks in Rome\n\nDeputy Foreign Minister Elena Conti will attend the talks in Rome on June 9.\n"
    assert _people(text)["Elena Conti"][0] == "Deputy Foreign Minister"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Speaker to visit Mexico\n\n"
            "The Speaker will meet the President of the Mexican Chamber of Deputies, Deputy Lucía Ramos "
            "Ibarra, on June 12.\n",
            "Lucía Ramos Ibarra",
            "President of the Chamber of Deputies",
            "Mexico",
        ),
        (
            "Delegation in Rome\n\n"
            "The delegation will call on the President of the Italian Chamber of Deputies, Marco Ferri, "
            "on June 12.\n",
            "Marco Ferri",
            "President of the Chamber of Deputies",
            "Italy",
        ),
        (
            "Assembly session\n\n"
            "The session will be chaired by the assembly's Lithuanian co-chair, Deputy Jonas Petraitis, "
            "on June 20.\n",
            "Jonas Petraitis",
            "co-chair",
            "Lithuania",
        ),
        (
            "Assembly session\n\n"
            "The session will be opened by its Latvian co-chair, Anna Kalnina, in Riga on June 20.\n",
            "Anna Kalnina",
            "co-chair",
            "Latvia",
        ),
    ],
)
def test_office_before_comma_name(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers to co-chair Joint Commission in Hanoi\n\n"
        "The two foreign ministers will meet in Hanoi on June 4.\n",
        "Leaders meet\n\nThe president will co-chair High-Level Strategic Cooperation Council talks "
        "in Ankara on June 4.\n",
    ],
)
def test_co_chair_verb_names_no_one(text: str) -> None:
    people = _people(text)
    assert not any(r and "co-chair" in r for r, _ in people.values())


@pytest.mark.parametrize(
    "text, name, org",
    [
        (
            "Inter-Regional Union — News\n\n"
            "IRU President Dr Maria Lindqvist will open the assembly in Vienna on June 12.\n",
            "Maria Lindqvist",
            "IRU",
        ),
        (
            "Speakers gather in Vienna\n\n"
            "The Inter-Regional Union (IRU) will hold its assembly in Vienna on June 12. "
            "The Speaker will call on the IRU President, Ms. Maria Lindqvist.\n",
            "Maria Lindqvist",
            "IRU",
        ),
        (
            "Trade forum to meet\n\n"
            "The Coastal Trade Forum will meet in Lisbon on June 12. "
            "CTF Secretary General Paulo Reis said the agenda was ready.\n",
            "Paulo Reis",
            "CTF",
        ),
    ],
)
def test_spelled_out_organisation_initials_before_title(text: str, name: str, org: str) -> None:
    assert _people(text)[name][1] == org


def test_initials_of_a_states_body_are_no_organisation() -> None:
    text = (
        "Talks in Hanoi\n\n"
        "The Japan-Vietnam Parliamentary Union will meet in Hanoi on June 12. "
        "JVPU President Tanaka Hiroshi said the talks mattered.\n"
    )
    assert _people(text).get("Tanaka Hiroshi", (None, None))[1] != "JVPU"
