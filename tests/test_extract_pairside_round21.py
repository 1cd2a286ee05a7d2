"""People given the wrong side of a pair, round 21 (pairside): a country that closes a list of titled names
is not carried back over a pair that co-chairs or signs ("co-chaired by T1 A and T2 B of Yland") or past a
name with its own "of Xland"; a country carried along a list of titles stops at an office that country
already has filled ("... in Tashkent, Foreign Minister A, and ... in Dushanbe, Foreign Minister B");
"the Prime Minister of Xland, A, Prime Minister B" leaves B of no Xland; Bhutan and the Maldives have a
Foreign Secretary beside their Foreign Minister; a city after "before flying on to" is the next stop, not
where the sentence's call takes place."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        # a pair that co-chairs or signs: one of each side, the closing "of Yland" only the second's
        (
            "JAKARTA - Indonesia and Malaysia will hold their annual consultation in Jakarta on 4 May. It "
            "will be preceded by a preparatory meeting co-chaired by Director General for Asian Affairs "
            "Rudi Hartanto and Deputy Secretary General Azlina Kamarudin of Malaysia.",
            "Rudi Hartanto",
            "Indonesia",
        ),
        (
            "ADDIS ABABA - Ethiopia and Kenya will review the corridor accord on Monday. The accord was "
            "signed last year by Prime Minister Tesfaye Girma and President Daniel Mwangi of Kenya after "
            "talks in Addis Ababa.",
            "Tesfaye Girma",
            "Ethiopia",
        ),
        (
            "Washington, May 2 - The United States and India will hold their dialogue next week. Before "
            "it, Assistant Secretary of State Laura Whitcombe and Joint Secretary Meera Pillai of India's "
            "Ministry of External Affairs will co-chair a working group.",
            "Laura Whitcombe",
            "United States",
        ),
        # a name with its own "of Xland" inside the list: the next "of Yland" closes no more than its own
        (
            "TOKYO - Japan will host the ministers on 3 June. The Foreign Minister will meet Secretary "
            "Dalton Reeve, External Affairs Minister Arjun Rao of India and Foreign Minister Mia Lawson of "
            "Australia. Secretary of State Dalton Reeve of the United States will also meet the Prime "
            "Minister.",
            "Dalton Reeve",
            "United States",
        ),
    ],
)
def test_closing_country_stops_at_a_pair(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_closing_country_still_closes_one_delegation() -> None:
    # near miss: a plain list of one delegation keeps the country written after its last name
    text = (
        "OTTAWA - The ministers will meet in Ottawa on 3 May. The talks will bring together Foreign "
        "Minister Lars Berg and Defence Minister Anna Lind of Sweden with their hosts."
    )
    assert _people(text)["Lars Berg"][1] == "Sweden"


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        # one Foreign (Defence, Prime) Minister per state: the one named after another state's is not of it
        (
            "The Minister will visit Central Asia. On Tuesday in Tashkent, she will meet Minister of "
            "Foreign Affairs Aziz Karimov, and on Wednesday in Dushanbe, Minister of Foreign Affairs "
            "Rustam Nazarov.",
            "Rustam Nazarov",
            "Uzbekistan",
        ),
        (
            "The envoy will tour the region. On Monday in Riga, he will meet Defence Minister Janis Ozols, "
            "and on Tuesday in Vilnius, Defence Minister Tomas Petraitis.",
            "Tomas Petraitis",
            "Latvia",
        ),
        (
            "The Minister will visit the Gulf. In Doha on 3 May she will meet Prime Minister Khalid Al "
            "Thani, and on 4 May in Kuwait City, Prime Minister Ahmad Al Sabah.",
            "Ahmad Al Sabah",
            "Qatar",
        ),
    ],
)
def test_chain_stops_at_a_filled_office(text: str, name: str, wrong: str) -> None:
    assert _people(text)[name][1] != wrong


def test_chain_still_carries_a_free_office() -> None:
    # near miss: a different office of the same state follows the one before
    text = (
        "Australia's Foreign Minister, Helen Brooks, Defence Minister Mark Pryor and the Treasurer will "
        "attend the talks in Canberra on 3 May."
    )
    assert _people(text)["Mark Pryor"][1] == "Australia"


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        # "the Prime Minister of Xland, A, Prime Minister B": two Prime Ministers, two states
        (
            "At the invitation of the Prime Minister of Japan, H.E. Mr. Sato Hiroki, Prime Minister Shri "
            "Vikram Joshi will visit Tokyo on 28 August.",
            "Vikram Joshi",
            "Japan",
        ),
        (
            "At the invitation of the President of Indonesia, H.E. Mr. Budi Santoso, President Carlos "
            "Duarte will pay a state visit to Jakarta on 4 May.",
            "Carlos Duarte",
            "Indonesia",
        ),
        (
            "At the invitation of the Foreign Minister of Japan, H.E. Mr. Sato Kenji, Foreign Minister Ana "
            "Lopes will visit Tokyo on 4 May.",
            "Ana Lopes",
            "Japan",
        ),
    ],
)
def test_no_second_holder_in_apposition(text: str, name: str, wrong: str) -> None:
    assert _people(text)[name][1] != wrong


def test_apposition_still_carries_another_office() -> None:
    # near miss: a different office after "the Prime Minister of Xland, A," keeps Xland
    text = (
        "At the invitation of the Prime Minister of Japan, H.E. Mr. Sato Hiroki, Foreign Minister Ana "
        "Lopes will visit Tokyo on 4 May."
    )
    assert _people(text)["Ana Lopes"][1] == "Japan"


@pytest.mark.parametrize(
    "state, city, host, neighbour",
    [
        ("Bhutan", "Paro", "Nepal", "Nepali"),
        ("Maldives", "Male", "Sri Lanka", "Sri Lankan"),
        ("Bhutan", "Thimphu", "Bangladesh", "Bangladeshi"),
    ],
)
def test_foreign_secretary_beside_the_foreign_minister(
    state: str, city: str, host: str, neighbour: str
) -> None:
    text = (
        f"The Prime Minister of {state} will make an official visit to {host} next week at the invitation "
        f"of {host}'s Prime Minister Ram Adhikari. The 20-member delegation, which leaves {city} on 2 May, "
        "includes Foreign Minister Karma Wangchuk, Foreign Secretary Sonam Dorji and officials from the "
        f"trade ministry. Karma Wangchuk will meet her {neighbour} counterpart, Foreign Minister Gita "
        "Sharma, separately."
    )
    assert _people(text)["Sonam Dorji"][1] == state


def test_foreign_secretary_where_none_is_styled_so() -> None:
    # near miss: a Foreign Secretary of a state whose ministers are not so styled is given no such state
    text = (
        "The Prime Minister of Norway will visit Nepal next week. The delegation includes Foreign "
        "Secretary Ola Nordmann."
    )
    assert _people(text)["Ola Nordmann"][1] != "Norway"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "The defence ministers will meet in Tokyo on Tuesday. Minister Grant, who arrives Monday, will "
            "also pay a courtesy call on Prime Minister Kenji Morita on Wednesday before flying on to "
            "Seoul.",
            "Kenji Morita",
            "Japan",
        ),
        (
            "The envoy will be in Nairobi on 3 May. She will call on President Samuel Otieno before "
            "heading to Kampala for the regional talks.",
            "Samuel Otieno",
            "Kenya",
        ),
        (
            "The minister arrives in Hanoi on Sunday. He will call on Prime Minister Tran Van Long on "
            "Monday before flying on to Vientiane.",
            "Tran Van Long",
            "Vietnam",
        ),
    ],
)
def test_next_stop_is_not_where_the_call_is(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_name_after_the_next_stop_is_there() -> None:
    # near miss: the host named after "before continuing to Ycity" is in Ycity
    text = (
        "Premier Li will travel to Munich, where he will meet the Minister-President, before continuing to "
        "Paris for the summit hosted by President Louis Garnier on 22 June."
    )
    assert _people(text)["Louis Garnier"][1] == "France"
