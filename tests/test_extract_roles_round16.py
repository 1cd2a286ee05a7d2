"""Role rules, round 16 (roles): a portfolio whose second field takes an article and whose first is a
capitalised common noun ("Minister for Resilience and the Environment and Minister-in-charge of X A"); a
body's bracketed initials closing a title ("Commander of the Xland Defence Force (XDF), General A"); a
civil-service rank between a spokesperson's title and the name ("X Spokesperson Assistant Secretary A")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

TODAY = date(2031, 6, 2)
HEAD = "Ministers gather for regional talks\n\n"


def _person(text: str, name: str) -> Person | None:
    """The extracted person of that name, if any."""
    people = extract(HEAD + text, today=TODAY).people
    return next((p for p in people if p.name == name), None)


# ---- "and the <field>" inside a portfolio ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mr Varga will be accompanied by Minister for Resilience and the Environment and "
            "Minister-in-charge of Port Relations Teodora Halvik, and officials from his office.",
            "Teodora Halvik",
            "Minister for Resilience and the Environment and Minister-in-charge of Port Relations",
        ),
        (
            "The delegation includes Minister for Heritage and the Arts Rosalind Quennell and two senior "
            "officials.",
            "Rosalind Quennell",
            "Minister for Heritage and the Arts",
        ),
        (
            "He will call on Minister for Digital Development and the Arts Oskar Brennvik on Friday.",
            "Oskar Brennvik",
            "Minister for Digital Development and the Arts",
        ),
    ],
)
def test_portfolio_with_an_article(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role


def test_article_before_a_second_office_is_no_portfolio() -> None:
    p = _person(
        "Mr Varga met the Minister for Foreign Affairs and the Defence Minister Teodora Halvik on Friday.",
        "Teodora Halvik",
    )
    assert p is not None and p.role == "Defence Minister"


# ---- a body's initials closing the title -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "In Port Vasco, Air Marshal Kelwyn Aberdare will meet the Commander of the Republic of Velmara "
            "Defence Forces (RVDF), Major-General Tomas Qaliwa, and visit the training camp.",
            "Tomas Qaliwa",
            "Commander of the Republic of Velmara Defence Forces",
        ),
        (
            "She will pay a courtesy call on the Commander of the Ostrian National Armed Forces (ONAF), "
            "General Radek Sumirat, at its headquarters.",
            "Radek Sumirat",
            "Commander of the National Armed Forces",
        ),
        (
            "The meeting will be opened by the Chief Executive of the Northern Maritime Agency (NMA), "
            "Dr Helga Strandvik, on Monday.",
            "Helga Strandvik",
            "Chief Executive of the Northern Maritime Agency",
        ),
    ],
)
def test_body_initials_closing_a_title(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role is not None
    assert p.role.replace("Ostrian ", "") == role


def test_a_titles_own_qualifier_stays() -> None:
    p = _person("Secretary (ER) Vinod Kalaram will lead the delegation to the talks.", "Vinod Kalaram")
    assert p is not None and p.role == "Secretary (ER)"


# ---- a rank between a spokesperson's title and the name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "DFA Spokesperson Assistant Secretary Marisol Dantes told reporters the Secretary would attend.",
            "Marisol Dantes",
            "DFA Spokesperson",
        ),
        (
            "DND spokesperson Undersecretary Rolando Quimpo said the talks would go on as planned.",
            "Rolando Quimpo",
            "DND spokesperson",
        ),
        (
            "Foreign Ministry spokesperson Assistant Secretary Lito Balbuena said the agenda was set.",
            "Lito Balbuena",
            "Foreign Ministry spokesperson",
        ),
    ],
)
def test_rank_after_a_spokesperson(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role


def test_a_secretary_after_no_spokesperson_stays() -> None:
    text = "Deputy Assistant Secretary Marisol Dantes told reporters the talks would go on."
    p = _person(text, "Marisol Dantes")
    assert p is not None and p.role == "Deputy Assistant Secretary"


# ---- a contact block's title line in sentence case -------------------------------------------------------

_FOOT = "Ministers meet in Brussels\n\nThe ministers will meet on 3 June to discuss trade.\n\n"


@pytest.mark.parametrize(
    ("block", "name", "role"),
    [
        (
            "Press contact\nMirela Vostanik\nPress officer\n+32 2 555 01 01\n",
            "Mirela Vostanik",
            "Press officer",
        ),
        (
            "Media contact\nJoris Kettleby\nSenior communications adviser\n+32 2 555 01 02\n",
            "Joris Kettleby",
            "Senior communications adviser",
        ),
        (
            "Contact\nAnneke Varsholm\nLead spokesperson\n+32 2 555 01 03\n",
            "Anneke Varsholm",
            "Lead spokesperson",
        ),
    ],
)
def test_title_line_in_sentence_case(block: str, name: str, role: str) -> None:
    people = extract(_FOOT + block, today=TODAY).people
    p = next((x for x in people if x.name == name), None)
    assert p is not None and p.role == role


def test_a_sentence_case_line_that_is_no_title_gives_none() -> None:
    people = extract(
        _FOOT + "Media contact\nJoris Kettleby\nAll media enquiries\n+32 2 555 01 02\n", today=TODAY
    ).people
    p = next((x for x in people if x.name == "Joris Kettleby"), None)
    assert p is None or p.role is None


# ---- "Ministry of X" before a lower-case secretary-general or director-general ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Meanwhile, Ministry of Defence secretary-general Datuk Mira Sallehin told reporters that "
            "preparations were at the final stage.",
            "Mira Sallehin",
            "Ministry of Defence secretary-general",
        ),
        (
            "Ministry of Foreign Affairs secretary-general Halim Rozaini said the retreat would go ahead.",
            "Halim Rozaini",
            "Ministry of Foreign Affairs secretary-general",
        ),
        (
            "Ministry of Trade director-general Suriani Kamaludin said the talks would cover tariffs.",
            "Suriani Kamaludin",
            "Ministry of Trade director-general",
        ),
    ],
)
def test_ministry_of_before_a_lower_case_title(text: str, name: str, role: str) -> None:
    p = _person(text, name)
    assert p is not None and p.role == role


def test_foreign_ministry_before_a_lower_case_title_stays() -> None:
    p = _person(
        "Foreign Ministry secretary-general Halim Rozaini said the retreat would go ahead.", "Halim Rozaini"
    )
    assert p is not None and p.role == "Foreign Ministry secretary-general"
