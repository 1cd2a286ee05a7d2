"""Side-meeting rules, round 19 (sm19b): a common title as the subject ("the minister will hold talks with
B"), where the lead names no participant of the main event, means the first person named before who holds
that title, also after a long fronted phrase ("On the sidelines of the X Council, the minister ...")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of

_LEAD = (
    "LUSAKA, April 3 - Zambia is ready to host the annual session of the Southern Africa Water Commission "
    "from April 14 to 15, Minister of Water Development Chanda Mwale said on Friday.\n\n"
)

_THE_MINISTER = [
    (
        _LEAD + "On the margins of the Water Commission session, the minister will hold bilateral "
        "discussions with several of his counterparts, including Malawi's Minister of Water Grace Phiri and "
        "Botswana's Minister of Water Kabo Sello.",
        [("bilateral", ["Chanda Mwale", "Grace Phiri"]), ("bilateral", ["Chanda Mwale", "Kabo Sello"])],
    ),
    (
        _LEAD + "On the sidelines, the minister will meet Namibia's Minister of Agriculture "
        "Ndapewa Shikongo.",
        [("bilateral", ["Chanda Mwale", "Ndapewa Shikongo"])],
    ),
    (
        _LEAD + "The minister will also sit down with Angola's Water Minister Joao Neto on April 15.",
        [("bilateral", ["Chanda Mwale", "Joao Neto"])],
    ),
    (
        _LEAD + "During the session, the water minister will hold bilateral talks with Mozambique's "
        "Minister of Water Ana Macuacua and Lesotho's Minister of Water Tumelo Mokoena.",
        [("bilateral", ["Ana Macuacua", "Chanda Mwale"]), ("bilateral", ["Chanda Mwale", "Tumelo Mokoena"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _THE_MINISTER)
def test_the_minister_is_the_titled_person_named_before(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 4, 3))
    assert sorted(sides_of(b)) == sorted(want)


def test_the_minister_never_means_a_holder_named_only_after() -> None:
    # no minister is named before: "the minister" is nobody, not the counterpart met
    text = (
        "LUSAKA, April 3 - Zambia is ready to host the annual session of the Southern Africa Water "
        "Commission from April 14 to 15, the government said on Friday.\n\nOn the sidelines, the minister "
        "will meet Namibia's Minister of Agriculture Ndapewa Shikongo."
    )
    b = extract(text, source="t", published=None, today=date(2026, 4, 3))
    assert all("Ndapewa Shikongo" not in ps or len(ps) > 1 for _, ps in sides_of(b))
    assert ("bilateral", ["Ndapewa Shikongo"]) not in sides_of(b)
