"""South and mainland Southeast Asian release styles, round 20 (southasia): a rank written without its
period before a given name alone ("Gen Somchai") is the person named in full before; "Field Marshal" and
"Senior General" are ranks an apposed office replaces, "Defence Services" a body in a title; "Rt. Hon."
before a title is no name; "Lt-Gen" a rank; a meeting "preceded by" a senior officials' meeting is a side
meeting, a bilateral when its two chairs are of the main meeting's two countries; a journey "from X for Y
on Sunday, to lead the delegation at talks to be held ... on Monday" dates the talks on Monday; "the COAS"
speaks for the Chief of Army Staff; a state's army delegation gives its leader the state."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_TODAY = date(2025, 6, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=_TODAY)


def _people(b: Briefing) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in b.people}


def _speaker(b: Briefing, opening: str) -> str | None:
    return next(q.speaker for q in b.quotes if q.text.startswith(opening))


def _sides(b: Briefing) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- an undotted rank before a given name alone ---------------------------------------------------


@pytest.mark.parametrize(
    "text, full, opening",
    [
        (
            "The Thai army chief, Gen Prawit Somsak, will meet his Lao counterpart in Vientiane on "
            "10 June.\n\n"
            'Gen Prawit told reporters on Monday: "We want calm on the border."\n',
            "Prawit Somsak",
            "We want calm",
        ),
        (
            "Navy commander Gen Chatchai Boonmee will host the Malaysian navy chief in Sattahip on "
            "12 June.\n\n"
            'Gen Chatchai said the navies train together every year. "This is a routine visit," he said.\n',
            "Chatchai Boonmee",
            "This is a routine",
        ),
        (
            "Defence Minister Gen Anan Wongsa will visit Singapore on 14 June for talks on air defence.\n\n"
            'Asked about the border, Gen Anan replied: "Training is at the heart of this visit."\n',
            "Anan Wongsa",
            "Training is at",
        ),
    ],
)
def test_undotted_rank_before_given_name_is_the_named_person(text: str, full: str, opening: str) -> None:
    b = _b(text)
    assert _speaker(b, opening) == full
    assert len([p for p in b.people if full.split()[0] in p.name]) == 1


def test_undotted_rank_before_a_stranger_stays_a_new_person() -> None:
    b = _b(
        "Gen Prawit Somsak will meet his Lao counterpart in Vientiane on 10 June.\n\n"
        '"We expect progress," Gen Surapong said on Monday.\n'
    )
    assert _speaker(b, "We expect") != "Prawit Somsak"


def test_undotted_rank_and_one_word_in_the_trilateral() -> None:
    b = _b(
        "The Thai defence minister, Gen Prawit Somsak, will meet Cambodian Defence Minister Gen Tea Banh "
        "Sok in Kuala Lumpur on 10 June.\n\n"
        "On the sidelines, Gen Prawit and Gen Tea Banh Sok are expected to hold a trilateral meeting with "
        "Malaysian Defence Minister Datuk Seri Khalid Nordin, who will host the talks.\n"
    )
    assert ("trilateral", ["Khalid Nordin", "Prawit Somsak", "Tea Banh Sok"]) in _sides(b)


# --- ranks an apposed office replaces ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The minister later called on Field Marshal Ahmed Raza Qureshi, Chief of Army Staff, at GHQ.\n",
            "Ahmed Raza Qureshi",
            "Chief of Army Staff",
        ),
        (
            "The delegation will call on Senior General Min Thura Aung, Commander-in-Chief of Defence "
            "Services, on 12 June.\n",
            "Min Thura Aung",
            "Commander-in-Chief of Defence Services",
        ),
        (
            "He will also meet Vice-Senior General Kyaw Soe Win, Deputy Commander-in-Chief of Defence "
            "Services, in Nay Pyi Taw on 13 June.\n",
            "Kyaw Soe Win",
            "Deputy Commander-in-Chief of Defence Services",
        ),
    ],
)
def test_rank_gives_way_to_apposed_office(text: str, name: str, role: str) -> None:
    people = _people(_b(text))
    assert people[name][0] == role
    assert "Services" not in people


def test_field_marshal_alone_stays_the_role() -> None:
    people = _people(_b("The minister later called on Field Marshal Ahmed Raza Qureshi at GHQ on 3 June.\n"))
    assert people["Ahmed Raza Qureshi"][0] == "Field Marshal"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Union Minister for Border Affairs Lt-Gen Myo Min Tun will attend on 3 June.\n", "Myo Min Tun"),
        ("The Home Minister will meet Maj-Gen Aung Kyaw Hla in Yangon on 3 June.\n", "Aung Kyaw Hla"),
        ("Army Chief of Staff Lt-Gen Ko Ko Naing will lead a team to Dhaka on 3 June.\n", "Ko Ko Naing"),
    ],
)
def test_hyphenated_undotted_rank_is_no_name(text: str, name: str) -> None:
    assert name in _people(_b(text))


# --- "Rt. Hon." before a title -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "He will pay a courtesy call on Rt. Hon. Prime Minister Mr. Ram Bahadur Thapa on 4 June.\n",
            "Ram Bahadur Thapa",
            "Prime Minister",
        ),
        (
            "She will call on the Rt Hon Prime Minister Sushila Karki in Kathmandu on 4 June.\n",
            "Sushila Karki",
            "Prime Minister",
        ),
        (
            "He will call on Rt. Hon. Deputy Prime Minister Mr. Narayan Kaji Shrestha on 4 June.\n",
            "Narayan Kaji Shrestha",
            "Deputy Prime Minister",
        ),
    ],
)
def test_style_before_a_title_is_no_name(text: str, name: str, role: str) -> None:
    people = _people(_b(text))
    assert people[name][0] == role
    assert not any(n in people for n in ("Prime", "Deputy Prime"))


def test_style_before_a_name_still_skipped() -> None:
    people = _people(_b("He will call on Rt. Hon. Ram Bahadur Thapa, the Prime Minister, on 4 June.\n"))
    assert "Ram Bahadur Thapa" in people


# --- a preparatory meeting the main one is "preceded by" -----------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Dhaka will host the 9th SAARC-style Ministerial Meeting of the Bay Group on 26 June.\n\n"
            "The ministerial meeting will be preceded by the 20th Bay Group Senior Officials' Meeting on "
            "24-25 June, where Foreign Secretary Rafiq Alam will lead the Bangladesh side.\n",
            ("multilateral", ["Rafiq Alam"]),
        ),
        (
            "Foreign Minister Sita Rai of Nepal and Sri Lanka's Foreign Minister Dinesh Silva will co-chair "
            "the third Nepal-Sri Lanka Joint Commission in Kathmandu on 4 June.\n\n"
            "The Joint Commission meeting will be preceded by a meeting of senior officials on 3 June, "
            "co-chaired by Nepal's Foreign Secretary Hari Prasad Koirala and Sri Lanka's Foreign Secretary "
            "Nilanthi Perera.\n",
            ("bilateral", ["Hari Prasad Koirala", "Nilanthi Perera"]),
        ),
        (
            "Foreign Minister Ana Ruiz of Chile will co-chair the Chile-Peru Binational Cabinet with "
            "Peru's Foreign Minister Luis Vega in Lima on 12 June.\n\n"
            "The Cabinet will be preceded by a meeting of vice-ministers on 11 June, co-chaired by Chile's "
            "Vice Minister Pablo Soto and Peru's Vice Minister Rosa Diaz.\n",
            ("bilateral", ["Pablo Soto", "Rosa Diaz"]),
        ),
    ],
)
def test_preceding_meeting_is_a_side_meeting(text: str, want: tuple[str, list[str]]) -> None:
    assert want in _sides(_b(text))


def test_named_body_session_co_chaired_stays_multilateral() -> None:
    b = _b(
        "NATO defence ministers will meet in Brussels on 12 June, hosted by Secretary General Mark "
        "Halvard.\n\n"
        "On Wednesday, the Ukraine Defence Contact Group will meet at NATO Headquarters, co-chaired by the "
        "United Kingdom's Defence Secretary, Fiona Kettle, and Germany's Minister of Defence, Jorg Hubner.\n"
    )
    assert ("bilateral", ["Fiona Kettle", "Jorg Hubner"]) not in _sides(b)


# --- a journey "from X for Y" whose purpose is dated later in the sentence ------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Foreign Secretary Rafiq Alam will leave Dhaka for Bangkok on Sunday, 8 June, to lead the "
            "Bangladesh delegation at the sixth round of Foreign Office Consultations, to be held at the "
            "Ministry of Foreign Affairs of Thailand on 9 June 2025.\n",
            date(2025, 6, 9),
        ),
        (
            "The Minister will depart Colombo for Male on 14 June to lead the Sri Lankan side at the Joint "
            "Commission, to be held in Male on 15 June.\n",
            date(2025, 6, 15),
        ),
        (
            "The Foreign Secretary will leave Kathmandu for Dhaka on 20 June, to lead the Nepali delegation "
            "at the Foreign Secretary-level talks, to be held at the State Guest House on 21 June.\n",
            date(2025, 6, 21),
        ),
    ],
)
def test_journey_then_meeting_day_in_one_sentence(text: str, day: date) -> None:
    main = next(e for e in _b(text).events if e.kind == "main")
    assert main.date == day


def test_journey_without_a_later_meeting_day_keeps_its_day() -> None:
    main = next(
        e
        for e in _b(
            "Foreign Secretary Rafiq Alam will leave Dhaka for Bangkok on 8 June to lead the Bangladesh "
            "delegation at the Foreign Office Consultations.\n"
        ).events
        if e.kind == "main"
    )
    assert main.date == date(2025, 6, 8)


# --- "the COAS" and an army's delegation -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, opening",
    [
        (
            "The visitor called on General Asim Raza, Chief of Army Staff (COAS), on 3 June.\n\n"
            '"Our armies have much to learn from each other," the COAS remarked.\n',
            "Asim Raza",
            "Our armies",
        ),
        (
            "The delegation met Admiral Naveed Shah, Chief of Naval Staff (CNS), on 3 June.\n\n"
            '"Maritime security is a shared task," the CNS said.\n',
            "Naveed Shah",
            "Maritime security",
        ),
        (
            "The minister met Air Chief Marshal Zaheer Malik, Chief of Air Staff (COAS), on 3 June.\n\n"
            '"We value this partnership," the COAS said.\n',
            "Zaheer Malik",
            "We value",
        ),
    ],
)
def test_title_initials_name_the_holder(text: str, name: str, opening: str) -> None:
    assert _speaker(_b(text), opening) == name


def test_ministry_initials_are_no_person() -> None:
    b = _b(
        "General Asim Raza, Chief of Army Staff, met the visitors on 3 June.\n\n"
        '"The talks were useful," the MOFA said.\n'
    )
    assert _speaker(b, "The talks") is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "A five-member Bangladesh Army delegation led by Chief of General Staff Lieutenant General Abdul "
            "Karim is visiting Pakistan from 8 to 11 June.\n",
            "Abdul Karim",
            "Bangladesh",
        ),
        (
            "A Sri Lanka Navy delegation led by Chief of Staff Rear Admiral Nalin Perera will visit India "
            "from 8 to 11 June.\n",
            "Nalin Perera",
            "Sri Lanka",
        ),
        (
            "A Nepal Army delegation headed by Chief of General Staff Lieutenant General Prabhu Sharma will "
            "visit Bangladesh from 8 to 11 June.\n",
            "Prabhu Sharma",
            "Nepal",
        ),
    ],
)
def test_army_delegation_gives_its_leader_the_state(text: str, name: str, country: str) -> None:
    assert _people(_b(text))[name][1] == country


def test_delegation_of_a_non_state_service_gives_no_state() -> None:
    people = _people(
        _b("A Salvation Army delegation led by Commissioner Jane Roe will visit Pakistan from 8 to 11 June.")
    )
    assert people["Jane Roe"][1] is None


# --- the day of the meeting a preparatory one comes before ---------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Foreign Minister Sita Rai of Nepal and Sri Lanka's Foreign Minister Dinesh Silva will co-chair "
            "the third Nepal-Sri Lanka Joint Commission in Kathmandu on 4 June.\n\n"
            "The Joint Commission meeting will be preceded by a meeting of senior officials on 3 June, "
            "co-chaired by the two Foreign Secretaries.\n",
            date(2025, 6, 4),
        ),
        (
            "Foreign Minister Somsak Phan of Thailand and Lao Foreign Minister Thongsavanh Keo will co-chair "
            "the Laos-Thailand Joint Commission in Luang Prabang on 20 June.\n\n"
            "The Joint Commission will be preceded by a meeting of senior officials on 19 June, co-chaired "
            "by Thai Permanent Secretary Chai Rattana and Lao Deputy Minister Bounmy Sone.\n",
            date(2025, 6, 20),
        ),
        (
            "Vietnamese Foreign Minister Bui Thanh Son and Cambodian Foreign Minister Prak Sokhonn will "
            "co-chair the Joint Commission in Hanoi on 20 June.\n\n"
            "The meeting will be preceded by a senior officials' meeting on 18-19 June, where Deputy Foreign "
            "Minister Do Hung Viet will lead the Vietnamese side.\n",
            date(2025, 6, 20),
        ),
    ],
)
def test_preparatory_meeting_day_is_not_the_main_day(text: str, day: date) -> None:
    main = next(e for e in _b(text).events if e.kind == "main")
    assert main.date == day


def test_meeting_held_on_a_day_stays_its_day() -> None:
    b = _b(
        "The ministerial meeting will be held on 10 June in Vientiane, followed by a press conference on "
        "11 June.\n"
    )
    assert next(e for e in b.events if e.kind == "main").date == date(2025, 6, 10)
