"""The scorer on hand-made briefings, the corpus gold's consistency, the floors, and `briefbot eval`."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bot.eval_cli import eval_command
from briefings.evaluate import (
    FIELDS,
    CorpusError,
    EvalReport,
    Gold,
    check_floors,
    evaluate,
    format_report,
    load_corpus,
    score_briefing,
)
from briefings.evaluate.matching import fold, name_key, role_key, same_name
from briefings.models import Briefing, Event, Evidence, Person, Quote, Topic

CORPUS = Path(__file__).parent / "corpus"
EV = Evidence(sentence=0, start=0, end=1, text="x")
REF = date(2026, 2, 13)


def gold(**overrides: Any) -> Gold:
    """A small gold: two people, a main event, a side meeting, two quotes, a topic."""
    data: dict[str, Any] = {
        "people": [
            {"name": "Imogen Thackeray", "role": "Foreign Secretary", "country": "United Kingdom"},
            {"name": "Akiko Morishita", "role": "Foreign Minister", "country": "Japan"},
        ],
        "main_event": {"name": "talks", "date": "2026-02-17", "end_date": None, "place": "Tokyo"},
        "side_meetings": [{"kind": "bilateral", "participants": ["Imogen Thackeray", "Akiko Morishita"]}],
        "quotes": [
            {"speaker": "Imogen Thackeray", "opening": "The UK and Japan are"},
            {"speaker": None, "opening": "an opportunity to modernize"},
        ],
        "topics": ["cyber security"],
        "reference_date": "2026-02-13",
    }
    data.update(overrides)
    return Gold.model_validate(data)


def person(name: str, role: str | None, country: str | None, aliases: list[str] | None = None) -> Person:
    """An extracted person."""
    return Person(name=name, role=role, country=country, aliases=aliases or [], evidence=EV)


def briefing(**overrides: Any) -> Briefing:
    """An extraction that agrees with `gold()` in every field."""
    data: dict[str, Any] = {
        "title": "t",
        "reference_date": REF,
        "people": [
            person("Imogen Thackeray", "Foreign Secretary", "United Kingdom", ["Thackeray"]),
            person("Akiko Morishita", "Foreign Minister", "Japan", ["Morishita"]),
        ],
        "events": [
            Event(name="talks", kind="main", date=date(2026, 2, 17), place="Tokyo", evidence=EV),
            Event(name="b", kind="bilateral", participants=["Thackeray", "Morishita"], evidence=EV),
        ],
        "quotes": [
            Quote(speaker="Imogen Thackeray", text="“The UK and Japan are close.”", evidence=EV),
            Quote(speaker=None, text="an opportunity to modernize an alliance", evidence=EV),
        ],
        "topics": [Topic(name="Cyber security cooperation", evidence=EV)],
    }
    data.update(overrides)
    return Briefing(**data)


def score(got: Briefing, want: Gold | None = None) -> EvalReport:
    """Score one briefing against one gold."""
    rep = EvalReport()
    score_briefing(rep, "t", want or gold(), got)
    return rep


# --- scorer ----------------------------------------------------------------------------------


def test_perfect_extraction_scores_one_everywhere() -> None:
    rep = score(briefing())
    assert {name: s.score for name, s in rep.scores.items()} == {name: 1.0 for name, _ in FIELDS}
    assert rep.misses == []


def test_wrong_role_keeps_name_f1_but_lowers_full_match() -> None:
    people = [
        person("Imogen Thackeray", "Home Secretary", "United Kingdom"),
        person("Akiko Morishita", "Foreign Minister", "Japan"),
    ]
    rep = score(briefing(people=people))
    assert rep.scores["person_name"].f1 == 1.0
    full = rep.scores["person_full"]
    assert (full.tp, full.fp, full.fn) == (1, 1, 1)
    assert full.f1 == pytest.approx(0.5)
    miss = next(m for m in rep.misses if m.field == "person_full")
    assert "Foreign Secretary" in miss.expected and "Home Secretary" in miss.got


def test_missing_person_lowers_recall_only() -> None:
    rep = score(briefing(people=[person("Akiko Morishita", "Foreign Minister", "Japan")]))
    names = rep.scores["person_name"]
    assert names.precision == 1.0 and names.recall == 0.5
    assert any(m.field == "person_name" and "Thackeray" in m.expected for m in rep.misses)


def test_extra_person_lowers_precision_only() -> None:
    extra = person("Owen Pritchard", "Minister for the Indo-Pacific", "United Kingdom")
    rep = score(briefing(people=[*briefing().people, extra]))
    names = rep.scores["person_name"]
    assert names.recall == 1.0 and names.precision == pytest.approx(2 / 3)
    assert any(m.got.startswith("Owen Pritchard") and m.expected == "—" for m in rep.misses)


def test_duplicate_extracted_person_counts_as_extra() -> None:
    dup = person("Ms. Akiko Morishita", "Foreign Minister", "Japan")
    rep = score(briefing(people=[*briefing().people, dup]))
    assert rep.scores["person_name"].fp == 1


def test_alias_matches_either_way() -> None:
    got = briefing(people=[
        person("Imogen Thackeray-Hale", "Foreign Secretary", "United Kingdom", ["Imogen Thackeray"]),
        person("Akiko Morishita", "Foreign Minister", "Japan"),
    ])  # fmt: skip
    assert score(got).scores["person_name"].f1 == 1.0
    want = gold(people=[
        {"name": "Imogen Thackeray", "role": "Foreign Secretary", "country": "United Kingdom",
         "aliases": ["Imogen T. Hale"]},
        {"name": "Akiko Morishita", "role": "Foreign Minister", "country": "Japan"},
    ])  # fmt: skip
    got2 = briefing(people=[
        person("Imogen Hale", "Foreign Secretary", "United Kingdom"),
        person("Akiko Morishita", "Foreign Minister", "Japan"),
    ])  # fmt: skip
    assert score(got2, want).scores["person_name"].f1 == 1.0


def test_surname_alone_is_not_a_full_name_match() -> None:
    got = briefing(people=[person("Thackeray", "Foreign Secretary", "United Kingdom"), briefing().people[1]])
    assert score(got).scores["person_name"].recall == 0.5


def test_name_rules_fold_case_diacritics_honorifics_order_and_initials() -> None:
    assert same_name("H.E. Ms. MORISHITA Akiko", "Akiko Morishita")
    assert same_name("Ilse Marechal", "Ilse Maréchal")
    assert same_name("Đỗ Minh Tuấn", "Do Minh Tuan")
    assert same_name("Gen. Harold P. Vance", "Harold Vance")
    assert same_name("General Tan Sri Azlan Rahman", "Azlan Rahman")
    assert same_name("the Hon Richard Okafor MP", "Richard Okafor")
    assert not same_name("Akiko Morishita", "Akiko Morimoto")
    assert name_key("Tan Wei Ming") == ("tan", "wei", "ming")  # a surname, not an honorific


def test_role_rules_drop_country_words_and_unify_defence_spelling() -> None:
    assert role_key("U.S. Secretary of Defence") == role_key("Secretary of Defense")
    assert role_key("Japan's Minister for Foreign Affairs") == role_key(
        "Minister for Foreign Affairs of Japan"
    )
    assert role_key("the Secretary-General of ASEAN") == role_key("Secretary General")
    assert role_key("Foreign Minister") != role_key("Minister for Foreign Affairs")
    assert role_key("Ambassador to Japan") != role_key("Ambassador to Australia")


def test_country_compares_exactly_after_casefold() -> None:
    people = [
        person("Imogen Thackeray", "Foreign Secretary", "united kingdom"),
        person("Akiko Morishita", "Foreign Minister", "JP"),
    ]
    full = score(briefing(people=people)).scores["person_full"]
    assert (full.tp, full.fn) == (1, 1)


def test_the_body_or_town_a_title_belongs_to_may_be_given_or_left_out() -> None:
    from briefings.evaluate.matching import same_role

    assert same_role("spokesperson", "MND spokesperson")
    assert same_role("UN Secretary-General", "Secretary-General")
    assert same_role("national security adviser", "White House national security adviser")
    assert same_role("senior official for Iran", "State Department's senior official for Iran")
    assert same_role("spokesperson", "spokesperson for the ministry")
    assert same_role("Secretary General of the Pacific Islands Forum", "Secretary General")
    assert same_role("Prime Minister", "Prime Minister of the Palestinian Authority")
    assert same_role("Mayor of Lyon", "Lyon Mayor")
    assert same_role("spokesperson", "foreign ministry spokesperson")
    assert same_role("spokesman", "Chinese Defence Ministry spokesman")
    assert same_role("spokesperson", "spokesperson for the Philippine Department of National Defense")
    assert same_role("spokesperson", "spokesperson of the Ministry of Foreign Affairs and Trade")
    assert same_role("Joint Secretary (Americas)", "Joint Secretary (Americas) in the Ministry of Defence")
    # Only the body goes: the rest of the title must still agree.
    assert not same_role("Foreign Minister", "Minister")
    assert not same_role("former Defense Secretary", "Defense Secretary")
    assert not same_role("Deputy Prime Minister", "Prime Minister")
    assert not same_role("Director of the Office of Communication", "Director")
    assert not same_role("President", "President of the Republic and President")
    assert not same_role("spokesperson", "Defence Minister")
    assert not same_role("Minister", "Minister of Foreign Affairs")  # a portfolio, not a body
    assert not same_role("Deputy spokesperson", "Deputy Minister spokesperson")


def test_an_organisation_matches_its_initials_and_a_topic_its_possessive_form() -> None:
    from briefings.evaluate.matching import same_country, same_role, topic_matches

    assert same_country("GCC", "Gulf Cooperation Council")
    assert same_country("Southern African Development Community", "SADC")
    assert not same_country("ASEAN", "African Union")
    assert not same_country(None, "GCC")
    assert same_role("Secretary-General", "Secretary-General of the League of Arab States")
    assert topic_matches("North Korea", "North Korea's missile programme")
    assert topic_matches("the Pacific", "Pacific")
    assert not topic_matches("Pacific", "Atlantic")


def test_a_country_word_inside_a_role_is_dropped_like_one_at_its_ends() -> None:
    from briefings.evaluate.matching import same_role

    assert same_role(
        "High Representative for Foreign Affairs and Security Policy",
        "High Representative of the European Union for Foreign Affairs and Security Policy",
    )
    assert same_role("Ambassador of Viet Nam to the Philippines", "Ambassador to the Philippines")
    assert same_role("Minister of Defence", "Minister of Defence of the Republic of Korea")
    assert not same_role("Ambassador to the Philippines", "Ambassador to Japan")
    assert not same_role("Minister of State for Europe", "Minister of State")
    assert same_role(
        "Chief of General Staff of the National Defense Force",
        "Chief of General Staff of the Ethiopian National Defense Force",
    )
    assert same_role("Commander of the Defence Force", "Commander of the Papua New Guinea Defence Force")
    assert not same_role("Ambassador to the United States", "Ambassador to the Philippines")
    # the state's name opening a body's own name after "of": labellers keep or drop it
    assert same_role("Commander of Indo-Pacific Command", "Commander of U.S. Indo-Pacific Command")
    assert same_role("Commander of Pacific Air Forces", "Commander of United States Pacific Air Forces")
    assert not same_role("Commander of Pacific Air Forces", "Commander of U.S. Indo-Pacific Command")
    assert not same_role("Minister of Defence", "Minister of Japan")


def test_one_country_under_another_of_its_names_matches() -> None:
    from briefings.evaluate.matching import country_key

    assert country_key("Türkiye") == country_key("Turkey") == country_key("turkey")
    assert country_key("Viet Nam") == country_key("Vietnam")
    assert country_key("Czechia") == country_key("Czech Republic")
    assert country_key("Russian Federation") == country_key("Russia")
    assert country_key("Turkey") != country_key("Greece")
    assert country_key("NATO") == "nato" and country_key("JP") != country_key("Japan")


def test_wrong_date_and_missing_main_event_are_misses() -> None:
    events = [Event(name="talks", kind="main", date=date(2026, 2, 13), place="tokyo", evidence=EV)]
    rep = score(briefing(events=events))
    assert rep.scores["event_date"].score == 0.0
    assert rep.scores["event_place"].score == 1.0  # places compare folded
    miss = next(m for m in rep.misses if m.field == "event_date")
    assert (miss.expected, miss.got) == ("2026-02-17", "2026-02-13")
    rep2 = score(briefing(events=[]))
    assert rep2.scores["event_date"].score == 0.0
    assert rep2.scores["event_end_date"].score == 1.0  # gold end date is null, nothing extracted


def test_side_meeting_needs_same_kind_and_all_participants() -> None:
    wrong_kind = Event(name="b", kind="trilateral", participants=["Thackeray", "Morishita"], evidence=EV)
    rep = score(briefing(events=[briefing().events[0], wrong_kind]))
    side = rep.scores["side_meeting"]
    assert (side.tp, side.fp, side.fn) == (0, 1, 1)
    partial = Event(name="b", kind="bilateral", participants=["Thackeray"], evidence=EV)
    assert score(briefing(events=[briefing().events[0], partial])).scores["side_meeting"].tp == 0


def test_quotes_found_by_opening_words_and_speaker_checked() -> None:
    quotes = [
        Quote(speaker="Morishita", text='"The UK and Japan are close."', evidence=EV),
        Quote(speaker=None, text="We will meet again.", evidence=EV),
    ]
    rep = score(briefing(quotes=quotes))
    found, speaker = rep.scores["quote_found"], rep.scores["quote_speaker"]
    assert (found.tp, found.fp, found.fn) == (1, 1, 1)
    assert (speaker.tp, speaker.fn) == (0, 1)
    assert any(m.field == "quote_speaker" and m.got == "Morishita" for m in rep.misses)


def test_quote_speaker_resolves_through_extracted_aliases() -> None:
    quotes = [
        Quote(speaker="Thackeray", text="The UK and Japan are close.", evidence=EV),
        Quote(speaker=None, text="an opportunity to modernize an alliance", evidence=EV),
    ]
    assert score(briefing(quotes=quotes)).scores["quote_speaker"].score == 1.0


def test_quote_match_prefers_the_quote_opening_with_the_words() -> None:
    # an earlier quote repeats the opening words mid-sentence; the one they open is the gold quote
    quotes = [
        Quote(speaker="Akiko Morishita", text="We said that the UK and Japan are partners.", evidence=EV),
        Quote(speaker="Imogen Thackeray", text="The UK and Japan are close.", evidence=EV),
        Quote(speaker=None, text="an opportunity to modernize an alliance", evidence=EV),
    ]
    rep = score(briefing(quotes=quotes))
    assert rep.scores["quote_speaker"].score == 1.0
    assert rep.scores["quote_found"].fp == 0


def test_topics_recall_needs_whole_words() -> None:
    rep = score(briefing(topics=[Topic(name="security", evidence=EV)]))
    assert rep.scores["topic"].score == 0.0
    assert rep.scores["topic"].precision is None


def test_format_report_lists_fields_and_misses() -> None:
    rep = score(briefing(people=[]))
    text = format_report(rep)
    assert all(name in text for name, _ in FIELDS)
    assert "Imogen Thackeray (Foreign Secretary, United Kingdom)" in text
    assert "Imogen Thackeray" not in format_report(rep, misses=False)


# --- corpus loading and evaluate() ----------------------------------------------------------


def test_evaluate_runs_extract_with_reference_date_and_survives_errors(tmp_path: Path) -> None:
    for name in ("01-a", "02-b"):
        (tmp_path / f"{name}.txt").write_text("text", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(gold().model_dump_json(), encoding="utf-8")
    seen: list[tuple[str, date]] = []

    def fake_extract(text: str, *, source: str = "", published: date | None = None, today: date) -> Briefing:
        seen.append((source, today))
        if source == "02-b":
            raise ValueError("boom")
        return briefing()

    rep = evaluate(tmp_path, fake_extract)
    assert seen == [("01-a", REF), ("02-b", REF)]
    assert rep.files == 2 and rep.errors == 1
    assert rep.scores["person_name"].recall == 0.5
    assert any(m.field == "error" and "boom" in m.got for m in rep.misses)


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no .txt files"),
        ({"01-a.txt": "x"}, "has no gold file"),
        ({"01-a.txt": "x", "01-a.json": "{"}, "malformed gold"),
        ({"01-a.txt": "x", "01-a.json": '{"people": []}'}, "malformed gold"),
    ],
)
def test_bad_corpus_is_one_clear_error(tmp_path: Path, files: dict[str, str], message: str) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as exc:
        load_corpus(tmp_path)
    assert "\n" not in str(exc.value)


# --- the corpus itself -----------------------------------------------------------------------


ITEMS = load_corpus(CORPUS)


def test_corpus_is_large_enough_and_numbered() -> None:
    assert len(ITEMS) >= 24
    assert all(item.name[:2].isdigit() and item.name[2] == "-" for item in ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item.name)
def test_gold_is_faithful_to_its_text(item: Any) -> None:
    text, g = fold(item.text), item.gold
    names = {p.name for p in g.people}
    assert len(names) == len(g.people), "a person is listed twice"
    for p in g.people:
        assert all(word in text for word in name_key(p.name)), f"{p.name} not in text"
    for q in g.quotes:
        assert " ".join(fold(q.opening).split()) in " ".join(text.split()), f"quote «{q.opening}» not in text"
        assert q.speaker is None or q.speaker in names, f"speaker {q.speaker} not a gold person"
    for side in g.side_meetings:
        assert set(side.participants) <= names, f"side meeting participants {side.participants}"
    if g.main_event and g.main_event.end_date:
        assert g.main_event.date and g.main_event.date < g.main_event.end_date
    if g.main_event and g.main_event.place:
        assert fold(g.main_event.place) in text
    header = item.text.splitlines()[0]
    if header.startswith("published:"):
        assert g.published == date.fromisoformat(header.split(":", 1)[1].strip())


def test_corpus_covers_the_genre() -> None:
    texts = [item.text for item in ITEMS]
    assert sum(t.startswith("published:") for t in texts) >= 5
    assert any("“" in t for t in texts) and any('"' in t for t in texts)
    events = [item.gold.main_event for item in ITEMS if item.gold.main_event is not None]
    assert sum(e.end_date is not None for e in events) >= 5
    assert sum(e.place is None for e in events) >= 2
    assert sum(any(q.speaker is None for q in item.gold.quotes) for item in ITEMS) >= 1


# --- floors on the real extractor, and the CLI -----------------------------------------------


def test_extractor_stays_at_or_above_the_floors() -> None:
    from briefings.extract import extract

    floors = json.loads((CORPUS / "floors.json").read_text(encoding="utf-8"))
    floors = {k: float(v) for k, v in floors.items() if not k.startswith("_")}
    assert set(floors) == {name for name, _ in FIELDS}
    report = evaluate(CORPUS, extract)
    assert report.files == len(ITEMS)
    assert check_floors(report, floors) == [], format_report(report, misses=False)


# holdouts 1-7 and every dev set are development sets (the holdouts were measured unseen, then tuned on);
# holdout8 and holdout9 were the unseen sets of stop 10: measured only, moved in at its end, tuned on since;
# holdout10a/b/c were the unseen sets of stop 11, likewise (tuned on in stop 12); holdout11a/b/c stop 12's;
# holdout12a/b/c stop 13's (tuned on from stop 14); holdout13a/b/c stop 14's (measured only). dev18a-dev26d
# were written in stops 13 and 14 and measured once by their writers before anyone tuned on them.
# holdout15a-d were stop 16's unseen sets (tuned on in stop 17); holdout16a-d stop 17's (tuned on in stop 18);
# holdout17a-d stop 18's (tuned on in stop 19); holdout18a-d stop 19's (tuned on in stop 20); holdout19a-d
# stop 20's (tuned on from stop 21). dev31a (main-event dates: travel days, weekdays, relative words) and
# dev31b (side meetings and agenda), dev32a and dev32b (people: titles, countries, organisation officials,
# delegations, wire bylines), dev33a (dates in less-used outlets) and dev33b (people in less-used outlets:
# Canada, Ireland, Germany, France, ASEAN states, Gulf agencies, ECOWAS, the UN) were written in stop 21 and
# measured once by their writers before tuning. holdout20a-d are stop 21's unseen sets (the issue's genre
# again: US releases, the named ministries, summits and ministerials, wires), tuned on from stop 22.
# dev34a and dev35a/b (main-event dates and places made hard) and dev34b (people made hard) were written in
# stop 22 and measured once by their writers before tuning. holdout21a-d are stop 22's unseen sets (the same
# four genres), tuned on from stop 23. dev36a-d were written in stop 23 as validation sets (fresh texts to
# check that a rule carries over), measured once by their writers, then tuned on in that stop.
# holdout22a-d are stop 23's unseen sets (US releases, the named ministries, summits and ministerials,
# wires), tuned on from stop 24. dev37a-c were written in stop 24 as validation sets, measured once by their
# writers, then tuned on in that stop's last round. holdout23a-d are stop 24's unseen sets (the same four
# genres), tuned on from stop 25. dev38a/b (main-event dates made hard) were written in stop 25 and tuned on
# at once; dev38c-e and dev38f/g were its validation sets, measured after a round of tuning, then tuned on;
# dev38h/i its last validation sets, measured only (one date rule's shape came from them). holdout24a-d are
# stop 25's unseen sets (the same four genres), tuned on from stop 26. dev39a-j were written in stop 26 as
# validation sets (fresh texts measured at the start code first, then tuned on); holdout25a-d are stop 26's
# unseen sets (the same four genres), measured only.
# The unseen sets of a stop live outside the repository until its end.
OTHER_SETS = [
    "corpus_holdout",
    "corpus_holdout2",
    "corpus_holdout3",
    "corpus_holdout4",
    "corpus_holdout5",
    "corpus_holdout6",
    "corpus_holdout7",
    "corpus_holdout8",
    "corpus_holdout9",
    "corpus_holdout10a",
    "corpus_holdout10b",
    "corpus_holdout10c",
    "corpus_holdout11a",
    "corpus_holdout11b",
    "corpus_holdout11c",
    "corpus_dev5a",
    "corpus_dev5b",
    "corpus_dev6a",
    "corpus_dev6b",
    "corpus_dev7a",
    "corpus_dev7b",
    "corpus_dev7c",
    "corpus_dev8",
    "corpus_dev9a",
    "corpus_dev9b",
    "corpus_dev10a",
    "corpus_dev10b",
    "corpus_dev11a",
    "corpus_dev11b",
    "corpus_dev12a",
    "corpus_dev12b",
    "corpus_dev13a",
    "corpus_dev13b",
    "corpus_dev14a",
    "corpus_dev14b",
    "corpus_dev15a",
    "corpus_dev15b",
    "corpus_dev16a",
    "corpus_dev16b",
    "corpus_dev17a",
    "corpus_dev17b",
    "corpus_dev18a",
    "corpus_dev18b",
    "corpus_dev19a",
    "corpus_dev19b",
    "corpus_dev20a",
    "corpus_dev20b",
    "corpus_dev21a",
    "corpus_dev21b",
    "corpus_dev22a",
    "corpus_dev22b",
    "corpus_holdout12a",
    "corpus_holdout12b",
    "corpus_holdout12c",
    "corpus_dev23a",
    "corpus_dev23c",
    "corpus_dev23b",
    "corpus_dev24a",
    "corpus_dev24b",
    "corpus_dev24c",
    "corpus_dev24d",
    "corpus_dev25a",
    "corpus_dev25b",
    "corpus_dev26a",
    "corpus_dev26b",
    "corpus_dev26d",
    "corpus_dev26c",
    "corpus_holdout13a",
    "corpus_holdout13b",
    "corpus_holdout13c",
    "corpus_dev27a",
    "corpus_dev27b",
    "corpus_dev28b",
    "corpus_dev28a",
    "corpus_dev29b",
    "corpus_dev29a",
    "corpus_holdout14a",
    "corpus_holdout14b",
    "corpus_holdout14c",
    "corpus_dev30a",
    "corpus_dev30b",
    "corpus_holdout15a",
    "corpus_holdout15b",
    "corpus_holdout15c",
    "corpus_holdout15d",
    "corpus_holdout16a",
    "corpus_holdout16b",
    "corpus_holdout16c",
    "corpus_holdout16d",
    "corpus_holdout17a",
    "corpus_holdout17b",
    "corpus_holdout17c",
    "corpus_holdout17d",
    "corpus_holdout18a",
    "corpus_holdout18b",
    "corpus_holdout18c",
    "corpus_holdout18d",
    "corpus_holdout19a",
    "corpus_holdout19b",
    "corpus_holdout19c",
    "corpus_holdout19d",
    "corpus_dev31a",
    "corpus_dev31b",
    "corpus_dev32a",
    "corpus_dev32b",
    "corpus_dev33a",
    "corpus_dev33b",
    "corpus_holdout20a",
    "corpus_holdout20b",
    "corpus_holdout20c",
    "corpus_holdout20d",
    "corpus_dev34a",
    "corpus_dev34b",
    "corpus_dev35a",
    "corpus_dev35b",
    "corpus_holdout21a",
    "corpus_holdout21b",
    "corpus_holdout21c",
    "corpus_holdout21d",
    "corpus_dev36a",
    "corpus_dev36b",
    "corpus_dev36c",
    "corpus_dev36d",
    "corpus_holdout22a",
    "corpus_holdout22b",
    "corpus_holdout22c",
    "corpus_holdout22d",
    "corpus_dev37a",
    "corpus_dev37b",
    "corpus_dev37c",
    "corpus_holdout23a",
    "corpus_holdout23b",
    "corpus_holdout23c",
    "corpus_holdout23d",
    "corpus_dev38a",
    "corpus_dev38b",
    "corpus_dev38c",
    "corpus_dev38d",
    "corpus_dev38e",
    "corpus_dev38f",
    "corpus_dev38g",
    "corpus_holdout24a",
    "corpus_holdout24b",
    "corpus_holdout24c",
    "corpus_holdout24d",
    "corpus_dev38h",
    "corpus_dev38i",
    "corpus_holdout25a",
    "corpus_holdout25b",
    "corpus_holdout25c",
    "corpus_holdout25d",
    "corpus_dev39a",
    "corpus_dev39b",
    "corpus_dev39c",
    "corpus_dev39d",
    "corpus_dev39e",
    "corpus_dev39f",
    "corpus_dev39g",
    "corpus_dev39h",
    "corpus_dev39i",
    "corpus_dev39j",
]


@pytest.mark.parametrize("name", OTHER_SETS)
def test_extractor_stays_at_or_above_the_floors_of_the_held_out_sets(name: str) -> None:
    from briefings.extract import extract

    corpus = CORPUS.parent / name
    floors = json.loads((corpus / "floors.json").read_text(encoding="utf-8"))
    floors = {k: float(v) for k, v in floors.items() if not k.startswith("_")}
    assert set(floors) == {field for field, _ in FIELDS}
    report = evaluate(corpus, extract)
    assert report.errors == 0
    assert check_floors(report, floors) == [], format_report(report, misses=False)


def _app() -> typer.Typer:
    """A one-command app around eval_command, as bot/cli.py wires it."""
    app = typer.Typer()
    app.command("eval")(eval_command)
    app.command("noop")(lambda: None)  # two commands, so `eval` stays a named sub-command
    return app


def test_eval_command_prints_the_table(tmp_path: Path) -> None:
    for suffix in (".txt", ".json"):
        shutil.copy(CORPUS / f"{ITEMS[0].name}{suffix}", tmp_path)
    result = CliRunner().invoke(_app(), ["eval", str(tmp_path), "--no-misses"])
    assert result.exit_code == 0, result.output
    assert "person_name" in result.output and "Corpus: 1 files" in result.output


def test_eval_command_on_missing_dir_exits_one_with_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "not found" in result.output
    assert "Traceback" not in result.output


def test_a_role_matches_with_or_without_its_place_of_work() -> None:
    from briefings.evaluate.matching import same_role

    assert same_role("senior fellow", "senior fellow at the Halden Policy Group")
    assert same_role("researcher with the Orvik Centre", "researcher")
    assert same_role("director-general of the Marlow Institute for Strategic Studies", "director-general")
    # a field of study or an office's portfolio is part of the role, not a place of work
    assert not same_role("professor of security studies", "professor")
    assert not same_role("Director of Policy Planning", "Director")
    assert not same_role("senior fellow", "research fellow at the Halden Policy Group")


def test_person_full_counts_a_role_given_with_its_place_of_work() -> None:
    g = gold(people=[{"name": "Imogen Thackeray", "role": "senior fellow", "country": None}])
    b = briefing(people=[person("Imogen Thackeray", "senior fellow at the Halden Policy Group", None)])
    rep = EvalReport()
    score_briefing(rep, "x", g, b)
    assert rep.scores["person_full"].tp == 1


def test_a_role_matches_with_or_without_a_ministry_named_in_full_before_it() -> None:
    from briefings.evaluate.matching import same_role

    assert same_role("Undersecretary for Policy", "Department of Foreign Affairs Undersecretary for Policy")
    assert same_role("Ministry of External Affairs spokesperson", "spokesperson")
    assert same_role(
        "Deputy Secretary Pacific", "Ministry of Foreign Affairs and Trade Deputy Secretary Pacific"
    )
    # the title itself must still agree
    assert not same_role("Undersecretary for Policy", "Department of Trade Undersecretary for Trade")
    assert not same_role("Foreign Minister", "Ministry of Defence Minister")
