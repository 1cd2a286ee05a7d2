"""Round 21 (place): the main event's city and days — a meeting held in a small town, a trip headline's
agenda, a passive fronted meeting, gatherings dated by name inside a stay, an alternative name, venue-only
meetings, hedged towns, a press conference's city and a numbered release label."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Event


def _main(text: str) -> Event:
    b = extract(text, source="t", published=None, today=date(2031, 1, 1))
    assert b.events, "no main event"
    return b.events[0]


# 1. "The X Meeting will be held in Smalltown from D to D": a town the gazetteer lacks


def test_held_in_small_town_from_to() -> None:
    t = (
        "published: 2031-03-02\n\nKestrel heads to Tuvalu for island summit\n\n"
        "Prime Minister Arlo Kestrel will travel to Tuvalu next week for the annual Coral Sea "
        "Leaders Meeting.\n\n"
        "The 12th Coral Sea Leaders Meeting will be held in Navuloa from 10 to 12 March, with a "
        "retreat on the "
        "final day.\n"
    )
    ev = _main(t)
    assert ev.place == "Navuloa"
    assert (ev.date, ev.end_date) == (date(2031, 3, 10), date(2031, 3, 12))


def test_held_in_small_town_is_to_be() -> None:
    t = (
        "published: 2031-05-02\n\nReef ministers to gather in Kiribati\n\n"
        "Fisheries ministers of the region will gather in Kiribati later this month.\n\n"
        "The Reef Fisheries Ministerial Meeting is to be held in Belmaru from 20 to 22 May, officials said.\n"
    )
    assert _main(t).place == "Belmaru"


def test_held_in_small_town_on_day() -> None:
    t = (
        "published: 2031-06-02\n\nOcean forum set for Lesotho's highlands\n\n"
        "Water ministers from southern Africa will travel to Lesotho next week.\n\n"
        "The Highland Water Forum will be held in Oranjevale on 9 June, the secretariat said.\n"
    )
    assert _main(t).place == "Oranjevale"


def test_held_in_month_is_no_town() -> None:
    t = (
        "published: 2031-06-02\n\nOcean forum set for Lesotho\n\n"
        "Water ministers from southern Africa will travel to Lesotho next month.\n\n"
        "The Highland Water Forum will be held in September in the capital, the secretariat said.\n"
    )
    assert _main(t).place != "September"


# 2. "head to A with X and B's Y on the agenda": what the trip carries ends its destinations


def test_head_to_city_with_agenda() -> None:
    t = (
        "Island leaders head to Funafuti with fisheries and Japan's ocean plan on the agenda\n\n"
        "Posted Thu 13 Aug 2031\n\n"
        "The meeting will run from 7 to 9 September in Funafuti, with a retreat on the final day.\n"
    )
    assert _main(t).place == "Funafuti"


def test_head_to_city_amid_rows() -> None:
    t = (
        "Ministers head to Tarawa amid fishing row and China's loans push\n\n"
        "Posted Thu 13 Aug 2031\n\n"
        "The meeting will run from 7 to 9 September in Tarawa, officials said.\n"
    )
    assert _main(t).place == "Tarawa"


def test_heads_to_city_as_talks_resume() -> None:
    t = (
        "Envoys head to Palikir as Australia and Japan press on cables\n\n"
        "Posted Thu 13 Aug 2031\n\n"
        "The dialogue will run from 14 to 15 September in Palikir, the secretariat said.\n"
    )
    assert _main(t).place == "Palikir"


def test_head_to_two_cities_is_still_a_trip() -> None:
    t = (
        "Minister heads to Funafuti and Tarawa\n\n"
        "Posted Thu 13 Aug 2031\n\n"
        "Foreign Minister Ilse Marrow will travel to Funafuti and Tarawa from 7 to 9 September.\n"
    )
    assert _main(t).place is None


# 3. "On D, the X Committee will be held in Y": the named meeting's day over a minister's stay


def _fronted(headline: str, day: str, meeting: str) -> str:
    return (
        f"March 2, 2031\n\n{headline}\n\n"
        "1. Minister Ruth Oddsen will visit Maseru from March 9 to 11.\n\n"
        f"2. On {day}, the {meeting} will be held in Maseru. Minister Oddsen and Minister Neo Thabane will "
        "attend.\n\n"
        "3. At the meeting, the ministers are expected to discuss regional security.\n"
    )


def test_fronted_passive_committee_over_stay() -> None:
    ev = _main(_fronted('Iceland-Lesotho "2+2"', "Tuesday, March 10", "Iceland-Lesotho Security Committee"))
    assert (ev.date, ev.end_date) == (date(2031, 3, 10), None)


def test_fronted_passive_commission_over_stay() -> None:
    ev = _main(
        _fronted(
            "Iceland and Lesotho ministers in Maseru", "Tuesday, March 10", "Iceland-Lesotho Joint Commission"
        )
    )
    assert (ev.date, ev.end_date) == (date(2031, 3, 10), None)


def test_fronted_passive_dialogue_with_initials() -> None:
    meeting = 'Iceland-U.K. Strategic Dialogue ("2+2")'
    ev = _main(_fronted('Iceland-U.K. "2+2"', "Wednesday, March 11", meeting))
    assert (ev.date, ev.end_date) == (date(2031, 3, 11), None)


def test_fronted_passive_lowercase_is_no_named_meeting() -> None:
    meeting = "reception for the visiting delegation"
    ev = _main(_fronted('Iceland-Lesotho "2+2"', "Tuesday, March 10", meeting))
    assert (ev.date, ev.end_date) == (date(2031, 3, 9), date(2031, 3, 11))


# 4. a stay "to attend the ABC and the ABC-Plus", each later dated by name: those gatherings' days


def _stay(attend: str, first: str, second: str) -> str:
    return (
        "published: 2031-11-17\n\nMinister to Attend Meetings in Lesotho\n\n"
        "Minister for Defence Mr Idris Vale will be in Lesotho from 18 to 20 November to attend "
        f"{attend}.\n\n"
        f"{first}\n\n{second}\n"
    )


def test_named_gatherings_narrow_the_stay() -> None:
    ev = _main(
        _stay(
            "the 9th Southern Defence Ministers' Meeting (SDMM) and the 4th SDMM-Plus",
            "At the SDMM on 19 November, Minister Vale will discuss maritime security.",
            "The 4th SDMM-Plus on 20 November will bring together eighteen ministers.",
        )
    )
    assert (ev.date, ev.end_date) == (date(2031, 11, 19), date(2031, 11, 20))


def test_named_gathering_single_day_inside_stay() -> None:
    ev = _main(
        _stay(
            "the 5th Highland Water Council (HWC)",
            "At the HWC on 19 November, Minister Vale will discuss dams.",
            "He will also tour a reservoir.",
        )
    )
    assert (ev.date, ev.end_date) == (date(2031, 11, 19), None)


def test_named_gatherings_last_day_narrows() -> None:
    ev = _main(
        _stay(
            "the Southern Maritime Forum (SMF) and the SMF Retreat",
            "The SMF on 19 November will open with a plenary.",
            "The SMF Retreat on 20 November will close the programme.",
        )
    )
    assert (ev.date, ev.end_date) == (date(2031, 11, 19), date(2031, 11, 20))


def test_series_keeps_the_stay() -> None:
    ev = _main(
        _stay(
            "the SDMM-related Meetings, including the SDMM",
            "At the SDMM on 19 November, Minister Vale will discuss maritime security.",
            "He will also meet several counterparts.",
        )
    )
    assert (ev.date, ev.end_date) == (date(2031, 11, 18), date(2031, 11, 20))


# 5. "will hold their meeting, or "2+2", in X": an alternative name breaks no clause


def _two_plus_two(aside: str) -> str:
    return (
        "Lesotho, Suriname chiefs to hold talks\n\n"
        f"MASERU – Lesotho and Suriname will hold their first foreign and defence ministerial meeting{aside} "
        "in Paramaribo next week, the ministry announced Sunday.\n\n"
        "Foreign Minister Neo Thabane and Defence Minister Pule Mokoena will meet their Surinamese "
        "counterparts "
        "on June 18, spokesperson Lineo Moshoeshoe said.\n"
    )


def test_or_alias_quoted() -> None:
    t = _two_plus_two(', or "2+2",')
    assert _main(t.replace("published", "published")).place == "Paramaribo"


def test_or_alias_single_quoted() -> None:
    assert _main(_two_plus_two(", or '2+2',")).place == "Paramaribo"


def test_or_alias_bare() -> None:
    assert _main(_two_plus_two(", or JMM,")).place == "Paramaribo"


def test_said_aside_is_no_alias() -> None:
    t = (
        "Lesotho, Suriname chiefs to hold talks\n\n"
        "MASERU – Lesotho and Suriname will hold their first ministerial meeting next week, the "
        "ministry said "
        "in Paramaribo.\n\n"
        "Foreign Minister Neo Thabane will meet his Surinamese counterpart on June 18, spokesperson Lineo "
        "Moshoeshoe said.\n"
    )
    assert _main(t).place != "Paramaribo"


# 6. venue-only meetings: a city only counted in a visit, a retreat placed in a region


def test_counted_visit_aside_beside_venue() -> None:
    t = (
        "published: 2031-01-22\n\nStatement on the Official Visit of Prime Minister Ilse Marrow of "
        "Iceland\n\n"
        "President Dara Quill will welcome Prime Minister Ilse Marrow of Iceland to the Presidential "
        "Palace on "
        "February 9 for an Official Visit, the Prime Minister's first to Maseru since taking office.\n\n"
        "The two leaders will discuss trade.\n"
    )
    assert _main(t).place is None


def test_counted_visit_next_sentence_beside_venue() -> None:
    t = (
        "published: 2031-01-22\n\nStatement on the Visit of Prime Minister Ilse Marrow of Iceland\n\n"
        "President Dara Quill will welcome Prime Minister Ilse Marrow of Iceland to the Presidential "
        "Palace on "
        "Thursday, February 9. The visit will be the Prime Minister's first to Maseru since she took "
        "office.\n\n"
        "The two leaders will discuss trade.\n"
    )
    assert _main(t).place is None


def test_counted_first_visit_aside_beside_venue() -> None:
    t = (
        "published: 2031-01-22\n\nStatement on the Visit of Minister Ilse Marrow of Iceland\n\n"
        "Minister Dara Quill will host Minister Ilse Marrow of Iceland at the Defence Headquarters on "
        "February 9, her first visit to Maseru since taking office in March.\n\n"
        "The two ministers will discuss training.\n"
    )
    assert _main(t).place is None


def test_counted_visit_without_venue_is_the_place() -> None:
    t = (
        "published: 2031-05-15\n\nLesotho-Iceland Foreign Ministers' Meeting\n\n"
        "1. On May 14, Minister Dara Quill held a Foreign Ministers' Meeting with Minister Ilse Marrow of "
        "Iceland, who is visiting Lesotho.\n\n"
        "2. At the outset, Minister Quill welcomed Minister Marrow on her first visit to Maseru "
        "since assuming "
        "office.\n"
    )
    assert _main(t).place == "Maseru"


def test_retreat_in_region_drops_dateline() -> None:
    t = (
        "published: 2031-08-05\n\nQuill to host leaders at Camp Hollins\n\n"
        "PODGORICA (AP) — President Dara Quill will host Prime Minister Ilse Marrow and President "
        "Neo Thabane at "
        "Camp Hollins on Aug. 18, the presidency announced Wednesday.\n\n"
        "Quill will also hold separate meetings with each leader at the presidential retreat in "
        "Vermont's Green "
        "Mountains, officials said.\n"
    )
    assert _main(t).place is None


def test_lodge_in_region_drops_dateline() -> None:
    t = (
        "published: 2031-08-05\n\nQuill to host leaders at Pine Lodge\n\n"
        "PODGORICA (AP) — President Dara Quill will host Prime Minister Ilse Marrow at Pine Lodge on "
        "Aug. 18, "
        "the presidency announced Wednesday.\n\n"
        "The talks at the state lodge in Vermont will focus on trade, officials said.\n"
    )
    assert _main(t).place is None


def test_residence_in_region_drops_dateline() -> None:
    t = (
        "published: 2031-08-05\n\nQuill to host Marrow at Elm Residence\n\n"
        "PODGORICA (AP) — President Dara Quill will host Prime Minister Ilse Marrow at the Elm Residence on "
        "Aug. 18, the presidency announced Wednesday.\n\n"
        "The leaders will dine at the summer residence in Vermont's lake district, officials said.\n"
    )
    assert _main(t).place is None


def test_venue_without_region_keeps_dateline() -> None:
    t = (
        "published: 2031-08-05\n\nQuill to host Marrow at Elm Hotel\n\n"
        "PODGORICA (AP) — President Dara Quill will host Prime Minister Ilse Marrow at the Elm Hotel on "
        "Aug. 18, the presidency announced Wednesday.\n\n"
        "The leaders will discuss trade, officials said.\n"
    )
    assert _main(t).place == "Podgorica"


# 7. a state visit: a hedged clause's town is no second stop


def _state_visit(hedge: str) -> str:
    return (
        "published: 2031-05-06\n\nMarrow to make state visit to Montenegro\n\n"
        "Podgorica (AFP) – Icelandic President Ilse Marrow will pay a state visit to Montenegro from "
        "May 25 to "
        "27, the foreign ministry announced Wednesday.\n\n"
        "Marrow will be welcomed by President Dara Quill in Podgorica on May 25 and hold talks the following "
        "day.\n\n"
        f"She will also attend a business forum on May 26, where contracts {hedge}.\n"
    )


def test_hedged_town_could_be_signed() -> None:
    ev = _main(_state_visit("for a port in Bar could be signed"))
    assert ev.place == "Podgorica"


def test_hedged_town_might_be_agreed() -> None:
    ev = _main(_state_visit("for a rail line in Bar might be agreed"))
    assert ev.place == "Podgorica"


def test_hedged_town_could_be_announced() -> None:
    ev = _main(_state_visit("for a power plant in Bar could be announced"))
    assert ev.place == "Podgorica"


def test_unhedged_second_town_is_a_stop() -> None:
    t = (
        "published: 2031-05-06\n\nMarrow to make state visit to Montenegro\n\n"
        "Podgorica (AFP) – Icelandic President Ilse Marrow will pay a state visit to Montenegro from "
        "May 25 to "
        "27, the foreign ministry announced Wednesday.\n\n"
        "Marrow will be welcomed by President Dara Quill in Podgorica on May 25 and will travel to Bar on "
        "May 26.\n"
    )
    assert _main(t).place is None


# 8. "told the regular government press conference in X": where the news was given


def _press(told: str) -> str:
    return (
        "published: 2031-02-09\n\nMarrow to attend talks in Vaduz\n\n"
        "Reykjavik (dpa) - Icelandic Foreign Minister Ilse Marrow travels to Vaduz on Thursday for "
        "talks with "
        "her counterparts, the ministry said on Monday.\n\n"
        f"The meeting on 12 February will focus on energy, ministry spokesman Jon Arnason {told} in "
        "Reykjavik.\n"
    )


def test_told_press_conference_in_city() -> None:
    assert _main(_press("told the regular government press conference")).place == "Vaduz"


def test_told_news_conference_in_city() -> None:
    assert _main(_press("told a weekly news conference")).place == "Vaduz"


def test_told_briefing_in_city() -> None:
    assert _main(_press("told the daily briefing")).place == "Vaduz"


def test_meeting_in_city_is_kept() -> None:
    t = (
        "published: 2031-02-09\n\nMarrow to attend talks\n\n"
        "Icelandic Foreign Minister Ilse Marrow will hold talks with her counterparts on 12 February "
        "in Vaduz.\n"
    )
    assert _main(t).place == "Vaduz"


# 9. "Press Release No. 312" over the title line: a numbered release is a label, not the headline


def _release(label: str) -> str:
    return (
        f"{label}\nJuly 30, 2031\n\n"
        "Official visit to Lesotho of the Minister of Foreign Affairs of Iceland, Ilse Marrow – "
        "Maseru, August 4 "
        "and 5, 2031\n\n"
        "The Minister of Foreign Affairs of Iceland, Ilse Marrow, will make an official visit to Lesotho on "
        "August 4 and 5, at the invitation of Minister Dara Quill.\n\n"
        "On August 4, Minister Marrow and Minister Quill will hold the 2nd Lesotho-Iceland Strategic "
        "Dialogue "
        "at the Foreign Ministry. The agenda will include preparations for the summit in Windhoek.\n\n"
        "On the 5th, Minister Marrow will be received by the Prime Minister.\n"
    )


def test_numbered_press_release() -> None:
    ev = _main(_release("Press Release No. 312"))
    assert (ev.date, ev.end_date, ev.place) == (date(2031, 8, 4), date(2031, 8, 5), "Maseru")


def test_numbered_news_release() -> None:
    ev = _main(_release("News Release No 47"))
    assert (ev.date, ev.end_date) == (date(2031, 8, 4), date(2031, 8, 5))


def test_coded_press_release() -> None:
    ev = _main(_release("Press Release E-057/31"))
    assert (ev.date, ev.end_date) == (date(2031, 8, 4), date(2031, 8, 5))


def test_release_headline_is_no_label() -> None:
    from briefings.extract import _label

    assert not _label("Press Release Sparks 3 Protests Over Trade")
