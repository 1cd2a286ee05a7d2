"""Side-meeting rules, round 18 (sm18): a clause whose subject is an office alone ("..., while the
Secretary-General will meet B") is held by that office's one holder named in the text, not by the person
who opens the sentence."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import sides_of

TODAY = date(2031, 6, 2)


def _sides(text: str) -> list[tuple[str, list[str]]]:
    """The side meetings extracted from text."""
    return sides_of(extract(text, today=TODAY))


# ---- an office alone as a clause's subject ---------------------------------------------------------------

_BLOC = (
    "Foreign ministers of the Coral Sea Community will meet in Port Verity on 14 September for their annual "
    "ministerial meeting, chaired by Foreign Minister Alaric Dunmore of Norvania. The Secretary-General of "
    "the Community, Mireille Castaine, will present her annual report. "
)


def test_secretary_general_after_while() -> None:
    text = _BLOC + (
        "On the sidelines, Minister Dunmore is scheduled to hold bilateral talks with Foreign Minister "
        "Tobias Renholt of Estavia on 14 September, while the Secretary-General will meet Minister Ilse "
        "Varga of Moldrava to discuss fisheries."
    )
    assert ("bilateral", ["Ilse Varga", "Mireille Castaine"]) in _sides(text)


def test_secretary_general_after_and() -> None:
    text = _BLOC + (
        "On the margins of the meeting, Minister Dunmore and Minister Tobias Renholt of Estavia are expected "
        "to sign a memorandum on ports, and the Secretary-General will hold talks with Minister Ilse Varga "
        "of Moldrava on the reef fund."
    )
    assert ("bilateral", ["Ilse Varga", "Mireille Castaine"]) in _sides(text)


def test_chairperson_after_while() -> None:
    text = (
        "Leaders of the Highland Union will gather in Castelmar on 3 March for their mid-year summit. The "
        "Chairperson of the Union Commission, Desmond Okerlund, will open the session. On the sidelines, "
        "President Halvard Brune of Norvania will meet President Sabine Ortolan of Estavia on 3 March, while "
        "the Chairperson will hold talks with Prime Minister Kasimir Velde of Moldrava."
    )
    assert ("bilateral", ["Desmond Okerlund", "Kasimir Velde"]) in _sides(text)


def test_two_holders_of_the_office_stay_unsure() -> None:
    # two foreign ministers: "the Foreign Minister" does not pick one of them
    text = (
        "Foreign Minister Alaric Dunmore of Norvania will travel to Estavia on 14 September for talks with "
        "Foreign Minister Tobias Renholt. On 15 September, Minister Renholt will host a dinner, while the "
        "Foreign Minister will meet Trade Minister Ilse Varga of Estavia."
    )
    assert not any("Tobias Renholt" in p and "Ilse Varga" in p for _, p in _sides(text))


# ---- "A noted that B will meet C": the teller reports, B meets ---------------------------------------------

_TALKS = (
    "Defence Minister Kaspar Lindqvist of Norvania will host the trilateral defence ministers' meeting with "
    "Defence Minister Tobias Renholt of Estavia and Defence Minister Ilse Varga of Moldrava in Castelmar on "
    "19 August. "
)


def test_noted_that_on_the_margins() -> None:
    text = _TALKS + (
        "Commodore Brandt Oswin, the ministry's spokesman, noted that on the margins of the trilateral "
        "meeting, Minister Lindqvist will hold separate bilateral meetings with Minister Renholt and "
        "Minister Varga."
    )
    sides = _sides(text)
    assert ("bilateral", ["Ilse Varga", "Kaspar Lindqvist"]) in sides
    assert not any("Brandt Oswin" in p for _, p in sides)


def test_confirmed_that() -> None:
    text = _TALKS + (
        "Commodore Brandt Oswin, the ministry's spokesman, confirmed that on 18 August Minister Lindqvist "
        "will meet Minister Renholt for talks on border patrols."
    )
    sides = _sides(text)
    assert ("bilateral", ["Kaspar Lindqvist", "Tobias Renholt"]) in sides
    assert not any("Brandt Oswin" in p for _, p in sides)


def test_announced_that() -> None:
    text = _TALKS + (
        "Spokeswoman Odile Marchetti announced that on the sidelines, Minister Varga will hold talks with "
        "Minister Renholt on 19 August."
    )
    sides = _sides(text)
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in sides
    assert not any("Odile Marchetti" in p for _, p in sides)


def test_teller_who_meets_stays() -> None:
    # the teller is the one who meets: "A announced that he will meet B" keeps A
    text = _TALKS + (
        "Minister Lindqvist announced that on 18 August he will meet Minister Renholt for talks on border "
        "patrols."
    )
    assert ("bilateral", ["Kaspar Lindqvist", "Tobias Renholt"]) in _sides(text)


# ---- a kind word inside what the meeting founds or signs ------------------------------------------------

_VISIT = (
    "President Halvard Brune will welcome President Sabine Ortolan of Estavia to Castelmar on Thursday, 12 "
    "March, for a state visit. "
)


def test_to_launch_a_bilateral_working_group() -> None:
    text = _VISIT + (
        "Trade Minister Kasimir Velde will separately meet Estavia's Minister of Industry, Odile Marchetti, "
        "to launch a bilateral working group on rare earths."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_to_establish_a_trilateral_task_force() -> None:
    text = _VISIT + (
        "Finance Minister Kasimir Velde will also meet Estavia's Finance Minister, Odile Marchetti, to "
        "establish a trilateral task force on customs with a third partner."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_to_sign_a_bilateral_accord() -> None:
    text = _VISIT + (
        "Energy Minister Kasimir Velde will separately meet Estavia's Energy Minister, Odile Marchetti, to "
        "sign a bilateral accord on grid links."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


# ---- "will host B ... for a discussion": the talks by another name --------------------------------------


def test_host_for_a_discussion() -> None:
    text = _VISIT + (
        "On the margins of the visit, Vice President Ilse Varga will host Estavian Foreign Minister Tobias "
        "Renholt at her residence on Wednesday, 11 March, for a discussion of regional security."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


def test_host_for_discussions() -> None:
    text = _VISIT + (
        "Vice President Ilse Varga will also host Estavian Foreign Minister Tobias Renholt on Wednesday, 11 "
        "March, for discussions on the river treaty."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


def test_host_for_consultations() -> None:
    text = _VISIT + (
        "Vice President Ilse Varga will also host Estavian Foreign Minister Tobias Renholt in Lindmark on 11 "
        "March for consultations on the river treaty."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


def test_host_a_reception_is_no_meeting() -> None:
    # hosting an event, not a person for talks
    text = _VISIT + "Vice President Ilse Varga will host a reception for the visiting delegation on 11 March."
    assert not any("Ilse Varga" in p for _, p in _sides(text))


def test_kind_word_naming_the_meeting_stays() -> None:
    # "to launch a trilateral meeting format": the kind word still names the meeting, one of all three
    text = _VISIT + (
        "On 13 March, Trade Minister Kasimir Velde will meet Estavia's Minister of Industry, Odile "
        "Marchetti, and Moldrava's Minister of Industry, Ilse Varga, to launch a trilateral meeting format."
    )
    assert _sides(text) == [("trilateral", ["Ilse Varga", "Kasimir Velde", "Odile Marchetti"])]


# ---- "will be received at the X Palace by B": the place of the audience between verb and host -----------

_FM_VISIT = (
    "Foreign Minister Tobias Renholt of Chile will make an official visit to Uruguay from 1 to 3 July. "
)


def test_received_at_a_palace() -> None:
    text = _FM_VISIT + (
        "On 2 July, Minister Renholt will be received at Vardenholm Palace by Uruguay's Minister of Foreign "
        "Affairs, Ilse Varga."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


def test_received_at_the_ministry_building() -> None:
    text = _FM_VISIT + (
        "On 3 July, Minister Renholt will also be received at the Lindqvist House by Uruguay's Minister of "
        "Trade, Kasimir Velde."
    )
    assert ("bilateral", ["Kasimir Velde", "Tobias Renholt"]) in _sides(text)


def test_received_at_a_named_hall() -> None:
    text = _FM_VISIT + (
        "The next day, Minister Renholt will be received at the Castelmar Grand Hall by Uruguay's Defence "
        "Minister, Odile Marchetti."
    )
    assert ("bilateral", ["Odile Marchetti", "Tobias Renholt"]) in _sides(text)


def test_received_with_honours_is_no_audience() -> None:
    # "received with military honours at the airport": a welcome, no one receives him for talks
    text = _FM_VISIT + (
        "On 1 July, Minister Renholt will be received with military honours at Castelmar Airport by a guard "
        "of the Uruguayan navy."
    )
    assert not any("Tobias Renholt" in p for _, p in _sides(text))


# ---- "preceded on Sunday 12 October by a meeting of officials chaired by A": a day between verb and "by" ---

_MINISTERIAL = (
    "Foreign Minister Alaric Dunmore will host the Coral Sea ministerial meeting in Port Verity on 13 "
    "October with his counterparts from six states. "
)


def test_preceded_on_weekday_and_date() -> None:
    text = _MINISTERIAL + (
        "The ministerial will be preceded on Sunday 12 October by a meeting of senior officials chaired by "
        "Undersecretary Mireille Castaine."
    )
    assert ("multilateral", ["Mireille Castaine"]) in _sides(text)


def test_preceded_on_a_date() -> None:
    text = _MINISTERIAL + (
        "The meeting will be preceded on 12 October by a session of deputy ministers chaired by State "
        "Secretary Mireille Castaine."
    )
    assert ("multilateral", ["Mireille Castaine"]) in _sides(text)


def test_preceded_by_consultations_of() -> None:
    text = _MINISTERIAL + (
        "The meeting will be preceded on 12 October by consultations of political directors chaired by State "
        "Secretary Mireille Castaine."
    )
    assert ("multilateral", ["Mireille Castaine"]) in _sides(text)


def test_preceded_on_weekday_stays() -> None:
    text = _MINISTERIAL + (
        "The ministerial will be preceded on Sunday by a meeting of senior officials chaired by "
        "Undersecretary Mireille Castaine."
    )
    assert ("multilateral", ["Mireille Castaine"]) in _sides(text)


# ---- "will see B": to see a named person is to meet them ----------------------------------------------

_TRIP = (
    "Foreign Minister Tobias Renholt will travel to Lindmark, Castelmar and Vardenholm from 9 to 14 March. "
)


def test_will_see_a_titled_person() -> None:
    text = _TRIP + (
        "The final stop is Vardenholm, where Renholt will see Foreign Minister Ilse Varga before flying home "
        "on Saturday."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


def test_scheduled_to_see() -> None:
    text = _TRIP + "In Castelmar, Renholt is scheduled to see Prime Minister Odile Marchetti on 11 March."
    assert any(sorted(p) == ["Odile Marchetti", "Tobias Renholt"] for _, p in _sides(text))


def test_will_also_see_by_surname() -> None:
    text = _TRIP + (
        "In Lindmark he will hold talks with Defence Minister Kasimir Velde on 9 March. Renholt will also "
        "see Trade Minister Desmond Okerlund on 10 March, a ministry spokesperson said."
    )
    assert ("bilateral", ["Desmond Okerlund", "Tobias Renholt"]) in _sides(text)


def test_see_a_ship_is_no_meeting() -> None:
    text = _TRIP + "In Castelmar, Renholt will see the frigate Valour Star in the harbour on 11 March."
    assert not any("Tobias Renholt" in p and len(p) > 1 for _, p in _sides(text))


def test_host_for_a_discussion_alone() -> None:
    # no other cue word in the sentence: "discussion" alone opens it
    text = _VISIT + (
        "Vice President Ilse Varga will host Foreign Minister Tobias Renholt in Lindmark on 11 March for a "
        "discussion of regional security."
    )
    assert ("bilateral", ["Ilse Varga", "Tobias Renholt"]) in _sides(text)


# ---- "will host B for staff talks": the sort of talks between "for" and the talks ----------------------


def test_host_for_staff_talks() -> None:
    text = _VISIT + (
        "In parallel, the Chief of the Defence Staff, Admiral Kasimir Velde, will host Estavia's Chief of "
        "the General Staff, General Odile Marchetti, for staff talks."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_host_for_navy_to_navy_talks() -> None:
    text = _VISIT + (
        "On 13 March, the Chief of the Defence Staff, Admiral Kasimir Velde, will host Estavia's Chief of "
        "the General Staff, General Odile Marchetti, for navy-to-navy talks."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_host_for_political_consultations() -> None:
    text = _VISIT + (
        "On 13 March, Interior Minister Kasimir Velde will host Estavia's Interior Minister, Odile "
        "Marchetti, for political consultations."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_host_for_in_depth_discussions() -> None:
    text = _VISIT + (
        "Trade Minister Kasimir Velde will host Estavia's Trade Minister, Odile Marchetti, on 13 March for "
        "in-depth discussions."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) in _sides(text)


def test_host_for_a_dinner_stays_no_talks() -> None:
    # a meal is no talks: hosting B for a dinner stays as before
    text = _VISIT + (
        "On 13 March, Defence Minister Kasimir Velde will host Estavia's Defence Minister, Odile Marchetti, "
        "for a private dinner at the ministry."
    )
    assert ("bilateral", ["Kasimir Velde", "Odile Marchetti"]) not in _sides(text)


# ---- "is slated to sit down with B": a scheduled meeting, like "will then sit down with B" -------------


def test_slated_to_sit_down_with() -> None:
    text = _TRIP + "In Castelmar on 11 March, Renholt is slated to sit down with Minister Odile Marchetti."
    assert ("bilateral", ["Odile Marchetti", "Tobias Renholt"]) in _sides(text)


def test_scheduled_to_sit_down_with() -> None:
    text = _TRIP + "In Lindmark, he is scheduled to sit down with Defence Minister Kasimir Velde on 9 March."
    assert ("bilateral", ["Kasimir Velde", "Tobias Renholt"]) in _sides(text)


def test_expected_to_sit_down_with() -> None:
    text = _TRIP + "On 12 March, Renholt is expected to sit down with Interior Minister Desmond Okerlund."
    assert ("bilateral", ["Desmond Okerlund", "Tobias Renholt"]) in _sides(text)


def test_plain_sit_down_stays_the_lead() -> None:
    # "will sit down with B" of the lead's own talks: no side meeting, as before
    text = (
        "Foreign Minister Tobias Renholt will travel to Lindmark on 9 March for talks with Foreign Minister "
        "Kasimir Velde. Renholt will sit down with Velde at the ministry."
    )
    assert _sides(text) == []


# ---- "will receive at the Ministry B": a time or place between "receive" and whom ---------------------


def test_receive_at_the_ministry() -> None:
    text = _MINISTERIAL + (
        "On the eve of the meeting, on 12 October, Minister Dunmore will receive at the Ministry Tobias "
        "Renholt, Foreign Minister of Estavia."
    )
    assert any(sorted(p) == ["Alaric Dunmore", "Tobias Renholt"] for _, p in _sides(text))


def test_receive_in_a_city() -> None:
    text = _MINISTERIAL + (
        "On 12 October, Minister Dunmore will receive in Lindmark Foreign Minister Ilse Varga of Moldrava."
    )
    assert any(sorted(p) == ["Alaric Dunmore", "Ilse Varga"] for _, p in _sides(text))


def test_receive_on_a_day() -> None:
    text = _MINISTERIAL + "Minister Dunmore will receive on 12 October Minister Kasimir Velde of Estavia."
    assert any(sorted(p) == ["Alaric Dunmore", "Kasimir Velde"] for _, p in _sides(text))


def test_receive_a_report_is_no_meeting() -> None:
    text = _MINISTERIAL + "On 12 October, Minister Dunmore will receive at his office the fish report."
    assert not any("Alaric Dunmore" in p for _, p in _sides(text))


# ---- "for the X Force leaders' summit": a named gathering told in lower case ----------------------------


def test_for_a_named_leaders_summit() -> None:
    text = _VISIT + (
        "On Friday 13 March President Brune will travel to Lindmark for the Northern Shield Force leaders' "
        "summit, where he will join counterparts from the Baltic states."
    )
    assert ("multilateral", ["Halvard Brune"]) in _sides(text)


def test_for_a_bloc_leaders_summit() -> None:
    text = _VISIT + (
        "On 14 March President Brune will fly to Vardenholm for the Coral Sea Community leaders' summit."
    )
    assert ("multilateral", ["Halvard Brune"]) in _sides(text)


def test_to_attend_a_named_leaders_summit() -> None:
    text = _VISIT + (
        "After the visit, President Brune will go on to Castelmar on 15 March for the Highland Union "
        "leaders' summit."
    )
    assert ("multilateral", ["Halvard Brune"]) in _sides(text)


def test_leaders_summit_unnamed_stays() -> None:
    # "for a leaders' summit" with no name of its own: as before
    text = _VISIT + "On 14 March President Brune will fly to Vardenholm for a leaders' summit."
    assert ("multilateral", ["Halvard Brune"]) not in _sides(text)
