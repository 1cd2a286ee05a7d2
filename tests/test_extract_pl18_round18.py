"""Main-event place rules, round 18: a wire's dateline with the Hijri date month-first and the agency's
initials unbracketed ("Xcity, Safar 10, 1447, August 4, 2025, AGN --") still names the city; a host who
"will welcome" the guest "to Xcity" before a meeting at a named venue holds it in that city; "will gather
in Xcity" just before the dated sentence names the place over the dateline; a city where a spokesperson
"said in a press briefing" is only where the news was given; "amid concern in Xcity" is a capital's mood,
not a venue; and "review preparations for the X Summit, which Y will host in Z" is another gathering."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.datelines import find_dateline
from briefings.extract.event_days import now_cities
from briefings.extract.sentences import split
from tests.extract_helpers import main_of


def _place(text: str, today: date) -> str | None:
    return main_of(extract(text, today=today)).place


# ---- "Xcity, Safar 10, 1447, August 4, 2025, AGN --": the Hijri date first, the wire's initials after --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Jeddah, Shawwal 14, 1447, April 2, 2026, SPA -- The Kingdom will host on Sunday the third "
            "round of the Coastal States Consultations, bringing together the ministers of five states.",
            "Jeddah",
        ),
        (
            "Riyadh, Dhu al-Qadah 3, 1447 AH, April 20, 2026, KNA -- The Ministry announced on Monday "
            "that the joint committee on ports would meet on Thursday.",
            "Riyadh",
        ),
        (
            "Cairo, Ramadan 21, 1447, March 10, 2026, MENA -- Foreign Minister Hesham Orabi will receive "
            "his Jordanian counterpart Zaid Qudah on Wednesday for talks on water.",
            "Cairo",
        ),
    ],
)
def test_hijri_month_first_dateline(text: str, city: str) -> None:
    dl = find_dateline(split(text), date(2026, 1, 1))
    assert dl is not None and dl.place == city
    assert _place(text, date(2026, 3, 1)) == city


def test_plain_opening_name_is_no_dateline() -> None:
    # a name and a comma opening a sentence, with no date after: no dateline
    text = "Halvorsen, a former minister, will hold a closing news conference on Friday at noon."
    assert find_dateline(split(text), date(2026, 1, 1)) is None


# ---- "will welcome Y to Xcity next week ... will host Y at Z House on Wednesday": that city --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Leaders to meet for annual summit\n\n"
            "The Chancellor will welcome Dutch Prime Minister Pieter Stolk to Berlin next week for the "
            "annual consultations.\n\n- Leaders to agree on a grid link\n\n"
            "Chancellor Greta Holm will host her Dutch counterpart at the Marble Hall on Wednesday 14 "
            "October for a full day of talks.",
            "Berlin",
        ),
        (
            "Chancellor to receive Kenyan leader\n\n"
            "The Chancellor will welcome Kenyan President Daniel Mwangi to Vienna next week for talks.\n\n"
            "- Leaders to sign a health accord\n\n"
            "Chancellor Lena Gruber will host her Kenyan counterpart at the Redoute Hall on Tuesday 13 "
            "October for a working lunch.",
            "Vienna",
        ),
        (
            "Prime Minister to host Irish leader\n\n"
            "The Prime Minister welcomes Irish Taoiseach Niall Brennan to Edinburgh this month for a "
            "summit.\n\n- Talks to cover energy\n\n"
            "Prime Minister Ewan Stewart will host his Irish counterpart at Holyrood House on Thursday 15 "
            "October for a working lunch.",
            "Edinburgh",
        ),
    ],
)
def test_welcomed_to_city(text: str, city: str) -> None:
    assert _place(text, date(2026, 10, 9)) == city


def test_welcome_then_other_clause_to_city_stays_unplaced() -> None:
    # the welcome and the "to Xcity" in separate clauses: no host's city, the venue alone names none
    text = (
        "Minister to meet counterpart\n\n"
        "The Minister will welcome the report; the agency moved to Berlin last year.\n\n"
        "- Talks to cover energy\n\n"
        "Minister Ewan Stewart will meet his German counterpart at the Marble Hall on Wednesday 14 "
        "October for a full day of talks."
    )
    assert _place(text, date(2026, 10, 9)) is None


# ---- "DATELINE — ministers will gather in Xcity later this month ... A will host them on 20 and 21 May" --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "OSLO — Energy ministers from four Nordic states will gather in Bergen later this month for a "
            "Nordic Energy Council.\n\nNorway's minister Ingrid Solberg will host her counterparts on May 20 "
            "and 21, the ministry confirmed Thursday.",
            "Bergen",
        ),
        (
            "ROME — Agriculture ministers of the Mediterranean states will gather in Naples next month for "
            "a Mediterranean Food Forum.\n\nItaly's minister Paolo Ricci will host his guests on June 8 and "
            "9, officials said.",
            "Naples",
        ),
        (
            "BERLIN — Transport ministers of the Alpine states will gather in Munich next month for an "
            "Alpine Transport Dialogue.\n\nGermany's minister Karl Weber will host his guests on June 8 and "
            "9, officials said.",
            "Munich",
        ),
    ],
)
def test_will_gather_in_city(text: str, city: str) -> None:
    assert _place(text, date(2026, 5, 1)) == city


def test_gathered_in_city_last_month_keeps_dateline() -> None:
    text = (
        "OSLO — Energy ministers from four Nordic states gathered in Bergen last month for a council.\n\n"
        "Norway's minister Ingrid Solberg will host her counterparts on May 20 and 21, the ministry said."
    )
    assert _place(text, date(2026, 5, 1)) == "Oslo"


# ---- ", the spokesperson said in a press briefing in Xcity": where the news was given --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "SANTIAGO – Foreign Minister Ana Ruiz will travel to Lima next week for the Joint Commission.\n\n"
            "Ruiz and her Peruvian counterpart Jorge Salas will co-chair the meeting on June 3 to 4, "
            "ministry spokesperson Pablo Vera said in a press briefing in Valparaiso.",
            "Lima",
        ),
        (
            "NAIROBI – Trade Minister Grace Wanjiru will travel to Kampala next week for the Joint Trade "
            "Committee.\n\nWanjiru and her Ugandan counterpart will open the meeting on June 3 to 4, "
            "spokesperson Paul Otieno said at a news conference in Mombasa.",
            "Kampala",
        ),
        (
            "HANOI – Deputy Minister Tran Van Long will travel to Vientiane next week for the Joint "
            "Commission.\n\nLong and his Lao counterpart will co-chair the meeting on June 3 to 4, the "
            "spokesperson said during a media briefing in Da Nang.",
            "Vientiane",
        ),
    ],
)
def test_said_at_briefing_city(text: str, city: str) -> None:
    assert _place(text, date(2026, 5, 25)) == city


def test_meeting_held_in_briefing_city_kept() -> None:
    # the meeting's own "in Xcity" before the reporting clause stays the place
    text = (
        "SANTIAGO – Ruiz and her Peruvian counterpart Jorge Salas will co-chair the meeting in Lima on "
        "June 3 to 4, ministry spokesperson Pablo Vera said."
    )
    assert _place(text, date(2026, 5, 25)) == "Lima"


# ---- "travel to Xland ... amid growing concern in Ycity over Z": a capital's mood, not the venue --


@pytest.mark.parametrize(
    "text",
    [
        "Minister Jane Doyle will travel to Fiji next week for a meeting of Pacific health ministers, amid "
        "growing concern in Wellington over disease outbreaks.",
        "Minister Omar Haddad will fly to Jordan on Monday for regional water talks, amid mounting worries "
        "in Beirut over the drought.",
        "Minister Eva Lind will travel to Latvia next week for transport talks, amid unease in Stockholm "
        "over rail delays.",
    ],
)
def test_concern_in_city_is_no_venue(text: str) -> None:
    doc = split(text)
    s = doc.sentences[0]
    assert now_cities(doc, s.start, s.end, frozenset(), None) == []


def test_talks_in_city_amid_unease_keep_their_city() -> None:
    doc = split("Minister Eva Lind will hold transport talks in Riga next week, amid unease in Stockholm.")
    s = doc.sentences[0]
    assert now_cities(doc, s.start, s.end, frozenset(), None)[0][0].name == "Riga"


# ---- "review preparations for the X Summit, which Y will host in Zcity": another gathering's city --


@pytest.mark.parametrize(
    "text",
    [
        "President Anna Berg will welcome President Samuel Otieno of Kenya to the White House on Thursday, "
        "March 12, for a bilateral meeting.\n\nThe two leaders will also review preparations for the "
        "Africa Trade Summit, which Kenya will host in Nairobi later this year.",
        "President Anna Berg will welcome President Ana Lopes of Brazil to the White House on Thursday, "
        "March 12, for a bilateral meeting.\n\nThe two leaders will also review preparations for the "
        "Amazon Climate Summit, which Brazil will host in Manaus later this year.",
        "Prime Minister Ian Clark will host Prime Minister Ana Costa of Portugal at Government House on "
        "Thursday, March 12.\n\nThe two leaders will also discuss preparations for the Ocean Forum, which "
        "Portugal will host in Lisbon in June.",
    ],
)
def test_prepared_summit_city_is_not_the_place(text: str) -> None:
    assert _place(text, date(2026, 3, 4)) is None


def test_summit_held_in_city_still_the_place() -> None:
    # the summit itself "will be held in Xcity on Thursday": its own city, no other gathering
    text = "The Arctic Energy Summit will be held in Oslo on Thursday, March 12, the ministry said."
    assert _place(text, date(2026, 3, 4)) == "Oslo"


# ---- "embark on a visit to A and B on Wednesday during which he will attend the X in C ... The X, to be
# held on 7 and 8 May": the dates are the gathering's own, so is its city --


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Mehta to attend India-Baltic Dialogue in Riga\n\nNew Delhi, May 5 (PTI) Minister Arjun Mehta "
            "will embark on a five-day visit to Latvia and Estonia on Wednesday during which he will attend "
            "the third India-Baltic Dialogue in Riga, the ministry said on Tuesday.\n\nThe dialogue, to be "
            "held on May 7 and 8, will bring together ministers of four states.",
            "Riga",
        ),
        (
            "Sato to attend Pacific Rim Forum in Santiago\n\nTokyo, May 5 (Kyodo) Minister Aiko Sato will "
            "embark on a six-day trip to Chile and Peru on Wednesday during which she will attend the "
            "Pacific Rim Forum in Santiago, the ministry said on Tuesday.\n\nThe forum, to be held on May 7 "
            "and 8, will bring together ministers of nine states.",
            "Santiago",
        ),
        (
            "Park to attend Korea-Africa Ministerial in Nairobi\n\nSeoul, May 5 (Yonhap) Minister Park Ji-ho "
            "will embark on a four-day visit to Kenya and Tanzania on Wednesday during which he will attend "
            "the Korea-Africa Ministerial in Nairobi, the ministry said on Tuesday.\n\nThe ministerial, to "
            "be held on May 7 and 8, will bring together ministers of twelve states.",
            "Nairobi",
        ),
    ],
)
def test_attended_gathering_own_days_give_its_city(text: str, city: str) -> None:
    assert _place(text, date(2026, 5, 5)) == city


def test_trip_with_its_own_days_stays_unplaced() -> None:
    # the range is the visit's own: a trip over two countries, no single place
    text = (
        "Mehta to visit Latvia and Estonia\n\nNew Delhi, May 5 (PTI) Minister Arjun Mehta will visit Latvia "
        "and Estonia from May 6 to 10, during which he will attend the third India-Baltic Dialogue in "
        "Riga, the ministry said on Tuesday."
    )
    assert _place(text, date(2026, 5, 5)) is None
