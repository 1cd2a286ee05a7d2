"""Main-event dates of US government notices, round 20 (usnotices): a gathering "which runs May 29 to 31"
keeps its own days over a meeting held inside them; a meeting the traveller "will also" hold narrows no
summit's days; "will travel to X on D1 to chair the Y ... on D2" is dated by the purpose clause's day; a
travel headline's purpose ("to Travel to Y for the Z Ministerial") dates the trip by the ministerial and
places it in its city; section labels ("Press Releases", "STATEMENTS & RELEASES") and a body's letterhead
("U.S. DEPARTMENT OF THE TREASURY", "United States Mission to the United Nations") are no headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.label_lines import section_label, state_letterhead

_TODAY = date(2026, 4, 1)


def _main(text: str) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=_TODAY).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


@pytest.mark.parametrize(
    "text",
    [
        "Minister Voss will travel to Singapore this week to speak at the Regional Security Forum, "
        "which runs May 29 to 31, officials said. While there, Voss will join her Thai and Malaysian "
        "counterparts for a trilateral meeting on May 30.",
        "The defence secretary will fly to Jakarta to address the Maritime Dialogue, "
        "which runs May 29 to 31. "
        "He will attend a trilateral meeting with his Korean and Indian counterparts on May 30.",
        "Secretary Holm will travel to Bangkok to open the Pacific Energy Conference, "
        "which runs May 29 to 31. "
        "She will co-chair the ministers' meeting on May 30.",
    ],
)
def test_a_gathering_that_runs_over_days_keeps_them(text: str) -> None:
    assert _main(text)[:2] == (date(2026, 5, 29), date(2026, 5, 31))


@pytest.mark.parametrize(
    "text",
    [
        "President Adler will travel to Tokyo to attend the Leaders' Summit hosted by the Prime Minister on "
        "June 17–18. He will also meet with the Prime Minister of Canada on June 17.",
        "The Chancellor will travel to Seoul to take part in the Ocean Summit hosted by the President on "
        "June 17–18. She will also meet with the Prime Minister of Norway on June 17.",
        "Premier Osei will travel to Manila to join the Climate Summit convened by the President "
        "on June 17–18. He will also meet with the President of Chile on June 17.",
    ],
)
def test_a_meeting_held_also_narrows_no_summit(text: str) -> None:
    assert _main(text)[:2] == (date(2026, 6, 17), date(2026, 6, 18))


def test_a_meeting_the_summit_is_for_still_narrows_the_stay() -> None:
    # near miss: the dated meeting is the one the stay is made for, no "also" beside it
    text = (
        "Foreign Minister Lund will visit Ottawa from June 16 to 18. "
        "The talks will be held on June 17 with Foreign Minister Carr."
    )
    assert _main(text)[:2] == (date(2026, 6, 17), None)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Marlowe will travel to New York on August 11 to chair a Security Council debate on "
        '"Keeping the Seas Open" on Wednesday, August 12, 2026.',
        "Secretary Kwan will travel to Nairobi on August 11 to attend a Security Council debate "
        "on August 12.",
        "Minister Aalto will travel to Vienna on August 11 to co-chair a ministerial conference on nuclear "
        "security on August 12.",
    ],
)
def test_the_purpose_clause_dates_the_meeting_not_the_journey(text: str) -> None:
    assert _main(text)[0] == date(2026, 8, 12)


def test_a_later_leg_after_the_journey_is_not_its_purpose() -> None:
    # near miss: the later day is the journey home, parted from the purpose clause by "before"
    text = (
        "Secretary Marlowe will travel to Ottawa on August 11 to attend the ministerial conference, "
        "before returning to Toronto on August 12."
    )
    assert _main(text)[0] == date(2026, 8, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Dunn to Travel to Brazil for U.S.-Brazil Economic Ministerial\n\n"
        "Secretary Dunn will travel to Brasilia and Sao Paulo from October 21 to 24 to deepen trade ties. "
        "In Brasilia, Secretary Dunn will co-chair the ministerial meeting with Finance Minister Rui Lopes "
        "on Thursday, October 23.\n\nOn October 24, the Secretary will travel to Sao Paulo to meet "
        "business leaders.",
        "Minister Kato to Visit Australia for Energy Dialogue\n\n"
        "Minister Kato will travel to Canberra and Sydney from October 21 to 24. In Canberra, he will open "
        "the dialogue with Minister Grant on October 23.\n\nOn October 24 he will travel to Sydney.",
        "Secretary Holt Heads to Mexico for Security Dialogue\n\n"
        "Secretary Holt will travel to Mexico City and Monterrey from October 21 to 24 to discuss border "
        "security. In Mexico City, she will lead the dialogue with Minister Ana Ruiz on October 23.",
    ],
)
def test_a_travel_headline_for_a_meeting_dates_the_meeting(text: str) -> None:
    day, end, place = _main(text)
    assert (day, end) == (date(2026, 10, 23), None)
    assert place in ("Brasília", "Brasilia", "Canberra", "Mexico City")


def test_a_trip_headline_without_a_meeting_keeps_the_trip() -> None:
    # near miss: the headline announces only the trip
    text = (
        "Secretary Dunn to Travel to Brazil\n\n"
        "Secretary Dunn will travel to Brasilia and Sao Paulo from October 21 to 24 to deepen trade ties. "
        "In Brasilia, Secretary Dunn will co-chair the ministerial meeting with Finance Minister Rui Lopes "
        "on Thursday, October 23."
    )
    assert _main(text)[:2] == (date(2026, 10, 21), date(2026, 10, 24))


@pytest.mark.parametrize(
    "line", ["Press Releases", "STATEMENTS & RELEASES", "BRIEFINGS & STATEMENTS", "News & Events"]
)
def test_section_labels(line: str) -> None:
    assert section_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "U.S. DEPARTMENT OF THE TREASURY",
        "United States Mission to the United Nations",
        "U.S. Embassy & Consulate in the Republic of Korea",
        "U.S. DEPARTMENT OF STATE",
    ],
)
def test_state_letterheads(line: str) -> None:
    assert state_letterhead(line)


@pytest.mark.parametrize(
    "line", ["U.S. Embassy to Host Trade Fair in Lagos", "Press Secretary Statement on the Summit", "Press"]
)
def test_headlines_are_no_labels(line: str) -> None:
    assert not section_label(line) and not state_letterhead(line)


def test_a_letterhead_leaves_the_headline_below_it() -> None:
    text = (
        "U.S. DEPARTMENT OF THE TREASURY\n\nPress Releases\n\n"
        "Secretary Dunn to Travel to Brazil for U.S.-Brazil Economic Ministerial\n\n"
        "Secretary Dunn will travel to Brasilia and Sao Paulo from October 21 to 24. In Brasilia, Secretary "
        "Dunn will co-chair the ministerial meeting with Finance Minister Rui Lopes on Thursday, October 23."
    )
    assert _main(text)[:2] == (date(2026, 10, 23), None)
