"""Topics, round 8: "a date for a summit", "commitment to A and B", "announcements on A", "toward
realizing a Free and Open X" kept whole (also quoted), "understanding on A", and a list that runs on after
a "where" clause."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> list[str]:
    return [t.name for t in extract(text, today=REF).topics]


def test_a_date_for_a_summit_and_the_items_after_as_well_as() -> None:
    names = _topics(
        "The foreign ministers of Norland and Vesta will meet in Tallin on May 5.\n\n"
        "The two sides are expected to discuss ways to renew their joint commission and to set a date for "
        "a summit of their leaders, as well as the fisheries dispute and Arctic shipping, according to "
        "the ministry."
    )
    assert "summit of their leaders" in names
    assert "fisheries dispute" in names
    assert "Arctic shipping" in names


def test_a_commitment_to_two_named_things() -> None:
    names = _topics(
        "Secretary Dana Kell will travel to Norland on May 5. The Secretary will underscore the U.S. "
        "commitment to Pacific regionalism and the Blue Ocean Partnership."
    )
    assert "Pacific regionalism" in names


def test_announcements_on_a_subject() -> None:
    names = _topics(
        "Defence Minister Ola Berg will meet her Vestan counterpart on May 5.\n\n"
        '"You are going to see concrete announcements on shipyard maintenance and on rotations," the '
        "official said."
    )
    assert "shipyard maintenance" in names


def test_a_capitalised_slogan_stays_whole() -> None:
    names = _topics(
        "Defence Minister Ola Berg will attend the Harbour Dialogue on May 5. She will work with partners "
        "toward realizing a Safe and Secure Arctic Ocean."
    )
    assert "Safe and Secure Arctic Ocean" in names


def test_a_list_runs_on_after_a_where_clause() -> None:
    names = _topics(
        "The defence ministers of Norland and Vesta will meet in Riga on Friday.\n\n"
        "The talks are expected to cover the Baltic, where a new government took office in May, Vesta's "
        "patrols in the Gulf of Riga, and the resumption of hotline communication channels that President "
        "Ivo Sander and Premier Lin Oda agreed to restore."
    )
    assert "resumption of hotline communication channels" in names


def test_a_quoted_vision_after_toward_realizing() -> None:
    names = _topics(
        "The three defence ministers will meet in Riga on Friday. They will cooperate toward realizing a "
        '"Safe and Secure Baltic Region." They will also seek Vesta’s understanding on export quotas.'
    )
    assert "Safe and Secure Baltic Region" in names
    assert "export quotas" in names


def test_a_comma_series_of_adjectives_shares_its_noun() -> None:
    names = _topics(
        "Foreign Minister Ola Berg will visit Vesta on May 5, reaffirming Norland's commitment to a "
        "durable, peaceful and prosperous Arctic."
    )
    assert "durable, peaceful and prosperous Arctic" in names
    assert "durable" not in names


def test_a_clause_cut_before_a_quote_is_no_topic() -> None:
    names = _topics(
        "Defence Minister Ola Berg will meet her Vestan counterpart on May 5. A spokesperson said "
        'Norland\'s commitment to the defense of Vesta and Lund is "unshakeable."'
    )
    assert "Lund is" not in names
