"""People: names, titles, countries, aliases and conflicts, each rule on a small text of its own."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing
from tests.extract_helpers import person as _p

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def test_country_word_before_title() -> None:
    b = _b("Japanese Foreign Minister Aiko Tanabe met U.S. Secretary of Defense Mark Halvorsen on Monday.")
    assert (_p(b, "Aiko Tanabe").role, _p(b, "Aiko Tanabe").country) == ("Foreign Minister", "Japan")
    assert (_p(b, "Mark Halvorsen").role, _p(b, "Mark Halvorsen").country) == (
        "Secretary of Defense",
        "United States",
    )


def test_shared_country_word_over_a_list() -> None:
    b = _b(
        "British Foreign Secretary Tom Ashby will meet his Australian counterparts, Foreign Minister "
        "Jane Corrigan and Defence Minister Paul Whitford, in Sydney on May 4."
    )
    assert _p(b, "Jane Corrigan").country == "Australia"
    assert _p(b, "Paul Whitford").country == "Australia"
    assert _p(b, "Tom Ashby").country == "United Kingdom"


def test_title_after_name_in_apposition() -> None:
    b = _b("Ms. Karin Holm, Minister of Defence of Sweden, will visit Tokyo on June 2.")
    p = _p(b, "Karin Holm")
    assert (p.role, p.country) == ("Minister of Defence", "Sweden")
    assert p.aliases == []  # the honorific is stripped, not kept as an alias


def test_lowercase_apposition_with_possessive_country() -> None:
    b = _b('"We are ready," said Ravi Menon, India\'s foreign secretary, on Tuesday.')
    p = _p(b, "Ravi Menon")
    assert (p.role, p.country) == ("foreign secretary", "India")


def test_country_from_the_issuing_ministry() -> None:
    b = _b(
        "The Ministry of Foreign Affairs of Japan announces the following.\n\n"
        "Minister for Foreign Affairs Sato Ichiro will visit Manila on July 9."
    )
    assert _p(b, "Sato Ichiro").country == "Japan"


def test_media_note_means_united_states() -> None:
    b = _b(
        "Media Note\nOffice of the Spokesperson\nJune 3, 2026\n\n"
        "Deputy Secretary of State Clara Dunmore will travel to Seoul June 8-10."
    )
    p = _p(b, "Clara Dunmore")
    assert (p.role, p.country) == ("Deputy Secretary of State", "United States")


def test_country_from_the_dateline_city() -> None:
    b = _b("CANBERRA — Defence Minister Paul Whitford will host talks on Friday with regional partners.")
    assert _p(b, "Paul Whitford").country == "Australia"


def test_joined_titles_and_acting() -> None:
    b = _b(
        "Deputy Prime Minister and Minister of Finance Lee Wen Hao and Acting Assistant Secretary of "
        "State for East Asian and Pacific Affairs Dana Price of the United States met in Singapore."
    )
    assert _p(b, "Lee Wen Hao").role == "Deputy Prime Minister and Minister of Finance"
    dana = _p(b, "Dana Price")
    assert dana.role == "Acting Assistant Secretary of State for East Asian and Pacific Affairs"
    assert dana.country == "United States"


def test_military_ranks_and_press_officers() -> None:
    b = _b(
        "Gen. Amos Trent, Chairman of the Joint Chiefs of Staff, will attend. "
        "Pentagon Press Secretary Maj. Gen. Lila Ford said the talks would be held at the Pentagon."
    )
    assert _p(b, "Amos Trent").role == "Chairman of the Joint Chiefs of Staff"
    lila = _p(b, "Lila Ford")
    assert (lila.role, lila.country) == ("Pentagon Press Secretary", "United States")


def test_organisation_officials() -> None:
    b = _b(
        "NATO Secretary General Jens Aalto and EU High Representative Mireille Dubois will join "
        "the ministers in Brussels on April 3."
    )
    assert (_p(b, "Jens Aalto").role, _p(b, "Jens Aalto").country) == ("Secretary General", "NATO")
    assert _p(b, "Mireille Dubois").country == "European Union"


def test_middle_initial_becomes_an_alias() -> None:
    b = _b("Secretary of State Daniel R. Whitcombe will travel to Tokyo. Whitcombe will meet officials.")
    p = _p(b, "Daniel R. Whitcombe")  # the name as written; the plain form is an alias
    assert "Daniel Whitcombe" in p.aliases
    assert len(b.people) == 1


def test_family_name_first_ministry_style() -> None:
    b = _b("Mr. KISHIDA Fumio, Prime Minister of Japan, will receive the delegation on May 20.")
    p = _p(b, "Kishida Fumio")
    assert "Fumio Kishida" in p.aliases
    assert (p.role, p.country) == ("Prime Minister", "Japan")


def test_diacritics_give_a_plain_alias() -> None:
    b = _b("Foreign Minister Kenichi Saitō of Japan met Minister Đỗ Minh Tuấn of Vietnam in Hanoi.")
    assert "Kenichi Saito" in _p(b, "Kenichi Saitō").aliases
    assert _p(b, "Đỗ Minh Tuấn").country == "Vietnam"


def test_surname_mentions_resolve_to_the_person() -> None:
    b = _b(
        "Japanese Defense Minister Shingo Nakahara will visit Canberra. Nakahara is expected to sign "
        "an agreement. Minister Nakahara will also tour a shipyard."
    )
    assert [p.name for p in b.people] == ["Shingo Nakahara"]


def test_bare_title_named_later_and_title_only_speaker() -> None:
    b = _b(
        "The Foreign Secretary will travel to Tokyo on 17 February.\n\n"
        "The Foreign Secretary, Imogen Hart, will meet Japanese officials.\n\n"
        '"This visit matters," the Foreign Secretary said.'
    )
    assert _p(b, "Imogen Hart").role == "Foreign Secretary"
    assert b.quotes[0].speaker == "Imogen Hart"


def test_one_title_two_names_is_a_conflict() -> None:
    b = _b(
        "Japanese Foreign Minister Aiko Tanabe will attend the talks on June 3. "
        "Japanese Foreign Minister Rei Moriyama is also expected to attend."
    )
    assert {p.name for p in b.people} == {"Aiko Tanabe", "Rei Moriyama"}
    assert len(b.conflicts) == 1
    assert set(b.conflicts[0].people) == {"Aiko Tanabe", "Rei Moriyama"}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting will be held in Tokyo on July 3.",
        "Officials said the talks would go ahead.",
    ],
)
def test_no_people_warns(text: str) -> None:
    b = _b(text)
    assert b.people == []
    assert "no people found" in b.warnings


def test_title_then_comma_then_name_with_shared_possessive() -> None:
    b = _b(
        "They will meet Japan's Minister for Foreign Affairs, Aiko Tanabe, and Minister of Defense, "
        "Shingo Naka, in Tokyo on June 3."
    )
    assert (_p(b, "Aiko Tanabe").role, _p(b, "Aiko Tanabe").country) == (
        "Minister for Foreign Affairs",
        "Japan",
    )
    assert (_p(b, "Shingo Naka").role, _p(b, "Shingo Naka").country) == ("Minister of Defense", "Japan")


def test_delegation_and_side_words_give_the_country() -> None:
    b = _b(
        "China sent a delegation led by Lieutenant General Zhou Ping, vice president of the Academy of "
        "Military Science. Ms. AOKI Rei, Minister for Foreign Affairs, attended from the Japanese side."
    )
    zhou = _p(b, "Zhou Ping")
    assert (zhou.role, zhou.country) == ("vice president of the Academy of Military Science", "China")
    assert _p(b, "Aoki Rei").country == "Japan"


def test_letterhead_title_line_and_name_line() -> None:
    b = _b(
        "Minister for Foreign Affairs\nSenator the Hon Helen Marr\n\nMedia release\n\nI will travel to Suva."
    )
    assert _p(b, "Helen Marr").role == "Minister for Foreign Affairs"


def test_headline_words_are_not_names() -> None:
    b = _b(
        "Secretary of Defense Hosts Japanese Minister of Defense at the Pentagon\n\n"
        "Secretary of Defense Laura Benn will host Japanese Minister of Defense Shingo Naka on Oct. 7, 2025."
    )
    assert {p.name for p in b.people} == {"Laura Benn", "Shingo Naka"}


def test_agency_acronym_before_a_lowercase_title() -> None:
    b = _b('"The alliance is strong," DFA spokesperson Ma. Lourdes Abad said in Manila on Friday.')
    p = _p(b, "Ma. Lourdes Abad")
    assert p.role == "DFA spokesperson"
    assert b.quotes[0].speaker == "Ma. Lourdes Abad"


def test_other_party_of_a_pair_and_the_host_country() -> None:
    b = _b(
        "The Twelfth Australia–Japan Ministerial Consultations will be held in Tokyo on June 25.\n\n"
        "The Minister for Defence, Richard Oak, will meet Japan's Minister of Defense, Shingo Naka. "
        "While in Tokyo, Mr Oak will call on Prime Minister Kenji Hayashi."
    )
    assert _p(b, "Richard Oak").country == "Australia"
    assert _p(b, "Kenji Hayashi").country == "Japan"


def test_korean_style_names_are_family_name_first() -> None:
    b = _b(
        "ASEAN foreign ministers will meet in Jakarta on May 3. South Korean Foreign Minister Cho Min-ho "
        "will meet Japanese Foreign Minister Aiko Tanabe on the sidelines."
    )
    p = _p(b, "Cho Min-ho")
    assert "Min-ho Cho" in p.aliases
    side = next(e for e in b.events if e.kind == "bilateral")
    assert side.name.startswith("Cho–Tanabe")


def test_leading_initial_is_kept_as_an_alias() -> None:
    b = _b("External Affairs Minister Dr. S. Ravi Menon will pay an official visit to Australia on 16 March.")
    p = _p(b, "Ravi Menon")
    assert p.aliases == ["S. Ravi Menon"] and p.role == "External Affairs Minister"
