"""People rules, round 18 (officials' country): a visitor to the dateline's country is of the national
news agency's home, not the dateline's; a companion "not scheduled to accompany B" is of B's party; a
"House Speaker" is American unless the text is Philippine."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "SEOUL, May 24 Kyodo - Prime Minister Fumio Kishida will travel to Seoul on Sunday for the first "
            "trilateral summit with China and South Korea in more than four years, the government said "
            "Friday.",
            "Fumio Kishida",
            "Japan",
        ),
        (
            "BANGKOK, March 2 (Bernama) -- Prime Minister Aziz Rahman will travel to Bangkok next week for "
            "talks with Thai leaders on border trade, the government said.",
            "Aziz Rahman",
            "Malaysia",
        ),
        (
            "HANOI, Feb 10 (Yonhap) -- Foreign Minister Park Min-soo will visit Hanoi on Thursday to discuss "
            "supply chains with Vietnam, the ministry said.",
            "Park Min-soo",
            "South Korea",
        ),
        (
            "JAKARTA, April 3 (Xinhua) -- Premier Zhao Lin will fly to Jakarta on Monday for a two-day "
            "visit, officials said.",
            "Zhao Lin",
            "China",
        ),
    ],
)
def test_visitor_to_the_dateline_is_of_the_agency_home(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_official_of_the_dateline_not_travelling_keeps_the_dateline() -> None:
    text = (
        "BANGKOK, March 2 (Bernama) -- Thai Foreign Minister Somchai Wong will host his Malaysian "
        "counterpart next week. Defence Minister Prasert Chai will join the talks, the ministry said."
    )
    assert _get(_b(text), "Prasert Chai").country == "Thailand"


def test_visitor_to_the_dateline_of_an_international_wire_gets_no_dateline_country() -> None:
    text = (
        "SEOUL, May 24 (Reuters) - Prime Minister Fumio Kishida will travel to Seoul on Sunday for a "
        "summit, the government said."
    )
    assert _get(_b(text), "Fumio Kishida").country != "South Korea"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "SEOUL, May 24 Kyodo - Prime Minister Fumio Kishida will travel to Seoul on Sunday for the first "
            "trilateral summit, the government said Friday.\n\nForeign Minister Yoko Kamikawa is not "
            "scheduled to accompany Kishida, according to Japanese officials.",
            "Yoko Kamikawa",
            "Japan",
        ),
        (
            "BANGKOK, March 2 (Bernama) -- Prime Minister Aziz Rahman will travel to Bangkok next week, the "
            "government said.\n\nTrade Minister Lina Ho is expected to accompany Aziz, officials said.",
            "Lina Ho",
            "Malaysia",
        ),
        (
            "HANOI, Feb 10 (Yonhap) -- Foreign Minister Park Min-soo will visit Hanoi on Thursday, the "
            "ministry said.\n\nVice Minister Oh Jae-won is not expected to accompany Park on the trip.",
            "Oh Jae-won",
            "South Korea",
        ),
        (
            "JAKARTA, April 3 (Xinhua) -- Premier Zhao Lin will fly to Jakarta on Monday, officials "
            "said.\n\nCommerce Minister Wang Tao is slated to accompany Zhao.",
            "Wang Tao",
            "China",
        ),
    ],
)
def test_companion_not_scheduled_to_accompany_is_of_the_party(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording: a past visitor in a background sentence
            "SINGAPORE, May 31 (Reuters) - Chinese Defence Minister Dong Jun will meet Singapore's leaders. "
            "Military-to-military communication, frozen after then-House Speaker Nancy Pelosi's visit to "
            "Taiwan in August 2022, was restored later.",
            "Nancy Pelosi",
            "United States",
        ),
        (
            "PHNOM PENH, Nov 22 (Reuters) - Ties soured after then-House Speaker Paul Grant visited Taiwan "
            "in August, officials in Cambodia said.",
            "Paul Grant",
            "United States",
        ),
        (
            "BERLIN, June 3 (Reuters) - German officials said House Speaker Mark Dalton will visit Berlin "
            "next month.",
            "Mark Dalton",
            "United States",
        ),
        (  # a Philippine text: the Philippine House's Speaker
            "MANILA, June 3 (PNA) -- House Speaker Ramon Dizon said on Monday the chamber would pass the "
            "defence budget.",
            "Ramon Dizon",
            "Philippines",
        ),
    ],
)
def test_house_speaker_is_american_unless_the_text_is_philippine(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_speaker_of_another_house_is_not_taken_for_american() -> None:
    text = (
        "LONDON, June 3 (Reuters) - Speaker of the House of Commons Lindsay Harwood met the visiting "
        "delegation, Britain's parliament said."
    )
    assert _get(_b(text), "Lindsay Harwood").country != "United States"
