"""People rules, round 14c: a portfolio's common noun is no name ("... for International Economics A B"),
a post's city closing a title before a comma name, "Ambassador Extraordinary and Plenipotentiary",
portfolio lists inside a title, a body's possessive inside a portfolio, "a delegation of Xish lawmakers led
by A", the EU's Council and Parliament, and a capitals letterhead naming a first-person release's author."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _names(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


# --- a portfolio's common noun is no name word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "She noted that Deputy National Security Advisor for International Economics Daleep Singh had"
            " conveyed the same message.",
            "Daleep Singh",
            "Deputy National Security Advisor for International Economics",
        ),
        (
            "The chief will be accompanied by Deputy Director General and Head of the Department of Nuclear"
            " Safety and Security Tomasz Wierzbicki, who led the review.",
            "Tomasz Wierzbicki",
            "Deputy Director General and Head of the Department of Nuclear Safety and Security",
        ),
        (
            "Special Adviser for Energy Economics Laura Brandt met the delegation on Monday.",
            "Laura Brandt",
            "Special Adviser for Energy Economics",
        ),
        (
            "Director of Public Safety and Security Omar Haddad briefed the ministers.",
            "Omar Haddad",
            "Director of Public Safety and Security",
        ),
        (
            "Minister for International Organizations Petra Novak will attend the forum.",
            "Petra Novak",
            "Minister for International Organizations",
        ),
    ],
)
def test_a_portfolio_common_noun_stays_in_the_title(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert _get(b, name).role == role
    assert not any(n.split()[0] in ("Economics", "Safety", "Organizations") for n in _names(b))


def test_a_given_name_after_a_portfolio_stays_a_name() -> None:
    b = _b("Minister for Finance Lawrence Doe met the governor.")
    assert _get(b, "Lawrence Doe").role == "Minister for Finance"


# --- a post's city closes the title before a name set off by commas --------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Australia's High Commissioner in London, Stephen Smith, has travelled to Adelaide"
            " for the talks.",
            "Stephen Smith",
            "High Commissioner in London",
            "Australia",
        ),
        (
            "Kenya's Ambassador in Berlin, Grace Wanjiru, attended the dinner.",
            "Grace Wanjiru",
            "Ambassador in Berlin",
            "Kenya",
        ),
        (
            "The Indian Consul-General in Dubai, Ravi Menon, said the talks went well.",
            "Ravi Menon",
            "Consul-General in Dubai",
            "India",
        ),
        (
            "Japan's Ambassador and Permanent Representative to the International Organizations in Vienna,"
            " Yuki Hosokawa, said Tokyo welcomed the trip.",
            "Yuki Hosokawa",
            "Ambassador and Permanent Representative to the International Organizations in Vienna",
            "Japan",
        ),
    ],
)
def test_a_posts_city_closes_the_title(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_a_minister_in_a_city_is_no_post() -> None:
    b = _b("The minister in Paris, France, said so.")
    assert "France" not in _names(b)


# --- Ambassador Extraordinary and Plenipotentiary -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "H.E. Ms. Mylene J. Garcia-Albano, Ambassador Extraordinary and Plenipotentiary of the"
            " Republic of the Philippines to Japan, will accompany the Philippine side.",
            "Mylene J. Garcia-Albano",
            "Ambassador Extraordinary and Plenipotentiary to Japan",
            "Philippines",
        ),
        (
            "Ambassador Extraordinary and Plenipotentiary of Chile to Spain Marco Rojas presented"
            " his credentials.",
            "Marco Rojas",
            "Ambassador Extraordinary and Plenipotentiary to Spain",
            "Chile",
        ),
        (
            "Peru's Ambassador Extraordinary and Plenipotentiary, Ana Luz Vega, joined the talks.",
            "Ana Luz Vega",
            "Ambassador Extraordinary and Plenipotentiary",
            "Peru",
        ),
    ],
)
def test_ambassador_extraordinary_and_plenipotentiary(text: str, name: str, role: str, country: str) -> None:
    b = _b(text)
    p = _get(b, name)
    assert (p.role, p.country) == (role, country)
    assert "Extraordinary" not in _names(b)


# --- portfolio lists inside a title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "She will be joined by the Honourable Marc-André Tremblay, Minister of International"
            " Trade, Export Promotion, Small Business and Economic Development.",
            "Marc-André Tremblay",
            "Minister of International Trade, Export Promotion, Small Business and Economic Development",
        ),
        (
            "The council will hear a briefing from Bankole Adeyemi, the AU Commissioner for Political"
            " Affairs, Peace and Security.",
            "Bankole Adeyemi",
            "Commissioner for Political Affairs, Peace and Security",
        ),
        (
            "Minister of Trade, Tourism and Investment Jane Okoro will travel to Lagos.",
            "Jane Okoro",
            "Minister of Trade, Tourism and Investment",
        ),
        (
            "He met the Minister for Culture, Sport and Youth, Ana Silva, on Monday.",
            "Ana Silva",
            "Minister for Culture, Sport and Youth",
        ),
    ],
)
def test_a_portfolio_list_stays_in_the_title(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_names_after_a_title_and_comma_are_no_portfolio_list() -> None:
    b = _b("The Minister for Foreign Affairs, Penny Wong and Richard Marles met.")
    assert _get(b, "Penny Wong").role == "Minister for Foreign Affairs"
    assert "Richard Marles" in _names(b)


# --- a body's possessive inside a portfolio -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "A delegation headed by Hon. Peter Omondi, Chair of the National Assembly's Defence, Intelligence"
            " and Foreign Relations Committee, arrived.",
            "Peter Omondi",
            "Chair of the National Assembly's Defence, Intelligence and Foreign Relations Committee",
        ),
        (
            "Chair of the Parliament's Foreign Affairs Committee Jonas Berg met him.",
            "Jonas Berg",
            "Chair of the Parliament's Foreign Affairs Committee",
        ),
        (
            "Deputy Chair of the Senate's Armed Services Committee Laura Fenwick will attend.",
            "Laura Fenwick",
            "Deputy Chair of the Senate's Armed Services Committee",
        ),
    ],
)
def test_a_bodys_possessive_inside_a_portfolio(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


# --- a delegation of Xish lawmakers led by A ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "LONDON — Britain hosted talks. A visiting delegation of Kenyan parliamentarians headed by Hon."
            " Peter Omondi, Chair of the Defence Committee, arrived.",
            "Peter Omondi",
            "Kenya",
        ),
        (
            "LONDON — Britain hosted talks. A delegation of Ghanaian lawmakers led by Senator"
            " Kwame Mensah arrived.",
            "Kwame Mensah",
            "Ghana",
        ),
        (
            "LONDON — Britain hosted talks. A team of Brazilian negotiators, led by Ambassador"
            " Paulo Reis, arrived.",
            "Paulo Reis",
            "Brazil",
        ),
    ],
)
def test_a_delegation_of_a_countrys_people_led_by(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_delegation_of_plain_people_names_no_country() -> None:
    b = _b(
        "LONDON — Britain hosted talks with a delegation of business leaders led by Trade"
        " Minister Joe Bloggs."
    )
    assert _get(b, "Joe Bloggs").country != "Business"


# --- the EU's Council and Parliament --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "- President of the European Council António Costa",
            "António Costa",
            "President of the European Council",
        ),
        (
            "Leaders will attend, as will the President of the European Council, Charles Michel, in Vilnius.",
            "Charles Michel",
            "President of the European Council",
        ),
        (
            "KYIV — The President of the European Parliament, Roberta Metsola, arrived in Ukraine.",
            "Roberta Metsola",
            "President of the European Parliament",
        ),
    ],
)
def test_the_eus_council_and_parliament(text: str, name: str, role: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, "European Union")


def test_the_council_of_europe_is_no_eu_body() -> None:
    b = _b("Secretary General of the Council of Europe Alain Berset spoke in Strasbourg.")
    assert _get(b, "Alain Berset").country != "European Union"


# --- a capitals letterhead naming a first-person release's author ---------------------------------

_RELEASE = """THE HON {name} MP
DEPUTY PRIME MINISTER
MINISTER FOR DEFENCE

MEDIA RELEASE

{pair} Defence Ministers' Meeting in {city}

Today I announce that I will travel to {city} for the annual {pair} Defence Ministers' Meeting.

I will meet my counterpart to take forward our cooperation.
"""


@pytest.mark.parametrize(
    ("name", "pair", "city", "full", "country"),
    [
        ("GRAHAM POLLARD", "Australia-Indonesia", "Jakarta", "Graham Pollard", "Australia"),
        ("HELEN ORMSBY", "Singapore-Vietnam", "Hanoi", "Helen Ormsby", "Singapore"),
        ("DAVID KERR", "Australia-Philippines", "Manila", "David Kerr", "Australia"),
        ("SARAH LINDQVIST", "Japan-Australia", "Tokyo", "Sarah Lindqvist", "Australia"),
    ],
)
def test_a_letterhead_names_the_author(name: str, pair: str, city: str, full: str, country: str) -> None:
    b = _b(_RELEASE.format(name=name, pair=pair, city=city))
    p = _get(b, full)
    assert (p.role, p.country) == ("Deputy Prime Minister and Minister for Defence", country)


def test_a_capitals_line_without_courtesy_or_title_lines_is_no_person() -> None:
    b = _b("MEDIA RELEASE\n\nJOINT STATEMENT\n\nToday I announce that I will travel to Jakarta.\n")
    assert b.people == []


def test_a_rank_after_a_serial_and_opens_the_next_person() -> None:
    b = _b(
        "Xland's delegation will be led by Ambassador Mara Lind, Secretary General of the Ministry of Foreign"
        " Affairs, and Air Marshal Tomas Brel, Secretary General of the Ministry of Defence."
    )
    assert _get(b, "Tomas Brel").role == "Secretary General of the Ministry of Defence"
    assert _get(b, "Mara Lind").role == "Secretary General of the Ministry of Foreign Affairs"


def test_a_list_of_offices_is_no_portfolio_list() -> None:
    b = _b(
        "He met the Minister for Foreign Affairs, Defence Minister Rafael Ortiz and Trade Minister Ana Pires."
    )
    assert _get(b, "Rafael Ortiz").role == "Defence Minister"
    assert _get(b, "Ana Pires").role == "Trade Minister"
