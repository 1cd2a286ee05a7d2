"""Side-meeting rules, round 18 (fourth pass): the talks a visit's programme lists are a side meeting of
their own, not the visit again."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- a visit's talks: "B will hold talks with A on Monday" -------------------------------------------


@pytest.mark.parametrize(
    "lead, talks",
    [
        (
            "Official Visit of Minister for Foreign Affairs of Norland Erik Tallberg to Marovia, 12 to 13 "
            "May 2031\n\nMinister for Foreign Affairs of Norland Erik Tallberg will make an Official Visit "
            "to Marovia from 12 to 13 May 2031.",
            "Minister for Foreign Affairs Dr Ilan Dorcas will hold talks with Minister Tallberg on Monday "
            "and host him to an official lunch.",
        ),
        (
            "Working Visit of Defence Minister Erik Tallberg to Marovia, 12-13 May 2031\n\nDefence Minister "
            "Erik Tallberg of Norland will pay a working visit to Marovia on 12-13 May 2031.",
            "In Vasto, Minister Tallberg will hold talks with his counterpart Ilan Dorcas.",
        ),
        (
            "Visit of Minister of Foreign Affairs Erik Tallberg to Marovia, 12-13 May 2031\n\nMinister of "
            "Foreign Affairs Erik Tallberg of Norland will pay an official visit to Marovia on 12-13 May "
            "2031 upon the invitation of Minister of Foreign Affairs Ilan Dorcas.",
            "Minister Tallberg will hold talks with Minister Dorcas on Tuesday.",
        ),
        (
            "State Visit of President Erik Tallberg of Norland to Marovia, 12-13 May 2031\n\nPresident Erik "
            "Tallberg of Norland will pay a State Visit to Marovia from 12 to 13 May 2031.",
            "President Ilan Dorcas of Marovia will hold talks with President Tallberg on 12 May.",
        ),
    ],
)
def test_visit_talks_are_their_own_bilateral(lead: str, talks: str) -> None:
    sides = _sides(lead + "\n\n" + talks)
    assert ("bilateral", ["Erik Tallberg", "Ilan Dorcas"]) in sides, sides


def test_talks_restating_a_meeting_are_not_a_side_meeting() -> None:
    # the main event is the talks themselves, not a visit: saying them again adds no meeting
    sides = _sides(
        "Norland and Marovia foreign ministers to meet in Vasto\n\nForeign Minister Erik Tallberg of "
        "Norland will meet Foreign Minister Ilan Dorcas of Marovia in Vasto on 12 May 2031.\n\n"
        "Minister Tallberg will hold talks with Minister Dorcas on trade and energy."
    )
    assert ("bilateral", ["Erik Tallberg", "Ilan Dorcas"]) not in sides, sides


# --- "participate in the fourth A-B 2+2 Ministerial Dialogue with C and D": one meeting of the four -----

_TRAVEL = (
    "Secretary of Defense Erik Tallberg Travels to Kenya and Chile\n\nSecretary of Defense Erik "
    "Tallberg departs today for Kenya and Chile, where he will travel May 10-14, 2031.\n\nIn Nairobi, "
    "on May 11, Secretary Tallberg will host a trilateral defense ministers' meeting with Kenyan Minister "
    "of Defense Oren Halvy and Ghanaian Defence Minister Mara Quell.\n\nOn May 12, the Secretary will "
    "travel to Santiago. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There, on May 13, he and Secretary of State Ilan Dorcas will participate in the fourth Canada-Chile "
        "2+2 Ministerial Dialogue with Secretary of Foreign Affairs Radu Mirel and Secretary of National "
        "Defense Victor Lupan Jr. Secretary Tallberg will also hold a separate bilateral meeting with "
        "Secretary Lupan.",
        "On May 13, he and Secretary of State Ilan Dorcas will take part in the second Canada-Chile 2+2 "
        "Dialogue with Foreign Secretary Radu Mirel and Defense Secretary Victor Lupan.",
        "In Santiago, he and Secretary of State Ilan Dorcas will participate in the fifth Canada-Chile 2+2 "
        "Ministerial Dialogue with Foreign Minister Radu Mirel and Defense Minister Victor Lupan.",
    ],
)
def test_participate_in_a_format_with_two_is_one_meeting(sentence: str) -> None:
    sides = _sides(_TRAVEL + sentence)
    four = sorted(["Erik Tallberg", "Ilan Dorcas", "Radu Mirel", "Victor Lupan"])
    found = [{p.replace(" Jr.", "") for p in ps} for k, ps in sides if k == "bilateral"]
    assert any(set(four) <= ps for ps in found), sides
    assert ("bilateral", ["Ilan Dorcas", "Radu Mirel"]) not in sides, sides


def test_a_name_suffix_then_a_new_subject_ends_the_sentence() -> None:
    sides = _sides(
        _TRAVEL + "There, on May 13, he will meet Secretary of National Defense Victor Lupan Jr. Secretary "
        "Tallberg will also call on President Radu Mirel, and the two Secretaries will jointly visit a base."
    )
    assert ("bilateral", ["Erik Tallberg", "Victor Lupan Jr."]) in sides, sides
    assert not any("Victor Lupan Jr." in ps and "Radu Mirel" in ps for _, ps in sides), sides


def test_a_name_suffix_inside_a_sentence_does_not_split() -> None:
    from briefings.extract.sentences import split

    doc = split("He will meet President Radu Mirel Jr. and Secretary Victor Lupan on Monday in Vasto.")
    assert len(doc.sentences) == 1


def test_participating_in_the_headline_format_is_the_main_event() -> None:
    sides = _sides(
        "Canada-Chile 2+2 Ministerial Dialogue to open in Santiago\n\nOn May 13, 2031, Foreign Minister Erik "
        "Tallberg and Defence Minister Ilan Dorcas of Canada will participate in the Canada-Chile 2+2 "
        "Ministerial Dialogue with Foreign Minister Radu Mirel and Defense Minister Victor Lupan of Chile."
    )
    assert not any("Radu Mirel" in ps for _, ps in sides), sides


# --- a meeting stated not to happen: "there are no plans for A to meet B" ----------------------------

_FORUM = (
    "Canadian foreign minister to attend ASEAN talks in Jakarta\n\nForeign Minister Erik Tallberg of Canada "
    "will attend the ASEAN Regional Forum in Jakarta on July 10, 2031, a senior official said.\n\n"
    "Chilean Foreign Minister Ilan Dorcas is also due to attend the forum. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There are no plans for Tallberg to meet Dorcas, the official said.",
        "Dorcas will also be in Jakarta, but there are no plans for Tallberg to meet him, the official said.",
        "Tallberg does not plan to meet Dorcas, the official said.",
        "Tallberg will not meet Dorcas on the sidelines, the official said.",
        "The minister has no intention to meet Dorcas there, officials said.",
    ],
)
def test_a_meeting_stated_not_to_happen_is_no_meeting(sentence: str) -> None:
    sides = _sides(_FORUM + sentence)
    assert not any("Ilan Dorcas" in ps for _, ps in sides), sides


def test_a_planned_meeting_still_counts() -> None:
    sides = _sides(_FORUM + "Tallberg will meet Dorcas on the sidelines on Thursday, the official said.")
    assert ("bilateral", ["Erik Tallberg", "Ilan Dorcas"]) in sides, sides


# --- a shared bare surname: "Kim held talks with B" means the Kim named beside B ---------------------

_TRI = (
    "Three vice foreign ministers meet in Seoul\n\nSEOUL, Oct. 16 (Yonhap) -- First Vice Foreign Minister "
    "Park Min-su hosted U.S. Deputy Secretary of State Eric Dalton and Japanese Vice Foreign Minister Kenji "
    "Arai for trilateral talks in Seoul on Wednesday.\n\n{background}\n\n{sentence}"
)


@pytest.mark.parametrize(
    "background, sentence",
    [
        (
            "North Korean leader Park Jong-chol convened a security meeting earlier this week.",
            "Ahead of the trilateral session, Park held separate bilateral talks with Dalton and with Arai "
            "on Tuesday.",
        ),
        (
            "Opposition leader Park Sang-hoon has long criticised the format.",
            "Before the session, Park held separate bilateral talks with Dalton and Arai on Tuesday.",
        ),
        (
            "Former minister Park Eun-ji wrote in a column that the format had stalled in 2022.",
            "On Tuesday, Park held bilateral talks with Dalton and with Arai.",
        ),
    ],
)
def test_a_bare_surname_means_the_namesake_named_beside_the_partner(background: str, sentence: str) -> None:
    sides = _sides(_TRI.format(background=background, sentence=sentence))
    assert ("bilateral", ["Eric Dalton", "Park Min-su"]) in sides, sides
    assert ("bilateral", ["Kenji Arai", "Park Min-su"]) in sides, sides
    assert not any(p.startswith("Park") and p != "Park Min-su" for _, ps in sides for p in ps), sides


def test_a_bare_surname_keeps_the_one_named_beside_the_partner() -> None:
    sides = _sides(
        "Three vice foreign ministers meet in Seoul\n\nSEOUL, Oct. 16 (Yonhap) -- First Vice Foreign "
        "Minister Park Min-su hosted Japanese Vice Foreign Minister Kenji Arai for talks in Seoul on "
        "Wednesday.\n\n"
        "Unification Minister Park Sang-hoon and U.S. envoy Eric Dalton toured the border on Monday.\n\n"
        "On Thursday, Park will hold talks with Dalton on North Korea policy."
    )
    assert not any("Park Min-su" in ps and "Eric Dalton" in ps for _, ps in sides), sides


# --- a possessive owner is no participant: "meet Lula's chief foreign policy adviser, A" ------------

_ENVOY = (
    "Chilean envoy to visit Canada\n\nOTTAWA, May 2, 2031 - Chilean special envoy Ilan Dorcas will visit "
    "Canada next week, officials said. Prime Minister Radu Mirel of Canada will host the G7 summit in "
    "June.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, Dorcas is scheduled to meet Mirel's chief foreign policy adviser, Victor Lupan, at the "
        "Parliament.",
        "On Tuesday, Dorcas will meet Mirel's national security adviser Victor Lupan in Ottawa.",
        "On Tuesday, Dorcas will hold talks with Mirel's special envoy, Victor Lupan.",
        "On Tuesday, Dorcas will meet Mirel's deputy chief of staff, Victor Lupan, in Ottawa.",
    ],
)
def test_a_possessive_owner_is_not_met(sentence: str) -> None:
    sides = _sides(_ENVOY + sentence)
    assert any("Victor Lupan" in ps for _, ps in sides), sides
    assert not any("Radu Mirel" in ps for _, ps in sides), sides


def test_a_person_met_after_a_possessive_object_is_still_met() -> None:
    sides = _sides(
        _ENVOY + "On Tuesday, Dorcas will meet Prime Minister Mirel at Mirel's official residence."
    )
    assert any("Radu Mirel" in ps for _, ps in sides), sides
