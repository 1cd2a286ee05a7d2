"""Leaders, round 20: a country written with an ampersand ("the President of Xland & Yland, A") closes a
title; a leader's country from the text's descriptions of the office ("the first visit by an Indian Prime
Minister", "the first Prime Ministerial visit from India", "the first talks between a British prime
minister and ... since A visited", a later "The US president is due"); and a leader's counterpart named
with no title holds the leader's office ("President A will meet his Xish counterpart B")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, want",
    [
        (
            "During the visit, the Minister will call on the President of Trinidad & Tobago, "
            "H.E. Ms. Alicia Marie Charles, and hold talks.\n",
            "Alicia Marie Charles",
            ("President", "Trinidad and Tobago"),
        ),
        (
            "The delegation will be received by the Prime Minister of Antigua & Barbuda, Mr. Joel Baptiste, "
            "on Monday.\n",
            "Joel Baptiste",
            ("Prime Minister", "Antigua and Barbuda"),
        ),
        (
            "The minister will meet the Foreign Minister of Bosnia & Herzegovina, Mr. Denis Kovac, in "
            "Sarajevo.\n",
            "Denis Kovac",
            ("Foreign Minister", "Bosnia and Herzegovina"),
        ),
    ],
)
def test_ampersand_country_closes_title(text: str, name: str, want: tuple[str, str]) -> None:
    assert _people(text)[name] == want


def test_ampersand_between_two_countries_is_no_country() -> None:
    got = _people("The envoy of Ghana & Togo, Mr. Kofi Mensah, will attend the talks on Monday.\n")
    assert got.get("Kofi Mensah", (None, None))[1] not in ("Ghana", "Togo", "Ghana & Togo")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Prime Minister's Office\n\nPM to visit Fiji and Samoa\n\n"
            "Prime Minister Shri Arjun Mehta will undertake official visits to Fiji and Samoa from 2-9 July. "
            "In Suva, Prime Minister will discuss the port that Japan is building with support from "
            "Australia. This will be Prime Minister's second visit to Fiji and the first by an Indian "
            "Prime Minister "
            "in 20 years.\n",
            "Arjun Mehta",
            "India",
        ),
        (
            "Prime Minister's Office\n\nPM to visit Chile and Peru\n\n"
            "Prime Minister Erik Solberg will pay official visits to Chile and Peru in May. In Lima he will "
            "discuss the port that Japan is building with support from Australia. It will be the first Prime "
            "Ministerial visit from Norway to the region in a decade.\n",
            "Erik Solberg",
            "Norway",
        ),
        (
            "Leader to tour the Pacific\n\n"
            "Prime Minister Olivia Grant will visit Tonga and Fiji next week to discuss a port that Japan is "
            "building with support from Australia, the first trip to the islands by a New Zealand prime "
            "minister since 2019.\n",
            "Olivia Grant",
            "New Zealand",
        ),
        (
            "Talks on the margins\n\n"
            "Tom Ashby will meet Li Wenhao at the summit in Lima on Monday, the first talks between a "
            "British prime minister and China's president since Ruth Caldwell visited Beijing in 2018.\n",
            "Ruth Caldwell",
            "United Kingdom",
        ),
        (
            "Holden to join leaders in Manila\n\n"
            "Manila (AFP) – Ray Holden will fly into Manila this weekend for a summit, on the first leg of a "
            "tour that will also take him to Japan and South Korea.\n\n"
            "Philippine President Carlo Reyes said Holden had confirmed he would attend.\n\n"
            '"We are honoured that President Holden has agreed to come," Reyes told reporters.\n\n'
            "The US president is due on Sunday to witness the signing.\n",
            "Ray Holden",
            "United States",
        ),
    ],
)
def test_leader_described_by_country_and_office(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_described_office_of_a_named_holder_is_not_reassigned() -> None:
    # the Xish president is already named with the country word: the other president keeps none of it
    got = _people(
        "Summit in Lima\n\nPresident Ray Holden and Peruvian President Ana Solis will meet in Lima. "
        "The Peruvian president is due on Sunday.\n"
    )
    assert got["Ray Holden"][1] != "Peru"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The meeting follows Prime Minister Tom Ashby's visit to Warsaw in January, where he and his "
            "Polish counterpart Jan Nowicki agreed to work on a new treaty.\n",
            "Jan Nowicki",
            "Prime Minister",
        ),
        (
            "Chinese President Li Wenhao will meet his US counterpart Ray Holden in Busan on Thursday.\n",
            "Ray Holden",
            "President",
        ),
        (
            "German Chancellor Karl Brandt will host his Austrian counterpart Lena Huber in Berlin on "
            "Friday.\n",
            "Lena Huber",
            "Chancellor",
        ),
    ],
)
def test_leaders_counterpart_holds_the_office(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_ministers_counterpart_gets_the_ministers_title() -> None:
    # round 24b's counterpart convention: a minister's counterpart holds the minister's office too
    got = _people(
        "Foreign Minister Tom Ashby will meet his Polish counterpart Jan Nowicki in Warsaw on Friday.\n"
    )
    assert got["Jan Nowicki"][0] == "Foreign Minister"
