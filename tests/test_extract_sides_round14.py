"""Side-meeting rules, round 14: "join A and B for a trilateral" names its kind; a clause opening with its
verb or its object ("..., and join A and B for ...", "... and a separate trilateral with ...") shares the
sentence's subject; ", and would ..." and "and join ..." open clauses of their own; a relative clause inside
a list goes on to ", and with B"; a kind word inside the talks' subject ("to discuss a bilateral trade
deal") does not stand for the meeting; "meet B one-on-one" is a bilateral; "the Xish and Yish
counterparts" and "the Xish and Yish defense chiefs" are the countries' named officials."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


_BASE = (
    "Foreign ministers from Chile, Norway, Kenya and Peru will meet from June 3 to 5 in Valdivia. "
    "Chilean Foreign Minister Ilse Harrow will host Norwegian Foreign Minister Tomas Reed, Kenyan Foreign "
    "Minister Pavel Orlo and Peruvian Foreign Minister Mara Quist for the gathering.\n\n"
)
_TRI = ("trilateral", ["Ilse Harrow", "Mara Quist", "Tomas Reed"])


# --- "join A and B for a trilateral": the kind, and the sentence's subject --------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow is due to hold a bilateral with Kenyan Foreign Minister Pavel Orlo on June 4 before joining "
        "Reed and Peru's Foreign Minister, Mara Quist, for a trilateral on fisheries.",
        "She will also meet Kenya's Pavel Orlo, and join Mr Reed and Peru's Foreign Minister, Mara Quist, "
        "for a trilateral meeting on fisheries.",
        "On June 4, Harrow will see Orlo and then join Reed and Quist for a trilateral on ocean policy.",
        "Ms Harrow will join Reed and Quist for a brief trilateral on the margins.",
    ],
)
def test_join_for_a_trilateral(sentence: str) -> None:
    sides = _sides(_BASE + sentence)
    assert _TRI in sides
    assert ("trilateral", ["Mara Quist", "Pavel Orlo", "Tomas Reed"]) not in sides


@pytest.mark.parametrize(
    "sentence",
    [
        "On June 4, she will meet with Foreign Minister Orlo and then join a trilateral meeting with "
        "Foreign Minister Reed and Peruvian Foreign Minister Mara Quist.",
        "On Wednesday, Harrow will hold talks with Orlo and then join a trilateral meeting with Reed and "
        "Quist.",
        "Harrow will meet Orlo on June 4, and join a trilateral session with Reed and Quist.",
    ],
)
def test_clause_opening_with_its_verb_shares_the_subject(sentence: str) -> None:
    assert _TRI in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow is scheduled to hold a trilateral meeting with her Norwegian and Kenyan counterparts and a "
        "separate trilateral with the Norwegian and Peruvian counterparts.",
        "Harrow will hold a trilateral meeting with Reed and Orlo and a separate trilateral with Reed and "
        "Quist.",
        "Harrow plans a trilateral meeting with her Kenyan and Norwegian counterparts and a separate "
        "trilateral with the Peruvian and Norwegian foreign ministers.",
    ],
)
def test_second_trilateral_after_and(sentence: str) -> None:
    sides = _sides(_BASE + sentence)
    assert _TRI in sides
    assert ("trilateral", ["Ilse Harrow", "Pavel Orlo", "Tomas Reed"]) in sides


def test_the_adjectives_need_a_counterpart_noun() -> None:
    # "the Norwegian and Peruvian delegations" are not officials named by country
    text = _BASE + "Harrow will hold talks with Orlo, welcoming the Norwegian and Peruvian delegations."
    sides = _sides(text)
    assert ("bilateral", ["Ilse Harrow", "Pavel Orlo"]) in sides
    assert _TRI not in sides


# --- ", and would ...", "who ..., and with B" --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said Harrow would also hold a trilateral meeting with Reed and Quist on fisheries, and "
        "would host Kenyan Foreign Minister Pavel Orlo at a working lunch.",
        "Officials said Harrow would hold a trilateral meeting with Quist and Reed, and would later call on "
        "Orlo.",
        "Harrow would hold a trilateral meeting with Reed and Quist, and would then receive Orlo.",
    ],
)
def test_and_would_opens_a_clause(sentence: str) -> None:
    assert _TRI in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow also plans separate bilateral talks with Norwegian Foreign Minister Tomas Reed, who chairs "
        "the fisheries panel, and with Peruvian Foreign Minister Mara Quist.",
        "Harrow will hold separate bilateral meetings with Reed, who arrives on Tuesday, and with Quist.",
        "Harrow will also hold separate talks with Quist, who is new in office, and with Reed.",
    ],
)
def test_relative_clause_inside_a_list(sentence: str) -> None:
    sides = _sides(_BASE + sentence)
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) in sides
    assert ("bilateral", ["Ilse Harrow", "Mara Quist"]) in sides


# --- the kind word inside the talks' subject; "one-on-one" ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She will also meet Kenyan Foreign Minister Pavel Orlo to discuss the ongoing negotiations on a "
        "bilateral trade arrangement.",
        "Harrow will meet Orlo to review a bilateral fisheries accord.",
        "Harrow will also meet Orlo on Thursday to discuss bilateral trade.",
    ],
)
def test_kind_word_in_the_topic(sentence: str) -> None:
    assert ("bilateral", ["Ilse Harrow", "Pavel Orlo"]) in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Orlo is also expected to meet Reed one-on-one on Friday, a Kenyan ministry spokesman said.",
        "Orlo will meet Reed one-on-one on June 4.",
        "On Friday, Orlo is to meet Reed one-on-one at the venue.",
    ],
)
def test_one_on_one_adverb(sentence: str) -> None:
    assert ("bilateral", ["Pavel Orlo", "Tomas Reed"]) in _sides(_BASE + sentence)


def test_kind_word_before_its_own_meeting_still_speaks() -> None:
    # "held talks with A and B in a trilateral format": one trilateral, not two bilaterals
    sides = _sides(_BASE + "Harrow will hold talks with Reed and Quist in a trilateral format on June 4.")
    assert _TRI in sides
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) not in sides


# --- "join A in a meeting with B"; "to convene a four-way meeting with" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will also join Norwegian Foreign Minister Tomas Reed in a meeting with Peruvian Foreign "
        "Minister Mara Quist, the first such joint meeting since the three countries began talks.",
        "On June 4, Harrow joins Reed in a meeting with Quist on fisheries.",
        "She will join Mr Reed in a session with Ms Quist at the venue.",
    ],
)
def test_join_a_in_a_meeting_with_b(sentence: str) -> None:
    assert _TRI in _sides(_BASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow is also expected to convene a four-way meeting with her counterparts from Brazil, Ghana "
        "and Japan: Foreign Minister Ana Pires, Foreign Minister Kofi Mensah and Foreign Minister Jun Sato.",
        "Harrow plans to convene a meeting with Brazilian Foreign Minister Ana Pires, Ghanaian Foreign "
        "Minister Kofi Mensah and Japanese Foreign Minister Jun Sato on June 4.",
        "On the margins, Harrow is to convene a session with Brazil's Ana Pires, Ghana's Kofi Mensah and "
        "Japan's Jun Sato, all foreign ministers.",
    ],
)
def test_to_convene_a_meeting_with(sentence: str) -> None:
    want = ("multilateral", ["Ana Pires", "Ilse Harrow", "Jun Sato", "Kofi Mensah"])
    assert want in _sides(_BASE + sentence)


def test_join_in_needs_a_meeting_noun() -> None:
    # "join Reed in calling for ...": no meeting
    sides = _sides(_BASE + "Harrow will join Reed in calling for a ceasefire in the region.")
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) not in sides


# --- "where he and B will meet C": the pronoun's person meets too ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will then travel to Lima, where she and Secretary of Fisheries Ana Pires will meet Peruvian "
        "Foreign Minister Mara Quist on June 6.",
        "On June 6 Harrow flies to Lima, where she and Fisheries Minister Ana Pires will meet Quist.",
        "Harrow goes on to Lima. On June 6, she and Minister for Fisheries Ana Pires are to meet Quist.",
    ],
)
def test_pronoun_and_name_subject(sentence: str) -> None:
    sides = _sides(
        _BASE.replace("gathering.", "gathering. Chile's Minister for Fisheries Ana Pires will attend.")
        + sentence
    )
    assert any(set(p) >= {"Ilse Harrow", "Ana Pires", "Mara Quist"} for _, p in sides), sides


def test_pronoun_and_without_a_name_is_not_joined() -> None:
    # "she and her team will meet B": no second named subject
    sides = _sides(_BASE + "In Lima, she and her team will meet Quist on June 6.")
    assert all("Tomas Reed" not in p for _, p in sides)


# --- "ahead of B's visit": B is not met -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Harrow will hold a bilateral meeting with Reed ahead of President Luis Ortega's visit to Norway "
        "next month.",
        "Harrow will meet Reed on June 4 before President Luis Ortega's state visit to Oslo.",
        "Harrow will also hold talks with Reed, following Luis Ortega's trip to the region.",
    ],
)
def test_a_visit_named_by_possessive_is_not_a_participant(sentence: str) -> None:
    sides = _sides(_BASE + "President Luis Ortega of Chile is due in Oslo in July.\n\n" + sentence)
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) in sides
    assert all("Luis Ortega" not in p for _, p in sides)


def test_meeting_with_a_possessive_name_still_counts() -> None:
    # "Harrow will meet Reed's deputy, Ana Pires": a possessive not followed by a visit
    sides = _sides(_BASE + "Harrow will meet Reed and his deputy, Ana Pires, before the summit.")
    assert any("Tomas Reed" in p for _, p in sides)


# --- "the bilateral meetings would be with A, B and C" ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Foreign Minister Ana Pires said the bilateral meetings would be with Brazilian President "
        "Joao Lima and Ghanaian President Kofi Mensah.",
        "The ministry said the bilateral meetings will be with Brazil's President Joao Lima and Ghana's "
        "President Kofi Mensah.",
        "According to officials, the bilateral talks would be with President Joao Lima of Brazil and "
        "President Kofi Mensah of Ghana.",
    ],
)
def test_the_meetings_would_be_with(sentence: str) -> None:
    sides = _sides(_BASE + sentence)
    assert ("bilateral", ["Ilse Harrow", "Joao Lima"]) in sides
    assert ("bilateral", ["Ilse Harrow", "Kofi Mensah"]) in sides


@pytest.mark.parametrize(
    "sentence",
    [
        "At the bilateral meeting, Harrow and Reed will discuss fisheries.",
        "Pires said the bilateral meetings would be held with care in Valdivia.",
    ],
)
def test_the_meeting_without_be_with_is_not_new(sentence: str) -> None:
    assert _sides(_BASE + sentence) == []


# --- "co-chair the Joint Forum with B"; "on the morning of the meeting" ------------------------------

_TRIP = (
    "Foreign Minister Ilse Harrow of Chile will visit Peru and Norway from 3 to 8 June.\n\n"
    "In Lima, Ms Harrow will hold talks with Peruvian Foreign Minister Mara Quist.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit concludes in Oslo, where Ms Harrow will co-chair the Joint Ministerial Forum with "
        "Norway's Minister of Foreign Affairs, Tomas Reed, on 8 June.",
        "In Oslo on 8 June, Ms Harrow will co-chair the Joint Commission with Foreign Minister Tomas Reed.",
        "Ms Harrow will also chair the annual Economic Forum with Norwegian Foreign Minister Tomas Reed in "
        "Oslo on 8 June.",
    ],
)
def test_forum_or_commission_with_b(sentence: str) -> None:
    assert ("bilateral", ["Ilse Harrow", "Tomas Reed"]) in _sides(_TRIP + sentence)


_WEIMAR = (
    "Foreign ministers of Chile, Peru and Norway will meet in Valdivia on 3 June 2031. Chilean Foreign "
    "Minister Ilse Harrow will host Peruvian Foreign Minister Mara Quist and Norwegian Foreign Minister "
    "Tomas Reed.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Quist will meet Deputy Minister of Foreign Affairs Ana Pires on the morning of the "
        "meeting to review preparations.",
        "Minister Reed will meet Deputy Minister Ana Pires on the evening of the talks.",
        "On the eve of the meeting, Minister Quist will meet Deputy Minister Ana Pires.",
    ],
)
def test_a_time_of_its_own_beside_the_main_event(sentence: str) -> None:
    sides = _sides(
        _WEIMAR.replace("Tomas Reed.", "Tomas Reed. Chile's Deputy Minister Ana Pires will attend.")
        + sentence
    )
    assert any(k == "bilateral" and "Ana Pires" in p for k, p in sides), sides


def test_a_past_morning_is_not_announced() -> None:
    text = _WEIMAR.replace("Tomas Reed.", "Tomas Reed. Chile's Deputy Minister Ana Pires will attend.")
    assert _sides(text + "Minister Quist met Deputy Minister Ana Pires on the morning of 2 May 2030.") == []


# --- a meeting of two people the main event does not have --------------------------------------------

_CONF = (
    "Foreign Secretary Jane Moss will host foreign ministers from across the region at Carlton House in "
    "London on 12 and 13 June.\n\n"
    '"That is why I have invited ministers from the region to London, to agree practical steps.\n\n'
    '"We will not look away."\n\n'
    "On the margins of the conference, the Foreign Secretary will hold bilateral meetings with Kenya's "
    "Foreign Minister, Dr Ruth Kamande, and with Ghana's Foreign Minister, Kofi Mensah.\n\n"
    "She will also convene a trilateral meeting on trade with Chile's Minister of State, Ana Pires, and "
    "Peru's Minister of State, Mara Quist, on 13 June.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister for Development Tom Ashby will host a working lunch for the heads of the agencies and "
        "will meet Somalia's Minister of Foreign Affairs, Abdi Warsan, to discuss counter-piracy.",
        "Development Minister Tom Ashby will meet Somali Foreign Minister Abdi Warsan to discuss piracy.",
        "Trade Minister Tom Ashby is to meet Somalia's Foreign Minister, Abdi Warsan, and discuss ports.",
    ],
)
def test_meeting_of_two_outside_the_main_event(sentence: str) -> None:
    assert ("bilateral", ["Abdi Warsan", "Tom Ashby"]) in _sides(_CONF + sentence)


def test_one_outsider_alone_is_no_meeting() -> None:
    # "Minister C will meet reporters": one person named, no one met
    sides = _sides(_CONF + "Development Minister Tom Ashby will meet reporters in the afternoon.")
    assert all("Tom Ashby" not in p for _, p in sides)


# --- "..., and will meet B on the margins of X": the sentence's subject holds both cues' meeting ------


@pytest.mark.parametrize(
    "sentence",
    [
        "I will hold a bilateral meeting with Reed ahead of the summit, and will meet Foreign Minister "
        "Quist on the margins of the gathering.",
        "She will hold talks with Reed on June 4, and will meet Quist on the sidelines of the meeting.",
        "I will see Foreign Minister Reed first, and would then meet Quist on the margins of the forum.",
    ],
)
def test_will_meet_on_the_margins_shares_the_subject(sentence: str) -> None:
    sides = _sides(_BASE + sentence)
    assert ("bilateral", ["Ilse Harrow", "Mara Quist"]) in sides
    assert ("bilateral", ["Mara Quist", "Tomas Reed"]) not in sides


# --- "will host her Xish and Yish counterparts"; "a day earlier" with a future verb ------------------

_SUMMIT = (
    "Leaders of Chile, Norway and Peru will meet in Valdivia on June 3, 2031. Chilean President Luis Ortega "
    "will host Norwegian Prime Minister Erik Dahl and Peruvian President Rosa Quispe.\n\n"
    "Chilean Foreign Minister Ilse Harrow, Norwegian Foreign Minister Tomas Reed and Peruvian Foreign "
    "Minister Mara Quist will attend.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A day earlier, on June 2, Foreign Minister Ilse Harrow will host her Norwegian and Peruvian "
        "counterparts in Valdivia to prepare the leaders' meeting.",
        "Two days earlier, on June 1, Harrow will host her Norwegian and Peruvian counterparts in Santiago.",
        "Harrow will also host her Peruvian and Norwegian counterparts on June 2 in Santiago.",
    ],
)
def test_host_her_counterparts(sentence: str) -> None:
    assert _TRI in _sides(_SUMMIT + sentence)


def test_past_hosting_is_not_announced() -> None:
    sides = _sides(_SUMMIT + "Last year, Harrow hosted her Norwegian and Peruvian counterparts in Santiago.")
    assert _TRI not in sides


def test_hosting_counterparts_without_a_day_of_its_own_is_the_main_event() -> None:
    # "Harrow will host her Xish and Yish counterparts in Valdivia": the gathering itself
    assert _TRI not in _sides(
        _SUMMIT + "Harrow will host her Norwegian and Peruvian counterparts in Valdivia."
    )
