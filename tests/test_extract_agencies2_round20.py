"""Agencies and side meetings, round 20 (agencies2): a state's agency defined with its state and initials
("the Xland Coast Guard (XCG)") gives its officers that state ("XCG Commander A", "Director A of the XCG");
"of the Royal Xish Police" names Xland; "Coast Guard" is a title word ("Xish Coast Guard Commandant A",
"A, Commandant of the Xland Coast Guard"); a unit's noun closes a title cut inside it ("commander of Coast
Guard Pacific Area"); side meetings: "will be joined by C for a trilateral consultation" (not past for "on the
last day of"), "will hold a trilateral meeting on Monday with B and C" (one subject), "lead the delegation to
the A-B X Consultations", and "a meeting of the Quad Senior X Group" beside a main "A-B X Dialogue"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.people_agency_homes import state_agencies

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


def _sides(text: str) -> list[tuple[str, set[str]]]:
    return [(e.kind, set(e.participants)) for e in extract(text, today=_TODAY).events if e.kind != "main"]


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "MANILA - The Philippine Coast Guard (PCG) will host the Indonesian Coast Guard (IDCG) for talks "
            "in Manila on June 10.\n\n"
            "PCG Commandant Adm. Ramon Dizon and IDCG Commander Vice Adm. Budi Santoso will "
            "co-chair the talks.\n",
            "Budi Santoso",
            "Indonesia",
        ),
        (
            "Police chiefs to meet in Quito\n\n"
            "Ecuador will host the regional police meeting in Quito on June 12, with a delegation "
            "from Peru's "
            "National Criminal Police (DIRCRI).\n\n"
            "Director General Rosa Quispe Mamani of the DIRCRI said the region faces new threats.\n",
            "Rosa Quispe Mamani",
            "Peru",
        ),
        (
            "Coast guards meet in Busan\n\n"
            "BUSAN - The Korea Coast Guard (KCG) and the Japan Coast Guard (JCG) will hold talks in Busan "
            "on June 9.\n\n"
            "The Japanese side will be led by JCG Deputy Commandant Vice Admiral Sato Kenji, the KCG said.\n",
            "Sato Kenji",
            "Japan",
        ),
        (
            "Police leaders meet in Santiago\n\n"
            "Chile will host the regional police conference in Santiago on June 12.\n\n"
            "The conference will hear from Assistant Commissioner Paul Lavigne of the Royal Canadian "
            "Mounted Police.\n",
            "Paul Lavigne",
            "Canada",
        ),
    ],
)
def test_state_agency_officer_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_agency_of_several_states_gives_no_state() -> None:
    """Near miss: initials of a body whose name opens with no state's word name no state."""
    text = (
        "Police chiefs to meet in Lima\n\n"
        "The Regional Border Police Agency (RBPA) will meet in Lima on June 12.\n\n"
        "RBPA Director Tomas Okafor said the meeting would focus on smuggling.\n"
    )
    assert "RBPA" not in state_agencies(text)


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Envoy to tour Manila\n\n"
            "Secretary Ann Miller will visit Manila on June 10 and will tour a station with Philippine "
            "Coast Guard Commandant Admiral Rafael Cortez.\n",
            "Rafael Cortez",
            "Coast Guard Commandant",
            "Philippines",
        ),
        (
            "Coast guard heads meet in Seattle\n\n"
            "The U.S. Coast Guard will host the summit in Seattle on June 10. Guests include Adm. "
            "Mori Kenta, "
            "Commandant of the Japan Coast Guard; and Commissioner Lee Dong-hyun of the Korea Coast Guard.\n",
            "Mori Kenta",
            "Commandant of the Japan Coast Guard",
            "Japan",
        ),
        (
            "Coast guard heads meet in Seattle\n\n"
            "The U.S. Coast Guard will host the summit in Seattle on June 10. Vice Adm. Jane "
            "Porter, commander "
            "of Coast Guard Atlantic Area, will lead the delegation.\n",
            "Jane Porter",
            "commander of Coast Guard Atlantic Area",
            "United States",
        ),
    ],
)
def test_coast_guard_titles(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


@pytest.mark.parametrize(
    "text, kind, names",
    [
        (
            "Space dialogue opens in Seoul\n\n"
            "SEOUL - Vice Minister Kim Min-ji and Assistant Secretary Laura Finch will hold the "
            "space dialogue "
            "in Seoul on June 10.\n\n"
            "On June 11, Kim and Finch will be joined by Sato Yui, Japan's ambassador for space "
            "policy, for a "
            "trilateral space consultation.\n",
            "trilateral",
            {"Kim Min-ji", "Laura Finch", "Sato Yui"},
        ),
        (
            "Assistant Secretary Reed's Travel to Geneva\n\n"
            "Assistant Secretary of State Dana Reed will travel to Geneva, Switzerland, June 10-12.\n\n"
            "Assistant Secretary Reed will also hold a trilateral meeting on June 11 with France's Director "
            "of Strategic Affairs, Paul Girard, and Germany's Political Director, Anna Weber.\n",
            "trilateral",
            {"Dana Reed", "Paul Girard", "Anna Weber"},
        ),
        (
            "Assistant Secretary Reed's Travel to Geneva and Vienna\n\n"
            "Assistant Secretary of State Dana Reed will travel to Geneva, Switzerland, and Vienna, Austria, "
            "June 10-14.\n\n"
            "In Geneva, Assistant Secretary Reed will lead the U.S. delegation to the U.S.-China Maritime "
            "Consultations on June 11. The Chinese delegation will be led by Zhou Wen, Director-General for "
            "Boundary and Ocean Affairs at China's Ministry of Foreign Affairs.\n\n"
            "In Vienna, on June 13, Assistant Secretary Reed will call on IAEA Director General "
            "Maria Lind.\n",
            "bilateral",
            {"Dana Reed", "Zhou Wen"},
        ),
        (
            "Australia to host cyber dialogue\n\n"
            "Australia will host the Australia-Korea Cyber Policy Dialogue in Sydney on Thursday 11 June.\n\n"
            "The Dialogue will be co-chaired by Ambassador Jane Holt and Ambassador Park Ji-won.\n\n"
            "On Friday 12 June, Sydney will also host a meeting of the Quad Senior Cyber Group, bringing "
            "together Ambassador Holt, Ambassador Park, Deputy Assistant Secretary Mark Olsen and Joint "
            "Secretary Ravi Menon.\n",
            "multilateral",
            {"Jane Holt", "Park Ji-won", "Mark Olsen", "Ravi Menon"},
        ),
    ],
)
def test_side_meetings(text: str, kind: str, names: set[str]) -> None:
    assert any(k == kind and names <= got for k, got in _sides(text))


def test_last_meeting_still_past() -> None:
    """Near miss: "the last trilateral session" told as the past is no meeting announced."""
    text = (
        "Space dialogue opens in Seoul\n\n"
        "SEOUL - Vice Minister Kim Min-ji and Assistant Secretary Laura Finch will hold the space dialogue "
        "in Seoul on June 10.\n\n"
        "Kim and Finch were joined by Sato Yui for a trilateral session last year.\n"
    )
    assert not any(k == "trilateral" for k, _ in _sides(text))


def test_pair_without_partner_after_stays_none() -> None:
    """Near miss: "will hold a trilateral meeting" with no "with" after names no one to meet."""
    text = (
        "Assistant Secretary Reed's Travel to Geneva\n\n"
        "Assistant Secretary of State Dana Reed will travel to Geneva, Switzerland, June 10-12.\n\n"
        "Assistant Secretary Reed will also hold a trilateral meeting on June 11 on nuclear safety.\n"
    )
    assert not any(k == "trilateral" for k, _ in _sides(text))
