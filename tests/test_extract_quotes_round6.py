"""Quotes, round 6: the speaker after a lead-in clause ("Asked ..., she said:"), unnamed officials and
offices, short partial quotes in reported speech, statements without quote marks inside a paragraph or
in a briefing transcript, British single-quoted partial quotes, and "he said" after an itinerary."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in b.quotes]


def test_pronoun_after_an_asked_lead_in_speaks() -> None:
    b = _b(
        "Ministers to meet in Ostia\n\n"
        "Deputy Press Secretary Lina Marsh said the talks would be short. Asked whether the two leaders "
        'would sign a port deal, she said: "I will not predict the outcome. Work is under way."'
    )
    assert _said(b) == [("Lina Marsh", "I will not predict the o")]


def test_title_after_a_lead_in_clause_speaks_not_the_person_in_it() -> None:
    b = _b(
        "Foreign Secretary to visit Sarno\n\n"
        "Foreign Secretary Tom Rudd will attend the meeting, where Sarno Foreign Minister Piet Var will "
        "also be present.\n\n"
        "Asked on Monday whether he would meet Foreign Minister Piet Var, the Foreign Secretary told "
        'journalists: "No. I see no point in it at all."'
    )
    assert _said(b) == [("Tom Rudd", "No. I see no point in it")]


def test_an_unnamed_official_adding_a_quote_is_no_named_speaker() -> None:
    b = _b(
        "Minister to visit Hanoi\n\n"
        '5. "Our region comes first in our policy," Minister Ana Roe said in an interview.\n\n'
        "6. A Ministry official said the Government expected the meeting to adopt a statement, adding that "
        '"river security will matter a great deal."'
    )
    assert [q.speaker for q in b.quotes] == ["Ana Roe", None]


def test_an_office_that_says_something_is_no_person() -> None:
    b = _b(
        "Minister to travel to Tokyo\n\n"
        "External Affairs Minister Dev Anand will travel to Tokyo. MEA spokesperson Ravi Sen briefed "
        "reporters on Tuesday.\n\n"
        '"The talks will give us a chance to review progress," the MEA said in a statement.'
    )
    assert _said(b) == [(None, "The talks will give us a")]


def test_short_partial_quotes_in_reported_speech_are_quotes_but_labels_are_not() -> None:
    b = _b(
        "Talks in Ostia\n\n"
        'Chamber president Gus Oyelo said the business community was "quite pleased" about the visit. '
        'Foreign Minister Ida Brandt said her country regards Ostia as its "value partner" in the region.'
    )
    assert _said(b) == [("Gus Oyelo", "quite pleased")]
    b = _b('Spokeswoman Mara Lind said Beijing "welcomes" the visit.')
    assert _said(b) == [("Mara Lind", "welcomes")]


def test_a_second_short_quote_in_the_sentence_has_the_same_speaker() -> None:
    b = _b(
        'Chief Cabinet Secretary Ken Oda said at a separate press conference that Tokyo would "clearly '
        'state" its positions while seeking to build a "calm and steady" relationship.'
    )
    assert _said(b) == [("Ken Oda", "clearly state"), ("Ken Oda", "calm and steady")]


def test_a_long_clause_between_the_verb_and_the_quote() -> None:
    b = _b(
        "A spokesperson for the State Department, Mel Hartley-Ross, said in a statement that "
        'Washington\'s commitment to the defense of both of its Pacific allies is "unshakeable."'
    )
    assert _said(b) == [("Mel Hartley-Ross", "unshakeable.")]


def test_posted_on_social_media_and_a_british_single_quoted_partial_quote() -> None:
    b = _b(
        "Minister visits Lusa\n\n"
        "Foreign Minister Kai Brenner met his counterpart on Friday.\n\n"
        '"We need to finish the work. Trust must be rebuilt," Brenner posted on X after the meeting.\n\n'
        "High Commissioner Vera Noor wrote on social media that the visit would be 'a chance to "
        "map out the coming years of our partnership'."
    )
    assert _said(b) == [
        ("Kai Brenner", "We need to finish the wo"),
        ("Vera Noor", "a chance to map out the "),
    ]


def test_he_said_after_an_itinerary_paragraph_is_still_the_spokesperson() -> None:
    b = _b(
        "Minister to visit Wellington\n\n"
        "Foreign Ministry Spokesperson Lu Pan said Foreign Minister Ming Tao would visit next week.\n\n"
        '"Our two countries have long been partners," Lu Pan said.\n\n'
        "The spokesperson noted the anniversary of the partnership. Ming Tao will also meet with Prime "
        "Minister Carl Dunne.\n\n"
        '"We hope the visit will build on this momentum," he said.'
    )
    assert [q.speaker for q in b.quotes] == ["Lu Pan", "Lu Pan"]


def test_said_colon_then_unquoted_text_in_the_same_paragraph() -> None:
    b = _b(
        "Dialogue to be held in Delhi\n\n"
        "5. Speaking to the media on Wednesday, Foreign Secretary Shri Arun Mehra said: Our two countries "
        "share a partnership that reaches every field. The dialogue steers it.\n\n"
        "6. The last dialogue was held in 2022."
    )
    assert _said(b) == [("Arun Mehra", "Our two countries share ")]


def test_a_transcript_answer_after_the_spokespersons_name() -> None:
    b = _b(
        "Spokesperson Mira Tolk Announces Visit\n\n"
        "At the invitation of Foreign Minister Jon Hale, Foreign Minister Sven Orr will visit from May 2 "
        "to 4, spokesperson Mira Tolk said.\n\n"
        "Question: Could you share more details about the visit?\n\n"
        "Mira Tolk: During the visit, Foreign Minister Jon Hale will hold talks with Minister Orr.\n\n"
        "Question: Will there be any signing?\n\n"
        "Mira Tolk: The two sides are in close communication on the outcomes."
    )
    assert _said(b) == [("Mira Tolk", "During the visit, Foreig"), ("Mira Tolk", "The two sides are in clo")]


def test_a_first_person_statement_runs_on_but_not_into_a_readout() -> None:
    b = _b(
        "Secretary to visit Lusa\n\n"
        "Ahead of the visit, Foreign Secretary Lord Penn said:\n\n"
        "The meeting comes at a hard moment. I will be frank with our partners.\n\n"
        "Lusa's presidency is centred on cutting poverty, and this country will be a strong partner.\n\n"
        "The leaders also welcomed the new shipping corridor and agreed to meet again next year."
    )
    assert [(q.speaker, q.text[:20]) for q in b.quotes] == [
        ("Penn", "The meeting comes at"),
        ("Penn", "Lusa's presidency is"),
    ]


def test_two_speakers_in_one_sentence() -> None:
    b = _b(
        "Talks in Oslo\n\n"
        "Defence Minister Kari Lund met Foreign Minister Jan Smit of the Netherlands on Monday. "
        '"We are ready to do more," Lund said, while Smit said: "We agree on the essentials of it."'
    )
    assert [q.speaker for q in b.quotes] == ["Kari Lund", "Jan Smit"]


def test_an_unnamed_speaker_keeps_his_pronoun_and_his_next_paragraph() -> None:
    b = _b(
        "Talks in Oslo\n\n"
        "Defence Minister Kari Lund will visit Oslo on Monday.\n\n"
        '"We expect a deal," a European diplomat said. "But not this week," he said.'
    )
    assert [q.speaker for q in b.quotes] == [None, None]
    b = _b(
        "Talks in Oslo\n\n"
        '"We are ready," Defence Minister Kari Lund said.\n\n'
        '"We expect a deal on shells this week," a senior official said.\n\n'
        '"It is close to done now and everyone knows it."'
    )
    assert [q.speaker for q in b.quotes] == ["Kari Lund", None, None]


def test_an_unattributed_phrase_after_an_article_is_no_speech() -> None:
    b = _b(
        "Ministers meet in Oslo\n\n"
        'Lund and Smit are expected to discuss how to promote a "win-win partnership for all of the peoples '
        'of the region," as agreed by their leaders last year.'
    )
    assert b.quotes == []


def test_single_quotes_with_apostrophes_inside_and_a_comma_outside() -> None:
    head = "Talks in Oslo\n\nDefence Minister Kari Lund will visit Oslo on Monday.\n\n"
    for text, opening in (
        ("'We will never accept this', Ms Lund said.", "We will never accept this"),
        ("'We don't accept it and we won't,' Ms Lund said.", "We don't accept it and we won't"),
        ("‘We don’t accept it and we won’t,’ Ms Lund said.", "We don’t accept it and we won’t"),
        ("‘We will never accept this’, Ms Lund said.", "We will never accept this"),
    ):
        assert [(q.speaker, q.text.rstrip(",")) for q in _b(head + text).quotes] == [("Kari Lund", opening)]
    assert (
        _b(head + "The ministers' meeting will weigh the allies' plans for the region's ports.").quotes == []
    )


def test_a_short_label_in_reported_speech_is_no_quote() -> None:
    b = _b(
        "Talks in Oslo\n\n"
        'Defence Minister Kari Lund said the so-called "grey zone" tactics had grown, and warned against '
        'what she called "salami slicing" at sea.'
    )
    assert b.quotes == []


def test_transcript_labels_with_a_title_or_in_capitals() -> None:
    b = _b(
        "Secretary Amos Dray Remarks to Press\n\n"
        "Secretary of State Amos Dray met Foreign Minister Kari Lund in Oslo on Monday.\n\n"
        "Secretary Dray: Thank you all for coming. We had a very good meeting today.\n\n"
        "Question: Will there be a deal?\n\n"
        "FOREIGN MINISTER LUND: We hope so, and we are working on it.\n\n"
        "Venue: Lancaster House, London.\n\nMedia contact: Jo Bell, +44 20 7000 0000"
    )
    # (round 19: a label in capitals marks a verbatim transcript of record, whose turns the corpus never
    # counts as quotes; the mixed-case label's turn still is one)
    assert _said(b) == [("Amos Dray", "Thank you all for coming")]
