"""Role rules, round 16 (people30): a portfolio or a chamber's word before a head ("Enlargement
Commissioner A", "the party's floor leader, A", "Legislative Speaker A"); a province or district named in
two or more words, or opening the sentence, before a local head ("Xshire Lakes District Mayor A",
"Xprovince Premier A said"), with the province's country when only one country has it."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

TODAY = date(2031, 6, 2)
HEAD = "Ministers gather for regional talks\n\n"


def _person(text: str, name: str) -> Person | None:
    """The extracted person of that name, if any."""
    people = extract(HEAD + text, today=TODAY).people
    return next((p for p in people if p.name == name), None)


# ---- a portfolio or chamber word before the head --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Enlargement Commissioner Halvard Rensk will also attend the meeting in Port Vasco.",
            "Halvard Rensk",
            "Enlargement Commissioner",
        ),
        (
            "The Velmara People's Party's floor leader, Dorin Takeshima, said the opposition would watch.",
            "Dorin Takeshima",
            "floor leader",
        ),
        (
            "Legislative Speaker Amaru Penhold is to host a banquet for the delegation on Friday.",
            "Amaru Penhold",
            "Legislative Speaker",
        ),
        (
            "The visitors will call on Neighbourhood Commissioner Ottilie Varga in the afternoon.",
            "Ottilie Varga",
            "Neighbourhood Commissioner",
        ),
    ],
)
def test_portfolio_word_before_head(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role


def test_unknown_word_before_commissioner_stays_out() -> None:
    p = _person("On Friday Commissioner Halvard Rensk will also attend the meeting.", "Halvard Rensk")
    assert p is not None and p.role == "Commissioner"


# ---- a province or district before a local head ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Brackenvale Hills District Mayor Tomas Qaliwa will host a civic welcome for the delegation.",
            "Tomas Qaliwa",
            "Brackenvale Hills District Mayor",
            None,
        ),
        (
            "He will call on Australian Capital Territory Chief Minister Rosalind Quennell on Monday.",
            "Rosalind Quennell",
            "Australian Capital Territory Chief Minister",
            "Australia",
        ),
        (
            "Manitoba Premier Oskar Brennvik said the province was ready to host the talks.",
            "Oskar Brennvik",
            "Manitoba Premier",
            "Canada",
        ),
        (
            "Saskatchewan Governor Teodora Halvik said the province would welcome the visitors.",
            "Teodora Halvik",
            "Saskatchewan Governor",
            "Canada",
        ),
    ],
)
def test_place_before_local_head(text: str, name: str, role: str, country: str | None) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role and p.country == country


def test_sentence_opening_word_that_is_no_place_stays_out() -> None:
    p = _person("Yesterday Premier Oskar Brennvik said the province was ready.", "Oskar Brennvik")
    assert p is not None and p.role == "Premier"


# ---- a headline's initials spelt out in the body ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Varga, acting NSC chief Halvik to lead team\n\nMinister Ilse Varga will be joined by acting "
            "National Security Council head Teodora Halvik and senior officials.",
            "Teodora Halvik",
            "acting National Security Council head",
        ),
        (
            "MSA head Brennvik to visit Port Vasco\n\nMaritime Security Agency chief Oskar Brennvik "
            "will travel to Port Vasco on Monday for talks.",
            "Oskar Brennvik",
            "Maritime Security Agency chief",
        ),
        (
            "NSC head Quennell in talks\n\nNational Security Council chief Rosalind Quennell held talks "
            "with her visiting counterpart on Friday.",
            "Rosalind Quennell",
            "National Security Council chief",
        ),
    ],
)
def test_headline_initials_spelt_out(text: str, name: str, role: str) -> None:
    people = extract(text, today=TODAY).people
    p = next((p for p in people if p.name == name), None)
    assert p is not None and p.role == role


def test_other_initials_keep_the_first_title() -> None:
    text = (
        "DPA chief Halvik to lead team\n\nMinister Ilse Varga will be joined by National Security Council "
        "head Teodora Halvik and senior officials."
    )
    p = next((p for p in extract(text, today=TODAY).people if p.name == "Teodora Halvik"), None)
    assert p is not None and p.role == "DPA chief"


# ---- a lower-case portfolio before a diplomat's head -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Velmara's disarmament ambassador, Halvard Rensk, said the country would press for transparency.",
            "Halvard Rensk",
            "disarmament ambassador",
        ),
        (
            "Ostria's disarmament envoy Ottilie Varga will attend the session.",
            "Ottilie Varga",
            "disarmament envoy",
        ),
        (
            "The disarmament ambassador of Velmara, Halvard Rensk, said the talks would resume.",
            "Halvard Rensk",
            "disarmament ambassador of Velmara",
        ),
    ],
)
def test_disarmament_portfolio(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role


def test_disarmament_talks_give_no_title() -> None:
    p = _person("Velmara's disarmament talks resumed on Monday, Halvard Rensk said.", "Halvard Rensk")
    assert p is not None and p.role is None


# ---- "Said" as a given name inside a full name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They will be joined by Velmara's Minister for Trade, Amina Said Qaliwa.", "Amina Said Qaliwa"),
        ("Foreign Minister Yusuf Said Brennvik will attend the talks in Port Vasco.", "Yusuf Said Brennvik"),
        ("The delegation is led by Ambassador Fatma Said Halvik, the envoy to Ostria.", "Fatma Said Halvik"),
    ],
)
def test_said_as_a_given_name(text: str, name: str) -> None:
    assert _person(text, name) is not None


def test_said_as_a_headline_verb_is_no_name() -> None:
    people = extract(
        "Minister Brennvik Said Talks Would Resume\n\nThe talks resume on Monday.", today=TODAY
    ).people
    assert all("Said" not in p.name for p in people)
