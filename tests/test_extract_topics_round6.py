"""Topics, round 6: whole bullet lines (numbered, lettered, verb-led), more agenda cues ("exchange of
views on", "initiatives on", "expected to dominate the talks", "call for"), relation partners kept,
countries as discussed items, pairs inside comma lists."""

from __future__ import annotations

from datetime import date

from briefings.evaluate.matching import topic_matches
from briefings.extract import extract

REF = date(2026, 3, 4)


def _names(text: str) -> list[str]:
    return [t.name for t in extract(text, today=REF).topics]


def _found(text: str, *wanted: str) -> None:
    """Each wanted topic is matched by some extracted topic, as the evaluator matches them."""
    names = _names(text)
    for w in wanted:
        assert any(topic_matches(w, n) for n in names), (w, names)


def test_bullet_lines_keep_their_and_pairs_and_their_partners() -> None:
    text = (
        "Ministers to meet in Valdora\n\n"
        "Foreign Minister Osric Lenn will host his counterpart on 12 May. They will discuss cooperation in "
        "the following areas:\n\n"
        "- sport and tourism\n"
        "- partnerships with the Pacific islands\n"
        "- fisheries and ocean science\n\n"
        "The visit is the first in five years."
    )
    names = _names(text)
    assert "sport and tourism" in names
    assert "partnerships with the Pacific islands" in names
    assert "fisheries and ocean science" in names


def test_numbered_pillars_after_covering_and_a_head_before_its_comma() -> None:
    _found(
        "Leaders meet in Sarno\n\n"
        "The summit will adopt a vision statement covering four pillars:\n\n"
        "1. resilient food systems, including fertiliser and seed stocks;\n"
        "2. the digital transition, through the Harbour Data Initiative;\n"
        "3. port security and training for customs officers;\n"
        "4. youth exchanges.\n\n"
        "Officials said the text was nearly final.",
        "resilient food systems",
        "the digital transition",
        "port security and training for customs officers",
        "youth exchanges",
    )


def test_lettered_items_keep_a_with_phrase() -> None:
    _found(
        "Ministers to meet in Valdora\n\n"
        "3. The Ministers are expected to exchange views on the following:\n"
        "(1) the implementation of the Valdora-Sarno Logistics Agreement;\n"
        "(2) cooperation with the Nordic states and other partners.\n\n"
        "4. The meeting will be the second of its kind.",
        "cooperation with the Nordic states and other partners",
    )


def test_verb_led_bullets_under_will_give_their_objects() -> None:
    _found(
        "Trade Secretary to attend talks in Sarno\n\n"
        "At the meeting, the Trade Secretary will:\n\n"
        "- call out the blockade of Port Amsel and the harm to grain traders\n"
        "- push for an immediate reopening of the northern corridor to let ships through\n\n"
        "The Secretary returns on Friday.",
        "blockade of Port Amsel",
        "immediate reopening of the northern corridor",
    )


def test_other_matters_on_the_agenda_are_a_list() -> None:
    _found(
        "Defence ministers to meet in Ostia\n\n"
        "Other matters on the agenda are:\n"
        "1. joint training through the coastal working groups;\n"
        "2. a network on Women in Maritime Policing.\n\n"
        "The ministers will issue a statement.",
        "joint training through the coastal working groups",
        "Women in Maritime Policing",
    )


def test_relations_with_a_country_keep_the_country() -> None:
    _found(
        "The agenda also includes support for Velmar, the situation in Ostia and relations with Brenland.",
        "relations with Brenland",
        "support for Velmar",
    )


def test_a_country_discussed_is_a_topic() -> None:
    _found(
        "Seoul and Tokyo will hold talks next week to discuss North Korea and the state of their trade ties.",
        "North Korea",
    )
    _found("The ministers will also discuss Ukraine, Sudan and the Arctic.", "Ukraine")


def test_a_pair_inside_a_comma_list_is_one_topic_too() -> None:
    _found(
        "The commission will review bilateral relations, including trade and investment, digital payments "
        "and education.",
        "trade and investment",
    )


def test_more_agenda_cues() -> None:
    _found(
        "The two sides will have an exchange of views on grain corridors, river dredging and rail links.",
        "grain corridors",
        "river dredging",
    )
    _found(
        "Officials said the ministers are likely to announce new initiatives on ocean mapping, cyber "
        "security and disaster relief.",
        "ocean mapping",
        "cyber security",
        "disaster relief",
    )
    _found("Port fees, fishing rights and ferry links are expected to dominate the talks.", "port fees")
    _found(
        "The envoys will meet next week, with the delayed frigate program expected to top the agenda.",
        "delayed frigate program",
    )
    _found(
        'An official said the meeting would adopt a statement, adding that "river security will feature '
        'prominently this year."',
        "river security",
    )
    _found(
        "Lenn is likely to call for the early release of detained sailors, with Brenland pleading for more "
        "radar systems.",
        "early release of detained sailors",
        "radar systems",
    )
    _found("The envoys will look at ways to stop fuel smuggling at sea.", "fuel smuggling")
    _found(
        "The ministers will agree a plan to fill gaps in their coastal radar coverage.",
        "coastal radar coverage",
    )
    _found(
        "The ministers will adopt the Harbour Declaration on river navigation safety.",
        "river navigation safety",
    )


def test_list_items_lose_a_trailing_passive_or_relative_clause() -> None:
    _found(
        "The ministers will also discuss preparations for the next regional summit to be hosted by Sarno "
        "later this year.",
        "preparations for the next regional summit",
    )
    _found(
        "The talks will cover joint patrols as well as drills under the reciprocal training agreement that "
        "took effect in 2023.",
        "drills under the reciprocal training agreement",
    )


def test_purpose_object_stops_before_based_on_and_against() -> None:
    _found(
        "The two nations will work toward keeping and strengthening a free and open Atlantic based on "
        "shared rules.",
        "free and open Atlantic",
    )
    _found(
        "They will meet to discuss ways to strengthen extended deterrence against missile threats.",
        "extended deterrence",
    )


def test_cooperation_keeps_its_partner_and_to_ease_names_an_object() -> None:
    _found(
        "Ministers meet in Oslo\n\n"
        "The envoy will discuss the response to Ostia's naval cooperation with Brenland.",
        "naval cooperation with Brenland",
    )
    _found(
        "Ministers meet in Oslo\n\nLund has pressed Oslo to ease tariffs on Dutch steel.",
        "tariffs on Dutch steel",
    )
