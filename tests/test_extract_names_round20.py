"""Person-name rules, round 20 (names): an honour written in capitals after a name ("OAM") is no name word;
a title's last capitalised word that opens a region's or city's name ("Senator for New South Wales") leaves
no person; "subcommittee" and "rights" are portfolio words a title runs on over; a family name spelt like a
small word ("He", "To") after a title with one given name before a lower-case word or a stop; a bare name
after "headed/chaired/attended/represented by" (a body's initials or a title in it excepted); a title in
apposition closed by "at the foreign ministry"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The delegation is led by Ms Jane Harlow OAM MP, Member for Kingsford, who arrives on Monday.",
            "Jane Harlow",
        ),
        ("Also attending is Mr Peter Ramsay OAM, Member for Eden, with two advisers.", "Peter Ramsay"),
        ("Mr Tom Reid OAM will lead the group to Suva.", "Tom Reid"),
    ],
)
def test_honour_in_capitals_after_a_name_is_no_name_word(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any("Oam" in p for p in people)


@pytest.mark.parametrize(
    "text, spurious",
    [
        ("Senator Mark Hollis, Senator for New South Wales, will join the delegation.", "South Wales"),
        ("Mr Tom Reid, Senator for New South Wales, and Ms Ann Lowe will travel.", "South Wales"),
        ("Ms Ann Lowe, the Premier of New South Wales, will attend the talks.", "South Wales"),
    ],
)
def test_title_word_opening_a_place_name_leaves_no_person(text: str, spurious: str) -> None:
    assert spurious not in _people(text)


def test_title_closed_by_a_place_keeps_the_name_after_it() -> None:
    assert "Jane Doe" in _people("Senator for New South Wales Jane Doe said the talks were useful.")


@pytest.mark.parametrize(
    "text, spurious, name",
    [
        (
            "Representative Amy Cole, Chairwoman of the House Foreign Affairs Subcommittee on Europe, will "
            "attend.",
            "Subcommittee",
            "Amy Cole",
        ),
        (
            "Ms Lisa Park, Vice-President for Social Rights and Skills, opened the session.",
            "Rights",
            "Lisa Park",
        ),
        (
            "Ms Eva Stone, Executive Vice-President for Social Rights and Skills, will speak first.",
            "Rights",
            "Eva Stone",
        ),
    ],
)
def test_body_and_portfolio_nouns_close_the_title(text: str, spurious: str, name: str) -> None:
    people = _people(text)
    assert spurious not in people
    assert name in people


@pytest.mark.parametrize(
    "text, name",
    [
        ("The trade talks between Vice-Premier He Liwen and the US delegation ended on Sunday.", "He Liwen"),
        ("The agreement was signed during a visit by General Secretary To Quang in March.", "To Quang"),
        ("Officials said Vice Premier He Minsheng would travel to Geneva next week.", "He Minsheng"),
    ],
)
def test_small_word_family_name_after_a_title(text: str, name: str) -> None:
    assert name in _people(text)


def test_title_case_headline_verb_is_no_given_name() -> None:
    assert not any(p.startswith("To ") for p in _people("Foreign Minister To Visit Japan"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("The session was chaired by Oliver Grant.", "Oliver Grant"),
        ("The panel will be co-chaired by Oliver Grant and the minister.", "Oliver Grant"),
        (
            "The hearing will be chaired by Hanna Kessel (EPP, AT), and opened by the Commissioner.",
            "Hanna Kessel",
        ),
        ("The new agency, headed by Rafael Ortiz, opens next month.", "Rafael Ortiz"),
    ],
)
def test_bare_name_after_a_passive_by(text: str, name: str) -> None:
    assert name in _people(text)


def test_body_initials_and_title_after_headed_by_are_no_name() -> None:
    people = _people(
        "The delegation will be headed by XCG Vice Commandant for Operations, the ministry said."
    )
    assert not any("Commandant" in p for p in people)


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The talks were attended by Kim Do-hyun, director-general for peninsula policy at the "
            "foreign ministry.",
            "Kim Do-hyun",
            "director-general for peninsula policy",
        ),
        (
            "Kim Do-hyun, deputy director for trade at the foreign ministry, will attend.",
            "Kim Do-hyun",
            "deputy director for trade",
        ),
        (
            "The visit was attended by Park Min-soo, director for Japan affairs at the foreign ministry, "
            "and two aides.",
            "Park Min-soo",
            "director for Japan affairs",
        ),
    ],
)
def test_title_closed_by_at_the_foreign_ministry(text: str, name: str, role: str) -> None:
    assert _people(text).get(name, (None, None))[0] == role


def test_foreign_ministry_after_a_title_needs_the_apposition_to_close() -> None:
    people = _people(
        "Jane Doe, director at the foreign ministry's new office in Busan, said the talks went well."
    )
    assert "foreign ministry" not in (people.get("Jane Doe", (None, None))[0] or "")
