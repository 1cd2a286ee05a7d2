"""Main-event dates and places, round 25 (dates): a weekday range in a present relative clause of a past
sentence ("opened ... on Monday to prepare the Council, which meets on Thursday and Friday") is to come; "set
for the 14th" is a day; a span in words restated in figures ("tomorrow and Saturday (March 7-8)") is one
mention; a dateline's bracketed country ("DAVAO (Philippines), March 6") is still the dateline; a multi-stop
trip runs from its traveller's setting-off day to the return ("departs on Sunday 10 March and returns on
Saturday 16 March") unless the lead dates the trip; "today, the first stop on a five-day trip" counts the
trip; a journey to two states whose first stop is a meeting stays the journey; the lead's "summit in the
seaside resort town of X" places the summit; a title line "..., Cityname, 3 to 5 June 2030" that is the
main sentence places its meeting; a release's minister lines ("The Hon A B MP", "Minister for X") are no
headline; a lead's "two days of talks" runs from the day the next sentence opens the gathering; "on her way
to Y, where she will attend the Z March 8-9" dates the next stop, not the meeting; a visit whose dated days
reach a province of the state ("tour the naval base in Banten") is in no single city; "leaders are heading
into next week's summit in X" places the summit; a readout's "A and her Xish counterpart B agreed Wednesday"
dates the day's talks."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.dates import find_dates

_WED = date(2030, 3, 6)  # a Wednesday


def _main(text: str, today: date = _WED) -> tuple[date | None, date | None, str | None]:
    e = next(e for e in extract(text, today=today).events if e.kind == "main")
    return e.date, e.end_date, e.place


def _dates(text: str, today: date = _WED) -> list[tuple[str, date, date | None]]:
    return [(text[d.start : d.end], d.date, d.end_date) for d in find_dates(text, 0, len(text), today)]


def test_present_clause_weekday_range_is_to_come() -> None:
    text = (
        "Delegates opened a preparatory round on Monday to shape the agenda of the Council, which meets on "
        "Thursday and Friday at the secretariat."
    )
    assert ("Thursday and Friday", date(2030, 3, 7), date(2030, 3, 8)) in _dates(text)


def test_past_weekday_range_stays_past() -> None:
    text = (
        "The Council met on Thursday and Friday at the secretariat, and delegates opened a round on Monday."
    )
    assert ("Thursday and Friday", date(2030, 2, 28), date(2030, 3, 1)) in _dates(text)


def test_set_for_the_ordinal_day() -> None:
    assert [(d, a) for _, a, d in _dates("The talks are set for the 14th, officials said.")] == [
        (None, date(2030, 3, 14))
    ]


def test_ordinal_count_is_no_day() -> None:
    assert _dates("It was the ministers' meeting for the 14th time since the accord.") == []


def test_span_restated_in_figures_is_one_mention() -> None:
    found = _dates("The forum will be held tomorrow and Friday (March 7-8) in the old town.")
    assert [(t.split()[0], a, b) for t, a, b in found] == [("tomorrow", date(2030, 3, 7), date(2030, 3, 8))]


def test_span_not_opened_by_its_first_day_stays_apart() -> None:
    found = _dates("The forum will be held Monday and Friday (March 7-8) in the old town.")
    assert all(not t.startswith("Monday and") for t, _, _ in found)


def test_bracketed_country_dateline_and_restated_summit_days() -> None:
    text = (
        "President arrives in Davao for Mindanao Growth Summit\n\n"
        "DAVAO (Philippines), March 6 (Agency) -- President Rafael Montano arrived here this evening on a "
        "working visit to attend the Mindanao Growth Summit.\n\n"
        'The summit, themed "Bridges, Not Walls", will be held tomorrow and Friday (March 7-8) at the '
        "Davao Convention Hall.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 7), date(2030, 3, 8))


_TRIP = (
    "Trade Minister to visit Chile, Peru and Ecuador\n\n"
    "2 March 2030\n\n"
    "Trade Minister Hemi Walker will travel to Chile, Peru and Ecuador {when} to deepen trade ties.\n\n"
    "In Santiago, Mr Walker will meet Chilean Trade Minister Ana Fuentes on Monday 11 March.\n\n"
    "In Lima, he will hold talks with Peruvian Trade Minister Jorge Salas on Wednesday 13 March.\n\n"
    "Mr Walker departs on Sunday 10 March and returns to New Zealand on Saturday 16 March.\n"
)


def test_trip_runs_from_setting_off_to_return() -> None:
    assert _main(_TRIP.format(when="next week"), date(2030, 3, 2)) == (
        date(2030, 3, 10),
        date(2030, 3, 16),
        None,
    )


def test_trip_dated_by_its_lead_keeps_its_days() -> None:
    got = _main(_TRIP.format(when="from 11 to 15 March"), date(2030, 3, 2))
    assert got[:2] == (date(2030, 3, 11), date(2030, 3, 15))


def test_first_stop_of_a_counted_trip() -> None:
    text = (
        "Defence Secretary Begins Asia Trip in Seoul\n\n"
        "Defence Secretary Laura Brennick arrived in Seoul today, the first stop on a five-day trip to Asia "
        "that will also take her to Hanoi, Vietnam, and Jakarta, Indonesia.\n\n"
        "In Hanoi on March 8, Secretary Brennick will meet Vietnamese Defence Minister Tran Van Long.\n\n"
        "She will then travel to Jakarta, where she will attend a defence forum on March 9-10.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 6), date(2030, 3, 10))


def test_journey_to_two_states_over_its_first_stops_meeting() -> None:
    text = (
        "Prime Minister to attend Pacific leaders meeting, visit Japan\n\n"
        "4 March 2030\n\n"
        "Prime Minister Ruth Tamaki will travel to Tonga for the Pacific Leaders Meeting and then to Japan "
        "for talks with Prime Minister Kenji Arata, she announced today.\n\n"
        "The Prime Minister departs New Zealand on Monday 11 March and returns on Thursday 21 March.\n\n"
        "The Pacific Leaders Meeting will be held in Nuku'alofa from 13–15 March.\n"
    )
    assert _main(text, date(2030, 3, 4)) == (date(2030, 3, 11), date(2030, 3, 21), None)


def test_single_meeting_visit_keeps_the_meetings_days() -> None:
    text = (
        "Prime Minister to attend Pacific leaders meeting\n\n"
        "4 March 2030\n\n"
        "Prime Minister Ruth Tamaki will travel to Tonga for the Pacific Leaders Meeting, she announced "
        "today.\n\n"
        "The Prime Minister departs New Zealand on Monday 11 March and returns on Sunday 17 March.\n\n"
        "The Pacific Leaders Meeting will be held in Nuku'alofa from 13–15 March.\n"
    )
    assert _main(text, date(2030, 3, 4))[:2] == (date(2030, 3, 13), date(2030, 3, 15))


def test_lead_gathering_in_described_town() -> None:
    text = (
        "Chancellor to attend G20 summit in Italy\n\n"
        "BERLIN, March 6 (Agency) - Chancellor Petra Vogelsang will travel to Italy next week to attend the "
        "G20 summit in the seaside resort town of Portovenere, the government said Wednesday.\n\n"
        "The summit itself runs from Friday through Sunday, March 15-17, with sessions on energy.\n"
    )
    assert _main(text) == (date(2030, 3, 15), date(2030, 3, 17), "Portovenere")


def test_meeting_verb_in_described_city_is_no_gathering_town() -> None:
    text = (
        "Leaders to meet on summit sidelines\n\n"
        "BERLIN, March 6 (Agency) - The two presidents will meet in the port city of Portovenere, officials "
        "said Wednesday.\n\n"
        "The talks are set for March 15, officials said.\n"
    )
    assert _main(text)[2] != "Portovenere"


def test_title_line_main_sentence_tail_city() -> None:
    text = (
        "Press Release: 12th Mekong Ministers' Meeting and Related Meetings, Bangkok, 3 to 5 June 2030\n\n"
        "Minister for Foreign Affairs Somchai Rattana will chair the 12th Mekong Ministers' Meeting and "
        "Related Meetings, which Thailand will host at the Queen Sirikit Centre from 3 to 5 June 2030.\n"
    )
    assert _main(text) == (date(2030, 6, 3), date(2030, 6, 5), "Bangkok")


_RELEASE = (
    "The Hon Tama Rēweti MP\n"
    "Minister for Trade and Export Growth\n\n"
    "Media release\n\n"
    "{headline}\n\n"
    "I will travel to Chile from 12 to 15 March to deepen our trade partnership.\n\n"
    "In Santiago on Tuesday, I will co-chair the fifth New Zealand-Chile Trade Ministers' Dialogue with "
    "Trade Minister Ana Fuentes.\n"
)


def test_minister_lines_are_no_headline() -> None:
    text = _RELEASE.format(headline="Trade Ministers' Dialogue with Chile")
    b = extract(text, today=date(2030, 3, 8))
    assert b.title == "Trade Ministers' Dialogue with Chile"
    assert _main(text, date(2030, 3, 8))[:2] == (date(2030, 3, 12), None)


def test_office_line_with_news_is_a_headline() -> None:
    text = "Minister for Trade to visit Chile for talks\n\nThe Minister will travel to Chile on 12 March.\n"
    assert extract(text, today=date(2030, 3, 8)).title == "Minister for Trade to visit Chile for talks"


def test_journey_day_before_the_meeting_named_with_an_apposed_guest() -> None:
    text = (
        "Defence Secretary in Ottawa for trilateral talks\n\n"
        "The Defence Secretary travels to Ottawa today for the Trilateral Defence Ministers' Meeting with "
        "her Canadian and Norwegian counterparts.\n\n"
        "Defence Secretary Mara Quill travels to Ottawa today ahead of the Trilateral Defence Ministers' "
        "Meeting with Canadian Minister Paul Archer and Norway's Minister of Defence, Eirik Dahl, on Friday "
        "(8 March).\n\n"
        "The three ministers will review Arctic surveillance.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 8), None)


def test_lead_counts_the_days_the_next_sentence_opens() -> None:
    text = (
        "Gulf ministers gather in Muscat as shipping worries mount\n\n"
        "MUSCAT, March 6 (Agency) - Foreign ministers of the Gulf states gather in Muscat this week for two "
        "days of talks on shipping security.\n\n"
        "The Gulf Ministerial Council opens on Thursday, with an outreach session following on Friday.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 7), date(2030, 3, 8))


def test_opening_without_a_count_stays_one_day() -> None:
    text = (
        "Gulf ministers gather in Muscat as shipping worries mount\n\n"
        "MUSCAT, March 6 (Agency) - Foreign ministers of the Gulf states gather in Muscat this week for "
        "talks on shipping security.\n\n"
        "The Gulf Ministerial Council opens on Thursday at the palace.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 7), None)


def test_next_stops_gathering_on_the_way() -> None:
    text = (
        "Secretary's Meeting with Thai Foreign Minister Somsak\n\n"
        "READOUT\n\n"
        "Secretary of State Clara Winslow met today in Bangkok with Foreign Minister Somsak Prasert during a "
        "stop on her way to Manila, where the Secretary will attend the Pacific Dialogue March 8–9.\n\n"
        "The Secretary and the Foreign Minister discussed trade and security in the Mekong region.\n"
    )
    assert _main(text)[:2] == (date(2030, 3, 6), None)


_STAY = (
    "Defence Minister to Visit Indonesia\n\n"
    "Defence Minister Oh Jae-min will make an official visit to Indonesia from Monday, March 11 to "
    "Wednesday, March 13, the ministry announced on March 6.\n\n"
    "Minister Oh will hold talks with Defence Minister Budi Hartono in Jakarta on Tuesday, March 12.\n\n"
    "On March 13, before returning to Seoul, the Minister will tour the naval base {where}.\n"
)


def test_stay_over_a_province_has_no_single_place() -> None:
    assert _main(_STAY.format(where="in Banten"))[2] is None


def test_stay_in_one_city_keeps_it() -> None:
    assert _main(_STAY.format(where="in Jakarta"))[2] == "Jakarta"


def test_leaders_heading_into_a_summit_in_a_city() -> None:
    text = (
        "Europe braces for a tense G20 in Porto\n\n"
        "BRUSSELS — European leaders are heading into next week's G20 summit in Porto, Portugal, braced for "
        "a clash over trade.\n\n"
        "The Portuguese president will host the leaders at a resort outside Porto from March 14 to 16.\n"
    )
    assert _main(text) == (date(2030, 3, 14), date(2030, 3, 16), "Porto")


_AGREED = (
    "Chile, Peru agree to link power grids\n\n"
    "LIMA (Agency) -- Chilean President Ana Fuentes and her Peruvian counterpart Jorge Salas {verb} "
    "Wednesday to link their power grids, as both eye lower energy costs.\n\n"
    "Fuentes, who arrived in the Peruvian capital on Tuesday, is scheduled to meet business leaders on "
    "Thursday before flying to Quito for talks the same day.\n"
)


def test_pair_agreed_on_the_day_of_writing() -> None:
    assert _main(_AGREED.format(verb="agreed"))[:2] == (date(2030, 3, 6), None)


def test_pair_to_agree_later_is_no_readout() -> None:
    assert _main(_AGREED.format(verb="will sign a deal on"))[0] != date(2030, 3, 5)


def test_who_arrived_clause_is_past() -> None:
    text = "Fuentes, who arrived in the Peruvian capital on Tuesday, will meet business leaders on Thursday."
    assert [(t, a) for t, a, _ in _dates(text)] == [
        ("on Tuesday", date(2030, 3, 5)),
        ("on Thursday", date(2030, 3, 7)),
    ]


def test_meetings_own_range_after_an_earlier_stop() -> None:
    text = (
        "Foreign Minister to attend Mekong ministerial in Hanoi\n\n"
        "1 March 2030\n\n"
        "Foreign Minister Somchai Rattana will travel to Phnom Penh on 10 March for talks with his Cambodian "
        "counterpart, before joining the Mekong Foreign Ministers' Meeting in Hanoi on 12-13 March.\n"
    )
    assert _main(text, date(2030, 3, 1)) == (date(2030, 3, 12), date(2030, 3, 13), "Hanoi")
