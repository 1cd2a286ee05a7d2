"""Round 25 (sides): people's countries in texts involving several states, read from each person's side —
the host's official met on a courtesy call, a posted envoy, a visitor to the issuer's own meeting, a
principal sent home, a ministry's spokesperson, an organisation's commission president, offices a state
lacks (a Chancellor's state has no Prime Minister), a past meeting's town that hosts nothing now."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _person(text: str, name: str) -> Person:
    """The extracted person of that name in a short report written on _REF."""
    people = extract(text, source="t", published=_REF, today=_REF).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # a courtesy call on the host's President, a style of address before the title
            "U.S. EMBASSY IN KENYA\nPRESS RELEASE\n\nAssistant Secretary to Visit Kenya\n\n"
            "NAIROBI, 4 March 2031 – The U.S. Embassy in Kenya is pleased to announce that Assistant "
            "Secretary of State for African Affairs Miriam Coldwell will visit Nairobi from 10 to 12 "
            "March.\n\n"
            "The Assistant Secretary will pay a courtesy call on H.E. President Joseph Mwangi Kariuki at "
            "State House on 10 March.\n",
            "Joseph Mwangi Kariuki",
            "Kenya",
        ),
        (
            # a consul-general posted in a city of the host is the issuing minister's own official
            "The Hon Fiona Haddad MP\nMinister for Trade\n\nMedia release\n\nTrade mission to Brazil\n\n"
            "I will travel to Brazil from 12 to 15 March to deepen Australia's trade with Brazil.\n\n"
            "In Brasilia I will meet Trade Minister Carlos Menezes.\n\n"
            "In São Paulo I will open a new trade office with the Consul-General in São Paulo, Ms Harriet "
            "Lyle.\n",
            "Harriet Lyle",
            "Australia",
        ),
        (
            # a traveller to the issuer's own two-state dialogue in the issuer's capital is of the other state
            "Department of Defense to Host Philippines-U.S. Defense Talks\n\n"
            "The Department of Defense will host the 9th Philippines-U.S. Mutual Defense Board dialogue in "
            "Washington on March 20-21, 2031.\n\n"
            "Undersecretary of National Defense Ramon Dizon Ocampo will also travel to Washington and will "
            "meet with Deputy Secretary of Defense Glenn Harlow at the Pentagon on March 20.\n",
            "Ramon Dizon Ocampo",
            "Philippines",
        ),
        (
            # a principal the text sends home ("will return to Washington") is no summit host's national
            "Statement from Press Secretary Owen Castell on the President's Travel to Lisbon\n\n"
            "President Harold Brenner will attend the Atlantic Summit in Lisbon, Portugal, on April 7.\n\n"
            "In Lisbon, the President will hold a bilateral meeting with Prime Minister Tiago Ferraz of "
            "Portugal.\n\n"
            "The President will return to Washington on April 8.\n",
            "Harold Brenner",
            "United States",
        ),
        (
            # a Chancellor's state has no Prime Minister: the one met in its capital is the other party's
            "Foreign Minister Weber travels to Canada for the first German-Canadian consultations\n\n"
            "Federal Foreign Minister Anke Weber will travel to Canada this week for the first "
            "German-Canadian Foreign Ministers' Consultations.\n\n"
            "Germany and Canada agreed to hold the consultations when Chancellor Lukas Brandl met Prime "
            "Minister Eleanor Pratt in Berlin in May 2030.\n",
            "Eleanor Pratt",
            "Canada",
        ),
        (
            # an organisation's commission president, under a dateline in its seat
            "BRUSSELS — European leaders head to next week's G20 summit braced for a clash over trade.\n\n"
            "For Commission President Annelie Brok, the priority is to head off new tariffs, EU diplomats "
            "said.\n",
            "Annelie Brok",
            "European Union",
        ),
        (
            # a ministry's initials before the office: of the state whose head of that ministry the text names
            "Japan and Indonesia will hold security talks in Jakarta on March 11, the Japanese government "
            "said Thursday.\n\n"
            "Foreign Minister Kenta Arai will meet Indonesian Foreign Affairs Minister Retno Wulandari.\n\n"
            "MFA spokesperson Dian Kusuma said Indonesia welcomed the talks.\n",
            "Dian Kusuma",
            "Indonesia",
        ),
        (
            # a guest the host receives beside another state's guest takes the one party left
            "When the leaders of Chile, Peru and Colombia meet in Lima on May 14 for the fifth trilateral "
            "summit, much will be at stake.\n\n"
            "Peruvian President Rosa Quispe Huamán will host President Andrés Valbuena and Chilean "
            "President Tomás Ibáñez at the Government Palace.\n",
            "Andrés Valbuena",
            "Colombia",
        ),
        (
            # a cabinet minister accompanying a visiting head of government is of that leader's party
            "Ministry of External Affairs\nGovernment of India\n\n"
            "Visit of the Prime Minister of Norway to India (4-6 May 2031)\n\n"
            "1. Prime Minister Sigrid Aasland of Norway will pay an official visit to India from 4 to 6 "
            "May.\n\n"
            "2. Prime Minister Aasland will arrive in Mumbai on 4 May. She will be accompanied by Trade "
            "Minister Eirik Holmvik and a business delegation.\n\n"
            "3. Commerce Minister Rakesh Menon will hold talks with Minister Holmvik on 5 May.\n",
            "Eirik Holmvik",
            "Norway",
        ),
        (
            # a past visitor to the issuer's town, the pair named in the sentence before
            "Ministry of External Affairs\nGovernment of India\n\n"
            "Visit of External Affairs Minister to Brazil (May 05-08, 2031)\n\n"
            "External Affairs Minister Dr. R. Sethi will pay an official visit to Brazil from 05-08 May.\n\n"
            "2. He will hold the 9th India-Brazil Joint Commission with H.E. Mr. Paulo Ramos, Minister of "
            "Foreign Affairs of Brazil. The previous round was held in New Delhi in July 2030 during the "
            "visit of then Foreign Minister Marcos Tavares.\n",
            "Marcos Tavares",
            "Brazil",
        ),
        (
            # the object of "called on then-Prime Minister A" in the state the subject visited
            "MFA Press Release: Minister for Foreign Affairs Dr Tan Wee Kiat's Working Visit to Korea\n\n"
            "Minister for Foreign Affairs Dr Tan Wee Kiat will make a Working Visit to Seoul, Korea from 4 "
            "to 6 May 2031.\n\n"
            "During the visit, Minister Tan will call on President Yoon Hae-jin. Minister Tan last visited "
            "Korea in September 2030, when he called on then-Prime Minister Choi Min-ho.\n",
            "Choi Min-ho",
            "South Korea",
        ),
        (
            # the host of a town the text places by its state's word ("the Xish lakeside resort of Y")
            "Rome Readies G20 Leaders for Vallorsa Showdown on Trade\n\nBy Anna Berti\n\n"
            "Group of Twenty leaders will meet in the Italian lakeside resort of Vallorsa from June 15-17 "
            "with tariffs and Ukraine on the agenda, as host President Matteo Ravelli tries to keep the US "
            "inside a consensus.\n\n"
            "Ravelli has invited the leaders of Kenya and Chile to an outreach session on the final day.\n",
            "Matteo Ravelli",
            "Italy",
        ),
        (
            # "is to host a banquet for the delegation": the host's official, not the visitors'
            "Uruguayan foreign minister to visit next week\n\nStaff writer, with CNA\n\n"
            "Uruguayan Minister of Foreign Affairs Martín Ferreira Bordaberry is to lead a delegation to "
            "Taiwan from May 9 to May 13, the Ministry of Foreign Affairs said yesterday.\n\n"
            "Ferreira is to meet President Lin Cheng-wen at the Presidential Office on Tuesday next week, "
            "ministry spokeswoman Chou Mei-ling told a regular news briefing in Taipei.\n\n"
            "The delegation includes Uruguayan Minister of Industry Pablo Sosa, who is to meet Minister of "
            "Economic Affairs Wu Tsung-han, Department of Latin American and Caribbean Affairs "
            "Director-General Kao Wei-ming said.\n\n"
            "Legislative Speaker Yang Shu-fen is to host a banquet for the delegation on May 11, Kao "
            "added.\n",
            "Yang Shu-fen",
            "Taiwan",
        ),
    ],
)
def test_side_country(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # near miss: a President met in the host's capital without a style of address stays the host's
            "U.S. EMBASSY IN KENYA\nPRESS RELEASE\n\n"
            "NAIROBI, 4 March 2031 – Assistant Secretary of State for African Affairs Miriam Coldwell "
            "will visit Nairobi from 10 to 12 March.\n\n"
            "The Assistant Secretary will pay a courtesy call on President Joseph Mwangi Kariuki at "
            "State House on 10 March.\n",
            "Joseph Mwangi Kariuki",
            "Kenya",
        ),
        (
            # near miss: a Prime Minister met in a city of a state that has one is that state's
            "Foreign Minister Weber travels to Canada for the first German-Canadian consultations\n\n"
            "Federal Foreign Minister Anke Weber will travel to Canada this week for talks.\n\n"
            "In Ottawa, she will call on Prime Minister Eleanor Pratt.\n",
            "Eleanor Pratt",
            "Canada",
        ),
        (
            # near miss: an Ambassador to a state named with its own country keeps it
            "Australian Ambassador to Brazil Harriet Lyle will join the Minister in Brasilia.\n",
            "Harriet Lyle",
            "Australia",
        ),
    ],
)
def test_side_country_unchanged(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_last_years_city() -> None:
    # "held in Xcity in December last year": a past meeting's town, no host of the coming one
    from briefings.extract.country_cues import last_years_city

    text = "the 8th session held in Ostrava in December last year, and the 9th in Brno on 4 May"
    assert last_years_city(text, text.index(" in December"))
    assert not last_years_city(text, text.index(" on 4 May"))  # near miss: a coming meeting's town


def test_latin_american_is_no_state() -> None:
    # "Latin American" is a continent's adjective, no word for the United States
    from briefings.extract.eventcues import countries_in_span

    text = "the Department of Latin American Affairs and the American embassy"
    assert countries_in_span(text, 0, text.index(" and")) == ()
    assert countries_in_span(text, 0, len(text)) == ("United States",)  # near miss: "the American embassy"
