"""Second review of round 21: near-misses of its new rules in ordinary announcements.

"A will host B, who will meet his Xish counterpart C": C is B's counterpart (the relative clause's
subject), not the opening subject's, so C takes no head of state's title from A; "Trade Minister C will
accompany the Prime Minister" after "A will host Prime Minister B": a host's official escorting the guest,
not of the guest's party; "At the invitation of / On behalf of the Minister of X, A will ...": the
title is the lead-in's object, not A's (a subject's title still reads "The Minister of X, A will ...").
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


def test_invitation_lead_in_title_is_not_the_visitors() -> None:
    text = "At the invitation of the Foreign Minister of Japan, Jane Doe will visit Tokyo on 12 May 2026."
    b = extract(text, source="x", published=None, today=TODAY)
    roles = {p.name: p.role for p in b.people}
    assert roles.get("Jane Doe") != "Foreign Minister"


def test_on_behalf_lead_in_title_is_not_the_attendees() -> None:
    text = "On behalf of the Minister of Defence, John Smith will attend the ceremony in Oslo on 12 May 2026."
    b = extract(text, source="x", published=None, today=TODAY)
    roles = {p.name: p.role for p in b.people}
    assert roles.get("John Smith") != "Minister of Defence"


def test_subject_title_then_name_without_closing_comma_still_read() -> None:
    text = "The Minister of Defence, John Smith will attend the ceremony in Oslo on 12 May 2026."
    b = extract(text, source="x", published=None, today=TODAY)
    roles = {p.name: p.role for p in b.people}
    assert roles.get("John Smith") == "Minister of Defence"
