"""Country rules, round 19 (country): a release's own date-and-place line naming a capital ("June 3, 2025 –
Xcity, Region – Department of X") makes that capital's state the issuer, so its minister travelling abroad
is not of the host country; an organisation's bare office ("Secretary General A") takes the one
organisation its own sentence names before the one the text names most; the Gulf Cooperation Council is
an organisation."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "News release\n\nMinister Halvorsen to attend defence talks in Rome\n\n"
            "From: Ministry of Defence\n\n"
            "April 2, 2025 – Oslo, Norway – Ministry of Defence\n\n"
            "Today, Torvald Halvorsen, Minister of Defence, announced that he will travel to Rome, Italy, to "
            "attend a meeting of defence ministers on April 8, 2025.\n\n"
            "Press Secretary Ingrid Solbakken will accompany the Minister.\n",
            "Torvald Halvorsen",
            "Norway",
        ),
        (
            "Media release\n\nDefence Minister heads to Manila for security dialogue\n\n"
            "12 May 2025 – Canberra, ACT – Department of Defence\n\n"
            "Minister for Defence Gareth Pembleton will travel to Manila, Philippines, to co-chair "
            "the annual security dialogue on 15 May 2025.\n",
            "Gareth Pembleton",
            "Australia",
        ),
        (
            "Statement\n\nForeign Minister to visit Nairobi\n\n"
            "October 7, 2025 | Ottawa, Ontario | Global Affairs\n\n"
            "Foreign Minister Claire Bouchard will travel to Nairobi, Kenya, on October 10, 2025, for "
            "talks on trade and regional security.\n",
            "Claire Bouchard",
            "Canada",
        ),
    ],
)
def test_capital_date_line_gives_the_issuer(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_city_that_is_no_capital_gives_no_issuer() -> None:
    text = (
        "News release\n\nMinister to attend summit in Rome\n\n"
        "April 2, 2025 – Bergen – Regional office\n\n"
        "Today, Minister of Defence Torvald Halvorsen announced that he will attend a meeting of defence "
        "ministers in Rome, Italy, on April 8, 2025.\n"
    )
    assert _people(text)["Torvald Halvorsen"][1] != "Norway"


@pytest.mark.parametrize(
    "text, name, org",
    [
        (
            "European Union foreign ministers met in Brussels on Monday. The European Union and the EU "
            "Commission discussed the budget, and the EU will publish its plan next week.\n\n"
            "On Thursday, NATO defence ministers will gather at the alliance's headquarters for a meeting "
            "chaired by Secretary General Henrik Lauvstad.\n",
            "Henrik Lauvstad",
            "NATO",
        ),
        (
            "The EU and the European Commission will brief the press. EU envoys met twice this week, and "
            "the EU plans more talks.\n\n"
            "The ASEAN ministers will meet in Jakarta, where Secretary-General Rani Wiratama will present "
            "the annual report.\n",
            "Rani Wiratama",
            "ASEAN",
        ),
        (
            "Foreign ministers of the Gulf Cooperation Council will meet in Doha on Sunday.\n\n"
            "GCC Secretary General Faris Al-Mansoori said the meeting would prepare the leaders' summit.\n",
            "Faris Al-Mansoori",
            "GCC",
        ),
    ],
)
def test_an_organisation_office_takes_the_organisation_of_its_sentence(
    text: str, name: str, org: str
) -> None:
    assert _people(text)[name][1] == org


def test_a_sentence_naming_two_organisations_leaves_the_text_wide_choice() -> None:
    text = (
        "NATO ministers met on Monday. NATO will publish its plan, and NATO envoys will brief allies.\n\n"
        "The EU and NATO will hold a joint session chaired by Secretary General Henrik Lauvstad.\n"
    )
    assert _people(text)["Henrik Lauvstad"][1] == "NATO"
