"""Topics, round 10: a list that goes on after an adjunct cut it ("A as X does Y, B, and C", "A in July, and
on B"), a gerund's "and" pair ("strengthening deterrence and resilience"), relative clauses cut before the
list is split ("A and B ties that support growth", "the plan through which X promised Y", "the capabilities
Kestria will need")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> list[str]:
    return [t.name for t in extract(text, today=REF).topics]


def test_a_list_goes_on_after_an_as_clause_with_a_serial_and() -> None:
    names = _topics(
        "Minister Ila Marn will travel to Porto Vell on March 20 for the Varden Council.\n\n"
        "The ministers will discuss their continued support for Kestria as it rebuilds its northern "
        "provinces, the accession of Lorvia and Pellan, strengthening the council's flood defence posture, "
        "and preparations for the Varden Summit."
    )
    assert "accession of Lorvia and Pellan" in names
    assert any("flood defence posture" in n for n in names)
    assert not any(n.startswith("it rebuilds") for n in names)


def test_a_list_goes_on_after_ahead_of_and_a_contact_clause_is_cut() -> None:
    names = _topics(
        "Minister Ila Marn will host the Varden contact group in Porto Vell on March 20.\n\n"
        "Discussions will center on coastal radar ahead of the storm season, grain storage, and the "
        "longer-term capabilities Kestria will need to guard its coast."
    )
    assert "grain storage" in names
    assert "longer-term capabilities" in names


def test_a_list_goes_on_after_a_date_with_and_on() -> None:
    names = _topics(
        "Minister Ila Marn will host the Varden ministers in Porto Vell on March 20.\n\n"
        "She said ministers would focus on strengthening deterrence and resilience, on delivering on the "
        "decisions taken at the Varden Summit in July, and on continuing support for Kestria."
    )
    assert "deterrence and resilience" in names
    assert any("support for Kestria" in n for n in names)


def test_a_verb_after_the_adjunct_is_no_list_item() -> None:
    names = _topics(
        "Minister Ila Marn will host the Varden ministers in Porto Vell on March 20.\n\n"
        "Ministers will take stock of the grain pledge made at the summit in Lorvia in 2025, and prepare "
        "for the summit in Pellan in July."
    )
    assert not any(n.startswith("prepare") for n in names)


def test_relative_clauses_are_cut_before_the_list_is_split() -> None:
    names = _topics(
        "Minister Ila Marn will visit Porto Vell on March 20.\n\n"
        "She will also discuss cooperation on river health, grain storage and rail safety, and trade and "
        "investment ties that support jobs at home.\n\n"
        "On the agenda are the coastal market, the reform and growth plan through which the bank has "
        "promised the region new loans, and the fight against smuggling.\n\n"
        "They will discuss opening talks on a grain transit agreement that would ease the movement of "
        "barges for farmers and millers."
    )
    assert "trade and investment ties" in names
    assert "reform and growth plan" in names
    assert "grain transit agreement" in names
    assert not any("support jobs" in n for n in names)


def test_bullets_of_actions_under_efforts_to() -> None:
    names = _topics(
        "President Ila Marn will host Prime Minister Dov Retz of Kestria in Porto Vell on April 10.\n\n"
        "During the visit, the leaders will discuss their shared efforts to:\n\n"
        "• modernize the navy's command and control structures and deepen shipyard cooperation;\n"
        "• strengthen food security and resilient grain routes, including for rice and wheat;\n"
        "• support Lorvia as it rebuilds after the floods; and\n"
        "• expand people-to-people ties between our two nations.\n\n"
        "The President looks forward to welcoming Prime Minister Retz."
    )
    assert any("command and control structures" in n for n in names)
    assert "shipyard cooperation" in names
    assert "food security" in names
    assert "resilient grain routes" in names
    assert any(n.startswith("people-to-people ties") for n in names)
    assert any(n.startswith("support Lorvia") for n in names)
    assert not any(n.endswith(" to") for n in names)  # "their shared efforts to:"
    assert "Lorvia" not in names
    assert "control structures" not in names  # "command and control" stays one


def test_a_noun_bullet_is_no_action() -> None:
    names = _topics(
        "Ministers Ila Marn and Dov Retz will meet in Porto Vell on April 10.\n\n"
        "Ministers are expected to address:\n"
        "- support for Lorvia, including through the river fund;\n"
        "- strengthening deterrence and resilience on the coast;\n"
        "- grain production."
    )
    assert "support for Lorvia" in names
    assert any(n.startswith("deterrence and resilience") for n in names)
    assert "deterrence" not in names


def test_a_bullet_line_ends_the_list_of_the_line_above() -> None:
    names = _topics(
        "Minister Ila Marn will travel to Porto Vell for the Varden Council on 17 April.\n\n"
        "- Minister Marn attends the Varden Council in Porto Vell from 17 to 19 April\n"
        "- will call for a joint response to Lorvia's seizure of the grain barges\n"
        "- will urge partners to provide Kestria with more river patrol boats\n"
    )
    assert "joint response to Lorvia's seizure of the grain barges" in names


def test_a_meeting_on_names_its_subjects() -> None:
    names = _topics(
        "Minister Ila Marn will travel to Porto Vell on Friday, where she will join Kestrian Defence "
        "Minister Dov Retz for a trilateral meeting on the river brigade being stationed in Lorvia "
        "and on coastal radar cooperation.\n\n"
        "The ministers began meeting on their own in 2019."
    )
    assert "river brigade" in names
    assert "coastal radar cooperation" in names
    assert not any("own" in n for n in names)


def test_a_dinner_on_a_subject_on_the_evening_of_a_day() -> None:
    names = _topics(
        "Minister Ila Marn will attend the Varden Council in Porto Vell on March 12.\n\n"
        "She will also join Minister Dov Retz for a working dinner on river security on the evening of "
        "March 12, including a working lunch on the afternoon of March 13."
    )
    assert "river security" in names
    assert not any("lunch" in n or "dinner" in n for n in names)


def test_a_year_that_says_which_one_and_overshadow_the_talks() -> None:
    names = _topics(
        "Foreign ministers will meet in Porto Vell on Friday.\n\n"
        "The states must agree on the chairmanship for 2027 and on the leadership of the council.\n\n"
        "But diplomats said Kestria's financing for 2028 would dominate the corridors.\n\n"
        "The floods in Lorvia and the drought in Pellan are expected to overshadow the talks."
    )
    assert "chairmanship for 2027" in names
    assert any(n.startswith("Kestria's financing") for n in names)
    assert any(n.startswith("floods in Lorvia") for n in names)


def test_a_lowercase_slogan_stays_whole_and_a_quoted_vision_after_toward() -> None:
    names = _topics(
        "Minister Ila Marn will visit Porto Vell on Friday.\n\n"
        "She will reaffirm the enduring commitment of Kestria to a safe and secure river basin.\n\n"
        'The ministers are expected to affirm cooperation toward a "green and open delta" and to discuss '
        "fisheries."
    )
    assert any(n.endswith("safe and secure river basin") for n in names)
    assert not any(n.endswith(" a safe") for n in names)
    assert "green and open delta" in names


def test_a_series_of_purposes_gives_each_object() -> None:
    names = _topics(
        "Secretary Ila Marn will travel to Porto Vell, Kestria, from May 2 to 4.\n\n"
        "Throughout the trip, the Secretary will work with regional partners to end illegal river "
        "crossings, stop the flow of counterfeit grain, combat transnational smuggling networks, and counter "
        "the reach of the Lorvian cartels in the region, while deepening economic ties that benefit both "
        "peoples.\n\n"
        "The Secretary will end the three-day visit in Pellan."
    )
    assert "illegal river crossings" in names
    assert "transnational smuggling networks" in names
    assert "economic ties" in names
    assert not any("visit" in n for n in names)


def test_a_purpose_object_of_one_word_keeps_its_complement() -> None:
    names = _topics(
        "Minister Ila Marn will travel to Porto Vell for the Varden Council, where she will urge partners to "
        "coordinate further sanctions against Lorvia and step up river patrols.\n\n"
        "The ministers will meet in Porto Vell to coordinate flood relief for Pellan as the rains continue."
    )
    assert "sanctions against Lorvia" in names
    assert "flood relief" in names
    assert not any(n.startswith("further") for n in names)


def test_bullets_under_he_will_raise() -> None:
    names = _topics(
        "Foreign Secretary Ila Marn will visit Porto Vell on 30 August.\n\n"
        "The Foreign Secretary will be clear where the two countries disagree. He will raise:\n\n"
        "- Kestria's support for the blockade of the delta;\n"
        "- the erosion of press freedoms in Lorvia, including the case of editor Dov Retz; and\n"
        "- stability on the river border.\n\n"
        "He will also meet the mayor."
    )
    assert any(n.startswith("erosion of press freedoms in Lorvia") for n in names)
    assert "stability on the river border" in names


def test_what_is_pledged_or_packaged() -> None:
    names = _topics(
        "Kestria's backers will meet in Porto Vell on Wednesday to drum up fresh pledges of flood barriers "
        "and river pumps.\n\n"
        "Minister Ila Marn said she would announce a new package of sandbag machines worth several million "
        "pounds."
    )
    assert "flood barriers" in names
    assert "river pumps" in names
    assert "sandbag machines" in names


def test_press_logistics_give_no_topic_and_a_modal_tail_is_cut() -> None:
    names = _topics(
        "Minister Ila Marn will host the Varden Council in Porto Vell on March 20.\n\n"
        "A spokesperson said that several agreements on river cooperation should be signed there.\n\n"
        "Media interested in covering the press conference must register with the press office.\n\n"
        "Journalists wishing to cover the arrival ceremony should submit requests by March 18."
    )
    assert "river cooperation" in names
    assert not any("press" in n or "ceremony" in n or "should" in n for n in names)
