"""Quote speakers and quotes, round 19 (qs19): a style of address standing for its bearer ("His
Excellency said"), a speech participle after the subject's verb ("..., noting that '...'"), "the statement
said" after a named person's statement, a bulleted unnamed speaker, a lower-case description before the
subject's name, abbreviated Philippine titles, a transcript of record's turns, and "he said" inside
someone else's transcript turn."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person

REF = date(2026, 3, 4)


def _b(text: str) -> Briefing:
    return extract(text, today=REF)


def _said(b: Briefing) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:24]) for q in b.quotes]


# -- a style of address as the speaker: "His Excellency said", "HE the Minister affirmed"


def test_his_excellency_said_means_the_minister_the_sentence_before_opens_with() -> None:
    b = _b(
        "Velmora and Ostland open talks\n\n"
        "The talks are co-chaired by HE Minister of Foreign Affairs Karim bin Saud Al-Rashed and "
        "HE Foreign Secretary of Ostland Ms. Petra Lind.\n\n"
        "In his opening statement, HE the Minister of Foreign Affairs welcomed the delegation. "
        '"Velmora regards Ostland as a partner of the first rank in every field," His Excellency said.'
    )
    assert ("Karim bin Saud Al-Rashed", "Velmora regards Ostland ") in _said(b)


def test_his_highness_said_after_his_own_quote_stays_his() -> None:
    b = _b(
        "Velmora and Ostland review ties\n\n"
        "H.H. Sheikh Hamad bin Saeed Al Qasimi, Minister of Foreign Affairs, will receive Foreign Minister "
        "Anil Varkey of Ostland on Monday.\n\n"
        'H.H. Sheikh Hamad bin Saeed Al Qasimi affirmed that the relationship is "a bond of trust".\n\n'
        '"Our two peoples have traded for centuries and our ambition now reaches much further," '
        "His Highness said."
    )
    assert ("Hamad bin Saeed Al Qasimi", "Our two peoples have tra") in _said(b)


def test_her_excellency_said_means_her() -> None:
    b = _b(
        "Ostland minister visits Velmora\n\n"
        "H.E. Ms. Greta Holm, Minister of Foreign Affairs of Ostland, arrived in Velmora on Sunday.\n\n"
        "At the airport, H.E. Ms. Greta Holm greeted the press.\n\n"
        '"We have come to listen and to build a lasting partnership with our neighbours," '
        "Her Excellency said."
    )
    assert ("Greta Holm", "We have come to listen a") in _said(b)


def test_a_plain_he_said_after_an_unresolved_title_is_not_forced_onto_a_style() -> None:
    b = _b(
        "Ostland minister visits Velmora\n\n"
        "Foreign Minister Greta Holm of Ostland will visit Velmora on Sunday.\n\n"
        '"The region needs calm heads and open channels now more than ever," a senior official said.'
    )
    assert (None, "The region needs calm he") in _said(b)


# -- a speech participle after the subject's first verb


def test_telling_reporters_that_names_the_subject() -> None:
    b = _b(
        "Ostland blocks the package\n\n"
        "Ostland's Foreign Minister Ivo Marek has refused to back the package, telling journalists in "
        'the capital that his government "cannot accept any deal that hurts our farmers."'
    )
    assert ("Ivo Marek", "cannot accept any deal t") in _said(b)


def test_noting_that_names_the_subject() -> None:
    b = _b(
        "Talks open in Velmora\n\n"
        "The Minister of Foreign Affairs of Velmora, Hon. Amara Okoye-Bell, opened the session, noting "
        'that "Velmora is proud to welcome its neighbours to the table."'
    )
    assert ("Amara Okoye-Bell", "Velmora is proud to welc") in _said(b)


def test_stressing_that_names_the_subject() -> None:
    b = _b(
        "Talks open in Velmora\n\n"
        "Defence Minister Rolf Sander of Ostland thanked his hosts, stressing that "
        '"no partner of ours will ever stand alone in a crisis."'
    )
    assert ("Rolf Sander", "no partner of ours will ") in _said(b)


def test_a_participle_after_the_quote_names_no_one() -> None:
    b = _b(
        "Talks open in Velmora\n\n"
        "Defence Minister Rolf Sander of Ostland will meet his counterpart.\n\n"
        '"Nobody expects a breakthrough this week, to be honest with you," one diplomat said, noting the '
        "tight schedule."
    )
    assert (None, "Nobody expects a breakth") in _said(b)


def test_a_participle_before_a_term_without_that_names_no_quote() -> None:
    b = _b(
        "Talks open in Velmora\n\n"
        'Defence Minister Rolf Sander of Ostland, arguing for a "coalition of the willing" approach, met his '
        "counterpart on Monday."
    )
    assert _said(b) == []


# -- "the statement said": the named person who issued it


def test_the_statement_said_after_a_press_secretary_said_in_a_statement() -> None:
    b = _b(
        "Ministers to meet in Velmora\n\n"
        "Defense Secretary Alan Porter will host his Ostland counterpart next week, press secretary "
        "Nina Cole said in a statement.\n\n"
        '"The partnership is a pillar of stability, and the secretary looks forward to the talks," '
        "the statement said."
    )
    assert ("Nina Cole", "The partnership is a pil") in _said(b)


def test_the_statement_added_after_in_a_statement_a_said() -> None:
    b = _b(
        "Ministers to meet in Velmora\n\n"
        "In a statement issued on Monday, Foreign Minister Jonas Weir said the talks would cover trade.\n\n"
        '"Our economies are closely bound and must grow together in the decade ahead," the statement added.'
    )
    assert ("Jonas Weir", "Our economies are closel") in _said(b)


def test_the_statement_noted_after_a_written_statement_by_a() -> None:
    b = _b(
        "Ministers to meet in Velmora\n\n"
        "Minister Lena Voss will travel to Velmora on Friday, her spokesman Tomas Ruhl told reporters in a "
        "written statement.\n\n"
        '"The minister will carry a clear message of support to our partners in the region," '
        "the statement noted."
    )
    assert ("Tomas Ruhl", "The minister will carry ") in _said(b)


def test_a_ministry_statement_stays_no_ones() -> None:
    b = _b(
        "Ministers to meet in Velmora\n\n"
        "Foreign Minister Lena Voss will travel to Velmora, the Foreign Ministry said in a statement.\n\n"
        '"The visit will deepen cooperation in trade, energy and maritime security," the statement said.'
    )
    assert (None, "The visit will deepen co") in _said(b)


# -- a bulleted unnamed speaker


def test_a_bulleted_senior_official_stays_unnamed() -> None:
    b = _b(
        "Talks in Velmora\n\n"
        "What they're saying:\n"
        '- Foreign Minister Ada Strand said her country would come "with an open mind and firm goals."\n'
        '- A senior administration official was blunter: "If the attacks go on, every option stays open."'
    )
    assert (None, "If the attacks go on, ev") in _said(b)


def test_a_bulleted_diplomat_put_it_stays_unnamed() -> None:
    b = _b(
        "Talks in Velmora\n\n"
        '- Defence Minister Karl Odin said the drills would go ahead "as planned and in full."\n'
        '- One European diplomat was more direct: "Nobody in the room wants another round of this."'
    )
    assert (None, "Nobody in the room wants") in _said(b)


def test_a_bulleted_adviser_summed_up_stays_unnamed() -> None:
    b = _b(
        "Talks in Velmora\n\n"
        '* Prime Minister Eva Lund said she was "ready to talk at any hour of the day."\n'
        '* An adviser to the delegation summed it up: "We want a channel before things get worse."'
    )
    assert (None, "We want a channel before") in _said(b)


def test_a_bulleted_named_speaker_keeps_the_name() -> None:
    b = _b(
        "Talks in Velmora\n\n"
        '- Prime Minister Eva Lund was blunt: "We want a channel before things get any worse."'
    )
    assert ("Eva Lund", "We want a channel before") in _said(b)


# -- a lower-case description before the subject's name


def test_he_said_after_a_described_analyst_opens_the_sentence() -> None:
    b = _b(
        "Summit opens in Velmora\n\n"
        "For Nadia Rahman, a researcher at the Institute for Security Studies, the stakes are high.\n\n"
        '"The bloc\'s credibility is on the line at this summit," she said.\n\n'
        "Capital-based analyst Tafadzwa Moyo was more sceptical. "
        '"Every summit has ended with the same words about dialogue," he said.'
    )
    assert ("Tafadzwa Moyo", "Every summit has ended w") in _said(b)


def test_she_said_after_a_city_based_researcher_opens_the_sentence() -> None:
    b = _b(
        "Summit opens in Velmora\n\n"
        "For Arin Valk, a lecturer at the Velmora Institute, the summit matters.\n\n"
        '"We have a great deal of work to finish before Friday," he said.\n\n'
        "Lisbon-based researcher Tamsin Oro was more cautious. "
        '"Short summits rarely settle anything of substance," she said.'
    )
    assert ("Tamsin Oro", "Short summits rarely set") in _said(b)


def test_he_said_after_a_veteran_commentator_opens_the_sentence() -> None:
    b = _b(
        "Summit opens in Velmora\n\n"
        "For Keli Sund, a researcher at the Velmora Institute, the summit matters.\n\n"
        '"We have a great deal of work to finish by Friday," she said.\n\n'
        "Veteran security commentator Rumi Dace disagreed. "
        '"The government has promised this before and delivered nothing," he said.'
    )
    assert ("Rumi Dace", "The government has promi") in _said(b)


# -- abbreviated Philippine titles do not end the sentence


def test_asec_before_the_name_keeps_the_attribution() -> None:
    b = _b(
        "Secretary to visit Velmora\n\n"
        "Spokesperson Assistant Secretary Maria Lourdes Santos-Reyes told reporters the Secretary would "
        "brief his counterparts.\n\n"
        '"The Secretary will carry the message that our alliances reinforce each other," '
        "Asec. Santos-Reyes said."
    )
    assert ("Maria Lourdes Santos-Reyes", "The Secretary will carry") in _said(b)


def test_usec_before_the_name_keeps_the_attribution() -> None:
    b = _b(
        "Secretary to visit Velmora\n\n"
        "Undersecretary Carlo Domingo Reyes will lead the delegation to Velmora on Monday.\n\n"
        '"We expect concrete outcomes on maritime cooperation this time," Usec. Reyes said.'
    )
    assert ("Carlo Domingo Reyes", "We expect concrete outco") in _said(b)


def test_atty_before_the_name_keeps_the_attribution() -> None:
    b = _b(
        "Panel to visit Velmora\n\n"
        "The panel is headed by trade lawyer Liza Mendoza-Cruz, a former negotiator.\n\n"
        '"Our exporters deserve a level field in every market we enter," Atty. Mendoza-Cruz said.'
    )
    assert ("Liza Mendoza-Cruz", "Our exporters deserve a ") in _said(b)


# -- a transcript of record: turns labelled in capitals are the record, not quotes


def test_a_briefing_transcript_turns_in_capitals_are_not_quotes() -> None:
    b = _b(
        "Department Press Briefing\n"
        "Thomas Arden, Deputy Spokesperson\n\n"
        "MR ARDEN: Good afternoon, everybody. I have a couple of things at the top today.\n\n"
        "Secretary of State Ruth Kellner will travel to Velmora next week for the ministerial meeting.\n\n"
        "QUESTION: Will the Secretary meet the Ostland foreign minister there?\n\n"
        "MR ARDEN: I don't have anything to announce on that today, but stay tuned."
    )
    assert _said(b) == []


def test_a_radio_transcript_turns_in_capitals_are_not_quotes() -> None:
    b = _b(
        "Defense chief heads to Asia\n\n"
        "DANA HOLT, HOST: The defense secretary leaves for Asia this week.\n\n"
        "HOLT: NPR's Laila Brandt is traveling with the secretary. Laila, what is the trip about?\n\n"
        "BRANDT: Officially it is about alliances. The first stop is Velmora, where he meets the minister."
    )
    assert _said(b) == []


def test_a_press_secretary_turn_with_a_capitalised_family_name_is_no_quote() -> None:
    b = _b(
        "Press Conference by Press Secretary MORI Aiko\n\n"
        "Press Secretary MORI: Good afternoon. I have one announcement today about the visit to Velmora.\n\n"
        "Reporter (SATO Ken, Velmora Daily): Is a meeting with the Ostland minister planned?\n\n"
        "Press Secretary MORI: Nothing has been decided at this point regarding that meeting."
    )
    assert _said(b) == []


def test_a_spokesperson_turn_with_a_plain_name_is_still_a_quote() -> None:
    b = _b(
        "Regular press conference\n\n"
        "Spokesperson Lin Hao held a regular press conference on March 3.\n\n"
        "Lin Hao: At the invitation of the Foreign Minister of Velmora, the Foreign Minister will visit.\n\n"
        "Reuters: What is the focus of this visit?\n\n"
        "Lin Hao: The two sides will exchange views on relations and on issues of common concern."
    )
    assert ("Lin Hao", "At the invitation of the") in _said(b)


# -- "he said" inside a transcript turn is never the one talking


def test_he_said_inside_a_reporters_turn_means_the_official_asked_about() -> None:
    b = _b(
        "Defense chief heads to Asia\n\n"
        "HOLT: Briefly, what does Secretary Mark Hale himself say?\n\n"
        'BRANDT: At a sendoff event at the Pentagon on Friday he said, "The region is the priority '
        'theater, and this trip is about proving it."'
    )
    person(b, "Mark Hale")
    assert ("Mark Hale", "The region is the priori") in _said(b)


def test_she_said_inside_a_spokesmans_turn_means_the_secretary() -> None:
    b = _b(
        "Department Press Briefing\n\n"
        "QUESTION: Will Secretary Ruth Kellner raise the spending target in Velmora?\n\n"
        "MR ARDEN: Look, the Secretary Ruth Kellner has been very clear. She said last week, and I'll quote "
        'her, "Every ally made a promise, and every ally will be asked how they are keeping it."'
    )
    assert ("Ruth Kellner", "Every ally made a promis") in _said(b)


def test_on_friday_he_said_without_a_comma_is_the_pronoun() -> None:
    b = _b(
        "Minister visits Velmora\n\n"
        "Defence Minister Karl Odin of Ostland arrived in Velmora on Thursday.\n\n"
        'At a dinner on Friday he said, "Our two armies have trained side by side for twenty years."'
    )
    assert ("Karl Odin", "Our two armies have trai") in _said(b)


def test_he_said_outside_any_transcript_keeps_the_last_speaker() -> None:
    b = _b(
        "Minister visits Velmora\n\n"
        '"We are ready to sign," Defence Minister Karl Odin said on Thursday. '
        '"The text is final and the date is set," he said.'
    )
    assert ("Karl Odin", "The text is final and th") in _said(b)


# -- a statement set out over paragraphs, only the first opening and the last closing a quote mark


def test_a_statement_whose_middle_paragraph_has_no_mark_runs_on_to_its_closing_paragraph() -> None:
    b = _b(
        "Minister travels to Velmora\n\n"
        "Before leaving, Foreign Minister Jonas Weir issued the following statement:\n\n"
        '"Velmora is a neighbour and a partner. Whoever threatens its border threatens ours too.\n\n'
        "Together with my colleagues we will send a clear message of unity from the capital.\n\n"
        'The war will enter its fifth year tomorrow. We will not let up in our support."'
    )
    said = _said(b)
    assert ("Jonas Weir", "Together with my colleag") in said
    assert ("Jonas Weir", "The war will enter its f") in said


def test_two_markless_middle_paragraphs_run_on() -> None:
    b = _b(
        "Minister travels to Velmora\n\n"
        "Defence Minister Ada Strand said on Monday:\n\n"
        '"Our soldiers are ready. Our partners know they can count on us in every season.\n\n'
        "We have trained together for a decade and we will keep training together.\n\n"
        "The new brigade will be fully ready by the end of the year.\n\n"
        'That is our promise to our allies and to our own citizens."'
    )
    said = _said(b)
    assert ("Ada Strand", "We have trained together") in said
    assert ("Ada Strand", "The new brigade will be ") in said
    assert ("Ada Strand", "That is our promise to o") in said


def test_a_markless_middle_paragraph_with_curly_marks() -> None:
    b = _b(
        "Minister travels to Velmora\n\n"
        "Prime Minister Eva Lund said in her address:\n\n"
        "“We meet at a hard moment for our region and for the wider world.\n\n"
        "Our answer must be unity, patience and a clear sense of purpose in every capital.\n\n"
        "Nothing less will do.”"
    )
    assert ("Eva Lund", "Our answer must be unity") in _said(b)


def test_an_unclosed_quote_before_narrative_paragraphs_does_not_swallow_them() -> None:
    b = _b(
        "Minister travels to Velmora\n\n"
        '"We are ready to sign the agreement this week, Defence Minister Ada Strand said on Monday.\n\n'
        "The agreement covers training and the joint use of ports.\n\n"
        "It was first proposed in 2024."
    )
    texts = [q.text for q in b.quotes]
    assert not any(t.startswith("The agreement covers") for t in texts)


# -- the title of a talk set off after "remarks," / "keynote,"


def test_the_title_of_public_remarks_is_no_quote() -> None:
    b = _b(
        "Minister's programme in Velmora\n\n"
        "3:00 p.m. – Public remarks, \"Holding the Line: Our Northern Border in 2026,\" followed by a "
        "conversation with Defence Minister Ada Strand."
    )
    assert _said(b) == []


def test_the_title_of_a_keynote_is_no_quote() -> None:
    b = _b(
        "Minister's programme in Velmora\n\n"
        'Foreign Minister Jonas Weir will deliver a keynote, "Partners in a Crowded Sea: Velmora and the '
        'World in the Next Decade," at the university on Monday.'
    )
    assert _said(b) == []


def test_the_title_of_an_address_is_no_quote() -> None:
    b = _b(
        "Minister's programme in Velmora\n\n"
        'Prime Minister Eva Lund will give an address, "Trade, Trust and the Long Road Ahead: A Plan for '
        'the Region," to the chamber of commerce.'
    )
    assert _said(b) == []


def test_remarks_then_sentence_case_speech_is_a_quote() -> None:
    b = _b(
        "Minister in Velmora\n\n"
        'Foreign Minister Jonas Weir gave brief remarks, "we are here to listen and to learn from our '
        'partners in the region," he said.'
    )
    assert ("Jonas Weir", "we are here to listen an") in _said(b)


# -- a phrase spoken of, not spoken


def test_the_language_on_a_phrase_is_no_quote() -> None:
    b = _b(
        "Leaders meet in Velmora\n\n"
        "Watch the language on \"regional answers to regional problems\", which every delegation will claim "
        "as its own."
    )
    assert _said(b) == []


def test_the_phrase_is_no_quote() -> None:
    b = _b(
        "Leaders meet in Velmora\n\n"
        "Diplomats say the phrase \"a partnership for the whole of the region\" has lost its meaning over "
        "the years."
    )
    assert _said(b) == []


def test_the_notion_of_is_no_quote() -> None:
    b = _b(
        "Leaders meet in Velmora\n\n"
        "Few in the capital still believe in the notion of \"a neighbourhood without any borders at all\" "
        "these days."
    )
    assert _said(b) == []


def test_a_speaker_on_the_language_still_speaks() -> None:
    b = _b(
        "Leaders meet in Velmora\n\n"
        "Foreign Minister Jonas Weir was asked about the language on security. "
        '"We will not accept anything weaker than last year\'s text," he said.'
    )
    assert ("Jonas Weir", "We will not accept anyth") in _said(b)


# -- "he said" after a sentence opening with a bare title two people hold: the text's own country's holder


def test_he_said_after_the_secretary_of_two_secretaries_means_the_home_one() -> None:
    b = _b(
        "Department Press Briefing\nNora Vance, Deputy Spokesperson\nWashington, DC\nMarch 3, 2026\n\n"
        "Secretary of State Paul Reyes will travel to Brussels to meet NATO Secretary General Lars Holm.\n\n"
        "The Secretary has been very clear on spending. "
        'He said last week, "Every ally made a promise, and every ally will be asked how it is keeping it."'
    )
    assert [w for w, _ in _said(b)] == ["Paul Reyes"]


def test_he_said_after_the_minister_of_two_ministers_means_the_home_one() -> None:
    b = _b(
        "Minister to receive French guest\nEva Lind, Ministry Spokesperson\n"
        "Stockholm, Sweden\nMarch 3, 2026\n\n"
        "Minister of Foreign Affairs Anders Berg will receive Minister of Defence Jean Morel of France in "
        "Stockholm on Monday.\n\n"
        "The Minister has made Baltic security his priority. "
        'He said in May, "Our region cannot afford any gaps in its defences, on land or at sea."'
    )
    assert [w for w, _ in _said(b)] == ["Anders Berg"]


def test_he_said_after_the_secretary_of_a_defense_secretary_and_a_secretary_general() -> None:
    b = _b(
        "Pentagon Press Briefing\nMark Dunn, Press Secretary\nWashington, DC\nMarch 3, 2026\n\n"
        "Secretary of Defense Paul Reyes will host NATO Secretary General Lars Holm at the Pentagon on "
        "Friday.\n\n"
        "The Secretary has been clear about burden sharing. "
        'He said on Tuesday, "Allies who spend less than they promised will hear about it from us."'
    )
    assert [w for w, _ in _said(b)] == ["Paul Reyes"]


def test_he_said_after_a_title_no_one_holds_is_not_forced_onto_a_holder() -> None:
    b = _b(
        "Minister to visit Velmora\n\n"
        "Foreign Minister Anna Berg of Sweden will receive Foreign Minister Jean Morel of France.\n\n"
        "The Ambassador has been clear on the matter. "
        'He said last week, "Nothing will be signed before the summer, whatever the press may say."'
    )
    assert [w for w, _ in _said(b)] != ["Anna Berg"]


# -- "the visiting dignitary said": the one person the text says is visiting


def test_the_visiting_dignitary_said_colon_means_the_visitor() -> None:
    b = _b(
        "Army chief in Velmora\n\n"
        "Chief of General Staff Lieutenant General Arif Rahman of Bangladesh is visiting Pakistan from 8 to "
        "11 September.\n\n"
        "The visiting dignitary later called on Chief of Army Staff General Tariq Awan.\n\n"
        '"Our two armies have much to learn from each other," General Awan remarked.\n\n'
        "The visiting dignitary said: Bangladesh values the professionalism of the Pakistan Army and looks "
        "forward to more training exchanges."
    )
    assert [w for w, _ in _said(b)] == ["Tariq Awan", "Arif Rahman"]


def test_the_visiting_minister_said_means_the_one_who_arrived() -> None:
    b = _b(
        "Talks in Helsinki\n\n"
        "Foreign Minister Jonas Weir of Norway arrived in Helsinki on Monday, where Foreign Minister "
        "Ada Strand of Finland received him.\n\n"
        '"We are ready to sign the agreement this week," the visiting minister said.'
    )
    assert [w for w, _ in _said(b)] == ["Jonas Weir"]


def test_the_visiting_guest_said_means_the_one_on_a_visit() -> None:
    b = _b(
        "Talks in Helsinki\n\n"
        "President Maria Costa of Portugal, who met Prime Minister Mikko Aalto of Finland on Tuesday, is on "
        "a three-day state visit to Finland.\n\n"
        '"Our two nations share more than geography suggests," the visiting guest said.'
    )
    assert [w for w, _ in _said(b)] == ["Maria Costa"]


def test_the_visiting_minister_of_two_visitors_is_no_one() -> None:
    b = _b(
        "Talks in Helsinki\n\n"
        "Foreign Minister Jonas Weir of Norway arrived in Helsinki on Monday. Foreign Minister Karl Berg of "
        "Sweden arrived in Helsinki on Tuesday.\n\n"
        '"We are ready to sign the agreement this week," the visiting minister said.'
    )
    assert [w for w, _ in _said(b)] == [None]
