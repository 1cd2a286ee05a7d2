"""Quote-speaker rules, round 14: a sentence opening with a long lead-in ("Speaking to journalists in X on
Wednesday, the High Representative said ...") still gives "she said" its subject; an appositive description
after the named speaker ('said A, a professor at X in Sao Y') names no one else; a lead-in opening with
an unnamed person ('A European diplomat put it bluntly: "..."') is not the last speaker's follow-on; a
capitalised title without an article ("In his remarks, Defence Minister said:") means its holder."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _speakers(text: str) -> list[tuple[str | None, str]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(q.speaker, q.text[:25]) for q in b.quotes]


def _speaker_of(text: str, opening: str) -> str | None:
    hits = [s for s, t in _speakers(text) if t.startswith(opening)]
    assert hits, _speakers(text)
    return hits[0]


# --- a long lead-in before the title subject ----------------------------------------------------------

_HR = (
    "High Representative Mira Olsen will travel to Tashkent for the ministerial meeting on 10 June.\n\n"
    "Commissioner for Trade Piet Brandt will accompany the High Representative.\n\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Speaking to journalists in Brussels on Wednesday, the High Representative said the region mattered.",
        "In a long interview with a regional broadcaster on Monday, the High Representative was upbeat.",
        "Before leaving for the region from Brussels on Tuesday, the High Representative spoke.",
    ],
)
def test_long_lead_in_keeps_the_title_subject(lead: str) -> None:
    text = _HR + lead + "\n\n“This region is nobody's backyard,” she said.\n"
    assert _speaker_of(text, "This region is nobody") == "Mira Olsen"


# --- an appositive description after the named speaker ---------------------------------------------

_ANALYST = (
    "Presidents of the bloc will meet in Asuncion on 3 July. Ambassador Carlos Paulo Mendes, the chief "
    'negotiator, said the talks would be "a strong signal."\n\n'
)


@pytest.mark.parametrize(
    ("para", "who"),
    [
        (
            "Analysts were sceptical. “The bloc is tired of waiting,” said Ana Rocha, a professor of "
            "international relations at the Vargas Foundation in Sao Paulo.",
            "Ana Rocha",
        ),
        (
            "“The bloc is tired of waiting,” said Luis Ferro, an economist at a bank in Sao Paulo.",
            "Luis Ferro",
        ),
        (
            "“The bloc is tired of waiting,” said Marta Ruiz, a researcher with the Mendes Institute.",
            "Marta Ruiz",
        ),
    ],
)
def test_description_after_the_speaker(para: str, who: str) -> None:
    assert _speaker_of(_ANALYST + para + "\n", "The bloc is tired") == who


def test_apposed_name_still_speaks() -> None:
    # '"...," said the spokeswoman, State Secretary A B.': the name in apposition
    text = (
        "State Secretary Lena Vogt will attend the meeting in Oslo on 3 July.\n\n"
        "“We are ready,” said the spokeswoman, State Secretary Lena Vogt.\n"
    )
    assert _speaker_of(text, "We are ready") == "Lena Vogt"


# --- an unnamed speaker's lead-in after a named speaker's quotes -------------------------------------

_KERR = (
    "Defence ministers will meet in Singapore from 30 May to 1 June.\n\n"
    "Analyst Tom Reeve of the Harbour Institute said the meetings would matter more. “The speeches are "
    "for the cameras,” he said.\n\n"
)


@pytest.mark.parametrize(
    "para",
    [
        'A European diplomat who has attended the forum for a decade put it more bluntly: "Everyone comes '
        'to be seen."',
        'One senior official was more direct: "Everyone comes to be seen."',
        'An Asian diplomat summed it up: "Everyone comes to be seen."',
    ],
)
def test_unnamed_lead_in_is_not_a_follow_on(para: str) -> None:
    assert _speaker_of(_KERR + para + "\n", "Everyone comes") is None


def test_follow_on_paragraph_keeps_its_speaker() -> None:
    text = _KERR + "“Everyone comes to be seen, and everyone knows it,” he added.\n"
    assert _speaker_of(text, "Everyone comes") == "Tom Reeve"


# --- a title without an article --------------------------------------------------------------------

_TWO_PLUS_TWO = (
    "The 2+2 Dialogue was held in Delhi on 14 October 2030. Foreign Minister Ravi Nair and Defence "
    "Minister Arun Dev welcomed their counterparts, Foreign Minister Sato Ken and Defence Minister Mori "
    "Aya.\n\n"
)


@pytest.mark.parametrize(
    ("para", "who"),
    [
        ('2. In his opening remarks, Defence Minister said: "Our two countries share a vision."', "Arun Dev"),
        ('In her remarks, Foreign Minister said: "Our two countries share a vision."', "Ravi Nair"),
        ('Defence Minister said: "Our two countries share a vision."', "Arun Dev"),
    ],
)
def test_bare_title_speaks(para: str, who: str) -> None:
    # two people hold each title here; the text's first holder (the host) is meant
    assert _speaker_of(_TWO_PLUS_TWO + para + "\n", "Our two countries") == who
