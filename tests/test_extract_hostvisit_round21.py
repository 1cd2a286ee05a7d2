"""Country rules, round 21 (hostvisit): a person's country read from the text's structure rather than a word
beside the name. An analyst placed by "Xcity-based analyst A", by a description in apposition before the name
("a researcher at Universidad de X, A,"), by a workplace whose name holds a particle ("Universidad de los X in
Ycity") or whose owner names a city ("Xcity University's Institute"); "his Xish peer, A" as a counterpart;
"Xland, which ..., will be represented by A"; "A will head the Xish side"; "A is due to depart for Y ... and
return to Xland"; Italy's "Premier"; a subheadline's "Pentagon yet to say ..." that is news, not a letterhead;
"the defence ministers of X, Y and Z - Mr A, Mr B and Mr C -" spread over a dash-closed list."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 1)


def _country(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).country


# --- think-tank people placed by their workplace's place ---


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Lima-based analyst Rosa Quintanilla Vera said the talks would be closely followed.",
            "Rosa Quintanilla Vera",
            "Peru",
        ),
        (
            "A security researcher at the Indonesian Institute of Sciences, Tomi Hartanto, said the patrols "
            "had helped.",
            "Tomi Hartanto",
            "Indonesia",
        ),
        (
            "Defence analyst Julia Ferraz Lopes of the Universidad de los Lagos in Santiago said the accord "
            "mattered.",
            "Julia Ferraz Lopes",
            "Chile",
        ),
        (
            "Dr. Avner Golan, a Gulf expert at Haifa University's Centre for Maritime Strategy, said the "
            "partners were cautious.",
            "Avner Golan",
            "Israel",
        ),
    ],
)
def test_analyst_placed_by_workplace(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_analyst_without_a_placed_workplace_keeps_none() -> None:
    text = "A maritime researcher at the Strand Institute, Tomi Hartanto, said the patrols had helped."
    assert _country(text, "Tomi Hartanto") is None


# --- "his Xish peer" ---

_PEER = (
    "Varenland and Ostria to hold defence talks in Nairobi\n\n"
    "NAIROBI, Monday 2 March 2026 — Defence Ministers Otieno Kamau and Paul Brandt will meet on 9 March, "
    "joined by the Chief of the Defence Forces, General Samuel Mwangi Kariuki, and his German peer, "
    "General Lukas Hartmann Vogel, Chief of Defence.\n"
)
_PEER_NEAR = (
    "Talks in Nairobi\n\n"
    "NAIROBI, Monday 2 March 2026 — General Samuel Mwangi Kariuki, Chief of the Defence Forces, met his "
    "peers on Monday, among them General Lukas Hartmann Vogel, Chief of Defence.\n"
)


def test_peer_is_a_counterpart() -> None:
    assert _country(_PEER, "Lukas Hartmann Vogel") == "Germany"


def test_peer_without_a_country_gives_none_of_it() -> None:
    assert _country(_PEER_NEAR, "Lukas Hartmann Vogel") != "Germany"


# --- "Xland, which ..., will be represented by A" ---


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Austria, which has long stayed neutral, will be represented by Foreign Minister "
            "Klara Wendlinger.",
            "Klara Wendlinger",
            "Austria",
        ),
        (
            "Portugal, which joined the group last year, is to be represented by Defence Minister "
            "Rui Falcão.",
            "Rui Falcão",
            "Portugal",
        ),
        (
            "Chile, who chairs the forum this year, will be represented by Deputy Foreign Minister "
            "Marta Oyarce.",
            "Marta Oyarce",
            "Chile",
        ),
    ],
)
def test_represented_after_relative_clause(text: str, name: str, country: str) -> None:
    lead = (
        "Warsaw to host regional summit\n\n"
        "WARSAW, May 6 (Reuters) - Poland will host regional leaders in Warsaw on May 12. "
    )
    assert _country(lead + text, name) == country


# --- "A will head the Xish side" ---


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Vice Foreign Minister Li Qingshan will head the Chinese side.", "Li Qingshan", "China"),
        (
            "Deputy Minister Oleh Marchuk is expected to lead the Ukrainian delegation.",
            "Oleh Marchuk",
            "Ukraine",
        ),
        ("State Secretary Anja Pfeiffer will lead the German team.", "Anja Pfeiffer", "Germany"),
    ],
)
def test_head_of_a_named_side(sentence: str, name: str, country: str) -> None:
    text = (
        "Border talks in Almaty next week\n\nTalks on the border will open in Almaty on 12 March. " + sentence
    )
    assert _country(text, name) == country


def test_head_of_an_unnamed_side_gives_none_of_it() -> None:
    text = (
        "Border talks in Almaty next week\n\nTalks on the border will open in Almaty on 12 March. "
        "Deputy Minister Oleh Marchuk will lead the visiting delegation."
    )
    assert _country(text, "Oleh Marchuk") != "Ukraine"


# --- "depart for Y ... and return to Xland" ---


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Minister Dalberg is scheduled to depart for Kenya on Sunday, March 8, and return to Denmark "
            "on March 11.",
            "Denmark",
        ),
        (
            "Minister Dalberg will fly to Nairobi on Sunday and then return to Copenhagen on Wednesday.",
            "Denmark",
        ),
        (
            "Minister Dalberg is due to leave for Kenya on Sunday and return home to Norway on March 11.",
            "Norway",
        ),
    ],
)
def test_traveller_returns_home(sentence: str, country: str) -> None:
    text = (
        "Ministers to meet in Nairobi\n\nForeign ministers will meet in Nairobi on March 9, the ministry "
        "said. Foreign Minister Henrik Dalberg will attend. " + sentence
    )
    assert _country(text, "Henrik Dalberg") == country


def test_return_to_a_table_is_no_home() -> None:
    text = (
        "Ministers to meet in Nairobi\n\nForeign ministers will meet in Nairobi on March 9, the ministry "
        "said. Foreign Minister Henrik Dalberg will attend. Minister Dalberg will fly to Nairobi on Sunday "
        "and return to the Talks on Wednesday."
    )
    assert _country(text, "Henrik Dalberg") != "Denmark"


# --- Italy's Premier ---

_ROME = (
    "Italy to host GCAP ministers\n\n"
    "(ANSA) - ROME, MAR 3 - Defence Minister Carlo Benedetti will host British Defence Secretary Tom Avery "
    "in Rome on March 11.\n\n"
    "Premier Giulia Marchetti is expected to receive the visiting minister at Palazzo Chigi, sources said.\n"
)


def test_italian_premier() -> None:
    assert _country(_ROME, "Giulia Marchetti") == "Italy"


def test_premier_of_a_state_without_one_stays_refused() -> None:
    text = _ROME.replace("Italy", "Spain").replace("ROME", "MADRID").replace("Rome", "Madrid")
    assert _country(text, "Giulia Marchetti") != "Spain"


# --- a subheadline's news about a named issuer ---


@pytest.mark.parametrize(
    "sub",
    [
        "Russian and Indian delegations confirmed; Pentagon yet to say who it will send",
        "Allies confirm attendance; White House still weighing its delegation",
        "Dozens of ministers due as State Department stays silent",
    ],
)
def test_news_subheadline_names_no_issuer(sub: str) -> None:
    text = (
        "Beijing forum draws defence chiefs\n\n" + sub + "\n\n"
        "China will host defence officials at a forum in Beijing from September 17 to 19, the defence "
        "ministry said. Defence Minister Admiral Liu Hongwei will open the forum on September 18, according "
        "to defence ministry spokesman Senior Colonel Hu Zhenyu.\n"
    )
    assert _country(text, "Hu Zhenyu") == "China"


def test_letterhead_line_still_names_the_issuer() -> None:
    text = (
        "Office of the Spokesperson\n\nMedia Note\n\n"
        "Deputy Secretary Laura Finch will travel to Beijing on September 17, spokesman Adam Reyes said.\n"
    )
    assert _country(text, "Adam Reyes") == "United States"


# --- "the defence ministers of X, Y and Z - Mr A, Mr B and Mr C -" ---


@pytest.mark.parametrize(
    ("names", "countries"),
    [
        ("Mr Owen Hale, Mr Kenji Arata and Mr Vance", ["Australia", "Japan", "United States"]),
        ("Ms Clara Bright, Mr Kenji Arata and Mr Tom Vance", ["Australia", "Japan", "United States"]),
        ("Dr Owen Hale, Ms Yui Arata and Mr Tom Vance", ["Australia", "Japan", "United States"]),
    ],
)
def test_dash_closed_country_list(names: str, countries: list[str]) -> None:
    text = (
        "Defence chiefs gather\n\nSINGAPORE - Ministers will gather in Singapore from May 29 to 31. "
        "The defence ministers of Australia, Japan and the United States - " + names + " - are also expected "
        "to hold a trilateral meeting on May 31.\n"
    )
    b = extract(text, today=_TODAY)
    listed = [n.split(" ", 1)[1] for n in names.split(", ") for n in n.split(" and ")]
    for n, c in zip(listed, countries, strict=True):
        p = person(b, n)
        assert (p.role, p.country) == ("defence minister", c)


def test_dash_list_of_unequal_length_is_left() -> None:
    text = (
        "Defence chiefs gather\n\nSINGAPORE - Ministers will gather in Singapore from May 29 to 31. "
        "The defence ministers of Australia, Japan and the United States - Mr Owen Hale and Mr Kenji Arata - "
        "are also expected to meet.\n"
    )
    assert _country(text, "Owen Hale") != "Australia"


def test_represented_by_an_unnamed_body_gives_no_state() -> None:
    text = (
        "Warsaw to host regional summit\n\nWARSAW, May 6 (Reuters) - Poland will host regional leaders in "
        "Warsaw on May 12. The bloc, which has often been divided, will be represented by Envoy Marta Oyarce."
    )
    assert _country(text, "Marta Oyarce") != "Chile"
