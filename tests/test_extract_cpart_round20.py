"""Counterpart rules, round 20 (cpart): "Foreign Minister A and his Xish counterpart B" gives the untitled
counterpart the holder's plain office (one portfolio word and "Minister"/"Secretary"), the counterpart's
state from the adjective; "The meeting is likely to take place Thursday" names the lead's meeting as the
main event; a trilateral a main party holds, whose people make two sides, takes the main event's person
of the third state its sentence names ("Xland, Yland and Zland also plan a trilateral meeting with C")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 2)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Ministers to meet in Lisbon\n\n"
            "OSLO (NTB) -- Foreign Minister Hallvard Brekkestad and his Portuguese counterpart Duarte "
            "Valverde Meireles will hold talks in Lisbon on Thursday, the ministry said Monday.\n",
            "Duarte Valverde Meireles",
            "Foreign Minister",
            "Portugal",
        ),
        (
            "Defence chiefs to talk in Warsaw\n\n"
            "VILNIUS (BNS) -- Defence Minister Rokas Vaitkevicius and his Polish counterpart Zbigniew "
            "Kalinowski are due to meet in Warsaw on Friday to discuss air defence.\n",
            "Zbigniew Kalinowski",
            "Defence Minister",
            "Poland",
        ),
        (
            "Talks on trade in Ottawa\n\n"
            "LONDON -- Business Secretary Imogen Thackeray and her Canadian counterpart Marc-Andre "
            "Beaulieu will open a trade dialogue in Ottawa on Wednesday, officials said.\n",
            "Marc-Andre Beaulieu",
            "Business Secretary",
            "Canada",
        ),
    ],
)
def test_counterpart_takes_plain_office(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_counterpart_of_a_graded_office_takes_it() -> None:
    # round 24b's counterpart convention: the office as the text gives the one whose counterpart it is
    text = (
        "Deputies to meet in Lisbon\n\n"
        "OSLO (NTB) -- Deputy Foreign Minister Hallvard Brekkestad and his Portuguese counterpart Duarte "
        "Valverde Meireles will hold talks in Lisbon on Thursday, the ministry said Monday.\n"
    )
    assert _people(text)["Duarte Valverde Meireles"][0] == "Deputy Foreign Minister"


def _likely(a: str, b: str, c: str, states: str, noun: str, third: str, office: str, town: str) -> str:
    """A lead pair's talks a later sentence dates ("is likely to take place"), then a trilateral with C."""
    first, second = states.split(", ")[0], states.split(" and ")[-1]
    return (
        f"{first}, {second} ministers eye talks on sidelines of regional meetings in {town}\n\n"
        f"WIRE -- {office} {a} and his {noun} counterpart {b} are arranging to hold talks on the sidelines "
        f"of regional ministers' meetings in {town} this week, sources said Monday.\n\n"
        f"The {'talks are' if 'Defence' in office else 'meeting is'} likely to take place Thursday, the "
        f"sources said, and would be the pair's second since {b.split()[-1]} took office in January.\n\n"
        f"{a.split()[-1]} and {b.split()[-1]} are expected to discuss fisheries and energy security.\n\n"
        f"{states} also plan to hold a trilateral ministers' meeting with {third} {office} {c} on Friday, "
        "according to the sources.\n"
    )


_CASES = [
    (
        ("Hallvard Brekkestad", "Duarte Valverde Meireles", "Pieter van Loenhout"),
        _likely(
            "Hallvard Brekkestad", "Duarte Valverde Meireles", "Pieter van Loenhout",
            "Norway, the Netherlands and Portugal", "Portuguese", "Dutch", "Foreign Minister", "Jakarta",
        ),
    ),
    (
        ("Ingrid Solvang", "Ciaran Mac Giolla", "Edmund Ashcombe"),
        _likely(
            "Ingrid Solvang", "Ciaran Mac Giolla", "Edmund Ashcombe",
            "Sweden, the United Kingdom and Ireland", "Irish", "British", "Foreign Minister", "Manila",
        ),
    ),
    (
        ("Veikko Rantalainen", "Tarmo Kivisild", "Radek Novotny"),
        _likely(
            "Veikko Rantalainen", "Tarmo Kivisild", "Radek Novotny",
            "Finland, the Czech Republic and Estonia", "Estonian", "Czech", "Defence Minister", "Singapore",
        ),
    ),
]
_IDS = ["foreign", "foreign-uk", "defence-talks"]


@pytest.mark.parametrize("names, text", _CASES, ids=_IDS)
def test_likely_meeting_names_the_leads_pair(names: tuple[str, str, str], text: str) -> None:
    main = extract(text, today=_TODAY).events[0]
    assert set(names[:2]) <= set(main.participants)


@pytest.mark.parametrize("names, text", _CASES, ids=_IDS)
def test_likely_meeting_is_no_side_bilateral(names: tuple[str, str, str], text: str) -> None:
    assert [e for e in extract(text, today=_TODAY).events if e.kind == "bilateral"] == []


@pytest.mark.parametrize("names, text", _CASES, ids=_IDS)
def test_trilateral_takes_the_main_partys_third_side(names: tuple[str, str, str], text: str) -> None:
    tri = [e for e in extract(text, today=_TODAY).events if e.kind == "trilateral"]
    assert len(tri) == 1
    assert set(tri[0].participants) == set(names)


def test_trilateral_of_a_state_the_sentence_does_not_name_stays() -> None:
    names, text = _CASES[0]
    text = text.replace("Norway, the Netherlands and Portugal also plan", "The Norwegian side also plans")
    tri = [e for e in extract(text, today=_TODAY).events if e.kind == "trilateral"]
    assert all(names[1] not in e.participants for e in tri)
