"""People rules, round 15 (people29): a capitalised academic post in apposition ("A, Associate Professor at
X, said") is the person's title, not an honorific opening another name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_TODAY = date(2031, 3, 4)
_LEAD = "The ministers of Norway and Chile will meet in Oslo on Friday."


def _brief(text: str) -> Briefing:
    return extract(text, today=_TODAY)


def _person(b: Briefing, name: str) -> tuple[str | None, str | None]:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name} not found in {[p.name for p in b.people]}"
    return found[0].role, found[0].country


# ---- a capitalised academic post after a name's comma ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Olufemi Adeyemi, Associate Professor at the Institute of Peace Studies in Lagos, told reporters "
            "the summit came at a delicate moment.",
            "Olufemi Adeyemi",
            "Associate Professor",
        ),
        (
            "Ingrid Solberg, Assistant Professor of Political Science at the University of Bergen, said the "
            "agenda was too narrow.",
            "Ingrid Solberg",
            "Assistant Professor",
        ),
        (
            "Tomás Arriaga, Professor, said the two navies had rarely trained together.",
            "Tomás Arriaga",
            "Professor",
        ),
    ],
)
def test_capitalised_academic_post_in_apposition(sentence: str, name: str, role: str) -> None:
    text = f"Ministers to meet in Oslo\n\n{_LEAD}\n\n{sentence}\n"
    got_role, _ = _person(_brief(text), name)
    assert got_role is not None and got_role.startswith(role)


def test_professor_before_a_name_stays_an_honorific() -> None:
    text = (
        "Ministers to meet in Oslo\n\nThe ministers of Norway and Chile will meet in Oslo on Friday.\n\n"
        "The working lunch will be chaired by Professor Helga Brun, the council's chair.\n"
    )
    b = _brief(text)
    assert "Helga Brun" in [p.name for p in b.people]
    assert not any(p.name.startswith("Professor") for p in b.people)
