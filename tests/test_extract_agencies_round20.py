"""Organisation officials, round 20 (agencies): an agency of several states that no table lists, known by one
word, belongs to its officers when the text shows it as such an agency — defined by a name of states'
bodies ("the Organisation for X (XYZO)", "Navalex, the European X Agency,"), given member states or
regional conferences, or coined from "Euro"/"Inter" — whether the word opens the title ("XYZO Executive
Secretary A", "Eurocrim's Executive Director, A"), closes it ("Director of the X Division at the XYZO") or
a head of it is named beside a bare deputy ("Deputy Executive Director B"). A state's own agency ("the
National X Agency (NXA)") stays its state's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role, org",
    [
        (
            "THE HAGUE – The Council of the OCS, with its 150 Member States, will meet on 3 June. OCS "
            "Executive Secretary Ana Lima will open the session.",
            "Ana Lima",
            "Executive Secretary",
            "OCS",
        ),
        (
            "BRUSSELS – Navalex, the European Maritime Surveillance Agency, will convene coastguard chiefs "
            "in Riga on 4 June. Navalex Executive Director Marja Kivinen will chair the talks.",
            "Marja Kivinen",
            "Executive Director",
            "Navalex",
        ),
        (
            "VIENNA – Heads of customs from 40 countries will meet in Nairobi for the 12th WCUO Africa "
            "Regional Conference on 8 June. WCUO Secretary General Omar Faye will open the meeting.",
            "Omar Faye",
            "Secretary General",
            "WCUO",
        ),
        (
            "PARIS – Eurocrim will host a meeting of cybercrime prosecutors in Lisbon on 9 June. Eurocrim's "
            "Executive Director, Helena Costa, will open the meeting, which Eurocrim organises every year.",
            "Helena Costa",
            "Executive Director",
            "Eurocrim",
        ),
    ],
)
def test_an_agency_the_text_shows_is_its_officers_affiliation(
    text: str, name: str, role: str, org: str
) -> None:
    assert _people(text)[name] == (role, org)


def test_an_agency_closing_a_title_is_no_part_of_it() -> None:
    text = (
        "VIENNA – The Preparatory Commission for the Comprehensive Seabed Treaty Organization (CSTO) will "
        "host a conference in Astana on 28 August. Akira Tanabe, Director of the International Data Centre "
        "Division at the CSTO, will present the findings."
    )
    assert _people(text)["Akira Tanabe"] == ("Director of the International Data Centre Division", "CSTO")


def test_a_bare_deputy_of_the_agencys_head_is_the_agencys() -> None:
    text = (
        "BRUSSELS – Navalex, the European Maritime Surveillance Agency, will convene coastguard chiefs in "
        "Riga on 4 June. Navalex Executive Director Marja Kivinen will chair the talks. Deputy Executive "
        "Director Tomas Berzins will host a working lunch."
    )
    assert _people(text)["Tomas Berzins"] == ("Deputy Executive Director", "Navalex")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            # a state's own agency, defined by its initials: the state's official
            "NEW DELHI – The National Disaster Agency (NDA) will host a workshop on 3 June. NDA Director "
            "General Rajiv Menon will open it.",
            "Rajiv Menon",
            "India",
        ),
        (
            # a one-word name with no sign of being an agency of states: no affiliation of its own
            "PARIS – Dataxis will host a meeting of cybercrime prosecutors in Lisbon on 9 June. Dataxis's "
            "Executive Director, Helena Costa, will open the meeting.",
            "Helena Costa",
            "France",
        ),
    ],
)
def test_no_agency_without_the_texts_cue(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country
