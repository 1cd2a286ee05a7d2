"""People rules, round 15a (roles and missed names): names listed under a plural title after "including" or
"among them", a lower-case field closing a title ("for X peace and security affairs"), organisations a text
defines by their initials, a hyphenated personal rank after a title, "State Councilor" and "Pope" as
titles, a capitalised particle-like given name ("Liu Bin"), a sentence-opening portfolio word ("External
affairs minister")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.org_acronyms import defined_orgs
from briefings.models import Briefing

from .extract_helpers import person as _get
from .extract_helpers import sides_of

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


# --- a plural title, then "including" / "among them" and the names ---------------------------------


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "Lisbon will host defence ministers from eight countries, among them Spain's Ana Prieto, "
            "Norway's Lars Vik and Ireland's Sean Walsh, on 3 May.",
            ["Ana Prieto", "Lars Vik", "Sean Walsh"],
            "defence minister",
        ),
        (
            "The forum will gather foreign ministers of a dozen nations, including Chile's Tomas Ruiz and "
            "Kenya's Amina Odhiambo, in Nairobi next week.",
            ["Tomas Ruiz", "Amina Odhiambo"],
            "foreign minister",
        ),
        (
            "Finance ministers including Japan's Ken Mori, Brazil's Rui Costa and Canada's Emma Hart met "
            "in Rome.",
            ["Ken Mori", "Rui Costa", "Emma Hart"],
            "Finance minister",
        ),
        (
            "The summit drew trade ministers from the region, such as Vietnam's Tran Van Long and Peru's "
            "Lucia Vega.",
            ["Tran Van Long", "Lucia Vega"],
            "trade minister",
        ),
    ],
)
def test_names_listed_under_a_plural_title_take_its_singular(text: str, names: list[str], role: str) -> None:
    b = _b(text)
    for name in names:
        assert _get(b, name).role == role


def test_a_listed_name_with_its_own_title_keeps_it() -> None:
    b = _b(
        "Rome will host defence ministers from six countries, including Spain's Ana Prieto and British "
        "Defence Secretary Tom Reed."
    )
    assert _get(b, "Ana Prieto").role == "defence minister"
    assert _get(b, "Tom Reed").role == "Defence Secretary"


def test_names_after_a_plural_noun_that_is_no_title_get_none() -> None:
    b = _b("The talks drew experts from eight countries, including Spain's Ana Prieto and Norway's Lars Vik.")
    assert _get(b, "Ana Prieto").role is None


# --- a lower-case field closing a title in apposition --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Kim Dae-ho, special representative for Korean Peninsula peace and security affairs, will "
            "join the call from Seoul.",
            "Kim Dae-ho",
            "special representative for Korean Peninsula peace and security affairs",
            None,
        ),
        (
            "The call will include Tanaka Ryo, director-general for Asian and Oceanian affairs at Japan's "
            "foreign ministry, the ministry said.",
            "Tanaka Ryo",
            "director-general for Asian and Oceanian affairs",
            "Japan",
        ),
        (
            "Maria Lind, deputy director for Nordic and Baltic affairs at Sweden's foreign ministry, "
            "will attend.",
            "Maria Lind",
            "deputy director for Nordic and Baltic affairs",
            "Sweden",
        ),
        (
            "Omar Haddad, special envoy for maritime security issues, arrived in Doha.",
            "Omar Haddad",
            "special envoy for maritime security issues",
            None,
        ),
    ],
)
def test_a_lower_case_field_runs_to_its_affairs(text: str, name: str, role: str, country: str | None) -> None:
    p = _get(_b(text), name)
    assert p.role == role
    if country:
        assert p.country == country


def test_a_field_does_not_run_over_a_relative_clause() -> None:
    text = "Omar Haddad, special envoy for maritime security who handles trade issues, arrived in Doha."
    assert _get(_b(text), "Omar Haddad").role == "special envoy for maritime security"


# --- organisations defined by their initials ----------------------------------------------------


def test_an_organisation_defined_by_its_initials() -> None:
    text = (
        "The forum, organised by the London-based International Institute for Maritime Studies (IIMS), "
        "opens on Friday. The United Nations Conference on Trade and Development (UNCTAD) will attend."
    )
    assert defined_orgs(text) == {
        "IIMS": "International Institute for Maritime Studies",
        "UNCTAD": "United Nations Conference on Trade and Development",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the Ministry of Foreign Affairs (MOFA) met. The Japan Institute of Global Studies "
        "(JIGS) hosted them.",
        "The Self-Defense Forces (SDF) joined. The Asia Pacific Region (APR) was discussed.",
    ],
)
def test_a_state_body_or_a_region_is_no_organisation(text: str) -> None:
    assert defined_orgs(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "Held at the 5th Global Fund for Ocean Recovery (GFOR) summit in Lima. GFOR Executive Director "
            "Paulo Reis will chair the sessions.",
            "Paulo Reis",
            "Executive Director",
            "GFOR",
        ),
        (
            "The minister will receive a call from the Secretary-General of the World Organization for "
            "Desert Protection (WODP), Amadou Diallo, who will attend.",
            "Amadou Diallo",
            "Secretary-General",
            "WODP",
        ),
        (
            "The President of the Asian Agency for Rural Credit (AARC), Mei Tanaka, said on Monday that "
            "lending would rise.",
            "Mei Tanaka",
            "President",
            "AARC",
        ),
    ],
)
def test_an_official_of_an_organisation_defined_by_its_initials(
    text: str, name: str, role: str, org: str
) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, org)


def test_bilateral_meetings_with_counterparts_are_no_meeting_with_the_organiser() -> None:
    b = _b(
        "SINGAPORE, 20 May 2026\n\nMinister for Defence Dr Lim Wei will host defence ministers at the "
        "International Institute for Maritime Studies (IIMS) Harbour Dialogue. IIMS Director-General Dr "
        "Hanna Vogel will chair the sessions.\n\nDr Lim will hold bilateral meetings with his "
        "counterparts, including:\n- Japanese Minister of Defense Sato Ken; and\n- Indonesian Minister of "
        "Defence Budi Hartono."
    )
    assert ("bilateral", ["Hanna Vogel", "Lim Wei"]) not in sides_of(b)


# --- ranks, titles and names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chief of Defence Force Vice-Admiral Tan Kok Wee will host the chiefs.", "Tan Kok Wee",
         "Chief of Defence Force"),
        ("Chief of Naval Staff Rear-Admiral Ana Lopes will attend.", "Ana Lopes", "Chief of Naval Staff"),
        ("Chief of Army Lieutenant-General Simon Hale will attend.", "Simon Hale", "Chief of Army"),
    ],
)  # fmt: skip
def test_a_hyphenated_rank_after_a_title_opens_the_name(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chinese State Councilor and Foreign Minister Li Ming will attend.", "Li Ming",
         "State Councilor and Foreign Minister"),
        ("State Councillor Zhao Wei met the delegation in Beijing.", "Zhao Wei", "State Councillor"),
    ],
)  # fmt: skip
def test_state_councilor_is_a_title(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pope Francis will take part in a session in Rome, the White House said.", "Francis"),
        ("The prime minister will attend the inauguration Mass of Pope Leo XIV in Rome.", "Leo XIV"),
        ("In Canberra, officials said Pope Benedict XVI would visit Sydney.", "Benedict XVI"),
    ],
)
def test_the_pope_is_named_with_no_country(text: str, name: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == ("Pope", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China's Assistant Foreign Minister Liu Bin had earlier said the summit would be large.", "Liu Bin"),
        ("Vice Minister Wang Le said on Monday the talks went well.", "Wang Le"),
        ("Spokesperson Chen Da told reporters the visit was set.", "Chen Da"),
    ],
)
def test_a_particle_like_word_closing_a_name_is_a_given_name(text: str, name: str) -> None:
    assert _get(_b(text), name).name == name


def test_a_particle_before_a_name_word_stays_a_particle() -> None:
    b = _b("Foreign Minister Ahmad bin Hassan will attend the talks.")
    assert _get(b, "Ahmad bin Hassan").role == "Foreign Minister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("External affairs minister S Rao will host the talks in New Delhi.", "S Rao",
         "External affairs minister"),
        ("Home minister Anil Deshmane will attend the meeting.", "Anil Deshmane", "Home minister"),
        ("Finance minister Jane Okoro said the budget was ready.", "Jane Okoro", "Finance minister"),
    ],
)  # fmt: skip
def test_a_sentence_opening_portfolio_word_is_part_of_the_title(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


# --- "Party Secretary"; a body's title through "whose"; office and venue nouns as no names --------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In Shanghai, the minister will call on Chen Jie, Party Secretary of Shanghai, and meet firms.",
         "Chen Jie", "Party Secretary of Shanghai"),
        ("Li Hua, Party Secretary of Jiangsu, met the delegation.", "Li Hua", "Party Secretary of Jiangsu"),
        ("The minister met Party Secretary Zhou Ming in Wuhan.", "Zhou Ming", "Party Secretary"),
    ],
)  # fmt: skip
def test_party_secretary_is_a_title(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Leaders will attend a business summit co-hosted by the Korea Chamber of Commerce and Industry, "
            "whose chairman, Park Jin-woo, will deliver the opening remarks.",
            "Park Jin-woo",
            "chairman of the Korea Chamber of Commerce and Industry",
        ),
        (
            "The talks were arranged by the Nordic Shipping Association, whose president, Lars Berg, will "
            "attend.",
            "Lars Berg",
            "president of the Nordic Shipping Association",
        ),
        ("She met the Green Party, whose leader, Ana Lopes, said no.", "Ana Lopes",
         "leader of the Green Party"),
        (
            "The deal was signed with Apex Shipping Group, whose chief executive, Tom Hale, flew in.",
            "Tom Hale",
            "chief executive of the Apex Shipping Group",
        ),
    ],
)
def test_a_title_after_a_body_and_whose_is_the_body_s(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_a_title_after_a_person_and_whose_stays_as_written() -> None:
    b = _b("The minister thanked Jane Doe, whose adviser, Tom Hale, drafted the plan.")
    assert _get(b, "Tom Hale").role == "adviser"


@pytest.mark.parametrize(
    "text",
    [
        "Japan holds the G7 Presidency in 2025, the first meeting of G7 foreign ministers under the Japanese "
        "Presidency.",
        "Sessions will be held at the Lakeside Grand Hotel West. The ministers will talk.",
        "During the Outreach Sessions, the leaders will speak on food security.",
        "The exhibition is organised by the Permanent Mission of Chile to the United Nations.",
    ],
)
def test_office_and_venue_nouns_are_no_names(text: str) -> None:
    assert _b(text).people == []


# --- "<Title> in the <Ministry> <Name>" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Briefing reporters on the summit leg, Secretary (West) in the External Affairs Ministry Vikram "
            "Sood said India would press for a strong message.",
            "Vikram Sood",
            "Secretary (West)",
            "India",
        ),
        (
            "Secretary (East) in the Ministry of External Affairs Shri Arun Kumar briefed the media.",
            "Arun Kumar",
            "Secretary (East)",
            "India",
        ),
        (
            "Chief of Protocol in the Japanese Foreign Ministry Ken Sato welcomed the delegation.",
            "Ken Sato",
            "Chief of Protocol",
            "Japan",
        ),
    ],
)
def test_a_title_in_a_ministry_before_the_name(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_people_in_a_ministry_with_no_title_get_none() -> None:
    b = _b("He met officials in the Foreign Ministry Jane Doe said.")
    assert _get(b, "Jane Doe").role is None


# --- a leader named by the government they head --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "It is the first meeting since the Kim Sun Ho government took office in June. The talks follow "
            "a summit between President Kim and the visiting leader.",
            "Kim Sun Ho",
            "President",
        ),
        (
            "It is the first meeting since the Mark Tulley government took office. Prime Minister Tulley "
            "will attend.",
            "Mark Tulley",
            "Prime Minister",
        ),
        ("The Ana Ruiz administration has said so. President Ruiz will speak.", "Ana Ruiz", "President"),
        ("Chancellor Weber spoke. The Lena Weber cabinet took office in May.", "Lena Weber", "Chancellor"),
    ],
)
def test_a_government_named_after_a_titled_surname_names_its_leader(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_a_government_with_no_titled_surname_names_no_one() -> None:
    assert _b("The Jane Doe government fell. Officials said it was over.").people == []
