"""Quote-speaker rules, round 16: a "he said" after a numbered paragraph's "5. Speaking ..., the Minister
said" means that minister; '"...", while B said' does not make B the first quote's speaker; a lead-in
clause longer than the attribution pattern ("Asked about A and B, the spokesperson said") and one opening
with "Prior to" leave the subject after the comma; "the minister said" after another minister of that
title is named as a subject since the last quote means that one; a quote in British style over several
paragraphs opening with ‘ runs on, its first paragraph unclosed."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(q.speaker, q.text) for q in b.quotes]


# --- a numbered paragraph opening "Speaking ..., the Minister said" ------------------------------------

_NUMBERED_HEAD = (
    "The Minister of Foreign Affairs of Xandria, Dato' Seri Amir Lukas, will chair the Regional Ministers' "
    "Retreat in Porto Vela on 18-19 January 2031.\n\n"
    "2. The Ministers will pay a courtesy call on the Prime Minister of Xandria, Dato' Seri Kemal Idris, "
    "on 19 January 2031.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        '5. Speaking ahead of the Retreat, the Minister said Xandria would chart the way. "The region must '
        'remain united and central in a time of rivalry," he said.',
        '3. Speaking before his departure, the Minister said the talks mattered. "We will work for an open '
        'and inclusive region for everyone," he said.',
        '4) At a press conference, the Minister said the Retreat was timely. "Our chairmanship will be '
        'guided by inclusivity and by sustainability," he added.',
        '6. In a statement, the Minister said Xandria was ready. "This is where we begin our work together '
        'as a family of nations," he said.',
    ],
)
def test_numbered_paragraph_title_subject(para: str) -> None:
    quotes = _quotes(_NUMBERED_HEAD + para)
    assert quotes and quotes[-1][0] == "Amir Lukas"


def test_numbered_paragraph_without_title_keeps_last_named() -> None:
    para = '5. Officials said the Retreat would be short. "We expect a long day of talks here," he said.'
    quotes = _quotes(_NUMBERED_HEAD + para)
    assert quotes and quotes[-1][0] != "Amir Lukas"


# --- '"...", while B said': B speaks the next quote, not this one ---------------------------------------

_PAIR_HEAD = (
    "Foreign Minister Dana Holt of Norland and Defence Minister Rafe Cole of Norland met British Foreign "
    "Secretary Alan Price in Perth on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("para", "first"),
    [
        (
            'Speaking to reporters, Ms Holt said the pact reflected "a relationship as deep as any we have", '
            'while Mr Cole said the two were "united in our commitment to a peaceful region."',
            "Dana Holt",
        ),
        (
            'Mr Price said the deal was "a turning point for both of our great nations", whereas Mr Cole '
            'said it was "only a first step on a long and hard road."',
            "Alan Price",
        ),
        (
            'After the talks, Mr Cole called the deal "the strongest pact we have ever signed", but Ms Holt '
            'said it still "needs the backing of both our parliaments."',
            "Rafe Cole",
        ),
        (
            'Ms Holt described the talks as "frank and open on every single issue", while Price said they '
            'were "a sign of trust between old friends."',
            "Dana Holt",
        ),
    ],
)
def test_while_clause_speaks_the_next_quote(para: str, first: str) -> None:
    quotes = _quotes(_PAIR_HEAD + para)
    assert len(quotes) == 2 and quotes[0][0] == first and quotes[1][0] != first


def test_after_attribution_still_taken() -> None:
    quotes = _quotes(_PAIR_HEAD + '"We are ready for a new chapter in our ties," Mr Cole said on Tuesday.')
    assert quotes and quotes[0][0] == "Rafe Cole"


# --- a long lead-in clause, and "Prior to ...": the subject after the comma ----------------------------

_SPOX_HEAD = (
    "Minister of Foreign Affairs Lena Ostrova of Eldavia will visit Jakarta from July 12 to 14.\n\n"
    '2. Spokesperson Arvid Kallen told a regular briefing on Monday, "The visit will widen our horizon '
    'in the region."\n\n'
    "3. The Minister may meet Ambassador to Indonesia Boris Tamm of Korland on the sidelines.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "7. Asked about a possible meeting between Minister Ostrova and Korland's Ambassador to Indonesia, "
        'Boris Tamm, the spokesperson said there was "nothing to announce at this time."',
        "Asked whether Minister Ostrova would hold talks on the margins with Korland's envoy Boris Tamm "
        'next week, the spokesperson said there was "no such meeting on the schedule yet."',
        "4. Responding to reports that Ostrova had invited Ambassador Boris Tamm of Korland to a dinner in "
        'Jakarta on Friday, the Spokesperson said that "no invitation has been sent to anyone."',
        "Questioned about whether Ambassador Boris Tamm of Korland would attend any session of the "
        'meetings in Jakarta, the spokesperson said only that "the list is not yet final."',
    ],
)
def test_long_lead_in_leaves_the_titled_subject(para: str) -> None:
    quotes = _quotes(_SPOX_HEAD + para)
    assert quotes and quotes[-1][0] in ("Arvid Kallen", None)
    assert quotes[-1][0] != "Boris Tamm"


@pytest.mark.parametrize(
    "para",
    [
        '8. Prior to departure, EAM posted on social media: "Looking forward to my visit to Tokyo for the '
        'meeting."',
        'Prior to his departure, EAM wrote: "Looking forward to productive talks with all my counterparts."',
        'Upon arrival, EAM said: "Glad to be in Tokyo for the meeting of our four nations."',
        'Prior to the talks, EAM tweeted: "An open and inclusive region is in everyone\'s interest."',
    ],
)
def test_prior_to_lead_in_then_initials(para: str) -> None:
    text = (
        "External Affairs Minister Dr. Ravi Menon will visit Japan from 28-30 July 2031.\n\n"
        "2. The Official Spokesperson Shri Kiran Rao said the visit was important.\n\n" + para
    )
    quotes = _quotes(text)
    assert quotes and quotes[-1][0] == "Ravi Menon"


# --- "the minister said" after another minister is named since -----------------------------------------

_MIN_HEAD = (
    "Spain's Minister of Defence, Marta Ruiz, and her Portuguese counterpart, Minister of National "
    "Defence Joao Pires, will meet in Lisbon on 14 May 2031.\n\n"
    "'We are two Atlantic nations at the same time,' Ruiz told lawmakers during a hearing.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        "Pires has pushed for shipyards to take a larger share. In an interview, the minister said "
        'Portugal "does not want to be only a buyer" of ships.',
        "Pires wants a bigger role for local industry. The minister said Portugal "
        '"will not settle for being a customer" in the deal.',
        "Joao Pires has long argued for joint production. Speaking on radio, the minister said the pact "
        '"must open the door to co-production of vessels."',
        "Pires is under pressure at home. On Monday, the minister told reporters he was "
        '"confident of a fair share for Portuguese yards."',
    ],
)
def test_minister_named_since_last_quote(para: str) -> None:
    quotes = _quotes(_MIN_HEAD + para)
    assert quotes[-1][0] == "Joao Pires"


def test_minister_without_new_subject_keeps_last() -> None:
    para = 'Lawmakers asked about costs. The minister said the pact "will pay for itself within a decade."'
    quotes = _quotes(_MIN_HEAD + para)
    assert quotes[-1][0] == "Marta Ruiz"


# --- a British-style quote over paragraphs, the first left open ---------------------------------------

_RUN_HEAD = (
    "Minister of State for Asia Tom Hale will travel to Vietnam and Thailand from 9 to 13 February 2031.\n\n"
)


@pytest.mark.parametrize(
    ("intro", "first", "second"),
    [
        (
            "Speaking ahead of the visit, the Minister said:",
            "‘South East Asia is one of the fastest-growing regions and it matters to the UK’s security.",
            "‘I want British business to be part of that story.’",
        ),
        (
            "Ahead of the trip, Mr Hale said:",
            "‘Vietnam and Thailand are partners with whom we share real ambition.",
            "‘We will work together on clean energy and on fighting the gangs behind scam centres.’",
        ),
        (
            "The Minister said:",
            "‘Our two Strategic Partnerships must deliver for people in all three countries.",
            "‘That is the Government’s promise, and I intend to keep it.’",
        ),
        (
            "Before leaving London, Tom Hale said:",
            "‘This region’s growth is the story of the decade.",
            "‘Britain wants to be part of it, as a partner that stays.’",
        ),
    ],
)
def test_single_curly_quote_runs_on(intro: str, first: str, second: str) -> None:
    quotes = _quotes(_RUN_HEAD + f"{intro}\n\n{first}\n\n{second}\n\nThe visit ends on Friday.")
    assert [q[0] for q in quotes] == ["Tom Hale", "Tom Hale"]
    assert quotes[0][1].startswith(first[1:12]) and quotes[1][1].startswith(second[1:12])


def test_unclosed_single_quote_runs_into_no_narration() -> None:
    text = _RUN_HEAD + (
        "Mr Hale said:\n\n‘Vietnam and Thailand are partners with whom we share real ambition.\n\n"
        "The Minister will also meet business leaders in Ho Chi Minh City on 11 February."
    )
    assert all("business leaders" not in q[1] for q in _quotes(text))
