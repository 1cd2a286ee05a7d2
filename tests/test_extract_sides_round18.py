"""Side-meeting rules, round 18: "met separately with A, B and C" (an adverb between "met" and "with")
is one bilateral with each person named."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "met separately with A, B and C" ---------------------------------------------------------------

_VISIT = (
    "Vasto, 12 April 2031 - President of Norland Erik Tallberg paid a State visit to Marovia from 10 to 11 "
    "April 2031 at the invitation of General Secretary Ilan Dorcas.\n\n"
    "Talks between General Secretary Ilan Dorcas and President Tallberg were held on 10 April.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On April 11, President Tallberg met separately with President Radu Mirel, Prime Minister Oana "
        "Petrescu and Chairman of the National Assembly Victor Lupan.",
        "On 11 April President Tallberg also met separately with Prime Minister Oana Petrescu, President "
        "Radu Mirel and Chairman of the National Assembly Victor Lupan.",
        "The next day, President Tallberg met separately with Chairman of the National Assembly Victor "
        "Lupan, President Radu Mirel and Prime Minister Oana Petrescu.",
    ],
)
def test_met_separately_with_each(sentence: str) -> None:
    sides = _sides(_VISIT + sentence)
    for other in ("Oana Petrescu", "Radu Mirel", "Victor Lupan"):
        assert ("bilateral", sorted(["Erik Tallberg", other])) in sides, sides


def test_met_privately_with_one() -> None:
    sides = _sides(
        _VISIT + "On April 11, President Tallberg met privately with Prime Minister Oana Petrescu."
    )
    assert ("bilateral", ["Erik Tallberg", "Oana Petrescu"]) in sides, sides


def test_met_separately_background_is_not_listed() -> None:
    sides = _sides(
        _VISIT + "In 2019, President Tallberg met separately with Prime Minister Oana Petrescu in Geneva."
    )
    assert not any("Oana Petrescu" in p for _, p in sides), sides


# --- "She will separately meet B": the adverb before the verb ----------------------------------------

_TRIP = (
    "Berlin, 2 May 2031 - Foreign Minister Greta Lindqvist will travel to Norland and Marovia next week.\n\n"
    "In Vasto, Lindqvist will hold talks with her Marovian counterpart, Foreign Minister Radu Mirel.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "She will separately meet Ilan Dorcas, Secretary General of the Harbour Forum, on sea levels.",
        "Lindqvist will separately meet Ilan Dorcas, Secretary General of the Harbour Forum.",
        "On Friday she will privately meet Ilan Dorcas, Secretary General of the Harbour Forum.",
        "The minister will briefly meet with Ilan Dorcas, Secretary General of the Harbour Forum.",
    ],
)
def test_adverb_before_meet(sentence: str) -> None:
    sides = _sides(_TRIP + sentence)
    assert ("bilateral", ["Greta Lindqvist", "Ilan Dorcas"]) in sides, sides


def test_separately_without_meeting_verb_is_no_meeting() -> None:
    sides = _sides(
        _TRIP + "She will separately visit a port with Ilan Dorcas, Secretary General of the Forum."
    )
    assert not any("Ilan Dorcas" in p for _, p in sides), sides


# --- "... and will hold separate bilateral talks with each leader" ----------------------------------

_SUMMIT = "OSLO, June 3 - Prime Minister Erik Tallberg will travel to Vasto on Sunday for a summit.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallberg will sit down with Marovian President Radu Mirel and Ostrian Premier Oana Petrescu for the "
        "summit on Monday, and will hold separate bilateral talks with each leader on Sunday, a spokesman "
        "told reporters.",
        "Tallberg will join Marovian President Radu Mirel and Ostrian Premier Oana Petrescu at the summit, "
        "and will hold bilateral meetings with each of them on Sunday.",
        "Tallberg will see Ostrian Premier Oana Petrescu and Marovian President Radu Mirel at the summit on "
        "Monday, and will hold separate bilateral talks with both leaders on Sunday.",
    ],
)
def test_with_each_leader(sentence: str) -> None:
    sides = _sides(_SUMMIT + sentence)
    assert ("bilateral", ["Erik Tallberg", "Radu Mirel"]) in sides, sides
    assert ("bilateral", ["Erik Tallberg", "Oana Petrescu"]) in sides, sides


def test_with_each_leader_names_no_one_after() -> None:
    sides = _sides(
        _SUMMIT
        + "Tallberg will hold separate bilateral talks with each leader on Sunday, spokesman Ivo Brandt "
        "told reporters."
    )
    assert not any("Ivo Brandt" in p for _, p in sides), sides


# --- "..., before travelling on to Y for a meeting with C": the sentence's subject meets C -------------

_TOUR = (
    "Berlin, 2 May 2031 - Defence Minister Greta Lindqvist will visit Marovia and Ostria next week, a "
    "spokeswoman said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday she will hold talks in Vasto with her Marovian counterpart Radu Mirel, before travelling "
        "on to Ostra for a meeting with Ostrian Defence Minister Oana Petrescu on Wednesday.",
        "On Tuesday she will hold talks in Vasto with her Marovian counterpart Radu Mirel, before flying to "
        "Ostra for talks with Ostrian Defence Minister Oana Petrescu.",
        "Lindqvist will hold talks in Vasto with her Marovian counterpart Radu Mirel, before heading to "
        "Ostra for a meeting with Ostrian Defence Minister Oana Petrescu.",
    ],
)
def test_participle_leg_keeps_the_subject(sentence: str) -> None:
    sides = _sides(_TOUR + sentence)
    assert ("bilateral", ["Greta Lindqvist", "Oana Petrescu"]) in sides, sides
    assert ("bilateral", ["Oana Petrescu", "Radu Mirel"]) not in sides, sides


def test_own_subject_after_before_is_kept() -> None:
    sides = _sides(
        _TOUR + "Lindqvist will hold talks in Vasto with Marovian Defence Minister Radu Mirel, before Mirel "
        "travels to Ostra for a meeting with Ostrian Defence Minister Oana Petrescu."
    )
    assert ("bilateral", ["Greta Lindqvist", "Oana Petrescu"]) not in sides, sides


# --- "host a trilateral defense ministers' meeting with A and B": the count word gives the kind --------

_DEFMIN = (
    "WASHINGTON, May 2, 2031 - Secretary of Defense Erik Tallberg will travel to Japan and Vietnam from "
    "May 8 to 12, 2031.\n\n"
    "In Tokyo, on May 8, Secretary Tallberg will hold talks with Japanese Minister of Defense Radu Mirel.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Also on May 9, Secretary Tallberg will host a trilateral defense ministers' meeting with Minister "
        "Mirel and Australian Minister for Defence Oana Petrescu to advance cooperation.",
        "Secretary Tallberg will also host a trilateral defence ministerial meeting with Minister Mirel and "
        "Australian Minister for Defence Oana Petrescu.",
        "On May 9, Secretary Tallberg will attend a trilateral ministers' meeting with Minister Mirel and "
        "Australian Minister for Defence Oana Petrescu.",
    ],
)
def test_trilateral_ministers_meeting(sentence: str) -> None:
    sides = _sides(_DEFMIN + sentence)
    assert ("trilateral", ["Erik Tallberg", "Oana Petrescu", "Radu Mirel"]) in sides, sides


def test_ministers_meeting_without_count_stays_multilateral() -> None:
    sides = _sides(
        _DEFMIN
        + "On May 9, Secretary Tallberg will attend the Harbour Group defense ministers' meeting with "
        "Minister Mirel and Australian Minister for Defence Oana Petrescu."
    )
    assert not any(k == "trilateral" for k, _ in sides), sides
