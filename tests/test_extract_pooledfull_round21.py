"""Round 21 (pooled person_full): a bare title that departs a city and returns names its holder's home; a
first-person author travelling abroad for a bloc's meeting with one state is of that state."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2031, 3, 1)


def _person(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in b.people]}"
    return found[0]


def _country(text: str, name: str) -> str | None:
    return _person(extract(text, source="t", today=TODAY), name).country


# --- "The Foreign Minister departs Xcity on <day> and returns on <day>" -------------------------------------

_DEPARTS = [
    (
        "Trade Minister to attend Pacific trade talks\n\n"
        "Trade Minister Harriet Polglase will travel to Suva next week for the regional trade ministers' "
        "meeting on Tuesday 11 March.\n\n"
        "She will hold bilateral meetings on the margins with several Pacific ministers.\n\n"
        "The Trade Minister departs Wellington on Monday 10 March and returns on Thursday 13 March.",
        "Harriet Polglase",
        "New Zealand",
    ),
    (
        "Defence Minister to visit Jakarta\n\n"
        "Defence Minister Oskar Lindqvist will travel to Jakarta for talks with his hosts on maritime "
        "security on Wednesday.\n\n"
        "The Defence Minister leaves Stockholm on Tuesday and will return on Friday.",
        "Oskar Lindqvist",
        "Sweden",
    ),
    (
        "Foreign Minister to attend the summit in Nairobi\n\n"
        "Foreign Minister Beatriz Oyarzún will travel to Nairobi for the summit on 4 April.\n\n"
        "She will also call on the President of Kenya.\n\n"
        "The Foreign Minister departs Santiago on 2 April and returns on 6 April.",
        "Beatriz Oyarzún",
        "Chile",
    ),
]


def test_title_departs_city_and_returns() -> None:
    for text, name, country in _DEPARTS:
        assert _country(text, name) == country, text


def test_title_departs_for_a_city_is_no_home() -> None:
    # leaving the host's capital for a further stop, with no return home: no home is told
    text = (
        "Foreign Minister to visit Nairobi and Kampala\n\n"
        "Foreign Minister Beatriz Oyarzún will travel to Nairobi for talks on 4 April.\n\n"
        "The Foreign Minister departs Nairobi for Kampala on 5 April."
    )
    assert _country(text, "Beatriz Oyarzún") != "Kenya"


# --- "I will travel to Xcity ... the ASEAN-Yland meeting": the author is Yland's ----------------------------

_BLOC = [
    (
        "Senator the Hon Gemma Rowcliffe\nMinister for Trade\n\n"
        "Media release\n\n"
        "Travel to Jakarta\n\n"
        "9 March 2031\n\n"
        "I will travel to Jakarta tomorrow to attend the economic ministers' meetings, hosted by Indonesia "
        "as ASEAN Chair.\n\n"
        "I will take part in the ASEAN-Australia Economic Ministers' Consultations.\n\n"
        "I will hold bilateral meetings with a number of counterparts, including Japan's Minister of "
        "Economy, Trade and Industry Sato Kenji and China's Commerce Minister Liu Wei.\n\n"
        "I will also call on President Budi Santoso.\n\n"
        "At the meetings I will raise concerns about the situation in Myanmar and Russia's war against "
        "Ukraine.",
        "Gemma Rowcliffe",
        "Australia",
    ),
    (
        "Hon Tobias Kerrigan\nMinister for Foreign Affairs\n\n"
        "Media statement\n\n"
        "Travel to Kuala Lumpur\n\n"
        "9 March 2031\n\n"
        "I will travel to Kuala Lumpur on Monday for the ASEAN-Canada Ministerial Meeting, hosted by "
        "Malaysia.\n\n"
        "I will hold bilateral meetings with Singapore's Foreign Minister Tan Wei Ming, Thailand's Foreign "
        "Minister Somchai Rattana and Vietnam's Foreign Minister Pham Van Duc.\n\n"
        "I will also call on Prime Minister Hamzah Aziz.\n\n"
        "We will discuss the crisis in Myanmar and Russia's war against Ukraine.",
        "Tobias Kerrigan",
        "Canada",
    ),
    (
        "The Hon Priya Ramaswamy\nMinister for Defence\n\n"
        "Media release\n\n"
        "Travel to Manila\n\n"
        "9 March 2031\n\n"
        "I will travel to Manila this week for the ASEAN-India defence ministers' informal meeting, hosted "
        "by the Philippines as ASEAN Chair.\n\n"
        "I will meet a number of counterparts, including Japan's Defence Minister Ito Hiroshi and "
        "Vietnam's Defence Minister Pham Van Duc.\n\n"
        "I will also call on President Ramon Dizon.\n\n"
        "We will discuss the situation in Myanmar and Russia's war against Ukraine.",
        "Priya Ramaswamy",
        "India",
    ),
]


def test_first_person_bloc_partner() -> None:
    for text, name, country in _BLOC:
        assert _country(text, name) == country, text


def test_first_person_pair_of_two_blocs() -> None:
    # a pair of two organisations names no state: the author takes none of them from it
    text = (
        "Hon Tobias Kerrigan\nMinister for Foreign Affairs\n\n"
        "Media statement\n\n"
        "Travel to Kuala Lumpur\n\n"
        "9 March 2031\n\n"
        "I will travel to Kuala Lumpur on Monday for the EU-ASEAN Ministerial Meeting, hosted by "
        "Malaysia.\n\n"
        "I will hold bilateral meetings with Singapore's Foreign Minister Tan Wei Ming, Thailand's Foreign "
        "Minister Somchai Rattana and Vietnam's Foreign Minister Pham Van Duc.\n\n"
        "I will also call on Prime Minister Hamzah Aziz.\n\n"
        "We will discuss the crisis in Myanmar and Russia's war against Ukraine."
    )
    assert _country(text, "Tobias Kerrigan") not in ("European Union", "ASEAN")
