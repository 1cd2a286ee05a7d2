"""Wire flashes, weekly schedules, travel notices and embassy notices, round 21 (flash): "Foreign Ministers
A, B and C of X, Y and Z, respectively"; a call's place "(Ministry of X)" after an appositive title; a site's
masthead "XYZ Xland | News Releases"; "her counterpart, Foreign Minister B" is not of her country; "Xcity has
not sent its foreign minister, A"; "at Universitas Xland." closing a sentence; "The meeting is likely to take
place Thursday"; a title-case headline's "to Visit Xcity"; a trip stop's bare weekday inside the trip's dates;
a week's days over the next leg's paragraph ("From X, A travels to Y for the Z, which runs June 5-7"), a later
weekday of a sentence after its earlier ones ("on Monday and Tuesday, then ... on Wednesday")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 5, 8)


def _main(text: str, today: date = _TODAY) -> tuple[date | None, date | None, str | None]:
    ev = extract(text, today=today).main_event
    assert ev is not None
    return ev.date, ev.end_date, ev.place


# --- "Foreign Ministers A, B and C of X, Y and Z, respectively" ----------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "The meeting will bring together Foreign Ministers Ilse Varnholt, Petra Aaltonen and Jon "
            "Eiriksson "
            "of Germany, Finland and Iceland, respectively.",
            {"Ilse Varnholt": "Germany", "Petra Aaltonen": "Finland", "Jon Eiriksson": "Iceland"},
        ),
        (
            "The talks will gather Defence Ministers Marek Dolny, Oskar Lindahl and Jan Novak of Poland, "
            "Sweden and Hungary.",
            {"Marek Dolny": "Poland", "Oskar Lindahl": "Sweden", "Jan Novak": "Hungary"},
        ),
        (
            "She will host Trade Ministers Rui Tavora, Ana Belmonte and Luc Verhaegen of Portugal, Spain and "
            "Belgium, respectively, on Friday.",
            {"Rui Tavora": "Portugal", "Ana Belmonte": "Spain", "Luc Verhaegen": "Belgium"},
        ),
    ],
)
def test_names_take_the_listed_countries_in_order(text: str, want: dict[str, str]) -> None:
    b = extract(text, today=_TODAY)
    assert {n: person(b, n).country for n in want} == want


def test_a_shorter_country_list_assigns_nothing_in_order() -> None:
    # two names, one country: no "respectively" reading
    b = extract(
        "The meeting will bring together Foreign Ministers Ilse Varnholt and Petra Aaltonen of Germany.",
        today=_TODAY,
    )
    assert person(b, "Petra Aaltonen").country != "Finland"


# --- "(Ministry of X)": where a courtesy call is paid, after an appositive title ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mon. May 11\n- 15:00 Receives a courtesy call from H.E. Mr. Temir Asanov, Ambassador of the Kyrgyz "
        "Republic to the Republic of Korea (Ministry of Foreign Affairs)",
        "The Minister receives a courtesy call from H.E. Mr. Temir Asanov, Ambassador of the Kyrgyz Republic "
        "to the Republic of Korea (Ministry of Foreign Affairs) on Monday.",
        "Tue. May 12\n- 10:00 Meets H.E. Ms. Dana Orlova, Ambassador of the Republic of Kazakhstan to the "
        "Republic of Korea (Department of Protocol)",
    ],
)
def test_a_bracketed_ministry_is_no_part_of_the_title(text: str) -> None:
    b = extract(text, today=_TODAY)
    p = b.people[0]
    assert p.role == "Ambassador to the Republic of Korea"


def test_a_bracketed_portfolio_stays_in_the_title() -> None:
    b = extract(
        "Assistant Chief of Naval Staff (Foreign Cooperation and Intelligence) Rear Admiral Vikram Sethi "
        "will attend.",
        today=_TODAY,
    )
    role = person(b, "Vikram Sethi").role
    assert role is not None and "(Foreign Cooperation and Intelligence)" in role


# --- a site's masthead: "XYZ Xland | News Releases" ----------------------------------------------------


@pytest.mark.parametrize(
    "masthead, country",
    [
        ("MINDEF Singapore | News Releases", "Singapore"),
        ("MOFA Japan | Press Releases", "Japan"),
        ("DND Philippines | News Releases", "Philippines"),
    ],
)
def test_a_masthead_names_the_issuer(masthead: str, country: str) -> None:
    text = (
        f"{masthead}\n17 Feb 2026\n\nMinister to Attend Retreat in Malaysia\n\n"
        "Minister for Defence Mr Koh Beng Seng will be in Langkawi, Malaysia, from 24 to 26 February to "
        "attend the Retreat. He will be accompanied by Permanent Secretary Mr Ong Jia Wen.\n"
    )
    b = extract(text, today=date(2026, 2, 17))
    assert person(b, "Ong Jia Wen").country == country


def test_a_masthead_without_a_section_label_names_no_issuer() -> None:
    text = (
        "MINDEF Singapore | Koh Beng Seng\n17 Feb 2026\n\nMinister to Attend Retreat in Malaysia\n\n"
        "Minister for Defence Mr Koh Beng Seng will be in Langkawi, Malaysia, from 24 to 26 February to "
        "attend the Retreat. He will be accompanied by Permanent Secretary Mr Ong Jia Wen.\n"
    )
    b = extract(text, today=date(2026, 2, 17))
    assert person(b, "Ong Jia Wen").country != "Singapore"


# --- "her counterpart, Foreign Minister B": B is not of her country ------------------------------------


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Foreign Secretary Marisol Dagatan will be in Tokyo on Thursday for the Philippines-Japan "
            "Foreign Ministers' Meeting with her counterpart, Foreign Minister Haruto Kameda.",
            "Haruto Kameda",
            "Japan",
        ),
        (
            "Foreign Secretary Marisol Dagatan will be in Seoul on Friday for the Philippines-Korea Foreign "
            "Ministers' Meeting with her counterpart, Foreign Minister Yoon Seo-jin.",
            "Yoon Seo-jin",
            "South Korea",
        ),
        (
            "Foreign Secretary Marisol Dagatan will be in Canberra on Monday for the Philippines-Australia "
            "Foreign Ministers' Meeting with her counterpart, Foreign Minister Claire Hobart.",
            "Claire Hobart",
            "Australia",
        ),
    ],
)
def test_a_counterpart_is_not_of_the_owners_country(text: str, name: str, country: str) -> None:
    b = extract(text, today=_TODAY)
    assert person(b, name).country == country


def test_a_deputy_of_the_same_side_keeps_the_first_persons_country() -> None:
    b = extract(
        "Foreign Secretary Marisol Dagatan will be in Tokyo on Thursday for the Philippines-Japan Foreign "
        "Ministers' Meeting with her deputy, Undersecretary Ramon Salcedo.",
        today=_TODAY,
    )
    assert person(b, "Ramon Salcedo").country == "Philippines"


# --- "Xcity has not sent its foreign minister, A" --------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "The forum's members include North Korea. Pyongyang has not sent its foreign minister, "
            "Kim Chol-su, since 2018, officials in Manila said.",
            "Kim Chol-su",
            "North Korea",
        ),
        (
            "The talks open in Geneva on Monday. Tehran has never sent its foreign minister, Reza Karimi, to "
            "the format, diplomats in Geneva said.",
            "Reza Karimi",
            "Iran",
        ),
        (
            "The summit opens in Manila on Monday. Hanoi did not send its defence minister, Tran Van Long, "
            "to "
            "the last round, officials in Manila said.",
            "Tran Van Long",
            "Vietnam",
        ),
    ],
)
def test_a_capital_sending_its_minister_names_the_state(text: str, name: str, country: str) -> None:
    b = extract(text, today=_TODAY)
    assert person(b, name).country == country


def test_a_city_that_is_no_capital_sends_no_state() -> None:
    b = extract(
        "The summit opens in Manila on Monday. Osaka has not sent its mayor, Kenji Hamada, to the meeting, "
        "officials in Manila said.",
        today=_TODAY,
    )
    assert person(b, "Kenji Hamada").country != "Japan"  # no capital: the rule names no state


# --- "at Universitas Xland." closing the sentence -----------------------------------------------------


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            '"Jakarta wants the upside," said Sari Wulandari, a lecturer at Universitas Indonesia.',
            "Sari Wulandari",
            "Indonesia",
        ),
        (
            '"The pact will hold," said Paolo Ramirez, a lecturer at Universitas Pertahanan Indonesia.',
            "Paolo Ramirez",
            "Indonesia",
        ),
        (
            '"The pact will hold," said Aziz Rahman, an international relations lecturer at Universiti '
            "Kebangsaan Malaysia.",
            "Aziz Rahman",
            "Malaysia",
        ),
    ],
)
def test_a_sentence_closing_institution_names_its_state(text: str, name: str, country: str) -> None:
    b = extract(text, today=_TODAY)
    assert person(b, name).country == country


def test_an_institution_with_no_state_word_names_none() -> None:
    b = extract('"The pact will hold," said Aziz Rahman, a lecturer at Keio University.', today=_TODAY)
    assert person(b, "Aziz Rahman").country is None


# --- "The meeting is likely to take place Thursday" ------------------------------------------------------


def _sidelines(dateline: str, lead: str, hedge: str, met: str, trio: str) -> str:
    return (
        f"{dateline} -- {lead} are arranging to hold talks on the sidelines of regional meetings this week, "
        f"government sources said Monday.\n\n{hedge}, the sources said, and would be the pair's second talks "
        f"this year. They last met in {met} in May.\n\nThe two are expected to confirm close coordination on "
        f"maritime security.\n\n{trio} also plan to hold a trilateral ministers' meeting with U.S. Secretary "
        "of State Dan Riley on Friday, according to the sources.\n"
    )


@pytest.mark.parametrize(
    "text, want",
    [
        (
            _sidelines(
                "TOKYO (Kyodo)",
                "Foreign Minister Aiko Mori and her Thai counterpart Somchai Rattana",
                "The meeting is likely to take place Thursday",
                "Bangkok",
                "Japan, the United States and Thailand",
            ),
            date(2026, 7, 9),
        ),
        (
            _sidelines(
                "SEOUL (Yonhap)",
                "Foreign Minister Park Ji-ho and his Australian counterpart Claire Hobart",
                "The talks are expected to take place Wednesday",
                "Canberra",
                "South Korea, the United States and Australia",
            ),
            date(2026, 7, 8),
        ),
        (
            _sidelines(
                "TOKYO (Kyodo)",
                "Defense Minister Ken Ogawa and his Philippine counterpart Luis Bautista",
                "The meeting is due to take place Thursday",
                "Manila",
                "Japan, the United States and the Philippines",
            ),
            date(2026, 7, 9),
        ),
    ],
)
def test_a_hedged_take_place_sets_the_meetings_day(text: str, want: date) -> None:
    assert _main(text, date(2026, 7, 6))[0] == want


def test_a_meeting_likely_to_be_postponed_sets_no_day() -> None:
    text = (
        "TOKYO (Kyodo) -- Foreign Minister Aiko Mori and her Thai counterpart Somchai Rattana will hold "
        "talks "
        "in Manila on Friday, sources said Monday.\n\nAnother meeting is likely to be discussed Thursday, "
        "the "
        "sources said.\n"
    )
    assert _main(text, date(2026, 7, 6))[0] == date(2026, 7, 10)


# --- a title-case headline's "to Visit Xcity" ------------------------------------------------------------


@pytest.mark.parametrize(
    "headline, city",
    [
        ("Malaysia's Top Diplomat to Visit Canberra March 3 as Talks Drag", "Canberra"),
        ("Thai Foreign Minister to Visit Wellington March 3 for Annual Talks", "Wellington"),
        ("Vietnam's Top Diplomat Visits Ottawa March 3 as Trade Row Simmers", "Ottawa"),
    ],
)
def test_a_title_case_visit_names_the_city(headline: str, city: str) -> None:
    text = (
        f"{headline}\n\nBy Anna Reyes\n\n(Bloomberg) -- The foreign minister will travel abroad next week "
        "to try to break a deadlock over a security agreement, officials said.\n"
    )
    assert _main(text, date(2026, 2, 24))[2] == city


def test_a_visit_to_a_country_names_no_city() -> None:
    text = (
        "Malaysia's Top Diplomat to Visit Australia March 3 as Talks Drag\n\nBy Anna Reyes\n\n(Bloomberg) -- "
        "The foreign minister will travel abroad next week to try to break a deadlock, officials said.\n"
    )
    assert _main(text, date(2026, 2, 24))[2] is None


# --- a trip stop's bare weekday inside the trip's dates --------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Foreign Minister to visit Fiji, Tonga and Samoa\n\nForeign Minister Aroha Wiremu will travel to "
            "Fiji, Tonga and Samoa from 15 to 19 June.\n\nIn Suva, Ms Wiremu will meet Prime Minister Ratu "
            "Isoa.\n\nOn Wednesday 17 June she travels to Nuku'alofa, where she will hold talks with Prime "
            "Minister Siale Fifita.\n\nThe visit concludes in Apia, where Ms Wiremu will co-chair a forum on "
            "Friday.\n",
            (date(2026, 6, 15), date(2026, 6, 19)),
        ),
        (
            "Foreign Minister to visit Vanuatu, Fiji and Tonga\n\nForeign Minister Tama Rangi will travel to "
            "Vanuatu, Fiji and Tonga from 15 to 19 June.\n\nIn Port Vila, Mr Rangi will meet Prime Minister "
            "Jean "
            "Kalo.\n\nOn Wednesday 17 June he travels to Suva, where he will hold talks with Prime Minister "
            "Ratu "
            "Isoa.\n\nThe visit concludes in Nuku'alofa, where Mr Rangi will co-chair a joint forum with "
            "Prime "
            "Minister Siale Fifita on Friday.\n",
            (date(2026, 6, 15), date(2026, 6, 19)),
        ),
        (
            "Trade Minister to visit Samoa, Tonga and Fiji\n\nTrade Minister Mere Hohaia will travel to "
            "Samoa, "
            "Tonga and Fiji from 15 to 19 June.\n\nIn Apia, Ms Hohaia will meet Prime Minister Tui "
            "Leota.\n\nOn "
            "Wednesday 17 June she travels to Nuku'alofa, where she will hold talks with Trade Minister "
            "Sione "
            "Vea.\n\nThe visit concludes in Suva, where Ms Hohaia will open a trade fair with Prime "
            "Minister Ratu "
            "Isoa on Friday.\n",
            (date(2026, 6, 15), date(2026, 6, 19)),
        ),
    ],
)
def test_a_stops_weekday_falls_inside_the_trip(text: str, want: tuple[date, date]) -> None:
    assert _main(text, date(2026, 6, 10))[:2] == want


def test_a_stop_dated_after_the_trip_is_not_moved() -> None:
    from briefings.extract.dates import DateMention
    from briefings.extract.events import MainEvent
    from briefings.extract.sentences import Sentence
    from briefings.extract.stops import _within_trip
    from briefings.models import Event, Evidence

    # real objects, not stand-ins: the compiled extractor checks the argument types
    trip = Event(
        name="trip",
        date=date(2026, 6, 15),
        end_date=date(2026, 6, 16),
        evidence=Evidence(sentence=0, start=0, end=1, text="x"),
    )
    main = MainEvent(event=trip, sentence=Sentence(index=0, start=0, end=1, text="x", paragraph=0))
    d = DateMention(0, 6, date(2026, 6, 12), relative=True)  # "Friday": the 19th would leave the trip
    assert _within_trip(d, main).date == date(2026, 6, 12)


# --- a week's days over the next leg's paragraph; a later weekday after earlier ones --------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Defense chief heads to Laos and Thailand ahead of Asia forum\n\nWASHINGTON (AP) — Defense "
            "Secretary Dale Brandt will visit Laos and Thailand next week, the Pentagon said Wednesday.\n\n"
            "Brandt will be in Vientiane on Monday and Tuesday for talks, then fly to Bangkok on Wednesday "
            "to "
            'meet Defense Minister Prawit Chai.\n\n"We want to see it for ourselves," a senior defense '
            "official said. "
            '"Nobody is asked to choose."\n\nFrom Thailand, Brandt travels to Singapore for the Shangri-La '
            "Dialogue, which runs June 5-7. He speaks there on June 6.\n",
            date(2026, 6, 1),
        ),
        (
            "Minister heads to Chile and Peru\n\nMADRID (EFE) — Foreign Minister Luis Prado will visit Chile "
            "and Peru next week, the ministry said Wednesday.\n\nPrado will be in Santiago on Monday and "
            'Tuesday, then fly to Lima on Wednesday to meet his counterpart.\n\n"We go to listen," a senior '
            'official said. "Trade will come later."\n\nFrom Peru, Prado travels to '
            "Brasilia for the Mercosur summit, which runs June 5-6.\n",
            date(2026, 6, 1),
        ),
        (
            "Envoy heads to Kenya and Ethiopia\n\nLONDON (Reuters) — Envoy Clare Dunmore will visit Kenya "
            "and "
            "Ethiopia next week, the ministry said Wednesday.\n\nDunmore will be in Nairobi on Monday and "
            'Tuesday, then fly to Addis Ababa on Wednesday for talks.\n\n"The region matters," an official '
            'said. "We will keep coming back."\n\nFrom Ethiopia, Dunmore travels to '
            "Cairo for the Africa forum, which runs June 5-7.\n",
            date(2026, 6, 1),
        ),
    ],
)
def test_a_next_legs_gathering_does_not_date_the_week(text: str, want: date) -> None:
    assert _main(text, date(2026, 5, 27))[0] == want


def test_a_later_weekday_follows_the_earlier_ones() -> None:
    from briefings.extract.dates import find_dates

    s = "She will be in Hanoi on Monday and Tuesday, then fly to Phnom Penh on Wednesday."
    days = [d.date for d in find_dates(s, 0, len(s), date(2026, 5, 27))]
    assert days == [date(2026, 6, 1), date(2026, 6, 3)]


def test_a_statements_weekday_is_not_moved() -> None:
    from briefings.extract.dates import find_dates

    s = "She will be in Hanoi on Thursday and Friday, the ministry said Wednesday."
    days = [d.date for d in find_dates(s, 0, len(s), date(2026, 5, 27))]
    assert days[-1] == date(2026, 5, 27)


def test_a_weekday_inside_an_earlier_range_is_not_moved() -> None:
    from briefings.extract.dates import find_dates

    s = "She will be in Washington from Wednesday to Friday and will hold talks on Thursday."
    days = [d.date for d in find_dates(s, 0, len(s), date(2027, 9, 27))]
    assert days[-1] == date(2027, 9, 30)


def test_a_weekday_with_no_then_is_not_moved() -> None:
    from briefings.extract.dates import find_dates

    s = "Ahead of the summit on Thursday, the minister will meet her counterpart on Wednesday."
    days = [d.date for d in find_dates(s, 0, len(s), date(2026, 5, 25))]
    assert days == [date(2026, 5, 28), date(2026, 5, 27)]
