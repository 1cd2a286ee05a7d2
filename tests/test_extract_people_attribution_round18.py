"""People rules, round 18 (country and role of officials at meetings of several states): a gapped
"represented by" clause ("Xland will be represented by A and Yland by B": B is of Yland) and a sender
named without an article ("Yland is sending Deputy Minister B")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)

_LEAD = "VIENNA (Wire) - Austria will host senior officials from Danube states in Vienna on March 5.\n\n"


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Romania will be represented by Deputy Foreign Minister Ana Petrescu and Bulgaria by Deputy "
            "Defence Minister Ivo Dimov, according to the ministry.",
            "Ivo Dimov",
            "Bulgaria",
        ),
        (
            "Hungary will be represented by State Secretary Gabor Kis, and Slovakia by Deputy Foreign "
            "Minister Peter Hlina, a diplomat said.",
            "Peter Hlina",
            "Slovakia",
        ),
        (
            "Serbia is to be represented by Minister of Defence Marko Ilic and Croatia by Deputy Prime "
            "Minister Ivana Horvat.",
            "Ivana Horvat",
            "Croatia",
        ),
        (
            "Moldova was represented by Deputy Foreign Minister Elena Rusu and Georgia by Foreign Minister "
            "Nino Beridze.",
            "Elena Rusu",
            "Moldova",
        ),
    ],
)
def test_gapped_represented_by(sentence: str, name: str, country: str) -> None:
    assert _get(_b(_LEAD + sentence), name).country == country


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Ukraine is sending Deputy Foreign Minister Olena Koval, who will also hold talks with the "
            "hosts.",
            "Olena Koval",
            "Ukraine",
        ),
        ("Slovenia will send State Secretary Marko Novak to the talks.", "Marko Novak", "Slovenia"),
        ("Latvia has sent Deputy Defence Minister Janis Ozols to the meeting.", "Janis Ozols", "Latvia"),
        ("Poland is sending its Deputy Foreign Minister Adam Nowicki.", "Adam Nowicki", "Poland"),
    ],
)
def test_sender_without_article(sentence: str, name: str, country: str) -> None:
    assert _get(_b(_LEAD + sentence), name).country == country


def test_sending_something_else_gives_no_sender() -> None:
    """ "Xland is sending invitations to A": A is no envoy of Xland."""
    b = _b(_LEAD + "Croatia is sending invitations to Deputy Foreign Minister Karl Huber of Slovenia.")
    assert _get(b, "Karl Huber").country != "Croatia"


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Italian and Spanish foreign ministers Antonio Tajani and José Manuel Albares are also expected.",
            [("Antonio Tajani", "Italy"), ("José Manuel Albares", "Spain")],
        ),
        (
            "Dutch and Belgian defence ministers Pieter de Wit and Luc Peeters will attend.",
            [("Pieter de Wit", "Netherlands"), ("Luc Peeters", "Belgium")],
        ),
        (
            "Swedish, Finnish and Danish foreign ministers Karin Lund, Mikko Virtanen and Lars Holm arrived.",
            [("Karin Lund", "Sweden"), ("Mikko Virtanen", "Finland"), ("Lars Holm", "Denmark")],
        ),
        (
            "Greek and Cypriot Foreign Ministers Nikos Pappas and Andreas Georgiou will also attend.",
            [("Nikos Pappas", "Greece"), ("Andreas Georgiou", "Cyprus")],
        ),
    ],
)
def test_country_words_before_a_plural_title(sentence: str, pairs: list[tuple[str, str]]) -> None:
    b = _b(_LEAD + sentence)
    for name, country in pairs:
        assert _get(b, name).country == country


def test_country_words_not_matching_the_names_count() -> None:
    """Two country words, three names: no respective reading."""
    b = _b(
        _LEAD + "Dutch and Belgian defence ministers Pieter de Wit, Luc Peeters and Anna Weber will attend."
    )
    assert _get(b, "Anna Weber").country != "Belgium"


@pytest.mark.parametrize(
    ("sentence", "name", "country", "other", "other_country"),
    [
        (
            "The roundtable was conceived during Mr. Rao's meeting with then Malaysian Prime Minister "
            "Aziz Karim in 2021 and co-chaired on the Malaysian side by then Deputy Prime Minister Lim "
            "Chee Keong.",
            "Lim Chee Keong",
            "Malaysia",
            "Rao",
            None,
        ),
        (
            "The dialogue grew out of Mr. Mehta's visit in 2019 and was led on the Singapore side by "
            "Senior Minister Goh Kim Seng.",
            "Goh Kim Seng",
            "Singapore",
            "Mehta",
            None,
        ),
        (
            "President Lucas Moreau opened the forum, which was chaired on the Senegalese side by Foreign "
            "Minister Awa Diallo.",
            "Awa Diallo",
            "Senegal",
            "Lucas Moreau",
            None,
        ),
    ],
)
def test_side_followed_by_by(sentence: str, name: str, country: str, other: str, other_country: None) -> None:
    """ "led on the Xish side by A": A is Xland's; the people named before it are not."""
    b = _b("NEW DELHI, March 3 -- " + sentence)
    assert _get(b, name).country == country
    assert all(p.country != country for p in b.people if other in p.name)


def test_side_list_before_still_read() -> None:
    """ "A, T1, and B, T2, attended from the Xish side": everyone before it is Xland's."""
    b = _b(
        _LEAD + "Deputy Minister Karl Huber and Ambassador Eva Stein attended from the Austrian side, "
        "officials said."
    )
    assert _get(b, "Eva Stein").country == "Austria"
