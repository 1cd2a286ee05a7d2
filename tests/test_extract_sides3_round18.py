"""Side-meeting rules, round 18 (third pass): a pair subject that meets with no article, no kind word and
no "with" ("A and B held talks at X", "A and B met separately to discuss Y", "while A and B will hold
separate security talks"), unless the headline already names the two as its meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 3))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


_HEAD = (
    "Xland and Yland conclude joint commission\n\nCAPITAL CITY, Tuesday 6 May 2031\n\n"
    "Xland's Foreign Minister, Anton Velic, hosted Yland's Foreign Minister, Hana Moreau, in Capital City "
    "today for the two-day session of the Xland-Yland Joint Commission. The Xland delegation included "
    "Interior Minister Kofi Asante and General Pablo Ruiz. Yland's delegation included Trade Minister "
    "Lena Okafor and Admiral Tomas Brandt.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # the corpus wording (a joint commission's readout)
        ("Separately, Asante and Okafor met to review cross-border trade.", ["Kofi Asante", "Lena Okafor"]),
        # a readout's pair that "met separately at" a place
        (
            "Minister Velic and Minister Moreau held a joint press conference, while General Ruiz and "
            "Admiral Brandt met separately at the defence ministry to discuss maritime patrols.",
            ["Pablo Ruiz", "Tomas Brandt"],
        ),
        # "held talks at" with no article
        (
            "After the session, Minister Asante and Minister Okafor held talks at the Interior Ministry.",
            ["Kofi Asante", "Lena Okafor"],
        ),
        # a future pair after "while", with two words before the noun
        (
            "In the afternoon, Velic will host Moreau at a working lunch, while General Ruiz and Admiral "
            "Brandt will hold separate military-to-military talks at the staff college on Wednesday.",
            ["Pablo Ruiz", "Tomas Brandt"],
        ),
    ],
)
def test_a_pair_subject_meets(sentence: str, pair: list[str]) -> None:
    assert ("bilateral", pair) in _sides(_HEAD + sentence)


def test_the_headlines_pair_is_the_main_event() -> None:
    text = (
        "Velic to hold summit with Moreau in Capital City before heading to Zland\n\n"
        "CAPITAL CITY, May 2 -- Xland President Anton Velic will travel to Capital City on Saturday for a "
        "summit with Yland Prime Minister Hana Moreau before flying to Zcity for his first summit with Zland "
        "President Omar Diallo, the presidential office said.\n\n"
        "An adviser told a press briefing that Velic and Moreau will hold talks Saturday afternoon, "
        "followed by a dinner hosted by the Yland leader."
    )
    assert not [s for s in _sides(text) if s[0] == "bilateral" and s[1] == ["Anton Velic", "Hana Moreau"]]


def test_one_subject_with_talks_is_no_pair() -> None:
    text = _HEAD + "Asante held talks on border security on Wednesday."
    assert not [s for s in _sides(text) if s[0] == "bilateral"]


# --- "will hold talks with A and with B": the preposition said again, one meeting with each -----------

_TRIP = (
    "Foreign Minister to visit Fiji and Tonga\n\n7 March 2031\n\n"
    "Ireland's Foreign Minister Anton Velic will visit Fiji and Tonga from Monday 10 to Friday 14 March.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        # the corpus wording
        "In Suva, the Foreign Minister will hold talks with Foreign Minister Hana Moreau and with Deputy "
        "Prime Minister and Minister for Finance Lena Okafor, and will visit a school.",
        "In Suva, Velic will meet with Trade Minister Hana Moreau and with Finance Minister Lena Okafor.",
        "On Tuesday, Minister Velic is scheduled to hold talks with Fiji's Foreign Minister, Hana Moreau, "
        "and with its Finance Minister, Lena Okafor.",
        "Velic will also have talks with Defence Minister Hana Moreau in Suva and with Foreign Minister "
        "Lena Okafor.",
    ],
)
def test_and_with_splits_the_talks(sentence: str) -> None:
    sides = _sides(_TRIP + sentence)
    assert ("bilateral", ["Anton Velic", "Hana Moreau"]) in sides
    assert ("bilateral", ["Anton Velic", "Lena Okafor"]) in sides


def test_one_with_keeps_the_talks_together() -> None:
    sides = _sides(
        _TRIP + "In Suva, Velic will hold talks with Prime Minister Hana Moreau and Finance "
        "Minister Lena Okafor together."
    )
    assert ("bilateral", ["Anton Velic", "Hana Moreau"]) not in sides
