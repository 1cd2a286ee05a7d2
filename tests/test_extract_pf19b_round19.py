"""Person rules, round 19 (pf19b): a press contact written "A – Tel.: +32 ..." takes no title from the
number, and an untitled contact of an organisation's own release is its staff; the head of an "X General
Secretariat" or of a body the text calls the member countries' belongs to it, a compound of a region word
and a state's adjective ("Ibero-American", "Italian-Latin American") naming no state; Westminster cabinet
posts no other government styles "X secretary", in the British press's lower case ("the business
secretary"), are British."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 3, 1)


def _who(text: str, name: str) -> tuple[str | None, str | None]:
    p = person(extract(text, today=_TODAY), name)
    return p.role, p.country


@pytest.mark.parametrize(
    "text, name, org",
    [
        (
            "European Commission - Daily News\n\nBrussels, 2 March 2026\n\n"
            "Commissioner Hallik visits Chile\n\n"
            "Commissioner for Trade Maret Hallik will be in Santiago on Tuesday to meet Chile's Minister of "
            "Finance, Pablo Ortúzar.\n\n(For more information: Tomas Verbeke – Tel.: +32 2 299 11 22; "
            "Ines Garat – Tel.: +32 2 298 33 44)\n",
            "Tomas Verbeke",
            "European Union",
        ),
        (
            "European Commission - Daily News\n\nBrussels, 2 March 2026\n\n"
            "Commissioner Hallik visits Chile\n\n"
            "Commissioner for Trade Maret Hallik will be in Santiago on Tuesday to meet Chile's Minister of "
            "Finance, Pablo Ortúzar.\n\n(For more information: Tomas Verbeke – Tel.: +32 2 299 11 22; "
            "Ines Garat – Tel.: +32 2 298 33 44)\n",
            "Ines Garat",
            "European Union",
        ),
        (
            "European Commission - Daily News\n\nBrussels, 20 February 2026\n\n"
            "Commissioner Rautio in Japan\n\n"
            "Commissioner for Energy Liisa Rautio travels to Tokyo on Monday, where she will meet Japan's "
            "Minister of Economy, Trade and Industry, Hiroshi Tamura.\n\n"
            "(For more information: Paolo Benetti – Tel.: +32 2 296 55 10)\n",
            "Paolo Benetti",
            "European Union",
        ),
    ],
)
def test_untitled_contact_of_an_organisations_release(text: str, name: str, org: str) -> None:
    assert _who(text, name) == (None, org)


def test_contact_of_a_states_release_keeps_no_title() -> None:
    # near miss: "A – Tel.:" gives no title in a ministry's release either
    text = (
        "Ministry of Foreign Affairs of Estonia\nPress release\n\nMinister Tamm to visit Ottawa\n\n"
        "Minister of Foreign Affairs Kaarel Tamm will visit Ottawa on 4 March to meet Canada's Minister of "
        "National Defence, Colin Hardy.\n\n(For more information: Liis Kask – Tel.: +372 637 7200)\n"
    )
    assert _who(text, "Liis Kask")[0] is None


@pytest.mark.parametrize(
    "text, name, org",
    [
        (
            "LIMA, 2 March (Agency) - The foreign ministers of the Ibero-American community meet in Lima on "
            "Thursday, with the Secretary General of the Ibero-American General Secretariat (SEGIB), Rosa "
            "Ilundain, in attendance. Peru's Foreign Minister Javier Portocarrero will chair the meeting.\n",
            "Rosa Ilundain",
            "Ibero-American General Secretariat",
        ),
        (
            "ROME, 2 March (Agency) - Ministers from the member countries of the IALO gather in Rome on "
            "Friday for a conference organised with the Italian-Latin American Labour Organisation "
            "(IALO). The Secretary General of the IALO, Marco Ferrandi, will open the session with "
            "Italy's Foreign Minister Giulia Sarti.\n",
            "Marco Ferrandi",
            "IALO",
        ),
        (
            "MONTEVIDEO, 2 March (Agency) - Delegates of the member states of the ALSA meet in Montevideo on "
            "Monday. The Executive Secretary of the ALSA, Carla Brum, said the agenda would cover trade. "
            "Uruguay's Foreign Minister Diego Ferreira will host the talks.\n",
            "Carla Brum",
            "ALSA",
        ),
    ],
)
def test_officer_of_a_body_of_states(text: str, name: str, org: str) -> None:
    assert _who(text, name)[1] == org


def test_a_states_general_secretariat_stays_the_states() -> None:
    # near miss: a national "General Secretariat" names the state itself; its head is the state's
    text = (
        "MADRID, 2 March (Agency) - The Secretary General of the Spanish General Secretariat for Defence "
        "Policy, Elena Ruiz, met Portugal's Minister of National Defence Nuno Pires in Madrid on Monday.\n"
    )
    assert _who(text, "Elena Ruiz")[1] == "Spain"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Politics live: prime minister in Washington\n\n09.10 GMT\nThe prime minister flies to "
            "Washington today for talks with President Dale Whitcomb. Speaking this morning, the business "
            "secretary, Hannah Odell, said no deal would be signed at any price.\n",
            "Hannah Odell",
        ),
        (
            "Politics live: prime minister in Washington\n\n09.10 GMT\nThe prime minister flies to "
            "Washington today for talks with President Dale Whitcomb. The culture secretary, Owen Blyth, "
            "told reporters the film tariff would be raised.\n",
            "Owen Blyth",
        ),
        (
            "Politics live: prime minister in Washington\n\n09.10 GMT\nThe prime minister flies to "
            "Washington today for talks with President Dale Whitcomb. The business and trade secretary, "
            "Ruth Castell, will stand in at questions.\n",
            "Ruth Castell",
        ),
    ],
)
def test_westminster_secretary_is_british(text: str, name: str) -> None:
    assert _who(text, name)[1] == "United Kingdom"


def test_a_health_secretary_is_not_taken_for_british() -> None:
    # near miss: the US and the Philippines have Health Secretaries too: the style alone says nothing
    text = (
        "WASHINGTON, 2 March (Agency) - Health Secretary Dale Morrow will meet Canada's Minister of Health "
        "Anne Roy on Monday in Washington.\n"
    )
    assert _who(text, "Dale Morrow")[1] == "United States"
