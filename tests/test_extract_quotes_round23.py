"""Round 23 (quotes): who speaks when a statement "quoted him as saying", a two-word family name's full
name behind a portfolio the title cut after "and", and a briefing of record's turns (no quotes)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2031, 3, 2)


def _brief(text: str) -> Briefing:
    return extract(text, source="t", published=None, today=_REF)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first three words) of each quote, in order."""
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in _brief(text).quotes]


# --- "the statement quoted him as saying": the one quoted speaks ---


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Trade Minister Oskar Vellinga will visit Tallinn on March 9.\n\n"
            "In Riga, Minister Vellinga welcomed the plan in a note from his ministry. "
            '"We are ready to open a new chapter with our Baltic partners," the note quoted him as saying.\n',
            "Oskar Vellinga",
        ),
        (
            "Health Minister Ilse Marangoni will travel to Quito on April 4.\n\n"
            "Minister Marangoni backed the accord on Sunday. "
            '"Our clinics will be the first to benefit from the new supply lines," a ministry readout '
            "quoted her as saying.\n",
            "Ilse Marangoni",
        ),
        (
            "Energy Minister Tobias Renhardt will host the Nordic grid talks in Oslo on May 3, joined by "
            "Swedish Energy Minister Petra Lindholm.\n\n"
            '"The grid is the spine of our economy," Minister Renhardt said.\n\n'
            "In Stockholm, Minister Lindholm welcomed the invitation in a statement. "
            '"Our two grids will soon work as one," the statement quoted her as saying.\n',
            "Petra Lindholm",
        ),
    ],
)
def test_quoted_as_saying_names_the_speaker(text: str, who: str) -> None:
    assert _speakers(text)[-1][0] == who


def test_quoted_ministry_as_saying_is_no_person() -> None:
    # near miss: the one quoted is an office, not a person the text names
    text = (
        "Trade Minister Oskar Vellinga will visit Tallinn on March 9.\n\n"
        "The agency said the visit was long planned. "
        '"The talks will cover customs and rail freight in detail," the agency quoted the ministry '
        "as saying.\n"
    )
    assert _speakers(text) == [(None, "The talks will")]


# --- a portfolio the title cut after "and": the word before a comma name is no name ---


@pytest.mark.parametrize(
    ("text", "name", "role", "speaker"),
    [
        (
            "Secretary Hartwell will meet Colombia's Minister of Finance and Public Credit, Mateo Quintero "
            "Salazar, in Bogota on March 10.\n\n"
            'Minister Quintero Salazar said he expected "a firm timetable" for the talks.\n',
            "Mateo Quintero Salazar",
            "Minister of Finance and Public Credit",
            "Mateo Quintero Salazar",
        ),
        (
            "Minister Ravel will meet Honduras's Minister of Interior and Public Order, Elena Vargas "
            "Duarte, in Tegucigalpa on March 12.\n\n"
            '"We are ready to sign," Vargas Duarte said.\n',
            "Elena Vargas Duarte",
            "Minister of Interior and Public Order",
            "Elena Vargas Duarte",
        ),
    ],
)
def test_field_cut_after_and_closes_at_comma_name(text: str, name: str, role: str, speaker: str) -> None:
    b = _brief(text)
    got = {p.name: p.role for p in b.people}
    assert got.get(name) == role
    assert not any(len(p.name.split()) == 1 and p.name != "Hartwell" and p.name != "Ravel" for p in b.people)
    assert b.quotes[0].speaker == speaker


def test_single_name_after_title_without_comma_name_stays() -> None:
    # near miss: no full name follows after a comma, so the word after the title is the holder's name
    b = _brief(
        "Minister Ravel will meet Singapore's Minister for Trade and Industry Tan on March 12 in Singapore.\n"
    )
    assert "Tan" in {p.name for p in b.people}


# --- a briefing of record and an advisory's moderator line: no quotes ---


def test_named_spokesperson_record_and_advisory_lines_are_no_quotes() -> None:
    # near misses: a briefing of record whose labels name the spokesperson (the record itself, no quote),
    # and an advisory's "Moderator: A B" line
    record = (
        "Department Press Briefing\n\n"
        "Lena Marsh, Department Spokesperson\n\n"
        "MS MARSH: Good afternoon. The Secretary will travel to Accra on March 14.\n\n"
        "QUESTION: Will she also stop in Lome?\n\n"
        "MS MARSH: Not on this trip.\n"
    )
    assert _speakers(record) == []
    advisory = (
        "Foreign Press Center Briefing on the Accra Visit\n\n"
        "The Center will host a virtual briefing on March 10 with:\n\n"
        "Moderator: Lena Marsh, Director of the Foreign Press Center\n\n"
        "Registration: Journalists must register by 5:00 p.m. on March 9 through the portal.\n"
    )
    assert _speakers(advisory) == []


# --- an office's initials after a capitalised "The", and an unnamed official after a lead-in: no one ---


def test_the_office_initials_said_is_no_one() -> None:
    text = (
        "Foreign Secretary Marisol Tan will visit Wellington on March 20.\n\n"
        'The DFA said in a statement: "The visit reflects the depth of our partnership with New Zealand."\n\n'
        "DFA spokesperson Ramon Dizon Cruz said the talks would cover fisheries.\n"
    )
    assert _speakers(text) == [(None, "The visit reflects")]


def test_the_title_initials_said_is_its_holder() -> None:
    # near miss: initials that spell a person's title still mean that person
    text = (
        "Principal Secretary Amina Wekesa will lead the delegation to the Nairobi talks on March 20.\n\n"
        'The PS said: "We come ready to close every open chapter of the agreement."\n'
    )
    assert _speakers(text) == [("Amina Wekesa", "We come ready")]


@pytest.mark.parametrize(
    ("subject", "who"),
    [
        ("a Navy official said", None),
        ("Minister Voss said", "Harald Voss"),  # near miss: a named subject after the lead-in speaks
    ],
)
def test_unnamed_official_after_lead_in(subject: str, who: str | None) -> None:
    text = (
        "Defence Minister Harald Voss will meet Admiral Keiko Tamura in Oslo on March 20.\n\n"
        f"Asked whether Minister Voss and Admiral Tamura would discuss submarines, {subject}: "
        '"We have nothing planned yet, and nothing is ruled out."\n'
    )
    assert _speakers(text) == [(who, "We have nothing")]


# --- side meetings: "will hold the A-B Defence Ministers' Meeting with B" is a meeting of its own ---


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.participants) for e in _brief(text).events if e.kind not in ("main", "other")]


_TWO_PLUS_TWO = (
    "Minister travels to Chile for Canada–Chile 2+2\n\n"
    "The Minister of National Defence, the Hon Elise Marchand, will travel to Chile this week for the fourth "
    "Canada–Chile Foreign and Defence Ministerial Dialogue.\n\n"
    "Minister Marchand and the Minister of Foreign Affairs, Paul Ostrander, will meet Chile's Foreign "
    "Minister, Tomas Errazuriz, and Defence Minister, Lucia Benavente, in Santiago on Thursday 12 March.\n\n"
)


@pytest.mark.parametrize(
    "clause",
    [
        "On Wednesday 11 March, Minister Marchand will hold the annual Canada–Chile Defence Ministers' "
        "Meeting with Minister Benavente, covering naval exercises.\n",
        "On Wednesday 11 March, Minister Marchand is to hold the Canada–Chile Defence Ministers' Meeting "
        "with Minister Benavente.\n",
    ],
)
def test_hold_the_format_meeting_with(clause: str) -> None:
    assert _sides(_TWO_PLUS_TWO + clause) == [("bilateral", ["Elise Marchand", "Lucia Benavente"])]


def test_hold_the_format_meeting_that_is_the_main_event() -> None:
    # near miss: the lead's own meeting, held with the one it names, is the main event, no side meeting
    text = (
        "Minister Marchand to hold Canada–Chile Defence Ministers' Meeting\n\n"
        "The Minister of National Defence, the Hon Elise Marchand, will hold the annual Canada–Chile Defence "
        "Ministers' Meeting with Chile's Defence Minister, Lucia Benavente, in Santiago on Wednesday 11 "
        "March.\n\nThe ministers will discuss naval exercises and Antarctic logistics.\n"
    )
    assert _sides(text) == []


# --- a title's initials as a side meeting's subject ("EAM will call on B. He is also expected to meet C") ---

_EAM_VISIT = (
    "Visit of External Affairs Minister to Chile (March 15-17, 2031)\n\n"
    "At the invitation of H.E. Ms. Valentina Rojas Mena, Minister of Foreign Affairs of Chile, External "
    "Affairs Minister Dr. Arjun P. Deshmukh will pay an official visit to Santiago from 15-17 March 2031.\n\n"
    "2. {who} will call on H.E. Mr. Tomas Errazuriz, President of Chile. He is also expected to meet "
    "H.E. Mr. Ignacio Pardo Vial, Minister of Mining, and interact with the Indian community.\n"
)


def test_initials_subject_is_the_title_holder() -> None:
    assert _sides(_EAM_VISIT.format(who="EAM")) == [
        ("bilateral", ["Arjun P. Deshmukh", "Ignacio Pardo Vial"])
    ]


def test_initials_no_title_spells_stay_the_protagonist() -> None:
    # near miss: "DPM" spells no one's title here: the meeting stays the protagonist's, as before
    assert _sides(_EAM_VISIT.format(who="DPM")) == [
        ("bilateral", ["Valentina Rojas Mena", "Ignacio Pardo Vial"])
    ]


# --- "..., and to exchange views with C": a second infinitive's meeting of its own ---

_OTTAWA = (
    "Minister Okabe to Visit Ottawa\n\n"
    "1. Minister for Foreign Affairs OKABE Hiroto will visit Ottawa from March 15 to 17. Minister Okabe is "
    "scheduled to hold a Japan-Canada Foreign Ministers' Meeting with Minister Claire Dubois on March 16, "
    "and "
)


def test_second_infinitive_meeting_is_its_own() -> None:
    text = _OTTAWA + "to exchange views with the Honourable Martin Leclerc, National Security Advisor.\n"
    assert _sides(text) == [
        ("bilateral", ["Okabe Hiroto", "Claire Dubois"]),
        ("bilateral", ["Okabe Hiroto", "Martin Leclerc"]),
    ]


def test_second_infinitive_without_a_person_adds_nothing() -> None:
    # near miss: views exchanged on a subject, with no one named, are the same talks
    text = _OTTAWA + "to exchange views on Arctic shipping and critical minerals.\n"
    assert _sides(text) == [("bilateral", ["Okabe Hiroto", "Claire Dubois"])]


# --- "he'll participate in the X Conference, chaired by B": B chairs the gathering attended, no other ---

_JAKARTA = (
    "Secretary Marlowe to Travel to Jakarta\n\n"
    "Secretary of State Evan Marlowe will be in Jakarta from March 17 to March 20 for the ASEAN-related "
    "foreign ministers' meetings.\n\n"
)


def test_chair_of_the_attended_gathering_is_no_gathering_of_its_own() -> None:
    text = _JAKARTA + (
        "In Jakarta, the Secretary will start with a bilateral meeting with Indonesian Foreign Minister Dewi "
        "Kartika on March 17. On March 18, he'll participate in the ASEAN-U.S. Post Ministerial Conference, "
        "chaired by Foreign Minister Kartika, and then visit the ASEAN Secretariat.\n"
    )
    assert ("multilateral", ["Dewi Kartika"]) not in _sides(text)


def test_chair_of_a_gathering_no_one_attends_before_stays() -> None:
    # near miss: the chaired meeting is another gathering than the one the Secretary joins
    text = _JAKARTA + (
        "On March 19, the Secretary will join the Indo-Pacific Maritime Dialogue. The Lower Mekong "
        "Ministerial Meeting, chaired by Foreign Minister Dewi Kartika, will be held on March 19 with "
        "ministers from five countries.\n"
    )
    assert ("multilateral", ["Dewi Kartika"]) in _sides(text)


def test_contracted_will_ends_the_subject() -> None:
    # "There he'll meet A and call on B": the call is the traveller's, not A's
    text = (
        "Secretary Marlowe to Travel to Jakarta and Hanoi\n\n"
        "Secretary of State Evan Marlowe will be in Jakarta from March 17 to March 20 for the ASEAN-related "
        "foreign ministers' meetings, and then in Hanoi on March 21.\n\n"
        "Then on to Hanoi. There he'll meet with Foreign Minister Tran Van Long and call on Prime Minister "
        "Le Minh Quang.\n"
    )
    calls = [e.participants for e in _brief(text).events if e.kind == "other" and e.participants]
    assert calls == [["Evan Marlowe", "Le Minh Quang"]]


# --- "will meet with B and C to discuss X": the host's two officials in one meeting, its agenda shared ---

_ACCRA = (
    "Under Secretary Voigt Travels to Ghana\n\n"
    "Under Secretary of Defense for Policy Dr. Helena Voigt will travel to Ghana March 18-20 to reaffirm "
    "U.S. security partnerships in West Africa.\n\n"
    "In Accra, Under Secretary Voigt will {verb} Minister for Defence Kwame Mensah-Boateng and Chief of the "
    "Defence Staff Vice Adm. Esi Owusu-Ansah{tail}.\n"
)


def test_shared_purpose_joins_the_hosts_officials() -> None:
    text = _ACCRA.format(verb="meet with", tail=" to discuss maritime security in the Gulf of Guinea")
    assert _sides(text) == [("bilateral", ["Helena Voigt", "Kwame Mensah-Boateng", "Esi Owusu-Ansah"])]


def test_officials_met_with_no_shared_purpose_stay_apart() -> None:
    # near miss: "will also meet B and C" with no purpose after them: one meeting with each, as before
    assert _sides(_ACCRA.format(verb="also meet", tail="")) == [
        ("bilateral", ["Helena Voigt", "Kwame Mensah-Boateng"]),
        ("bilateral", ["Helena Voigt", "Esi Owusu-Ansah"]),
    ]


# --- "C will join leaders for a meeting of the X Council": C's session of that body ---

_RIGA = (
    "EU leaders head to Riga for a summit on energy security\n\n"
    "RIGA, Latvia (AP) — European Union leaders gather this week in the Latvian capital for a two-day summit "
    "that opens Thursday.\n\n"
)


def test_will_join_leaders_for_a_meeting_of_the_body() -> None:
    text = _RIGA + (
        "On Friday, Moldovan President Ana Cebotari will join leaders for a meeting of the EU-Moldova "
        "Association Council, the first held in the Baltics.\n"
    )
    assert _sides(text) == [("multilateral", ["Ana Cebotari"])]


def test_travel_for_a_meeting_of_a_body_joined_by_no_one_stays_out() -> None:
    # near miss: "travel to X for a meeting of the Y Council" names no one joining: no side meeting, as before
    text = _RIGA + (
        "On Friday, Moldovan President Ana Cebotari will travel to Chisinau for a meeting of the Moldovan "
        "Security Council.\n"
    )
    assert _sides(text) == []


# --- "after a stop in Xcity, where she is due to meet B": a meeting in another city than the main event's ---


def test_stop_in_another_city_where_a_meeting_is_held() -> None:
    text = _RIGA + (
        "German Chancellor Jonas Brenner is expected to arrive Wednesday evening after a stop in Vilnius, "
        "where he is due to meet Lithuanian President Rasa Kairyte to discuss the brigade stationed there.\n"
    )
    assert _sides(text) == [("bilateral", ["Jonas Brenner", "Rasa Kairyte"])]


def test_where_clause_in_the_main_city_restates_the_main_event() -> None:
    # near miss: "in Riga, where he is due to meet B": the main event's own city, no meeting of its own
    text = _RIGA + (
        "German Chancellor Jonas Brenner is expected to arrive in Riga, where he is due to meet Latvian "
        "President Rasa Kairyte to discuss the summit.\n"
    )
    assert _sides(text) == []


# --- a format joining a state to a group of states ("A-Caribbean Island States Meeting"): multilateral ---

_CARIBBEAN = (
    "Chinese foreign minister to tour the Caribbean\n\n"
    "Chinese Foreign Minister Zhou Lan will visit Jamaica and Barbados from August 18 to 22, a ministry "
    "spokeswoman said.\n\n"
    "In Bridgetown, the final stop, he will co-chair the third {fmt} Foreign Ministers' Meeting with "
    "Barbados' Foreign Minister Alicia Greaves on August 22, she said.\n"
)


@pytest.mark.parametrize("fmt", ["China-Caribbean Island States", "China-Pacific Island Countries"])
def test_format_with_a_group_of_states_is_multilateral(fmt: str) -> None:
    assert _sides(_CARIBBEAN.format(fmt=fmt)) == [("multilateral", ["Zhou Lan", "Alicia Greaves"])]


@pytest.mark.parametrize("fmt", ["China-Barbados", "China-United States"])
def test_format_of_two_states_stays_bilateral(fmt: str) -> None:
    # near miss: two states' format ("United States" a state, not a group of them)
    assert _sides(_CARIBBEAN.format(fmt=fmt)) == [("bilateral", ["Zhou Lan", "Alicia Greaves"])]
