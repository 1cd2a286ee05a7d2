"""The meeting's day over the journey's or the stay's: a lead that dates the journey or a one-meeting stay,
then dates the meeting itself (event_meeting_day)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

REF = date(2031, 3, 2)  # a Sunday

MEETING_DAY = [
    (
        "Vesland foreign minister to visit Lisbon for talks\n\n"
        "Vesland Foreign Minister Aldo Renquist will travel to Lisbon on Thursday and hold talks with his "
        "Korvathi counterpart Mara Olenko the following day, the ministry said on Sunday.\n",
        date(2031, 3, 7),
        None,
    ),
    (
        "Defence Secretary to Meet Polish Counterpart in Warsaw\n\n"
        "Defence Secretary Hollis P. Grange departed London today for Warsaw, where he will meet his Polish "
        "counterpart, Jerzy Malek, tomorrow.\n",
        date(2031, 3, 3),
        None,
    ),
    (
        "Foreign Secretary's visit to Nepal\n\n"
        "Foreign Secretary Shri Devan Kulkarni will visit Kathmandu from 9-11 March 2031 for the meeting of "
        "the India-Nepal Joint Working Mechanism, which will be held on 10 March.\n\n"
        "2. The two sides will review connectivity and power trade.\n",
        date(2031, 3, 10),
        None,
    ),
    (
        "Visit of External Affairs Minister to Chile for the 4th India-Chile Joint Commission Meeting "
        "(March 16-18, 2031)\n\n"
        "External Affairs Minister Dr. Priya N. Bhatt will visit Santiago from 16-18 March 2031. During the "
        "visit, EAM will co-chair the 4th meeting of the India-Chile Joint Commission along with H.E. Mr. "
        "Tomas Ruiz Vera, Minister of Foreign Affairs of Chile, on 17 March 2031.\n",
        date(2031, 3, 17),
        None,
    ),
    (
        "Secretary Marlow to Travel to Vietnam for the U.S.-Vietnam Trade and Investment Ministerial\n\n"
        "WASHINGTON - Secretary of Commerce Ellen J. Marlow will travel to Hanoi, Vietnam, March 9-11, 2031, "
        "where she will meet with Minister of Industry and Trade Nguyen Van Hai on Tuesday, March 10, for "
        "the second ministerial meeting.\n",
        date(2031, 3, 10),
        None,
    ),
    (
        "President departs for the UN General Assembly\n\n"
        "President Kwame Ofori-Mensah will depart Accra on Sunday, 9 March, for New York, to participate in "
        "the High-Level General Debate of the Special Session of the United Nations General Assembly.\n\n"
        "The General Debate, which runs from Tuesday, 11 March to Friday, 14 March 2031, has as its theme "
        "financing for development.\n",
        date(2031, 3, 11),
        date(2031, 3, 14),
    ),
    (
        "Defence chiefs to hold talks in Seoul next week\n\n"
        "SEOUL, March 2 (Yonhap) -- Defence Minister Park Jun-ho will hold talks with his Canadian "
        "counterpart, Ellen Moore, in Seoul next week, the defence ministry said Sunday.\n\n"
        "Moore will visit South Korea from Monday to Wednesday for the talks, slated for Tuesday at the "
        "ministry headquarters.\n",
        date(2031, 3, 4),
        None,
    ),
    (
        "Foreign minister to visit Beijing for talks with Zhou\n\n"
        "TOKYO, March 2 (Kyodo) -- Foreign Minister Ito Kenji will visit Beijing next week for talks with "
        "his Chinese counterpart, government sources said Sunday.\n\n"
        "Ito will travel to the Chinese capital on March 9 for a two-day visit, and the foreign ministers' "
        "meeting is being arranged for March 10, the sources said.\n",
        date(2031, 3, 10),
        None,
    ),
    (
        "Minister to attend trilateral talks in Seoul\n\n"
        "Foreign Minister Ito Kenji will travel to South Korea on Friday for a trilateral meeting with his "
        "Korean and Australian counterparts in Seoul on Saturday, the ministry announced.\n",
        date(2031, 3, 8),
        None,
    ),
]


@pytest.mark.parametrize(("text", "day", "end"), MEETING_DAY)
def test_the_meeting_day_over_the_journey_or_the_stay(text: str, day: date, end: date | None) -> None:
    main = extract(text, today=REF).main_event
    assert main is not None
    assert (main.date, main.end_date) == (day, end)


KEEPS = [
    # a visit whose purpose is a subject, with several meetings during it: the stay
    (
        "Agency chief to visit Seoul next week for talks on nuclear safety\n\n"
        "SEOUL, March 2 (Yonhap) -- Agency Director General Piet Vanderlo will visit South Korea from "
        "March 9-11 for talks on nuclear safety cooperation, the ministry said Sunday.\n\n"
        "During his stay, Vanderlo is set to meet Foreign Minister Han Do-yun on March 10.\n\n"
        "He will also meet Science Minister Oh Ji-hoon.\n",
        date(2031, 3, 9),
        date(2031, 3, 11),
    ),
    # the range after "to attend the X": the gathering's own days
    (
        "Minister to attend the Shangri-La Dialogue\n\n"
        "Defence Minister Tom Avery will travel to Singapore this week to attend the Shangri-La Dialogue "
        "from 5 to 7 March.\n\n"
        "The Minister will deliver a speech at the Dialogue's plenary session on Saturday 6 March.\n",
        date(2031, 3, 5),
        date(2031, 3, 7),
    ),
    # a second day taken by another act: the journey's day stays
    (
        "Minister heads to Bern\n\n"
        "Trade Minister Lina Ostberg will travel to Bern on Tuesday for meetings with business leaders, and "
        "will also call on the President on Wednesday.\n",
        date(2031, 3, 4),
        None,
    ),
]


@pytest.mark.parametrize(("text", "day", "end"), KEEPS)
def test_the_pick_stays_when_no_one_meeting_is_dated_later(text: str, day: date, end: date | None) -> None:
    main = extract(text, today=REF).main_event
    assert main is not None
    assert (main.date, main.end_date) == (day, end)
