"""People rules, round 15c: companions of a first-person release's author ("I will be accompanied by A"
are of the author's country, not of the person last named); two people met "in the first talks between a
Xish prime minister and Yland's president" hold those offices, in order; "A will accompany B": A is of
B's party; accented names in an agency's credit line ("Reporting by Nicolás A in X"); a "Media contact:"
block's people, of the country of the principal bracketed after the name ("A B (Doe): 0400 ...") or else of
the release's first person, with the title of a "Spokesperson: Department" line under a name line."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


# --- "I will be accompanied by A": the author's companions -------------------------------------------

_LETTERHEAD = "THE HON {name} MP\n{title}\n\nMEDIA RELEASE\n\n{head}\n\n"


@pytest.mark.parametrize(
    ("text", "companion", "country"),
    [
        (
            _LETTERHEAD.format(name="MARTIN HOLLIS", title="MINISTER FOR DEFENCE", head="Visit to Jakarta")
            + "Today I announce that I will travel to Jakarta for the Australia-Indonesia Defence Ministers' "
            "Meeting.\n\nI will meet Indonesia's Minister of Defence, General Rudi Santoso.\n\n"
            "I will be accompanied by the Assistant Minister for Defence, Claire Dunstan.",
            "Claire Dunstan",
            "Australia",
        ),
        (
            _LETTERHEAD.format(name="FIONA GRANT", title="MINISTER FOR FOREIGN AFFAIRS", head="Visit to Fiji")
            + "I will travel to Suva this week for the Australia-Fiji Ministerial Forum.\n\n"
            "I will hold talks with Fiji's Prime Minister, Joeli Vakarau.\n\n"
            "I will be joined by the Assistant Minister for the Pacific, Tom Ashby.",
            "Tom Ashby",
            "Australia",
        ),
        (
            _LETTERHEAD.format(name="DAVID ORR", title="MINISTER FOR TRADE", head="Trade mission to Vietnam")
            + "Today I announce that I will lead a trade mission to Hanoi for the Australia-Vietnam "
            "Economic Partnership Meeting.\n\nI will meet Vietnam's Minister of Industry and Trade, "
            "Nguyen Van Hai.\n\nWhile in Hanoi, I will be accompanied by the Special Envoy for "
            "Southeast Asia, Rachel Moss.",
            "Rachel Moss",
            "Australia",
        ),
        (
            _LETTERHEAD.format(name="ANNA PIKE", title="MINISTER FOR DEFENCE", head="Visit to Manila")
            + "I will travel to Manila for the Australia-Philippines Defence Ministers' Meeting.\n\n"
            "I will meet the Philippines' Secretary of National Defense, Jose Ramos.\n\n"
            "I will be accompanied by the Chief of the Defence Force, Admiral Ken Lowry, "
            "and by the Secretary of Defence, Paul Weir.",
            "Paul Weir",
            "Australia",
        ),
    ],
)
def test_first_person_companion_is_the_authors(text: str, companion: str, country: str) -> None:
    p = _get(_b(text), companion)
    assert p.country == country


def test_a_third_persons_companion_keeps_the_third_person() -> None:
    # no "I": "He will be accompanied by" still means the minister named before
    text = (
        "Indonesia's Minister of Defence, General Rudi Santoso, will travel to Canberra on Monday.\n\n"
        "He will be accompanied by the Deputy Minister of Defence, Andi Pratama."
    )
    assert _get(_b(text), "Andi Pratama").country == "Indonesia"


# --- "A will meet B, the first talks between a Xish T1 and Yland's T2": their titles, in order ----------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Keith Sterling will meet Li Wen on the margins of the summit in Lima on Monday, the first "
            "face-to-face talks between a British prime minister and China's president since 2018.",
            ("Keith Sterling", "prime minister", "United Kingdom"),
            ("Li Wen", "president", "China"),
        ),
        (
            "Marta Kowal will hold talks with Ivan Petrenko in Geneva, the first meeting between a Polish "
            "president and a Ukrainian prime minister in two years.",
            ("Marta Kowal", "president", "Poland"),
            ("Ivan Petrenko", "prime minister", "Ukraine"),
        ),
        (
            "Hans Richter is due to meet Kenji Mori in Osaka next week, the first visit between a German "
            "chancellor and Japan's prime minister this decade.",
            ("Hans Richter", "chancellor", "Germany"),
            ("Kenji Mori", "prime minister", "Japan"),
        ),
        (
            # offices given in the other order than the names: a known country sets them straight
            "Japan's Kenji Mori will meet Hans Richter on Friday, the first summit between a German "
            "chancellor and a Japanese prime minister since 2019.",
            ("Kenji Mori", None, "Japan"),
            ("Hans Richter", "chancellor", "Germany"),
        ),
    ],
)
def test_talks_between_offices_name_the_pair(
    text: str, first: tuple[str, str | None, str], second: tuple[str, str, str]
) -> None:
    b = _b(text)
    for name, role, country in (first, second):
        p = _get(b, name)
        assert p.country == country
        if role is not None:
            assert (p.role or "").lower() == role


def test_talks_between_offices_need_two_people_before_them() -> None:
    # one person named before the phrase: no pair to give the offices to
    text = (
        "Keith Sterling will travel to Lima on Monday for the first talks between a British prime minister "
        "and China's president since 2018."
    )
    p = _get(_b(text), "Keith Sterling")
    assert p.role is None or "president" not in p.role.lower()


# --- "A, the foreign secretary, will accompany B": A is of B's party ------------------------------------


@pytest.mark.parametrize(
    ("text", "companion", "country"),
    [
        (
            "Rome will host the G20 summit on Saturday, hosted by Italy's prime minister, Carla Neri. "
            "Canada's prime minister, Paul Leclerc, will attend. The foreign minister, Anne Dufour, who "
            "visited Lagos last month, will accompany Leclerc to Rome.",
            "Anne Dufour",
            "Canada",
        ),
        (
            "Leaders gather in Nairobi on Monday, hosted by Kenya's president, Daniel Mwangi. Ghana's "
            "president, Kofi Asante, will attend. The trade minister, Ama Boateng, will accompany Asante.",
            "Ama Boateng",
            "Ghana",
        ),
        (
            "The summit opens in Lima on Friday, hosted by Peru's president, Rosa Vargas. Chile's president, "
            "Diego Soto, will attend. The finance minister, Pablo Lagos, is to accompany Soto to Lima.",
            "Pablo Lagos",
            "Chile",
        ),
        (
            "The forum opens in Hanoi on Friday, hosted by Vietnam's prime minister, Tran Van Minh. Japan's "
            "prime minister, Kenji Mori, will attend. The foreign minister, Aiko Sato, will also "
            "accompany Mori.",
            "Aiko Sato",
            "Japan",
        ),
    ],
)
def test_subject_who_accompanies_is_of_that_party(text: str, companion: str, country: str) -> None:
    assert _get(_b(text), companion).country == country


def test_a_hosts_minister_who_accompanies_a_visitor_stays_the_hosts() -> None:
    # the host's minister escorting a visitor around the host country is not of the visitor's party
    text = (
        "Foreign Minister Aroha Kingi will host Malaysia's Minister of Foreign Affairs, Dato' Amir Hassan, "
        "in Wellington on Monday for the annual New Zealand-Malaysia Foreign Ministers' Meeting.\n\n"
        "Associate Minister of Foreign Affairs Hon Tama Rewi will accompany Dato' Amir to Christchurch."
    )
    assert _get(_b(text), "Tama Rewi").country == "New Zealand"


def test_accompany_with_a_thing_as_object_gives_nothing() -> None:
    # "accompany the shipment of aid ... for B": B, far after the verb, is no one accompanied
    text = (
        "Brazil's President Ana Costa will visit Rome. Defence Minister Paolo Conti will accompany the "
        "shipment of humanitarian aid and medical supplies to Beirut for Lebanon's Prime Minister "
        "Nabil Haddad."
    )
    assert _get(_b(text), "Paolo Conti").country != "Lebanon"


# --- an agency's credit line with accented names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        (
            "(Reporting by Camila Souza in Brasilia and Nicolás Ferreyra in Buenos Aires; "
            "Editing by Mark Dale)",
            ["Camila Souza", "Nicolás Ferreyra", "Mark Dale"],
        ),
        (
            "(Reporting by Jörg Müller in Berlin and Ana Gómez in Madrid; Editing by Lena Brandt)",
            ["Jörg Müller", "Ana Gómez", "Lena Brandt"],
        ),
        (
            "(Reporting by Séan Ó Briain; Writing by Åsa Lindqvist; Editing by Tom Hale)",
            ["Séan Ó Briain", "Åsa Lindqvist", "Tom Hale"],
        ),
        (
            "(Reporting by Zoë Durand in Paris, Ítalo Prado in Lima; Editing by Ruth Kemp)",
            ["Zoë Durand", "Ítalo Prado", "Ruth Kemp"],
        ),
    ],
)
def test_agency_credit_keeps_accented_names(credit: str, names: list[str]) -> None:
    b = _b("Leaders of the bloc meet in Montevideo on July 2 to discuss trade.\n\n" + credit)
    for name in names:
        p = _get(b, name)
        assert p.role is None and p.country is None


def test_a_bracketed_line_that_is_no_credit_names_no_one() -> None:
    b = _b("Leaders of the bloc meet in Montevideo on July 2 to discuss trade.\n\n(Photo: Élysée Palace)")
    assert all("Élysée" not in p.name for p in b.people)


# --- a "Media contact:" block: one contact a line, the principal bracketed after the name -----------------

_RELEASE = "{lead}\n\n{head}\n{line}\nDefence Media: media@example.org\n"


@pytest.mark.parametrize(
    ("lead", "head", "line", "name", "country"),
    [
        (
            "Australia's Minister for Defence Graham Pike will travel to Jakarta on Monday.",
            "Media contact:",
            "Tom Frayne (Pike): 0400 000 000",
            "Tom Frayne",
            "Australia",
        ),
        (
            "New Zealand's Minister of Foreign Affairs Ruth Kane will visit Suva for talks with Fiji's "
            "leaders.",
            "Media contacts:",
            "Sam Whitlock (Kane's office): +64 21 000 0000",
            "Sam Whitlock",
            "New Zealand",
        ),
        (
            "Canada's Minister of National Defence Luc Tremblay will meet Japan's defence minister in Tokyo.",
            "Press enquiries",
            "Marie Gagnon (Tremblay) – marie.gagnon@example.org",
            "Marie Gagnon",
            "Canada",
        ),
        (
            "Ireland's Minister for Foreign Affairs Conor Byrne travels to Accra for talks with Ghana's "
            "leaders.",
            "Contact:",
            "Aoife Nolan (Byrne), 087 000 0000",
            "Aoife Nolan",
            "Ireland",
        ),
    ],
)
def test_contact_block_names_the_principals_staff(
    lead: str, head: str, line: str, name: str, country: str
) -> None:
    b = _b(_RELEASE.format(lead=lead, head=head, line=line))
    p = _get(b, name)
    assert p.country == country
    assert all(x.name != "Defence Media" for x in b.people)


def test_contact_block_skips_desks_and_lines_with_no_number() -> None:
    text = (
        "Australia's Minister for Defence Graham Pike will travel to Jakarta on Monday.\n\n"
        "Media contact:\nPress Office: 02 6000 0000\nFurther Details will follow\n"
    )
    assert {p.name for p in _b(text).people} == {"Graham Pike"}


# --- a contact block's name line over a "Title: Body" line: that title, the issuing principal's country ----


@pytest.mark.parametrize(
    ("lead", "block", "name", "role", "country"),
    [
        (
            "South Africa's Minister of International Relations, Dr Naledi Zulu, will visit Argentina and "
            "Peru from 2 to 6 March.",
            "Enquiries:\nMr Kagiso Dlamini\nSpokesperson: Department of International Relations\n"
            "Cell: 082 000 0000",
            "Kagiso Dlamini",
            "Spokesperson",
            "South Africa",
        ),
        (
            "Ghana's Minister for Foreign Affairs, Kwame Owusu, will travel to Brazil for talks on trade.",
            "Media contact:\nAbena Mensah\nPress Secretary: Ministry of Foreign Affairs\nTel: 030 000 0000",
            "Abena Mensah",
            "Press Secretary",
            "Ghana",
        ),
        (
            "Ireland's Minister for Defence, Sean Keane, will visit Lebanon to meet Irish peacekeepers and "
            "Lebanese officials.",
            "Press enquiries:\nMs Orla Hynes\nSpokesperson: Department of Defence\nMobile: 087 000 0000",
            "Orla Hynes",
            "Spokesperson",
            "Ireland",
        ),
        (
            "Kenya's Cabinet Secretary for Foreign Affairs, Grace Wambui, will visit India and Japan next "
            "week.",
            "Contacts\nDr Peter Otieno\nDirector: Public Communications\nEmail: press@example.org",
            "Peter Otieno",
            "Director",
            "Kenya",
        ),
    ],
)
def test_contact_name_line_over_a_title_line(
    lead: str, block: str, name: str, role: str, country: str
) -> None:
    p = _get(_b(lead + "\n\n" + block + "\n"), name)
    assert (p.role, p.country) == (role, country)


def test_a_name_line_outside_a_contact_block_gets_no_contact_title() -> None:
    text = (
        "Ghana's Minister for Foreign Affairs, Kwame Owusu, will travel to Brazil for talks on trade.\n\n"
        "Speakers\nAbena Mensah\nModerator: Trade Panel\n"
    )
    b = _b(text)
    assert all(p.role != "Moderator" for p in b.people)
