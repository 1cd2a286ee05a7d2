"""Latin America, Africa, Central/South Asia and the Pacific, round 21: a wire's dateline "Xcity, Month D/YYYY
(AGENCY)" and a title-case "Xcity - Xland will host ..." whose own country opens the lead; a city's full
name with a particle ("Cartagena de Indias"); "Later, in a message posted on X, A said:"; "she added"
after "The spokesperson said the minister would meet A and B."; "The minister of state urged ...,
adding that"; "T1 A and T2 B ... with their Xish counterparts, C and D" (the same titles, in order);
"..., spokesperson C told the briefing" naming who "she said" means; "Additional Secretary"; "She said the
Deputy Prime Minister would be accompanied by A"; "Sheikh A B" with no "bin"/"Al" a name of its own;
"High Commissioner in Xcity Dr A B"."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import main_of, person

REF = date(2026, 3, 2)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _speaker_of(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    assert hits, [q.text for q in b.quotes]
    return hits[0]


# "Xcity, Month D/YYYY (AGENCY)": a wire's year after a slash


def test_slash_year_dateline_places_a_meeting_held_here() -> None:
    b = _b(
        "Ministers to Convene Wednesday\n\n"
        "Nairobi, March 2/2026 (KNA) The 12th session of the Joint Commission will be held here on March 4, "
        "the Ministry of Foreign Affairs announced.\n\n"
        "Spokesperson Ambassador Wanjiku Otieno Mbeki said preparations were complete."
    )
    assert main_of(b).place == "Nairobi"


def test_slash_year_dateline_gives_the_spokesperson_its_country() -> None:
    b = _b(
        "Council Session Opens Thursday\n\n"
        "Lusaka, March 2/2026 (ZNA) The council will meet at the conference centre here on March 5, the "
        "ministry said.\n\n"
        "Foreign Ministry Spokesperson Mwila Banda Chanda said delegations had started arriving."
    )
    assert main_of(b).place == "Lusaka"
    assert person(b, "Mwila Banda Chanda").country == "Zambia"


def test_slash_year_dateline_reads_its_year() -> None:
    b = _b(
        "Forum to Meet Next Week\n\n"
        "Kampala, February 27/2026 (UNA) Foreign ministers of the region will meet here on March 6, the "
        "ministry announced.\n\n"
        "Minister of Foreign Affairs Okello Musoke Ssali will chair the session."
    )
    assert main_of(b).place == "Kampala"


def test_slash_in_a_headline_is_no_dateline() -> None:
    b = _b(
        "Talks 2/3 done, says envoy\n\n"
        "The talks between Ruritania's Foreign Minister Alder Voss and his counterpart will resume on "
        "March 9 in Geneva, officials said."
    )
    assert main_of(b).place == "Geneva"


# a title-case city dateline whose own country opens the lead


def test_city_dash_its_country_hosts() -> None:
    b = _b(
        "Dakar to Host Coastal States Meeting on Friday\n\n"
        "Dakar - Senegal will host, on Friday March 6, the second ministerial meeting of the coastal states, "
        "bringing together foreign ministers of the region.\n\n"
        "The meeting will be chaired by Minister of Foreign Affairs Awa Diop Sarr."
    )
    assert main_of(b).place == "Dakar"


def test_city_dash_its_country_hosts_a_summit() -> None:
    b = _b(
        "Summit next week\n\n"
        "Accra - Ghana will host the regional security summit on March 10, gathering heads of state and "
        "government.\n\n"
        "Foreign Minister Kofi Asante Mensah said all invitations had been accepted."
    )
    assert main_of(b).place == "Accra"


def test_city_dash_its_country_welcomes_talks() -> None:
    b = _b(
        "Border talks set\n\n"
        "Lima - Peru will receive the delegation of its neighbour for the border commission on March 12, "
        "the foreign ministry said.\n\n"
        "Deputy Minister Rosa Quispe Mamani will lead the hosts."
    )
    assert main_of(b).place == "Lima"


def test_city_dash_another_country_is_no_dateline() -> None:
    b = _b(
        "Envoys to meet\n\n"
        "Dakar - Ghana will host the regional security summit in Accra on March 10, gathering heads of "
        "state and government.\n\n"
        "Foreign Minister Kofi Asante Mensah said all invitations had been accepted."
    )
    assert main_of(b).place == "Accra"


# a city's full name with a particle


def test_full_city_name_with_de() -> None:
    b = _b(
        "Ministers will meet on March 9 and 10 in Cartagena de Indias to agree a roadmap, "
        "Foreign Minister Lucia Ferro Ortega said."
    )
    assert main_of(b).place == "Cartagena de Indias"


def test_full_city_name_with_del() -> None:
    b = _b(
        "Governors of the region will gather in Uruapan del Progreso on March 9 for the security council, "
        "Interior Minister Tomas Ruiz Pena said."
    )
    assert main_of(b).place == "Uruapan del Progreso"


def test_full_city_name_with_al() -> None:
    b = _b(
        "The regional security conference will be held in Makkah al Mukarramah on March 9, "
        "Interior Minister Faisal Nasser Al-Harbi said."
    )
    assert main_of(b).place == "Makkah al Mukarramah"


def test_short_city_name_stays_short() -> None:
    b = _b(
        "Ministers will meet on March 9 and 10 in Cartagena to agree a roadmap, "
        "Foreign Minister Lucia Ferro Ortega said."
    )
    assert main_of(b).place == "Cartagena"


# "Later, in a message posted on X, A said: ..."


def test_message_posted_then_surname_said() -> None:
    b = _b(
        "Foreign Minister Tariq Jamal Hoti will attend the meeting in Tashkent on March 9.\n\n"
        "Later, in a message posted on X, Minister Hoti said: Our country will keep working for a connected "
        "and peaceful region."
    )
    assert _speaker_of(b, "Our country will keep working") == "Tariq Jamal Hoti"


def test_statement_released_then_name_said() -> None:
    b = _b(
        "Defence Minister Oren Balik will visit Hanoi on March 9.\n\n"
        "In a video posted on the ministry's website, Balik said: The partnership has never been stronger "
        "and we will deepen it."
    )
    assert _speaker_of(b, "The partnership has never been") == "Oren Balik"


def test_note_posted_then_title_name_said() -> None:
    b = _b(
        "Foreign Minister Ama Serwaa Boateng will host the ministers in Accra on March 9.\n\n"
        "In a note posted online, Foreign Minister Boateng said: We expect concrete results on maritime "
        "security."
    )
    assert _speaker_of(b, "We expect concrete results") == "Ama Serwaa Boateng"


def test_ministry_said_colon_stays_unnamed() -> None:
    b = _b(
        "Foreign Minister Ama Serwaa Boateng will host the ministers in Accra on March 9.\n\n"
        "In a note posted online, the ministry said: We expect concrete results on maritime security."
    )
    assert _speaker_of(b, "We expect concrete results") is None


# "she added" after "The spokesperson said the minister would meet A and B."


_BRIEFING = (
    "Foreign Minister Jalil Rahimov Qadir will attend the ministerial meeting in Almaty on March 9.\n\n"
    'Briefing the press, Foreign Office Spokesperson Ambassador Nargis Ali Sultana said: "The meeting is '
    'important for the whole region," she said.\n\n'
    "The spokesperson said the minister would hold talks with Foreign Minister Daniyar Serikov and "
    "Foreign Minister Bakyt Osmonov.\n\n"
)


def test_she_added_after_the_spokesperson_said_the_minister_would_meet() -> None:
    b = _b(
        _BRIEFING + "She said the minister would also call on the President.\n\n"
        "Asked about the railway, she said the Special Envoy, Ambassador Farid Khan Durrani, had visited "
        "the capital last week.\n\n"
        '"We want this line to be built soon," she added.'
    )
    assert _speaker_of(b, "We want this line") == "Nargis Ali Sultana"


def test_she_stressed_after_the_spokesperson_said() -> None:
    b = _b(
        _BRIEFING + "She said the minister would also call on the President.\n\n"
        "On the canal, she said the Adviser on Water, Ambassador Tahir Gul Mansoor, had met his "
        "counterpart.\n\n"
        '"Water is a shared responsibility," she stressed.'
    )
    assert _speaker_of(b, "Water is a shared") == "Nargis Ali Sultana"


def test_he_added_after_the_spokesman_said() -> None:
    b = _b(
        "Foreign Minister Jalil Rahimov Qadir will attend the ministerial meeting in Almaty on March 9.\n\n"
        'Foreign Office Spokesman Ambassador Hamid Noor Baig said: "The meeting is important," he said.\n\n'
        "The spokesman said the minister would hold talks with Foreign Minister Daniyar Serikov and "
        "Foreign Minister Bakyt Osmonov.\n\n"
        "He said the minister would also call on the President.\n\n"
        "Asked about the road, he said the Special Envoy, Ambassador Farid Khan Durrani, had visited the "
        "capital last week.\n\n"
        '"We want this road to be built soon," he added.'
    )
    assert _speaker_of(b, "We want this road") == "Hamid Noor Baig"


def test_he_added_after_the_envoy_opens_the_sentence() -> None:
    b = _b(
        "Foreign Minister Jalil Rahimov Qadir will attend the ministerial meeting in Almaty on March 9.\n\n"
        'Foreign Office Spokesman Ambassador Hamid Noor Baig said: "The meeting is important," he said.\n\n'
        "The spokesman said the minister would hold talks with Foreign Minister Daniyar Serikov.\n\n"
        "He said the minister would also call on the President.\n\n"
        "The Special Envoy, Ambassador Farid Khan Durrani, visited the capital last week.\n\n"
        '"We want this road to be built soon," he added.'
    )
    assert _speaker_of(b, "We want this road") == "Farid Khan Durrani"


# "The minister of state urged ..., adding that the city was "...""


def test_minister_of_state_adding_that() -> None:
    b = _b(
        "Minister of Foreign Affairs Chukwuma Obi Nwosu and Minister of State for Foreign Affairs Halima "
        "Bello Sani briefed the press in Abuja on March 2.\n\n"
        "The minister of state urged residents to bear with the traffic diversions, adding that the city was "
        '"calm and ready for the summit".'
    )
    assert _speaker_of(b, "calm and ready") == "Halima Bello Sani"


def test_deputy_minister_saying_that() -> None:
    b = _b(
        "Minister of Foreign Affairs Ana Lucia Prado and Deputy Minister of Foreign Affairs Tomas Vela "
        "Rojas briefed the press in Quito on March 2.\n\n"
        "The deputy minister thanked the delegations for their patience over the new visa rules, adding that "
        'the border posts were "open around the clock".'
    )
    assert _speaker_of(b, "open around the clock") == "Tomas Vela Rojas"


def test_minister_of_state_for_defence_adding_that() -> None:
    b = _b(
        "Minister of Defence Kwame Owusu Darko and Minister of State for Defence Efua Mensah Quaye briefed "
        "the press in Accra on March 2.\n\n"
        "The minister of state asked motorists to avoid the coastal road during the exercise, adding that "
        'the navy would be "visible but not disruptive".'
    )
    assert _speaker_of(b, "visible but not disruptive") == "Efua Mensah Quaye"


def test_lower_case_plural_subject_stays_unnamed() -> None:
    b = _b(
        "Minister of Foreign Affairs Chukwuma Obi Nwosu and Minister of State for Foreign Affairs Halima "
        "Bello Sani briefed the press in Abuja on March 2.\n\n"
        "The residents urged the government to ease the traffic diversions, adding that the city was "
        '"calm and ready for the summit".'
    )
    assert _speaker_of(b, "calm and ready") is None


# "T1 A and T2 B ... with their Xish counterparts, C and D": the same titles, in order


def test_their_counterparts_named_after_a_comma_take_the_titles_in_order() -> None:
    b = _b(
        "Foreign Minister Pablo Ibarra Solis and Defense Minister Marta Quiroga Lenz will travel to Asuncion "
        "on March 9 to hold talks with their Paraguayan counterparts, Luis Benitez Acosta and Rosa Villalba "
        "Mora, officials said."
    )
    assert person(b, "Luis Benitez Acosta").role == "Foreign Minister"
    assert person(b, "Rosa Villalba Mora").role == "Defense Minister"
    assert person(b, "Rosa Villalba Mora").country == "Paraguay"


def test_their_counterparts_of_ministers_with_portfolios() -> None:
    b = _b(
        "Minister of Foreign Affairs Ana Tuilagi and Minister of Police Sefo Leota will meet their Tongan "
        "counterparts, Viliami Fusitu'a and Mele Kaufana, in Nuku'alofa on March 9."
    )
    assert person(b, "Viliami Fusitu'a").role == "Minister of Foreign Affairs"
    assert person(b, "Mele Kaufana").role == "Minister of Police"


def test_their_counterparts_of_three_ministers() -> None:
    b = _b(
        "Foreign Minister Dina Okoye, Defence Minister Femi Ade and Interior Minister Bala Usman will "
        "receive their Beninese counterparts, Paul Hounsou, Marc Dossou and Eric Agbo, in Abuja on March 9."
    )
    assert person(b, "Paul Hounsou").role == "Foreign Minister"
    assert person(b, "Eric Agbo").role == "Interior Minister"


def test_his_counterpart_of_one_minister_takes_the_office() -> None:
    # round 24b's counterpart convention: the office of the one whose counterpart it is
    b = _b(
        "Foreign Minister Pablo Ibarra Solis will travel to Asuncion on March 9 to hold talks with his "
        "Paraguayan counterpart, Luis Benitez Acosta, officials said."
    )
    assert person(b, "Luis Benitez Acosta").role == "Foreign Minister"


# "..., spokesperson C told the weekly briefing": whom "she said" means


def test_spokesperson_closing_the_sentence_is_she() -> None:
    b = _b(
        "Foreign Secretary Abdul Karim Bhuiyan will lead the delegation while Nepal's Foreign Secretary "
        "Sita Devi Thapa will lead hers, foreign ministry spokesperson Nusrat Jahan Mitu told the weekly "
        "briefing today.\n\n"
        '"The consultations will review all areas of cooperation," she said.'
    )
    assert _speaker_of(b, "The consultations will review") == "Nusrat Jahan Mitu"


def test_spokesman_closing_the_sentence_is_he() -> None:
    b = _b(
        "Foreign Minister Arjun Bahadur Rai will meet his counterpart while Defence Minister Kamal Thapa "
        "will visit the academy, ministry spokesman Ramesh Prasad Koirala told reporters on Monday.\n\n"
        '"Both visits are part of a long-planned programme," he said.'
    )
    assert _speaker_of(b, "Both visits are part") == "Ramesh Prasad Koirala"


def test_spokesperson_told_journalists_closing_a_two_clause_sentence() -> None:
    b = _b(
        "Foreign Minister Arjun Bahadur Rai will visit Delhi while Home Minister Bir Bahadur Shahi will tour "
        "the border, spokesperson Laxmi Devi Gurung told journalists on Monday.\n\n"
        '"The visits will open a new chapter," she said.'
    )
    assert _speaker_of(b, "The visits will open") == "Laxmi Devi Gurung"


def test_subject_said_stays_the_speaker() -> None:
    b = _b(
        "Foreign Minister Arjun Bahadur Rai told reporters he would meet spokesperson Laxmi Devi Gurung on "
        "Monday.\n\n"
        '"The visit will open a new chapter," he said.'
    )
    assert _speaker_of(b, "The visit will open") == "Arjun Bahadur Rai"


# "Additional Secretary"; "She said the Deputy Prime Minister would be accompanied by A"


_SCO = (
    "ISLAMABAD, Mar 2 (APP): Deputy Prime Minister and Foreign Minister Senator Ahmed Raza Khattak will "
    "lead the delegation to the ministerial meeting in Astana on March 9.\n\n"
    "Foreign Office Spokesperson Ambassador Rabia Aziz Malik said the minister would meet Uzbek Foreign "
    "Minister Rustam Karimov.\n\n"
)


def test_additional_secretary_accompanying_the_deputy_prime_minister() -> None:
    b = _b(
        _SCO + "She said the Deputy Prime Minister would be accompanied by Additional Secretary (Asia) "
        "Sana Tariq Bhatti."
    )
    assert person(b, "Sana Tariq Bhatti").role == "Additional Secretary (Asia)"
    assert person(b, "Sana Tariq Bhatti").country == "Pakistan"


def test_additional_foreign_secretary_title() -> None:
    b = _b(
        "Foreign Secretary Abdul Karim Bhuiyan will hold talks in Dhaka on March 9. Additional Foreign "
        "Secretary (East Asia) Mohammad Habib Ullah will attend the talks."
    )
    assert person(b, "Mohammad Habib Ullah").role == "Additional Foreign Secretary (East Asia)"


def test_she_said_the_adviser_would_be_accompanied() -> None:
    b = _b(
        "DHAKA, Mar 2 (BSS) - Foreign Adviser Touhid Alam will visit Kathmandu on March 9, where he will "
        "meet Nepal's Foreign Minister Arzu Rana.\n\n"
        "She said the Foreign Adviser would be accompanied by Director General (South Asia) Nasima Akter."
    )
    assert person(b, "Nasima Akter").country == "Bangladesh"


def test_he_said_that_the_minister_would_be_accompanied() -> None:
    b = _b(
        "COLOMBO, Mar 2 (LBS) - Foreign Minister Nihal Perera will visit Male on March 9, where he will meet "
        "Maldivian Foreign Minister Ahmed Zahir.\n\n"
        "He said that the Foreign Minister would be accompanied by Director General (South Asia) Dilani "
        "Fernando."
    )
    assert person(b, "Dilani Fernando").country == "Sri Lanka"


def test_accompanied_by_after_a_named_subject_keeps_it() -> None:
    b = _b(_SCO + "Rustam Karimov will be accompanied by Deputy Minister Aziz Nurmatov.")
    assert person(b, "Aziz Nurmatov").country == "Uzbekistan"


# "Sheikh A B" with no "bin"/"Al": a name of its own


def test_sheikh_in_a_south_asian_name() -> None:
    b = _b(
        "Foreign Secretary Abdul Karim Bhuiyan will hold talks in Dhaka on March 9. Director General "
        "Sheikh Anisur Rahman will attend the talks."
    )
    assert person(b, "Sheikh Anisur Rahman").role == "Director General"


def test_sheikh_opening_a_three_word_name() -> None:
    b = _b(
        "Foreign Secretary Abdul Karim Bhuiyan will hold talks in Dhaka on March 9, joined by Ambassador "
        "Sheikh Mohammad Belal Hossain."
    )
    person(b, "Sheikh Mohammad Belal Hossain")


def test_sheikh_after_a_title_in_a_list() -> None:
    b = _b(
        "State Minister for Foreign Affairs Sheikh Farid Uddin and Foreign Secretary Abdul Karim Bhuiyan "
        "will hold talks in Dhaka on March 9."
    )
    person(b, "Sheikh Farid Uddin")


def test_sheikh_before_a_gulf_name_is_a_style() -> None:
    b = _b("Foreign Minister Sheikh Hamad bin Saif Al Nuaimi will hold talks in Abu Dhabi on March 9.")
    person(b, "Hamad bin Saif Al Nuaimi")


# "High Commissioner in Xcity Dr A B"


def test_high_commissioner_in_city_before_the_name() -> None:
    b = _b(
        "Foreign Secretary Abdul Karim Bhuiyan will hold talks in Dhaka on March 9. Maldivian High "
        "Commissioner in Dhaka Dr Aishath Shiham Rasheed will attend the talks."
    )
    assert person(b, "Aishath Shiham Rasheed").role == "High Commissioner in Dhaka"


def test_ambassador_in_two_word_city_before_the_name() -> None:
    b = _b(
        "Foreign Minister Ahmed Ali Warsame will hold talks in Nairobi on March 9. The Kenyan Ambassador "
        "in Addis Ababa Jane Wairimu Kamau will attend."
    )
    assert person(b, "Jane Wairimu Kamau").role == "Ambassador in Addis Ababa"


def test_consul_general_in_city_before_the_name() -> None:
    b = _b(
        "Foreign Minister Ahmed Ali Warsame will hold talks in Nairobi on March 9. Somali Consul General "
        "in Mombasa Abdi Farah Yusuf will attend."
    )
    assert person(b, "Abdi Farah Yusuf").role == "Consul General in Mombasa"


def test_high_commissioner_in_city_on_a_day_names_no_one() -> None:
    b = _b("Foreign Secretary Abdul Karim Bhuiyan met the Maldivian High Commissioner in Dhaka on Monday.")
    assert [p.name for p in b.people] == ["Abdul Karim Bhuiyan"]
