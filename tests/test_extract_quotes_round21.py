"""Quotes, round 21: a lower-case bulleted list after "said the two sides would review:" is no statement;
"the official added" after "a ministry official said" stays unnamed; a bare family name means the person
quoted, not the byline's reporter of that name; "General TNI A B" names A B; a first-person statement
ends at a paragraph naming its speaker by title; "A said: the plan ..." in lower case is a statement; a
Title Case name set off after "The conference," is a title; "A B, a Horn of Africa analyst at X, said"
names a person with that role."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _speaker_of(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    assert hits, [q.text for q in b.quotes]
    return hits[0]


def _texts(b: Briefing) -> list[str]:
    return [q.text for q in b.quotes]


# a bulleted list completing the intro's sentence


def test_lower_case_bullets_after_would_review_are_no_quote() -> None:
    b = _b(
        "Foreign Minister Tomas Verhoef will host Foreign Minister Ilse Rautio in The Hague on 12 May.\n\n"
        "Ministry spokesperson Pieter Gaal said the two ministers would review:\n\n"
        "- the joint offshore wind corridor in the North Sea\n"
        "- port security cooperation\n"
        "- consular matters"
    )
    assert not any(t.startswith("- ") or t.startswith("the joint offshore") for t in _texts(b))


def test_bullets_after_explained_that_will_discuss_are_no_quote() -> None:
    b = _b(
        "Defence Minister Karel Ondrak will visit Warsaw on 3 June.\n\n"
        "The Spokesperson explained that the two ministers will discuss:\n"
        "- follow-up on the air defence projects agreed at last year's summit, including radar links;\n"
        "- training exchanges between the two armies."
    )
    assert not any("follow-up on the air defence" in t for t in _texts(b))


def test_bullets_after_noted_that_will_cover_are_no_quote() -> None:
    b = _b(
        "Prime Minister Elin Strand will receive President Aarav Kuldip in Oslo on 9 June.\n\n"
        "Press secretary Mona Lie noted that the leaders would cover:\n\n"
        "• the green shipping partnership between the two countries\n"
        "• Arctic research"
    )
    assert not any("green shipping partnership" in t for t in _texts(b))


def test_near_miss_a_statement_after_said_colon_stays() -> None:
    b = _b(
        "Foreign Minister Tomas Verhoef will host Foreign Minister Ilse Rautio in The Hague on 12 May.\n\n"
        "Foreign Minister Tomas Verhoef said:\n\n"
        "Our two countries share the North Sea and a commitment to its security. I look forward to the talks."
    )
    assert _speaker_of(b, "Our two countries share") == "Tomas Verhoef"


# "the official" after an unnamed official


def test_the_official_added_after_a_ministry_official_stays_unnamed() -> None:
    b = _b(
        "Special envoy Lena Marsh will hold talks with Nuri Adebayo, the State Department's senior official "
        "for West Africa, on Friday.\n\n"
        '"The two sides will compare notes on the coastal states," a ministry official said on condition '
        "of anonymity.\n\n"
        '"We also plan to discuss maritime patrols," the official added.'
    )
    assert _speaker_of(b, "We also plan") is None


def test_the_official_said_after_a_senior_official_in_the_paragraph_before() -> None:
    b = _b(
        "Foreign Minister Dalia Rourke will meet Official Spokesperson Ivo Brandt's counterparts in Lisbon "
        "on Monday. Official Spokesperson Ivo Brandt confirmed the dates.\n\n"
        "A senior official, who did not wish to be named, said Lisbon expected concrete outcomes.\n\n"
        '"The partnership has moved from words to delivery," the official said.'
    )
    assert _speaker_of(b, "The partnership has moved") is None


def test_the_diplomat_said_after_one_diplomat_stays_unnamed() -> None:
    b = _b(
        "Foreign Minister Hana Kovac will host senior diplomat Ruth Adler in Zagreb on 2 May.\n\n"
        "One European diplomat said the meeting was overdue.\n\n"
        '"Nobody expects a breakthrough this time," the diplomat said.'
    )
    assert _speaker_of(b, "Nobody expects") is None


def test_near_miss_the_official_after_a_named_official_is_named() -> None:
    b = _b(
        "Deputy Minister Tarek Haddad will visit Amman on Monday.\n\n"
        "A senior official, Deputy Minister Tarek Haddad, said the visit was important.\n\n"
        '"We expect results," the Deputy Minister said.'
    )
    assert _speaker_of(b, "We expect results") == "Tarek Haddad"


# a family name shared with the byline's reporter


def test_family_name_means_the_quoted_analyst_not_the_byline_reporter() -> None:
    b = _b(
        "By Lin Mei-hua / Staff reporter\n\n"
        "Foreign Minister Huang Chih-ming will visit Palau next week, the ministry said.\n\n"
        "Lin Kuo-wei, who teaches at a university in Taipei, said the trip signalled commitment.\n\n"
        '"Personal ties matter in small states," Lin said.'
    )
    assert _speaker_of(b, "Personal ties matter") == "Lin Kuo-wei"


def test_family_name_with_reporter_first_and_expert_later() -> None:
    b = _b(
        "By Park Ji-hoon\n\n"
        "The foreign ministers of South Korea and Japan will meet in Busan on Friday.\n\n"
        'Park Seo-yeon, who teaches at a Seoul university, was cautious. "Expectations are low," Park said.'
    )
    assert _speaker_of(b, "Expectations are low") == "Park Seo-yeon"


def test_family_name_after_an_agency_byline() -> None:
    b = _b(
        "By Kim Soo-ah, Seoul bureau\n\n"
        "The vice foreign ministers of South Korea and the United States will meet on Tuesday.\n\n"
        "Kim Dae-ho, who has advised three governments, said the timing was good. "
        '"Washington wants a quick result," Kim said.'
    )
    assert _speaker_of(b, "Washington wants") == "Kim Dae-ho"


def test_near_miss_a_titled_namesake_keeps_the_title_holder() -> None:
    b = _b(
        "By Kim Soo-ah\n\n"
        "Foreign Minister Kim Jae-won will meet his Japanese counterpart in Tokyo on Friday.\n\n"
        '"We will raise every open issue," Kim said.'
    )
    assert _speaker_of(b, "We will raise") == "Kim Jae-won"


# Indonesian ranks: "General TNI A B"


def test_tni_after_a_rank_is_no_name_word() -> None:
    b = _b(
        "According to the Head of the Information Centre, Brigadier General TNI Adi Wirawan, the meeting "
        "will review joint patrols.\n\n"
        '"The three navies share one sea," Adi said in Jakarta on Friday.'
    )
    assert person(b, "Adi Wirawan")
    assert _speaker_of(b, "The three navies") == "Adi Wirawan"


def test_admiral_tni_after_a_rank() -> None:
    b = _b("Navy Chief of Staff Admiral TNI Budi Santoso will visit Singapore on 8 May.")
    assert person(b, "Budi Santoso")


def test_marshal_tni_after_a_rank() -> None:
    b = _b("Air Force Chief of Staff Air Marshal TNI Rudi Hartono will receive his Thai counterpart on 8 May")
    assert person(b, "Rudi Hartono")


def test_near_miss_an_acronym_without_a_rank_is_kept_out() -> None:
    b = _b("The TNI will host the chiefs of defence in Batam on 12 March, Commander Eko Salim said.")
    assert not any(p.name.startswith("Tni") for p in b.people)


# a first-person statement ends at a paragraph naming its speaker by title


def test_statement_ends_at_the_foreign_secretary_will_also() -> None:
    b = _b(
        "Foreign Secretary Alice Pembrook will host the Foreign Minister of Chile in London on 20 May.\n\n"
        "Foreign Secretary Alice Pembrook said:\n\n"
        "Chile is one of our closest partners in Latin America, and our trade has never been stronger.\n\n"
        "The Foreign Secretary will also use the visit to raise the case of a detained British national."
    )
    assert _speaker_of(b, "Chile is one of our") == "Alice Pembrook"
    assert not any(t.startswith("The Foreign Secretary will also") for t in _texts(b))


def test_statement_ends_at_the_defence_minister_is_expected() -> None:
    b = _b(
        "Defence Minister Rowan Hale will travel to Oslo on 3 June.\n\n"
        "Defence Minister Rowan Hale said:\n\n"
        "Norway is a vital ally, and we will deepen our cooperation in the High North.\n\n"
        "The Defence Minister is also expected to visit a naval base near Bergen."
    )
    assert not any(t.startswith("The Defence Minister is also") for t in _texts(b))


def test_statement_ends_at_the_trade_minister_will_then() -> None:
    b = _b(
        "Trade Minister Nora Quill will visit Seoul on 11 June.\n\n"
        "Trade Minister Nora Quill said:\n\n"
        "Korea is a great partner for our exporters. We want to double our trade by 2030.\n\n"
        "The Trade Minister will then travel to Busan to open a trade fair."
    )
    assert not any(t.startswith("The Trade Minister will then") for t in _texts(b))


def test_near_miss_a_first_person_paragraph_runs_on() -> None:
    b = _b(
        "Foreign Secretary Alice Pembrook will host the Foreign Minister of Chile in London on 20 May.\n\n"
        "Foreign Secretary Alice Pembrook said:\n\n"
        "Chile is one of our closest partners in Latin America, and our trade has never been stronger.\n\n"
        "Next week we will set out how we turn that into jobs in both our countries."
    )
    assert _speaker_of(b, "Next week we will") == "Alice Pembrook"


# "A said: the plan ..." in lower case


def test_said_colon_then_lower_case_statement() -> None:
    b = _b(
        "Defence Minister Paolo Verdi will host his British and Japanese counterparts in Rome on 9 May.\n\n"
        "Verdi said: the fighter programme is on schedule and the partners are now ready to share the work."
    )
    assert _speaker_of(b, "the fighter programme") == "Paolo Verdi"


def test_said_colon_lower_case_after_a_time() -> None:
    b = _b(
        "Foreign Minister Ana Lind will visit Tallinn on 2 June.\n\n"
        "The two ministers last met in Vilnius. Lind said: the Baltic states can count on our support for as "
        "long as it takes."
    )
    assert _speaker_of(b, "the Baltic states can") == "Ana Lind"


def test_said_colon_lower_case_with_a_title() -> None:
    b = _b(
        "Prime Minister Jonas Berg will meet President Ilona Varga in Budapest on 6 May.\n\n"
        "Prime Minister Jonas Berg said: our energy link with Hungary will be ready by the end of next year."
    )
    assert _speaker_of(b, "our energy link") == "Jonas Berg"


def test_near_miss_a_lower_case_list_after_review_colon() -> None:
    b = _b(
        "Foreign Minister Ana Lind will visit Tallinn on 2 June.\n\n"
        "The ministers will review: energy links, cyber defence and the eastern border."
    )
    assert not any(t.startswith("energy links") for t in _texts(b))


# a Title Case title set off after its event


def test_conference_title_in_apposition_is_no_quote() -> None:
    b = _b(
        "The agency and the Government of Norway will co-host a conference in Oslo on 4–5 May.\n\n"
        'The conference, "From Test Sites to Sensors: Science for a Safer World", will bring together '
        "scientists from 30 States."
    )
    assert not any(t.startswith("From Test Sites") for t in _texts(b))


def test_exhibition_title_in_apposition_is_no_quote() -> None:
    b = _b(
        "Foreign Minister Ana Lind will open a forum in Riga on 7 May.\n\n"
        'The exhibition, "Amber Roads: Trade and Craft in the Baltic", will open at the National Museum.'
    )
    assert not any(t.startswith("Amber Roads") for t in _texts(b))


def test_report_title_in_apposition_is_no_quote() -> None:
    b = _b(
        "Defence Minister Rowan Hale will present a report in Canberra on 8 May.\n\n"
        'The report, "Northern Approaches and the Defence of Australia", sets out new bases in the north.'
    )
    assert not any(t.startswith("Northern Approaches") for t in _texts(b))


def test_near_miss_speech_after_at_the_conference_stays() -> None:
    b = _b(
        "Foreign Minister Ana Lind will attend a conference in Riga on 7 May.\n\n"
        'Lind said she would tell the conference, "we will not accept a new dividing line in Europe", '
        "before meeting her counterparts."
    )
    assert any(t.startswith("we will not accept") for t in _texts(b))


# a person described in an aside before "said"


def test_named_analyst_in_an_aside_with_capitalised_region() -> None:
    b = _b(
        "Foreign ministers of the region will meet in Nairobi on 12 May.\n\n"
        "Yusuf Warsame, a Horn of Africa analyst at a think tank, said the border file was more urgent. "
        '"One incident could reopen the war," he warned.'
    )
    # the workplace after the title may be kept, as for "a Middle East analyst at a think tank" (matching.py)
    assert (person(b, "Yusuf Warsame").role or "").startswith("Horn of Africa analyst")
    assert _speaker_of(b, "One incident could") == "Yusuf Warsame"


def test_named_member_in_an_aside_before_will_speak() -> None:
    b = _b(
        "The agency will hold a conference in Almaty on 28 August.\n\n"
        "Deputy Foreign Minister Dana Seitkali will open the conference.\n\n"
        "Lucía Herrera Prado, a member of the Youth Group from Peru, will speak in the closing session. "
        '"My generation has never seen a test," she said.'
    )
    assert person(b, "Lucía Herrera Prado")
    assert _speaker_of(b, "My generation") == "Lucía Herrera Prado"


def test_named_specialist_in_an_aside_before_told() -> None:
    b = _b(
        "The trade ministers will meet in Lisbon on 3 June.\n\n"
        "Rita Sousa Melo, a European Union trade specialist with a law firm, told reporters the talks were "
        'overdue. "Both sides need a deal," she said.'
    )
    assert _speaker_of(b, "Both sides need") == "Rita Sousa Melo"


def test_near_miss_a_place_in_an_aside_is_no_person() -> None:
    b = _b(
        "The ministers will meet in Kenya on 12 May.\n\n"
        "Lake Naivasha, a popular venue for the region's talks, said to be the likely site, was chosen."
    )
    assert not any(p.name == "Lake Naivasha" for p in b.people)
