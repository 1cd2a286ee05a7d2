"""Round 24 (quotes): an unquoted "X said:" statement whose own voice shows only in its second paragraph
ends where the reporter's voice comes back; a quoted name in brackets or as a clause's subject is a term."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_REF = date(2031, 3, 3)


def _quotes(text: str) -> list[str]:
    """The quote texts extracted from a short release written on _REF."""
    return [q.text for q in extract(text, source="t", published=_REF, today=_REF).quotes]


_STATEMENTS = [
    (
        "Foreign Secretary to visit Chile\n\n"
        "Foreign Secretary Lorna Pembury will visit Santiago on 10 March.\n\n"
        "Foreign Secretary Lorna Pembury said:\n\n"
        "Chile is one of the UK's oldest friends in South America, and its minerals matter to the world.\n\n"
        "Together we are opening a new chapter in trade and science.\n\n"
        "Minister for the Americas Tobias Wren, who is travelling with the Foreign Secretary, will meet "
        "business leaders in Valparaíso.\n",
        "Minister for the Americas",
    ),
    (
        "Foreign Secretary visits the Caribbean\n\n"
        "Foreign Secretary Aled Morgan will visit Kingston on 12 March.\n\n"
        "Foreign Secretary Aled Morgan said:\n\n"
        "The Caribbean faces the sharpest edge of climate change and of organised crime.\n\n"
        "Our friendship with Jamaica is deep, and I want to take it further.\n\n"
        "The visit follows the CARICOM Heads of Government Meeting in February and comes ahead of the "
        "Commonwealth summit later this year.\n",
        "The visit follows",
    ),
    (
        "Defence Secretary to visit Norway\n\nDefence Secretary Ruth Calder will visit Oslo on 14 March.\n\n"
        "Defence Secretary Ruth Calder said:\n\n"
        "Norway guards NATO's northern flank and the seas around it.\n\n"
        "We will train together in the Arctic this winter.\n\n"
        "Armed Forces Minister Piers Lang, who accompanies the Defence Secretary, will visit Bodø.\n",
        "Armed Forces Minister",
    ),
]


@pytest.mark.parametrize(("text", "narration"), _STATEMENTS)
def test_a_statement_in_its_own_voice_stops_at_the_reporters_paragraph(text: str, narration: str) -> None:
    quotes = _quotes(text)
    assert len(quotes) == 2  # the statement's two paragraphs
    assert not any(q.startswith(narration) for q in quotes)


def test_a_readout_after_said_still_runs_on_through_third_person_paragraphs() -> None:
    text = (
        "Readout of the Secretary's meeting\n\nPress Secretary Dana Holt provided the following readout:\n\n"
        "Secretary of Defense Owen Pratt welcomed Minister Lise Berg to the Pentagon today.\n\n"
        "The two discussed Pillar I of the partnership and shipbuilding.\n\n"
        "They agreed to meet again in Oslo later this year.\n"
    )
    assert len(_quotes(text)) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Ministers meet in Tokyo\n\nAt the outset, Minister Sato welcomed Minister Reyes, and stated that "
        "the "
        'Japan-Philippines "Strategic Partnership" is stronger than ever.\n',
        'Ministers meet in Ottawa\n\nMinister Tremblay said the Canada-Korea "Comprehensive Strategic '
        'Partnership" has grown in every field.\n',
        "Ministers meet in Lima\n\nMinister Quispe stated that Peru has no closer partner than Chile, and "
        "expressed her intention to prepare for the Foreign and Defence Ministerial Dialogue "
        '("2+2") to be held in Lima later this year.\n',
        "Ministers meet in Rabat\n\nMinister Alaoui stated that the two sides would prepare the Joint "
        'Commission ("JC") and the Strategic Dialogue ("Rabat Process") to be held later this year.\n',
    ],
)
def test_a_quoted_name_in_brackets_or_as_a_subject_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


def test_a_title_case_quote_that_ends_its_sentence_is_still_speech() -> None:
    text = (
        "Ministers meet in Lima\n\nMinister Quispe said the partnership was, in her words, "
        '"Stronger Than Ever Before And Growing".\n'
    )
    assert _quotes(text) == ["Stronger Than Ever Before And Growing"]
