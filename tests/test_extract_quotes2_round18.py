"""Quote speakers, round 18 (quotes2, by category over all sets): a bare family name two officials share
keeps meaning the one introduced first; "he said" looks back past his own reported sentences to a closing
", said A"; "the Xish envoy added" re-describes the speaker just quoted; a one-word quote straight before a
noun is a term, and so is a Title Case theme in a sentence with "said"; an unquoted statement after a
paragraph closing "He said:" counts even when that paragraph quoted earlier words; a short whole quoted
sentence after a quote of its paragraph is speech; an abbreviated title ("the Prime CS") means the holder
whose role its initials spell; a transcript answer's unlabelled paragraphs before the next turn are the
answerer's."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _speaker_of(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    assert hits, [q.text for q in b.quotes]
    return hits[0]


def test_corpus_wording_family_name_means_the_first_introduced() -> None:
    b = _b(
        "Defence Minister Rajnath Singh will travel to Qingdao to attend the SCO Defence Ministers' Meeting "
        "on June 25.\n\n"
        "Mr. Singh is expected to hold bilateral meetings on the margins of the conclave.\n\n"
        "Defence Secretary Rajesh Kumar Singh will be part of the delegation.\n\n"
        'In a post on X on Monday evening, Mr. Singh wrote: "Looking forward to exchanging views with my '
        'counterparts on regional peace and security."'
    )
    assert _speaker_of(b, "Looking forward") == "Rajnath Singh"


def test_paraphrase_a_leader_named_in_background() -> None:
    b = _b(
        "First Vice Foreign Minister Park Min-soo hosted Deputy Secretary of State Laura Fenwick for talks "
        "in Seoul on Wednesday.\n\n"
        "The meeting came a day after the North fired missiles. North Korean leader Park Il-nam "
        "inspected the launch, state media said.\n\n"
        '"These provocations only deepen its isolation. We will respond together," Park told reporters '
        "after the talks."
    )
    assert _speaker_of(b, "These provocations") == "Park Min-soo"


def test_paraphrase_two_ministers_of_one_family_name() -> None:
    b = _b(
        "Foreign Minister Ana Ferreira will visit Lisbon on Monday for talks with her Spanish counterpart "
        "Jorge Salas.\n\n"
        "Ms. Ferreira will be accompanied by Deputy Minister Paulo Ferreira.\n\n"
        '"We have a full agenda and a shared sense of urgency," Ms. Ferreira said.'
    )
    assert _speaker_of(b, "We have a full agenda") == "Ana Ferreira"


def test_paraphrase_secretary_introduced_after_a_general() -> None:
    b = _b(
        "General Thomas Okafor will meet Nigerian defence chiefs in Abuja on Tuesday.\n\n"
        "The delegation also includes Permanent Secretary Ruth Okafor.\n\n"
        '"Our cooperation on maritime security is deepening every year," Okafor said.'
    )
    assert _speaker_of(b, "Our cooperation") == "Thomas Okafor"


def test_negative_a_title_still_picks_the_later_namesake() -> None:
    b = _b(
        "Defence Minister Rajan Mehta will travel to Tokyo on Monday.\n\n"
        "Defence Secretary Arun Mehta will be part of the delegation.\n\n"
        '"The groundwork is done," Defence Secretary Mehta said.'
    )
    assert _speaker_of(b, "The groundwork is done") == "Arun Mehta"


def test_corpus_wording_he_goes_back_past_his_own_reported_sentence() -> None:
    b = _b(
        "KUALA LUMPUR, Jan 15 (Bernama) -- Malaysia will host the ASEAN Foreign Ministers' Meeting Retreat "
        "in Langkawi from Jan 18 to 19, said Foreign Minister Datuk Seri Mohamad Hasan.\n\n"
        "He said the two-day retreat would be attended by all ASEAN foreign ministers as well as ASEAN "
        "Secretary-General Dr Kao Kim Hourn.\n\n"
        '"This retreat is where we set the direction for the whole year," he told reporters here today.'
    )
    assert _speaker_of(b, "This retreat") == "Mohamad Hasan"


def test_paraphrase_she_after_a_closing_said() -> None:
    b = _b(
        "Chile will host the Pacific Alliance ministerial in Valparaiso next week, said Foreign Minister "
        "Carla Mendez.\n\n"
        "She said the meeting would also be attended by Trade Commissioner Luis Ortega.\n\n"
        '"We want decisions, not declarations," she told reporters.'
    )
    assert _speaker_of(b, "We want decisions") == "Carla Mendez"


def test_paraphrase_says_and_two_reported_sentences() -> None:
    b = _b(
        "Norway will send a frigate to the exercise, says Defence Minister Erik Lund.\n\n"
        "He said Admiral Jonas Berg would lead the task group.\n\n"
        '"This is a long-planned deployment," he said.'
    )
    assert _speaker_of(b, "This is a long-planned") == "Erik Lund"


def test_paraphrase_he_added_after_closing_said() -> None:
    b = _b(
        "Kenya will co-chair the session in Nairobi on Monday, said Cabinet Secretary Peter Mwangi.\n\n"
        "He said the talks would include Ugandan envoy Grace Akello.\n\n"
        '"We expect concrete outcomes," he added.'
    )
    assert _speaker_of(b, "We expect concrete") == "Peter Mwangi"


def test_negative_a_new_subject_between_keeps_the_new_subject() -> None:
    b = _b(
        "Chile will host the ministerial next week, said Foreign Minister Carla Mendez.\n\n"
        "Trade Commissioner Luis Ortega will chair the trade session.\n\n"
        '"We want decisions, not declarations," he told reporters.'
    )
    assert _speaker_of(b, "We want decisions") == "Luis Ortega"


def test_corpus_wording_the_xish_envoy_added_is_the_last_speaker() -> None:
    b = _b(
        "Chinese special envoy Qiu Xiaoqi held talks with Foreign Minister Mauro Vieira in Brasilia on "
        "Monday.\n\n"
        '"China and Brazil are both victims of unilateral tariffs," Qiu told reporters after the meeting. '
        '"Latin America is not anyone\'s backyard," the Chinese envoy added.'
    )
    assert _speaker_of(b, "Latin America") == "Qiu Xiaoqi"


def test_paraphrase_the_french_diplomat_said() -> None:
    b = _b(
        "French envoy Claire Dubois met Foreign Minister Ahmed Salem in Nouakchott on Tuesday.\n\n"
        '"We came to listen," Dubois told reporters. "The Sahel needs partners, not patrons," the French '
        "diplomat said."
    )
    assert _speaker_of(b, "The Sahel needs") == "Claire Dubois"


def test_paraphrase_the_indian_negotiator_added() -> None:
    b = _b(
        "India's chief negotiator Vikram Rao will meet EU trade officials in Brussels on Friday.\n\n"
        '"The text is nearly done," Rao said. "What remains is political," the Indian negotiator added.'
    )
    assert _speaker_of(b, "What remains") == "Vikram Rao"


def test_paraphrase_the_japanese_minister_in_next_paragraph() -> None:
    b = _b(
        "Japanese Defence Minister Kenji Mori will visit Canberra on Monday.\n\n"
        '"Our partnership is entering a new phase," Mori said.\n\n'
        '"We will sign two agreements," the Japanese minister added.'
    )
    assert _speaker_of(b, "We will sign") == "Kenji Mori"


def test_negative_another_country_is_not_the_last_speaker() -> None:
    b = _b(
        "French envoy Claire Dubois met Foreign Minister Ahmed Salem in Nouakchott on Tuesday.\n\n"
        '"We came to listen," Dubois told reporters. "The Sahel needs partners," the Mauritanian minister '
        "said."
    )
    assert _speaker_of(b, "The Sahel needs") != "Claire Dubois"


def _texts(b: Briefing) -> list[str]:
    return [q.text for q in b.quotes]


def test_corpus_wording_one_word_quotes_before_a_noun_are_terms() -> None:
    b = _b(
        "Park said Seoul would use a G20 session on global governance to call for \"real\" reform of "
        "multilateral development banks.\n\n"
        "Meanwhile, Amirul said Malaysia would push for a more \u201cpeople-centred\u201d ASEAN during its "
        "chairmanship.\n\n"
        "The ministers will meet in Busan on Oct. 14, the ministry said Friday, in the first such \"2+2\" "
        "session in more than a year."
    )
    assert not any(t in ("real", "people-centred", "2+2") for t in _texts(b)), _texts(b)


def test_paraphrase_a_hyphenated_term_before_a_noun() -> None:
    b = _b('Foreign Minister Ana Ruiz said Chile wanted a "rules-based" order in the Pacific.')
    assert "rules-based" not in _texts(b)


def test_paraphrase_a_format_name_before_a_noun() -> None:
    b = _b('Defence Minister Tom Berg said Norway would host the first "3+3" meeting in Oslo next month.')
    assert "3+3" not in _texts(b)


def test_paraphrase_an_adjective_before_an_acronym() -> None:
    b = _b('President Omar Diallo said he wanted a "stronger" ECOWAS that could act on its own.')
    assert "stronger" not in _texts(b)


def test_negative_a_one_word_quote_before_a_conjunction_stays() -> None:
    b = _b('Foreign Minister Ana Ruiz said the talks were "productive" and would continue in Lima.')
    assert "productive" in _texts(b), _texts(b)


def test_corpus_wording_a_theme_in_a_said_sentence_is_a_title() -> None:
    b = _b(
        "Foreign Minister Mohamad Hasan, who will chair the retreat, said the meeting would set the "
        'direction for Malaysia\'s chairmanship year under the theme "Inclusivity and Sustainability".'
    )
    assert "Inclusivity and Sustainability" not in _texts(b), _texts(b)


def test_paraphrase_themed_summit() -> None:
    b = _b('President Ana Ruiz said Chile would host a summit themed "Oceans Without Borders" in May.')
    assert "Oceans Without Borders" not in _texts(b)


def test_paraphrase_titled_report() -> None:
    b = _b('Minister Tom Berg said the ministry would publish a report entitled "Arctic Security Outlook".')
    assert "Arctic Security Outlook" not in _texts(b)


def test_paraphrase_under_the_slogan() -> None:
    b = _b('Secretary Lin Hao told reporters the fair runs under the slogan "Open Seas, Open Trade" again.')
    assert not any(t.startswith("Open Seas") for t in _texts(b)), _texts(b)


def test_negative_a_spoken_sentence_after_themed_words_stays() -> None:
    b = _b(
        'At a forum on security, Minister Tom Berg said: "We are ready to do more for the region and we '
        'will say so in Oslo."'
    )
    assert any(t.startswith("We are ready") for t in _texts(b)), _texts(b)


def test_corpus_wording_he_said_colon_after_a_quoted_sentence() -> None:
    b = _b(
        "Secretary of Foreign Affairs Enrique Manalo will attend the summit in Washington on Thursday.\n\n"
        'The Secretary said the Summit was "not directed against any country." He said:\n\n'
        "The cooperation among our three countries is for the benefit of the whole region. We are working "
        "for peace, stability and prosperity in the Indo-Pacific.\n\n"
        "On the same day, the two presidents will hold a bilateral meeting at the White House."
    )
    assert _speaker_of(b, "The cooperation among") == "Enrique Manalo"


def test_paraphrase_she_added_colon_after_a_quote() -> None:
    b = _b(
        "Foreign Minister Ana Ruiz will visit Canberra on Monday.\n\n"
        'Ruiz called the visit "long overdue." She added:\n\n'
        "Our two countries share an ocean and a future. We intend to act like it.\n\n"
        "The visit ends on Wednesday."
    )
    assert _speaker_of(b, "Our two countries share") == "Ana Ruiz"


def test_paraphrase_named_speaker_colon_after_a_quote() -> None:
    b = _b(
        "Defence Minister Tom Berg will meet his Danish counterpart in Oslo on Friday.\n\n"
        'Officials described the agenda as "ambitious." Berg said:\n\n'
        "We are ready to take on more responsibility in the High North and we will say so.\n\n"
        "The meeting ends on Saturday."
    )
    assert _speaker_of(b, "We are ready to take") == "Tom Berg"


def test_paraphrase_the_minister_stated_colon() -> None:
    b = _b(
        "Minister Lin Hao will travel to Jakarta on Tuesday.\n\n"
        'He called the partnership "a model." The minister stated:\n\n'
        "We have built trust over decades and we will keep building it.\n\n"
        "The visit ends on Thursday."
    )
    assert _speaker_of(b, "We have built trust") == "Lin Hao"


def test_negative_a_quote_in_the_intro_sentence_itself() -> None:
    b = _b(
        "Minister Lin Hao will travel to Jakarta on Tuesday.\n\n"
        'He repeated his "three noes" policy and listed them:\n\n'
        "No alliances, no bases and no blocs in the region at any time.\n\n"
        "The visit ends on Thursday."
    )
    assert not any(t.startswith("No alliances") for t in _texts(b)), _texts(b)


def test_corpus_wording_a_short_whole_sentence_after_the_officials_quote() -> None:
    b = _b(
        "A senior defense official, briefing reporters on condition of anonymity, said the Secretary would "
        "raise recent incidents in each of his meetings.\n\n"
        "\u201cWe see the Dialogue as the one place in the region where everyone is in the same hotel,\u201d "
        "the official said. \u201cThat matters.\u201d"
    )
    assert "That matters." in _texts(b), _texts(b)
    assert _speaker_of(b, "That matters") is None


def test_paraphrase_a_named_speakers_short_sentence() -> None:
    b = _b(
        "Foreign Minister Ana Ruiz will visit Canberra on Monday.\n\n"
        '"We have waited too long for this visit," Ruiz said. "Now we act."'
    )
    assert _speaker_of(b, "Now we act") == "Ana Ruiz"


def test_paraphrase_a_question_after_a_quote() -> None:
    b = _b(
        "Defence Minister Tom Berg will meet his Danish counterpart in Oslo on Friday.\n\n"
        '"The Arctic is changing faster than our plans," Berg said. "Who else will act?"'
    )
    assert _speaker_of(b, "Who else will act") == "Tom Berg"


def test_paraphrase_an_exclamation_after_a_quote() -> None:
    b = _b(
        "Minister Lin Hao will travel to Jakarta on Tuesday.\n\n"
        '"This partnership has delivered for both peoples," Lin said. "Results count!"'
    )
    assert _speaker_of(b, "Results count") == "Lin Hao"


def test_negative_a_short_sentence_opening_its_own_paragraph() -> None:
    b = _b(
        "Minister Lin Hao will travel to Jakarta on Tuesday.\n\n"
        '"This partnership has delivered for both peoples," Lin said.\n\n'
        'The visit\'s theme is "Trust Matters." Officials will brief on Monday.'
    )
    assert not any(t.startswith("Trust Matters") for t in _texts(b)), _texts(b)


_KE = (
    "The Commission was co-chaired by the Prime Cabinet Secretary and Cabinet Secretary for Foreign and "
    "Diaspora Affairs, Hon. Musalia Mudavadi, and the Minister of Foreign Affairs of Ethiopia, "
    "Dr Gedion Timothewos.\n\n"
)


def test_corpus_wording_the_prime_cs_described() -> None:
    b = _b(
        _KE + "Opening the ministerial session, the Prime CS described the two countries as "
        '"anchors of stability in a turbulent neighbourhood".'
    )
    assert _speaker_of(b, "anchors of stability") == "Musalia Mudavadi"


def test_paraphrase_the_ps_said() -> None:
    b = _b(
        "The talks were led by the Principal Secretary for Trade, Ms Amina Ochieng, and Ugandan Minister "
        "of Trade Paul Okello.\n\n"
        '"We have cleared most of the non-tariff barriers on the list," the PS said.'
    )
    assert _speaker_of(b, "We have cleared") == "Amina Ochieng"


def test_paraphrase_the_deputy_fm_described() -> None:
    b = _b(
        "Deputy Foreign Minister Lena Park will host Vice Minister Juan Ortiz in Seoul on Monday.\n\n"
        'In her welcome, the Deputy FM described the visit as "a new chapter for our two countries".'
    )
    assert _speaker_of(b, "a new chapter") == "Lena Park"


def test_paraphrase_the_senior_ps_told_reporters() -> None:
    b = _b(
        "The talks were led by the Senior Principal Secretary Grace Wanjiru and Tanzanian Minister of "
        "Energy Juma Said.\n\n"
        '"The pipeline deal is ready for signature," the Senior PS told reporters.'
    )
    assert _speaker_of(b, "The pipeline deal") == "Grace Wanjiru"


def test_negative_described_by_officials_names_no_one() -> None:
    b = _b(
        "Defence Secretary Callum Reid will host the ministerial in Edinburgh on 2 March.\n\n"
        "Reid will chair sessions on subsea cables and a new rapid-response framework, described by "
        'officials as a plan to put ships on task "within hours, not days".'
    )
    assert _speaker_of(b, "within hours") is None


def _by(b: Briefing, opening: str) -> str | None:
    hits = [q.speaker for q in b.quotes if q.text.startswith(opening)]
    return hits[0] if hits else "missing"


def test_corpus_wording_an_answer_runs_on_to_the_next_turn() -> None:
    b = _b(
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 15, 2024\n\n"
        "AFP: Can you share more details about the visit?\n\n"
        "Mao Ning: In Wellington, Foreign Minister Wang Yi will hold talks with Foreign Minister Winston "
        "Peters.\n\n"
        "China and New Zealand enjoy a time-honored friendship. This year marks the 10th anniversary of the "
        "partnership.\n\n"
        "Bloomberg: Will the two sides discuss trade?\n\n"
        "Mao Ning: The two sides will have an in-depth exchange of views on bilateral relations."
    )
    assert _by(b, "China and New Zealand enjoy") == "Mao Ning"


def test_paraphrase_two_paragraphs_run_on() -> None:
    b = _b(
        "Question: What will the minister discuss in Hanoi?\n\n"
        "Spokesperson Ana Ruiz: The minister will discuss trade and maritime cooperation.\n\n"
        "Both countries have a long history of cooperation. We expect good results.\n\n"
        "We will also sign a memorandum on fisheries.\n\n"
        "Question: Will there be a joint statement?\n\n"
        "Spokesperson Ana Ruiz: Yes, there will be one."
    )
    assert _by(b, "Both countries have") == "Ana Ruiz"
    assert _by(b, "We will also sign") == "Ana Ruiz"


def test_paraphrase_run_on_before_a_media_question() -> None:
    b = _b(
        "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference\n\n"
        "Reuters: Is the visit confirmed?\n\n"
        "Lin Hao: Yes. The minister arrives on Tuesday.\n\n"
        "The visit will deepen our strategic partnership.\n\n"
        "Kyodo: Who else will he meet?\n\n"
        "Lin Hao: I have nothing further to share."
    )
    assert _by(b, "The visit will deepen") == "Lin Hao"


def test_paraphrase_run_on_with_an_embedded_quote() -> None:
    b = _b(
        "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference\n\n"
        "Question: How does China see the relationship?\n\n"
        "Lin Hao: The minister will visit Canberra on Monday.\n\n"
        'As the minister said last year, "A stable relationship serves both peoples." We agree.\n\n'
        "Question: Anything else?\n\n"
        "Lin Hao: No."
    )
    assert _by(b, "As the minister said last year") == "Lin Hao"


def test_negative_closing_lines_after_the_last_answer_are_not_run_on() -> None:
    b = _b(
        "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference\n\n"
        "Question: Is the visit confirmed?\n\n"
        "Lin Hao: Yes. The minister arrives on Tuesday and leaves on Thursday.\n\n"
        "The press conference ended at 4 p.m. and the next one is on Friday."
    )
    assert _by(b, "Yes. The minister arrives") == "Lin Hao"
    assert _by(b, "The press conference ended") == "missing"
