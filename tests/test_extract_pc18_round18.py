"""Country rules, round 18 (pc18): a person named right after "accompanied by" is of the party of the one
accompanied, not the host's, though a later sentence has a host's official meet them; a sentence opening
"Before X, A was received by B" has A as its subject, so the next sentence's "the minister was accompanied
by C" means A, and C is A's; "the President's diplomatic adviser, Ms A" makes A staff of the text's own
President (the first named with that title), not of the host's; one who "will attend the X meetings to be
held in Xcity" travels there and is not of Xcity's state."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 6, 2)


def _country(text: str, name: str) -> str | None:
    """The country extracted for the named person (fails when the person is not found)."""
    return person(extract(text, today=TODAY), name).country


# ---- a companion met later by the host's official stays of the leader's party -------------------------


def test_companion_met_later_by_host_official() -> None:
    text = (
        "Canadian Minister of National Defence Laura Pelletier is to meet Norway's Minister of Defence, "
        "Erik Haugland, in Oslo on 4 May.\n\n"
        "Pelletier will be accompanied by Marc Dufresne, Associate Minister of Defence Procurement. "
        "The delegation leaves Ottawa on 2 May.\n\n"
        "Ingrid Solberg, State Secretary at the Norwegian ministry, will hold a separate session with "
        "Dufresne on 4 May on industrial cooperation."
    )
    assert _country(text, "Marc Dufresne") == "Canada"


def test_companion_joined_later_in_working_session() -> None:
    text = (
        "Brazilian Foreign Minister Rafael Monteiro will hold talks with Kenya's Cabinet Secretary for "
        "Foreign Affairs, Grace Wanjiru, in Nairobi on 10 March.\n\n"
        "Monteiro will be accompanied by Tiago Bastos, Secretary for Africa and the Middle East. "
        "Later that day, Kenyan Principal Secretary Peter Otieno will meet with Bastos on trade questions."
    )
    assert _country(text, "Tiago Bastos") == "Brazil"


def test_companion_then_lunch_with_host() -> None:
    text = (
        "Australian Minister for Trade Olivia Marsh will visit Hanoi on 8 July for talks with Vietnam's "
        "Minister of Industry and Trade, Tran Van Hai.\n\n"
        "Marsh will be accompanied by Liam Gorton, Assistant Minister for Trade. Vietnamese Deputy Minister "
        "Nguyen Thi Lan will host a working lunch with Gorton."
    )
    assert _country(text, "Liam Gorton") == "Australia"


def test_host_official_met_stays_host() -> None:
    # near miss: no "accompanied by" - the one met in the host capital is the host's
    text = (
        "Canadian Minister of National Defence Laura Pelletier is to meet Norway's Minister of Defence, "
        "Erik Haugland, in Oslo on 4 May.\n\n"
        "Pelletier will also hold a separate session with Ingrid Solberg, State Secretary, on 4 May."
    )
    assert _country(text, "Ingrid Solberg") == "Norway"


# ---- "Before X, A was received by B. The minister was accompanied by C": C is A's ----------------------


def test_before_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Dutch Minister of Defence Pieter de Graaf and Estonia's Minister of Defence, Kaarel Tamm, signed an "
        "agreement in Tallinn on Monday.\n\n"
        "Before the signing, De Graaf was received by President Mart Kask for a conversation on regional "
        "security. The minister was accompanied by the Commander of the Land Forces, Lieutenant General "
        "Joost Verhoeven, who leads the new unit."
    )
    assert _country(text, "Joost Verhoeven") == "Netherlands"


def test_ahead_of_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Spanish Minister of Defence Lucia Ortega and Latvia's Minister of Defence, Janis Ozols, opened the "
        "exercise at Adazi on Tuesday.\n\n"
        "Ahead of the opening, Ortega was received by President Andris Kalnins at the castle. The minister "
        "was accompanied by the Chief of the Army Staff, General Miguel Salcedo."
    )
    assert _country(text, "Miguel Salcedo") == "Spain"


def test_earlier_phrase_subject_is_the_one_accompanied() -> None:
    text = (
        "Italian Minister of Defence Marco Ferri and Romania's Minister of National Defence, Ion Popa, "
        "inaugurated the new air base in Constanta on Friday.\n\n"
        "Earlier in the day, Ferri was received by President Dan Mihai in Bucharest. The minister was "
        "accompanied by the Chief of the Air Staff, General Paolo Serra."
    )
    assert _country(text, "Paolo Serra") == "Italy"


def test_subject_opening_the_sentence_received_by_host() -> None:
    # near miss: the host's president, received by no one, stays the host's
    text = (
        "Dutch Minister of Defence Pieter de Graaf and Estonia's Minister of Defence, Kaarel Tamm, signed an "
        "agreement in Tallinn on Monday.\n\n"
        "Before the signing, De Graaf was received by President Mart Kask for a conversation on regional "
        "security."
    )
    assert _country(text, "Mart Kask") == "Estonia"


# ---- "the President's adviser, A": the staff of the text's own leader ------------------------------------

_VISIT = """Presidency \u2014 Press communiqu\u00e9

State visit of the {title} to {host} and official visit to {next}

The {title}, Mr {leader}, will make a State visit to the Republic of {host} from Monday 3 to Wednesday 5 \
May, followed by an official visit to {next} on Thursday 6 May.

He will be accompanied by Ms {minister}, Minister of Foreign Affairs, and a delegation of business leaders.

The trip will give new impetus to the Strategic Partnership between {home} and {host}, notably on ports.

Programme

Monday 3 May \u2014 {city}
Welcome ceremony at the Government Palace, followed by talks with the President of the Republic of {host}, \
Mr {met}. State dinner.

Tuesday 4 May \u2014 {city}
Working lunch with the Prime Minister, Mr {premier}. Opening of the {home}\u2013{host} Business Forum.

Thursday 6 May \u2014 {city2}
Talks with the President of {next}, Mr {met2}, on trade. Visit to the national museum.

Speaking to reporters on Friday, {owner}, {adviser}, said the visit showed {home}'s ambitions in the region.

"The President will also meet students in {city2}," she added.
"""


def _visit(**names: str) -> str:
    """A communique on a leader's State visit whose staff member speaks at its end."""
    return _VISIT.format(**names)


def test_presidents_diplomatic_adviser_is_the_presidents() -> None:
    text = _visit(
        title="President of the Republic",
        leader="Andres Molina",
        host="Peru",
        next="Bolivia",
        minister="Rosa Vidal",
        home="Chile",
        city="Lima",
        met="Jorge Quispe",
        premier="Luis Condori",
        city2="La Paz",
        met2="Evo Mamani",
        owner="the President's diplomatic adviser",
        adviser="Ms Lucia Ferrand",
    )
    assert _country(text, "Lucia Ferrand") == "Chile"


def test_presidents_chief_of_staff_is_the_presidents() -> None:
    text = _visit(
        title="President of the Republic",
        leader="Tomas Oyarzun",
        host="Ecuador",
        next="Colombia",
        minister="Ines Barros",
        home="Uruguay",
        city="Quito",
        met="Pablo Cedeno",
        premier="Raul Vinueza",
        city2="Bogota",
        met2="Ivan Rojas",
        owner="the President's chief of staff",
        adviser="Mrs Carla Sosa",
    )
    assert _country(text, "Carla Sosa") == "Uruguay"


def test_presidents_senior_adviser_is_the_presidents() -> None:
    text = _visit(
        title="President of the Republic",
        leader="Mateus Faria",
        host="Angola",
        next="Namibia",
        minister="Joana Leal",
        home="Portugal",
        city="Luanda",
        met="Manuel Kiala",
        premier="Joao Mbala",
        city2="Windhoek",
        met2="Hage Nujoma",
        owner="the President's senior foreign policy adviser",
        adviser="Dr Rita Cunha",
    )
    assert _country(text, "Rita Cunha") == "Portugal"


def test_palace_spokesperson_is_not_owned_by_a_leader() -> None:
    # "the Palace's spokesperson" names no leader whose title owns the person's: the owned-title rule
    # does not fire; the presidency that issues the communique (and its "accompanied by" party) makes
    # its spokesperson the visitor's side, not the host's
    text = _visit(
        title="President of the Republic",
        leader="Andres Molina",
        host="Peru",
        next="Bolivia",
        minister="Rosa Vidal",
        home="Chile",
        city="Lima",
        met="Jorge Quispe",
        premier="Luis Condori",
        city2="La Paz",
        met2="Evo Mamani",
        owner="the Palace's spokesperson",
        adviser="Ms Lucia Ferrand",
    )
    assert _country(text, "Lucia Ferrand") == "Chile"


# ---- "A will attend the X meetings to be held in Xcity": A travels there, is no host's official ----------

_MEETINGS = """Minister of Trade {name} to Attend Regional Trade Ministers' Meetings

1. Minister of Trade {name} will attend the Regional Trade Ministers' Meetings to be held in {city}, {host}, \
from 2 to 4 March. The meetings include the {home}-ASEAN Trade Dialogue.

2. At the {home}-ASEAN Trade Dialogue, Minister {short} plans to discuss supply chains and green shipping.

3. Minister {short} will also hold bilateral talks with Minister of Industry and Trade {other} of {host}."""


def test_attendee_of_meetings_held_in_hanoi_is_no_vietnamese() -> None:
    text = _MEETINGS.format(
        name="Soren Dahl", short="Dahl", city="Hanoi", host="Vietnam", home="Denmark", other="Le Van Minh"
    )
    assert _country(text, "Soren Dahl") == "Denmark"


def test_attendee_of_meetings_held_in_manila_is_no_filipino() -> None:
    text = _MEETINGS.format(
        name="Ingrid Moen",
        short="Moen",
        city="Manila",
        host="the Philippines",
        home="Norway",
        other="Jose Santos",
    )
    assert _country(text, "Ingrid Moen") == "Norway"


def test_attendee_of_meetings_held_in_bangkok_is_no_thai() -> None:
    text = _MEETINGS.format(
        name="Pieter Smit",
        short="Smit",
        city="Bangkok",
        host="Thailand",
        home="Netherlands",
        other="Somchai Wong",
    )
    assert _country(text, "Pieter Smit") == "Netherlands"


def test_host_counterpart_of_attended_meetings_stays_host() -> None:
    # near miss: the counterpart "of Vietnam" met at the meetings keeps the host's state
    text = _MEETINGS.format(
        name="Soren Dahl", short="Dahl", city="Hanoi", host="Vietnam", home="Denmark", other="Le Van Minh"
    )
    assert _country(text, "Le Van Minh") == "Vietnam"
