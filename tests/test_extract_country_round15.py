"""Whose country an unqualified title takes, round 15: "The X will be represented by A" (an article before
the body's name, "the Xish side", "Xland, as host, will be ...", "Xland as an observer, represented by A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _country(text: str, name: str) -> str | None:
    people = extract(text, today=date(2031, 3, 4)).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0].country


# ---- "X will be represented by A": A is of X --------------------------------------------------------


_OSLO = (
    "Oslo to host regional talks on energy security\n\n"
    "OSLO, March 3 (NTB) - Norway will host ministers from the Nordic and Baltic states in Oslo on "
    "Thursday for talks on energy security, the foreign ministry said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The UN will be represented by Deputy Special Envoy for the Arctic Mirela Dosti.",
            "Mirela Dosti",
            "United Nations",
        ),
        (
            "Croatia, as incoming chair, will be represented by State Secretary Ivana Perkovic.",
            "Ivana Perkovic",
            "Croatia",
        ),
        (
            "The talks will be attended by Moldova as an observer, represented by Deputy Minister "
            "Sorin Rusu.",
            "Sorin Rusu",
            "Moldova",
        ),
        (
            "Latvia will be further represented by Special Envoy Ilze Berzina.",
            "Ilze Berzina",
            "Latvia",
        ),
    ],
)
def test_represented_by_gives_the_subject_country(sentence: str, name: str, country: str) -> None:
    assert _country(f"{_OSLO}{sentence}\n", name) == country


def test_represented_by_a_group_no_state_keeps_the_host() -> None:
    text = f"{_OSLO}The employers will be represented by Director General Hanna Berg.\n"
    assert _country(text, "Hanna Berg") == "Norway"
