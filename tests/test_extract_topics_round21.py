"""Topics, round 21: bullets under "exchange views on:" and "▲" lines, "with A topping the agenda", talks
with a titled person ("Hon.", "H.E. Mr.") on A, a list that goes on with "as well as" after an adjunct, a
named pair closed by a place, rarer cues ("the themes of X include", "a proposal for", "recommendations on",
"assessments of", "the urgency of", "opposition to", "the signing of", "the state of play on", "a meeting at
ministerial level on", "to adopt"), "prepare the upcoming A", a quoted theme, "..., along with A" after an
agenda phrase, terms of art joined by "and", and "A and B C in <place>"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

REF = date(2026, 3, 4)
LEAD = "Foreign Minister Orrin Tave of Kestria will visit Porto Vell on 21 March.\n\n"


def _topics(text: str) -> list[str]:
    return [t.name.lower() for t in extract(LEAD + text, today=REF).topics]


def _found(names: list[str], phrase: str) -> bool:
    """The phrase is a topic or held in one, as the scorer reads it."""
    return any(f" {phrase.lower()} " in f" {n} " for n in names)


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The ministers are expected to exchange views on:\n- the future of river shipping;\n"
            "- flood defences for delta towns.",
            ["future of river shipping", "flood defences for delta towns"],
        ),
        (
            "According to the ministry, Kestria will put forward requests on:\n\n- naval mine clearance\n"
            "- field hospitals\n\nThe minister returns on Friday.",
            ["naval mine clearance", "field hospitals"],
        ),
        (
            "The agenda includes:\n▲ coastal radar upgrades\n▲ the joint patrol calendar for 2027\n\n"
            "A joint statement is expected.",
            ["coastal radar upgrades", "joint patrol calendar for 2027"],
        ),
    ],
)
def test_bullets_under_views_on_and_triangle_lines(body: str, wanted: list[str]) -> None:
    names = _topics(body)
    assert all(_found(names, w) for w in wanted), names


def test_bullets_under_a_line_of_no_agenda_stay_out() -> None:
    names = _topics("Accreditation details are listed below:\n- badge collection desk\n- parking passes")
    assert not _found(names, "badge collection desk") and not _found(names, "parking passes")


@pytest.mark.parametrize(
    "body",
    [
        "Ministers will meet in Porto Vell, with grain corridors and the river treaty topping the agenda.",
        "Ministers will gather on Monday, with grain corridors and the river treaty dominating the agenda.",
        "The council meets next week, with grain corridors and the river treaty heading the agenda.",
    ],
)
def test_with_a_and_b_topping_the_agenda(body: str) -> None:
    names = _topics(body)
    assert _found(names, "grain corridors") and _found(names, "river treaty"), names


def test_topping_other_than_the_agenda_is_no_topic() -> None:
    names = _topics("Ministers will meet in Porto Vell, with the grain harvest topping the news.")
    assert not _found(names, "grain harvest")


@pytest.mark.parametrize(
    "body",
    [
        "He will hold talks with the Premier of Lessa, Hon. Dov Retz, and Deputy Premier Ilo Varn on "
        "fisheries licensing and port fees.",
        "She will hold consultations with the Chair of the Delta Commission, H.E. Mr. Ilo Varn, on "
        "fisheries licensing and port fees.",
        "Ministers will hold an informal exchange of views with the Lessan Minister of Trade, Dr. Ana Pell, "
        "on fisheries licensing and port fees.",
        "He will receive a briefing from Gen. Ivo Dask, Chief of the Lessan Defence Staff, on fisheries "
        "licensing and port fees.",
    ],
)
def test_talks_with_a_titled_person_on_a(body: str) -> None:
    names = _topics(body)
    assert _found(names, "fisheries licensing") and _found(names, "port fees"), names


def test_talks_with_a_titled_person_on_the_sidelines_is_no_topic() -> None:
    names = _topics("He will hold talks with Hon. Dov Retz, Premier of Lessa, on the sidelines of the forum.")
    assert not any("sidelines" in n for n in names)


@pytest.mark.parametrize(
    "body",
    [
        "Ministers will discuss the grain corridor following the flood season, as well as river piracy and "
        "the protection of undersea cables.",
        "Ministers will discuss the grain corridor amid rising fuel prices, as well as river piracy and the "
        "protection of undersea cables.",
        "The talks will address the grain corridor while the harvest lasts, as well as river piracy and the "
        "protection of undersea cables.",
    ],
)
def test_a_list_goes_on_with_as_well_as_after_an_adjunct(body: str) -> None:
    names = _topics(body)
    assert _found(names, "river piracy") and _found(names, "protection of undersea cables"), names


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "She will discuss strengthening cooperation between the Coastal Guard and the Harbour Authority "
            "in the Delta.",
            "cooperation between the Coastal Guard and the Harbour Authority",
        ),
        (
            "They will discuss closer ties between Kestria and Lessa across the Pacific.",
            "ties between Kestria and Lessa",
        ),
        (
            "They will review the partnership between the River League and the Port Council in the region.",
            "partnership between the River League and the Port Council",
        ),
    ],
)
def test_a_named_pair_closed_by_a_place_stays_whole(body: str, pair: str) -> None:
    assert _found(_topics(body), pair)


def test_a_pair_of_common_nouns_is_no_named_pair() -> None:
    names = _topics("They will discuss cooperation between the two sides and the region in the Delta.")
    assert not _found(names, "cooperation between the two sides and the region in the delta")


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (
            "The themes of this year's forum include river governance and seabed mining, he said.",
            "river governance",
        ),
        ("Envoys will press both sides to accept a proposal for a 30-day truce.", "30-day truce"),
        (
            "Ministers are expected to finalise recommendations for leaders on the Seabed Charter.",
            "Seabed Charter",
        ),
        ("The envoys will share their assessments of the recent rocket launches.", "recent rocket launches"),
        ("He will stress the urgency of a full prisoner exchange.", "full prisoner exchange"),
        ("She will restate her opposition to dam building on the upper river.", "dam building"),
        ("Leaders will witness the signing of the Delta Water Accord.", "Delta Water Accord"),
        ("The Commissioner will present the state of play on the Harbour 2030 projects.", "Harbour 2030"),
        (
            "The Council will hold a meeting at ministerial level on the security situation in the Delta.",
            "security situation in the Delta",
        ),
        (
            "They are also expected to adopt the Guidelines for River Navigation.",
            "Guidelines for River Navigation",
        ),
    ],
)
def test_rarer_agenda_cues(body: str, wanted: str) -> None:
    assert _found(_topics(body), wanted)


def test_adopt_before_a_pronoun_is_no_cue() -> None:
    names = _topics("The text is ready and ministers are expected to adopt it without a vote.")
    assert not any(n.startswith("it") for n in names)


@pytest.mark.parametrize(
    "body",
    [
        "Envoy Ivo Dask met Minister Ana Pell on Monday to prepare next month's Delta Water Forum.",
        "Ministers will prepare the upcoming Delta Water Forum.",
        "He will meet Minister Ana Pell to prepare the next Delta Water Forum, following the one in May.",
    ],
)
def test_prepare_the_upcoming_meeting(body: str) -> None:
    assert _found(_topics(body), "Delta Water Forum")


def test_prepare_without_a_coming_meeting_is_no_cue() -> None:
    assert not _found(_topics("Staff will prepare the hall for the delegations."), "hall")


@pytest.mark.parametrize(
    "body",
    [
        'The Minister will speak on Saturday on the theme "Rivers as bridges between nations".',
        'The theme of the summit is "Rivers as bridges between nations".',
        'The forum, themed "Rivers as bridges between nations", opens on Friday.',
    ],
)
def test_a_quoted_theme(body: str) -> None:
    assert _found(_topics(body), "Rivers as bridges between nations")


def test_a_quoted_banner_is_no_theme() -> None:
    names = _topics('Delegates will pass under a banner reading "Welcome to the river city".')
    assert not _found(names, "welcome to the river city")


@pytest.mark.parametrize(
    "body",
    [
        "Officials said grain quotas and the visa issue were likely to come up, along with the proposed "
        "U.S. river pact.",
        "Grain quotas are expected to be discussed, together with the proposed U.S. river pact.",
        "Grain quotas will be on the agenda, along with the proposed U.S. river pact.",
    ],
)
def test_along_with_after_an_agenda_phrase(body: str) -> None:
    assert _found(_topics(body), "proposed U.S. river pact")


def test_along_with_a_country_is_no_topic() -> None:
    names = _topics("Grain quotas will be on the agenda, along with Chile.")
    assert "chile" not in names


@pytest.mark.parametrize(
    ("body", "term"),
    [
        (
            "He will advance the modernization of alliance command and control relationships.",
            "command and control",
        ),
        (
            "The ministers will discuss search and rescue cooperation and river patrols.",
            "search and rescue cooperation",
        ),
        (
            "The talks will cover humanitarian assistance and disaster relief, and port access.",
            "humanitarian assistance and disaster relief",
        ),
        (
            "They will discuss shipbuilding and maintenance, repair and overhaul of patrol boats.",
            "maintenance, repair and overhaul",
        ),
    ],
)
def test_terms_of_art_joined_by_and_stay_whole(body: str, term: str) -> None:
    assert _found(_topics(body), term)


def test_a_plain_pair_still_parts() -> None:
    names = _topics("The ministers will discuss grain trade and river fishing.")
    assert _found(names, "grain trade") and _found(names, "river fishing")


@pytest.mark.parametrize(
    ("body", "item"),
    [
        (
            "Talks will focus on water and climate security in Central Asia, and trade.",
            "water and climate security in Central Asia",
        ),
        (
            "Talks will focus on energy and food security in the region, and trade.",
            "energy and food security in the region",
        ),
        (
            "Talks will focus on fisheries and marine science in Lessa, and trade.",
            "fisheries and marine science in Lessa",
        ),
    ],
)
def test_a_lone_noun_shares_the_place_of_a_two_word_one(body: str, item: str) -> None:
    assert _found(_topics(body), item)
