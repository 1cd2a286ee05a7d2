"""People, round 18 (seventh people pass): a letterhead line's formal office ("Minister for Foreign Affairs")
stands over the short form the body uses for the same person ("Foreign Minister A"), the fullest form the
text gives; an organisation's bare office ("Commissioner for X", "Deputy Chairperson") takes the organisation
whose other officer of that office the text names, else the one it names most,
before the host city's country."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 5, 2)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    people = {p.name: p for p in extract(text, today=_TODAY).people}
    assert name in people, sorted(people)
    return people[name].role, people[name].country


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the corpus wording
        (
            "JOINT MEDIA RELEASE\n\nThe Hon Fiona Carradine MP\nMinister for Foreign Affairs\n\n"
            "The Hon Peter Rourke MP\nDeputy Prime Minister and Minister for Defence\n\n"
            "Australia–Indonesia 2+2 in Jakarta\n\nForeign Minister Fiona Carradine and Deputy Prime "
            "Minister Peter Rourke will travel to Jakarta this week for the eighth Australia–Indonesia "
            "Foreign and Defence Ministers' Meeting, to be held on Thursday 14 August.",
            "Fiona Carradine",
            "Minister for Foreign Affairs",
        ),
        # invented paraphrases
        (
            "Media release\n\nHon Tomas Varga\nMinister of Foreign Affairs\n\nForeign Minister to visit "
            "Lisbon\n\nForeign Minister Tomas Varga will travel to Lisbon on Monday for talks with his "
            "Portuguese counterpart.",
            "Tomas Varga",
            "Minister of Foreign Affairs",
        ),
        (
            "MEDIA RELEASE\n\nSenator the Hon. Grace Okonjo\nMinister for Trade and Tourism\n\nTrade "
            "mission to Nairobi\n\nTrade Minister Grace Okonjo will lead a business delegation to "
            "Nairobi next week.",
            "Grace Okonjo",
            "Minister for Trade and Tourism",
        ),
        (
            "Joint statement\n\nThe Hon Marco Deluca MP\nMinister for Defence\n\nDefence talks in "
            "Manila\n\nDefence Minister Marco Deluca will meet Philippine officials in Manila on "
            "Wednesday.",
            "Marco Deluca",
            "Minister for Defence",
        ),
        # negative: the body's title is a different office, the letterhead's does not replace it
        (
            "Media release\n\nHon Tomas Varga\nMinister of Foreign Affairs\n\nTalks in Lisbon\n\n"
            "Foreign Minister Tomas Varga will meet Prime Minister Rui Almeida of Portugal in Lisbon on "
            "Monday.",
            "Rui Almeida",
            "Prime Minister",
        ),
    ],
)
def test_letterhead_formal_office(text: str, name: str, role: str) -> None:
    assert _person(text, name)[0] == role


def test_letterhead_other_portfolio_keeps_body_office() -> None:
    text = (
        "Media release\n\nHon Tomas Varga\nMinister for Trade and Investment\n\nTalks in Lisbon\n\n"
        "Deputy Prime Minister Tomas Varga will travel to Lisbon on Monday."
    )
    assert _person(text, "Tomas Varga")[0] == "Deputy Prime Minister"


# an organisation's office named bare ("Commissioner for X", "Deputy Chairperson") in a release held in a
# city: the organisation whose other officer of that office the text names, else the one it names most,
# not the host city's country
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the corpus wordings
        (
            "European External Action Service\n\nHigh Representative to host EU Indo-Pacific Forum in "
            "Brussels\n\nThe EU will host the fourth EU Indo-Pacific Ministerial Forum in Brussels on "
            "Tuesday. Commissioner for International Partnerships Elisa Marchetti will host a Global "
            "Gateway business roundtable with ministers.",
            "Elisa Marchetti",
            "European Union",
        ),
        (
            "The European Union will host the AU-EU Ministerial Meeting on Wednesday in Brussels. The "
            "Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, will attend, together "
            "with the Deputy Chairperson, H.E. Selma Malika Haddadi. Commissioner Jan Novak will host "
            "Deputy Chairperson Haddadi at a working lunch.",
            "Selma Malika Haddadi",
            "African Union",
        ),
        # invented paraphrases
        (
            "The EU will host an EU-Central Asia ministerial in Luxembourg on Monday. Commissioner for "
            "Trade Pieter Janssens will host a business breakfast with the ministers.",
            "Pieter Janssens",
            "European Union",
        ),
        (
            "NATO Secretary General Anna Berg will welcome ministers in Oslo. Deputy Secretary General "
            "Luis Ortega will host a dinner for the delegations.",
            "Luis Ortega",
            "NATO",
        ),
        (
            "The African Union will convene a summit in Addis Ababa. The Chairperson of the African Union "
            "Commission, Amina Keita, and the Deputy Chairperson, Joseph Mwale, will receive the leaders. "
            "The European Union will send Commissioner for Energy Rosa Vidal.",
            "Joseph Mwale",
            "African Union",
        ),
    ],
)
def test_org_office_not_host_country(text: str, name: str, country: str) -> None:
    assert _person(text, name)[1] == country


def test_national_commissioner_not_an_organisations() -> None:
    text = (
        "The EU will host a migration forum in Brussels on Monday. Belgian Commissioner-General for "
        "Refugees Marc Dubois will host a side event."
    )
    assert _person(text, "Marc Dubois")[1] == "Belgium"
