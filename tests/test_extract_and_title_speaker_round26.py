"""A title-only speaker spelled as a whole "and" title is its one holder, not another holder of its last
part."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2031, 5, 28)


def _speakers(text: str) -> list[str | None]:
    b = extract(text, today=REF)
    return [q.speaker for q in b.quotes]


def test_a_quote_heading_with_a_joined_title_names_its_holder() -> None:
    text = (
        "Minister to attend the Shangri-La Dialogue\n\n"
        "The Deputy Prime Minister and Minister for Defence, the Hon Nadia Kerrigan MP, will travel to "
        "Singapore today to attend the Shangri-La Dialogue.\n\n"
        "While in Singapore, she will meet Singapore's Minister for Defence, Goh Wei Ming.\n\n"
        "Quotes attributable to the Deputy Prime Minister and Minister for Defence:\n\n"
        '"The Dialogue brings together the people who shape the security of our region."\n'
    )
    assert _speakers(text) == ["Nadia Kerrigan"]


def test_a_joined_title_after_the_quote_names_its_holder() -> None:
    text = (
        "Foreign Minister to visit Wellington\n\n"
        "The Deputy Prime Minister and Minister of Foreign Affairs, Tomasi Veikune, will visit Wellington on "
        "2 June to meet New Zealand's Minister of Foreign Affairs, Ruth Calder.\n\n"
        '"Our partnership has never mattered more," the Deputy Prime Minister and Minister of Foreign '
        "Affairs said.\n"
    )
    assert _speakers(text) == ["Tomasi Veikune"]


def test_the_last_part_alone_stays_ambiguous_between_two_holders() -> None:
    text = (
        "Defence ministers to meet in Singapore\n\n"
        "Australia's Minister for Defence, Nadia Kerrigan, will meet Singapore's Minister for Defence, Goh "
        "Wei Ming, in Singapore on 30 May.\n\n"
        "Quotes attributable to the Minister for Defence:\n\n"
        '"We will work together on maritime security."\n'
    )
    assert _speakers(text) != ["Goh Wei Ming"]
