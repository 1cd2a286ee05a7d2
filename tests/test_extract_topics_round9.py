"""Topics, round 9: bullets in "○" and other signs, a list under "will review cooperation in:", a list of
one kind of marker that stops at the release's next numbered paragraph, and "Topics at the forum are
expected to include A" / "the agenda would include A" (a country among them)."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> list[str]:
    return [t.name for t in extract(text, today=REF).topics]


def test_round_bullets_under_an_agenda_line_stop_at_the_next_numbered_paragraph() -> None:
    names = _topics(
        "1. Minister of Foreign Affairs Orrin Tave will visit Kestria from March 21 to 22.\n\n"
        "2. At the meeting, the ministers plan to discuss ways to deepen cooperation. Items on the agenda "
        "include:\n"
        "  ○ youth exchanges, including student programmes;\n"
        "  ○ the ageing of rural towns; and\n"
        "  ○ flood management and safety.\n\n"
        "3. On the sidelines of the meeting, Minister Tave will hold talks with his counterpart.\n\n"
        "4. The ministry hopes the meeting will bring the two countries closer."
    )
    assert "youth exchanges" in names
    assert "flood management and safety" in names
    assert not any("sidelines" in n for n in names)


def test_a_numbered_list_under_review_cooperation_in() -> None:
    names = _topics(
        "Secretary Ila Marn will host Foreign Minister Dov Retz of Kestria in Porto Vell on 27 February.\n\n"
        "The two sides will review cooperation in:\n\n"
        "1. grain trade and food security;\n"
        "2. fisheries and forestry; and\n"
        "3. culture, sport and tourism.\n\n"
        "The Secretary will also host a working lunch."
    )
    assert "grain trade and food security" in names
    assert "fisheries and forestry" in names
    assert "culture, sport and tourism" in names


def test_topics_expected_to_include_a_list_with_a_country() -> None:
    names = _topics(
        "Defence ministers will gather in Porto Vell from Friday for the regional security forum.\n\n"
        "Topics at the forum are expected to include the Tallow Strait, Kestria, the drone programme of "
        "Norland and coastal radar cooperation."
    )
    assert "Kestria" in names
    assert "coastal radar cooperation" in names


def test_the_agenda_would_include() -> None:
    names = _topics(
        "Foreign ministers of four countries will meet in Porto Vell on Tuesday.\n\n"
        "Officials said the agenda would include the security of subsea links, flood response, and a "
        "shared stockpile of rare metals."
    )
    assert "security of subsea links" in names
    assert "flood response" in names


def test_engage_with_counterparts_on_and_advocate_for() -> None:
    names = _topics(
        "Minister Tessa Orlan will travel to Porto Vell on May 5 for the forum.\n\n"
        "At the meeting, Minister Orlan will engage with counterparts from the largest economies on reform "
        "of the lending system, water and energy security, and global health. She will also advocate for a "
        "lasting peace in the Tallow basin."
    )
    assert "reform of the lending system" in names
    assert "water and energy security" in names
    assert "global health" in names
    assert "lasting peace in the Tallow basin" in names


def test_approach_to_decisions_on_and_in_terms_of() -> None:
    names = _topics(
        "Defence ministers of the alliance will meet in Porto Vell on June 5.\n\n"
        "The ministers intend to coordinate their approach to supply security.\n\n"
        '"We will take decisions on the readiness goals, the most ambitious in our history. They set out '
        "what members need to deliver, in terms of air and sea defence, long-range fires and field "
        'hospitals," the Secretary General said.'
    )
    assert "supply security" in names
    assert "readiness goals" in names
    assert "air and sea defence" in names
    assert "field hospitals" in names
    assert not any(n.startswith("most ") for n in names)


def test_cooperation_in_two_fields_keeps_the_pair() -> None:
    names = _topics(
        "The two ministers will meet in Porto Vell on 29 July. They will review the partnership, including "
        "cooperation in shipping and fisheries, grain and timber, and student exchanges."
    )
    assert "shipping and fisheries" in names


def test_a_purpose_inside_a_purpose() -> None:
    names = _topics(
        "The two ministers met in Porto Vell on 3 March. Minister Orlan also expressed her intention to "
        "expand coastal patrol assistance to Kestria for enhancing harbour protection capabilities."
    )
    assert "harbour protection capabilities" in names


def test_consultation_on_and_an_agreement_concerning() -> None:
    names = _topics(
        "The two ministers will meet in Porto Vell on 3 March. They will also hold the second meeting of "
        "the high-level consultation on youth and sports exchanges, which was launched in 2019.\n\n"
        "They will attend the signing of the Agreement between Norland and Kestria concerning Visiting "
        "Forces (VFA)."
    )
    assert "youth and sports exchanges" in names
    assert "Visiting Forces (VFA)" in names


_MEET = "Foreign Minister Ana Kovar will meet Foreign Minister Lars Dunmore in Porto Vell on Monday.\n\n"


def test_more_agenda_phrasings() -> None:
    cases = {
        "The agenda is expected to feature river sharing and grain exports.": "river sharing",
        "They are also likely to touch upon river sharing.": "river sharing",
        "Key items include river sharing, grain exports and rail links.": "rail links",
        "The two sides are expected to sign agreements in the fields of solar power and rail transport.": (
            "rail transport"
        ),
        "The discussions will revolve around river sharing and grain exports.": "grain exports",
        "The meeting will deliberate upon river sharing.": "river sharing",
        "The talks are expected to focus largely on river sharing.": "river sharing",
        "Grain exports and river sharing are likely to feature in the talks.": "river sharing",
    }
    for sentence, topic in cases.items():
        assert topic in _topics(_MEET + sentence), sentence


def test_the_sidelines_and_a_day_are_no_topics() -> None:
    names = _topics(
        "Defence Secretary Ana Kovar will deliver the opening address on Saturday at the three-day forum, "
        "which runs until Sunday.\n\n"
        "An official said Porto Vell had proposed talks on the sidelines."
    )
    assert not any(n.lower().startswith(("sidelines", "saturday")) for n in names)
