"""Quotes, round 9: a signature line under a quote, the last paragraph of a quote that opens without a
mark, "he said" after a sentence whose subject is a title or a name before an object, and "A's office
said" (an office speaks, no one named)."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in b.quotes]


def test_a_dash_signature_line_names_the_speaker_of_the_quote_above() -> None:
    b = _b(
        "Minister Orlan to visit Velmora\n\n"
        "The Honourable Tessa Orlan, Minister of Foreign Affairs, will travel to Velmora on March 9.\n\n"
        "She will meet Minister of Trade Bram Keller of Velmora.\n\n"
        "Quotes\n\n"
        '"Our partnership with Velmora is ready to grow. We will open new markets together."\n\n'
        "– The Honourable Tessa Orlan, Minister of Foreign Affairs\n\n"
        '"Our exporters are ready for the region."\n\n'
        "– The Honourable Piet Amsel, Minister of International Trade\n\n"
        "Quick facts\n\n"
        "- Trade between the two countries grew in 2025."
    )
    said = _said(b)
    assert ("Tessa Orlan", "Our partnership with Vel") in said
    assert ("Piet Amsel", "Our exporters are ready ") in said


def test_the_last_paragraph_of_a_quote_may_open_without_a_mark() -> None:
    b = _b(
        "The Honourable Tessa Orlan, Minister of Foreign Affairs, will travel to Velmora on March 9.\n\n"
        '"In a divided world, the forum keeps open doors. We will use our seat well.\n\n'
        'Small states lose the most when rules erode, and gain the most when we renew them."\n\n'
        "- The Honourable Tessa Orlan, Minister of Foreign Affairs"
    )
    said = _said(b)
    assert ("Tessa Orlan", "In a divided world, the ") in said
    assert ("Tessa Orlan", "Small states lose the mo") in said


def test_he_said_means_the_title_that_opens_the_sentence_before() -> None:
    b = _b(
        "President Karl Venn will welcome President Ida Morrow of Estavia on April 15.\n\n"
        "On April 16, Foreign Minister Lars Dunmore of Estavia will attend a working lunch.\n\n"
        "The President looks forward to the visit. Speaking to reporters on Monday, he said: "
        '"Estavia stood with us in hard times, and it stands with us now."'
    )
    assert ("Karl Venn", "Estavia stood with us in") in _said(b)


def test_he_said_means_the_subject_not_the_person_met() -> None:
    b = _b(
        "Defence Minister Arlo Penrith will lead the delegation to the retreat in Tallow on May 5.\n\n"
        "According to the statement, Penrith is also scheduled to hold bilateral talks on the sidelines "
        "with Defence Minister Mirek Dovan.\n\n"
        "“Our region needs cooperation on the ground and at sea.\n\n"
        "“We want our forces to work together quickly when disaster strikes,” he said in the statement."
    )
    said = _said(b)
    assert ("Arlo Penrith", "Our region needs coopera") in said
    assert ("Arlo Penrith", "We want our forces to wo") in said


def test_a_persons_office_speaking_is_no_named_speaker() -> None:
    b = _b(
        "President Ida Morrow of Estavia will visit Tallow on April 15.\n\n"
        'In Estavia, President Morrow\'s office said the visit would open "a new chapter" in relations.'
    )
    assert (None, "a new chapter") in _said(b)


def test_a_lecturer_named_since_the_last_quote_takes_he_said() -> None:
    b = _b(
        "President Darko Lem will receive Prime Minister Ivo Stan in Porto Vell next Monday.\n\n"
        'Speaking last week, Stan said the visit would reflect "a relationship between brothers."\n\n'
        "Omar Teller, an international relations lecturer at Kestria University, said expectations should "
        'be kept modest. "Border deals take decades, not days," he said.'
    )
    assert ("Omar Teller", "Border deals take decade") in _said(b)


def test_french_guillemets_mark_a_quote() -> None:
    b = _b(
        "Minister for the Armed Forces Claire Davoine will travel to Kestria on 12 October.\n\n"
        "«Kestria is a partner of the first order for us. We design, we produce and we train together», "
        "the Minister declared ahead of her departure."
    )
    assert ("Claire Davoine", "Kestria is a partner of ") in _said(b)


def test_a_persons_spokesperson_is_no_named_speaker() -> None:
    b = _b(
        "Foreign Minister Ana Kovar will meet Foreign Minister Lars Dunmore in Porto Vell on Monday.\n\n"
        '"This is a good moment," Dunmore\'s spokesperson said.'
    )
    assert (None, "This is a good moment") in _said(b)


def test_the_ministry_said_gives_no_person_a_later_he_said() -> None:
    b = _b(
        "Defence Secretary Ana Kovar will host Defence Minister Lars Dunmore at the ministry on Monday, "
        "the ministry said.\n\n"
        'The visiting minister is expected to raise the drone programme. "We need answers," he told '
        "reporters before leaving."
    )
    assert ("Lars Dunmore", "We need answers") in _said(b)


def test_she_said_after_a_lowercase_title_subject() -> None:
    b = _b(
        "Prime Minister Ana Kovar will travel to Norland on Monday to meet President Lars Dunmore.\n\n"
        'The prime minister has made the trip a priority. "We have waited too long," she said.'
    )
    assert ("Ana Kovar", "We have waited too long") in _said(b)


def test_he_said_skips_a_subject_that_she_stands_for() -> None:
    b = _b(
        "Foreign Minister Ana Kovar will meet Defence Minister Lars Dunmore on Monday. She will also meet "
        'his deputy.\n\n"It cannot wait," he said of the talks.'
    )
    assert ("Lars Dunmore", "It cannot wait") in _said(b)


def test_a_spokesman_named_in_apposition_speaks() -> None:
    b = _b(
        "Foreign Minister Ana Kovar will meet President Lars Dunmore in Porto Vell on Monday.\n\n"
        '"We have much to do," President Dunmore\'s spokesman, Ivo Marek, told reporters.'
    )
    assert ("Ivo Marek", "We have much to do") in _said(b)


def test_a_title_subject_after_the_last_quote_takes_he_said() -> None:
    b = _b(
        "Foreign Minister Ana Kovar will meet President Lars Dunmore in Porto Vell on Monday.\n\n"
        '"We have much to do," Kovar said.\n\n'
        'The president was more cautious. "The rest can wait," he said.'
    )
    assert ("Lars Dunmore", "The rest can wait") in _said(b)
