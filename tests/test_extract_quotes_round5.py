"""Quotes, round 5: speakers named after a long quote, by "according to", by a bare or country-qualified
title, by the subject of an earlier "said"; readouts; quoted titles and quoted verb phrases."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:30]) for q in b.quotes]


def test_speaker_named_after_a_running_quote_by_made_the_remarks() -> None:
    b = _b(
        "Ministers meet in Rome\n\n"
        "Foreign Minister Anna Verdi will host Dutch Foreign Minister Piet Zwart on Monday.\n\n"
        '"The first paragraph of a long quotation says that we will talk.\n\n'
        '"The second paragraph goes on with more of the same thinking."\n\n'
        "The Italian minister made the remarks in an interview with a daily newspaper.\n\n"
        '"We will not agree on everything," she continued. "But we agree on the essentials."'
    )
    assert [q.speaker for q in b.quotes] == ["Anna Verdi"] * 4


def test_was_speaking_after_a_quote_names_the_speaker_only_without_an_earlier_one() -> None:
    text = (
        "Trade Minister Olu Bakare met Finance Minister Rhea Moss on Friday.\n\n"
        '"Our markets are open and they will stay open for business."\n\n'
        "Moss was speaking at a forum of exporters in the capital."
    )
    assert _said(_b(text)) == [("Rhea Moss", "Our markets are open and they ")]
    earlier = text.replace('"Our markets', '"We expect a deal soon," Bakare said.\n\n"Our markets')
    assert [q.speaker for q in _b(earlier).quotes] == ["Olu Bakare", "Olu Bakare"]


def test_according_to_a_named_person_before_the_quote() -> None:
    b = _b(
        "Foreign Minister Lena Park met Defence Minister Sami Oduya in Ottawa on Tuesday. "
        'According to Minister Park, the meeting "proved that our two countries share real duties."'
    )
    assert _said(b) == [("Lena Park", "proved that our two countries ")]
    b = _b(
        "The talks were held in Seoul. According to Britain's Ambassador to Korea, Tom Hale, "
        '"the relationship has never been broader or busier."'
    )
    assert _said(b) == [("Tom Hale", "the relationship has never bee")]


def test_according_to_without_a_person_names_no_speaker() -> None:
    b = _b(
        "Foreign Minister Lena Park arrived in Ottawa on Tuesday. According to officials, the visit "
        '"will open a new chapter in the relationship between us."'
    )
    assert [q.speaker for q in b.quotes] == [None]


def test_capitalised_bare_title_means_the_principal_not_the_last_named() -> None:
    b = _b(
        "Readout of Secretary of Defense Carl Benson's Meeting With "
        "Secretary of National Defense Jo Reyes\n\n"
        "Secretary of Defense Carl Benson welcomed Secretary of National Defense Jo Reyes today. "
        "They were joined by Chief of Staff of the Armed Forces Gen. Mark Tolentino.\n\n"
        "The Secretary said:\n\n"
        "Our alliance is ironclad, and our forces will keep training together.\n\n"
        "Secretary Reyes said:\n\n"
        "We seek no confrontation with anyone in these waters."
    )
    assert [q.speaker for q in b.quotes] == ["Carl Benson", "Jo Reyes"]


def test_slash_title_and_she_added_in_one_paragraph() -> None:
    b = _b(
        "The High Representative/Vice-President, Kaisa Lind, will travel to Jakarta. She will be "
        "accompanied by the Deputy Secretary General, Marc Delorme.\n\n"
        'Ahead of the visit, the High Representative/Vice-President said: "Indonesia is a close partner '
        'of ours." She added: "Our security and theirs cannot be separated."'
    )
    assert [q.speaker for q in b.quotes] == ["Kaisa Lind", "Kaisa Lind"]


def test_pronoun_after_reported_speech_is_the_sentence_subject() -> None:
    b = _b(
        "Foreign Secretary Nila Varma, briefing reporters in Delhi, said Prime Minister Ravi Menon "
        "would raise the fisheries data plan.\n\n"
        '"For small island states this data is the difference between knowing and guessing," she said.'
    )
    assert _said(b) == [("Nila Varma", "For small island states this d")]


def test_pronoun_after_a_plain_sentence_is_the_last_named() -> None:
    b = _b(
        "Foreign Secretary Nila Varma briefed reporters. Prime Minister Ravi Menon arrived later.\n\n"
        '"We have a great deal of work to do together this year," he said.'
    )
    assert _said(b) == [("Ravi Menon", "We have a great deal of work t")]


def test_following_readout_paragraphs_are_the_spokespersons_quotes() -> None:
    b = _b(
        "Pentagon Press Secretary Dana Cole provided the following readout:\n\n"
        "Secretary of Defense Carl Benson welcomed Minister of Defence Ian Grey to the Pentagon today.\n\n"
        "The two leaders discussed submarine rotations and critical minerals.\n\n"
        "Following the meeting, Deputy Secretary of Defense Alan Ford hosted the Minister for lunch."
    )
    assert [q.speaker for q in b.quotes] == ["Dana Cole"] * 3


def test_a_quoted_lecture_title_is_not_speech() -> None:
    b = _b(
        "Foreign Minister Lena Park will deliver a lecture at the Institute for Policy Studies, on "
        '"Europe as a security actor in the Indo-Pacific". Under the theme "building trust in an age '
        'of rivalry", the forum opens on Monday.'
    )
    assert b.quotes == []


def test_a_quoted_verb_phrase_after_a_modal_is_a_partial_quote() -> None:
    b = _b(
        'The chief cabinet secretary, Ken Mori, told reporters that Japan would "keep deepening" its ties '
        'with Manila, calling the Philippines a "strategic partner in every sense."'
    )
    assert _said(b) == [("Ken Mori", "keep deepening"), ("Ken Mori", "strategic partner in every sen")]
    # a two-word term inside a reported clause stays out
    b = _b('Foreign Minister Lena Park said Seoul calls Ottawa its "key ally" in the region.')
    assert b.quotes == []


def test_speaker_after_the_quote_with_an_apposition_before_the_verb() -> None:
    b = _b(
        "Foreign Minister Lena Park met Defence Minister Sami Oduya in Ottawa. "
        '"We will keep working together for as long as it takes," Oduya, who flew in from Brussels, '
        "told a news conference."
    )
    assert _said(b) == [("Sami Oduya", "We will keep working together ")]


_CAST = (
    "Japanese Foreign Minister Aiko Tanabe will meet Australian Foreign Minister Clara Dunmore in Canberra "
    "on Monday. Defence Minister Tom Ashby of Australia will also attend.\n\n"
)


def test_country_word_and_title_name_the_one_holder_of_that_country() -> None:
    for said in (
        '"We share the same ocean and the same concerns," Japan\'s foreign minister said.',
        '"We share the same ocean and the same concerns," the Japanese foreign minister said.',
    ):
        assert [q.speaker for q in _b(_CAST + said).quotes] == ["Aiko Tanabe"]
    said = 'Australia\'s foreign minister said: "We share the same ocean and the same concerns."'
    assert [q.speaker for q in _b(_CAST + said).quotes] == ["Clara Dunmore"]
    # two Australian ministers: "the Australian minister" names neither
    said = 'The Australian minister told a newspaper: "We share the same ocean and the same concerns."'
    assert [q.speaker for q in _b(_CAST + said).quotes] == [None]


def test_a_colon_lead_in_or_the_sentence_before_names_the_speaker() -> None:
    said = 'Dunmore put it bluntly: "We share the same ocean and the same concerns."'
    assert [q.speaker for q in _b(_CAST + said).quotes] == ["Clara Dunmore"]
    said = 'Tanabe struck a cautious note. "We share the same ocean and the same concerns."'
    assert [q.speaker for q in _b(_CAST + said).quotes] == ["Aiko Tanabe"]
    # a quoted name after a colon is still a term, not speech
    said = 'Tanabe has chosen a name for it: "Pacific Compact".'
    assert _b(_CAST + said).quotes == []


def test_a_running_quote_attributed_at_its_close_is_the_speakers_throughout() -> None:
    b = _b(
        "Foreign Minister Anna Verdi will host Dutch Foreign Minister Piet Zwart on Monday.\n\n"
        '"The first paragraph of a long quotation says that we will talk.\n\n'
        '"The second paragraph goes on with more of the same thinking," Zwart said.'
    )
    assert [q.speaker for q in b.quotes] == ["Piet Zwart", "Piet Zwart"]


def test_the_following_is_attributable_to_opens_a_readout() -> None:
    b = _b(
        "The following is attributable to Spokesperson Jane Roe:\n\n"
        "Secretary of State Ann Blake met Japanese Foreign Minister Ken Ito today in Washington.\n\n"
        "The two also discussed trade and investment."
    )
    assert [q.speaker for q in b.quotes] == ["Jane Roe", "Jane Roe"]


def test_he_or_she_skips_a_person_the_text_shows_is_the_other() -> None:
    base = (
        "Foreign Minister Lena Park met Defence Minister Sami Oduya in Ottawa on Monday.\n\n"
        '"We agreed on a lot today," Park said.\n\n'
        "Oduya, for his part, stressed the need for more exercises.\n\n"
    )
    she = _b(base + '"We must train together more often," she said.')
    assert [q.speaker for q in she.quotes] == ["Lena Park", "Lena Park"]
    he = _b(base + '"We must train together more often," he said.')
    assert [q.speaker for q in he.quotes] == ["Lena Park", "Sami Oduya"]
