"""Country rules, round 16 (countries30): a release's own place-and-date line over its body ("Xcity, 3 March
2031", "State House, Xcity, Monday, 9th June 2031") makes the capital's state the issuer (not under an
organisation's letterhead; one who accompanies another is then of that person's side, not the pair's other);
"organised by Xbody with its Director, A" gives A no state the sentence named before; "A will meet B before
returning to Xcity" gives the subject Xcity's state; a two-party meeting's party named once in passing
("frozen Xish assets") and not its host is no side an unplaced official falls back to."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


# ---- a release's place-and-date line ---------------------------------------------------------------------

_STATE_VISIT = (
    "PRESS RELEASE\n\n{line}\n\nState visit to Zambia of Mr Tendai Moyo, President of the Republic of "
    "Zimbabwe\n\nIt follows the visit of President Joseph Banda to Harare in May 2030.\n\nOn Wednesday 18 "
    "March, the Minister of Defence, Ms Ruth Mwale, will receive the Zimbabwean Minister of Home Affairs, "
    "Mr Farai Chikore, at the Ministry."
)
_STATE_HOUSE = (
    "{line}\n\nPresident Kwame Asante today held talks with Togolese Prime Minister Kossi Agbeko at State "
    "House.\n\nThe talks were attended by Defence Minister Ama Owusu and the Togolese Minister of Foreign "
    "Affairs Edem Kodjo.\n\nGovernment Spokesperson Yaw Boateng said the two countries would sign five "
    "agreements."
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (_STATE_VISIT.format(line="Lusaka, 3 March 2031"), "Ruth Mwale", "Zambia"),
        (_STATE_VISIT.format(line="Lusaka, March 3, 2031"), "Ruth Mwale", "Zambia"),
        (_STATE_HOUSE.format(line="State House, Accra, Monday, 9th June 2031"), "Kwame Asante", "Ghana"),
        (_STATE_HOUSE.format(line="State House, Accra, Monday, 9th June 2031"), "Yaw Boateng", "Ghana"),
    ],
)
def test_place_date_line_names_the_issuer(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_place_date_line_under_an_organisation_is_no_state_issuer() -> None:
    text = (
        "European Council\nPress release\n\nBrussels, 3 March 2031\n\nMinisters to discuss reconstruction "
        "with Kyiv\n\nIt follows the visit of President Joseph Banda to Kyiv in May 2030.\n\nOn Wednesday "
        "18 March, the President of the Eurogroup, Ms Ruth Mwale, will receive the Ukrainian Minister of "
        "Finance, Mr Farai Chikore."
    )
    assert _country(text, "Joseph Banda") != "Belgium"


def test_the_one_accompanied_is_of_the_escorts_side() -> None:
    text = (
        "Defence Minister to accompany the President at the Portugal-Morocco summit\n\nLisbon, 20 October "
        "2031\n\nThe Minister of Defence, Pedro Alves, will accompany the President of the Republic, Rui "
        "Fonseca, to the Portugal-Morocco Summit in Rabat on Thursday. The Moroccan delegation will be "
        "headed by Prime Minister Karim Bennani."
    )
    assert _country(text, "Rui Fonseca") == "Portugal"


# ---- "Xbody with its Director, A" ----------------------------------------------------------------------

_ITS = (
    "Foreign Minister Tanaka to receive Peruvian minister\n\nForeign Minister Hiro Tanaka will receive "
    "Peru's Minister of Foreign Affairs, Luis Quispe, on Wednesday at the ministry in Tokyo for the 3rd "
    "round of Japan-Peru consultations.\n\nOn Thursday, the Peruvian Minister will {what}."
)


@pytest.mark.parametrize(
    "what",
    [
        "take part in a trade seminar organized by JapanTrade with its Executive Director, Kenji Sato",
        "visit a seminar organised by Nippon Invest and its Executive Director, Kenji Sato",
        "attend a forum hosted by Andes Capital and its Chief Executive, Kenji Sato",
    ],
)
def test_its_officer_of_the_body_named_before(what: str) -> None:
    assert _country(_ITS.format(what=what), "Kenji Sato") != "Peru"


def test_its_after_a_country_still_names_that_country() -> None:
    text = (
        "Leaders gather\n\nPressure mounted on Moldova days after the inauguration of its new president, "
        "Ion Ciobanu."
    )
    assert _country(text, "Ion Ciobanu") == "Moldova"


# ---- "before returning to Xcity" -----------------------------------------------------------------------

_RETURNING = (
    "PM in Valletta today for talks with Borg\n\nPrime Minister Luca Moretti travels to Valletta today for "
    "talks with Maltese President George Borg on migration.\n\n{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Moretti will also meet with Speaker Anna Vella in the afternoon before returning to Rome.",
            "Italy",
        ),
        ("Moretti will then visit the harbour before returning home to Rome on Tuesday.", "Italy"),
        (
            "Moretti will then lay a wreath at the war memorial, before returning to Madrid late on Monday.",
            "Spain",
        ),
    ],
)
def test_subject_returning_home(sentence: str, country: str) -> None:
    assert _country(_RETURNING.format(sentence=sentence), "Luca Moretti") == country


def test_the_one_met_before_the_subject_returns_keeps_the_host() -> None:
    text = _RETURNING.format(
        sentence="Moretti will also meet with Speaker Anna Vella in the afternoon before returning to Rome."
    )
    assert _country(text, "Anna Vella") == "Malta"


# ---- a party named once in passing ----------------------------------------------------------------------

_PASSING = (
    "12.05.2031\n\nNordic foreign ministers meet in Bergen\n\nForeign Minister Erik Dahl hosted his Finnish "
    "counterpart, Foreign Minister Mikko Virtanen, in Bergen on 11–12 May.\n\nThe ministers discussed "
    "support for Estonia, {thing} and preparations for the summit in Riga.\n\nState Secretary Ingrid Berg "
    'and the Finnish Under-Secretary of State Aino Laine held consultations on energy.\n\n"We agreed to '
    'meet again in Turku," ministry spokesman Lars Holm said.'
)


@pytest.mark.parametrize(
    ("thing", "name"),
    [
        ("the use of frozen Belarusian assets", "Ingrid Berg"),
        ("the use of frozen Belarusian assets", "Lars Holm"),
        ("sanctions on Belarusian potash", "Lars Holm"),
    ],
)
def test_party_named_once_in_passing_is_no_side(thing: str, name: str) -> None:
    assert _country(_PASSING.format(thing=thing), name) == "Norway"
