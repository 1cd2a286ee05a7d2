"""Country rules, round 20 (issuer): whose text it is. A diplomatic post named by its own state's word (a
letterhead line "U.S. Embassy & Consulate in Xland" or "Xish High Commission", a "From: Xish High Commission
Ycity" line, a closing "contact the Xish High Commission press office") makes that state the issuer, so its
visiting delegation is not of the host the release is datelined in or names under the post; a first-person
release opening "Today I will travel to Ycity for the Xland-Yland meeting" is Xland's, and "I will be
accompanied by A" makes A the author's, not the first host official's; in an issuer's release on its own
meeting, "a working lunch hosted by A" beside another gathering's city ("the NATO Summit in Zcity") is no cue
that A is of Zland."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract(text, today=_TODAY).people}


_EMBASSY = (
    "U.S. Embassy & Consulate in Vietnam\n"
    "Media Advisory\n"
    "\n"
    "Congressional Delegation to Visit Vietnam\n"
    "\n"
    "HANOI – A bipartisan congressional delegation led by House Armed Services Committee Chairman "
    "Harold Brennick will visit Vietnam March 4-6, 2025. The delegation includes Representative Lorna "
    "Castellanos.\n"
    "\n"
    "During the visit, the delegation will meet Minister of Industry and Trade Tran Quoc Binh.\n"
    "\n"
    "Chargé d'Affaires ad interim Dennis Whitmore will host a working breakfast for the delegation "
    "with Vietnamese business leaders on March 5.\n"
)
_HIGH_COMMISSION = (
    "Canadian High Commission\n"
    "Ghana\n"
    "\n"
    "Media Release\n"
    "\n"
    "12 May 2025\n"
    "\n"
    "Parliamentary Delegation to visit Ghana\n"
    "\n"
    "The Speaker of the Senate, Senator Marie-Claude Fortier, will lead a parliamentary delegation to "
    "Accra from 19 to 22 May 2025.\n"
    "\n"
    "The delegation includes Senator Douglas Whitby.\n"
    "\n"
    "While in Accra, the delegation will call on the President of Ghana and meet the Speaker of "
    "Parliament, Kwame Boateng.\n"
)
_CONTACT_LINE = (
    "Press release\n"
    "\n"
    "Minister to visit Kenya\n"
    "\n"
    "Minister for Africa Gareth Pryce-Owen will visit Nairobi on 5 and 6 March 2025 for talks on trade and "
    "climate finance.\n"
    "\n"
    "Minister of State for Development Alison Treharne will join the visit.\n"
    "\n"
    "Media wishing to attend should contact the British High Commission press office by 12 noon on 4 March.\n"
)
_FROM_LINE = (
    "Press release\n"
    "\n"
    "Minister to visit Kenya\n"
    "\n"
    "From: British High Commission Nairobi\n"
    "\n"
    "Minister for Africa Gareth Pryce-Owen will visit Nairobi on 5 and 6 March 2025 for talks on trade and "
    "climate finance.\n"
    "\n"
    "Minister of State for Development Alison Treharne will join the visit.\n"
)


@pytest.mark.parametrize(
    "text, name, country",
    [
        (_EMBASSY, "Lorna Castellanos", "United States"),
        (_HIGH_COMMISSION, "Douglas Whitby", "Canada"),
        (_CONTACT_LINE, "Alison Treharne", "United Kingdom"),
        (_FROM_LINE, "Gareth Pryce-Owen", "United Kingdom"),
    ],
)
def test_a_posts_own_state_is_the_issuer(text: str, name: str, country: str) -> None:
    assert _countries(text)[name] == country


def test_the_host_sides_officials_stay_the_hosts() -> None:
    assert _countries(_EMBASSY)["Tran Quoc Binh"] == "Vietnam"
    assert _countries(_HIGH_COMMISSION)["Kwame Boateng"] == "Ghana"


def test_a_post_named_in_the_story_gives_no_issuer() -> None:
    # a news story's sentence about the U.S. Embassy is no letterhead: the dateline's official stays its own
    text = (
        "Officials meet over visa backlog\n\n"
        "SEOUL – Deputy Minister Kang Min-jun met officials at the U.S. Embassy on Monday to discuss "
        "the visa backlog, the ministry said.\n\n"
        "Director-General Park Soo-ah will follow up on Friday.\n"
    )
    assert _countries(text)["Park Soo-ah"] == "South Korea"


_FIRST_PERSON = (
    "THE HON GRAHAM KELLERMAN MP\n"
    "DEPUTY PRIME MINISTER\n"
    "MINISTER FOR DEFENCE\n"
    "\n"
    "MEDIA RELEASE\n"
    "\n"
    "Monday, 4 August 2025\n"
    "\n"
    "Australia–Indonesia Defence Ministers' Meeting\n"
    "\n"
    "Today I will travel to Jakarta for the Australia–Indonesia Defence Ministers' Meeting with the "
    "Minister of Defence, Adi Santoso, to be held tomorrow.\n"
    "\n"
    "This will be our fourth meeting in this format.\n"
    "\n"
    "Minister Santoso and I will discuss our shared commitment to a peaceful and stable region.\n"
    "\n"
    "While in Jakarta I will also meet the Minister of Foreign Affairs, Retno Halim.\n"
    "\n"
    "I will be accompanied by the Chief of the Defence Force, Admiral Peter Hollis.\n"
    "\n"
    "Quotes attributable to the Deputy Prime Minister and Minister for Defence, Graham Kellerman:\n"
    "\n"
    "\"Indonesia is one of our closest partners.\"\n"
)
_TOMORROW = (
    "THE HON FIONA ASHBY MP\n"
    "DEPUTY PRIME MINISTER\n"
    "MINISTER FOR DEFENCE\n"
    "\n"
    "MEDIA RELEASE\n"
    "\n"
    "Monday, 4 August 2025\n"
    "\n"
    "Australia–Indonesia Defence Ministers' Meeting\n"
    "\n"
    "Tomorrow I will travel to Jakarta for the Australia–Indonesia Defence Ministers' Meeting with "
    "the Minister of Defence, Adi Santoso, to be held tomorrow.\n"
    "\n"
    "This will be our fourth meeting in this format.\n"
    "\n"
    "Minister Santoso and I will discuss our shared commitment to a peaceful and stable region.\n"
    "\n"
    "While in Jakarta I will also meet the Minister of Foreign Affairs, Retno Halim.\n"
    "\n"
    "I will be accompanied by the Chief of the Defence Force, Admiral Naomi Ferris.\n"
    "\n"
    "Quotes attributable to the Deputy Prime Minister and Minister for Defence, Fiona Ashby:\n"
    "\n"
    "\"Indonesia is one of our closest partners.\"\n"
)
_THIS_WEEK = (
    "THE HON GRAHAM KELLERMAN MP\n"
    "DEPUTY PRIME MINISTER\n"
    "MINISTER FOR DEFENCE\n"
    "\n"
    "MEDIA RELEASE\n"
    "\n"
    "Monday, 4 August 2025\n"
    "\n"
    "Australia–Vietnam Defence Ministers' Meeting\n"
    "\n"
    "This week I will travel to Hanoi for the Australia–Vietnam Defence Ministers' Meeting with the "
    "Minister of Defence, Phan Van Giang, to be held tomorrow.\n"
    "\n"
    "This will be our fourth meeting in this format.\n"
    "\n"
    "Minister Giang and I will discuss our shared commitment to a peaceful and stable region.\n"
    "\n"
    "While in Hanoi I will also meet the Minister of Foreign Affairs, Bui Thanh Long.\n"
    "\n"
    "I will be accompanied by the Chief of the Defence Force, Admiral Grant Mercer.\n"
    "\n"
    "Quotes attributable to the Deputy Prime Minister and Minister for Defence, Graham Kellerman:\n"
    "\n"
    "\"Vietnam is one of our closest partners.\"\n"
)


@pytest.mark.parametrize(
    "text, name",
    [(_FIRST_PERSON, "Peter Hollis"), (_TOMORROW, "Naomi Ferris"), (_THIS_WEEK, "Grant Mercer")],
)
def test_a_first_person_visitors_companion_is_the_authors(text: str, name: str) -> None:
    assert _countries(text)[name] == "Australia"


def test_the_visited_ministers_stay_the_hosts() -> None:
    got = _countries(_FIRST_PERSON)
    assert got["Adi Santoso"] == "Indonesia"
    assert got["Retno Halim"] == "Indonesia"


_LUNCH = (
    "MINISTRY OF NATIONAL DEFENCE OF THE REPUBLIC OF ESTONIA\n"
    "\n"
    "Tallinn, 3 March 2025\n"
    "\n"
    "Estonian-Finnish battalion declared ready\n"
    "\n"
    "The battalion was declared ready at a ceremony in Tallinn on Monday, attended by Finland's President "
    "Sauli Koivisto and Estonia's President Kaarel Tamm.\n"
    "\n"
    "The ceremony was also attended by Prime Minister Kristjan Kask, Minister of Defence Liisa Rebane, "
    "Finland's Minister of Defence Heikki Lahtinen and the Chief of Defence of Estonia, General Martin "
    "Herem.\n"
    "\n"
    "After the ceremony, Minister Rebane and Minister Lahtinen held a bilateral meeting, discussing "
    "preparations for the NATO Summit in Madrid in June. President Tamm and President Koivisto held talks, "
    "followed by a working lunch hosted by Prime Minister Kask.\n"
)


@pytest.mark.parametrize("city", ["Madrid", "The Hague", "Warsaw"])
def test_a_lunch_host_beside_another_gatherings_city_is_the_issuers(city: str) -> None:
    got = _countries(_LUNCH.replace("Madrid", city))
    assert got["Kristjan Kask"] == "Estonia"
    assert got["Liisa Rebane"] == "Estonia"


def test_a_lunch_host_in_a_partys_city_stays_that_partys() -> None:
    text = (
        "MINISTRY OF NATIONAL DEFENCE OF THE REPUBLIC OF ESTONIA\n"
        "\n"
        "Tallinn, 3 March 2025\n"
        "\n"
        "Estonian and Finnish ministers to meet in Helsinki\n"
        "\n"
        "Estonia's Minister of Defence Liisa Rebane will travel to Helsinki on Monday for talks with "
        "Finland's Minister of Defence Heikki Lahtinen.\n"
        "\n"
        "The talks in Helsinki will be followed by a working lunch hosted by Prime Minister Antti Virtanen.\n"
    )
    assert _countries(text)["Antti Virtanen"] == "Finland"
