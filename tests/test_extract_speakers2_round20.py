"""Quote speakers, round 20 (speakers2): a common noun for a person that no title holds ("the diplomat
said", "the expert told X", "the spokesman said:") means the last speaker when no one is named since,
else the person a speech verb follows in the sentence just before ("..., Spokeswoman A told a briefing.");
a pronoun's verb ("..., she added") makes no one else the sentence's reporter; of several holders of a bare
title ("the Prime Minister said") the one of the text's own country speaks, not a foreign holder."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text, today=_TODAY).quotes]


def _speaker_of(text: str, opening: str) -> str | None:
    found = [s for s, t in _speakers(text) if t.startswith(opening)]
    assert found, _speakers(text)
    return found[0]


@pytest.mark.parametrize(
    "text, opening, want",
    [
        (
            "Greek minister to visit Cairo\n\n"
            "ATHENS, May 3. Foreign Minister Nikos Pappadakis will travel to Cairo on May 12, "
            "Foreign Ministry Spokeswoman Eleni Marou told a briefing on Monday.\n\n"
            '"The minister will hold talks on energy and migration with his Egyptian counterpart," the '
            "diplomat said.\n",
            "The minister will hold talks",
            "Eleni Marou",
        ),
        (
            "Leaders to meet in Lima\n\n"
            "The summit of Andean leaders will open in Lima on June 14.\n\n"
            "Ravindra Shah, a senior fellow at the Centre for Policy Research, believes the summit will "
            "struggle to agree on trade.\n\n"
            '"Nobody expects a breakthrough on tariffs this time, and everyone knows it," the expert told '
            "reporters.\n",
            "Nobody expects a breakthrough",
            "Ravindra Shah",
        ),
        (
            "Ministers to meet in Amman\n\n"
            "Foreign ministers of the region will meet in Amman on July 2, Karim Haddad told reporters on "
            "Sunday.\n\n"
            '"The meeting will review cooperation on water and energy," Karim Haddad said.\n\n'
            "He added that the delegations would arrive a day earlier.\n\n"
            'Asked about visas for pilgrims, the spokesman said: "Pilgrims will receive their visas '
            'within a week of applying."\n',
            "Pilgrims will receive",
            "Karim Haddad",
        ),
        (
            "Minister to visit Hanoi\n\n"
            "VIENNA, June 3. Foreign Minister Karl Brenner will visit Hanoi on June 9, Foreign Ministry "
            "Spokeswoman Anna Leitner told reporters on Tuesday.\n\n"
            "According to Leitner, the minister will also be received by the President.\n\n"
            "On June 10, Brenner and Vietnamese Foreign Minister Tran Van Long will open a business forum, "
            "she added.\n\n"
            "The spokeswoman stressed that trade between the two countries had doubled. "
            '"Our companies see Vietnam as a partner for the next decade," she noted.\n',
            "Our companies see Vietnam",
            "Anna Leitner",
        ),
        (
            "GOVERNMENT OF TONGA\nMEDIA RELEASE\n\n"
            "Tonga's Prime Minister and Minister for Foreign Affairs, Hon. Sione Fifita, will lead the "
            "Tongan delegation to the regional leaders meeting in Apia from 8 to 10 September.\n\n"
            "He will hold a bilateral meeting with the Prime Minister of Vanuatu, Hon. Jotham Kalsakau, and "
            "will meet Australian Prime Minister Peter Harland.\n\n"
            '"Our region speaks with one voice when it meets, and we go to listen as much as to lead," the '
            "Prime Minister said ahead of his departure.\n",
            "Our region speaks with one voice",
            "Sione Fifita",
        ),
    ],
)
def test_speaker_resolved(text: str, opening: str, want: str) -> None:
    assert _speaker_of(text, opening) == want


def test_unnamed_diplomat_stays_unnamed() -> None:
    """A bare "the diplomat" after "a Western diplomat" is still that unnamed one, not the last speaker."""
    text = (
        "Ministers to meet in Oslo\n\n"
        '"We are ready for the talks," Foreign Minister Lars Vik told reporters on Monday.\n\n'
        "A Western diplomat said the talks would be difficult.\n\n"
        "The delegations arrive on Sunday.\n\n"
        '"No one expects a deal on fishing quotas this round," the diplomat said.\n'
    )
    assert _speaker_of(text, "No one expects a deal") is None


def test_home_deputy_not_prime_minister() -> None:
    """ "The Deputy Prime Minister said" keeps meaning the deputy, not the home Prime Minister."""
    text = (
        "GOVERNMENT OF TONGA\nMEDIA RELEASE\n\n"
        "Tonga's Prime Minister, Hon. Sione Fifita, will lead the delegation to Apia on 8 September. He "
        "will be accompanied by the Deputy Prime Minister, Hon. Mele Taufa.\n\n"
        "He will meet the Prime Minister of Vanuatu, Hon. Jotham Kalsakau.\n\n"
        '"Our fisheries depend on regional rules that everyone follows," the Deputy Prime Minister said.\n'
    )
    assert _speaker_of(text, "Our fisheries depend") == "Mele Taufa"
