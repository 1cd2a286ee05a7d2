"""Quote-speaker rules, round 15: "an adviser to A told reporters" is an unnamed speaker, not A; a family
name several people share means the one the title before it names ("Minister Kim" over Chairman Kim,
"Prime Minister Doe" over Mrs Doe), else the one of them with a title (an official over a byline's
reporter of the same name)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(q.speaker, q.text) for q in b.quotes]


# --- "an adviser to A said": no one named -----------------------------------------------------------

_SUMMIT = (
    "The summit in Valdivia will bring together Chilean President Ilse Harrow, Peruvian President Tomas "
    "Reed and Kenyan President Pavel Orlo.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"We want a summit of substance," an adviser to Harrow told journalists on Tuesday.',
        '"We want a summit of substance," an advisor to President Reed said, speaking anonymously.',
        '"We want a summit of substance," a senior adviser to Orlo told reporters.',
        '"We want a summit of substance," one negotiator close to Harrow said.',
    ],
)
def test_an_adviser_to_a_leader_is_unnamed(sentence: str) -> None:
    quotes = _quotes(_SUMMIT + sentence)
    assert quotes and quotes[0][0] is None


def test_the_leader_herself_still_speaks() -> None:
    quotes = _quotes(_SUMMIT + '"We want a summit of substance," Harrow told journalists on Tuesday.')
    assert quotes[0][0] == "Ilse Harrow"


# --- a shared family name: the title before it, else the one with a title ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Minister of National Defense Kim Sang-ho will visit Lima on June 3. Ahead of it, a meeting will "
            "be co-chaired by Chairman of the Joint Chiefs of Staff Adm. Kim Do-yun.\n\n"
            '"The alliance," Minister Kim said, "is stronger than ever."',
            "Kim Sang-ho",
        ),
        (
            "Chairman of the Joint Chiefs of Staff Gen. Park Ji-won will attend. Minister of Foreign Affairs "
            "Park Min-jae will visit Lima on June 3.\n\n"
            '"Our ties are strong," Chairman Park said.',
            "Park Ji-won",
        ),
        (
            "Prime Minister Tanaka Hiroshi will visit Lima on June 3. Mrs. Tanaka Emi will accompany the "
            "Prime Minister.\n\nPrime Minister Tanaka told reporters that evening: I would like to make "
            "this visit an opportunity to deepen our ties.",
            "Tanaka Hiroshi",
        ),
        (
            "By Hannah Lee and Tom West\n\nLeaders will gather in Busan, hosted by South Korean "
            "President Lee Jun-ho.\n\n"
            '"APEC must show the world that open markets deliver," Lee said in a speech last week.',
            "Lee Jun-ho",
        ),
    ],
)
def test_shared_family_name(text: str, speaker: str) -> None:
    quotes = _quotes(text)
    assert quotes and quotes[0][0] == speaker


def test_spouse_word_keeps_the_spouse() -> None:
    text = (
        "Prime Minister Tanaka Hiroshi will visit Lima on June 3. Mrs. Tanaka Emi will accompany the Prime "
        'Minister.\n\n"I look forward to the visit," Mrs. Tanaka said.'
    )
    assert _quotes(text)[0][0] != "Tanaka Hiroshi"
