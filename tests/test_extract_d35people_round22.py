"""People, round 22 (d35people): a traveller with no other country cue is of the country the text says they
return to ("The Minister returns to Xland on ..."), which also outranks a country merely named near them;
an invited guest ("President A has been invited") is of neither the host's nor the author's side; a
capitals byline keeps a Mc/Mac surname ("By A McB Associated Press")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2030, 1, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Trade Minister to attend APEC meetings in Lima\n\nHon Mereana Tawhiri\nTrade\n\n3 May 2029\n\n"
            "Trade Minister Mereana Tawhiri travels to Peru today for the APEC Ministers "
            "Responsible for Trade "
            'meeting.\n\n"Open markets matter enormously to our exporters," Ms Tawhiri said.\n\n'
            "The Minister returns to New Zealand on 9 May.\n",
            "Mereana Tawhiri",
            "New Zealand",
        ),
        (
            "Minister to attend ocean conference in Chile\n\nHon Aroha Ngata\nConservation\n\n2 June 2030\n\n"
            "Conservation Minister Aroha Ngata travels to South America today for the Our "
            "Ocean conference in "
            'Valparaíso.\n\n"Healthy oceans matter to all of us," Ms Ngata said.\n\n'
            "She returns to Wellington on 12 June.\n",
            "Aroha Ngata",
            "New Zealand",
        ),
        (
            "PM to travel to Lisbon for NATO summit\n\nThe Prime Minister will join allied leaders in Lisbon "
            "next week for a two-day summit.\n\nPrime Minister Oliver Penrose-Hale will "
            "arrive on Monday 7 July "
            "2031, ahead of the summit, which will open with a session on Georgia and the Black Sea.\n\n"
            'Speaking ahead of the summit, the Prime Minister said:\n\n"I will be pressing '
            "allies to spend more "
            'on our shared defence."\n\nA spokesperson said the Prime Minister would return to London on '
            "Wednesday.\n",
            "Oliver Penrose-Hale",
            "United Kingdom",
        ),
    ],
)
def test_return_home_gives_the_travellers_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_visitor_returning_home_keeps_a_stated_country() -> None:
    text = (
        "LISBON, May 3 (Wire) - Foreign Minister Ana Duarte of Portugal will host talks with her Spanish "
        'counterpart Jaime Ortega on Monday.\n\n"We are neighbours and partners," Duarte '
        "said. Ortega returns "
        "to Madrid on Tuesday.\n"
    )
    people = _people(text)
    assert people["Ana Duarte"] == ("Foreign Minister", "Portugal")
    assert people["Jaime Ortega"][1] == "Spain"


@pytest.mark.parametrize(
    "text, guest, country",
    [
        (
            "PM to travel to Vienna for OSCE summit\n\nThe Prime Minister will join leaders "
            "in Vienna next week "
            "for a summit on European security.\n\nPrime Minister Harriet Ashdown will arrive in Austria on "
            "Sunday 4 May 2031, ahead of the summit hosted by Austrian Chancellor Lukas Brandner. The summit "
            "opens on Monday with a session on Moldova, to which President Ion Rusu has been invited.\n\n"
            "The Prime Minister will return to London on Tuesday.\n",
            "Ion Rusu",
            "Moldova",
        ),
        (
            "PM to travel to Madrid for summit\n\nPrime Minister Callum Reid will arrive in "
            "Madrid on Sunday 4 "
            "May 2031 for the summit hosted by Spanish Prime Minister Elena Sanz. Leaders "
            "will discuss Armenia, "
            "whose President Aram Sargsyan has been invited.\n\nThe Prime Minister will return to London on "
            "Tuesday.\n",
            "Aram Sargsyan",
            "Armenia",
        ),
        (
            "Chancellor to attend Oslo summit\n\nChancellor Greta Vogel will arrive in Oslo "
            "on 4 May 2031 for "
            "the summit hosted by Norwegian Prime Minister Erik Dahl. The summit opens with a session on "
            "Kosovo, to which President Arben Kelmendi has been invited.\n\nThe Chancellor will return to "
            "Berlin on Tuesday.\n",
            "Arben Kelmendi",
            "Kosovo",
        ),
    ],
)
def test_invited_guest_and_returning_author(text: str, guest: str, country: str) -> None:
    people = _people(text)
    assert people[guest][1] == country
    author = next(iter(people))
    assert people[author][1] in ("United Kingdom", "Germany")


def test_host_officials_stay_the_hosts() -> None:
    text = (
        "The summit in Rome next week will hold a session on trade. Prime Minister Lucia Moretti will host "
        "the leaders, and Interior Minister Paolo Ricci will speak.\n"
    )
    people = _people(text)
    assert people["Lucia Moretti"] == ("Prime Minister", "Italy")
    assert people["Paolo Ricci"] == ("Interior Minister", "Italy")


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Ministers to meet on fisheries\n\nBy KEVIN McCORMACK Associated "
            "Press\n\nWELLINGTON, New Zealand "
            "(AP) - Fisheries Minister Hone Parata will host Pacific counterparts next week.\n",
            ["Kevin McCormack"],
        ),
        (
            "Allies to discuss shipbuilding\n\nBy FIONA MacDONALD Associated Press\n\nCANBERRA, Australia "
            "(AP) - Defence Minister Lachlan Pryor will host British counterparts next week.\n",
            ["Fiona MacDonald"],
        ),
        (
            "Leaders to gather in Suva\n\nBy SEAN McGRATH and ALICE TOKO Associated "
            "Press\n\nSUVA, Fiji (AP) - "
            "Prime Minister Jone Vula will host Pacific leaders next week.\n",
            ["Sean McGrath", "Alice Toko"],
        ),
    ],
)
def test_capitals_byline_keeps_a_mc_surname(text: str, names: list[str]) -> None:
    people = _people(text)
    for name in names:
        assert people[name] == (None, None)


def test_plain_capitals_byline_unchanged() -> None:
    text = (
        "Leaders to gather in Suva\n\nBy ROD HALLORAN Associated Press\n\nSUVA, Fiji (AP) - Prime Minister "
        "Jone Vula will host Pacific leaders next week.\n"
    )
    people = _people(text)
    assert people["Rod Halloran"] == (None, None)
    assert people["Jone Vula"] == ("Prime Minister", "Fiji")
