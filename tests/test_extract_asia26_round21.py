"""Round 21 (asia26): Malay styles inside names and places, graded local and ordinal titles, bracketed
bylines, a sentence-case "First lady", and a visit's meeting dated by its short name."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2026, 7, 13)
_LEAD = "KUALA LUMPUR, July 13 (Bernama) -- Prime Minister Datuk Seri Farid Osman will visit Brunei.\n\n"


def _run(body: str, lead: str = _LEAD) -> Briefing:
    """The briefing of a short release."""
    return extract(lead + body, source="t", published=None, today=_REF)


def _names(b: Briefing) -> list[str]:
    """Every extracted person's name."""
    return [p.name for p in b.people]


def _role(b: Briefing, name: str) -> tuple[str | None, str | None]:
    """(role, country) of the person called `name`."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {_names(b)}"
    return found[0].role, found[0].country


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He will be joined by Trade Minister Tengku Datuk Seri Hafiz Tengku Aziz.\n", "Hafiz Tengku Aziz"),
        ("Tengku Nadia Tunku Rahman, the deputy minister, will also attend.\n", "Nadia Tunku Rahman"),
        ("Home Minister Datuk Kamal Tengku Yusri said the visit mattered.\n", "Kamal Tengku Yusri"),
    ],
)
def test_malay_royal_patronymic_inside_name(body: str, name: str) -> None:
    assert name in _names(_run(body))


def test_honorific_alone_after_name_still_closes_it() -> None:
    b = _run("Home Minister Datuk Kamal Yusri said Tengku would not attend.\n")
    assert "Kamal Yusri" in _names(b)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He will be joined by Sarawak Deputy Premier Datuk Amar Wong Ah Kit.\n", "Wong Ah Kit"),
        ("Also present was Transport Minister Datuk Patinggi Jamil Openg Sani.\n", "Jamil Openg Sani"),
        ("Labour Minister Dato Amar Bakar Suhaili spoke after the talks.\n", "Bakar Suhaili"),
    ],
)
def test_sarawak_datuk_grades(body: str, name: str) -> None:
    assert name in _names(_run(body))


def test_amar_after_other_honorific_is_a_given_name() -> None:
    b = _run("Health Minister Dr Amar Dhillon said the visit mattered.\n")
    assert "Amar Dhillon" in _names(b)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "He will be joined by Sabah Deputy Premier Joseph Kinabun.\n",
            "Joseph Kinabun",
            "Sabah Deputy Premier",
        ),
        ("Ontario Deputy Premier Linda Marsh will also attend.\n", "Linda Marsh", "Ontario Deputy Premier"),
        ("The mission is led by Lagos Vice Governor Ada Okonkwo.\n", "Ada Okonkwo", "Lagos Vice Governor"),
    ],
)
def test_local_office_with_grade(body: str, name: str, role: str) -> None:
    assert _role(_run(body), name)[0] == role


def test_deputy_after_name_is_no_local_title() -> None:
    b = _run("He will be joined by Deputy Minister Linda Marsh.\n")
    assert _role(b, "Linda Marsh")[0] == "Deputy Minister"


@pytest.mark.parametrize(
    "body",
    [
        "The leaders will meet in Bandar Seri Begawan on Wednesday.\n",
        "Officials said the talks in Bandar Seri Begawan went well.\n",
        "He flew from Bandar Seri Begawan to Manila.\n",
    ],
)
def test_style_word_inside_city_name(body: str) -> None:
    assert "Begawan" not in _names(_run(body))


def test_style_word_opening_a_name_after_a_city() -> None:
    b = _run("In Kuching Datuk Seri Rahman Taib welcomed the visitors.\n")
    assert "Rahman Taib" in _names(b)


@pytest.mark.parametrize(
    ("body", "name", "role", "country"),
    [
        (
            "He will meet Brunei's Second Minister of Foreign Affairs Dato Haji Ismail bin Haji Daud.\n",
            "Ismail bin Haji Daud",
            "Second Minister of Foreign Affairs",
            "Brunei",
        ),
        (
            "He will also meet Singapore's Second Minister for Finance Jane Lee.\n",
            "Jane Lee",
            "Second Minister for Finance",
            "Singapore",
        ),
        (
            "It will be co-chaired by Second Vice Minister of Foreign Affairs of the Republic of Korea"
            " Park Ji-ho.\n",
            "Park Ji-ho",
            "Second Vice Minister of Foreign Affairs",
            "South Korea",
        ),
    ],
)
def test_second_opens_title(body: str, name: str, role: str, country: str) -> None:
    assert _role(_run(body), name) == (role, country)


def test_second_before_rank_stays_with_rank() -> None:
    b = _run("Army spokesman Second Brigadier General Hamid Rostami told reporters the drill was routine.\n")
    assert _role(b, "Hamid Rostami")[0] == "Army spokesman"


_CNA = (
    "Taipei, May 4 (CNA) Foreign Minister Lin Wei-chen will visit Paraguay from May 14 to 20, MOFA said.\n\n"
)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("(By Amy Chou and Ho Li-wen)\nEnditem/AW\n", ["Amy Chou", "Ho Li-wen"]),
        ("(By Daniel Kuo)\nEnditem/ML\n", ["Daniel Kuo"]),
        ("(Reported By Grace Hsu and Tony Lai)\n", ["Grace Hsu", "Tony Lai"]),
    ],
)
def test_bracketed_byline_capital_by(credit: str, names: list[str]) -> None:
    got = _names(_run("Lin will meet President Rodrigo Vera in Asuncion.\n\n" + credit, _CNA))
    assert all(n in got for n in names)


def test_bracketed_aside_is_no_byline() -> None:
    got = _names(
        _run("Lin will meet President Rodrigo Vera in Asuncion.\n\n(By May 20 the talks end.)\n", _CNA)
    )
    assert not any(n.startswith("May") for n in got)


_ALC = (
    "KUALA LUMPUR, July 13 (Bernama) -- Prime Minister Datuk Seri Farid Osman will undertake a two-day "
    "working visit to Brunei Darussalam beginning tomorrow for the 9th Annual Border Consultation (ABC).\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "The Prime Minister and the Sultan will co-chair the ABC in Bandar Seri Begawan on Wednesday.\n",
        "The two leaders will chair the ABC at the Istana on Wednesday.\n",
        "Farid will co-chair the ABC with the Sultan on Wednesday.\n",
    ],
)
def test_visit_beginning_tomorrow_meeting_day_by_short_name(body: str) -> None:
    main = next(e for e in _run(body, _ALC).events if e.kind == "main")
    assert (main.date, main.end_date) == (date(2026, 7, 15), None)


def test_visit_beginning_tomorrow_with_no_dated_meeting_keeps_visit() -> None:
    main = next(
        e
        for e in _run("Farid will also meet Malaysians living in Brunei.\n", _ALC).events
        if e.kind == "main"
    )
    assert main.date == date(2026, 7, 14)


_YON = "SEOUL, Feb 24 (Yonhap) -- President Han Dong-su will make a state visit to Vietnam next week.\n\n"


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("First lady Yoo Mi-ran will accompany Han on the trip.\n", "Yoo Mi-ran", "First lady"),
        ("First lady Choi Eun-jung is also expected to attend.\n", "Choi Eun-jung", "First lady"),
        ("Senior minister Jane Doe will accompany Han on the trip.\n", "Jane Doe", "Senior minister"),
    ],
)
def test_sentence_case_title_at_sentence_start(body: str, name: str, role: str) -> None:
    assert _role(_run(body, _YON), name) == (role, "South Korea")


def test_sentence_start_modifier_without_head_is_no_title() -> None:
    b = _run("Senior officials Yoo Mi-ran and Choi Eun-jung will accompany Han.\n", _YON)
    assert all(p.role != "Senior officials" for p in b.people)
