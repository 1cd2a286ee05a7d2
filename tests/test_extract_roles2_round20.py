"""Role rules, round 20 (roles2): a ruler's word a name scan steps over is the title ("His Highness the Amir
Sheikh A"); a title before a name set off by a comma keeps its field when the name carries an honorific
("Minister for X Security, the Hon A,", "Dr. A") or a parliamentary mark ("Hon. A (MP)"); a title in
apposition runs on over a body's name past its title words ("Head of the X Programme at Y", "Minister of
the X Program Administration (XPA)", "Chairwoman of the Y Subcommittee on East Asia and the Pacific"), and
past a lower-case "at the ministry"; a legislator's "Representative" address gives way to the office in
apposition after the bracketed party and state ("Representative A (R-CA), Ranking Member of X")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The forum opens on Saturday under the patronage of His Highness the Amir Sheikh Rashid bin "
            "Khalil Al Nasser.",
            "Rashid bin Khalil Al Nasser",
            "Amir",
        ),
        (
            "Ministers will gather at the invitation of His Highness the Ameer Sheikh Faris Al-Hamad "
            "Al-Sabri on Sunday.",
            "Faris Al-Hamad Al-Sabri",
            "Ameer",
        ),
        (
            "The envoy will call on the Minister for Internal Security, the Hon Daniel Koroma MP, to "
            "discuss policing.",
            "Daniel Koroma",
            "Minister for Internal Security",
        ),
        (
            "She will also meet the Minister for Coastal Security, Dr. Helena Vasquez, in the capital.",
            "Helena Vasquez",
            "Minister for Coastal Security",
        ),
        (
            "The talks will be led by the Minister for Foreign Affairs and Regional Integration of Kenya, "
            "Hon. Peter Mwangi (MP).",
            "Peter Mwangi",
            "Minister for Foreign Affairs and Regional Integration",
        ),
        (
            "The panel will be chaired by Ms Lee Mei Xin, Head of the Maritime Order Programme at CSIS.",
            "Lee Mei Xin",
            "Head of the Maritime Order Programme at CSIS",
        ),
        (
            "He will then meet Park Sung-ho, Minister of the Defense Export Program Administration (DEPA), "
            "to discuss shipbuilding.",
            "Park Sung-ho",
            "Minister of the Defense Export Program Administration",
        ),
        (
            "The delegation also includes Mr. Khalid Al-Harbi, Director-General of the Gulf Affairs "
            "Department at the ministry.",
            "Khalid Al-Harbi",
            "Director-General of the Gulf Affairs Department",
        ),
        (
            "The delegation includes Representative Jane Holt (R-TX), Chairwoman of the House Foreign "
            "Affairs Subcommittee on South and Central Asia, and others.",
            "Jane Holt",
            "Chairwoman of the House Foreign Affairs Subcommittee on South and Central Asia",
        ),
        (
            "The group is led by Representative Mark Feld (D-NY), Ranking Member of the House Foreign "
            "Affairs Committee.",
            "Mark Feld",
            "Ranking Member of the House Foreign Affairs Committee",
        ),
    ],
)
def test_role_found(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


def test_amir_as_given_name_is_no_title() -> None:
    roles = _roles("Amir Hatemi said the talks had gone well.")
    assert roles.get("Amir Hatemi") is None


def test_name_after_committee_is_no_body_tail() -> None:
    roles = _roles("He met the Chairman of the Senate Foreign Relations Committee Jim Rask and others.")
    assert roles.get("Jim Rask") == "Chairman of the Senate Foreign Relations Committee"


def test_listed_name_after_title_is_no_body_tail() -> None:
    roles = _roles("He met Kim, Secretary of State Mark Rubens and Lee on Monday.")
    assert roles.get("Mark Rubens") == "Secretary of State"
