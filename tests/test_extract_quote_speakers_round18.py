"""Quote speakers, round 18 (by category over all sets): a bare title several people hold means the
holder the text has just named, else the first holder it names."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _speaker_of(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    assert hits, [q.text for q in b.quotes]
    return hits[0]


_TWO_PS = (
    "Cabinet Secretary Amos Kibet chaired the session.\n\n"
    "The Kenyan delegation included the Principal Secretary for Foreign Affairs, Dr Korir Sing'oei; "
    "and the Principal Secretary for Diaspora Affairs, Ms Roseline Njogu.\n\n"
    "The two sides exchanged views on trade.\n\n"
)


def test_a_title_two_people_hold_means_the_one_just_named() -> None:
    b = _b(
        _TWO_PS + "Speaking to journalists, Sing'oei said the next session would be held in 2026.\n\n"
        '"What matters now is implementation. We have set timelines," the Principal Secretary said.'
    )
    assert _speaker_of(b, "What matters now") == "Korir Sing'oei"


def test_the_other_holder_when_she_was_named_just_before() -> None:
    b = _b(
        _TWO_PS + "Njogu later briefed the diaspora community on the outcome.\n\n"
        '"Our citizens abroad will feel the benefits of this work," the Principal Secretary said.'
    )
    assert _speaker_of(b, "Our citizens abroad") == "Roseline Njogu"


def test_two_deputy_ministers_the_one_named_in_the_paragraph() -> None:
    b = _b(
        "President Carla Neves received the delegation.\n\n"
        "The talks were attended by Deputy Minister of Trade Ana Lopes and Deputy Minister of Energy "
        "Rui Matos.\n\nThe delegations discussed grid links.\n\n"
        "Matos told reporters the line would open in 2027. "
        '"We are ready to build it," the Deputy Minister said.'
    )
    assert _speaker_of(b, "We are ready to build") == "Rui Matos"


def test_the_minister_of_two_ministers_with_none_named_near_is_the_first_named() -> None:
    b = _b(
        "Mr Pierre Vallon, Minister for the Armed Forces, held talks in Jakarta with Lieutenant General "
        "Budi Santoso, Minister of Defence of the Republic of Indonesia.\n\n"
        "It was the first meeting between the two ministers since Mr Santoso took office.\n\n"
        "The two ministers reviewed the progress of the main programmes.\n\n"
        '"Indonesia is a central partner of France in the Indo-Pacific," the minister said after the meeting.'
    )
    assert _speaker_of(b, "Indonesia is a central") == "Pierre Vallon"


def test_the_minister_after_a_named_holder_in_the_paragraph_before() -> None:
    b = _b(
        "Foreign Minister Lena Varga of Hungary met Foreign Minister Tomas Kral of Slovakia in Budapest.\n\n"
        "Kral raised the question of the river border.\n\n"
        '"We want this settled before the summer," the minister said.'
    )
    assert _speaker_of(b, "We want this settled") == "Tomas Kral"


def test_a_title_no_one_holds_stays_unresolved() -> None:
    b = _b(
        _TWO_PS + "Sing'oei said the next session would be held in 2026.\n\n"
        '"The corridor will be finished on time and within budget," the Permanent Secretary said.'
    )
    assert _speaker_of(b, "The corridor will be") is None


# a quoted phrase (a headline's) that a named speaker's quote repeats word for word is that speaker's


def test_a_headline_quote_repeated_by_a_named_speaker_below_is_his() -> None:
    b = _b(
        'German brigade commissioned in Vilnius: "a historic day for Lithuania and for NATO"\n\n'
        "The ceremony was attended by the President of the Republic of Lithuania, Gitanas Nauseda.\n\n"
        '"Today is a historic day for Lithuania and for NATO. We are safer," President Nauseda said.'
    )
    assert _speaker_of(b, "a historic day for Lithuania") == "Gitanas Nauseda"


def test_a_headline_phrase_taken_from_a_minister_quote() -> None:
    b = _b(
        'Ministers agree corridor plan, "the start of a new era for trade"\n\n'
        "Trade Minister Olga Petrenko met her counterpart Trade Minister Jonas Berg in Oslo.\n\n"
        '"This is the start of a new era for trade between our countries," Petrenko said.'
    )
    assert _speaker_of(b, "the start of a new era") == "Olga Petrenko"


def test_a_title_line_quote_repeated_in_the_quote_below() -> None:
    b = _b(
        'Accra accord: "a new chapter in our defence ties"\n\n'
        "Defence Minister Kofi Mensah signed the accord with Defence Minister Ali Traore of Mali.\n\n"
        '"We have opened a new chapter in our defence ties with Mali," Mensah said.'
    )
    assert _speaker_of(b, "a new chapter in our defence") == "Kofi Mensah"


def test_a_phrase_others_are_said_to_use_stays_theirs() -> None:
    b = _b(
        "Defence Minister Kofi Mensah hailed the accord.\n\n"
        'The agreement opens "a new chapter in our defence ties", officials said on Monday.\n\n'
        '"We have opened a new chapter in our defence ties with Mali," Mensah said.'
    )
    assert _speaker_of(b, "a new chapter in our defence") is None


def test_a_headline_phrase_two_speakers_repeat_stays_unattributed() -> None:
    b = _b(
        'Leaders hail "a turning point for the region"\n\n'
        "President Ana Silva hosted President Mateo Rios in Lisbon.\n\n"
        '"This is a turning point for the region," Silva said.\n\n'
        '"Yes, it is a turning point for the region," Rios said.'
    )
    assert _speaker_of(b, "a turning point for the region") is None


# "I said" in a first-person release: its author, the person its letterhead names


def test_i_said_is_the_letterhead_author_not_the_first_person_the_body_describes() -> None:
    b = _b(
        "THE HON GRAHAM POLLARD MP\nDEPUTY PRIME MINISTER\nMINISTER FOR DEFENCE\n\nMEDIA RELEASE\n\n"
        "Today I announce that I will travel to Jakarta for the Defence Ministers' Meeting.\n\n"
        "I will meet my counterpart, Indonesia's Minister of Defence, Bambang Sutrisno.\n\n"
        '"Indonesia is one of Australia\'s most important partners," I said.'
    )
    assert _speaker_of(b, "Indonesia is one of") == "Graham Pollard"


def test_i_said_in_a_senator_release() -> None:
    b = _b(
        "SENATOR THE HON MARIA COSTA\nMINISTER FOR FOREIGN AFFAIRS\n\nMEDIA RELEASE\n\n"
        "I will travel to Manila this week to meet Secretary of Foreign Affairs Ramon Cruz.\n\n"
        '"The Philippines is a close friend," I said.'
    )
    assert _speaker_of(b, "The Philippines is a close") == "Maria Costa"


def test_i_said_in_a_trade_minister_release() -> None:
    b = _b(
        "THE HON DAVID OKORO MP\nMINISTER FOR TRADE\n\nMEDIA RELEASE\n\n"
        "I will lead a business delegation to Seoul to meet Trade Minister Lee Min-ho.\n\n"
        '"Korean investment creates jobs at home," I said.'
    )
    assert _speaker_of(b, "Korean investment creates") == "David Okoro"


def test_i_said_with_no_letterhead_keeps_the_first_person() -> None:
    b = _b(
        "Minister for Trade David Okoro will lead a business delegation to Seoul.\n\n"
        "He will meet Trade Minister Lee Min-ho.\n\n"
        '"I said we would come back, and we have," Okoro said.'
    )
    assert _speaker_of(b, "I said we would") == "David Okoro"


# "a move A welcomed as '...'": the one who welcomed (hailed, praised) it said the words


def test_a_move_the_president_welcomed_as_a_quote() -> None:
    b = _b(
        "President Yoon Suk Yeol will be hosted by U.S. President Joe Biden and first lady Jill Biden.\n\n"
        "The trip comes after Seoul announced a compensation plan, a move Biden welcomed as "
        '"a groundbreaking new chapter of cooperation and partnership" between two allies.'
    )
    assert _speaker_of(b, "a groundbreaking new chapter") == "Joe Biden"


def test_a_deal_the_minister_hailed_as_a_quote() -> None:
    b = _b(
        "Trade Minister Sara Lind of Sweden met Trade Minister Piotr Nowak of Poland in Warsaw.\n\n"
        'The two signed a port agreement, which Nowak hailed as "the most important step for our '
        'Baltic trade in a decade".'
    )
    assert _speaker_of(b, "the most important step") == "Piotr Nowak"


def test_a_plan_the_chancellor_praised_as_a_quote() -> None:
    b = _b(
        "Chancellor Anna Weber received Prime Minister Karel Novak in Berlin.\n\n"
        'Weber praised the energy plan as "a model of what neighbours can build together" '
        "at the press conference."
    )
    assert _speaker_of(b, "a model of what neighbours") == "Anna Weber"


def test_the_first_lady_herself_keeps_her_words() -> None:
    b = _b(
        "President Tom Reyes and first lady Mrs Lina Reyes visited the hospital.\n\n"
        'The visit, which Mrs Reyes welcomed as "a chance to thank the nurses who served us all", '
        "lasted two hours."
    )
    assert _speaker_of(b, "a chance to thank the nurses") == "Lina Reyes"


def test_welcomed_as_with_no_person_named_is_no_one() -> None:
    b = _b(
        "Foreign Minister Ivo Marin of Croatia visited Vienna.\n\n"
        'The accord has been widely welcomed as "a sign that the region can still agree on something".'
    )
    assert _speaker_of(b, "a sign that the region") is None


# "A senior official told reporters ... '...,' the official said": the unnamed official, not a named
# person whose title holds the word


def test_the_official_after_an_unnamed_official_stays_unnamed() -> None:
    b = _b(
        "His U.S. counterpart, Kevin Marsh, the State Department's senior official for North Korea, "
        "will join.\n\n"
        "A senior foreign ministry official told reporters on condition of anonymity that the sides were "
        'working on a statement. "We hope to send a clear message to the North," the official said.'
    )
    assert _speaker_of(b, "We hope to send") is None


def test_the_diplomat_after_one_diplomat_stays_unnamed() -> None:
    b = _b(
        "Ambassador Clara Diaz, a career diplomat, will attend the talks.\n\n"
        "One European diplomat said the mood had changed. "
        '"Nobody expects a breakthrough this week," the diplomat said.'
    )
    assert _speaker_of(b, "Nobody expects a breakthrough") is None


def test_the_adviser_after_an_adviser_stays_unnamed() -> None:
    b = _b(
        "Security adviser Omar Haddad travelled with the minister.\n\n"
        "An adviser to the delegation described the talks as tough. "
        '"We came with a list and we leave with half of it," the adviser said.'
    )
    assert _speaker_of(b, "We came with a list") is None


def test_the_official_named_in_the_paragraph_keeps_his_words() -> None:
    b = _b(
        "Kevin Marsh, the State Department's senior official for North Korea, briefed reporters.\n\n"
        "Marsh said the sides were working on a statement. "
        '"We hope to send a clear message to the North," the official said.'
    )
    assert _speaker_of(b, "We hope to send") == "Kevin Marsh"
