"""Roles, round 19 (role3): the office beats the rank when a unit's name closes it ("Rear Admiral A, Director
of the X Boundary Division, Royal Xish Navy"; "Commander of the Southern Naval Area Rear Admiral A";
"Vice-Senior General A, Vice-Chairman of X"); "former Xish President A" keeps "former"; "Standing Deputy
Prime Minister"; joined titles a party's name, "Politburo" or a dash carries on ("Prime Minister and
Secretary-General of the X Party A", "Politburo member and Minister of Y A", "Deputy Prime Minister –
Foreign Minister A"); the League of Xish States is an organisation; the founders of a format are past
holders of their offices."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 2)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, today=_TODAY), name)
    return p.role, p.country


def _role(text: str, name: str) -> str | None:
    return _person(text, name)[0]


# ---- an apposed office closing on a unit's noun beats the rank before the name ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The delegation includes Rear Admiral Oskar Lindqvist, Director of the Maritime Boundary "
            "Division, Royal Norwegian Navy, and legal experts.",
            "Oskar Lindqvist",
            "Director of the Maritime Boundary Division, Royal Norwegian Navy",
        ),
        (
            "Experts will be led by Brigadier General Tomasz Wilk, Head of the Military Survey Directorate, "
            "and two advisers.",
            "Tomasz Wilk",
            "Head of the Military Survey Directorate",
        ),
        (
            "Among the participants was Colonel Ines Duarte, Chief of the Naval Hydrography Department, who "
            "spoke on charts.",
            "Ines Duarte",
            "Chief of the Naval Hydrography Department",
        ),
        (
            "Vice Admiral Lena Holm, Commander of the Allied Rapid Reaction Headquarters, will brief "
            "ministers.",
            "Lena Holm",
            "Commander of the Allied Rapid Reaction Headquarters",
        ),
        (
            "Vice-Senior General Aung Kyaw Min, Vice-Chairman of the National Council and Deputy Prime "
            "Minister, will oversee the relief work.",
            "Aung Kyaw Min",
            "Vice-Chairman of the National Council and Deputy Prime Minister",
        ),
    ],
)
def test_apposed_office_beats_the_rank(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_rank_with_no_office_after_it_stays() -> None:
    text = "Vice-Senior General Aung Kyaw Min will oversee the relief work in the north."
    assert _role(text, "Aung Kyaw Min") == "Vice-Senior General"


# ---- a unit named before the holder's rank closes the title ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The drills were watched by Commander of the Kenya Navy's Coastal Naval Area Rear Admiral Juma "
            "Otieno and foreign observers.",
            "Juma Otieno",
            "Commander of the Kenya Navy's Coastal Naval Area",
        ),
        (
            "Commander Ghana Fleet Vice Admiral Kofi Mensah, who directs the exercise, said the drills would "
            "build trust.",
            "Kofi Mensah",
            "Commander Ghana Fleet",
        ),
        (
            "He was accompanied by Secretary of the State Administration Council General Thura Aung and "
            "several ministers.",
            "Thura Aung",
            "Secretary of the State Administration Council",
        ),
    ],
)
def test_unit_before_the_rank_closes_the_title(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_no_person_made_of_the_unit_and_the_grade() -> None:
    text = "Commander Ghana Fleet Vice Admiral Kofi Mensah said the drills would build trust."
    names = [p.name for p in extract(text, today=_TODAY).people]
    assert names == ["Kofi Mensah"]


def test_a_name_before_a_rank_is_no_unit() -> None:
    text = "Prime Minister Lena Ostrova met General Pavel Dorn and the service chiefs on Monday."
    assert _role(text, "Lena Ostrova") == "Prime Minister"


# ---- "former" before a country word ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Lula is expected to visit former Argentine President Elena Moreno at her home in the capital.",
            "Elena Moreno",
            "former President",
            "Argentina",
        ),
        (
            "The meeting was the last chaired by former U.S. Defense Secretary Paul Granger, who launched "
            "the format.",
            "Paul Granger",
            "former Defense Secretary",
            "United States",
        ),
        (
            "Talks were opened by former Japanese Prime Minister Sato Kenji, now a special envoy.",
            "Sato Kenji",
            "special envoy",  # the post held now (round 19, pr19): the former office gives way to it
            "Japan",
        ),
    ],
)
def test_former_before_a_country_word(text: str, name: str, role: str, country: str) -> None:
    assert _person(text, name) == (role, country)


def test_former_elsewhere_stays_out() -> None:
    text = (
        "The former colony's Foreign Minister Ana Ruiz will attend. Argentine President Elena Moreno will "
        "too."
    )
    assert _role(text, "Elena Moreno") == "President"


# ---- "Standing Deputy Prime Minister" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wang will co-chair the meeting with Tran Van Hai, Standing Deputy Prime Minister of Vietnam, in "
        "Hanoi.",
        "Standing Deputy Prime Minister Tran Van Hai will host a banquet for the delegation.",
        "The talks were held with Standing Deputy Prime Minister Tran Van Hai on Monday.",
    ],
)
def test_standing_deputy_prime_minister(text: str) -> None:
    assert _role(text, "Tran Van Hai") == "Standing Deputy Prime Minister"


def test_standing_committee_member() -> None:
    text = "The delegation met Vu Minh Duc, a member of the Standing Committee, on Monday."
    assert _role(text, "Vu Minh Duc") != "Standing"


# ---- joined titles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The visits come at the invitation of Prime Minister and Secretary-General of the People's "
            "Unity Party Daniel Koh and his spouse.",
            "Daniel Koh",
            "Prime Minister and Secretary-General of the People's Unity Party",
        ),
        (
            "She will meet President and Chairman of the People's Democratic Party Tomas Varga and his "
            "ministers.",
            "Tomas Varga",
            "President and Chairman of the People's Democratic Party",
        ),
        (
            "The delegation includes Politburo member and Minister of National Defence General Tran Quoc "
            "Bao and other officials.",
            "Tran Quoc Bao",
            "Politburo member and Minister of National Defence",
        ),
        (
            "They were received by Politburo member and Permanent Member of the Secretariat Le Van Tam.",
            "Le Van Tam",
            "Politburo member and Permanent Member of the Secretariat",
        ),
        (
            "Presidium member and Minister of Public Security Nguyen Thanh Long will also attend.",
            "Nguyen Thanh Long",
            "Presidium member and Minister of Public Security",
        ),
        (
            "Also present was First Deputy Prime Minister – Minister of Finance Erlan Dosov, who signed "
            "the deal.",
            "Erlan Dosov",
            "First Deputy Prime Minister – Minister of Finance",
        ),
        (
            "Deputy Prime Minister – Foreign Minister Arman Sadykov is expected to receive the delegations.",
            "Arman Sadykov",
            "Deputy Prime Minister – Foreign Minister",
        ),
        (
            "The guests were welcomed by Deputy Prime Minister — Minister of Economy Daulet Omarov on "
            "Monday.",
            "Daulet Omarov",
            "Deputy Prime Minister — Minister of Economy",
        ),
    ],
)
def test_joined_titles(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_dash_after_a_name_joins_no_title() -> None:
    text = "Foreign Minister Arman Sadykov – Prime Minister Oleg Petrov's envoy – arrived on Monday."
    assert _role(text, "Arman Sadykov") == "Foreign Minister"


def test_a_three_word_name_after_a_body() -> None:
    text = (
        "He met Director General for Asia and African Affairs Abdul Rahim Santoso and Assistant Minister Hoa."
    )
    assert _role(text, "Abdul Rahim Santoso") == "Director General for Asia and African Affairs"


# ---- the League of Xish States ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministers will be joined by Secretary-General of the League of Arab States Karim Mansour and "
        "others.",
        "Arab League Secretary-General Karim Mansour said the summit would send a clear message.",
        "Karim Mansour, Secretary-General of the League of Arab States, will attend.",
    ],
)
def test_league_of_arab_states(text: str) -> None:
    assert _person(text, "Karim Mansour") == ("Secretary-General", "Arab League")


def test_a_league_body_stays_in_the_title() -> None:
    text = "Karim Mansour, Chairman of the Arab League Council, will attend."
    assert _role(text, "Karim Mansour") == "Chairman of the Arab League Council"


# ---- a format's founders hold their offices in the past; a joined title's one singular office --------------

_TRIANGLE = (
    "Deputy Prime Minister and Minister of Foreign Affairs Jan Kowal will host Minister for Europe and "
    "Foreign "
    "Affairs Luc Girard and Federal Foreign Minister Hans Weber in Gdansk on Thursday for a meeting of the "
    "Baltic Triangle.\n\nThe ministers will discuss support for Ukraine and sanctions against Russia.\n\n"
    "Ukraine's Minister of Foreign Affairs, Oleh Marchenko, will join them for lunch. Minister Kowal "
    "will then "
    "hold a bilateral meeting with Minister Weber on the Polish-German treaty.\n\n{history}"
)


@pytest.mark.parametrize(
    "history",
    [
        "The Baltic Triangle was established in 1991 in Gdansk by the foreign ministers of Poland, "
        "France and "
        "Germany, Adam Nowicki, Pierre Lunel and Karl Brandt. The last meeting took place in Warsaw.",
        "The format was founded in 1994 by the foreign ministers of Poland, France and Germany, Adam "
        "Nowicki, "
        "Pierre Lunel and Karl Brandt.",
        "The grouping was set up by the foreign ministers of Poland, France and Germany, Adam Nowicki, "
        "Pierre "
        "Lunel and Karl Brandt, after the end of the Cold War.",
    ],
)
def test_founders_do_not_hold_the_office_today(history: str) -> None:
    assert _person(_TRIANGLE.format(history=history), "Jan Kowal")[1] == "Poland"


def test_a_current_holder_still_takes_the_office() -> None:
    history = "Poland's Foreign Minister Adam Nowicki will also attend. Poland and France meet each year."
    assert _person(_TRIANGLE.format(history=history), "Jan Kowal")[1] is None
