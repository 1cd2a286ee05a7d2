"""Round 26 (roles): a person's role and an expert's country as the text gives them: a verb after a modal is
no title, a counterpart's office over a bare rank or a bare "Minister", a bare title's holder owning "his
counterpart", an office "in Command of" a service, a scholar's field before the workplace, a plural office
read respectively, a spokesperson's function over their grade, a "Shadow" minister, and a workplace named
again by its kind or set in a "where" clause."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    b = extract(text, source="t", published=None, today=date(2031, 3, 1))
    return {p.name: (p.role, p.country) for p in b.people}


def test_verb_after_modal_is_no_title() -> None:
    text = (
        "Assistant Secretary Jonah Whitley will lead the U.S. delegation and co-chair the Commission with "
        "Ghana's Minister of Foreign Affairs, Amb. Efua Asante-Boakye, on March 9-10."
    )
    assert _people(text)["Efua Asante-Boakye"] == ("Minister of Foreign Affairs", "Ghana")


def test_modal_before_a_real_title_noun_keeps_it() -> None:
    # near miss: "lead" as a title's modifier, with no modal before it
    text = "The talks were opened by lead negotiator Marta Lindqvist on Monday in Oslo."
    assert _people(text)["Marta Lindqvist"][0] == "lead negotiator"


def test_counterpart_with_a_written_out_rank_holds_the_office() -> None:
    text = (
        "Defence Minister Hamish Calloway will host his Malaysian counterpart, Lieutenant General (ret.) "
        "Razak Ismail, in Canberra on Friday."
    )
    assert _people(text)["Razak Ismail"][0] == "Defence Minister"


def test_counterpart_with_an_abbreviated_rank_keeps_none() -> None:
    # near miss: an abbreviated rank before the name, as before, gives the counterpart no office
    text = (
        "Gen. Park Jin-ho, chairman of the Joint Chiefs of Staff, and his U.S. counterpart, "
        "Gen. Ellis Brandt, will hold the Military Committee Meeting in Seoul on Monday."
    )
    assert _people(text)["Ellis Brandt"][0] is None


def test_bare_minister_shortens_the_counterpart_office() -> None:
    text = (
        "Foreign Minister Aroha Tane will travel to Hanoi next week. She will hold talks with her Vietnamese "
        "counterpart Tran Van Long on Wednesday. Minister Tran visited Wellington last year."
    )
    assert _people(text)["Tran Van Long"][0] == "Foreign Minister"


def test_bare_title_subject_owns_his_counterpart() -> None:
    text = (
        "Defence Minister Rangi Morehu will travel to Singapore tomorrow for the Shangri-La Dialogue. "
        "While in Singapore, the Minister will hold bilateral meetings with his Canadian counterpart "
        "Luc Fortier."
    )
    assert _people(text)["Luc Fortier"][0] == "Defence Minister"


def test_officer_in_command_of_a_navy() -> None:
    text = (
        "The Minister will tour the shipyard with Vice Adm. Ramon T. Aquino, Flag Officer in Command of the "
        "Philippine Navy, on Tuesday."
    )
    assert _people(text)["Ramon T. Aquino"][0] == "Flag Officer in Command of the Philippine Navy"


def test_scholar_field_before_workplace_opening_a_sentence() -> None:
    text = (
        "Senior lecturer in strategic studies at Universiti Teknologi Malaysia, Dr Siti Aminah Rahman, "
        "said the talks would set the tone for the year."
    )
    assert _people(text)["Siti Aminah Rahman"] == ("Senior lecturer in strategic studies", "Malaysia")


def test_plural_office_read_respectively() -> None:
    text = (
        "The Spanish, Italian and Greek defence ministers will meet in Valletta on Friday. "
        "Lucía Herrera Gil, Matteo Ferraro and Nikos Papadakis will hold their talks at the Grandmaster's "
        "Palace, the Maltese government said.\n\n"
        '"We are ready to act together," Ferraro told reporters. Papadakis said the talks would be long.'
    )
    people = _people(text)
    assert people["Matteo Ferraro"] == ("Defence Minister", "Italy")
    assert people["Nikos Papadakis"] == ("Defence Minister", "Greece")


def test_plural_office_with_a_different_count_assigns_nothing() -> None:
    # near miss: three states, two names: no respective reading
    text = (
        "The Spanish, Italian and Greek defence ministers will meet in Valletta on Friday. "
        "Matteo Ferraro and Nikos Papadakis will hold a bilateral meeting first.\n\n"
        '"We are ready to act together," Ferraro told reporters. Papadakis said the talks would be long.'
    )
    people = _people(text)
    assert people.get("Matteo Ferraro", (None, None))[0] is None


def test_spokesperson_function_over_grade() -> None:
    text = "The DFA spokesperson, Director Teresa M. Lacsamana, said accreditation closes on 4 March."
    assert _people(text)["Teresa M. Lacsamana"][0] == "DFA spokesperson"


def test_spokesman_with_an_office_keeps_the_office() -> None:
    # near miss: a title with a portfolio after the comma is the office itself
    text = "The spokesman, Chief Cabinet Secretary Hiroshi Tanabe, said the talks would go ahead."
    assert _people(text)["Hiroshi Tanabe"][0] == "Chief Cabinet Secretary"


def test_shadow_minister_opening_a_sentence() -> None:
    text = "Shadow foreign minister Gemma Hartigan said the Opposition supported the talks."
    assert _people(text)["Gemma Hartigan"][0] == "Shadow foreign minister"


def test_workplace_named_again_by_its_kind() -> None:
    text = (
        "On Thursday I will speak at the Centre for Maritime Studies in Manila, followed by a panel "
        "moderated by Dr Liza Ocampo, a senior researcher at the Centre."
    )
    assert _people(text)["Liza Ocampo"][1] == "Philippines"


def test_workplace_of_a_where_clause() -> None:
    text = (
        "The minister will attend a roundtable hosted by the Japan Institute of Maritime Affairs, where Dr. "
        "Kenta Moriyama, a senior research fellow, will present on sea lanes."
    )
    assert _people(text)["Kenta Moriyama"] == ("senior research fellow", "Japan")


def test_fellow_at_a_fund_in_a_city() -> None:
    text = (
        '"The alliance must adapt," said Tobias Lenz, a senior fellow at the Atlantic Policy Fund in Berlin.'
    )
    assert _people(text)["Tobias Lenz"][1] == "Germany"


def test_workplace_name_joined_by_an_en_dash() -> None:
    text = (
        "Rachel Koh, a maritime security researcher at the Straits–Tan Kah Kee Institute in Singapore, said "
        "the visit would be closely watched."
    )
    assert _people(text)["Rachel Koh"][1] == "Singapore"


def test_workplace_with_no_kind_right_after_the_expert_noun() -> None:
    text = (
        "Camille Renaud, a Sahel specialist at Lumière Politique in Lyon, said the summit would test the "
        "new partnership."
    )
    assert _people(text)["Camille Renaud"][1] == "France"


def test_field_of_study_is_no_workplace() -> None:
    # near miss: "of Xish studies" right after the noun names a field, not a workplace with a place
    text = "Dana Okoro, a professor of Japanese studies, said the visit would reassure officials."
    assert _people(text)["Dana Okoro"][1] is None


def test_unnamed_spokeswoman_then_the_named_speaker() -> None:
    text = (
        "VIENNA (APA) - Austria will host the Danube security talks next week.\n\n"
        "According to the deputy government spokeswoman, the talks were first planned for the spring.\n\n"
        "The talks will open on Monday, Lena Grabner-Wolf told reporters at the government press conference."
    )
    assert _people(text)["Lena Grabner-Wolf"][0] == "deputy government spokeswoman"


def test_named_subject_then_the_prime_minister() -> None:
    text = (
        "Gareth Pennant will sign a defence pact with Norway in Oslo on Thursday.\n\n"
        "The prime minister will be joined by the defence secretary, Owen Tudor, for the talks."
    )
    assert _people(text)["Gareth Pennant"][0] == "prime minister"


def test_definite_title_held_by_a_named_person_assigns_nothing() -> None:
    # near miss: the text names the spokesman with his title, so the bare title is his
    text = (
        "Foreign Ministry spokesman Arash Tehrani said the talks would open on Tuesday.\n\n"
        "The spokesman said the delegation would be led by the deputy minister. "
        "Reza Karimi said the agenda was ready."
    )
    assert _people(text).get("Reza Karimi", (None, None))[0] is None


def test_pronoun_subject_owns_her_counterpart() -> None:
    text = (
        "In Rome on 7 May, Foreign Minister Hana Novak will attend the ministerial session. "
        "She will also hold a meeting with NATO Secretary General Pieter Aalst, "
        "and meet her Italian counterpart Marco Bellini to discuss energy cooperation."
    )
    assert _people(text)["Marco Bellini"][0] == "Foreign Minister"
