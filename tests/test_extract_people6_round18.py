"""People outside government, round 18 (sixth people pass): a "political scientist" or a "Xland specialist"
is an expert like an analyst (its role kept, its country the one the text ties it to), and a country's own
name before an expert's noun ("a Xland specialist") is the field of study, not the person's country."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 5, 2)
_LEAD = (
    "Ministers to meet in Brussels\n\nBRUSSELS, May 2 (Reuters) - Foreign ministers of the alliance will "
    "meet in Brussels on Thursday to discuss air defence.\n\n"
)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    people = {p.name: p for p in extract(_LEAD + text, today=_TODAY).people}
    assert name in people, sorted(people)
    return people[name].role, people[name].country


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        # the corpus wordings
        (
            '"Teodoro will be looking for concrete commitments," said Jose Antonio Lacson, a political '
            'scientist at the University of the Philippines. "That will be remembered."',
            "Jose Antonio Lacson",
            "political scientist at the University of the Philippines",
            "Philippines",
        ),
        (
            "Evan Mercer, a China specialist at the Washington-based Stimson Center, said expectations "
            "should be modest.",
            "Evan Mercer",
            "China specialist",
            "United States",
        ),
        # invented paraphrases
        (
            '"The vote is close," said Marta Quiroga, a political scientist at Andes Catholic University in '
            "Santiago.",
            "Marta Quiroga",
            "political scientist at Andes Catholic University",
            "Chile",
        ),
        (
            "Oskar Lindqvist, a Japan specialist at the Stockholm-based Institute for Security Policy, said "
            "the talks would be short.",
            "Oskar Lindqvist",
            "Japan specialist",
            "Sweden",
        ),
        (
            "Priya Menon, a Russia analyst at the Centre for Eurasian Studies in London, said the deal was "
            "fragile.",
            "Priya Menon",
            "Russia analyst",
            "United Kingdom",
        ),
        (
            "Karl Huber, a Russia specialist at the Lowy Institute, said little would change.",
            "Karl Huber",
            "Russia specialist",
            None,
        ),
    ],
)
def test_expert_role_and_country(text: str, name: str, role: str, country: str | None) -> None:
    got_role, got_country = _person(text, name)
    assert got_role is not None and got_role.startswith(role)
    assert got_country == country


def test_country_adjective_stays_a_country() -> None:
    """ "an Indian maritime security analyst": an adjective is the person's country, not a field."""
    _, country = _person(
        "Ravi Kumar, an Indian maritime security analyst, said the navy would watch closely.", "Ravi Kumar"
    )
    assert country == "India"
