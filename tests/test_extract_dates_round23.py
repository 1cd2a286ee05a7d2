"""Round 23 (dates): the headline's meeting dated by a clause of its own — a relative clause on its noun
or a sentence with it as subject — over the journey, stay, week, setting-off day or statement day that only
frames it."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Event

_REF = date(2031, 9, 2)  # a Tuesday


def _main(text: str) -> Event:
    """The main event of a short release written on _REF."""
    ev = extract(text, source="t", published=None, today=_REF).main_event
    assert ev is not None
    return ev


# --- the meeting's own clause inside the span, week or days around it ---


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # a relative clause on the headline's meeting, inside the journey's days
            "Deputy Minister Okonkwo-Lind to Lead Delegation to Lagoon Water Security Conference\n\n"
            "Deputy Minister for Water Affairs Tobias Okonkwo-Lind will travel to Geneva, Switzerland, "
            "October 5-9, to lead the national delegation to the Lagoon Water Security Conference, which "
            "convenes October 6-7.\n\n"
            "On the margins of the conference, he will meet Director Amara Feldtmann.\n",
            date(2031, 10, 6),
            date(2031, 10, 7),
        ),
        (  # under a travel headline: the summit the journey is made for, hosted on one day
            "Statement on the Chancellor's Travel to Peru\n\n"
            "Chancellor Maren Vollstedt will travel to Lima, Peru, from October 12 to October 14 to "
            "participate in the Andean Partnership Summit, which President Joaquin Salcedo-Ruiz will host "
            "on October 13.\n\n"
            "On October 14, the Chancellor will hold a bilateral meeting with President Salcedo-Ruiz.\n",
            date(2031, 10, 13),
            None,
        ),
        (  # "next week" in the lead, the dialogue's own two days in the next sentence
            "Norway, Chile to hold maritime dialogue in Valparaiso next week\n\n"
            "OSLO, Sept. 2 (Agency) -- Norway and Chile will hold their annual maritime security talks in "
            "Valparaiso next week to discuss ways to strengthen cooperation against illegal fishing, the "
            "defence ministry said Tuesday.\n\n"
            "The two sides plan to review coast guard cooperation and joint patrols, it said.\n\n"
            "The 4th Norway-Chile Maritime Dialogue will take place next Thursday and Friday, with deputy "
            "minister Henrik Aasland leading the Norwegian delegation.\n\n"
            "On the sidelines, the two sides will hold trilateral talks with Peru on Sept. 13.\n",
            date(2031, 9, 11),
            date(2031, 9, 12),
        ),
        (  # a statement's day, then the forum as subject of a sentence of its own, an aside inside
            "Kenya to send defence minister to Harbour Security Forum\n\n"
            "NAIROBI: Kenyan Defence Minister Otieno Wafula will attend this year's Harbour Security Forum "
            "in Mombasa, the Ministry of Defence said on Tuesday (Sept 2).\n\n"
            "The forum, which is organised by the Coastal Institute, is slated to take place from Sept 18 "
            "to Sept 20 at the Harbour Hotel.\n",
            date(2031, 9, 18),
            date(2031, 9, 20),
        ),
        (  # "runs" with a range of weekdays: the dialogue's own days, not a side meeting's
            "Norway, Chile to hold maritime dialogue in Valparaiso next week\n\n"
            "OSLO, Sept. 2 (Agency) -- Norway and Chile will hold their annual maritime security talks in "
            "Valparaiso next week to discuss ways to strengthen cooperation against illegal fishing, the "
            "defence ministry said Tuesday.\n\n"
            "The two sides plan to review coast guard cooperation and joint patrols, it said.\n\n"
            "The 4th Norway-Chile Maritime Dialogue runs next Thursday and Friday, with deputy minister "
            "Henrik Aasland leading the Norwegian delegation.\n\n"
            "On the sidelines, the two sides will hold trilateral talks with Peru on Sept. 13.\n",
            date(2031, 9, 11),
            date(2031, 9, 12),
        ),
        (  # the copula with its day, after an aside: "The Summit, hosted by B, is on October 13"
            "Statement on the Chancellor's Travel to Peru\n\n"
            "Chancellor Maren Vollstedt will travel to Lima, Peru, from October 12 to October 14 to "
            "participate in the Andean Partnership Summit.\n\n"
            "The Summit, hosted by President Joaquin Salcedo-Ruiz, is on October 13.\n",
            date(2031, 10, 13),
            None,
        ),
    ],
)
def test_own_clause_dates_the_meeting(text: str, first: date, last: date | None) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


# --- the same rule on wordings the start already read right (kept as guards) ---


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # the meeting as subject of its own sentence, the lead dating only the setting-off day
            "published: 2031-09-05\n\n"
            "Top diplomats of Norway, Chile and Kenya to hold trilateral talks in Manila next week\n\n"
            "OSLO, Sept. 5 (Agency) -- Foreign Minister Ingrid Solvang will hold trilateral talks with her "
            "Chilean and Kenyan counterparts in Manila next week on the sidelines of a series of regional "
            "meetings, the ministry said Friday.\n\n"
            "Solvang will travel to Manila on Monday for a three-day stay to attend the Pacific Rim foreign "
            "ministers' meeting and the Coastal States Forum, which run through Wednesday.\n\n"
            "The trilateral meeting with Chilean Foreign Minister Paz Arriagada and Kenyan Foreign Minister "
            "Wanjiru Kamau is set for Tuesday, the ministry said.\n",
            date(2031, 9, 9),
            None,
        ),
        (  # the day a statement was made, bracketed, before the forum's own days
            "Kenya to send defence minister to Harbour Security Forum for first time\n\n"
            "Amina Odhiambo\n\n"
            "NAIROBI: Kenyan Defence Minister Otieno Wafula will attend this year's Harbour Security Forum "
            "in Mombasa, ending a two-year absence of Kenya's defence chief from the region's premier "
            "security meeting, the Ministry of Defence said on Tuesday (Sept 2).\n\n"
            "The 9th edition of the forum, organised by the Coastal Institute, will take place from "
            "Sept 18 to Sept 20 at the Harbour Hotel.\n",
            date(2031, 9, 18),
            date(2031, 9, 20),
        ),
    ],
)
def test_own_clause_guards(text: str, first: date, last: date | None) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


# --- near misses: the frame stays the event ---


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # a travel headline and a meeting (not a gathering apart from its delegates): the trip
            "Deputy Secretary Halvorsen's Travel to Chile\n\n"
            "Deputy Secretary Eirik Halvorsen will travel to Santiago, Chile, October 5-7, to participate in "
            "the third Norway-Chile-Peru Trilateral Vice Ministerial Meeting, which Chile will host on "
            "October 6.\n",
            date(2031, 10, 5),
            date(2031, 10, 7),
        ),
        (  # a part of the meeting as subject ("The plenary session"): the meeting's two days stay
            "Kenya, Tanzania to Hold 5th Session of Joint Permanent Commission in Arusha\n\n"
            "The 5th session of the Kenya-Tanzania Joint Permanent Commission will be held on Wednesday and "
            "Thursday (September 10-11) in Arusha.\n\n"
            "The plenary session and the signing of ten agreements are scheduled for Thursday.\n",
            date(2031, 9, 10),
            date(2031, 9, 11),
        ),
        (  # a relative clause giving only the opening day: the gathering's whole span stays
            "Defence chiefs head to Mombasa for Harbour Security Forum\n\n"
            "MOMBASA, Sept 2 (Agency) - Defence ministers will gather in Mombasa from Sept 12 to Sept 14 for "
            "the Harbour Security Forum.\n\n"
            "Kenyan Defence Minister Otieno Wafula will speak at the Harbour Security Forum, which opens on "
            "Sept 12 at the Harbour Hotel.\n",
            date(2031, 9, 12),
            date(2031, 9, 14),
        ),
        (  # a sentence giving only the closing day ("runs until"): the gathering's whole span stays
            "Defence chiefs head to Mombasa for Harbour Security Forum\n\n"
            "MOMBASA, Sept 2 (Agency) - Defence ministers will gather in Mombasa from Sept 12 to Sept 14 "
            "for the Harbour Security Forum.\n\n"
            "The forum runs until Sept 14 at the Harbour Hotel, with a keynote by Kenyan President Otieno "
            "Wafula.\n",
            date(2031, 9, 12),
            date(2031, 9, 14),
        ),
    ],
)
def test_frame_kept(text: str, first: date, last: date | None) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)


# --- the places a headline gives its event ---


@pytest.mark.parametrize(
    ("text", "place", "first", "last"),
    [
        (  # a headline's meeting in one city over the lead's two-country trip
            "Press release\n\n"
            "Foreign Minister to co-chair Norway-Chile Strategic Dialogue in Santiago\n\n"
            "The Foreign Minister will travel to Chile and Peru this week to deepen cooperation on fisheries "
            "and trade.\n\n"
            "Foreign Minister Ingrid Solvang will arrive in Santiago on Wednesday 3 September for a "
            "two-country visit to South America.\n\n"
            "On Thursday 4 September she will co-chair the third Norway-Chile Strategic Dialogue with "
            "Chilean Foreign Minister Paz Arriagada.\n\n"
            "On Friday 5 September, the Foreign Minister will travel to Lima, where she will hold talks with "
            "Peruvian Foreign Minister Rosa Quispe.\n",
            "Santiago",
            date(2031, 9, 4),
            None,
        ),
        (  # a headline's summit city over a later leg to another country
            "Kenya's Wafula to visit Accra for summit on ports and fisheries\n\n"
            "NAIROBI -- Kenyan President Otieno Wafula will hold talks with Ghanaian President Kofi Asante-"
            "Boateng in Accra next week, officials from both countries said.\n\n"
            "The summit is scheduled for Sept. 10, the day after Wafula arrives in Ghana. He will then fly "
            "to Abidjan on Sept. 11 for a meeting with Ivorian President Awa Kouassi the following day, the "
            "Kenyan foreign ministry said on Tuesday.\n",
            "Accra",
            date(2031, 9, 10),
            None,
        ),
        (  # a headline's journey to two countries: the whole journey, no single city
            "Minister Solvang to Lead Agritech Trade Mission to Kenya and Ghana\n\n"
            "OSLO - Today, Trade Minister Ingrid Solvang announced that she will lead a trade mission to "
            "Kenya and Ghana from October 6 to October 10, 2031, accompanied by executives from 15 "
            "companies.\n\n"
            "The mission begins in Nairobi, where, on October 6 and 7, Minister Solvang will co-chair the "
            "Norway-Kenya Commercial Dialogue with Trade Minister Wanjiru Kamau. The delegation then travels "
            "to Mombasa on October 8 for site visits.\n\n"
            "From Mombasa, the mission continues to Accra, Ghana, on October 9-10, where the Minister will "
            "meet Trade Minister Kofi Mensah.\n",
            None,
            date(2031, 10, 6),
            date(2031, 10, 10),
        ),
        (  # near miss: a headline naming two cities gives the meeting no single city over the trip
            "Press release\n\n"
            "Foreign Minister to co-chair Norway-Chile Strategic Dialogue in Santiago and visit Lima\n\n"
            "The Foreign Minister will travel to Chile and Peru this week to deepen cooperation on fisheries "
            "and trade.\n\n"
            "Foreign Minister Ingrid Solvang will arrive in Santiago on Wednesday 3 September for a "
            "two-country visit to South America.\n\n"
            "On Thursday 4 September she will co-chair the third Norway-Chile Strategic Dialogue with "
            "Chilean Foreign Minister Paz Arriagada.\n\n"
            "On Friday 5 September, the Foreign Minister will travel to Lima, where she will hold talks with "
            "Peruvian Foreign Minister Rosa Quispe.\n",
            None,
            date(2031, 9, 4),
            None,
        ),
        (  # near miss: a two-country travel headline whose lead names the gathering: not the whole journey
            "Foreign Minister to travel to Ghana and Togo\n\n"
            "Foreign Minister Ingrid Solvang will travel to Ghana and Togo from 8 to 12 September to attend "
            "the West Coast Foreign Ministers' Meeting, which will be held in Accra on 9 and 10 September.\n",
            "Accra",
            date(2031, 9, 9),
            date(2031, 9, 10),
        ),
        (  # a headline's one country: the city of it the lead holds the talks in, over a later leg
            "Kenya's Wafula to visit Ghana for summit on ports and fisheries\n\n"
            "NAIROBI -- Kenyan President Otieno Wafula will hold talks with Ghanaian President Kofi Asante-"
            "Boateng in Accra next week, officials from both countries said.\n\n"
            "The summit is scheduled for Sept. 10, the day after Wafula arrives in Ghana. He will then fly "
            "to Abidjan on Sept. 11 for a meeting with Ivorian President Awa Kouassi the following day, the "
            "Kenyan foreign ministry said on Tuesday.\n",
            "Accra",
            date(2031, 9, 10),
            None,
        ),
        (  # near miss: the lead names no city of the headline's country: no city is made up
            "Kenya's Wafula to visit Ghana for summit on ports and fisheries\n\n"
            "NAIROBI -- Kenyan President Otieno Wafula will hold talks with Ghanaian President Kofi Asante-"
            "Boateng next week, officials from both countries said.\n\n"
            "The summit is scheduled for Sept. 10, the day after Wafula arrives in Ghana. He will then fly "
            "to Abidjan on Sept. 11 for a meeting with Ivorian President Awa Kouassi the following day, the "
            "Kenyan foreign ministry said on Tuesday.\n",
            None,
            date(2031, 9, 10),
            date(2031, 9, 11),
        ),
        (  # a headline naming no place: the city a bullet gives the headline's meeting right after its noun
            "Press release\n\n"
            "Foreign Minister to co-chair Norway-Chile Strategic Dialogue\n\n"
            "The Foreign Minister will travel to Chile and Peru this week to deepen cooperation on fisheries "
            "and trade.\n\n"
            "From: Ministry of Foreign Affairs and Ingrid Solvang\n"
            "Published 2 September 2031\n\n"
            "- Foreign Minister Ingrid Solvang to co-chair the third Norway-Chile Strategic Dialogue in "
            "Santiago on Thursday\n"
            "- new fisheries research package expected to be announced\n"
            "- Foreign Minister will then travel to Lima for talks with her Peruvian counterpart\n\n"
            "Foreign Minister Ingrid Solvang will arrive in Santiago on Wednesday 3 September for a "
            "two-country visit to South America, her first to the region since taking office.\n\n"
            "On Thursday 4 September she will co-chair the third Norway-Chile Strategic Dialogue with "
            "Chilean Foreign Minister Paz Arriagada. The Dialogue will cover fisheries, Antarctic research "
            "and trade.\n\n"
            "On Friday 5 September, the Foreign Minister will travel to Lima, where she will hold talks with "
            "Peruvian Foreign Minister Rosa Quispe.\n",
            "Santiago",
            date(2031, 9, 4),
            None,
        ),
        (  # near miss: only an earlier edition is given a city ("the last ... Dialogue in Oslo")
            "Press release\n\n"
            "Foreign Minister to co-chair Norway-Chile Strategic Dialogue\n\n"
            "The Foreign Minister will travel to Chile and Peru this week to deepen cooperation on fisheries "
            "and trade.\n\n"
            "- the last Norway-Chile Strategic Dialogue in Oslo agreed a fisheries roadmap\n\n"
            "Foreign Minister Ingrid Solvang will arrive in Santiago on Wednesday 3 September for a "
            "two-country visit to South America.\n\n"
            "On Thursday 4 September she will co-chair the third Norway-Chile Strategic Dialogue with "
            "Chilean Foreign Minister Paz Arriagada.\n\n"
            "On Friday 5 September, the Foreign Minister will travel to Lima, where she will hold talks with "
            "Peruvian Foreign Minister Rosa Quispe.\n",
            None,
            date(2031, 9, 4),
            None,
        ),
    ],
)
def test_headline_places(text: str, place: str | None, first: date, last: date | None) -> None:
    ev = _main(text)
    assert (ev.place, ev.date, ev.end_date) == (place, first, last)


# --- a city dated by a month already over is an earlier meeting's, not the main event's ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # "in Lisbon in July" under a September visit written in September: a past meeting's city
            "Statement from the Press Secretary on the Upcoming Visit of President Otieno Wafula of "
            "Kenya\n\n"
            "President Maren Halvorsen will welcome President Otieno Wafula of Kenya to the White House on "
            "Tuesday, September 23, 2031. The visit follows the President's meeting with President Wafula "
            "on the margins of the Ocean Leaders' Summit in Lisbon in July, and will celebrate the "
            "friendship between the two nations.\n\n"
            "The leaders will review cooperation on ports, clean energy and fisheries.\n",
            None,
        ),
        (  # near miss: the month is the meeting's own, not over yet
            "Statement from the Press Secretary on the President's Meeting with President Otieno Wafula\n\n"
            "President Maren Halvorsen will meet President Otieno Wafula of Kenya on the margins of the "
            "Ocean Leaders' Summit in Lisbon in September, on Tuesday, September 23, 2031.\n\n"
            "The leaders will review cooperation on ports, clean energy and fisheries.\n",
            "Lisbon",
        ),
    ],
)
def test_past_month_city(text: str, place: str | None) -> None:
    assert _main(text).place == place


# --- "next week" spelled out by a range of weekdays given at the meeting ---


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (  # "at the dialogue next Thursday and Friday": the dialogue's two days, not a side meeting's day
            "Norway, Chile to hold maritime dialogue in Valparaiso next week\n\n"
            "OSLO, Sept. 2 (Agency) -- Norway and Chile will hold their annual maritime security talks in "
            "Valparaiso next week to discuss ways to strengthen cooperation against illegal fishing, the "
            "defence ministry said Tuesday.\n\n"
            "The two sides plan to review coast guard cooperation and joint patrols, it said.\n\n"
            "Deputy minister Henrik Aasland and Chilean undersecretary Paz Arriagada will lead their "
            "delegations at the dialogue next Thursday and Friday, according to the ministry.\n\n"
            "On the sidelines, the two sides will hold trilateral talks with Peru on Sept. 13.\n",
            date(2031, 9, 11),
            date(2031, 9, 12),
        ),
        (  # near miss: a range of weekdays no meeting is given (ships calling at a port): the talks' day
            "Norway, Chile to hold maritime talks in Valparaiso next week\n\n"
            "OSLO, Sept. 2 (Agency) -- Norway and Chile will hold maritime security talks in Valparaiso "
            "next week to discuss ways to strengthen cooperation against illegal fishing, the defence "
            "ministry said Tuesday.\n\n"
            "Deputy minister Henrik Aasland will hold the talks with Chilean undersecretary Paz Arriagada "
            "on Sept. 9, according to the ministry.\n\n"
            "Two Norwegian coast guard vessels will call at the port next Thursday and Friday.\n",
            date(2031, 9, 9),
            None,
        ),
    ],
)
def test_week_spelled_out_by_weekdays(text: str, first: date, last: date | None) -> None:
    ev = _main(text)
    assert (ev.date, ev.end_date) == (first, last)
