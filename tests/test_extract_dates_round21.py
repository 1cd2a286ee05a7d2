"""Main-event dates, round 21 (dates): "will travel to A this weekend for the X summit on Monday" is the
summit's day, not a trip from the weekend (a weekend is no stop of an itinerary); a lead that gives its
meeting only a period ("will welcome B later this month", "next month", "in the coming weeks") leaves it
undated: a day outside that period ("their call of January 9") is another matter's; a stay made "for the
X Summit" that the next sentence holds on one day of it ("The Summit will be held in Y on 29 May") is that
day, its other days the journey's (so is "for talks with B" that the next sentence has A "meet B ... on 4
August"); a city of the lead dated a day already past ("follows their talks ... in
Ycity on May 28") is an earlier meeting's, not the place of a meeting the lead sets only at a venue; a
calendar's weekday heading ("TUESDAY-WEDNESDAY, MARCH 11-12") over an entry's dateline is the entry's days,
not the date of writing; a numbered release's label ("Press Release No. 312") is no headline, so the visit the
headline under it announces keeps its days; ", ministry spokesman A B told the regular government press
conference in X" closing the meeting's sentence names where the news was given, not the meeting's city; a
"since" clause's past ("gather on Wednesday and Thursday for their first meeting since X signed ...") does
not make the days of a present-tense lead past; "He will finish the trip in C, where ... on May 16-17" is the
last stop of a trip told stop by stop; "During his stay, A is set to meet Minister B on 25 November" is a call
inside the visit, which keeps its days."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _main(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    ev = next(e for e in extract(text, today=today).events if e.kind == "main")
    return ev.date, ev.end_date, ev.place


# 2031-04-16 is a Wednesday: "this weekend" is 19-20 April, "Monday" 21 April
_WED = date(2031, 4, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Oduya to travel to Nairobi for regional summit\n\n"
        "KAMPALA, April 16 (Reuters) - President Peter Oduya will travel to Nairobi this weekend for a "
        "summit with the leaders of Rwanda and Burundi on Monday, his spokesman said Wednesday.\n",
        "Lindqvist to travel to Oslo for Nordic talks\n\n"
        "STOCKHOLM, April 16 (TT) - Prime Minister Elsa Lindqvist will travel to Oslo this weekend for "
        "a meeting with the heads of government of Denmark and Finland on Monday, her office said.\n",
        "Moreau to visit Lisbon for trilateral\n\n"
        "PARIS, April 16 (AFP) - Foreign Minister Claire Moreau will visit Lisbon this weekend for "
        "trilateral talks with her counterparts from Spain and Italy on Monday, the ministry said.\n",
    ],
)
def test_a_weekend_journey_before_a_dated_meeting_is_no_stop(text: str) -> None:
    assert _main(text, _WED)[:2] == (date(2031, 4, 21), None)


def test_stops_on_two_days_still_span_the_trip() -> None:
    # near miss: two days, each with its own city, are a trip's stops
    text = (
        "Moreau to tour Iberia\n\n"
        "PARIS, April 16 (AFP) - Foreign Minister Claire Moreau will travel to Lisbon on Monday and to "
        "Madrid on Tuesday, the ministry said.\n"
    )
    assert _main(text, _WED)[:2] == (date(2031, 4, 21), date(2031, 4, 22))


# 2031-03-05 is the day of writing: "later this month" is March 2031
_MAR = date(2031, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Statement on the visit of President Okonjo\n\n"
        "President Maria Lindgren will welcome President Samuel Okonjo of Ghana to Stockholm later this "
        "month for a state visit.\n\n"
        "The visit will build on their meeting in Accra last year and on their telephone call of January "
        "14.\n",
        "Prime Minister to host Chilean counterpart\n\n"
        "Prime Minister Aroha Tane will host Chilean President Diego Ferrada for talks in Wellington next "
        "month.\n\n"
        "The leaders agreed to meet during their call of February 20.\n",
        "Ministers to meet on fisheries\n\n"
        "Fisheries Minister Jonas Petersen will hold talks with his Icelandic counterpart Helga Einarsdottir "
        "in the coming weeks.\n\n"
        "The meeting follows the agreement the two signed on November 30.\n",
    ],
)
def test_a_lead_period_leaves_the_meeting_undated(text: str) -> None:
    assert _main(text, _MAR)[:2] == (None, None)


def test_a_day_inside_the_lead_period_is_the_meeting_day() -> None:
    # near miss: "next month ... on 16 April" names the day inside the period
    text = (
        "Prime Minister to host Chilean counterpart\n\n"
        "Prime Minister Aroha Tane will host Chilean President Diego Ferrada for talks in Wellington next "
        "month.\n\n"
        "The talks will be held on April 16.\n"
    )
    assert _main(text, _MAR)[:2] == (date(2031, 4, 16), None)


_MAY = date(2031, 5, 2)


@pytest.mark.parametrize(
    "text, day, place",
    [
        (
            "Visit of Prime Minister to Norway (May 12-14, 2031)\n\n"
            "Prime Minister Anil Rao will pay an official visit to Norway from 12-14 May 2031 for the 5th "
            "India-Norway Annual Summit. The Summit will be held in Oslo on 13 May 2031.\n\n"
            "He will arrive in Oslo on the evening of 12 May and depart for Bergen on 14 May.\n",
            date(2031, 5, 13),
            "Oslo",
        ),
        (
            "Foreign Minister to visit Chile\n\n"
            "Foreign Minister Lucia Paredes will pay an official visit to Chile from 3 to 5 June 2031 for "
            "the 2nd Peru-Chile Strategic Dialogue. The Dialogue will be held in Santiago on 4 June 2031.\n",
            date(2031, 6, 4),
            "Santiago",
        ),
        (
            "Visit of the Foreign Minister to Kenya (8-10 July 2031)\n\n"
            "Foreign Minister Joseph Mwale will pay an official visit to Kenya from 8 to 10 July 2031 for "
            "the 4th Joint Ministerial Meeting. The meeting will be held in Nairobi on 9 July 2031.\n",
            date(2031, 7, 9),
            "Nairobi",
        ),
    ],
)
def test_the_meeting_a_stay_is_made_for_is_held_on_its_own_day(text: str, day: date, place: str) -> None:
    assert _main(text, _MAY) == (day, None, place)


def test_a_meeting_during_an_official_visit_keeps_the_visit() -> None:
    # near miss: the visit is made at an invitation, the meeting only held "during" it
    text = (
        "Foreign Minister to visit Chile\n\n"
        "Foreign Minister Lucia Paredes will pay an official visit to Chile from 3 to 5 June 2031 at the "
        "invitation of the Government of Chile.\n\n"
        "During the visit, she will co-chair the 2nd Peru-Chile Strategic Dialogue in Santiago on 4 June "
        "2031.\n"
    )
    assert _main(text, _MAY)[:2] == (date(2031, 6, 3), date(2031, 6, 5))


# 2031-06-02 is a Monday: "Thursday" is 5 June
_MON = date(2031, 6, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Defense Secretary to host Norwegian counterpart\n\n"
        "Secretary of Defense Paul Hargrove will host Norwegian Minister of Defence Ingrid Solberg at the "
        "Pentagon on Thursday.\n\n"
        "The meeting follows their discussions on the sidelines of the Halifax Security Forum in Halifax on "
        "May 28.\n",
        "Minister to receive Danish counterpart\n\n"
        "Foreign Minister Ana Ribeiro will receive Danish Foreign Minister Lars Holm at the Foreign "
        "Ministry on Thursday.\n\n"
        "The meeting follows their talks at the Nordic-Lusophone Forum in Copenhagen on May 30.\n",
        "President to host Estonian leader\n\n"
        "President Mark Ellison will host President Kaja Tamm of Estonia at the White House on Thursday.\n\n"
        "The visit builds on their conversation at the Baltic Summit in Riga on May 25.\n",
    ],
)
def test_a_past_days_city_is_no_place_of_a_venue_meeting(text: str) -> None:
    assert _main(text, _MON) == (date(2031, 6, 5), None, None)


def test_a_city_dated_the_meeting_day_is_its_place() -> None:
    # near miss: the lead's venue, the next sentence's city on the meeting's own day
    text = (
        "Defense Secretary to host Norwegian counterpart\n\n"
        "Secretary of Defense Paul Hargrove will host Norwegian Minister of Defence Ingrid Solberg at the "
        "Pentagon on Thursday.\n\n"
        "The talks will be held in Arlington on June 5.\n"
    )
    assert _main(text, _MON) == (date(2031, 6, 5), None, "Arlington")


# 2031-03-09 is a Sunday
_SUN = date(2031, 3, 9)


@pytest.mark.parametrize(
    "text, days",
    [
        (
            "THE WEEK AHEAD\nSunday, March 9, 2031\n\n"
            "Our calendar of the meetings worth watching.\n\n"
            "TUESDAY-WEDNESDAY, MARCH 11-12\n"
            "NAIROBI - EAST AFRICAN DEFENCE MINISTERS' MEETING\n\n"
            "What: Kenya hosts the defence ministers of Uganda and Tanzania. Defence Minister Grace Wanjiru "
            "chairs.\n\n"
            "Side meetings: Wanjiru and Ugandan Defence Minister Moses Okello hold a bilateral on Wednesday "
            "afternoon.\n",
            (date(2031, 3, 11), date(2031, 3, 12)),
        ),
        (
            "DIPLOMATIC DIARY\nSunday, March 9, 2031\n\n"
            "The week's meetings at a glance.\n\n"
            "THURSDAY, MARCH 13\n"
            "LIMA - ANDEAN FOREIGN MINISTERS' COUNCIL\n\n"
            "What: Peru hosts the foreign ministers of Bolivia, Colombia and Ecuador. Foreign Minister Rosa "
            "Quispe chairs.\n\n"
            "Side meetings: Quispe and Colombian Foreign Minister Andres Mejia meet on Friday morning.\n",
            (date(2031, 3, 13), None),
        ),
        (
            "WEEK AHEAD\nSunday, March 9, 2031\n\n"
            "Our weekly calendar. All times local.\n\n"
            "MONDAY-TUESDAY, MARCH 10-11\n"
            "OSLO - NORDIC DEFENCE MINISTERS' MEETING\n\n"
            "What: Norway hosts the Nordic defence ministers. Defence Minister Erik Lunde chairs.\n\n"
            "Side meetings: Lunde and Finnish Defence Minister Aino Virtanen meet on Tuesday afternoon.\n",
            (date(2031, 3, 10), date(2031, 3, 11)),
        ),
    ],
)
def test_a_calendar_weekday_heading_dates_its_entry(text: str, days: tuple[date, date | None]) -> None:
    assert _main(text, _SUN)[:2] == days


def test_a_dated_headline_over_a_dateline_is_still_no_meeting_day() -> None:
    # near miss: a plain headline's date over a wire dateline, no weekday heading of its own line
    text = (
        "Ministers to meet, March 20, 2031\n\n"
        "NAIROBI, March 9 (Reuters) - Defence Minister Grace Wanjiru will host her Ugandan counterpart "
        "Moses Okello for talks on Thursday, the ministry said.\n"
    )
    assert _main(text, _SUN)[:2] == (date(2031, 3, 13), None)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Kenyan minister to visit Ghana\n\n"
            "ACCRA, June 2 (Reuters) - Kenyan Defence Minister Otieno Barasa will visit Ghana on June 16-17 "
            "for talks with his Ghanaian counterpart on maritime security, officials said on Monday.\n\n"
            "Barasa will meet Defence Minister Kwame Asante in Accra on June 17, the ministry said.\n",
            date(2031, 6, 17),
        ),
        (
            "Chilean minister to visit Peru\n\n"
            "LIMA, June 2 (Reuters) - Chilean Foreign Minister Ignacio Vidal will visit Peru on June 10-12 "
            "for talks with his Peruvian counterpart on lithium and migration, diplomats said on Monday.\n\n"
            "Vidal will meet Foreign Minister Rosa Quispe in Lima on June 11, the foreign ministry said.\n",
            date(2031, 6, 11),
        ),
        (
            "Estonian minister to visit Finland\n\n"
            "HELSINKI, June 2 (Reuters) - Estonian Defence Minister Kaja Tamm will visit Finland on "
            "June 20-21 for talks with her Finnish counterpart on air defence, officials said on Monday.\n\n"
            "Tamm will meet Defence Minister Aino Virtanen in Helsinki on June 20, the ministry said.\n",
            date(2031, 6, 20),
        ),
    ],
)
def test_the_talks_a_visit_is_made_for_are_held_on_their_day(text: str, day: date) -> None:
    assert _main(text, _MON)[:2] == (day, None)


def test_a_press_conference_held_for_the_conference_keeps_its_days() -> None:
    # near miss: the day a press conference "is scheduled" for is no day of the conference itself
    text = (
        "Ministers to gather in Vienna\n\n"
        "Ministers from 60 countries will travel to Vienna from 8 to 10 June 2031 for the International "
        "Conference on Nuclear Safety, the organisers announced today.\n\n"
        "A press conference is scheduled for 14:00 on 9 June.\n"
    )
    assert _main(text, _MAY)[:2] == (date(2031, 6, 8), date(2031, 6, 10))


def test_meeting_unnamed_people_keeps_the_visit() -> None:
    # near miss: the next sentence meets no named person ("business leaders")
    text = (
        "Kenyan minister to visit Ghana\n\n"
        "ACCRA, June 2 (Reuters) - Kenyan Defence Minister Otieno Barasa will visit Ghana on June 16-17 "
        "for talks with his Ghanaian counterpart on maritime security, officials said on Monday.\n\n"
        "In Kumasi, Barasa will meet business leaders on June 17, the ministry said.\n"
    )
    assert _main(text, _MON)[:2] == (date(2031, 6, 16), date(2031, 6, 17))


def test_another_meeting_of_the_visit_keeps_the_visit() -> None:
    # near miss: the next sentence's meeting is one "also" held during the visit
    text = (
        "Kenyan minister to visit Ghana as naval talks advance\n\n"
        "ACCRA, June 2 (Reuters) - Kenyan Defence Minister Otieno Barasa will visit Ghana on June 16-17 for "
        "talks with his Ghanaian counterpart on maritime security, officials said on Monday.\n\n"
        "Barasa will also meet business leaders in Accra on June 17, the ministry said.\n"
    )
    assert _main(text, _MON)[:2] == (date(2031, 6, 16), date(2031, 6, 17))


_JUL = date(2031, 7, 28)


@pytest.mark.parametrize(
    "label",
    ["Press Release No. 312", "Media Note No. 45/2031", "News Release No: 88"],
)
def test_a_numbered_release_label_is_no_headline(label: str) -> None:
    text = (
        f"{label}\nJuly 28, 2031\n\n"
        "Official visit to Chile of the Minister of Foreign Affairs of Peru, Rosa Quispe – Santiago, "
        "August 4 and 5, 2031\n\n"
        "The Minister of Foreign Affairs of Peru, Rosa Quispe, will make an official visit to Chile on "
        "August 4 and 5, at the invitation of the Minister of Foreign Affairs, Ignacio Vidal.\n\n"
        "On August 4, Minister Quispe and Minister Vidal will hold the 3rd Chile-Peru Strategic Dialogue at "
        "La Moneda Palace.\n\n"
        "On the 5th, Minister Quispe will be received by President Elena Soto.\n"
    )
    assert _main(text, _JUL)[:2] == (date(2031, 8, 4), date(2031, 8, 5))


def test_a_release_titled_by_its_meeting_is_still_the_headline() -> None:
    # near miss: words after the number make a headline, which announces the dialogue
    text = (
        "Press Release No. 312 on the 3rd Chile-Peru Strategic Dialogue\nJuly 28, 2031\n\n"
        "On August 4, Foreign Minister Rosa Quispe of Peru and Foreign Minister Ignacio Vidal of Chile will "
        "hold the 3rd Chile-Peru Strategic Dialogue in Santiago.\n"
    )
    assert _main(text, _JUL)[:2] == (date(2031, 8, 4), None)


# 2031-02-10 is a Monday: "Thursday" is 13 February
_FEB = date(2031, 2, 10)


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Lindqvist to attend Nordic talks in Oslo\n\n"
            "Stockholm (TT) - Foreign Minister Elsa Lindqvist travels to Oslo on Thursday for talks with her "
            "Norwegian and Danish counterparts, the ministry said on Monday.\n\n"
            "The meeting on 13 February will focus on Arctic security, ministry spokesman Erik Holm told the "
            "regular government press conference in Stockholm.\n",
            "Oslo",
        ),
        (
            "Moreau to attend trilateral talks in Lisbon\n\n"
            "Paris (AFP) - Foreign Minister Claire Moreau travels to Lisbon on Thursday for talks with her "
            "Spanish and Portuguese counterparts, the ministry said on Monday.\n\n"
            "The meeting on 13 February will focus on migration, foreign ministry spokeswoman Anne Roux told "
            "the weekly press briefing in Paris.\n",
            "Lisbon",
        ),
        (
            "Novak to attend Visegrad talks in Bratislava\n\n"
            "Prague (CTK) - Foreign Minister Petr Novak travels to Bratislava on Thursday for talks with his "
            "Polish and Hungarian counterparts, the ministry said on Monday.\n\n"
            "The meeting on 13 February will focus on energy, deputy spokesman Jan Dvorak told the daily "
            "media briefing in Prague.\n",
            "Bratislava",
        ),
    ],
)
def test_a_press_conference_city_closing_the_sentence_is_no_meeting_place(text: str, place: str) -> None:
    assert _main(text, _FEB) == (date(2031, 2, 13), None, place)


def test_a_city_before_the_reporting_clause_is_the_meeting_place() -> None:
    # near miss: the meeting's own city stands before the clause reporting it
    text = (
        "Nordic ministers to meet\n\n"
        "Stockholm (TT) - The Nordic foreign ministers' meeting in Oslo on 13 February will focus on Arctic "
        "security, ministry spokesman Erik Holm told the regular government press conference.\n"
    )
    assert _main(text, _FEB)[2] == "Oslo"


# 2031-02-11 is a Tuesday: "Wednesday and Thursday" are 12-13 February
_TUE = date(2031, 2, 11)


@pytest.mark.parametrize(
    "text",
    [
        "EU ministers meet on migration\n\n"
        "Brussels (AFP) - EU interior ministers gather in Brussels on Wednesday and Thursday for their first "
        "meeting since the bloc signed a new asylum pact.\n",
        "Nordic ministers meet on energy\n\n"
        "Oslo (NTB) - Nordic energy ministers meet in Oslo on Wednesday and Thursday for the first time "
        "since Sweden closed its last coal plant.\n",
        "Andean leaders meet on trade\n\n"
        "Lima (EFE) - Andean trade ministers convene in Lima on Wednesday and Thursday, their first talks "
        "since Bolivia hosted the customs union's summit.\n",
    ],
)
def test_a_since_clause_leaves_the_lead_days_to_come(text: str) -> None:
    assert _main(text, _TUE)[:2] == (date(2031, 2, 12), date(2031, 2, 13))


def test_a_past_lead_with_a_since_clause_stays_past() -> None:
    # near miss: the lead's own verb is past, so its weekdays are the last ones
    text = (
        "EU ministers met on migration\n\n"
        "Brussels (AFP) - EU interior ministers met in Brussels on Wednesday and Thursday for their first "
        "meeting since the bloc signed a new asylum pact.\n"
    )
    assert _main(text, _TUE)[:2] == (date(2031, 2, 5), date(2031, 2, 6))


_FRI = date(2031, 5, 9)


@pytest.mark.parametrize(
    "text, last",
    [
        (
            "Moreau heads to Egypt, Jordan and Cyprus as ceasefire talks stall\n\n"
            "PARIS (AP) - Foreign Minister Claire Moreau will travel to Egypt, Jordan and Cyprus next week, "
            "the ministry said Friday.\n\n"
            "Moreau will be in Cairo on May 13 and 14 for talks with Egyptian Foreign Minister Karim Fahmy, "
            "then "
            "fly to Amman on May 15 to meet Jordan's Foreign Minister Laila Haddad. She will finish the "
            "trip in "
            "Nicosia, where she will join EU foreign ministers for an informal meeting on May 16-17.\n",
            date(2031, 5, 17),
        ),
        (
            "Lindqvist heads to Kenya, Tanzania and Rwanda as trade talks resume\n\n"
            "STOCKHOLM (AP) - Trade Minister Elsa Lindqvist will travel to Kenya, Tanzania and Rwanda next "
            "week, "
            "the ministry said Friday.\n\n"
            "Lindqvist will be in Nairobi on May 12 and 13 for talks with Kenyan Trade Minister Grace "
            "Wanjiru, "
            "then fly to Dodoma on May 14 to meet Tanzania's Trade Minister Juma Mwinyi. She will finish the "
            "trip in Kigali, where she will address an investment forum on May 15.\n",
            date(2031, 5, 15),
        ),
        (
            "Novak heads to Poland, Lithuania and Latvia as defence talks intensify\n\n"
            "PRAGUE (AP) - Defence Minister Petr Novak will travel to Poland, Lithuania and Latvia next "
            "week, "
            "the ministry said Friday.\n\n"
            "Novak will be in Warsaw on May 12 and 13 for talks with Polish Defence Minister Anna Nowak, "
            "then "
            "fly to Vilnius on May 14 to meet Lithuania's Defence Minister Tomas Kairys. He will finish the "
            "trip in Riga, where he will visit allied troops on May 15-16.\n",
            date(2031, 5, 16),
        ),
    ],
)
def test_finishing_the_trip_in_a_city_is_its_last_stop(text: str, last: date) -> None:
    assert _main(text, _FRI)[1] == last


def test_finishing_the_trip_without_a_city_adds_no_stop() -> None:
    # near miss: "finish the trip with a visit" names no town, so no later stop
    text = (
        "Moreau heads to Egypt and Jordan as ceasefire talks stall\n\n"
        "PARIS (AP) - Foreign Minister Claire Moreau will travel to Egypt and Jordan next week, the ministry "
        "said Friday.\n\n"
        "Moreau will be in Cairo on May 13 and 14 for talks with Egyptian Foreign Minister Karim Fahmy, then "
        "fly to Amman on May 15 to meet Jordan's Foreign Minister Laila Haddad. She will finish the trip "
        "with "
        "a visit to a refugee camp on May 16.\n"
    )
    assert _main(text, _FRI)[1] == date(2031, 5, 15)


_NOV = date(2031, 11, 18)


@pytest.mark.parametrize(
    "text, days",
    [
        (
            "UN envoy to visit Nairobi next week for talks on Sudan\n\n"
            "NAIROBI, Nov. 18 (Reuters) -- UN Special Envoy Marta Lindqvist will visit Kenya from Nov. 24-26 "
            "for talks on the crisis in Sudan, the foreign ministry said Tuesday.\n\n"
            "During her stay, Lindqvist is set to meet Foreign Minister Grace Wanjiru on Nov. 25 to discuss "
            "humanitarian access, according to the ministry.\n",
            (date(2031, 11, 24), date(2031, 11, 26)),
        ),
        (
            "WHO chief to visit Lima next week for talks on vaccines\n\n"
            "LIMA, Nov. 18 (EFE) -- WHO Director-General Samuel Okonjo will visit Peru from Nov. 20-22 for "
            "talks on vaccine production, the health ministry said Tuesday.\n\n"
            "During his visit, Okonjo is scheduled to meet Health Minister Rosa Quispe on Nov. 21 to discuss "
            "a regional plant, according to the ministry.\n",
            (date(2031, 11, 20), date(2031, 11, 22)),
        ),
        (
            "IMF chief to visit Oslo next week for talks on climate finance\n\n"
            "OSLO, Nov. 18 (NTB) -- IMF Managing Director Claire Moreau will visit Norway from Nov. 27-29 "
            "for "
            "talks on climate finance, the finance ministry said Tuesday.\n\n"
            "During her stay, Moreau will meet Finance Minister Erik Lunde on Nov. 28 to discuss the "
            "sovereign fund, according to the ministry.\n",
            (date(2031, 11, 27), date(2031, 11, 29)),
        ),
    ],
)
def test_a_call_during_the_stay_keeps_the_visit(text: str, days: tuple[date, date]) -> None:
    assert _main(text, _NOV)[:2] == days


def test_a_meeting_not_framed_by_the_stay_is_its_day() -> None:
    # near miss: no "During her stay," frames the meeting, which dates the talks as before
    text = (
        "UN envoy to visit Nairobi next week for talks on Sudan\n\n"
        "NAIROBI, Nov. 18 (Reuters) -- UN Special Envoy Marta Lindqvist will visit Kenya from Nov. 24-26 "
        "for talks on the crisis in Sudan, the foreign ministry said Tuesday.\n\n"
        "Lindqvist is set to meet Foreign Minister Grace Wanjiru on Nov. 25 to discuss humanitarian access, "
        "according to the ministry.\n"
    )
    assert _main(text, _NOV)[:2] == (date(2031, 11, 25), None)
