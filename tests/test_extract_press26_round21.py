"""World-press previews, round 21 (press26): a lead's "next week" spelled out later as a span of weekdays
("two days of talks on Monday and Tuesday"); a later gathering's days after "the last major step before"
are not the meeting's; a bracketed weekday between "today" and "for two days of talks". People: "a Xcity-based
analyst" (no part of the title); "the former X who now serves as Y" (Y); "head of the EU-China programme" (no
officer of the EU); "military commentator" (an outside title); "for Pacific Island affairs" (a portfolio);
"Xish embassy spokesperson"; "In Xcity, a Foreign Ministry spokesman, A, said" (the city's country)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_FRIDAY = date(2025, 3, 7)


def _days(text: str) -> tuple[date | None, date | None]:
    event = extract(text, today=_FRIDAY).main_event
    assert event is not None
    return event.date, event.end_date


@pytest.mark.parametrize(
    "text, days",
    [
        (
            "LONDON — Finance Minister Oskar Lindqvist will meet his Norwegian counterpart in Oslo next week "
            "for talks on fishing quotas, the ministry said on Thursday.\n\n"
            "Mr. Lindqvist and Minister Pernille Aasen will hold two days of talks on Monday and Tuesday "
            "at the government quarter, officials said.",
            (date(2025, 3, 10), date(2025, 3, 11)),
        ),
        (
            "PARIS — Trade envoys from both countries will hold talks in Geneva next week to try to settle "
            "the dispute.\n\nThe negotiators will hold talks on Wednesday and Thursday at the mission, a "
            "spokeswoman said.",
            (date(2025, 3, 12), date(2025, 3, 13)),
        ),
        (
            "Defence Secretary Maren Tollefsen will hold talks with Greek officials in Athens next week, her "
            "office said.\n\nShe will hold the talks on Tuesday and Wednesday at the defence ministry.",
            (date(2025, 3, 11), date(2025, 3, 12)),
        ),
    ],
)
def test_next_week_spelled_out_as_weekdays(text: str, days: tuple[date, date]) -> None:
    assert _days(text) == days


def test_next_week_single_weekday_stays_one_day() -> None:
    text = (
        "Foreign Minister Ida Brandvold will meet her Danish counterpart in Copenhagen next week.\n\n"
        "The talks will take place on Tuesday, officials said."
    )
    assert _days(text) == (date(2025, 3, 11), None)


@pytest.mark.parametrize(
    "text",
    [
        "Alliance foreign ministers will meet in Vienna on Tuesday to agree a new rotation plan, the last "
        "major step before leaders gather for the summit in Lisbon on March 24-25.",
        "Transport ministers will meet in Ghent on Tuesday, the last formal round before leaders hold their "
        "summit in Antwerp on March 20-21.",
        "Fisheries ministers will meet in Bergen on Tuesday, the final big test before leaders gather for "
        "their summit in Oslo on March 26-27.",
    ],
)
def test_later_gathering_after_last_step_before(text: str) -> None:
    assert _days(text) == (date(2025, 3, 11), None)


def test_last_one_word_step_before_still_anchors() -> None:
    text = (
        "Ministers will meet in Vienna on Tuesday, the last meeting before leaders gather in Lisbon on "
        "March 24-25."
    )
    assert _days(text) == (date(2025, 3, 11), None)


@pytest.mark.parametrize(
    "text, end",
    [
        (
            "KABUL: Delegations from both governments will sit down in Doha today (Friday) for two days of "
            "talks on border trade.",
            date(2025, 3, 8),
        ),
        (
            "Negotiators meet in Muscat today (Friday) for three days of talks on a prisoner exchange, the "
            "mediators said.",
            date(2025, 3, 9),
        ),
        (
            "The two ministers meet in Tashkent today (Friday) for four days of consultations on the water "
            "treaty.",
            date(2025, 3, 10),
        ),
    ],
)
def test_bracketed_day_before_days_of_talks(text: str, end: date) -> None:
    assert _days(text)[1] == end


def test_days_of_talks_not_after_the_meeting_day() -> None:
    text = (
        "The envoys will meet in Astana today (Friday). Officials expect two days of talks later in the "
        "month."
    )
    assert _days(text)[1] is None


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_FRIDAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Oskar Berglund, a Stockholm-based political analyst, said the vote would be close.",
            "Oskar Berglund",
            "political analyst",
        ),
        (
            "Lukas Brenner, a Vienna-based security analyst, said the talks would be hard.",
            "Lukas Brenner",
            "security analyst",
        ),
        (
            "Aylin Demirtas, an Ankara-based foreign policy analyst, said the ceasefire was fragile.",
            "Aylin Demirtas",
            "foreign policy analyst",
        ),
    ],
)
def test_city_based_is_no_part_of_the_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_based_workplace_after_the_title_stays() -> None:
    text = "Mira Koenig, a senior analyst at a Vienna-based think tank, said the talks were hard."
    assert _people(text)["Mira Koenig"][0] == "senior analyst at a Vienna-based think tank"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Moldovan delegation will be led by Ion Cazacu, the former interior minister who now serves "
            "as secretary of the Supreme Security Council.",
            "Ion Cazacu",
            "secretary of the Supreme Security Council",
        ),
        (
            "Kenya's team is headed by Wanjiru Otieno, the former finance minister who is now chief of staff "
            "to the president.",
            "Wanjiru Otieno",
            "chief of staff",
        ),
        (
            "Georgia will send Levan Beridze, a former defence minister who is now deputy prime minister, to "
            "the talks.",
            "Levan Beridze",
            "deputy prime minister",
        ),
    ],
)
def test_former_office_gives_way_to_the_one_held_now(text: str, name: str, role: str) -> None:
    got = _people(text)[name][0] or ""
    assert role in got and "former" not in got


def test_former_office_alone_stays() -> None:
    text = "The delegation will be led by Ion Cazacu, the former interior minister, officials said."
    assert _people(text)["Ion Cazacu"][0] == "former interior minister"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Anja Vogel, head of the EU-China programme at the Mercator Institute for China Studies in "
            "Berlin, said the summit would be short.",
            "Anja Vogel",
            "Germany",
        ),
        (
            "Marco Ferri, director of the EU-India programme at the Institute for International Affairs in "
            "Rome, said trade would dominate.",
            "Marco Ferri",
            "Italy",
        ),
        (
            "Lena Sorensen, head of the NATO-Russia project at a think tank in Copenhagen, said the risk "
            "was real.",
            "Lena Sorensen",
            "Denmark",
        ),
    ],
)
def test_pair_of_bloc_and_state_names_no_owner(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_bloc_office_still_names_its_owner() -> None:
    text = "The talks will be opened by Pieter de Vries, spokesman for the EU, officials said."
    assert _people(text)["Pieter de Vries"][1] == "European Union"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Seoul-based military commentator Park Ji-ho said the drills would go ahead.",
            "Park Ji-ho",
            "South Korea",
        ),
        (
            "Cairo-based political commentator Ahmed Mansour said the talks could fail.",
            "Ahmed Mansour",
            "Egypt",
        ),
        (
            "Dmitri Orlov, a Russian political commentator, said the Kremlin wanted a deal.",
            "Dmitri Orlov",
            "Russia",
        ),
    ],
)
def test_commentator_is_an_outside_title(text: str, name: str, country: str) -> None:
    role, got = _people(text)[name]
    assert role and "commentator" in role and got == country


def test_commentator_noun_alone_names_no_one() -> None:
    text = "Commentators said the summit would be short, officials in Seoul added."
    assert _people(text) == {}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Japan's special envoy for Pacific Island affairs, Kenji Sato, said Tokyo supports the forum.",
            "Kenji Sato",
            "special envoy for Pacific Island affairs",
        ),
        (
            "India's Special Envoy for Pacific Islands Cooperation, Arun Mehta, will attend the forum.",
            "Arun Mehta",
            "Special Envoy for Pacific Islands Cooperation",
        ),
        (
            "Korea's ambassador for Pacific Island affairs, Lee Min-jun, said Seoul would fund the project.",
            "Lee Min-jun",
            "ambassador for Pacific Island affairs",
        ),
    ],
)
def test_islands_inside_a_portfolio(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_islands_state_before_a_title_stays_the_country() -> None:
    text = "The Marshall Islands President Hilda Lanki will attend the forum."
    assert _people(text)["Hilda Lanki"] == ("President", "Marshall Islands")


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Chinese embassy spokesperson Li Wen said China was ready to work with Nepal.", "Li Wen", "China"),
        (
            "Russian embassy spokeswoman Olga Petrova said Moscow had not been consulted.",
            "Olga Petrova",
            "Russia",
        ),
        ("Indian embassy spokesperson Ravi Menon said the visit was on track.", "Ravi Menon", "India"),
    ],
)
def test_embassy_spokesperson_of_the_adjective_state(text: str, name: str, country: str) -> None:
    role, got = _people(text)[name]
    assert role and role.lower().startswith("embassy spokes") and got == country


def test_embassy_place_before_an_ambassador_is_no_title() -> None:
    text = "Speaking at the embassy, Ambassador Karl Weber said the talks would go ahead."
    assert _people(text)["Karl Weber"][0] == "Ambassador"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "WASHINGTON — Treasury Secretary Ann Miller will meet Chinese officials in Geneva next week.\n\n"
            "In Beijing, a Foreign Ministry spokesman, Gao Ming, said China hoped the talks would succeed.",
            "Gao Ming",
            "China",
        ),
        (
            "LONDON — The Foreign Secretary will meet Turkish officials in Vienna next week.\n\n"
            "In Ankara, a Foreign Ministry spokesman, Emre Yilmaz, said the meeting was useful.",
            "Emre Yilmaz",
            "Turkey",
        ),
        (
            "TOKYO — Japan will hold talks with South Korea in Busan next week.\n\n"
            "In Seoul, the presidential spokeswoman, Kim Yuna, said the agenda was open.",
            "Kim Yuna",
            "South Korea",
        ),
    ],
)
def test_title_in_apposition_placed_in_a_city(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country
