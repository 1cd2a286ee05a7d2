"""People rules, round 17 (people3b): a US party's name after "ranking"/"top" heads a legislator's
title ("A, the ranking Democrat on the X Committee, said", "Ranking Republican B said"), as "ranking
member" does."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

TODAY = date(2031, 6, 2)
_HEAD = "Lawmakers weigh trip\n\nWASHINGTON — "


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=TODAY).people}


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Odessa Farlow, the ranking Democrat on the House Armed Services Committee, "
            "said the visit was overdue.",
            "Odessa Farlow",
            "ranking Democrat on the House Armed Services Committee",
        ),
        (
            "Maren Tolliver, the top Democrat on the Senate Banking Committee, "
            "told reporters the visit was overdue.",
            "Maren Tolliver",
            "top Democrat on the Senate Banking Committee",
        ),
        (
            "Sen. Lucan Brightwater, the ranking Republican on the Senate Foreign Relations subcommittee on "
            "Central Asia, said the visit was overdue.",
            "Lucan Brightwater",
            "ranking Republican on the Senate Foreign Relations subcommittee on Central Asia",
        ),
        (
            "Ranking Republican Thaddeus Merrow said the visit was overdue.",
            "Thaddeus Merrow",
            "Ranking Republican",
        ),
    ],
)
def test_party_member_after_ranking_heads_title(body: str, name: str, role: str) -> None:
    people = _people(_HEAD + body)
    assert name in people, people
    assert people[name] == role


def test_party_member_without_ranking_is_no_title() -> None:
    """ "a Republican on the committee": the party alone is no title (unchanged)."""
    body = "Odessa Farlow, a Republican on the House Armed Services Committee, said the visit was overdue."
    people = _people(_HEAD + body)
    assert people.get("Odessa Farlow", "missing") is None


# ---- initials the text defines as a title's ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Minister of External Affairs (EAM) Hemant Kulkarni will travel to Halden on Monday. "
            "EAM Kulkarni said he looked forward to the talks.",
            "Hemant Kulkarni",
        ),
        (
            "Air Chief Marshal (ACM) Somchai Rattanakorn will visit Halden on Monday. "
            "ACM Rattanakorn said he looked forward to the talks.",
            "Somchai Rattanakorn",
        ),
        (
            "National Security Adviser (NSA) Kiran Mehrotra will travel to Halden on Monday. "
            "NSA Mehrotra said he looked forward to the talks.",
            "Kiran Mehrotra",
        ),
    ],
)
def test_title_initials_open_no_name(body: str, name: str) -> None:
    """ "X Minister (XM) A ... XM B": the defined initials are the title, so B is A, not a person "Xm B"."""
    people = _people("Visit announced\n\n" + body)
    assert list(people) == [name]


def test_body_initials_before_title_unchanged() -> None:
    """A body's initials ("the X Forces (XF)") stay the office's initials before its title."""
    body = (
        "The Ruritanian Defence Forces (RDF) will host the drill on Monday. "
        "RDF Commander Orla Venn said the drill would cover logistics."
    )
    assert _people("Drill announced\n\n" + body) == {"Orla Venn": "Commander"}


# ---- a rank's initials and grade before a name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Air Marshal Rangi Parata will be accompanied by the Warrant Officer of the Defence Force, "
            "WO1 Mere Hakaraia.",
            "Mere Hakaraia",
            "Warrant Officer of the Defence Force",
        ),
        (
            "The ship was commanded by CPO2 Dmitri Halvorsen, who said the visit was welcome.",
            "Dmitri Halvorsen",
            None,
        ),
        ("WO2 Tamsin Okello said the visit was welcome.", "Tamsin Okello", None),
    ],
)
def test_graded_rank_initials_no_name_word(body: str, name: str, role: str | None) -> None:
    """ "WO1 A B": capitals with a grade figure are a rank (a name word holds no figure)."""
    people = _people("Visit announced\n\n" + body)
    assert name in people, people
    assert people[name] == role


def test_figure_word_before_no_name_unchanged() -> None:
    """A model's or forum's code ("SU35 Flanker jets", "the G20 Summit") makes no person."""
    body = "Two SU35 Flanker jets landed in Halden on Monday, Defence Minister Ola Brandt said."
    assert _people("Jets arrive\n\n" + body) == {"Ola Brandt": "Defence Minister"}


# ---- a title word spelt like a family name closing a titled name -------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Mr Dale will be accompanied by Resources Minister Coralie King and the ambassador, Kevin Ross.",
            "Coralie King",
            "Resources Minister",
        ),
        ("The envoy will meet Senator Amelia Prince on Monday.", "Amelia Prince", "Senator"),
        ("Trade Minister Hal King said the talks would go ahead.", "Hal King", "Trade Minister"),
    ],
)
def test_ruler_word_closing_titled_name_is_family_name(body: str, name: str, role: str) -> None:
    people = _people("Visit announced\n\n" + body)
    assert people.get(name) == role, people


def test_ruler_word_before_name_stays_title() -> None:
    """ "President A King B": a name word after it makes "King" the next person's title (unchanged)."""
    people = _people("Visit announced\n\nMr Dale met President Oduya King Mswati on Monday.")
    assert people.get("Mswati") == "King"
    assert people.get("Oduya") == "President"


# ---- a portfolio list's last item of one unknown word, then a long name ------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "The minister will meet the Minister of Human Resources and Vexillology Layla Saif Al Marzouqi "
            "to discuss workers.",
            "Layla Saif Al Marzouqi",
            "Minister of Human Resources and Vexillology",
        ),
        (
            "The minister will meet Minister of Human Resources and Vexillology Layla Saif Marzouqi "
            "to discuss workers.",
            "Layla Saif Marzouqi",
            "Minister of Human Resources and Vexillology",
        ),
        (
            "She will call on the Minister of Human Resources and Irrigation Brannoc Tuvell Ardry on Monday.",
            "Brannoc Tuvell Ardry",
            "Minister of Human Resources and Irrigation",
        ),
    ],
)
def test_unknown_last_portfolio_item_then_long_name(body: str, name: str, role: str) -> None:
    people = _people("Visit announced\n\n" + body)
    assert people.get(name) == role, people


def test_two_word_last_item_stays_portfolio() -> None:
    """ "and Constitutional Development A B": an item closing in a portfolio word keeps both words."""
    body = "The minister will meet Minister of Justice and Constitutional Development Kofi Mensah on Monday."
    people = _people("Visit announced\n\n" + body)
    assert people.get("Kofi Mensah") == "Minister of Justice and Constitutional Development", people


# ---- an honorific's spelling opening a people's plural name -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The minister said the Gulf state is home to more than 90,000 Sri Lankans, who work in construction.",
        "Sri Lankans abroad sent home record sums last year, Minister Kavinda Perera said.",
        "Thousands of Sri Lankans will vote in Halden, Minister Kavinda Perera said.",
    ],
)
def test_demonym_plural_after_honorific_spelling_is_no_person(body: str) -> None:
    people = _people("Visit announced\n\n" + body)
    assert "Lankans" not in people, people
    assert all("Lankan" not in n for n in people), people


def test_honorific_before_name_unchanged() -> None:
    """ "Sri A B": the honorific before a name stays one (no people's name after it)."""
    people = _people("Visit announced\n\nSri Ravindra Kulkarni will travel to Halden on Monday.")
    assert "Ravindra Kulkarni" in people, people
