"""Side-meeting rules, round 18 (sides5): a ", who ...," aside on the subject of a side meeting does
not hide the subject or make the meeting past."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "A, who last met B in May, will hold talks with her Xish counterpart" ------------------------

_FOUR = (
    "OTTAWA, May 2 (Wire) - Foreign ministers of four democracies will meet in Norville on May 9.\n\n"
    "Secretary of State Adam Corrow will host Chilean Foreign Minister Elsa Varga, Kenyan Foreign "
    "Minister Kenji Arata and Norwegian Foreign Minister Mira Tallis at the State Department.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallis, who last met Arata in Norville in February, will hold talks with her Kenyan "
        "counterpart on the sidelines, officials said.",
        "Tallis, who met Arata in March, will also hold talks with her Kenyan counterpart on the "
        "sidelines.",
        "Tallis, who visited Kenya last year, will hold talks with her Kenyan counterpart on the "
        "sidelines.",
    ],
)
def test_who_aside_keeps_subject(sentence: str) -> None:
    assert ("bilateral", ["Kenji Arata", "Mira Tallis"]) in _sides(_FOUR + sentence)


def test_past_meeting_in_aside_is_not_announced() -> None:
    """Negative: the aside's own past meeting is no side meeting of the text."""
    sides = _sides(_FOUR + "Tallis, who last met Varga in Norville in February, said the talks mattered.")
    assert all(sorted(p) != ["Elsa Varga", "Mira Tallis"] for _, p in sides)


# --- "..., and the two Xish ministers plan to pay a courtesy call on C": a clause of its own --------

_TWO_PLUS_TWO = (
    "OTTAWA -- Chilean Foreign Minister Rosa Ibarra and Defense Minister Tomas Alcalde will travel to "
    "Nairobi next week for two-plus-two security talks with their Kenyan counterparts on July 8, the "
    "Chilean government said on Wednesday.\n\n"
    "Ibarra and Alcalde will sit down with Kenyan Foreign Affairs Secretary Peter Otieno and Defense "
    "Secretary James Mwangi. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alcalde is also set to hold a separate meeting with Mwangi, and the two Chilean ministers plan to "
        "pay a courtesy call on President Samuel Kiprono.",
        "Alcalde will also hold a separate meeting with Mwangi, and the two Chilean ministers are set to "
        "pay a courtesy call on President Samuel Kiprono.",
        "Alcalde is also set to hold a separate meeting with Mwangi, and the two visiting ministers are "
        "expected to call on President Samuel Kiprono.",
    ],
)
def test_plural_subject_clause_is_its_own(sentence: str) -> None:
    assert ("bilateral", ["James Mwangi", "Tomas Alcalde"]) in _sides(_TWO_PLUS_TWO + sentence)


def test_courtesy_call_in_same_clause_stays_a_call() -> None:
    """Negative: one subject's meeting and call in one clause is still a call, not a bilateral."""
    sides = _sides(_TWO_PLUS_TWO + "Alcalde will also pay a courtesy call on President Samuel Kiprono.")
    assert ("bilateral", ["Samuel Kiprono", "Tomas Alcalde"]) not in sides


# --- "A would likely meet B while in X": a hedged but announced meeting ------------------------------

_PREVIEW = (
    "Secretary of State Adam Corrow will travel to Lima next week for a regional foreign ministers' "
    "meeting on July 10, the department said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The official said Corrow would likely meet Chilean Foreign Minister Rosa Ibarra while in Lima.",
        "Corrow will probably meet Kenyan Foreign Minister Peter Otieno while in Lima, an aide said.",
        "Officials said Corrow will likely meet Norwegian Foreign Minister Mira Tallis while in Lima.",
    ],
)
def test_hedged_meeting_is_announced(sentence: str) -> None:
    sides = _sides(_PREVIEW + sentence)
    assert any(k == "bilateral" and "Adam Corrow" in p and len(p) == 2 for k, p in sides)


def test_likely_outside_the_verb_is_no_meeting() -> None:
    """Negative: "likely" beside another verb names no meeting."""
    sides = _sides(_PREVIEW + "Corrow would likely raise trade with Chilean Foreign Minister Rosa Ibarra.")
    assert all("Rosa Ibarra" not in p for _, p in sides)


# --- "will lead a delegation to A, B and C": a trip, whose stops' meetings are side meetings ---------

_MISSION = (
    "Minister to lead cross-party mission\n\n"
    "7 March 2031\n\n"
    "Deputy Prime Minister and Foreign Minister {lead} will lead a {adj}delegation to {stops} from Monday "
    "10 to Saturday 15 March.\n\n"
    "In {city}, the Foreign Minister will meet Prime Minister Dr {host}, who took office in January, and "
    "visit energy projects.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "adj", "stops", "city", "host"),
    [
        ("Ana Sorel", "cross-party ", "Chile, Peru and Bolivia", "Lima", "Luis Paredo"),
        ("Joel Marek", "", "Kenya, Tanzania and Uganda", "Dodoma", "Amani Juma"),
        ("Ines Vardo", "parliamentary ", "Norway, Sweden and Finland", "Stockholm", "Karl Lund"),
    ],
)
def test_delegation_to_several_countries_is_a_trip(
    lead: str, adj: str, stops: str, city: str, host: str
) -> None:
    text = _MISSION.format(lead=lead, adj=adj, stops=stops, city=city, host=host)
    assert ("bilateral", sorted([lead, host])) in _sides(text)


def test_delegation_to_one_event_is_no_trip() -> None:
    """Negative: a delegation to one meeting names no stops."""
    from briefings.extract.eventcues import is_trip
    from briefings.extract.sentences import split

    doc = split("The Minister will lead the delegation to the talks in Lima on Monday.")
    assert not is_trip(doc, doc.sentences[0], frozenset())


# --- "President A will receive Secretary B, in a meeting also attended by C and D" --------------------

_RECEIVE = (
    "MINISTRY OF FOREIGN AFFAIRS\nOfficial Statement\n\n"
    "The Ministry of Foreign Affairs informs that the Secretary of State of the United States, Adam "
    "Corrow, will make an official visit to the Republic of Chile on Sunday, February 2, in Santiago, "
    "accompanied by Special Envoy Mark Dell.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The President of the Republic, Rosa Ibarra, will receive Secretary Corrow at the palace in the "
        "morning, in a meeting that will also be attended by the Minister of Foreign Affairs, Tomas "
        "Alcalde, and the Minister of the Presidency, Juan Perez.",
        "President Rosa Ibarra will receive Secretary Corrow in the morning, in a meeting that will also be "
        "attended by Foreign Minister Tomas Alcalde and Minister of the Presidency Juan Perez.",
        "The President of the Republic, Rosa Ibarra, will also receive Secretary Corrow at noon, together "
        "with Foreign Minister Tomas Alcalde and Minister of the Presidency Juan Perez.",
    ],
)
def test_head_receives_visitor_with_ministers(sentence: str) -> None:
    sides = _sides(_RECEIVE + sentence)
    want = {"Adam Corrow", "Rosa Ibarra", "Tomas Alcalde", "Juan Perez"}
    assert any(k == "bilateral" and set(p) == want for k, p in sides), sides


def test_receive_an_award_is_no_meeting() -> None:
    """Negative: receiving a thing names no meeting."""
    sides = _sides(_RECEIVE + "The President of the Republic, Rosa Ibarra, will receive the Order of Merit.")
    assert all(k == "main" for k, _ in sides) or sides == []


# --- "A and B will hold a working meeting at X, with the participation of C and D" -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Alcalde and Secretary Corrow will later hold a working meeting at the Palacio "
        "Azul, headquarters of the Foreign Ministry, with the participation of the Minister of Security, "
        "Luis Mora, and the Vice Minister of Trade, Ana Ruiz.",
        "Foreign Minister Alcalde and Secretary Corrow will hold a working meeting in the afternoon, with "
        "the participation of Minister of Security Luis Mora and Vice Minister of Trade Ana Ruiz.",
        "Foreign Minister Alcalde and Secretary Corrow will also hold an expanded meeting at the ministry "
        "with the participation of Minister of Security Luis Mora and Vice Minister of Trade Ana Ruiz.",
    ],
)
def test_meeting_with_participation_of(sentence: str) -> None:
    sides = _sides(_RECEIVE + "Foreign Minister Tomas Alcalde will greet him at the airport. " + sentence)
    want = {"Adam Corrow", "Tomas Alcalde", "Luis Mora", "Ana Ruiz"}
    assert any(k == "bilateral" and set(p) == want for k, p in sides), sides


def test_participation_in_a_past_meeting_is_not_announced() -> None:
    """Negative: a meeting held before, with others taking part, is background."""
    sides = _sides(
        _RECEIVE + "Last year the two ministers held a meeting in Lima with the participation of Minister "
        "of Security Luis Mora."
    )
    assert all("Luis Mora" not in p for _, p in sides)


# --- "A will attend the meeting of the X Council with B, chaired by C": A, B's session and C -------

_SUMMIT = (
    "RIGA, July 10 (Wire) - Alliance leaders will gather in Riga on Tuesday for a two-day summit, "
    "Secretary-General Lars Holm said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moldovan President Ana Ciorba is expected to attend in person on Wednesday for the inaugural "
        "meeting of a new Alliance-Moldova Council with alliance leaders, chaired by Holm.",
        "Georgian Prime Minister Levan Beridze will attend the first meeting of the Alliance-Georgia "
        "Council on Wednesday, chaired by Holm.",
        "Finnish President Eero Lahti will also take part in a session of the Northern Partnership Council "
        "on Wednesday, chaired by Holm.",
    ],
)
def test_attendee_of_chaired_session(sentence: str) -> None:
    sides = _sides(_SUMMIT + sentence)
    assert any(k == "multilateral" and "Lars Holm" in p and len(p) == 2 for k, p in sides), sides


def test_chaired_session_without_attendee_verb() -> None:
    """Negative: a person who only comments on the chaired session is not in it."""
    sides = _sides(
        _SUMMIT + "Moldovan President Ana Ciorba welcomed the plan for a new Alliance-Moldova Council "
        "meeting on Wednesday, chaired by Holm."
    )
    assert all("Ana Ciorba" not in p for _, p in sides)


# --- "The meeting of the X Group will take place ... It will be co-chaired by A and B" ---------------

_DEFMIN = (
    "Defence ministers of the Alliance will meet in Riga on 5 June, Secretary-General Lars Holm said.\n\n"
    "Holm will chair the meeting.\n\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The meeting of the Baltic Defence Contact Group will take place at headquarters on the same "
            "day.",
            "It will be co-chaired by the Danish Minister of Defence, Jens Kold, and Polish Minister of "
            "Defence Marek Nowicki.",
        ),
        (
            "A session of the Northern Support Group will be held on 5 June.",
            "It will be co-chaired by Danish Minister of Defence Jens Kold and Polish Minister of Defence "
            "Marek Nowicki.",
        ),
        (
            "The Arctic Security Group will also meet that day.",
            "The meeting will be chaired by Danish Minister of Defence Jens Kold and Polish Minister of "
            "Defence Marek Nowicki.",
        ),
    ],
)
def test_chairs_of_session_named_before(first: str, second: str) -> None:
    sides = _sides(_DEFMIN + first + " " + second)
    assert ("multilateral", ["Jens Kold", "Marek Nowicki"]) in sides, sides


def test_chairs_of_main_meeting_are_no_side_meeting() -> None:
    """Negative: "It will be chaired by" after the main event's own sentence names its chairs."""
    text = (
        "Defence ministers of the Baltic Defence Contact Group will meet in Riga on 5 June. It will be "
        "co-chaired by Danish Minister of Defence Jens Kold and Polish Minister of Defence Marek Nowicki."
    )
    assert ("multilateral", ["Jens Kold", "Marek Nowicki"]) not in _sides(text)


# --- "Leaders will also meet with the partners - X, Y and Z. A, B and C are expected to attend." ------

_PARTNERS = (
    "Alliance leaders will meet in Riga on 9-11 July for their annual summit, Secretary-General Lars Holm "
    "said.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "Leaders will also meet with the Alliance's Pacific partners – Chile, Peru and Fiji. President Rosa "
        "Ibarra of Chile and Prime Minister Sitiveni Tora of Fiji are expected to attend, with Peru "
        "represented by Foreign Minister Luis Paredo.",
        "Ministers will also meet with the Alliance's Gulf partners - Qatar, Oman and Kuwait. Emir Hamad "
        "Khalil of Qatar and Sultan Faisal Nasser of Oman are expected to attend. Foreign Minister Luis "
        "Paredo of Kuwait will also participate.",
        "Leaders will also meet with southern partners, Chile, Peru and Fiji. President Rosa Ibarra of "
        "Chile, Prime Minister Sitiveni Tora of Fiji and Foreign Minister Luis Paredo of Peru are expected "
        "to attend.",
    ],
)
def test_partners_named_by_country_then_attendees(para: str) -> None:
    sides = _sides(_PARTNERS + para)
    assert any(k == "multilateral" and len(p) == 3 and "Luis Paredo" in p for k, p in sides), sides


def test_partners_without_attendees_sentence() -> None:
    """Negative: people the next sentence names for another reason do not join the partners' meeting."""
    sides = _sides(
        _PARTNERS + "Leaders will also meet with the Alliance's Pacific partners – Chile, Peru and Fiji. "
        "President Rosa Ibarra of Chile said the summit mattered."
    )
    assert all("Rosa Ibarra" not in p for _, p in sides)


# --- "A will host his U.S. counterpart, Gen. B, for the annual X Meeting": abbreviations inside --------

_SCM = (
    "SEOUL, Nov. 3 -- Defense Minister Park Min-jae and U.S. Defense Secretary Adam Corrow will hold the "
    "annual Security Consultative Meeting in Seoul on Tuesday, the ministry said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Also on Monday, Joint Chiefs of Staff Chairman Gen. Lee Dong-hoon will host his U.S. counterpart, "
        "Chairman of the Joint Chiefs of Staff Gen. Mark Dell, for the annual Military Committee Meeting.",
        "On Monday, Gen. Lee Dong-hoon will host his U.S. counterpart, Gen. Mark Dell, for the annual "
        "Military Committee Meeting.",
        "Also on Monday, Adm. Lee Dong-hoon will host Gen. Mark Dell of the U.S. for a meeting at the "
        "Joint Chiefs of Staff.",
    ],
)
def test_host_for_meeting_with_abbreviations(sentence: str) -> None:
    assert ("bilateral", ["Lee Dong-hoon", "Mark Dell"]) in _sides(_SCM + sentence)


def test_host_a_reception_is_no_meeting() -> None:
    """Negative: hosting a reception for a community names no meeting."""
    sides = _sides(_SCM + "Also on Monday, Gen. Lee Dong-hoon will host a reception for U.S. veterans.")
    assert all("Lee Dong-hoon" not in p for _, p in sides)


# --- "meetings with his counterparts — his first trip there, and one that comes after B ...": an aside -

_ASIDE_LEAD = "Secretary of State Adam Corrow will travel to Lima this week for a series of meetings with "


@pytest.mark.parametrize(
    "tail",
    [
        "Andean counterparts — his first trip to the region, and one that comes a day after President Mark "
        "Dell sent letters threatening tariffs.",
        "regional counterparts – a trip that comes a week after President Mark Dell announced new duties.",
        "Andean counterparts — one that follows President Mark Dell's tariff threats.",
    ],
)
def test_dash_aside_names_nobody_met(tail: str) -> None:
    sides = _sides(_ASIDE_LEAD + tail)
    assert all("Mark Dell" not in p for _, p in sides), sides


def test_dash_list_of_people_met_is_kept() -> None:
    """Negative: a dash before the names met does not cut them off."""
    text = (
        "Secretary of State Adam Corrow will travel to Lima on May 9 for a summit.\n\n"
        "On the sidelines, Corrow will also hold a trilateral meeting with two counterparts — Chilean "
        "Foreign Minister Rosa Ibarra and Kenyan Foreign Minister Peter Otieno."
    )
    assert ("trilateral", ["Adam Corrow", "Peter Otieno", "Rosa Ibarra"]) in _sides(text)
