"""People rules, round 18 (people9): a capitalised run closed by a state form's or a body's word
("Democratic Republic of X", "Xland's Enhanced Forward Presence", "the Weimar Triangle of X") is no person
of the country after it or of its possessive owner; a title's body read past its place word to the comma
("the Administrator of the Xland Canal Authority, A B,") gives the name after the comma that title; a
country's service inside a title ("Inspector of the Xish Army, Lieutenant General A") is no rank, so the
office beats the rank after the comma."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


_LEAD = "Foreign Minister Jane Doe will meet her counterpart in Brussels on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence, junk",
    [
        # the corpus wording
        (
            "Discussions will focus on the situations in Sudan, the Sahel and the eastern "
            "Democratic Republic of Congo; on migration and mobility.",
            "Democratic Republic",
        ),
        (
            "Around 150 British troops are deployed to Poland as part of NATO's Enhanced Forward Presence.",
            "Enhanced Forward Presence",
        ),
        ("The format brings together the Weimar Triangle of France, Germany and Poland.", "Weimar Triangle"),
        # paraphrases with other names and countries
        ("Talks will cover the Islamic Republic of Iran and its nuclear programme.", "Islamic Republic"),
        ("Troops serve in Canada's Northern Presence along the coast.", "Northern Presence"),
        ("The Lublin Triangle of Poland, Lithuania and Ukraine meets yearly.", "Lublin Triangle"),
        ("The Socialist Federation of Xland was dissolved decades ago.", "Socialist Federation"),
    ],
)
def test_state_form_or_body_is_no_person(sentence: str, junk: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert junk not in people
    assert "Jane Doe" in people


@pytest.mark.parametrize(
    "sentence, name, role, country",
    [
        (
            "In the afternoon, the Administrator of the Panama Canal Authority, Ricaurte Vásquez Morales, "
            "will accompany the Secretary on a tour.",
            "Ricaurte Vásquez Morales",
            "Administrator of the Panama Canal Authority",
            "Panama",
        ),
        (
            "Later, the Director of the Kenya Ports Authority, Amina Wanjiru Otieno, will brief them.",
            "Amina Wanjiru Otieno",
            "Director of the Kenya Ports Authority",
            "Kenya",
        ),
        (
            "The Chairman of the Egypt Suez Canal Authority, Karim Farouk Nassar, will host a lunch.",
            "Karim Farouk Nassar",
            "Chairman of the Egypt Suez Canal Authority",
            "Egypt",
        ),
    ],
)
def test_title_reads_to_its_body_before_the_comma_name(
    sentence: str, name: str, role: str, country: str
) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert people.get(name) == (role, country)
    assert not any(n.endswith("Authority") for n in people)


def test_surname_that_is_a_thing_word_stays_a_person() -> None:
    """Negative: a thing's word first ("Park") is a surname; the rule reads only the run's last word."""
    text = (
        "Secretary Blinken met Foreign Minister Park Jin of the Republic of Korea in Tokyo on Friday.\n\n"
        "South Korea's Park Min-su, a lawmaker, said the talks went well.\n"
    )
    people = _people(text)
    assert "Park Jin" in people
    assert people["Park Jin"][1] == "South Korea"
    assert "Park Min-su" in people


@pytest.mark.parametrize(
    "sentence, name, office, country",
    [
        # the corpus wording
        (
            "The ceremony was attended by the Inspector of the German Army, Lieutenant General Alfons Mais.",
            "Alfons Mais",
            "Inspector of the German Army",
            "Germany",
        ),
        # paraphrases
        (
            "The parade was led by the Inspector of the Indian Navy, Vice Admiral Ravi Kumar Sen, on Friday.",
            "Ravi Kumar Sen",
            "Inspector of the Indian Navy",
            "India",
        ),
        (
            "He met the Director of the French Army, General Paul Lemaire.",
            "Paul Lemaire",
            "Director of the French Army",
            "France",
        ),
        (
            "She thanked the Inspector of the Italian Army, General Marco Bellandi, for his support.",
            "Marco Bellandi",
            "Inspector of the Italian Army",
            "Italy",
        ),
    ],
)
def test_office_reads_past_a_country_service_before_the_rank(
    sentence: str, name: str, office: str, country: str
) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert people.get(name) == (office, country)


def test_army_rank_after_a_ministry_stays_the_name_part() -> None:
    """Negative: 'Army General' right after a portfolio (no country word before it) is a rank."""
    people = _people(_LEAD + "He met Minister of National Defence Army General Tran Van Minh on Friday.\n")
    assert people.get("Tran Van Minh", (None, None))[0] == "Minister of National Defence"
