"""Round 20 (names, third pass): portfolio words and command names read as no person."""

from __future__ import annotations

import datetime as dt

from briefings.extract import extract

TODAY = dt.date(2031, 3, 1)


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, source="t", today=TODAY).people}


# a portfolio's last word the vocabulary lacked ("Public Safety", "Natural Resources", "... Abroad")


def test_public_safety_portfolio_before_comma_name() -> None:
    text = "Xland's Minister of Public Safety, Corvin Haldane, will attend the talks in Ostwick on 3 May."
    assert _names(text) == {"Corvin Haldane"}


def test_natural_resources_list_before_name() -> None:
    text = "The delegation includes Minister of Natural Resources, Environment and Tourism Belor Kintaro."
    assert _names(text) == {"Belor Kintaro"}


def test_nationals_abroad_portfolio_before_name() -> None:
    text = (
        "Mr Tavel met Minister of Foreign Affairs, Francophonie and Xlanders Abroad Jean-Paul Moradel "
        "in Ostwick on Monday."
    )
    assert "Jean-Paul Moradel" in _names(text)
    assert not any("Francophonie" in n or "Abroad" in n for n in _names(text))


def test_safety_named_person_untouched() -> None:
    # near miss: a plain title and a two-word name keep working as before
    assert _names("Minister of Public Works Dana Ferrell will visit Ostwick on 3 May.") == {"Dana Ferrell"}


# a command named by its task after a commander's title ("Supreme Allied Commander Transformation")


def test_command_task_word_no_person_comma() -> None:
    text = "The Supreme Allied Commander Transformation, Admiral Corvin Haldane, will brief the chiefs."
    assert _names(text) == {"Corvin Haldane"}


def test_command_task_word_no_person_rank() -> None:
    text = "Supreme Allied Commander Transformation Adm. Belor Kintaro will brief the chiefs on 3 May."
    assert _names(text) == {"Belor Kintaro"}


def test_command_readiness_no_person() -> None:
    text = "The Deputy Commander Readiness, General Dana Ferrell, will attend the exercise on 3 May."
    assert _names(text) == {"Dana Ferrell"}


def test_one_word_name_after_title_kept() -> None:
    # near miss: a one-word name after a title still counts
    assert _names("Foreign Minister Sugarto will meet the delegation in Ostwick on 3 May.") == {"Sugarto"}


# a world region inside a title's portfolio ("for Asia, Pacific and X Affairs", "for the Middle East")


def test_asia_portfolio_list_then_one_word_name() -> None:
    text = "The talks will be led by Director General for Asia, Pacific and African Affairs Wirantono."
    assert _names(text) == {"Wirantono"}


def test_asia_portfolio_comma_one_word_name() -> None:
    text = (
        "The meeting, co-chaired by the Director General for Asia, Pacific and African Affairs, Haryosono, "
        "and his Xish counterpart, Secretary-General Dana Ferrell, will be held on 3 May."
    )
    assert _names(text) == {"Haryosono", "Dana Ferrell"}


def test_southeast_asia_portfolio_then_name() -> None:
    text = "Ms Orrin will be joined by Deputy Assistant Secretary for South and Southeast Asia Belor Kintaro."
    assert "Belor Kintaro" in _names(text)


def test_middle_east_portfolio_then_name() -> None:
    text = (
        "He was accompanied by Additional Secretary for the Middle East at the Ministry of Foreign Affairs "
        "Corvin Haldane on 3 May."
    )
    assert _names(text) == {"Corvin Haldane"}


def test_region_name_alone_kept_apart() -> None:
    # near miss: a region closing a title before a comma name stays out of the name
    text = "The Special Representative for Central Asia, Dana Ferrell, will visit Ostwick on 3 May."
    assert _names(text) == {"Dana Ferrell"}


# a one-word name right after a person's "Xish counterpart" ("her Xish counterpart A.")


def test_lone_counterpart_at_sentence_end() -> None:
    text = "Ms Orrin is expected to hold separate talks with her Indonesian counterpart Wirantono."
    assert "Wirantono" in _names(text)


def test_lone_counterpart_before_comma() -> None:
    text = "Mr Tavel will meet his Malaysian counterpart Haryosono, and the two will sign a pact on 3 May."
    assert "Haryosono" in _names(text)


def test_lone_counterpart_country_given() -> None:
    text = "Ms Orrin will hold talks with her Thai counterpart Sukhumvong."
    people = extract(text, source="t", today=TODAY).people
    assert [(p.name, p.country) for p in people if p.name == "Sukhumvong"] == [("Sukhumvong", "Thailand")]


def test_body_counterpart_initials_no_person() -> None:
    # near miss: an organisation's counterpart ("its Xish counterpart XBF") is no person
    text = "The forum, organised by the Xland Business Council and its Spanish counterpart CEBF, opens today."
    assert _names(text) == set()


# a ship the text names with her navy's prefix ("USS Xname") is no person where it is named bare


def test_ship_after_prefix_no_person() -> None:
    text = "The destroyer USS Harbor Crest will call at Ostwick on 3 May. Harbor Crest last visited Ostwick."
    assert _names(text) == set()


def test_ship_aboard_no_person() -> None:
    text = "A reception will be held aboard Kestrel Point on 3 May. Kestrel Point arrived in Ostwick."
    assert _names(text) == set()


def test_ship_hmas_no_person() -> None:
    text = "The frigate HMAS Warrego Bay will sail on 3 May. Warrego Bay will visit Ostwick on Monday."
    assert _names(text) == set()


def test_person_near_ship_kept() -> None:
    # near miss: a person named beside a ship keeps being found
    text = "Minister Dana Ferrell toured HMAS Warrego Bay on 3 May. Dana Ferrell said the ship was vital."
    assert _names(text) == {"Dana Ferrell"}


# a crown office's title in apposition opened by the sovereign's style ("A, His Majesty's Ambassador to X")


def test_majesty_ambassador_apposition() -> None:
    text = "They were joined by Admiral Corvin Haldane and Dana Ferrell, His Majesty's Ambassador to Xland."
    assert _names(text) == {"Corvin Haldane", "Dana Ferrell"}


def test_majesty_trade_commissioner_apposition() -> None:
    text = "The forum will hear Belor Kintaro, Her Majesty's Trade Commissioner for Asia Pacific."
    assert _names(text) == {"Belor Kintaro"}


def test_majesty_consul_general_apposition() -> None:
    text = "Dana Ferrell, His Majesty's Consul-General, will attend the reception on 3 May."
    assert _names(text) == {"Dana Ferrell"}


def test_majesty_government_no_title() -> None:
    # near miss: "His Majesty's Government" opening a sentence names no person
    text = "His Majesty's Government will host the talks with Dana Ferrell, the Foreign Minister."
    assert _names(text) == {"Dana Ferrell"}


# a family name spelt like a country between a given name and a last name ("Jane Montenegro Doe")


def test_country_family_name_comma_apposition() -> None:
    text = "The President of the Government, Inés Montenegro Castell, will host the summit on 3 May."
    assert _names(text) == {"Inés Montenegro Castell"}


def test_country_family_name_after_title() -> None:
    text = "Foreign Minister Lucía Chile Barrera will visit Ostwick on 3 May."
    assert _names(text) == {"Lucía Chile Barrera"}


def test_country_family_name_before_verb() -> None:
    text = "Deputy Minister Tomás Panama Ortiz said the talks would resume on 3 May."
    assert _names(text) == {"Tomás Panama Ortiz"}


def test_country_after_full_name_kept_apart() -> None:
    # near miss: a name of two words, then a country word opening what follows, stays two words
    text = "Minister Dana Ferrell of Xland met Chile's envoy Belor Kintaro on 3 May."
    assert "Dana Ferrell" in _names(text)


# names after their countries under "counterparts from" ("counterparts from Xland, A B, and Yland, C D")


def test_counterparts_from_countries_first_name() -> None:
    text = "Ms Orrin will meet her counterparts from Guatemala, Inés Parra Solano, and Honduras, Rafael Mena."
    assert {"Inés Parra Solano", "Rafael Mena"} <= _names(text)


def test_counterparts_from_countries_country_given() -> None:
    text = "Mr Tavel will meet his counterparts from Ecuador, Rafael Mena Cruz, on 3 May."
    people = extract(text, source="t", today=TODAY).people
    assert [p.country for p in people if p.name == "Rafael Mena Cruz"] == ["Ecuador"]


def test_counterparts_of_countries() -> None:
    text = "Ms Orrin will host her counterparts of Peru, Inés Parra Solano, and Bolivia, Rafael Mena Cruz."
    assert {"Inés Parra Solano", "Rafael Mena Cruz"} <= _names(text)


def test_counterparts_from_body_no_person() -> None:
    # near miss: a body after "counterparts from" and a comma is no country: the run after it stays unnamed
    text = "Ms Orrin will meet counterparts from Harbour Works, Quiet Lane, on 3 May."
    assert "Quiet Lane" not in _names(text)
