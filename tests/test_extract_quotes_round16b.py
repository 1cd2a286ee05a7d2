"""Quote rules, round 16 (tuner): "For A, ..." and "The Xish leader, A, ..." open a sentence as its
subject for a later "she said"; an unnamed speaker's sentence keeps the quote after it unnamed, and so
does a relative clause after "said a senior official, who ..."; '"...", after B warned' is no
attribution to B; "that Xland "firmly supports"" is speech, not a term; "dismissed X as", "accused X of",
"writing that" introduce speech; "the HR/VP" and "the ABC Commander" mean the one holder of the title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2031, 5, 6)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _speaker_of(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    assert hits, [q.text for q in b.quotes]
    return hits[0]


_FIRST = (
    "Foreign Minister Taro Velberg will visit Xandria on Monday.\n\n"
    '"We want a new chapter with our neighbours," Velberg said on Friday.\n\n'
)


@pytest.mark.parametrize(
    ("lead", "who"),
    [
        (
            "For Ilse Marwin, a researcher at the Borvia-based Quell Institute, the trip matters.",
            "Ilse Marwin",
        ),
        ("For defence analyst Petra Oslund, of Carrow University, the visit is overdue.", "Petra Oslund"),
        ("In the view of Dr Maren Kaltz, a historian, the timing is not an accident.", "Maren Kaltz"),
    ],
)
def test_for_whom_opens_the_sentence_for_a_later_she_said(lead: str, who: str) -> None:
    b = _b(_FIRST + lead + "\n\n" + '"Symbols are cheap and delivery is hard," she told reporters.')
    assert _speaker_of(b, "Symbols are cheap") == who


@pytest.mark.parametrize(
    "lead",
    [
        "The opposition leader, Greta Lindqvar, accused the government of haste.",
        "The committee chair, Greta Lindqvar, warned against any haste.",
        "The party chair, Greta Lindqvar, called the plan rushed.",
    ],
)
def test_the_title_then_the_name_is_the_subject_for_she_said(lead: str) -> None:
    b = _b(_FIRST + lead + ' "This is a photo opportunity and nothing more," she said.')
    assert _speaker_of(b, "This is a photo opportunity") == "Greta Lindqvar"


def test_a_name_after_for_without_a_comma_is_no_viewer() -> None:
    b = _b(
        _FIRST + "For Greta Lindqvar the talks were a success on every count.\n\n"
        '"We will keep building on this," he said.'
    )
    assert _speaker_of(b, "We will keep building") == "Taro Velberg"


@pytest.mark.parametrize(
    "unnamed",
    [
        "One Western diplomat, who asked not to be named, said the meeting would produce little.",
        "A senior official said the talks would be difficult.",
        "Another diplomat, speaking privately, said the agenda was too long.",
    ],
)
def test_a_quote_after_an_unnamed_speakers_sentence_stays_unnamed(unnamed: str) -> None:
    b = _b(_FIRST + unnamed + ' "Nobody expects a breakthrough in Xandria this week."')
    assert _speaker_of(b, "Nobody expects a breakthrough") is None


def test_a_quote_after_a_named_speakers_sentence_keeps_the_name() -> None:
    b = _b(
        _FIRST + "Velberg said the meeting would be long. " + '"Nobody expects a breakthrough in Xandria."'
    )
    assert _speaker_of(b, "Nobody expects a breakthrough") == "Taro Velberg"


@pytest.mark.parametrize(
    "clause",
    [
        "who briefed reporters ahead of the trip of the Foreign Minister",
        "who spoke on condition of anonymity to describe plans of the Foreign Minister",
        "whose remarks were cleared by the Foreign Minister",
    ],
)
def test_a_relative_clause_after_an_unnamed_speaker_names_no_one(clause: str) -> None:
    b = _b(_FIRST + f'"The minister wants to see the base himself," said a senior official, {clause}.')
    assert _speaker_of(b, "The minister wants to see") is None


def test_a_name_in_apposition_after_said_still_speaks() -> None:
    b = _b(_FIRST + '"We will be ready," said the spokeswoman, Greta Lindqvar.')
    assert _speaker_of(b, "We will be ready") == "Greta Lindqvar"


@pytest.mark.parametrize("word", ["after", "before", "because", "although"])
def test_a_clause_after_the_quote_opened_by_a_joining_word_is_no_attribution(word: str) -> None:
    b = _b(
        _FIRST + "Spokesman Anders Kolbe said on Monday that Vostria would not talk "
        f'"under the shadow of threats", {word} Velberg warned that sanctions were possible.'
    )
    assert _speaker_of(b, "under the shadow of threats") == "Anders Kolbe"


def test_a_name_after_the_quote_still_speaks() -> None:
    b = _b(_FIRST + '"We will not talk under threats," Spokesman Anders Kolbe said on Monday.')
    assert _speaker_of(b, "We will not talk") == "Anders Kolbe"


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        (
            'Envoy Lina Sorvik said in a statement that Vostria "firmly supports" Xandria as host.',
            "firmly supports",
        ),
        (
            'Spokeswoman Lina Sorvik said that Borvia "attaches importance" to the talks.',
            "attaches importance",
        ),
        ('Minister Lina Sorvik told reporters that Xandria "fully backs" the plan.', "fully backs"),
    ],
)
def test_a_short_quoted_verb_after_that_and_a_subject_is_speech(sentence: str, opening: str) -> None:
    b = _b(_FIRST + sentence)
    assert _speaker_of(b, opening) == "Lina Sorvik"


def test_a_term_after_that_alone_stays_a_term() -> None:
    b = _b(_FIRST + 'Lina Sorvik said that "grey zone" tactics were growing.')
    assert not [q for q in b.quotes if q.text.startswith("grey zone")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vostria's ambassador to the UN, Eitan Morrow, dismissed the gathering as "
        '"a circus that rewards nobody".',
        'Opposition leader Eitan Morrow denounced the plan as "a circus that rewards nobody".',
        'Senator Eitan Morrow condemned the summit as "a circus that rewards nobody".',
    ],
)
def test_dismissed_as_gives_the_quote_to_the_subject(sentence: str) -> None:
    b = _b(_FIRST + sentence)
    assert _speaker_of(b, "a circus that rewards") == "Eitan Morrow"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Nadia Korven criticized the trip in a post on X, writing that the government "
        '"is sending the wrong people."',
        "Nadia Korven, the opposition leader, attacked the plan on social media, writing that it "
        '"is a gift to our rivals."',
        'Senator Nadia Korven accused the government of "sending the wrong people to the table."',
    ],
)
def test_writing_that_and_accused_of_introduce_speech(sentence: str) -> None:
    b = _b(_FIRST + sentence)
    assert [q.speaker for q in b.quotes if not q.text.startswith("We want")] == ["Nadia Korven"]


@pytest.mark.parametrize(
    ("people", "cue", "who"),
    [
        (
            "High Representative for Foreign Affairs and Security Policy/Vice-President of the European "
            "Commission Mira Tallen will travel to Xandria.",
            "the HR/VP",
            "Mira Tallen",
        ),
        (
            "XDF Commander General Arto Vell will host the chiefs of defence in Xandria.",
            "The XDF Commander",
            "Arto Vell",
        ),
        (
            "BNG Commandant Rear Admiral Sven Otto will host the meeting in Xandria.",
            "The BNG Commandant",
            "Sven Otto",
        ),
    ],
)
def test_a_title_by_initials_means_its_one_holder(people: str, cue: str, who: str) -> None:
    b = _b(
        people + "\n\n" + f'Ahead of the trip, {cue} said: "The sea is not a lake that belongs to anyone."'
    )
    assert _speaker_of(b, "The sea is not a lake") == who


def test_a_title_by_initials_two_people_hold_means_no_one() -> None:
    b = _b(
        "XDF Commander General Arto Vell and XDF Commander General Sven Otto will host the chiefs.\n\n"
        'Ahead of the trip, the ABC Commander said: "The sea is not a lake that belongs to anyone."'
    )
    assert _speaker_of(b, "The sea is not a lake") is None


# round 16b, part two: quote parts found or left out


@pytest.mark.parametrize(
    "name",
    ["coalition of the willing", "friends of the open sea", "group of like-minded states"],
)
def test_a_so_called_name_is_no_quote_however_long(name: str) -> None:
    b = _b(
        _FIRST + f'Velberg will co-chair the meeting of the so-called "{name}" in Xandria, the ministry said.'
    )
    assert not [q for q in b.quotes if q.text.startswith(name)]


def test_a_long_quote_without_so_called_is_still_found() -> None:
    b = _b(
        _FIRST
        + 'Velberg will chair the meeting, calling it "the group of like-minded states," the ministry said.'
    )
    assert [q for q in b.quotes if q.text.startswith("the group of like-minded")]


@pytest.mark.parametrize(
    "theme",
    [
        "Financing Our Future: Mobilising Domestic Resources for Growth",
        "Oceans of Peace and Shared Prosperity for All",
        "Building Bridges Across the Xandrian Sea Together",
    ],
)
def test_the_theme_of_the_year_is_no_quote(theme: str) -> None:
    b = _b(
        "The 12th Summit of the Xandrian Union will take place on 14 June 2031 in Xcity, "
        f'under the theme of the year "{theme}".'
    )
    assert not b.quotes


_INTRO = "BORVILLE, July 2 -- Foreign Ministry spokesperson Lina Sorvik on Thursday announced:\n\n"


@pytest.mark.parametrize(
    "after",
    [
        "According to the ministry, the dialogue will be held on July 6.",
        "According to officials, the talks will open with a working dinner.",
        "According to the programme, the ministers will sign two agreements.",
    ],
)
def test_a_paragraph_opening_according_to_ends_the_statement(after: str) -> None:
    b = _b(
        _INTRO
        + "At the invitation of Minister Taro Velberg, Minister Arto Vell will visit Xcity.\n\n"
        + after
    )
    assert [q.text[:20] for q in b.quotes] == ["At the invitation of"]


@pytest.mark.parametrize(
    "after",
    [
        "The visit follows the deployment of the Xandrian fleet to the region in 2025.",
        "The trip comes a year after the last round of talks in Borville.",
        "The visit is the first by a chief of staff in a decade.",
    ],
)
def test_a_paragraph_on_the_visit_ends_a_first_person_statement(after: str) -> None:
    b = _b(
        "Defence Secretary Arto Vell will visit Xcity, with the Chief of Staff, Admiral Sven Otto, "
        "who said:\n\n"
        "Our forces train alongside each other every year, and that habit is what makes us credible.\n\n"
        + after
    )
    assert [q.text[:20] for q in b.quotes] == ["Our forces train alo"]


def test_a_first_person_paragraph_still_runs_on() -> None:
    b = _b(
        "Defence Secretary Arto Vell will visit Xcity, with the Chief of Staff, Admiral Sven Otto, "
        "who said:\n\n"
        "Our forces train alongside each other every year, and that habit is what makes us credible.\n\n"
        "The visit lets us thank our partners for that work."
    )
    assert len(b.quotes) == 2


@pytest.mark.parametrize("short", ["Not just photographs.", "Nothing more.", "He never does."])
def test_a_short_sentence_quoted_alone_after_a_speakers_quote_is_theirs(short: str) -> None:
    b = _b(_FIRST + f'"We expect concrete announcements," Ilse Marwin told reporters.\n\n"{short}"')
    assert _speaker_of(b, short.rstrip(".")) == "Ilse Marwin"


def test_a_short_term_quoted_alone_is_no_speech() -> None:
    b = _b(_FIRST + '"We expect concrete announcements," Ilse Marwin told reporters.\n\n"Partners first"')
    assert not [q for q in b.quotes if q.text.startswith("Partners first")]


_RELEASE = (
    "Defence Minister Mira Tallen will travel to Xcity this week to attend the Borvia Forum.\n\n"
    '"The forum is the most important gathering of defence ministers in our region," Ms Tallen said.\n\n'
    "While in Xcity, Ms Tallen will attend a meeting of defence ministers, alongside Borvia's Defence "
    "Minister Arto Vell.\n\n"
)


@pytest.mark.parametrize(
    "alone",
    [
        "This year marks 40 years of the Borvia Pact, and it remains as relevant today as it was then.",
        "The sea is not a lake that belongs to any one of us, but we all share responsibility for it.",
        "Our partners in the region expect us to turn up, to listen and to deliver on what we promise.",
    ],
)
def test_a_quote_paragraph_in_a_one_voice_release_is_that_voices(alone: str) -> None:
    b = _b(_RELEASE + f'"{alone}"')
    assert _speaker_of(b, alone[:20]) == "Mira Tallen"


def test_a_quote_paragraph_in_a_two_voice_text_names_no_one() -> None:
    b = _b(
        _RELEASE
        + '"This year marks 40 years of the Borvia Pact, and it remains as relevant as it was then."\n\n'
        + 'Vell will also attend. "We welcome the visit," Vell said.'
    )
    assert _speaker_of(b, "This year marks 40") is None
