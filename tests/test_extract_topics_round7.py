"""Topics, round 7: people and offices in an agenda list are no topics, ordinals are no dates,
"cooperation between A and B" keeps its named parties, and background needs a fact, not a bare place."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract

REF = date(2026, 3, 4)


def _topics(text: str) -> dict[str, str]:
    return {t.name: t.kind for t in extract(text, today=REF).topics}


def test_a_minister_in_an_agenda_list_is_no_topic() -> None:
    got = _topics(
        "Minister to visit Dorva\n\n"
        "Foreign Minister Ivo Kessel will visit Dorva on 5 March. He will hold talks with several "
        "counterparts, including Velan Foreign Minister Saro Pintu and Tarsi Foreign Secretary Ana Mols. "
        "Issues likely to be discussed include fisheries, port security and Tarsi's bid to become the "
        "group's 12th member."
    )
    assert not any("Pintu" in n or "Mols" in n for n in got)
    assert "fisheries" in got and "port security" in got
    assert "Tarsi's bid to become the group's 12th member" in got


def test_cooperation_between_named_parties_keeps_them() -> None:
    got = _topics(
        "Envoys to meet in Lorrin\n\n"
        "The two envoys will discuss a range of issues, including missile launches, growing military "
        "cooperation between Norland and Sarvia, and energy security."
    )
    assert any("military cooperation between Norland and Sarvia" in n for n in got)
    assert "energy security" in got


def test_background_needs_a_fact_not_a_place_or_a_bare_verb() -> None:
    got = _topics(
        "Ministers to meet in Lorrin\n\n"
        "The ministers will discuss energy security. The meeting builds on commitments the leaders made at "
        "Port Avel in August 2025. The last round was held in Lorrin in May 2024. The minister took office "
        "in June. The treaty, originally signed in 1960, was renewed."
    )
    background = [n for n, k in got.items() if k == "background"]
    assert not any("Port Avel" in n or n.startswith("held") or "office" in n for n in background)
    assert any("1960" in n and "treaty" in n for n in background)


def test_what_a_visitor_is_expected_to_urge_is_on_the_agenda() -> None:
    got = _topics(
        "Minister to visit Carrow\n\n"
        "Foreign Minister Ivo Kessel will visit Carrow from Monday. Kessel is expected to urge his host to "
        "swiftly free the detained fishermen and to lift Carrow's import ban on Dorvan beef imposed after "
        "an outbreak of disease, according to a government source."
    )
    assert "free the detained fishermen" in got
    assert any("import ban on Dorvan beef" in n for n in got)


def test_a_quoted_phrase_as_object_loses_its_quote_mark() -> None:
    got = _topics(
        "Minister to visit Carrow\n\n"
        'The spokesman said the government hopes to promote "a stable and constructive relationship" '
        "with Carrow."
    )
    assert not any(n.startswith(('"', "“")) for n in got)


def test_attribution_and_trailing_clauses_are_cut_from_agenda_items() -> None:
    got = _topics(
        "Ministers to meet in Lorrin\n\n"
        "The ministers will discuss grain exports, according to the ministry. Topics include port "
        "security, while digital trade is planned for the second day."
    )
    assert not any(n.startswith("according to") for n in got)
    assert not any("planned" in n for n in got)


def test_a_lone_adjective_or_weekday_is_no_topic() -> None:
    got = _topics(
        "Ministers to meet in Lorrin\n\n"
        "The ministers will discuss a free, open and peaceful region, fisheries and Saturday."
    )
    assert "fisheries" in got
    assert not {"free", "open", "peaceful", "Saturday"} & set(got)


def test_the_subject_of_an_anniversary_and_a_strategy_to_revise_are_topics() -> None:
    got = _topics(
        "Ministers to meet in Lorrin\n\n"
        "This year marks the 20th anniversary of the Norland-Sarvia strategic partnership. At the talks the "
        "two sides are expected to revise a joint maritime strategy for the first time in a decade."
    )
    assert "Norland-Sarvia strategic partnership" in got
    assert "joint maritime strategy" in got
