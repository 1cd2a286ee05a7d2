"""People rules, round 11: a pair's adjective is no issuer, past holders of a singular office, a later
place after a "where" clause, and the others below (each test covers the wording and paraphrases)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _names(b: Briefing) -> set[str]:
    return {p.name for p in b.people}


# A country adjective after a hyphen ("Xish-Yish Government Consultations") names a pair of parties, not
# the government issuing the text.
@pytest.mark.parametrize(
    "headline",
    [
        "Seventh German-Chinese Government Consultations in Berlin",
        "German–Chinese Government Consultations open in Berlin",
        "Franco-German Government Consultations to be held in Berlin",
        "Berlin hosts the German-Chinese Government talks",
    ],
)
def test_a_pair_adjective_before_government_is_no_issuer(headline: str) -> None:
    b = _b(
        f"{headline}\n\nPress release of the Federal Government\n\n"
        "Federal Chancellor Bertil Amsel will host the visiting delegation in Berlin on Tuesday. "
        "Federal Minister of Finance Oskar Wendel will also take part."
    )
    assert _get(b, "Oskar Wendel").country != "China"
    assert _get(b, "Oskar Wendel").country != "France"


# A singular office held in the past ("then Chancellor A", "the late President B", "former Prime
# Minister C") does not stop today's holder's country, nor is stopped by it.
@pytest.mark.parametrize(
    "past",
    [
        "chaired by then Chancellor Ilse Varga and Premier Tao Min",
        "chaired by then-Chancellor Ilse Varga and Premier Tao Min",
        "chaired by former Chancellor Ilse Varga and Premier Tao Min",
        "when then Chancellor Ilse Varga and Premier Tao Min chaired them",
    ],
)
def test_a_past_holder_of_a_singular_office_gets_the_pair_country(past: str) -> None:
    b = _b(
        "Federal Chancellor Bertil Amsel will host Chinese Premier Sun Hao for Germany-China consultations "
        f"in Berlin on Tuesday.\n\nThe last Germany-China consultations were held by video in 2021, {past}."
    )
    assert _get(b, "Bertil Amsel").country == "Germany"
    assert _get(b, "Ilse Varga").country == "Germany"


# A "where" clause sets the country of the people after it only up to the next place named: a person
# after a later town is in that town's country.
@pytest.mark.parametrize(
    "tail",
    [
        "before continuing to Paris for a summit hosted by President Arno Leclair",
        "and then travel on to Paris for a summit hosted by President Arno Leclair",
        "before flying to Paris, for a summit hosted by President Arno Leclair",
        "ahead of a stop in Paris for a summit hosted by President Arno Leclair",
    ],
)
def test_a_place_after_a_where_clause_ends_it(tail: str) -> None:
    b = _b(
        "Premier Sun Hao of China will visit Germany next week.\n\n"
        "On Wednesday the Premier will travel to Munich, where he will meet Minister Karl Ober of Bavaria, "
        f"{tail} on 22 June."
    )
    assert _get(b, "Arno Leclair").country == "France"


# "here" in a wire story's lead puts the meeting in the dateline's city, whatever other city a traveller
# comes from: its hosts are of the dateline's country.
@pytest.mark.parametrize(
    "lead",
    [
        "Kenya and Canada will hold their first strategic dialogue here on Friday, officials said.",
        "Canada's foreign minister arrived here on Thursday for talks with Kenya, officials said.",
        "Talks between Kenya and Canada will be held here this week, officials said on Monday.",
        "Kenyan and Canadian ministers meet here on Friday for their strategic dialogue.",
    ],
)
def test_here_in_the_lead_makes_the_dateline_the_host(lead: str) -> None:
    b = _b(
        f"Nairobi, May 3 (Wire) {lead}\n\n"
        "Defence Minister Odhiambo Wekesa will host Foreign Minister Claire Tremblant for the talks.\n\n"
        "Tremblant will arrive on Thursday after a visit to Cairo, where she met officials."
    )
    assert _get(b, "Odhiambo Wekesa").country == "Kenya"


# A "where" clause is about the last place named before it in its sentence, even when a description
# stands between the place and the clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary Dana Holt will arrive from Papua New Guinea, the first visit to that country by a US "
        "Secretary of Defense, where she will meet Prime Minister Kila Tomuri.",
        "Secretary Dana Holt will come from Papua New Guinea, her first stop of the tour, where she met "
        "Prime Minister Kila Tomuri.",
        "Secretary Dana Holt flew in from Papua New Guinea, a first for a Pentagon chief, where she held "
        "talks with Prime Minister Kila Tomuri.",
        "Secretary Dana Holt arrives after a visit to Papua New Guinea, the first in a decade by a US "
        "defense chief, where she will call on Prime Minister Kila Tomuri.",
    ],
)
def test_a_where_clause_after_a_description_is_about_the_place_before(sentence: str) -> None:
    b = _b(
        "US Secretary of Defense Dana Holt will attend talks with Australia in Brisbane on 28 July.\n\n"
        f"Foreign Minister Ruth Cale will host the talks in Brisbane. {sentence}"
    )
    assert _get(b, "Kila Tomuri").country == "Papua New Guinea"


# A title in apposition owned by a person ("A, Yoon's adviser,") or by a leader ("A, the president's
# spokesman,") is A's title, and A is of that person's country.
@pytest.mark.parametrize(
    ("appos", "role"),
    [
        ("Rho Min-seok, Pak's first deputy national security adviser, told reporters",
         "first deputy national security adviser"),
        ("Rho Min-seok, the president's national security adviser, told reporters",
         "national security adviser"),
        ("Rho Min-seok, Pak’s spokesman, said", "spokesman"),
        ("Rho Min-seok, Pak's chief of staff, said on Tuesday", "chief of staff"),
    ],
)  # fmt: skip
def test_a_title_owned_by_a_leader_is_of_the_leaders_country(appos: str, role: str) -> None:
    b = _b(
        "South Korean President Pak Dae-sung will fly to Washington on Friday for talks.\n\n"
        f'"The summit will be a milestone," {appos}.'
    )
    rho = _get(b, "Rho Min-seok")
    assert (rho.role, rho.country) == (role, "South Korea")


# "B's predecessor, A": A held B's office, so A is of B's country, wherever the text names B in full.
@pytest.mark.parametrize(
    "tail",
    [
        "talks between Holm and Tanaka's predecessor, Ueda Ko, who was later removed from his post.",
        "talks between Holm and Tanaka’s predecessor Ueda Ko.",
        "talks with Tanaka's immediate predecessor, Ueda Ko, in Osaka.",
        "talks with Tanaka's predecessor as defence minister, Ueda Ko, before he was dismissed.",
    ],
)
def test_a_named_persons_predecessor_is_of_that_persons_country(tail: str) -> None:
    b = _b(
        "Defence Secretary Lars Holm and Japan's Minister of Defense Tanaka Jiro will meet on Friday.\n\n"
        f"Last year's meeting was overshadowed by a refusal of {tail}"
    )
    assert _get(b, "Ueda Ko").country == "Japan"


BODY = "Foreign Minister Tove Marrin will travel to Oslo on Monday for talks, officials said."


# A byline names its writer with the job written before or after the name; the job is the writer's role,
# and no country is implied.
@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By political reporter Ana Kestrel", "political reporter"),
        ("By defence correspondent Ana Kestrel", "defence correspondent"),
        ("By Ana Kestrel, Harbour Radio journalist", "Harbour Radio journalist"),
        ("By Ana Kestrel, senior political correspondent", "senior political correspondent"),
    ],
)
def test_a_bylines_job_is_its_writers_role(line: str, role: str) -> None:
    b = _b(f"Minister to visit Oslo\n\n{line}\n\n{BODY}")
    ana = _get(b, "Ana Kestrel")
    assert (ana.role, ana.country) == (role, None)
    assert _names(b) == {"Ana Kestrel", "Tove Marrin"}


# A writer's name opening a line of items split by middle dots ("A · Outlet · Posted: date") is a byline.
@pytest.mark.parametrize(
    "line",
    [
        "Ana Kestrel · Harbour News · Posted: Feb 09, 2026 5:00 AM EST",
        "Ana Kestrel • Harbour News • 9 February 2026",
        "Ana Kestrel · Posted: Feb 09, 2026",
        "Ana Kestrel · Harbour Radio",
    ],
)
def test_a_dotted_credit_line_names_its_writer(line: str) -> None:
    b = _b(f"Minister to visit Oslo\n\n{line}\n\n{BODY}")
    assert "Ana Kestrel" in _names(b)
    assert _get(b, "Ana Kestrel").country is None


# An agency's credits at a story's foot: every name of every part, a place after a name dropped, a family
# name spelt like a nationality kept.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reporting by Ivo Stern and Mara Lind in Oslo, Kemal Oz in Ankara and Rhea Tal; "
         "Writing by Tom Welsh; Editing by Lou Crane)",
         {"Ivo Stern", "Mara Lind", "Kemal Oz", "Rhea Tal", "Tom Welsh", "Lou Crane"}),
        ("(Reporting by Ivo Stern; additional reporting by Kemal Oz in Ankara; Editing by Lou Crane)",
         {"Ivo Stern", "Kemal Oz", "Lou Crane"}),
        ("(Reporting by Ivo Stern, Mara Lind and Dan French; Editing by Lou Crane)",
         {"Ivo Stern", "Mara Lind", "Dan French", "Lou Crane"}),
        ("--With assistance from Rhea Tal.", {"Rhea Tal"}),
        ("--With assistance from Rhea Tal and Kemal Oz.", {"Rhea Tal", "Kemal Oz"}),
    ],
)  # fmt: skip
def test_an_agency_credit_names_every_writer(line: str, names: set[str]) -> None:
    b = _b(f"Minister to visit Oslo\n\n{BODY}\n\n{line}")
    assert _names(b) - {"Tove Marrin"} == names
    assert all(p.country is None and p.role is None for p in b.people if p.name in names)


# "Title of <place or body> A B": the place or body (not a country) belongs to the title and the two words
# after it are the name.
@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("He will meet Minister-President of Westmark Karl Ober before continuing to Paris.",
         "Karl Ober", "Minister-President of Westmark"),
        ("On Monday the Governor of Xanthe Province Lena Marsh received the delegation.",
         "Lena Marsh", "Governor of Xanthe Province"),
        ("Talks with Chief Minister of Sarlan Ravi Nair are planned for Friday.",
         "Ravi Nair", "Chief Minister of Sarlan"),
        ("He met Speaker of the House of Representatives Joan Pell on Monday.",
         "Joan Pell", "Speaker of the House of Representatives"),
        ("He met President of the Senate Pierre Aubry on Monday.", "Pierre Aubry", "President of the Senate"),
    ],
)  # fmt: skip
def test_a_title_of_a_place_or_body_before_a_name(sentence: str, name: str, role: str) -> None:
    assert _get(_b(sentence), name).role == role


# "the President of the Senate, A," / "the Speaker of the House of Commons, A,": a chamber closes the title.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("at the invitation of the President of the Senate, Pierre Aubry, and others",
         "President of the Senate"),
        ("He met the Speaker of the House of Commons, Pierre Aubry, on Monday.",
         "Speaker of the House of Commons"),
        ("He met the Speaker of the House, Pierre Aubry, on Monday.", "Speaker of the House"),
        ("The President of the Chamber, Pierre Aubry, said the vote would go ahead.",
         "President of the Chamber"),
    ],
)  # fmt: skip
def test_a_chamber_closes_a_title_before_a_name(sentence: str, role: str) -> None:
    assert _get(_b(sentence), "Pierre Aubry").role == role


# A common noun ("Action", "Development", "Security") closes a capitalised portfolio: it is no given name.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("They include Federal Minister for Economic Affairs and Climate Action Rolf Haber and others.",
         "Federal Minister for Economic Affairs and Climate Action"),
        ("Minister for International Development Rolf Haber will attend.",
         "Minister for International Development"),
        ("Minister for Climate Action Rolf Haber will attend.", "Minister for Climate Action"),
        ("Minister of Public Security Rolf Haber said it was calm.", "Minister of Public Security"),
    ],
)  # fmt: skip
def test_a_common_noun_closes_a_portfolio(sentence: str, role: str) -> None:
    b = _b(sentence)
    assert _get(b, "Rolf Haber").role == role


# A spouse ("Mrs A B", "Madame A B", "his wife, A B") shares the country of the one person of known country
# with the same family name.
@pytest.mark.parametrize(
    ("sentence", "spouse"),
    [
        ("Mrs. TAKEDA Yumi will accompany the Prime Minister.", "Takeda Yumi"),
        ("Madame Yumi Takeda will accompany him.", "Yumi Takeda"),
        ("He will be accompanied by his wife, Yumi Takeda.", "Yumi Takeda"),
        ("At the invitation of the Prime Minister and Mrs Yumi Takeda, the guests will dine there.",
         "Yumi Takeda"),
    ],
)  # fmt: skip
def test_a_spouse_shares_the_partners_country(sentence: str, spouse: str) -> None:
    b = _b(
        "Japanese Prime Minister Takeda Goro will visit Canada from April 8 to 10 at the invitation of Prime "
        f"Minister Lionel Boucher.\n\n{sentence}"
    )
    assert _get(b, spouse).country == "Japan"


# "President and First Lady Doe" names a couple: neither person takes the joined title.
@pytest.mark.parametrize(
    "phrase",
    [
        "a State Dinner hosted by President and First Lady Harlan",
        "a dinner with President and Mrs. Harlan",
        "a lunch hosted by the President and the First Lady Harlan",
        "a reception given by President and Madame Harlan",
    ],
)
def test_a_couple_takes_no_joined_title(phrase: str) -> None:
    b = _b(
        "President Ross Harlan will welcome the Prime Minister to the White House on Tuesday, with "
        f"First Lady Dr. Mae Harlan.\n\nThe schedule includes {phrase}."
    )
    assert _get(b, "Ross Harlan").role == "President"
    assert _get(b, "Mae Harlan").role == "First Lady"


# Of the countries named beside a person, one that a ministry's name gives ("the Xish Department of Foreign
# Affairs") counts, and "according to" names a source, not a place someone goes to.
@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Philippine Department of Foreign Affairs, Foreign Affairs Secretary Rafael Cruz "
        "and Vietnamese Foreign Minister Le Van Minh will sign two agreements.",
        "Citing the Philippine Department of Foreign Affairs, officials said Foreign Affairs Secretary "
        "Rafael Cruz and Vietnamese Foreign Minister Le Van Minh will sign two agreements.",
        "The Philippine Department of Foreign Affairs said Foreign Affairs Secretary Rafael Cruz and "
        "Vietnamese Foreign Minister Le Van Minh will sign two agreements.",
        "Foreign Affairs Secretary Rafael Cruz and Vietnamese Foreign Minister Le Van Minh will sign two "
        "agreements, according to the Philippine Department of Foreign Affairs.",
    ],
)
def test_a_ministrys_country_beside_a_person_can_be_theirs(sentence: str) -> None:
    b = _b(
        "Ministry of Foreign Affairs of Vietnam\n\nPresident Tran Van Long will host President Jose Ramos of "
        f"the Philippines for a state visit to Vietnam on 29-30 January.\n\n{sentence}"
    )
    assert _get(b, "Rafael Cruz").country == "Philippines"


# An organisation's body before a lower-case title ("Xland Union Commission chairperson A") is part of the
# title, and the person is that organisation's.
@pytest.mark.parametrize(
    ("sentence", "role", "country"),
    [
        ("Leaders will attend together with African Union Commission chairperson Amadou Sall.",
         "African Union Commission chairperson", "African Union"),
        ("He met European Commission spokesperson Amadou Sall on Monday.",
         "European Commission spokesperson", "European Union"),
        ("African Union Commission deputy chairperson Amadou Sall said the talks went well.",
         "African Union Commission deputy chairperson", "African Union"),
        ("The talks were opened by European Commission president Amadou Sall.",
         "European Commission president", "European Union"),
    ],
)  # fmt: skip
def test_an_organisations_body_before_a_lower_case_title(sentence: str, role: str, country: str) -> None:
    sall = _get(_b(sentence), "Amadou Sall")
    assert (sall.role, sall.country) == (role, country)


# "Title for/of <place or body>, A B,": the place or body closes the title and the name follows the comma.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Kenya's ambassador-at-large for Asia and BRICS, Amadou Sall, said 22 had applied.",
         "ambassador-at-large for Asia and BRICS"),
        ("The special envoy for the Sahel, Amadou Sall, said 22 had applied.", "special envoy for the Sahel"),
        ("The head of Interpol, Amadou Sall, said 22 had applied.", "head of Interpol"),
        ("Ambassador-at-large for Asia Amadou Sall said 22 had applied.", "Ambassador-at-large for Asia"),
    ],
)  # fmt: skip
def test_a_title_for_a_place_then_a_comma_and_the_name(sentence: str, role: str) -> None:
    assert _get(_b(sentence), "Amadou Sall").role == role


# ", with <title> A attending": A goes with the clause's subject and shares the subject's country.
@pytest.mark.parametrize(
    "tail",
    [
        "with Foreign Minister Ivan Sorel attending in person",
        "with Foreign Minister Ivan Sorel in attendance",
        "with his Foreign Minister Ivan Sorel representing him in Pretoria",
        "with Foreign Minister Ivan Sorel also travelling to Pretoria",
    ],
)
def test_a_minister_attending_with_a_leader_shares_the_leaders_country(tail: str) -> None:
    b = _b(
        "JOHANNESBURG, Aug 20 (Wire) - Leaders will gather in Johannesburg on Tuesday for the summit.\n\n"
        "Russian President Pavel Orlin, who faces an arrest warrant over the deportation of children, will "
        f"take part by video link, {tail}."
    )
    assert _get(b, "Ivan Sorel").country == "Russia"


# A person named as the meeting's "host" ("will join host A") is of the meeting's host country.
@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese President Li Wen and Indian Prime Minister Raj Mehta will join host Thabo Nkosi for talks.",
        "The leaders will hold talks with their host, Thabo Nkosi, on Wednesday.",
        "Chinese President Li Wen thanked host Thabo Nkosi for the welcome.",
        "Summit host Thabo Nkosi said the bloc would expand.",
    ],
)
def test_the_host_of_a_meeting_is_of_the_host_country(sentence: str) -> None:
    b = _b(
        "Leaders gather in Johannesburg for the summit\n\nJOHANNESBURG, Aug 20 (Wire) - The summit opens in "
        f"Johannesburg on Tuesday at the Sandton Convention Centre.\n\n{sentence}"
    )
    assert _get(b, "Thabo Nkosi").country == "South Africa"


# A singular office with no country nearby ("Prime Minister A") goes to the one country of the text that can
# have it and whose holder the text does not already name.
@pytest.mark.parametrize(
    "tail",
    [
        "She did not say whether a meeting with Prime Minister Colin Hart had been scheduled.",
        "A call on Prime Minister Colin Hart is also possible, she said.",
        "Prime Minister Colin Hart is expected to receive him, officials said.",
        "It was unclear whether he would see Prime Minister Colin Hart.",
    ],
)
def test_a_singular_office_goes_to_the_one_country_without_a_holder(tail: str) -> None:
    b = _b(
        "Foreign Ministry Spokesperson Announces Wang Lei's Visits to New Zealand and Australia\n\n"
        "Foreign Ministry Spokesperson Mao Lin announced that Chinese Foreign Minister Wang Lei will visit "
        "New Zealand and Australia from March 17 to 21. In Wellington he will call on New Zealand Prime "
        "Minister Rhys Tane.\n\n"
        "Turning to Australia, she said the visit would be the first in seven years.\n\n"
        f"Asked by an Agence France-Presse reporter about the agenda, Mao Lin said it was broad. {tail}"
    )
    assert _get(b, "Colin Hart").country == "Australia"


# A party body's initials in brackets stay inside a long title.
@pytest.mark.parametrize(
    "title",
    [
        "Member of the Political Bureau of the Communist Party of Xland (CPX) Central Committee and "
        "Foreign Minister",
        "Member of the Political Bureau of the Workers' Party of Xland (WPX) Central Committee and "
        "Foreign Minister",
        "Member of the Standing Committee of the Political Bureau of the Communist Party of Xland (CPX) "
        "Central Committee",
        "Member of the Communist Party of Xland (CPX) Central Committee and Foreign Minister",
    ],
)
def test_a_partys_initials_in_brackets_stay_in_the_title(title: str) -> None:
    b = _b(f"BEIJING, March 6 (Wire) -- {title} Zhao Ming will visit Laos from March 9 to 14, it said.")
    assert _get(b, "Zhao Ming").role == title


# A rank's grade word ("Senior Colonel") is no name word, and the title before the comma is the role.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("China's defence ministry spokesperson, Senior Colonel Wu Lin, said China was willing.",
         "defence ministry spokesperson"),
        ("The defence ministry spokesperson, Senior Colonel Wu Lin, said China was willing.",
         "defence ministry spokesperson"),
        ("China's defence ministry spokesperson Senior Colonel Wu Lin said China was willing.",
         "defence ministry spokesperson"),
        ("The navy's spokesman, Senior Captain Wu Lin, said the drills were routine.", "spokesman"),
    ],
)  # fmt: skip
def test_a_ranks_grade_word_is_no_name(sentence: str, role: str) -> None:
    b = _b(sentence)
    assert "Wu Lin" in _names(b)
    assert _get(b, "Wu Lin").role == role


# Lower-case news titles: a party's critic, the Opposition's spokesman, an institute's research fellow.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Conservative defence critic Ruth Mayer has accused the government of delay.",
         "Conservative defence critic"),
        ("The Opposition's defence spokesman, Ruth Mayer, said the talks were welcome.",
         "Opposition's defence spokesman"),
        ("Harbour Institute research fellow Ruth Mayer said the timing was deliberate.", "research fellow"),
        ("Opposition foreign affairs critic Ruth Mayer said the plan lacked detail.",
         "Opposition foreign affairs critic"),
    ],
)  # fmt: skip
def test_lower_case_news_titles(sentence: str, role: str) -> None:
    assert _get(_b(sentence), "Ruth Mayer").role == role



def test_a_country_named_once_in_passing_takes_no_free_office() -> None:
    b = _b(
        "Prime Minister TANAKA Jiro will visit the United States from April 8 to 14 at the invitation of "
        "President Ross Harlan. It is the first such visit since Prime Minister ONO Ken's visit in 2015.\n\n"
        "The leaders will discuss regional situations, including North Korea, China and Ukraine."
    )
    assert _get(b, "Ono Ken").country != "Ukraine"


def test_a_partys_possessive_is_no_part_of_the_title() -> None:
    b = _b("Labour's foreign affairs spokesperson, Priya Rama, said the trip was overdue.")
    assert _get(b, "Priya Rama").role == "foreign affairs spokesperson"


# A newspaper's name ("Xland Daily", "the Harbour Gazette") is no person, whatever verb follows it.
@pytest.mark.parametrize(
    "sentence",
    [
        "At the press conference, a reporter from China Daily asked about the visits.",
        "A reporter from the Harbour Gazette asked about the visits.",
        "Coast Tribune reported that the talks went well.",
        "Asked by Harbour Daily about the visit, the spokesperson declined to comment.",
    ],
)
def test_a_newspaper_is_no_person(sentence: str) -> None:
    assert _names(_b(sentence)) == set()


# "Government spokesperson A": the government is part of the spokesperson's title.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Government spokesperson Dirk Wendt said at the press conference on Friday that talks matter.",
         "Government spokesperson"),
        ("The Federal Government spokesperson Dirk Wendt said talks matter.",
         "Federal Government spokesperson"),
        ("Talks matter, Government spokesman Dirk Wendt said.", "Government spokesman"),
        ("Deputy Government spokeswoman Dirk Wendt said talks matter.", "Deputy Government spokeswoman"),
    ],
)  # fmt: skip
def test_a_government_spokesperson(sentence: str, role: str) -> None:
    assert _get(_b(sentence), "Dirk Wendt").role == role


# "Title of X at the <Name> Ministry, A,": the ministry closes the title, and A is a government's official
# (of the dateline's country), not the organisation's the portfolio names.
@pytest.mark.parametrize(
    "title",
    [
        "Director General of ASEAN Cooperation at the Foreign Affairs Ministry",
        "Director General of ASEAN Cooperation at the Ministry of Foreign Affairs",
        "Director of ASEAN Political Cooperation at the Foreign Ministry",
        "Head of ASEAN Affairs at the Foreign Affairs Department",
    ],
)
def test_a_ministrys_official_whose_portfolio_names_an_organisation(title: str) -> None:
    b = _b(
        "Jakarta (Wire) - Indonesia will host the ASEAN Foreign Ministers' Meeting in Jakarta from July 11 "
        f"to 14.\n\n{title}, Rudi Hartono, said the meetings would be attended by many ministers."
    )
    rudi = _get(b, "Rudi Hartono")
    assert (rudi.role, rudi.country) == (title, "Indonesia")


# "A/An <title> from/at/with <workplace>, A B,": a lower-case title, its workplace, then the name; an
# academic's country is not guessed.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("An international relations lecturer from Universitas Harapan, Dewi Lestar, said the meeting would "
         "test Indonesia.", "international relations lecturer"),
        ("A senior analyst at the Harbour Institute, Dewi Lestar, said the meeting would test Indonesia.",
         "senior analyst"),
        ("A security expert with the Institute for Policy Studies, Dewi Lestar, said it would test us.",
         "security expert"),
        ("A maritime law expert from the University of Harapan, Dewi Lestar, said it would test Indonesia.",
         "maritime law expert"),
    ],
)  # fmt: skip
def test_a_title_and_workplace_before_a_name_set_off_by_commas(sentence: str, role: str) -> None:
    b = _b(f"Jakarta (Wire) - Indonesia will host the meeting in Jakarta on Monday.\n\n{sentence}")
    dewi = _get(b, "Dewi Lestar")
    assert (dewi.role, dewi.country) == (role, None)


# ", a (senior) lecturer in <field> at <university>,": an academic post with its field.
@pytest.mark.parametrize(
    ("appos", "role"),
    [
        (", a senior lecturer in Pacific security at Harbour University,",
         "senior lecturer in Pacific security"),
        (", a lecturer in international law at Harbour University,", "lecturer in international law"),
        (", a principal lecturer in politics at Harbour University,", "principal lecturer in politics"),
        (", a professor of strategic studies at Harbour University,", "professor of strategic studies"),
    ],
)  # fmt: skip
def test_an_academic_post_with_its_field(appos: str, role: str) -> None:
    b = _b(f"Dr Tia Marsh{appos} said the itinerary reflected a deliberate balance.")
    assert _get(b, "Tia Marsh").role.startswith(role)  # type: ignore[union-attr]


# "Another analyst, A B of X, said": a person noun, then a bare name set off by a comma, is a person.
@pytest.mark.parametrize(
    "sentence",
    [
        "Another analyst, Carla Ibanez of the think tank Harbour Research, said concerns would shape talks.",
        "One economist, Carla Ibanez, said concerns would shape the talks.",
        "Another expert, Carla Ibanez from Harbour University, said concerns would shape the talks.",
        "A third scholar, Carla Ibanez at Harbour University, warned that concerns would shape the talks.",
    ],
)
def test_a_person_noun_then_a_name_after_a_comma(sentence: str) -> None:
    assert "Carla Ibanez" in _names(_b(sentence))


def test_a_person_noun_before_a_place_makes_no_person() -> None:
    assert _names(_b("For one analyst, Kuala Lumpur, not Jakarta, was the better venue.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The minister will meet Minister for Finance Clarence Obodo. She will also give a speech.",
        "The minister will meet Deputy Prime Minister and Minister for Trade Florence Adeyemi in Lagos.",
        "Talks with Minister for Science Terrence Holm are planned.",
    ],
)
def test_a_given_name_that_ends_like_a_noun_is_no_portfolio_word(text: str) -> None:
    b = _b(text)
    names = [p.name for p in b.people]
    assert any(n.split()[0] in ("Clarence", "Florence", "Terrence") for n in names), names
    assert not any(p.role and p.role.split()[-1] in ("Clarence", "Florence", "Terrence") for p in b.people)


@pytest.mark.parametrize(
    "text",
    [
        "HANOI, May 2 -- President of the Socialist Republic of Vietnam Tran Van Binh will visit Lisbon.",
        "President of the Republic of Moldova Tran Van Binh will visit Lisbon on May 4.",
    ],
)
def test_a_country_inside_a_title_ends_it_before_a_three_word_name(text: str) -> None:
    b = _b(text)
    assert "Tran Van Binh" in [p.name for p in b.people]
