"""Round 22 (h20rest): a title after a name heading a unit of a lower-case "foreign ministry's", which also
beats a loose lower-case description before the name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2031, 3, 2)


def _run(text: str) -> Briefing:
    """The briefing of a short release."""
    return extract(text, source="t", published=None, today=_REF)


def _who(b: Briefing, name: str) -> tuple[str | None, str | None]:
    """(role, country) of the person called `name`."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0].role, found[0].country


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Minister Oyelaran will meet Tomas Varga, director-general of the Hungarian foreign ministry's "
            "European Affairs Bureau, on Friday in Abuja.",
            "Tomas Varga",
            "director-general of the Hungarian foreign ministry's European Affairs Bureau",
            "Hungary",
        ),
        (
            "The minister will hold talks on Tuesday with Brazil's lead negotiator, Paula Arantes, "
            "director of the Brazilian foreign ministry's Climate Negotiations Department, to prepare it.",
            "Paula Arantes",
            "director of the Brazilian foreign ministry's Climate Negotiations Department",
            "Brazil",
        ),
        (
            "The envoy will also see Mongolia's top negotiator, Ganbold Batbayar, director-general of "
            "Mongolia's foreign ministry's East Asia Department, on Thursday.",
            "Ganbold Batbayar",
            "director-general of Mongolia's foreign ministry's East Asia Department",
            "Mongolia",
        ),
    ],
)
def test_ministry_unit_completes_the_title(text: str, name: str, role: str, country: str) -> None:
    """ "director-general of the Xish foreign ministry's Y Bureau": the named unit is the title's end, the
    owner its country, and this formal office beats a loose "chief negotiator" before the name."""
    assert _who(_run(text), name) == (role, country)


def test_loose_title_kept_before_a_plain_workplace() -> None:
    """A lower-case description after the name that heads no named unit leaves the title before it."""
    text = (
        "The minister will meet Kenya's chief negotiator, Amina Otieno, a senior fellow at the Nairobi "
        "Policy Institute, on Monday."
    )
    assert _who(_run(text), "Amina Otieno") == ("chief negotiator", "Kenya")


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "In Beirut the minister will meet the Commissioner-General of UNRWA, Ilse Marquardt, who will "
            "brief her on the agency's funding.",
            "Ilse Marquardt",
            "Commissioner-General",
            "UNRWA",
        ),
        (
            "In Nairobi he will meet the Executive Director of UNEP, Tobias Lindqvist, on Monday.",
            "Tobias Lindqvist",
            "Executive Director",
            "UNEP",
        ),
        (
            "In Bangkok the delegation will call on Farida Nasution, Regional Director of WFP, on Tuesday.",
            "Farida Nasution",
            "Regional Director",
            "WFP",
        ),
    ],
)
def test_un_agency_is_the_affiliation(text: str, name: str, role: str, country: str) -> None:
    """An official "of" a UN agency named by its initials belongs to the agency, not the host city's state."""
    assert _who(_run(text), name) == (role, country)


def test_state_official_in_an_agency_city_keeps_the_state() -> None:
    """A state's own minister met in the same city keeps the state."""
    text = "In Beirut the minister will meet Lebanon's Foreign Minister Karim Haddad on Monday."
    assert _who(_run(text), "Karim Haddad") == ("Foreign Minister", "Lebanon")
