"""Topics, round 11: agenda lines in headlines and after a copula ("A, B on agenda", "A is on the agenda"),
lists cut at ", while", more agenda verbs and nouns (speak on, a summit on, a trilateral with X on, finalising
an agreement, preparing for, decide on, positions on, areas like, prioritizes, the centrepiece of),
purpose verbs (maintain, keep ... open, acquire, launch), counts that are no dates, and list splitting
(two -ing actions, one -ing verb with two objects, an adjective run after a later item's article)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> list[str]:
    return [t.name for t in extract(text, today=REF).topics]


def _has(names: list[str], want: str) -> bool:
    low = [n.lower() for n in names]
    return any(want.lower() == n or f" {want.lower()} " in f" {n} " for n in low)


_BODY = (
    "\n\nPORTO VELL, March 3 -- Kestria and Morvia will hold talks in Porto Vell on Friday, officials said."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Kestria, Morvia to hold ministerial talks on Friday; grain trade, river security on agenda",
        "Kestria to host Morvian premier in Lune as grain trade, river security top agenda",
        "Morvia's ministers to meet in Lune with grain trade and river security on agenda",
        "Kestria-Morvia talks: grain trade, river security on agenda",
    ],
)
def test_a_headline_names_its_agenda(headline: str) -> None:
    names = _topics(headline + _BODY)
    assert _has(names, "grain trade") and _has(names, "river security")
    assert not any("talks" in n or "host" in n or "meet" in n for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Grain trade and river security are also on the agenda, a ministry official said.",
        "Grain trade and river security were on the agenda as well.",
        "Officials said grain trade and river security would be high on the agenda.",
        "Grain trade and river security will be on the agenda, the spokesman said.",
    ],
)
def test_items_said_to_be_on_the_agenda(sentence: str) -> None:
    names = _topics("Minister Orrin Tave will visit Lune on Friday. " + sentence)
    assert _has(names, "grain trade") and _has(names, "river security")


@pytest.mark.parametrize(
    "sentence",
    [
        "The first session will discuss rural credit, while the second session will address flood control.",
        "Ministers will review rural credit, while their deputies will discuss flood control.",
        "The morning is devoted to rural credit, whereas the afternoon session will cover flood control.",
        "Leaders discussed rural credit on Monday, while officials addressed flood control.",
    ],
)
def test_a_while_clause_starts_its_own_list(sentence: str) -> None:
    names = _topics(sentence)
    assert _has(names, "flood control")
    assert not any("while" in n or "whereas" in n for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "During the sessions, the President will speak on water security, tourism and youth employment.",
        "The President spoke on water security, tourism and youth employment at the forum.",
        "She is speaking on water security, tourism and youth employment at the closing session.",
        "Tave will host leaders in Lune for a summit on water security, tourism and youth employment.",
        "The two ministers will attend a conference on water security, tourism and youth employment.",
    ],
)
def test_speak_on_and_a_summit_on_name_the_agenda(sentence: str) -> None:
    names = _topics(sentence)
    assert _has(names, "water security") and _has(names, "youth employment")


def test_speak_on_a_day_names_no_topic() -> None:
    names = _topics("The President will speak on Monday and a summit on the island follows.")
    assert not names


@pytest.mark.parametrize(
    "sentence",
    [
        "She will hold a trilateral with counterparts from Kestria and Morvia on grain shipping.",
        "He plans to hold talks Thursday with Defence Secretary Ila Marn on grain shipping.",
        "Tave will have a bilateral with Marn on grain shipping.",
        "The minister held a call with her Morvian counterpart on grain shipping.",
        "Officials will hold consultations with Morvia on grain shipping.",
    ],
)
def test_a_meeting_with_someone_on_a_subject(sentence: str) -> None:
    assert _has(_topics(sentence), "grain shipping")


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials were finalising a five-year fisheries patrol arrangement with Morvia, which would help.",
        "The two sides are negotiating a new fisheries patrol arrangement.",
        "Kestria finalized the fisheries patrol arrangement last week.",
        "They hope to conclude a fisheries patrol arrangement by the end of the year.",
    ],
)
def test_an_agreement_being_negotiated_is_a_topic(sentence: str) -> None:
    assert _has(_topics(sentence), "fisheries patrol arrangement")


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit comes as the rebels are believed to be preparing for another missile test.",
        "The rebels prepared for another missile test last month, officials said.",
        "The rebels, who are preparing for another missile test, fired two rockets.",
        "Officials fear the rebels prepare for another missile test.",
    ],
)
def test_what_is_being_prepared_for(sentence: str) -> None:
    assert _has(_topics(sentence), "missile test")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tave will also update leaders on the rise in river funding.",
        "Tave updated ministers on the rise in river funding.",
        "The envoy will inform colleagues on the rise in river funding.",
        "Marn briefed reporters on the rise in river funding.",
    ],
)
def test_updating_someone_on_a_subject(sentence: str) -> None:
    assert _has(_topics(sentence), "rise in river funding")


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders will focus on three core missions: protecting our farms, building water security and "
        "accelerating the green transition, and securing the trade routes of the future.",
        "The summit has three goals: protecting our farms, building water security and accelerating the "
        "green transition, and securing the trade routes of the future.",
        "The presidency set out its objectives: protecting our farms, building water security and "
        "accelerating the green transition, and securing the trade routes of the future.",
    ],
)
def test_a_colon_list_of_missions_splits_its_actions(sentence: str) -> None:
    names = _topics(sentence)
    for want in (
        "building water security",
        "accelerating the green transition",
        "trade routes of the future",
    ):
        assert _has(names, want), (want, names)


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to coordinate their positions on a proposed river fund.",
        "Both sides share a common stance on the proposed river fund.",
        "Ministers meet next month to decide on the proposed river fund.",
        "The plan prioritizes the proposed river fund.",
        "We are starting with areas like the proposed river fund, the official said.",
    ],
)
def test_decisions_positions_and_priorities_name_their_subject(sentence: str) -> None:
    assert _has(_topics(sentence), "proposed river fund")


def test_a_participle_after_prioritized_names_no_topic() -> None:
    names = _topics(
        "Morvia is among the countries Kestria has prioritized under the aid framework launched in 2023."
    )
    assert not any(n.startswith("under") for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "The centrepiece of the summit, Tave said, is expected to be a deal on frozen rebel assets.",
        "The centerpiece of the meeting will be a deal among the leaders on frozen rebel assets.",
        "The main focus of the talks is frozen rebel assets.",
        "The highlight of the visit was an agreement between Kestria and Morvia on frozen rebel assets.",
    ],
)
def test_the_centrepiece_of_a_meeting(sentence: str) -> None:
    assert _has(_topics(sentence), "frozen rebel assets")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ('"It is important to keep lines of communication open between our navies," she said.',
         "lines of communication"),
        ("They want to keep open channels of dialogue with Morvia.", "open channels of dialogue"),
        ("The test will show its ability to maintain regional unity amid rivalry.", "regional unity"),
        ("Both sides pledged to uphold the river treaty.", "river treaty"),
        ("Under the plan, Kestria will acquire long-range patrol drones.", "long-range patrol drones"),
        ("Kestria will procure coastal radar systems.", "coastal radar systems"),
        ("Tave will meet Marn on Feb. 24 to launch a Joint River Commission at the ministerial level.",
         "Joint River Commission"),
    ],
)  # fmt: skip
def test_purpose_verbs_maintain_keep_acquire_launch(sentence: str, want: str) -> None:
    assert _has(_topics(sentence), want)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will keep turning up, she said.",
        "The President wants to keep the group focused on results.",
        "The aim is to keep the region free and open.",
    ],
)
def test_keep_without_a_thing_kept_names_no_topic(sentence: str) -> None:
    names = _topics(sentence)
    assert not any(n.startswith(("turning", "group focused", "region free")) for n in names)


def test_an_adjective_run_in_a_purpose_object() -> None:
    names = _topics("The pathway allows Kestria to acquire conventionally-armed, nuclear-powered submarines.")
    assert "conventionally-armed" not in names
    assert _has(names, "nuclear-powered submarines")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("They are likely to discuss the procurement of 31 KX-9 cargo drones.", "KX-9 cargo drones"),
        ("Talks will cover the sale of 12 patrol boats.", "12 patrol boats"),
        ("The ministers will discuss the transfer of 4 used frigates.", "used frigates"),
    ],
)
def test_a_count_before_a_noun_is_no_date(sentence: str, want: str) -> None:
    assert _has(_topics(sentence), want)


@pytest.mark.parametrize(
    "sentence",
    [
        "They will discuss a loan of more than 3 billion dollars.",
        "The ministers will discuss the talks on 12 Sept and about 20 delegations.",
        '"We have not yet decided on a specific date," the official said.',
    ],
)
def test_amounts_dates_and_bare_counts_are_no_topics(sentence: str) -> None:
    names = _topics(sentence)
    assert not any(n.startswith(("than", "20 ", "specific")) or "billion" in n for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides will also exchange views on combating grain fraud and online betting along the "
        "border.",
        "They will discuss fighting grain fraud and online betting.",
        "Officials will review tackling grain fraud and online betting in the border towns.",
    ],
)
def test_one_action_with_two_objects(sentence: str) -> None:
    assert _has(_topics(sentence), "grain fraud and online betting")


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders will discuss a range of issues, including ending the flu outbreak, and upholding a "
        "free, open, rules-based regional order.",
        "Talks will cover trade, and defending a free, open, rules-based regional order.",
        "They will review grain exports, river shipping and a safe, stable, rules-based regional order.",
    ],
)
def test_an_adjective_run_after_a_later_items_article(sentence: str) -> None:
    names = _topics(sentence)
    assert any(
        "open, rules-based regional order" in n or "stable, rules-based regional order" in n for n in names
    )
    assert not any(n in ("open", "stable") or n.endswith((" a free", " a safe")) for n in names)
