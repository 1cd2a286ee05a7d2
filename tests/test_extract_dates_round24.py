"""Round 24 (dates): a headline's visit "for" one meeting is that meeting on its own day, the visit's other
days travel days around it, even when the lead calls it an official, state or working visit, when the meeting
is an annual "Consultation", when its day is set "following" a welcome ceremony, and when another city's
engagement follows it; a visit for several engagements, two acts or a journey over several states stays."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 3, 2)


def _main(text: str) -> Event:
    """The main event of a short release written on _REF."""
    ev = extract(text, source="t", published=None, today=_REF).main_event
    assert ev is not None
    return ev


# ---- a formal visit made for one meeting: the meeting's day ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Foreign Minister to visit Peru for the 3rd Session of the Joint Commission\n\n"
            "Minister of Foreign Affairs Tavita Moengangongo will undertake an official visit to Peru from "
            "15 to 17 March 2031 at the invitation of the Government of Peru.\n\n"
            "During the visit, the Minister will co-chair the 3rd Session of the Joint Commission in Lima on "
            "16 March 2031 with Foreign Minister Rosalind Quispe Arce.\n",
            date(2031, 3, 16),
            "Lima",
        ),
        (
            "President to visit Ghana for the Investment Summit\n\n"
            "President Halvard Oyelaran will pay a state visit to Ghana from 9 to 11 April 2031.\n\n"
            "On 10 April 2031, the President will open the Investment Summit in Accra with President Efua "
            "Badu-Mensah.\n",
            date(2031, 4, 10),
            "Accra",
        ),
        (
            "Defence Minister to visit Estonia for the Nordic-Baltic Defence Dialogue\n\n"
            "Defence Minister Corvin Lathrop will make a working visit to Estonia from 20 to 22 May 2031.\n\n"
            "During the visit, Minister Lathrop will chair the Nordic-Baltic Defence Dialogue in Tallinn on "
            "21 May 2031 with Defence Minister Katrin Saarepera.\n",
            date(2031, 5, 21),
            "Tallinn",
        ),
    ],
)
def test_formal_visit_for_one_meeting_is_the_meeting(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


# ---- the meeting's day set "following" a ceremony: no meeting beside it ------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Foreign Minister to visit Laos for the Joint Commission\n\nForeign Minister Anselm Kirov "
            "will be in Laos from 4 to 6 June 2031.\n\nThe Minister will co-chair the 7th Joint "
            "Commission with Foreign Minister Phonsavanh Keola in Vientiane on 5 June 2031, following a "
            "wreath-laying at the national monument.\n",
            date(2031, 6, 5),
        ),
        (
            "PM Orlen to undertake official visit to Thailand for Annual Consultation\n\nPrime Minister "
            "Idris Orlen will undertake an official visit to Thailand from 12 to 13 May 2031 for the 9th "
            "Annual Consultation, the ministry said today.\n\nIn a statement, the ministry said the "
            "Prime Minister will co-chair the Annual Consultation with Prime Minister Chanida Wongsakul "
            "at Government House in Bangkok on 13 May 2031, following an official welcoming ceremony.\n",
            date(2031, 5, 13),
        ),
        (
            "Chancellor to pay working visit to Austria for Strategic Consultation\n\nChancellor Ilse "
            "Brandauer will pay a working visit to Austria from 8 to 10 April 2031 for the 4th Strategic "
            "Consultation.\n\nShe will co-chair the Strategic Consultation with Chancellor Rupert Haindl "
            "at the Chancellery in Vienna on 9 April 2031, after a guard of honour.\n",
            date(2031, 4, 9),
        ),
        (
            "President to undertake state visit to Ghana for Annual Consultation\n\nPresident Halvard "
            "Oyelaran will undertake a state visit to Ghana from 20 to 22 July 2031 for the 3rd Annual "
            "Consultation.\n\nThe President will co-chair the Annual Consultation with President Efua "
            "Badu-Mensah in Accra on 21 July 2031, following a state welcome at Jubilee House.\n",
            date(2031, 7, 21),
        ),
    ],
)
def test_meeting_day_after_a_ceremony(text: str, day: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (day, None)


# ---- a formal visit for one meeting with another city's engagement after it: still the meeting ------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Foreign Minister to visit Morocco for the 2nd Session of the Joint Committee\n\nForeign "
            "Minister Dalia Osterhout will undertake an official visit to Morocco from 3 to 5 March "
            "2031.\n\nDuring the visit, the Minister will co-chair the 2nd Session of the Joint "
            "Committee in Rabat on 4 March 2031 with Foreign Minister Karim Bensaid.\n\nOn 5 March, the "
            "Minister will travel to Casablanca, where she will meet the business community.\n",
            date(2031, 3, 4),
            "Rabat",
        ),
        (
            "Minister to visit India for the Energy Dialogue\n\nEnergy Minister Freya Lundqvist will pay "
            "an official visit to India from 24 to 26 March 2031.\n\nDuring the visit, the Minister will "
            "co-chair the Energy Dialogue in New Delhi on 25 March 2031 with Minister of Power Arvind "
            "Rao.\n\nOn 26 March, the Minister will travel to Mumbai to meet investors.\n",
            date(2031, 3, 25),
            "New Delhi",
        ),
        (
            "Trade Minister to visit Vietnam for the Joint Trade Committee\n\nTrade Minister Ossian Falk "
            "will make a working visit to Vietnam from 17 to 19 March 2031.\n\nDuring the visit, the "
            "Minister will co-chair the Joint Trade Committee in Hanoi on 18 March 2031 with Minister of "
            "Industry and Trade Nguyen Thi Lan.\n\nOn 19 March, the Minister will travel to Ho Chi Minh "
            "City to visit a port terminal.\n",
            date(2031, 3, 18),
            "Hanoi",
        ),
    ],
)
def test_visit_for_one_meeting_over_a_later_city(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


# ---- near misses: the visit or journey stays ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # a visit the headline gives several engagements, one of them in another city: the visit
            "Minister to visit India for Energy Dialogue and Investor Meetings\n\nEnergy Minister Freya "
            "Lundqvist will pay an official visit to India from 24 to 26 March 2031.\n\nDuring the "
            "visit, the Minister will co-chair the Energy Dialogue in New Delhi on 25 March 2031 with "
            "Minister of Power Arvind Rao.\n\nOn 26 March, the Minister will travel to Mumbai to meet "
            "investors.\n",
            date(2031, 3, 24),
            date(2031, 3, 26),
        ),
        (  # a day set beside the meeting ("following the Annual Consultation"): the visit
            "PM Orlen to undertake official visit to Thailand for Annual Consultation\n\nPrime Minister "
            "Idris Orlen will undertake an official visit to Thailand from 12 to 13 May 2031 for the 9th "
            "Annual Consultation, the ministry said today.\n\nIn a statement, the ministry said the "
            "Prime Minister will call on the King at the Grand Palace in Bangkok on 13 May 2031, "
            "following the Annual Consultation.\n",
            date(2031, 5, 12),
            date(2031, 5, 13),
        ),
        (  # two acts, the visit first: the visit
            "Minister to pay an Official Visit to Chile and co-chair the Joint Commission\n\nMinister of "
            "Foreign Affairs Aurel Stanescu will pay an official visit to Santiago, Chile, from 16 to 18 "
            "March 2031.\n\nOn 17 March 2031, the Minister will co-chair the Joint Commission with the "
            "Minister for Foreign Affairs of Chile, Ana Roble.\n",
            date(2031, 3, 16),
            date(2031, 3, 18),
        ),
        (  # a journey over two states: the journey
            "Foreign Minister to visit Kenya and Uganda for the Joint Commission\n\nForeign Minister "
            "Anselm Kirov will undertake an official visit to Kenya and Uganda from 4 to 7 June "
            "2031.\n\nDuring the visit, the Minister will co-chair the Joint Commission in Nairobi on 5 "
            "June 2031 with Cabinet Secretary Wanjiru Otieno.\n",
            date(2031, 6, 4),
            date(2031, 6, 7),
        ),
    ],
)
def test_the_visit_stays(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


# ---- a visit headline's purpose ends at its clause ("for annual leaders' meeting; trade, energy on agenda"):
# the list after it is the agenda, no several engagements ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "PM Varga to visit Canada for annual leaders' meeting; trade, energy on agenda\n\nPrime "
            "Minister Zoltan Varga will make an official visit to Canada from April 6 to 9, during which "
            "he will hold the Hungary-Canada Annual Leaders' Meeting with Canadian Prime Minister Elise "
            "Fournier in Ottawa on April 7.\n\nAfter Ottawa, Mr Varga will travel to Toronto on April 8, "
            "where he will meet business leaders, before returning home on April 9.\n",
            date(2031, 4, 7),
            "Ottawa",
        ),
        (
            "Chancellor to visit Japan for strategic dialogue: chips, security, trade in "
            "focus\n\nChancellor Ilse Brandauer will make an official visit to Japan from May 11 to 14, "
            "during which she will hold the Austria-Japan Strategic Dialogue with Prime Minister Kenji "
            "Morimoto in Tokyo on May 12.\n\nAfter Tokyo, Ms Brandauer will travel to Osaka on May 13, "
            "where she will visit a research centre, before returning home on May 14.\n",
            date(2031, 5, 12),
            "Tokyo",
        ),
        (
            "President to visit Chile for joint commission - copper, lithium, ports on the "
            "table\n\nPresident Halvard Oyelaran will make a state visit to Chile from June 2 to 5, "
            "during which he will co-chair the Joint Commission with Chilean President Ana Roble in "
            "Santiago on June 3.\n\nAfter Santiago, Mr Oyelaran will travel to Valparaiso on June 4, "
            "where he will visit the port, before returning home on June 5.\n",
            date(2031, 6, 3),
            "Santiago",
        ),
    ],
)
def test_headline_purpose_ends_at_its_clause(text: str, day: date, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date, ev.place) == (day, None, place)


def test_headline_purpose_of_several_engagements_keeps_the_visit() -> None:
    ev = _main(
        "PM Varga to visit Canada for trade talks and investor meetings; energy on agenda\n\nPrime "
        "Minister Zoltan Varga will make an official visit to Canada from April 6 to 9, during which "
        "he will hold trade talks with Canadian Prime Minister Elise Fournier in Ottawa on April "
        "7.\n\nAfter Ottawa, Mr Varga will travel to Toronto on April 8, where he will meet business "
        "leaders, before returning home on April 9.\n"
    )
    assert (ev.date, ev.end_date) == (date(2031, 4, 6), date(2031, 4, 9))


# ---- "agreed Tuesday to ... and to hold a joint exercise later this year": the agreement's day is the
# meeting's (only a meeting set for later, "to hold talks ... later this month", leaves it no day) ---------


def _on(text: str) -> Event:
    """The main event of a wire report written on Tuesday 4 March 2031."""
    ev = extract(text, source="t", published=None, today=date(2031, 3, 4)).main_event
    assert ev is not None
    return ev


@pytest.mark.parametrize(
    "text",
    [
        "Nordic defence chiefs pledge closer air policing after Oslo talks\n\nOSLO (AP) — Defence "
        "ministers from Norway, Sweden and Finland agreed Tuesday to pool air-policing patrols and "
        "to hold a joint air exercise later this year, as Russian flights near their borders "
        "increase.\n\nNorwegian Defence Minister Ola Brekke hosted Swedish Defence Minister Pal "
        "Lindqvist and Finnish Defence Minister Aino Virtanen at the ministry, the first such "
        "meeting in Oslo. Brekke will hold a separate meeting with Lindqvist on Wednesday.\n",
        "Baltic defence chiefs pledge radar sharing after Riga talks\n\nRIGA (AP) — Defence "
        "ministers from Estonia, Latvia and Lithuania agreed Tuesday to share radar data and to hold "
        "a joint naval drill later this year, as Russian flights near their borders "
        "increase.\n\nLatvian Defence Minister Edgars Kalnins hosted Estonian Defence Minister Kaja "
        "Tamm and Lithuanian Defence Minister Rasa Zukauskiene at the ministry, the first such "
        "meeting in Riga. Kalnins will hold a separate meeting with Tamm on Wednesday.\n",
        "Andean ministers pledge border patrols after Lima talks\n\nLIMA (AP) — Interior ministers "
        "from Peru, Ecuador and Bolivia agreed Tuesday to pool border patrols and to hold a joint "
        "border exercise later this year, as Russian flights near their borders "
        "increase.\n\nPeruvian Interior Minister Rosa Quispe hosted Ecuadorian Interior Minister "
        "Diego Mora and Bolivian Interior Minister Ana Choque at the ministry, the first such "
        "meeting in Lima. Quispe will hold a separate meeting with Mora on Wednesday.\n",
    ],
)
def test_agreement_day_beside_a_later_exercise(text: str) -> None:
    assert _on(text).date == date(2031, 3, 4)


def test_agreement_to_meet_later_leaves_the_day() -> None:
    text = (
        "Nordic ministers agree to meet again later this month\n\nOSLO (AP) — Defence ministers from "
        "Norway, Sweden and Finland agreed on Tuesday to hold talks in Helsinki later this month, as "
        "Russian flights near their borders increase.\n\nNorwegian Defence Minister Ola Brekke will "
        "hold a separate meeting with Swedish Defence Minister Pal Lindqvist on Wednesday.\n"
    )
    assert _on(text).date == date(2031, 3, 5)


# ---- a stay "to take part in" (or "participate in") a series of meetings: the series' whole range --------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Commissioner travels to Jakarta for the EU-ASEAN Ministerial and the Regional Forum\n\nOn "
            "14 and 15 July, Commissioner Anna Lindvall will be in Jakarta to take part in the "
            "ASEAN-related ministerial meetings hosted by Indonesia.\n\nOn 14 July, the Commissioner "
            "will co-chair the EU-ASEAN Ministerial Meeting with Indonesia's Minister of Foreign "
            "Affairs, Retno Wirawan.\n\nOn 15 July, she will participate in the Regional Forum, where "
            "discussions are expected to focus on maritime security.\n",
            date(2031, 7, 14),
            date(2031, 7, 15),
        ),
        (
            "Minister travels to Vientiane for the ASEAN Defence Ministers' meetings\n\nOn 20 and 21 "
            "May, Defence Minister Piet Vandermeer will be in Vientiane to participate in the "
            "ASEAN-related defence meetings hosted by Laos.\n\nOn 20 May, the Minister will co-chair the "
            "ASEAN-EU Defence Dialogue with Laos's Minister of Defence, Chansamone Keola.\n\nOn 21 May, "
            "he will join the Expanded Defence Ministers' Meeting.\n",
            date(2031, 5, 20),
            date(2031, 5, 21),
        ),
        (
            "Trade Minister travels to Lima for the APEC trade meetings\n\nOn 9 and 10 May, Trade "
            "Minister Lars Ekholm will be in Lima to take part in the APEC-related trade ministers' "
            "meetings hosted by Peru.\n\nOn 9 May, the Minister will co-chair the EU-APEC Trade Dialogue "
            "with Peru's Minister of Foreign Trade, Elena Paredes.\n\nOn 10 May, he will participate in "
            "the Ministers Responsible for Trade Meeting, where discussions are expected to focus on "
            "supply chains.\n",
            date(2031, 5, 9),
            date(2031, 5, 10),
        ),
    ],
)
def test_stay_taking_part_in_a_series(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


def test_stay_for_a_working_visit_keeps_the_meeting_day() -> None:
    ev = _main(
        "Commissioner travels to Jakarta for the EU-ASEAN Ministerial\n\nOn 14 and 15 July, "
        "Commissioner Anna Lindvall will be in Jakarta for a working visit hosted by "
        "Indonesia.\n\nOn 14 July, the Commissioner will co-chair the EU-ASEAN Ministerial with "
        "Indonesia's Minister of Foreign Affairs, Retno Wirawan.\n\nOn 15 July, she will visit a "
        "port project.\n"
    )
    assert (ev.date, ev.end_date) == (date(2031, 7, 14), None)


# ---- "to attend the X Dialogue, May 31-June 2": a named gathering's days in apposition are its own, over the
# day of a speech at it ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "MINISTER TO DELIVER KEYNOTE AT HALIFAX FORUM\n\nDefence Minister Ragnar Holt will travel to "
            "Halifax to attend the 12th Halifax International Security Forum, November 20-22, where he "
            "will deliver the opening keynote.\n\nThe Minister's keynote is scheduled for Friday, "
            "November 21, at 9:00 a.m.\n",
            date(2031, 11, 20),
            date(2031, 11, 22),
        ),
        (
            "SECRETARY TO SPEAK AT MANAMA DIALOGUE\n\nSecretary of State Irene Vasquez will travel to "
            "Bahrain to attend the 20th IISS Manama Dialogue, December 5-7, where she will deliver a "
            "plenary address.\n\nThe Secretary's address is scheduled for Saturday, December 6, at 10:00 "
            "a.m.\n",
            date(2031, 12, 5),
            date(2031, 12, 7),
        ),
        (
            "MINISTER TO ADDRESS MUNICH CONFERENCE\n\nForeign Minister Tove Brandt will travel to "
            "Germany to attend the Munich Security Conference, February 13-15, where she will speak on a "
            "panel on Arctic security.\n\nThe Minister's panel is scheduled for Saturday, February 14, "
            "at 2:00 p.m.\n",
            date(2032, 2, 13),
            date(2032, 2, 15),
        ),
    ],
)
def test_named_gathering_days_in_apposition(text: str, first: date, last: date) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


def test_stay_range_keeps_the_meeting_day() -> None:
    ev = _main(
        "MINISTER TO MEET COUNTERPART IN HALIFAX\n\nDefence Minister Ragnar Holt will travel to "
        "Halifax, November 20-22, for talks with Canadian officials.\n\nThe Minister's meeting with "
        "Defence Minister Anne Leblanc is scheduled for Friday, November 21.\n"
    )
    assert (ev.date, ev.end_date) == (date(2031, 11, 21), None)


# ---- "the previous Meeting, held in X on April 27, 2030": another meeting, no day of the statement's -------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Joint Statement on the EU-Andean Ministerial Dialogue\n\nThe Ministers of the European "
            "Union and the Andean Community met in Quito on March 1, 2031, for the EU-Andean Ministerial "
            "Dialogue.\n\nThe Ministers welcomed the outcomes of the previous Ministerial Dialogue, held "
            "in Lima on May 12, 2030, and agreed to meet again next year.\n",
            "Quito",
        ),
        (
            "Joint Statement on the Nordic-Baltic Defence Ministerial Meeting\n\nThe Defence Ministers "
            "of the Nordic and Baltic states met in Tallinn on March 1, 2031, for the Nordic-Baltic "
            "Defence Ministerial Meeting.\n\nThe Ministers welcomed the outcomes of the previous "
            "Ministerial Meeting, hosted in Oslo on June 3, 2030, and agreed to meet again next year.\n",
            "Tallinn",
        ),
        (
            "Joint Statement on the Pacific Fisheries Ministerial Forum\n\nThe Fisheries Ministers of "
            "the Pacific states met in Suva on March 1, 2031, for the Pacific Fisheries Ministerial "
            "Forum.\n\nThe Ministers welcomed the outcomes of the previous Ministerial Forum, convened "
            "in Apia on August 20, 2030, and agreed to meet again next year.\n",
            "Suva",
        ),
    ],
)
def test_previous_meeting_held_is_no_main_day(text: str, place: str) -> None:
    ev = _main(text)
    assert (ev.date, ev.place) == (date(2031, 3, 1), place)


def test_a_later_session_without_a_previous_meeting_held_stays() -> None:
    ev = _main(
        "Joint Statement on the EU-Andean Ministerial Dialogue\n\nThe Ministers of the European "
        "Union and the Andean Community met in Quito on March 1, 2031, for the EU-Andean Ministerial "
        "Dialogue.\n\nThe Ministers agreed to hold the previous commitments on trade under review at "
        "a session in Lima on May 12, 2031.\n"
    )
    assert (ev.date, ev.place) == (date(2031, 5, 12), "Lima")
