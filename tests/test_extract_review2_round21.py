"""Second review of round 21: near-misses of its new rules in ordinary announcements.

"A will host B, who will meet his Xish counterpart C": C is B's counterpart (the relative clause's
subject), not the opening subject's, so C takes no head of state's title from A; "Trade Minister C will
accompany the Prime Minister" after "A will host Prime Minister B": a host's official escorting the guest,
not of the guest's party.
"""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

TODAY = date(2026, 5, 1)


def test_who_clause_counterpart_is_the_clause_subjects() -> None:
    text = (
        "President Emmanuel Macron will welcome Prime Minister Narendra Modi in Paris on 12 May 2026. "
        "President Emmanuel Macron will host Foreign Minister Subrahmanyam Jaishankar, who will then meet "
        "his French counterpart Jean-Noel Barrot."
    )
    b = extract(text, source="x", published=None, today=TODAY)
    roles = {p.name: p.role for p in b.people}
    assert roles.get("Jean-Noel Barrot") != "President"


def test_host_official_escorting_titled_guest_keeps_host_country() -> None:
    text = (
        "Foreign Minister Taro Yamada will host Indian Prime Minister Narendra Modi in Tokyo on 12 May 2026. "
        "Trade Minister Ken Sato will accompany the Prime Minister on a visit to Osaka."
    )
    b = extract(text, source="x", published=None, today=TODAY)
    countries = {p.name: p.country for p in b.people}
    assert countries.get("Ken Sato") != "India"
