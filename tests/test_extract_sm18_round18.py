"""Side-meeting rules, round 18 (sm18): a clause whose subject is an office alone ("..., while the
Secretary-General will meet B") is held by that office's one holder named in the text, not by the person
who opens the sentence."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import sides_of

TODAY = date(2031, 6, 2)


def _sides(text: str) -> list[tuple[str, list[str]]]:
    """The side meetings extracted from text."""
    return sides_of(extract(text, today=TODAY))


# ---- an office alone as a clause's subject ---------------------------------------------------------------

_BLOC = (
    "Foreign ministers of the Coral Sea Community will meet in Port Verity on 14 September for their annual "
    "ministerial meeting, chaired by Foreign Minister Alaric Dunmore of Norvania. The Secretary-General of the "
    "Community, Mireille Castaine, will present her annual report. "
)


def test_secretary_general_after_while() -> None:
    text = _BLOC + (
        "On the sidelines, Minister Dunmore is scheduled to hold bilateral talks with Foreign Minister Tobias "
        "Renholt of Estavia on 14 September, while the Secretary-General will meet Minister Ilse Varga of "
        "Moldrava to discuss fisheries."
    )
    assert ("bilateral", ["Ilse Varga", "Mireille Castaine"]) in _sides(text)


def test_secretary_general_after_and() -> None:
    text = _BLOC + (
        "On the margins of the meeting, Minister Dunmore and Minister Tobias Renholt of Estavia are expected to "
        "sign a memorandum on ports, and the Secretary-General will hold talks with Minister Ilse Varga of "
        "Moldrava on the reef fund."
    )
    assert ("bilateral", ["Ilse Varga", "Mireille Castaine"]) in _sides(text)


def test_chairperson_after_while() -> None:
    text = (
        "Leaders of the Highland Union will gather in Castelmar on 3 March for their mid-year summit. The "
        "Chairperson of the Union Commission, Desmond Okerlund, will open the session. On the sidelines, "
        "President Halvard Brune of Norvania will meet President Sabine Ortolan of Estavia on 3 March, while "
        "the Chairperson will hold talks with Prime Minister Kasimir Velde of Moldrava."
    )
    assert ("bilateral", ["Desmond Okerlund", "Kasimir Velde"]) in _sides(text)


def test_two_holders_of_the_office_stay_unsure() -> None:
    # two foreign ministers: "the Foreign Minister" does not pick one of them
    text = (
        "Foreign Minister Alaric Dunmore of Norvania will travel to Estavia on 14 September for talks with "
        "Foreign Minister Tobias Renholt. On 15 September, Minister Renholt will host a dinner, while the "
        "Foreign Minister will meet Trade Minister Ilse Varga of Estavia."
    )
    assert not any("Tobias Renholt" in p and "Ilse Varga" in p for _, p in _sides(text))
