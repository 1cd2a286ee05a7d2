"""Round 21: organisations' own staff and delegates in organisations' releases (invented texts)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 3, 1)


def _who(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, source="t", today=TODAY), name)
    return p.role, p.country


# --- an organisation's release: its bare-titled staff are the organisation's, not its seat's country's ---

STAFF_CASES = [
    (
        "WTO | News items\n\n3 March 2031\n\nGENEVA, 3 March 2031 - Members met on Monday.\n\n"
        "Deputy Director-General Corvin Ashdale will lead the logistics team in Lima.\n",
        "Corvin Ashdale",
        ("Deputy Director-General", "WTO"),
    ),
    (
        "AFRICAN UNION\n\nCouncil to meet in Bamako\n\nAddis Ababa, Ethiopia, 3 March 2031 – The Council "
        "will meet in Bamako on 9 March.\n\n"
        "The Deputy Spokesperson for the Chairperson, Ms. Linnea Okoro-Vance, "
        "told reporters the agenda was set.\n",
        "Linnea Okoro-Vance",
        ("Deputy Spokesperson for the Chairperson", "African Union"),
    ),
    (
        "Note to Correspondents\n\nEnvoy to visit the region\n\nNew York, 3 March 2031\n\nThe Special Envoy "
        "of the Secretary-General for the Great Lakes, Mr. Tobiah Renwick, "
        "will travel to Kigali on 9 March.\n",
        "Tobiah Renwick",
        ("Special Envoy of the Secretary-General for the Great Lakes", "United Nations"),
    ),
    (
        "Ministers to meet in Apia\n\nAPIA, Samoa — Ministers will meet on 9 March.\n\nThe talks will be "
        "opened by Media Adviser Petra Haldane-Sou.\n\nContact: Petra Haldane-Sou, Media Adviser, "
        "Pacific Islands Forum Secretariat\n",
        "Petra Haldane-Sou",
        ("Media Adviser", "Pacific Islands Forum"),
    ),
]


@pytest.mark.parametrize(("text", "name", "want"), STAFF_CASES)
def test_org_release_staff(text: str, name: str, want: tuple[str, str]) -> None:
    assert _who(text, name) == want


def test_org_release_minister_keeps_no_seat_country() -> None:
    # near miss: a minister in the organisation's release is no staff and no citizen of its seat
    text = (
        "AFRICAN UNION\n\nCouncil to meet in Bamako\n\nAddis Ababa, Ethiopia, 3 March 2031 – The Council "
        "will meet in Bamako, Mali, on 9 March.\n\n"
        "The Minister of Trade and Industry, Mr. Oumar Keddi-Lamine, "
        "will deliver a welcome address on behalf of the host Government.\n"
    )
    assert _who(text, "Oumar Keddi-Lamine")[1] not in ("African Union", "Ethiopia")


def test_state_release_spokesperson_untouched() -> None:
    # near miss: a state issues the text, so its spokesperson stays its own despite a contact line
    text2 = (
        "Ministry of Foreign Affairs of Norway\n\nOSLO, 3 March 2031 - Talks opened.\n\n"
        "Spokesperson Hallvard Ekdahl said the talks went well.\n\nContact: OSCE Secretariat\n"
    )
    assert _who(text2, "Hallvard Ekdahl")[1] == "Norway"


# --- "the Chair of X, Ambassador A (Yland)": the delegate's bracketed country, the office as the role ---

CHAIR_CASES = [
    ("The Chair of the General Council, Ambassador Maria Lund (Sweden), said a draft was ready.",
     "Maria Lund", ("Chair of the General Council", "Sweden")),
    ("The Chair of the Budget Committee, Ambassador Teodor Vanek (Slovakia), will report on Friday.",
     "Teodor Vanek", ("Chair of the Budget Committee", "Slovakia")),
    ("The President of the Board, Ambassador Anaïs Delorme (Belgium), opened the session.", "Anaïs Delorme",
     ("President of the Board", "Belgium")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "name", "want"), CHAIR_CASES)
def test_bracketed_delegate_country(sentence: str, name: str, want: tuple[str, str]) -> None:
    text = f"VIENNA, 3 March 2031 - Talks opened on Monday.\n\n{sentence}\n"
    assert _who(text, name) == want


def test_bracketed_acronym_is_no_country() -> None:
    # near miss: an agency's initials in brackets give no country
    text = (
        "VIENNA, 3 March 2031 - Talks opened on Monday.\n\n"
        "The Chair of the Board, Ambassador Maria Lund (IAEA), opened the session.\n"
    )
    assert _who(text, "Maria Lund")[1] != "IAEA"


# --- the organisation's name before its office: the affiliation, no part of the title ---

PREFIX_CASES = [
    ("Trade ministers will meet in London on 9 March at the Commonwealth Secretariat.\n\n"
     "Commonwealth Secretary-General Hesper Quayle said the meeting mattered.",
     "Hesper Quayle", ("Secretary-General", "Commonwealth")),
    ("The spring session of the NATO Parliamentary Assembly (NATO PA) opens in Oslo on 9 March.\n\n"
     "NATO PA President Ivo Marchetti-Lund said legislators would meet.", "Ivo Marchetti-Lund",
     ("President", "NATO Parliamentary Assembly")),
    ("The spring session of the NATO Parliamentary Assembly (NATO PA) opens in Oslo on 9 March.\n\n"
     "NATO PA Secretary General Clea Arnaud said the agenda was set.", "Clea Arnaud",
     ("Secretary General", "NATO Parliamentary Assembly")),
    ("The Council will meet in Nairobi on 9 March.\n\nThe Executive Secretary of the Intergovernmental "
     "Authority on Development (IGAD), Dr. Samwel Odhiambo-Kiprop, will attend.", "Samwel Odhiambo-Kiprop",
     ("Executive Secretary", "IGAD")),
]  # fmt: skip


@pytest.mark.parametrize(("body", "name", "want"), PREFIX_CASES)
def test_org_before_office(body: str, name: str, want: tuple[str, str]) -> None:
    assert _who(f"LONDON, 3 March 2031 - Talks opened.\n\n{body}\n", name) == want


def test_commonwealth_in_a_ministry_name_is_no_org() -> None:
    # near miss: a ministry's portfolio word is no organisation
    text = (
        "LONDON, 3 March 2031 - Talks opened.\n\nThe Secretary of State for Foreign, Commonwealth and "
        "Development Affairs, Imelda Crane, met her counterpart.\n"
    )
    assert _who(text, "Imelda Crane")[1] != "Commonwealth"
