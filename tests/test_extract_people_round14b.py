"""People rules, round 14b: names from naming traditions worldwide (royal styles, Thai and other honorifics,
Arabic patronymic chains, an honorific before a title) and news-style descriptions after a name (a post's
city, a workplace's country, a letterhead's service unit), with the things that are no people (a ship
named after a person, a division of a ministry)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)
HEAD = "Talks in the capital\n\n"


def _b(text: str) -> Briefing:
    return extract(HEAD + text, today=TODAY)


def _names(b: Briefing) -> set[str]:
    return {p.name for p in b.people}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Qatar's Minister of State, His Royal Highness Prince Fahad bin Khalid Al Thani, met the envoy.",
            "Fahad bin Khalid Al Thani",
            "Minister of State",
        ),
        (
            "His Highness Sheikh Majid bin Rashid Al Mansoori, Minister of Energy of the United Arab "
            "Emirates, will visit Oslo.",
            "Majid bin Rashid Al Mansoori",
            "Minister of Energy",
        ),
        (
            "The Kingdom's Ambassador to Japan, Princess Lamia bint Saud Al Faisal, attended the dinner.",
            "Lamia bint Saud Al Faisal",
            "Ambassador to Japan",
        ),
        (
            "Defence Minister Sheikha Mariam Al Zaabi greeted the delegation on Tuesday.",
            "Mariam Al Zaabi",
            "Defence Minister",
        ),
    ],
)
def test_a_royal_style_is_no_part_of_the_name_nor_the_title(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert name in _names(b)
    assert _get(b, name).role == role


def test_crown_prince_stays_an_office() -> None:
    b = _b("Crown Prince Faisal Al Harthy met the visiting delegation in the capital on Monday.")
    assert _get(b, "Faisal Al Harthy").role == "Crown Prince"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister also met Khun Ratchanee Wongsakul, Director-General of the Department of Trade.",
            "Ratchanee Wongsakul",
        ),
        (
            "Talks were attended by M.R. Chatchai Devakul, Permanent Secretary for Foreign Affairs.",
            "Chatchai Devakul",
        ),
        (
            "The delegation included M.L. Suphawadee Sanitwong, Deputy Permanent Secretary for Commerce.",
            "Suphawadee Sanitwong",
        ),
        ("The talks were opened by Thiru Karthik Raman, Joint Secretary for East Asia.", "Karthik Raman"),
    ],
)
def test_thai_and_tamil_honorifics_are_dropped_from_the_name(text: str, name: str) -> None:
    b = _b(text)
    assert name in _names(b)
    assert not any(n.startswith(("Khun", "M.R.", "M.L.", "Thiru")) for n in _names(b))


@pytest.mark.parametrize(
    "text",
    [
        "His Highness is scheduled to call on the Hon'ble Prime Minister on Friday.",
        "The envoy will call on the Hon. Foreign Minister before leaving.",
        "The visitor will be received by the Honourable Speaker of the House.",
    ],
)
def test_an_honorific_before_a_title_makes_no_person_of_the_title(text: str) -> None:
    b = _b(text)
    assert not any(n in ("Prime", "Foreign", "Speaker") for n in _names(b))


@pytest.mark.parametrize(
    ("first", "full"),
    [
        ("Prince Nawaf bin Saad", "Nawaf bin Saad Al Rashid"),
        ("Sheikh Hamdan bin Zayed", "Hamdan bin Zayed Al Nuaimi"),
        ("Minister Abdullah bin Omar", "Abdullah bin Omar Al Harbi"),
    ],
)
def test_a_patronymic_chain_first_joins_the_full_name_later(first: str, full: str) -> None:
    b = extract(
        f"Defence Minister {first} to visit Tokyo\n\n"
        f"Japan's Defence Minister welcomed the Minister of Defence, {full}, to Tokyo on Monday.",
        today=TODAY,
    )
    ours = [p for p in b.people if p.name.startswith(full.split()[0])]
    assert [p.name for p in ours] == [full]


def test_two_people_sharing_two_first_words_stay_apart() -> None:
    b = _b("Minister Jane Doe met Ambassador Jane Doerr and Senator Jane Doe Smith on Monday.")
    assert {"Jane Doe", "Jane Doe Smith"} <= _names(b)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Liang Hao, a spokesman for the embassy in Canberra, said: "We welcome the talks."',
            "Liang Hao",
            "spokesman for the embassy",
        ),
        (
            "Marta Rios, Chile's ambassador in Wellington, said the relationship was back on track.",
            "Marta Rios",
            "ambassador",
        ),
        (
            "Ivo Petrov, the Bulgarian consul in Chicago, told reporters the visit went well.",
            "Ivo Petrov",
            "consul",
        ),
        ("Hana Kim, South Korea's envoy in Jakarta, said talks would resume.", "Hana Kim", "envoy"),
    ],
)
def test_a_post_city_closing_an_apposition_keeps_the_person(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert _get(b, name).role == role


def test_a_place_that_is_no_city_keeps_the_apposition_open() -> None:
    b = _b("Ana Ruiz, a diplomat in Fooqux Brill, said the talks went well.")
    assert "Ana Ruiz" not in _names(b) or _get(b, "Ana Ruiz").role != "diplomat"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Lena Park, a researcher at the Diplomatic Academy of Vietnam, said the visit mattered.",
            "Lena Park",
            "Vietnam",
        ),
        (
            "Omar Aziz, a professor at the National Defence University of Pakistan, said so.",
            "Omar Aziz",
            "Pakistan",
        ),
        (
            "Rosa Lim, an associate professor at the University of the Philippines Asian Center, said so.",
            "Rosa Lim",
            "Philippines",
        ),
        (
            "Tama Ruru, a senior lecturer in Pacific security at Victoria University of Wellington, said so.",
            "Tama Ruru",
            "New Zealand",
        ),
    ],
)
def test_a_workplace_named_of_a_country_or_city_gives_the_country(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_workplace_named_after_no_place_gives_no_country() -> None:
    b = _b("Nils Berg, a senior fellow at the Institute of Strategic Studies, said the talks went well.")
    assert _get(b, "Nils Berg").country is None


def test_a_workplace_acronym_in_brackets_closes_the_apposition() -> None:
    b = _b("Eva Stein, a senior fellow at the Nordic Council on Security Affairs (NCSA) in Oslo, said so.")
    assert _get(b, "Eva Stein").role == "senior fellow at the Nordic Council on Security Affairs"


@pytest.mark.parametrize(
    "text",
    [
        "The minister toured the research vessel Dr. Fridolin Marsh in the harbour.",
        "Sailors of the frigate Admiral Ilya Petrenko joined the exercise.",
        "The navy's icebreaker Captain Anna Lund docked in the port.",
    ],
)
def test_a_ship_named_after_a_person_is_no_person(text: str) -> None:
    assert not _names(_b(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "According to Khun Malee Srisuk, Director of the Public Relations Division, they agreed.",
            "Malee Srisuk",
            "Director of the Public Relations Division",
        ),
        (
            "Jonas Weber, Minister for Manpower, said the plan was on track.",
            "Jonas Weber",
            "Minister for Manpower",
        ),
        (
            "The Assistant Secretary of State for African Affairs, Mr. Paul R. Grant, led the delegation.",
            "Paul R. Grant",
            "Assistant Secretary of State for African Affairs",
        ),
        (
            "The Commander of U.S. Africa Command, General Dana K. Voss, joined the call.",
            "Dana K. Voss",
            "Commander of U.S. Africa Command",
        ),
    ],
)
def test_portfolio_and_body_words_stay_in_the_title(text: str, name: str, role: str) -> None:
    b = _b(text)
    assert _get(b, name).role == role
    assert not ({"Division", "Africa", "African", "Manpower"} & _names(b))


def test_a_newsdesk_contact_is_no_person() -> None:
    b = _b("The minister will visit Hanoi on Monday.\n\nMedia enquiries: FCDO Newsdesk.")
    assert not any("Newsdesk" in n for n in _names(b))


@pytest.mark.parametrize(
    ("unit", "country"),
    [
        ("Kenya Defence Forces", "Kenya"),
        ("Ghana Armed Forces", "Ghana"),
        ("Royal Thai Navy", "Thailand"),
    ],
)
def test_a_sign_off_title_line_with_its_service_unit(unit: str, country: str) -> None:
    b = _b(
        "The ministry will host the dialogue on Monday.\n\nIssued by:\nCol. Amara K. Osei\n"
        f"Military Spokesperson, {unit}"
    )
    p = _get(b, "Amara K. Osei")
    assert p.role == f"Military Spokesperson, {unit}"
    assert p.country == country


def test_a_sign_off_title_line_with_a_place_after_the_comma_takes_no_place() -> None:
    b = _b("The ministry will host the dialogue on Monday.\n\nIssued by:\nAmara K. Osei\nSpokesperson, Accra")
    assert all(p.role != "Spokesperson, Accra" for p in b.people)
