"""Quotes, round 7: a partial quote that belongs to the owner of "A's remark that ...", and a speaker
named only by the acronym of a role ("EAM wrote")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in b.quotes]


def test_a_quoted_remark_belongs_to_its_owner_not_to_the_one_responding() -> None:
    b = _b(
        "Minister to visit Corvina\n\n"
        "Corvina Foreign Minister Aldo Feret will host Marran Foreign Minister Rhea Tolvik on Monday.\n\n"
        "Responding to Marran Foreign Minister Rhea Tolvik's remark last week that Marran would "
        '"talk where we can, differ where we must," Feret said: "Our doors remain open to every partner."'
    )
    assert ("Rhea Tolvik", "talk where we can, diffe") in _said(b)


def test_a_role_acronym_names_its_holder() -> None:
    b = _b(
        "Visit of External Affairs Minister to Orlavia\n\n"
        "1. External Affairs Minister Dr. R. Vantaram will visit Orlavia on 3-4 April 2026.\n\n"
        "2. Ahead of his departure, EAM wrote on social media that he looked forward to "
        '"frank talks with partners on a secure and open region."'
    )
    assert _said(b) == [("R. Vantaram", "frank talks with partner")]


def test_an_office_acronym_still_names_no_one() -> None:
    b = _b(
        "Visit of External Affairs Minister to Orlavia\n\n"
        "External Affairs Minister Dr. R. Vantaram will visit Orlavia on 3-4 April 2026.\n\n"
        'The MEA said the visit would "open a new chapter in our ties."'
    )
    assert [s for s, _ in _said(b)] == [None]


def test_her_counterpart_is_the_other_side_of_the_meeting() -> None:
    b = _b(
        "Ministers meet in Lorrin\n\n"
        "Foreign Minister Ana Mols of Tarsi met Velan Foreign Minister Saro Pintu in Lorrin on Monday. "
        '"We have much to do," Mols said.\n\n'
        'Her counterpart said: "Velan is ready to work with Tarsi."'
    )
    assert _said(b) == [("Ana Mols", "We have much to do"), ("Saro Pintu", "Velan is ready to work w")]
