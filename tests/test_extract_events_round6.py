"""Event rules, round 6 (generalisation to unseen wire stories and official releases): the meeting of a
trip's first leg that also gives the trip its first day, "his first stop is X"."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides


def _run(text: str, today: date = date(2031, 5, 1)) -> Briefing:
    return extract(text, today=today)


# --- trips -------------------------------------------------------------------------------------------


def test_the_first_legs_meeting_is_a_side_meeting_of_the_trip() -> None:
    text = (
        "published: 2031-04-02\n\n"
        "Envoy heads to Peru, Chile and Argentina\n\n"
        "LONDON — Foreign Secretary Mara Ellwood will make a three-nation tour of South America next week, "
        "officials said on Wednesday.\n\n"
        "Ellwood leaves London on Sunday. Her first stop is Lima, where on April 7 she is to meet Peruvian "
        "Foreign Minister Tomas Ugarte.\n\n"
        "From there she flies to Santiago for talks on April 8 with Chilean Foreign Minister Ines Varela.\n\n"
        "The tour ends in Buenos Aires on April 9, where she will meet Argentine Foreign Minister Julio "
        "Pardo."
    )
    b = _run(text)
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 4, 7), date(2031, 4, 9), None)
    assert ("bilateral", ["Mara Ellwood", "Tomas Ugarte"]) in _sides(b)
    lima = next(e for e in b.events if e.kind == "bilateral" and "Tomas Ugarte" in e.participants)
    assert (lima.date, lima.place) == (date(2031, 4, 7), "Lima")
    assert ("bilateral", ["Ines Varela", "Mara Ellwood"]) in _sides(b)
    assert ("bilateral", ["Julio Pardo", "Mara Ellwood"]) in _sides(b)


# --- main-event dates --------------------------------------------------------------------------------


def test_a_gathering_held_over_a_range_beats_a_speech_day_inside_it() -> None:
    text = (
        "Defence Minister Corin Vale to Attend the Harbour Security Forum\n\n"
        "May 29, 2031 | Release\n\n"
        "Defence Minister Corin Vale departed Oslo today. He will travel first to Lisbon, where he will "
        "deliver "
        "a keynote address at the Harbour Security Forum on Saturday, June 1. The Harbour Security Forum, "
        "the region's premier defence meeting, will be held at the Tagus Hotel in Lisbon from May 31 to "
        "June 2."
    )
    main = _main(_run(text))
    assert (main.date, main.end_date, main.place) == (date(2031, 5, 31), date(2031, 6, 2), "Lisbon")


def test_a_visit_to_attend_a_series_of_meetings_keeps_the_whole_range() -> None:
    text = (
        "Minister to Attend Coastal States Foreign Ministers' Meetings in Lima\n\n"
        "Date: 2031-07-20\n\n"
        "1. Minister of Foreign Affairs Dara Quell will visit Lima from July 25 to 27 to attend the Coastal "
        "States-related Foreign Ministers' Meetings, including the Coastal States-Norway Foreign Ministers' "
        "Meeting.\n\n"
        "2. At the Coastal States-Norway Foreign Ministers' Meeting on July 26, Minister Quell will "
        "propose a "
        "new fisheries partnership."
    )
    main = _main(_run(text))
    assert (main.date, main.end_date, main.place) == (date(2031, 7, 25), date(2031, 7, 27), "Lima")


# --- side meetings: who holds them ---------------------------------------------------------------------


def test_he_who_is_scheduled_to_meet_b_for_a_trilateral_is_the_protagonist() -> None:
    text = (
        "Secretary of Defense Nolan Pryce will join Secretary of State Ava Lind for talks in Perth on "
        "July 23.\n\n"
        "On the margins of the talks, Secretary Pryce will hold a bilateral meeting with Defence Minister "
        "Ruth Abbot. He is also scheduled to meet Japanese Minister of Defense Kenta Ono for a trilateral "
        "session with Ms Abbot on Friday."
    )
    assert ("trilateral", ["Kenta Ono", "Nolan Pryce", "Ruth Abbot"]) in _sides(_run(text, date(2031, 7, 20)))


def test_the_people_a_who_clause_is_about_hold_its_meeting() -> None:
    text = (
        "The President will welcome President Ivo Brandt of Norway to the White House for an official "
        "visit on "
        "April 16.\n\n"
        "President Brandt will be accompanied by Minister of Foreign Affairs Siri Holm and Minister of Trade "
        "Lars Eide, who will also meet Secretary of State Maya Cole at the Department of State on April 15."
    )
    assert ("bilateral", ["Lars Eide", "Maya Cole", "Siri Holm"]) in _sides(_run(text, date(2031, 4, 10)))


def test_the_visitor_by_nationality_and_title_calls_on_one_host_and_meets_another() -> None:
    text = (
        "Visit of Foreign Minister of Chile to Peru (17-19 August 2031)\n\n"
        "At the invitation of Foreign Minister Rosa Paz, the Minister of Foreign Affairs of Chile, "
        "Tomas Lira, "
        "will pay an official visit to Peru from 17-19 August 2031.\n\n"
        "During the visit, the Chilean Foreign Minister is expected to call on Vice President Hugo Salas and "
        "meet Defence Minister Ines Mora."
    )
    assert ("bilateral", ["Ines Mora", "Tomas Lira"]) in _sides(_run(text, date(2031, 8, 14)))


def test_a_title_only_one_person_holds_is_the_subject_of_its_clause() -> None:
    text = (
        "The India-Chile Ministerial Dialogue will be held in New Delhi on 10 November 2031. The Indian side "
        "will be led by Defence Minister Arun Rao and External Affairs Minister Vikas Menon. The "
        "Chilean side "
        "will be led by Foreign Minister Pia Soto and Defence Minister Juan Vera.\n\n"
        "Prior to the Dialogue, the Defence Minister will meet Minister Vera and the External Affairs "
        "Minister will hold bilateral talks with Minister Soto on the same day."
    )
    assert ("bilateral", ["Pia Soto", "Vikas Menon"]) in _sides(_run(text, date(2031, 11, 8)))


def test_the_source_that_announces_a_meeting_is_not_a_party_to_it() -> None:
    text = (
        "Foreign Minister Li Wen will visit Chile from March 17 to 21, the ministry said.\n\n"
        "Separately, spokesperson Zhao Lin announced that Vice Premier Ma Qiang and Vice President of Peru "
        "Rosa Cano will co-chair the third meeting of the China-Peru cooperation committee in Lima on "
        "March 18."
    )
    assert _sides(_run(text, date(2031, 3, 15))) == [("bilateral", ["Ma Qiang", "Rosa Cano"])]


def test_a_minister_hosting_a_guest_for_talks_with_a_third_person_makes_two_meetings() -> None:
    text = (
        "Norway will host the Norway-Chile Foreign and Defence Ministers' Meeting in Oslo on Monday "
        "28 September.\n\n"
        "Ahead of the meeting, Foreign Minister Eva Dahl will hold bilateral talks with Foreign Minister "
        "Pablo Rios on Sunday. The Defence Minister, Odd Berg, will host General Luis Vidal at the Fortress "
        "for talks with the Chief of Defence, Admiral Kari Moe."
    )
    sides = _sides(_run(text, date(2031, 9, 22)))
    assert ("bilateral", ["Luis Vidal", "Odd Berg"]) in sides
    assert ("bilateral", ["Kari Moe", "Luis Vidal"]) in sides


def test_the_plain_title_of_the_protagonist_holds_separate_bilaterals() -> None:
    text = (
        "External Affairs Minister Ravi Nair will attend the Harbour Four foreign ministers' meeting in Lima "
        "on July 29.\n\n"
        "The external affairs minister is also expected to hold separate bilateral meetings with Foreign "
        "Minister Ana Ruiz and Foreign Minister Tom Berg on the sidelines of the meeting."
    )
    sides = _sides(_run(text, date(2031, 7, 26)))
    assert ("bilateral", ["Ana Ruiz", "Ravi Nair"]) in sides
    assert ("bilateral", ["Ravi Nair", "Tom Berg"]) in sides


# --- side meetings: forms --------------------------------------------------------------------------------


def test_named_formats_joined_listed_or_arranged_are_side_meetings() -> None:
    text = (
        "South Korean Minister of Foreign Affairs Kim Dae-ho will visit Lima from July 25 to 27 to "
        "attend the Pacific "
        "Foreign Ministers' Meeting.\n\n"
        "On the sidelines, Minister Kim plans to hold bilateral meetings with Japanese Foreign Minister Aya "
        "Mori, as well as the Korea-Japan-Chile Foreign Ministers' Meeting with Minister Mori and Chilean "
        "Foreign Minister Pia Soto. A Korea-Peru Foreign Ministers' Meeting with Foreign Minister Luis Paz "
        "is also being arranged. He will also join the Korea-Japan-Chile-Peru defence ministers' meeting "
        "with Minister Paz."
    )
    sides = _sides(_run(text, date(2031, 7, 20)))
    assert ("bilateral", ["Aya Mori", "Kim Dae-ho"]) in sides
    assert ("trilateral", ["Aya Mori", "Kim Dae-ho", "Pia Soto"]) in sides
    assert ("bilateral", ["Kim Dae-ho", "Luis Paz"]) in sides
    assert ("multilateral", ["Kim Dae-ho", "Luis Paz"]) in sides


def test_two_named_gatherings_of_one_person_are_two_meetings() -> None:
    text = (
        "SEOUL, Nov. 6 (Wire) -- Defense Minister Han Jun and Secretary of Defense Mark Dale will hold the "
        "annual Joint Defense Meeting in Seoul on Nov. 13.\n\n"
        "On the same day, Dale will attend the Harbour Command member states' defense ministerial meeting. "
        "After the Seoul trip, Dale is scheduled to travel to Manila for the Coastal Defence Ministers' "
        "Meeting on Nov. 16."
    )
    sides = [e for e in _run(text, date(2031, 11, 6)).events if e.kind == "multilateral"]
    assert [(e.participants, e.date) for e in sides] == [
        (["Mark Dale"], date(2031, 11, 13)),
        (["Mark Dale"], date(2031, 11, 16)),
    ]


def test_a_minister_received_by_a_head_whose_counterpart_is_named_pays_a_call() -> None:
    text = (
        "Foreign Minister Li Wen will visit Chile from March 17 to 21.\n\n"
        "During the visit, Li Wen will hold talks with Foreign Minister Pia Soto in Santiago and meet with "
        "President Ana Rojas."
    )
    b = _run(text, date(2031, 3, 15))
    assert ("bilateral", ["Li Wen", "Pia Soto"]) in _sides(b)
    assert ("other", ["Ana Rojas", "Li Wen"]) in _sides(b)


def test_the_two_ministers_of_a_visit_hold_a_named_session() -> None:
    text = (
        "TOKYO, Dec. 20 (Wire) - Foreign Minister Ken Aoki will visit Santiago on Wednesday for talks with "
        "Chilean Foreign Minister Pia Soto, the ministry said Friday.\n\n"
        "The two ministers will also hold the second meeting of the Japan-Chile dialogue on cultural "
        "exchanges, a government source said."
    )
    assert ("bilateral", ["Ken Aoki", "Pia Soto"]) in _sides(_run(text, date(2031, 12, 20)))


# --- side meetings: not announced here ---------------------------------------------------------------


def test_past_and_prepared_gatherings_are_not_side_meetings_of_a_preview() -> None:
    text = (
        "New Delhi, Jul 26 (Wire) External Affairs Minister Ravi Nair will travel to Lima from July 28 to 30 "
        "to attend the Harbour Four foreign ministers' meeting, the ministry said on Friday.\n\n"
        "Nair is currently in Quito for the India-Ecuador foreign ministers' meeting, which concludes on "
        "Saturday. On Friday, he met Chilean Foreign Minister Pia Soto on the sidelines of the Quito "
        "meetings.\n\n"
        "The visit would also prepare for the India-Peru Summit later this year. The meeting builds on the "
        "visit of President Ana Rojas to Delhi for the Harbour Leaders' Summit in September 2030."
    )
    assert _sides(_run(text, date(2031, 7, 26))) == []


# --- main-event places and closing days -----------------------------------------------------------------


def test_a_small_town_in_the_dateline_with_its_country_is_the_place() -> None:
    text = (
        "PORTOFINO, Italy, April 16 (Wire) - Foreign ministers from the Group of Seven gather on the Italian "
        "coast on Wednesday for three days of talks on the Middle East."
    )
    main = _main(_run(text, date(2031, 4, 16)))
    assert (main.date, main.end_date, main.place) == (date(2031, 4, 16), date(2031, 4, 18), "Portofino")
    assert main.timezone == "Europe/Rome"


def test_a_town_with_its_country_in_brackets_opens_a_dateline() -> None:
    text = (
        "published: 2031-02-22\n\n"
        "Sintra (Portugal) (Wire) - Foreign ministers from the Group of Seven will gather in the spa town of "
        "Sintra from March 3 to 4, the foreign ministry announced Monday."
    )
    main = _main(_run(text, date(2031, 2, 22)))
    assert (main.date, main.end_date, main.place) == (date(2031, 3, 3), date(2031, 3, 4), "Sintra")


def test_the_next_sentence_gives_the_last_day_of_a_two_day_visit() -> None:
    text = (
        "OSLO, Dec. 20 (Wire) - Foreign Minister Kari Dahl will visit Lima on Wednesday for talks with "
        "Peruvian Foreign Minister Luis Paz, the ministry said Friday.\n\n"
        "During the two-day visit through Thursday, Dahl and Paz are expected to discuss fisheries."
    )
    main = _main(_run(text, date(2031, 12, 20)))
    assert (main.date, main.end_date, main.place) == (date(2031, 12, 24), date(2031, 12, 25), "Lima")


def test_a_city_name_with_a_lowercase_particle_is_found() -> None:
    text = (
        "Foreign Secretary Ian Reed will attend the Ocean Ministers' Meeting in Rio de Janeiro on 21 to 22 "
        "February 2031."
    )
    assert _main(_run(text)).place == "Rio de Janeiro"


def test_the_city_a_lead_sentence_holds_the_meeting_in_beats_the_dateline() -> None:
    text = (
        "SEOUL, Jan. 14 (Wire) -- South Korea and Chile will hold a vice ministerial dialogue in Santiago "
        "next week, the ministry said Thursday.\n\n"
        "First Vice Foreign Minister Han Jun will hold the talks with Chilean Vice Minister Pia Soto on "
        "Jan. 21, the ministry said."
    )
    main = _main(_run(text, date(2031, 1, 14)))
    assert (main.date, main.place) == (date(2031, 1, 21), "Santiago")


def test_a_visit_to_a_country_takes_the_one_city_of_its_meetings() -> None:
    head = (
        "Visit of Foreign Minister of Chile to India (17-19 August 2031)\n\n"
        "August 14, 2031\n\n"
        "The Minister of Foreign Affairs of Chile, Pia Soto, will pay an official visit to India from 17-19 "
        "August 2031.\n\n"
        "2. The two Ministers will co-chair the India-Chile Joint Commission in New Delhi on 18 August 2031."
    )
    assert _main(_run(head, date(2031, 8, 14))).place == "New Delhi"
    two_cities = head + "\n\n3. On 19 August, the Minister will travel to Mumbai to meet business leaders."
    assert _main(_run(two_cities, date(2031, 8, 14))).place is None


# --- side meetings: more forms ------------------------------------------------------------------------


def test_a_bilateral_inside_a_state_visit_is_with_the_visits_other_party() -> None:
    text = (
        "MANILA - President Ana Cruz will welcome Chilean President Luis Paz for a state visit from Oct. 27 "
        "to 29, the palace announced on Monday.\n\n"
        "Paz will be accorded full military honors in a welcome ceremony on Oct. 28, followed by a bilateral "
        "meeting and an expanded meeting with the two delegations."
    )
    assert ("bilateral", ["Ana Cruz", "Luis Paz"]) in _sides(_run(text, date(2031, 10, 20)))


def test_a_separate_phone_call_and_the_ministers_meeting_an_envoy() -> None:
    text = (
        "The foreign ministers of Chile, Peru and Norway will hold a trilateral videoconference on Thursday, "
        "the ministry said Tuesday.\n\n"
        "Foreign Minister Pia Soto, Peruvian Foreign Minister Luis Paz and Norwegian Foreign Minister Kari "
        "Dahl are expected to discuss fisheries.\n\n"
        "Soto is also set to speak separately by phone with Paz before the trilateral session."
    )
    assert ("bilateral", ["Luis Paz", "Pia Soto"]) in _sides(_run(text, date(2031, 11, 24)))


def test_the_ministers_also_meeting_an_outside_envoy_is_a_group_meeting() -> None:
    text = (
        "Foreign ministers of the Andean Community will convene in Cusco on February 3-4, 2031.\n\n"
        "Peruvian Foreign Minister Luis Paz will chair the retreat, officials said.\n\n"
        "The ministers will also meet with the Special Envoy of the Chair on Water, Rosa Vidal, who will "
        "report on her visits."
    )
    assert ("multilateral", ["Luis Paz", "Rosa Vidal"]) in _sides(_run(text, date(2031, 1, 25)))


def test_a_person_named_for_the_day_after_is_not_met() -> None:
    text = (
        "German Foreign Minister Eva Roth will receive her Chilean counterpart, Pia Soto, for talks in "
        "Berlin on March 9, the Foreign Office announced on Monday.\n\n"
        "Roth is also due to meet Spanish Foreign Minister Jose Ortega in Madrid on March 11, the day before "
        "Soto is due there, the Foreign Office said.\n\n"
        "Asked whether she would meet Peruvian Foreign Minister Luis Paz, Roth said nothing was planned."
    )
    assert _sides(_run(text, date(2031, 3, 1))) == [("bilateral", ["Eva Roth", "Jose Ortega"])]


def test_the_secretaries_calling_on_a_regional_premier_pay_a_call() -> None:
    text = (
        "The Minister for Foreign Affairs, Ana Cruz, will host United States Secretary of State Mark Dale "
        "and Secretary of Defense Ian Webb in Cusco for the annual Peru-United States Ministerial "
        "Consultations on Saturday.\n\n"
        "The Secretaries will also meet Cusco Premier Luis Paz."
    )
    sides = _sides(_run(text, date(2031, 7, 22)))
    assert ("other", ["Ian Webb", "Luis Paz", "Mark Dale"]) in sides
    assert not [s for s in sides if s[0] == "bilateral"]


def test_he_in_a_where_clause_is_the_subject_of_his_own_sentence() -> None:
    text = (
        "SEOUL, Nov. 6 (Wire) -- Defense Minister Han Jun and Secretary of Defense Mark Dale will hold the "
        "annual Joint Defense Meeting in Seoul on Nov. 13.\n\n"
        'Dale will arrive in Seoul on Nov. 12 after a trip to Chile, where he will attend a "two plus two" '
        "meeting with his Chilean counterpart and the foreign ministers of the two countries on Friday."
    )
    b = _run(text, date(2031, 11, 6))
    side = next(e for e in b.events if e.kind == "bilateral")
    assert (side.participants, side.others) == (["Mark Dale"], ["Chilean counterpart"])


def test_the_next_legs_meeting_is_apart_and_in_its_own_city() -> None:
    text = (
        "Secretary of State Mark Dale will travel to Lima, Peru, November 7-8, to attend the Pacific Foreign "
        "Ministers' Meeting.\n\n"
        "Following Peru, Secretary Dale will travel to Santiago, Chile, November 8-9, where he will meet "
        "with Foreign Minister Pia Soto, and to Quito, Ecuador, November 9-10, to join Secretary of Defense "
        "Ian Webb for the fifth U.S.-Ecuador 2+2 Ministerial Dialogue."
    )
    b = _run(text, date(2031, 11, 5))
    soto = next(e for e in b.events if e.kind == "bilateral" and "Pia Soto" in e.participants)
    assert (soto.participants, soto.place) == (["Mark Dale", "Pia Soto"], "Santiago")
    assert ("bilateral", ["Ian Webb", "Mark Dale"]) in _sides(b)


# --- distractor dates and unnamed parties ----------------------------------------------------------------


def test_the_day_they_last_met_is_neither_the_meeting_nor_a_side_meeting() -> None:
    text = (
        "published: 2031-06-03\n\n"
        "SEOUL (Wire) - South Korea and Chile will hold vice-ministerial talks in Seoul next Monday, the "
        "ministry said Wednesday.\n\n"
        "First Vice Minister Han Jun will meet Chilean Vice Minister Pia Soto, and the two sides last held "
        "such talks in Santiago on March 4."
    )
    b = _run(text, date(2031, 6, 3))
    main = _main(b)
    assert (main.date, main.place) == (date(2031, 6, 9), "Seoul")
    assert _sides(b) == []


def test_bilateral_talks_with_two_countries_ministers_are_two_meetings() -> None:
    text = (
        "published: 2031-09-20\n\n"
        "Foreign Secretary Hugh Lane will attend the Ocean Conference in Lisbon on September 23.\n\n"
        "On the margins of the conference, Lane will hold bilateral talks with Indian External Affairs "
        "Minister Ravi Menon and Brazilian Foreign Minister Ana Costa. He will also join a trilateral "
        "meeting with the United States and Japan on September 24."
    )
    b = _run(text, date(2031, 9, 20))
    assert _sides(b)[:2] == [
        ("bilateral", ["Hugh Lane", "Ravi Menon"]),
        ("bilateral", ["Ana Costa", "Hugh Lane"]),
    ]
    tri = next(e for e in b.events if e.kind == "trilateral")
    assert (tri.participants, tri.others) == (["Hugh Lane"], ["United States", "Japan"])


def test_talks_and_a_call_on_the_head_of_government_in_one_sentence() -> None:
    text = (
        "published: 2031-05-07\n\n"
        "Foreign Minister Lea Vogt will visit Japan from Monday to Wednesday, the ministry said on "
        "Wednesday.\n\n"
        "In Tokyo, Vogt will hold talks with Foreign Minister Kenji Ono and call on Prime Minister Aiko Sato."
    )
    b = _run(text, date(2031, 5, 7))
    assert ("other", ["Aiko Sato", "Lea Vogt"]) in _sides(b)


def test_a_readout_reports_what_the_visitor_also_met_and_called_on() -> None:
    text = (
        "published: 2031-05-07\n\n"
        "TOKYO, May 7 (Wire) - Japanese Foreign Minister Kenji Ono met Indian External Affairs Minister "
        "Ravi Menon in Tokyo on Tuesday for talks on maritime security.\n\n"
        "Menon also met Defence Minister Shun Abe and called on Prime Minister Aiko Sato, the ministry said."
    )
    sides = _sides(_run(text, date(2031, 5, 7)))
    assert ("bilateral", ["Ravi Menon", "Shun Abe"]) in sides
    assert ("other", ["Aiko Sato", "Ravi Menon"]) in sides


def test_bilateral_discussions_with_two_officers_are_two_meetings() -> None:
    text = (
        "New Delhi [India], September 14 (Wire): Chief of the Naval Staff Admiral Ravi Kumar will visit "
        "Chile from September 21 to 24.\n\n"
        "During his stay in Santiago, the Navy chief will hold bilateral discussions with Admiral Juan Soto, "
        "Commander of the Chilean Navy, and General Ana Lira, Chief of the Joint Staff."
    )
    sides = _sides(_run(text, date(2031, 9, 14)))
    assert ("bilateral", ["Juan Soto", "Ravi Kumar"]) in sides
    assert ("bilateral", ["Ana Lira", "Ravi Kumar"]) in sides


def test_an_abbreviated_title_and_the_host_hold_a_named_dialogue_in_a_visit() -> None:
    text = (
        "External Affairs Minister Dr. Ravi Menon will pay an official visit to Santiago, Chile from 12-14 "
        "July 2031 at the invitation of Foreign Minister Pia Soto.\n\n"
        "2. During the visit, EAM and Foreign Minister Soto will hold the 7th India-Chile Strategic Dialogue "
        "on 13 July 2031."
    )
    assert ("bilateral", ["Pia Soto", "Ravi Menon"]) in _sides(_run(text, date(2031, 7, 1)))


# --- first-person releases, visits, captions and datelines ------------------------------------------------


def test_a_first_person_release_is_by_the_minister_its_quotes_are_attributable_to() -> None:
    text = (
        "published: 2031-07-24\n\n"
        "Visit to Laos\n\n"
        "I will travel to Vientiane from 25 to 27 July to attend the Mekong Foreign Ministers' Meeting.\n\n"
        "While in Vientiane, I will meet with Lao Foreign Minister Bounmy Keo. I will also participate in a "
        "Quad foreign ministers' meeting on the sidelines with US Secretary of State Mark Dale, India's "
        "External Affairs Minister Ravi Menon and Japan's Foreign Minister Aya Mori, and will hold a "
        "bilateral meeting with China's Foreign Minister Li Wen.\n\n"
        "Quotes attributable to Minister for Foreign Affairs, Senator the Hon Jane Tolland:\n\n"
        '"Our region matters."'
    )
    sides = _sides(_run(text, date(2031, 7, 24)))
    assert ("bilateral", ["Bounmy Keo", "Jane Tolland"]) in sides
    assert ("multilateral", ["Aya Mori", "Jane Tolland", "Mark Dale", "Ravi Menon"]) in sides
    assert ("bilateral", ["Jane Tolland", "Li Wen"]) in sides
    assert len(sides) == 3


def test_an_abbreviated_visitor_of_numbered_paragraphs_and_the_meetings_hosts() -> None:
    text = (
        "published: 2031-07-27\n\n"
        "Visit of External Affairs Minister to Chile (July 28-30, 2031)\n\n"
        "July 27, 2031\n\n"
        "External Affairs Minister Dr. Ravi Menon will be on an official visit to Chile from 28-30 July "
        "2031.\n\n"
        "2. During the visit, EAM will participate in the Pacific Foreign Ministers' Meeting to be held in "
        "Santiago on 29 July 2031. The meeting will be hosted by the Foreign Minister of Chile Ms. Pia Soto "
        "and will be attended by the Foreign Minister of Peru Mr. Luis Paz.\n\n"
        "4. EAM is expected to call on President Ana Rojas and to meet other Chilean dignitaries, including "
        "Minister of Defense Mr. Juan Vera."
    )
    sides = _sides(_run(text, date(2031, 7, 27)))
    assert ("multilateral", ["Luis Paz", "Pia Soto", "Ravi Menon"]) in sides
    assert ("bilateral", ["Juan Vera", "Ravi Menon"]) in sides


def test_a_photo_caption_and_a_guests_stay_do_not_date_the_meeting() -> None:
    caption = (
        "published: 2031-01-17\n\n"
        "Minister to attend retreat in Langkawi\n\n"
        "Foreign Minister Tan Wei will be in Langkawi from Jan 18 to 19 for the meeting. PHOTO: FILE\n\n"
        "SINGAPORE - Foreign Minister Tan Wei will attend the Coastal Foreign Ministers' Retreat in "
        "Langkawi, "
        "Malaysia, on Jan 19."
    )
    main = _main(_run(caption, date(2031, 1, 17)))
    assert (main.date, main.end_date, main.place) == (date(2031, 1, 19), None, "Langkawi")
    guest = (
        "1. Minister of Foreign Affairs Han Jun will hold a Foreign Ministers' Meeting with Minister for "
        "Foreign Affairs of Chile Pia Soto, who is visiting Korea from January 13 (Mon.) to 14 (Tue.), at "
        "the Ministry in Seoul on Monday, January 13, at 3:00 p.m."
    )
    main = _main(_run(guest, date(2031, 1, 10)))
    assert (main.date, main.end_date) == (date(2031, 1, 13), None)


def test_a_visit_abroad_is_not_at_the_dateline_and_ends_with_the_stay() -> None:
    text = (
        "TOKYO - Japanese Foreign Minister Ken Aoki will visit China from Wednesday for talks with Chinese "
        "Foreign Minister Li Wen, the ministry said Monday.\n\n"
        "Aoki, who will be in Beijing through Thursday, is expected to raise seafood imports.\n\n"
        "The two ministers are also set to hold the second meeting of a cultural exchange mechanism.\n\n"
        "The trip comes ahead of a planned visit to Japan by Li next year for a trilateral meeting."
    )
    b = _run(text, date(2031, 12, 22))
    main = _main(b)
    assert (main.date, main.end_date, main.place) == (date(2031, 12, 24), date(2031, 12, 25), "Beijing")
    assert _sides(b) == [("bilateral", ["Ken Aoki", "Li Wen"])]


def test_a_trip_to_a_gathering_held_over_its_own_days_is_at_the_gathering() -> None:
    text = (
        "Secretary of Defense Mark Dale Travels to Singapore and Cambodia\n\n"
        "May 28, 2031\n\n"
        "Secretary of Defense Mark Dale departed Washington today for Singapore, where he will deliver a "
        "keynote address at the Harbour Security Dialogue, held May 31 to June 2. The Secretary will then "
        "travel on to Phnom Penh, Cambodia, on June 4."
    )
    main = _main(_run(text, date(2031, 5, 28)))
    assert (main.date, main.end_date, main.place) == (date(2031, 5, 31), date(2031, 6, 2), "Singapore")


def test_a_trips_leg_meetings_and_a_he_after_a_time_phrase() -> None:
    text = (
        "Foreign Secretary to visit China\n\n"
        "The Foreign Secretary will travel to Beijing and Shanghai tomorrow.\n\n"
        "Foreign Secretary Hugh Lane will visit China on Friday 18 October.\n\n"
        "In Beijing, the Foreign Secretary will meet Foreign Minister Li Wen for talks.\n\n"
        "The Deputy Foreign Secretary, Ann Hale, will then travel to Tokyo, where on October 20 she "
        "will join "
        "Vice Minister Ken Aoki of Japan and First Vice Minister Han Jun of Korea for the 14th "
        "UK-Japan-ROK Trilateral Vice Ministerial Meeting."
    )
    sides = _sides(_run(text, date(2031, 10, 17)))
    assert ("bilateral", ["Hugh Lane", "Li Wen"]) in sides
    assert ("trilateral", ["Ann Hale", "Han Jun", "Ken Aoki"]) in sides
