"""Side-meeting rules, round 20 (sides): "meet each of his counterparts separately" is one bilateral with
each of the main event's other parties, never the main event said again, and "each of his counterparts"
leaves out the subject's compatriots (the spokesperson announcing it); "will then meet B" and "will then /
also sit down with B" are a programme's next meeting (a plain "will sit down with B" restates the lead's);
"He will then meet B" after "The President of the Republic will lay a wreath." is held by that title's
holder."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _sides(text: str) -> list[tuple[str, frozenset[str]]]:
    b = extract(text, today=_TODAY)
    return [(e.kind, frozenset(e.participants)) for e in b.events if e.kind != "main"]


@pytest.mark.parametrize(
    "text, pairs",
    [
        (
            "Leaders to gather in Halden\n\n"
            "On Friday, June 13, Norwegian Prime Minister Ola Brekke will host President Tomas Varga of "
            "Hungary, "
            "Prime Minister Lina Ostrova of Latvia and President Pavel Kral of Czechia for the Lakeside "
            "Summit in Halden.\n\n"
            "Brekke is expected to meet each of his counterparts separately at his residence before the "
            "summit session.\n",
            [("Ola Brekke", "Tomas Varga"), ("Ola Brekke", "Lina Ostrova"), ("Ola Brekke", "Pavel Kral")],
        ),
        (
            "Chancellor to host regional leaders\n\n"
            "Chancellor Erika Vogt will host President Marek Nowak of Poland and Prime Minister Ivo Dvorak "
            "of Czechia in Dresden on Tuesday, June 10, for the Elbe Forum.\n\n"
            "Vogt will meet each of her guests separately before the forum opens.\n",
            [("Erika Vogt", "Marek Nowak"), ("Erika Vogt", "Ivo Dvorak")],
        ),
        (
            "President to visit Sweden\n\n"
            "President Anna Kowal of Poland will pay a state visit to Sweden from June 10 to 12.\n\n"
            "The President will lay a wreath in Stockholm. She will then meet Prime Minister Erik Lund "
            "at the Rosenbad.\n",
            [("Anna Kowal", "Erik Lund")],
        ),
        (
            "Minister's week in Asia\n\n"
            "Foreign Minister Rui Costa of Portugal will be in Tokyo on June 10 and in Seoul on June 12.\n\n"
            "Costa will then sit down with Foreign Minister Park Min-ho of South Korea in Seoul "
            "on June 12.\n",
            [("Rui Costa", "Park Min-ho")],
        ),
    ],
)
def test_side_meeting_found(text: str, pairs: list[tuple[str, str]]) -> None:
    sides = _sides(text)
    for x, y in pairs:
        assert ("bilateral", frozenset({x, y})) in sides, sides


def test_counterparts_leave_out_the_spokesperson() -> None:
    text = (
        "Foreign Minister to host trilateral meeting\n\n"
        "Ambassador Samir Haddad, Official Spokesperson of the Ministry of Foreign Affairs, announced that "
        "Foreign Minister Karim Nasser will host on Sunday, 9 November, the ministerial meeting of the "
        "Trilateral Mechanism between Egypt, Jordan and Iraq in Cairo.\n\n"
        "The meeting will be attended by Jordan's Foreign Minister Omar Saleh and Iraq's Foreign "
        "Minister Ali Kareem.\n\n"
        "Haddad added that Minister Nasser will hold separate bilateral meetings with each of his two "
        "counterparts ahead of the trilateral session.\n"
    )
    sides = _sides(text)
    assert ("bilateral", frozenset({"Karim Nasser", "Omar Saleh"})) in sides
    assert ("bilateral", frozenset({"Karim Nasser", "Ali Kareem"})) in sides
    assert ("bilateral", frozenset({"Karim Nasser", "Samir Haddad"})) not in sides


def test_plain_sit_down_restates_the_lead() -> None:
    text = (
        "Ministers head to Manila\n\n"
        "Foreign Minister Aiko Mori and Defense Minister Ken Sato will travel to Manila next week for "
        "security talks with their Philippine counterparts on July 8.\n\n"
        "Mori and Sato will sit down with Foreign Affairs Secretary Jose Reyes and Defense Secretary "
        "Luis Santos.\n"
    )
    assert not [k for k, _ in _sides(text) if k != "other"], _sides(text)
