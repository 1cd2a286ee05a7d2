"""People's countries, round 18 (fourth pass, by category over all sets): a government body's letterhead over
the headline names the issuing state in any case and form ("MINISTRY OF FOREIGN AFFAIRS OF X", "Ministry of
Defence of the Republic of X", "MINISTRY OF FOREIGN AFFAIRS, X", a body's line over "REPUBLIC OF X"); a list
of companions separated by semicolons, each with its own title in apposition ("accompanied by A; the Minister
of Y, H.E. B; ..."), is one list; "A and B held talks" makes the pair two sides: B takes no country from A.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

TODAY = date(2031, 5, 1)


def _people(text: str) -> dict[str, Person]:
    return {p.name: p for p in extract(text, today=TODAY).people}


@pytest.mark.parametrize(
    ("head", "country"),
    [
        ("MINISTRY OF FOREIGN AFFAIRS OF PANAMA\nOfficial Statement", "Panama"),  # the corpus wording
        ("Ministry of National Defence of the Republic of Lithuania", "Lithuania"),
        ("MINISTRY OF FOREIGN AFFAIRS, MALAYSIA\n\nPRESS RELEASE", "Malaysia"),
        ("DEPARTMENT OF INTERNATIONAL RELATIONS AND COOPERATION\nREPUBLIC OF SOUTH AFRICA", "South Africa"),
        ("MINISTRY OF DEFENCE OF THE REPUBLIC OF CHILE", "Chile"),
        ("Ministry of Foreign Affairs of the Kingdom of Norway", "Norway"),
        ("OFFICE OF THE PRESIDENT, REPUBLIC OF KENYA", "Kenya"),
    ],
)
def test_letterhead_names_the_issuer(head: str, country: str) -> None:
    text = (
        f"{head}\n\nMinister to receive a visiting delegation on Monday\n\n"
        "The Minister of Public Security, Anselmo Quiroga Lenz, will receive the delegation on Monday, "
        "May 5, together with the Vice Minister of Trade, Delfina Arroyo Mistral.\n"
    )
    people = _people(text)
    assert people["Anselmo Quiroga Lenz"].country == country
    assert people["Delfina Arroyo Mistral"].country == country


def test_an_embassy_letterhead_is_not_of_its_post() -> None:
    """ "Embassy of Xland in Yland": the issuer is Xland, never the post's country."""
    from briefings.extract.letterheads import letterhead_issuer
    from briefings.extract.sentences import split

    doc = split("EMBASSY OF PERU IN CANADA\n\nAmbassador to host reception\n\nThe Ambassador will host it.\n")
    assert letterhead_issuer(doc) == "Peru"
    # a headline about a ministry is no letterhead
    doc = split("Ministry of Defence to host talks with Chile on Monday.\n\nThe talks begin at nine.\n")
    assert letterhead_issuer(doc) is None


@pytest.mark.parametrize(
    ("visitor", "aides", "home", "host"),
    [
        # the corpus wording
        (
            "the Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, "
            "Dr Gedion Timothewos",
            "State Minister of Foreign Affairs H.E. Misganu Arga; the Minister of Trade and Regional "
            "Integration, H.E. Kassahun Gofe; and Ethiopia's Ambassador to Kenya, H.E. Tesfaye Gebremedhin",
            "Ethiopia",
            "Nairobi",
        ),
        (
            "Chile's Minister of Foreign Affairs, Dr Ramiro Salcedo Urrutia",
            "Vice Minister Hernán Bravo Lisboa; the Minister of Mining, H.E. Inés Vidal Carrasco; and the "
            "Director of Trade, Mr Tomás Acuña",
            "Chile",
            "Lima",
        ),
        (
            "Ghana's Foreign Minister, Dr Kofi Asante Mensah",
            "Deputy Minister Ama Owusu Boateng; the Minister of Energy, Hon. Yaw Darko Appiah; and the "
            "Chief of the Defence Staff, Vice Admiral Seth Amoako",
            "Ghana",
            "Abuja",
        ),
        (
            "Norway's Minister of Defence, Mr Einar Dahl Haugen",
            "State Secretary Liv Strand; the Minister of Trade, Ms Kari Berg Solheim; and the Chief of "
            "Defence, General Ola Lien",
            "Norway",
            "Stockholm",
        ),
    ],
)
def test_semicolon_list_of_titled_companions(visitor: str, aides: str, home: str, host: str) -> None:
    text = (
        "Joint Commission concludes\n\n"
        f"{host.upper()}, May 6 - The joint commission was held in {host} on Tuesday, co-chaired by the "
        f"host's Foreign Minister Adaeze Kolawole Ibe and {visitor}.\n\n"
        f"{visitor.split(', ')[-1].split()[-2]} {visitor.split()[-1]} was accompanied by {aides}.\n"
    )
    people = _people(text)
    middle = [
        p
        for p in people.values()
        if p.role and p.role.startswith("Minister of") and p.role != ("Minister of Foreign Affairs")
    ]
    assert middle, people
    assert all(p.country == home for p in middle), [(p.name, p.country) for p in middle]


def test_pair_holding_talks_are_two_sides() -> None:
    """ "General A and Field Marshal B held bilateral talks": B takes no country from A."""
    text = (
        "Defence chiefs meet\n\n"
        "NAIROBI, May 6 - Kenya's Chief of the Defence Forces, General Otieno Kamau, hosted Ethiopia's Chief "
        "of General Staff, Field Marshal Abebe Tadesse, on Tuesday.\n\n"
        "General Kamau and Field Marshal Abebe held bilateral talks on border security.\n"
    )
    people = _people(text)
    assert people["Abebe Tadesse"].country == "Ethiopia"
    assert people["Otieno Kamau"].country == "Kenya"


def test_pair_in_a_list_still_shares_a_country() -> None:
    """Negative: a list of titled names that meets someone else is one side ("A and B met C")."""
    text = (
        "Ministers meet\n\n"
        "Kenya's Minister of Defence Otieno Kamau and Cabinet Secretary Wanjiru Njeri met Ethiopia's "
        "Foreign Minister Abebe Tadesse in Nairobi on Tuesday.\n"
    )
    people = _people(text)
    assert people["Wanjiru Njeri"].country == "Kenya"
