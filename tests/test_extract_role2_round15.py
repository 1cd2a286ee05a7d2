"""People rules, round 15 (role2): the office a person holds where the start code read a form of address
or nothing: a legislator's bracketed party and state of any party's initials or name ("Deputy A
(PSB-RJ), chairman of X," / "Sen. A (D-Oregon), chair of X,"); a title with the ministry it is held in,
named in full, in apposition ("A, State Secretary in the Ministry of X,"); "the Prime Minister and Minister
of X of Yland, B" is B's joined title when only a Deputy Prime Minister is named before (a grade under an
office holds no bare office); an envoy accredited to several states keeps them all ("A, Ambassador to B, C
and D,"); a plural title's states read in order over its names leave the singular title ("the Foreign
Ministers of X and Y, A and B": each "Foreign Minister", X's and Y's); a plural title before a colon list
of names ("the political directors of the three countries: A of X, B of Y and C of Z"); a plural title's
items "of X, A; of Y, B; and of Z, C" (each the singular title and its state); a state's official name that
opens with "the" ("the State of X") closes a title as the state's name; "the President of X and President A"
names two people, not A's "President of X and President"; "the chiefs of the X of both countries, General A
and Admiral B": the plural office, not the rank, is each one's title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2031, 6, 2)
HEAD = "Lawmakers gather for regional talks\n\n"


def _b(text: str) -> Briefing:
    return extract(HEAD + text, today=TODAY)


def _person(b: Briefing, name: str) -> Person:
    found = [p for p in b.people if p.name == name]
    assert found, [p.name for p in b.people]
    return found[0]


# ---- a bracketed party and state between a name and its apposed office --------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The mission is led by Deputy Heitor Vasconcelos (PSB-RJ), chairman of the Foreign Relations "
            "Committee, and arrives in Lisbon on Monday.",
            "Heitor Vasconcelos",
            "chairman of the Foreign Relations Committee",
        ),
        (
            "Sen. Marjorie Caldwell (D-Oregon), chair of the Senate Armed Services Committee, said the "
            "visit would go ahead.",
            "Marjorie Caldwell",
            "chair of the Senate Armed Services Committee",
        ),
        (
            "Also travelling is Deputy Odete Figueira (Novo-SC), vice-chair of the Defence Committee, who "
            "will meet officials in Santiago.",
            "Odete Figueira",
            "vice-chair of the Defence Committee",
        ),
    ],
)
def test_party_state_before_apposition(text: str, name: str, role: str) -> None:
    assert _person(_b(text), name).role == role


def test_party_state_without_apposition_keeps_address() -> None:
    b = _b("Deputy Teodoro Quintela (PSB-RJ) met the committee's chairman on Tuesday in Brasilia.")
    assert _person(b, "Teodoro Quintela").role == "Deputy"


# ---- the named ministry a title is held in --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Slovak side will be represented by Marek Hudec, State Secretary in the Ministry of Foreign "
            "and European Affairs, who arrives on Monday.",
            "Marek Hudec",
            "State Secretary in the Ministry of Foreign and European Affairs",
        ),
        (
            "Talks on Thursday will include Dagny Rasmussen, Secretary of State in the Ministry of Defence; "
            "the chief of staff will also attend.",
            "Dagny Rasmussen",
            "Secretary of State in the Ministry of Defence",
        ),
        (
            "The visitors will meet Ilse Brandauer, Parliamentary State Secretary in the Federal Ministry "
            "for Economic Affairs, in Vienna.",
            "Ilse Brandauer",
            "Parliamentary State Secretary in the Federal Ministry for Economic Affairs",
        ),
    ],
)
def test_ministry_served_in(text: str, name: str, role: str) -> None:
    assert _person(_b(text), name).role == role


def test_ministry_after_closed_apposition_stays_out() -> None:
    b = _b("The visitors will meet Marek Hudec, State Secretary, in the Ministry of Defence on Monday.")
    assert _person(b, "Marek Hudec").role == "State Secretary"


# ---- a grade under an office holds no bare office ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Belgium's Deputy Prime Minister and Minister of Defence, Lucie Verhaegen, will host the dinner. "
            "Earlier, the delegation will call on the Prime Minister and Minister for Foreign Affairs of "
            "Luxembourg, Marc Weydert.",
            "Marc Weydert",
            "Prime Minister and Minister for Foreign Affairs",
            "Luxembourg",
        ),
        (
            "The meeting is hosted by Vice President and Minister of Planning Tomas Arriaga of Paraguay. "
            "Guests include the President and Minister of Defence of Suriname, Ramon Tjin.",
            "Ramon Tjin",
            "President and Minister of Defence",
            "Suriname",
        ),
        (
            "Austria's Vice-Chancellor and Minister of Culture, Greta Moser, opens the forum. On Friday the "
            "delegates call on the Chancellor and Minister for Digital Affairs of Liechtenstein, Elias "
            "Frommelt.",
            "Elias Frommelt",
            "Chancellor and Minister for Digital Affairs",
            "Liechtenstein",
        ),
    ],
)
def test_grade_holds_no_bare_office(text: str, name: str, role: str, country: str) -> None:
    p = _person(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_bare_office_held_before_splits_the_join() -> None:
    b = _b(
        "Foreign Secretary Lorna Castillo-Reyes arrives in Oslo on Monday. The Secretary and Foreign "
        "Minister Sigrid Haugen are expected to discuss fisheries."
    )
    assert _person(b, "Sigrid Haugen").role == "Foreign Minister"


# ---- the further states an envoy is accredited to ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The visit will be joined by Helga Brenner, Ambassador to Kenya, Uganda, Rwanda and Burundi, "
            "who flies in from Nairobi.",
            "Helga Brenner",
            "Ambassador to Kenya, Uganda, Rwanda and Burundi",
        ),
        (
            "Also present will be Rafael Mendoza, Ambassador to Senegal, Gambia, and Mali, and officials "
            "of the regional bank.",
            "Rafael Mendoza",
            "Ambassador to Senegal, Gambia, and Mali",
        ),
        (
            "The forum opens with remarks by Ingrid Dahlberg, Ambassador to Samoa, Tonga and Tuvalu.",
            "Ingrid Dahlberg",
            "Ambassador to Samoa, Tonga and Tuvalu",
        ),
    ],
)
def test_accredited_states(text: str, name: str, role: str) -> None:
    assert _person(_b(text), name).role == role


def test_people_after_an_ambassador_are_no_states() -> None:
    b = _b("The visit will be joined by Helga Brenner, Ambassador to Kenya, Tomas Okello and Ruth Wanjiru.")
    assert _person(b, "Helga Brenner").role == "Ambassador to Kenya"


# ---- a plural title's states, read in order, leave the singular title ----------------------------------


@pytest.mark.parametrize(
    ("text", "names", "role", "countries"),
    [
        (
            "The minister will host the defence ministers of Chile and Peru, Ana Soto and Luis Vega, on "
            "Monday.",
            ("Ana Soto", "Luis Vega"),
            "defence minister",
            ("Chile", "Peru"),
        ),
        (
            "Prime Minister Tove Lindqvist will receive the Foreign Ministers of Estonia and Latvia, Kadri "
            "Tamm and Janis Ozols, in Stockholm.",
            ("Kadri Tamm", "Janis Ozols"),
            "Foreign Minister",
            ("Estonia", "Latvia"),
        ),
        (
            "The summit brings together Trade Ministers of Ghana and Togo Kwame Asante and Edem Kodjo for "
            "talks on tariffs.",
            ("Kwame Asante", "Edem Kodjo"),
            "Trade Minister",
            ("Ghana", "Togo"),
        ),
    ],
)
def test_plural_title_states_in_order(
    text: str, names: tuple[str, str], role: str, countries: tuple[str, str]
) -> None:
    b = _b(text)
    for name, country in zip(names, countries, strict=True):
        p = _person(b, name)
        assert (p.role, p.country) == (role, country)


def test_plural_title_states_not_matching_the_names_stay() -> None:
    b = _b(
        "The minister will host the Defence Ministers of Chile and Peru, Ana Soto, Luis Vega and Marta "
        "Rios, on Monday."
    )
    assert _person(b, "Marta Rios").role == "Defence Minister of Chile and Peru"


# ---- a plural title before a colon list of names -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "The Nordic side will be represented by the political directors of the three countries: Sigrun "
            "Holt of the Norwegian Foreign Ministry, Anders Lund of the Swedish Foreign Ministry and Mikko "
            "Salo of the Finnish Foreign Ministry.",
            ("Sigrun Holt", "Anders Lund", "Mikko Salo"),
            "political director",
        ),
        (
            "The talks bring together the chief negotiators of both sides: Amara Diallo and Pieter Vries.",
            ("Amara Diallo", "Pieter Vries"),
            "chief negotiator",
        ),
        (
            "The working group is led by their special envoys: Rahul Menon, Ayesha Karim and Tomasz Nowicki.",
            ("Rahul Menon", "Ayesha Karim", "Tomasz Nowicki"),
            "special envoy",
        ),
    ],
)
def test_plural_title_before_colon_list(text: str, names: tuple[str, ...], role: str) -> None:
    b = _b(text)
    assert [_person(b, n).role for n in names] == [role] * len(names)


def test_colon_list_after_a_body_takes_no_title() -> None:
    b = _b("The panel includes the directors of the regional museums: Amara Diallo and Pieter Vries.")
    assert all(p.role is None for p in b.people)


# ---- a plural title's "of X, A; of Y, B" items ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The forum will be attended by the Defence Ministers of Chile, Ana Soto Reyes; of Peru, Luis "
            "Vega Prado; and of Bolivia, Marta Rios Quispe.",
            [
                ("Ana Soto Reyes", "Defence Minister", "Chile"),
                ("Luis Vega Prado", "Defence Minister", "Peru"),
                ("Marta Rios Quispe", "Defence Minister", "Bolivia"),
            ],
        ),
        (
            "Also present will be the Foreign Ministers of Kenya, Amani Odhiambo; of Ghana, Kwame Asante, "
            "who chairs the council; and of Senegal, Aminata Fall.",
            [
                ("Amani Odhiambo", "Foreign Minister", "Kenya"),
                ("Kwame Asante", "Foreign Minister", "Ghana"),
                ("Aminata Fall", "Foreign Minister", "Senegal"),
            ],
        ),
        (
            "Guests include the trade ministers of Norway, Sigrun Holt; and of Iceland, Einar Jonsson.",
            [("Sigrun Holt", "trade minister", "Norway"), ("Einar Jonsson", "trade minister", "Iceland")],
        ),
    ],
)
def test_plural_title_of_items(text: str, people: list[tuple[str, str, str]]) -> None:
    b = _b(text)
    for name, role, country in people:
        p = _person(b, name)
        assert (p.role, p.country) == (role, country)


def test_of_item_naming_no_state_stays_apart() -> None:
    b = _b(
        "Guests include the trade ministers of Norway, Sigrun Holt; and of the local chamber, Einar Jonsson."
    )
    assert [p.name for p in b.people if p.role and "minister" in p.role] == ["Sigrun Holt"]


# ---- a state's official name opening with "the" closes a title -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The summit will be attended by President of the State of Eritrea Tesfay Gebru and others.",
            "Tesfay Gebru",
            "President",
            "Eritrea",
        ),
        (
            "Minister of Foreign Affairs of the State of Palestine Rania Khoury will attend the conference "
            "on Monday.",
            "Rania Khoury",
            "Minister of Foreign Affairs",
            "Palestine",
        ),
        (
            "The delegation will be received by Dawit Haile, Minister of Information of the State of "
            "Eritrea, on Tuesday.",
            "Dawit Haile",
            "Minister of Information",
            "Eritrea",
        ),
    ],
)
def test_official_state_name_closes_title(text: str, name: str, role: str, country: str) -> None:
    p = _person(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_state_body_stays_in_title() -> None:
    b = _b("The summit will be attended by President of the State Council Tesfay Gebru and others.")
    assert _person(b, "Tesfay Gebru").role == "President of the State Council"


# ---- one top office joined to itself names two people ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The ministers met hours before the talks between the President of the Republic and President "
            "Joko Santoso at the palace.",
            "Joko Santoso",
            "President",
        ),
        (
            "A dinner will follow the meeting between the Chancellor of Austria and Chancellor Greta Moser "
            "in Vienna.",
            "Greta Moser",
            "Chancellor",
        ),
        (
            "Officials said talks between the Emir of the State and Emir Hamad Al-Sabah went well on Sunday.",
            "Hamad Al-Sabah",
            "Emir",
        ),
    ],
)
def test_top_office_joined_to_itself(text: str, name: str, role: str) -> None:
    assert _person(_b(text), name).role == role


def test_top_office_joined_to_another_stays() -> None:
    b = _b("Prime Minister and Minister of Finance Anna Berg will attend the summit.")
    assert _person(b, "Anna Berg").role == "Prime Minister and Minister of Finance"


# ---- a plural office "of both countries" before ranked names --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "role"),
    [
        (
            "On Friday, the commanders of the Coast Guard of both countries, Rear Admiral Tomas Lindgren and "
            "Captain Eero Virtanen, will sign the plan.",
            ("Tomas Lindgren", "Eero Virtanen"),
            "commander of the Coast Guard",
        ),
        (
            "Separately, the heads of the National Police of the two countries, General Amani Odhiambo and "
            "General Kwame Asante, will meet in Accra.",
            ("Amani Odhiambo", "Kwame Asante"),
            "head of the National Police",
        ),
        (
            "In parallel, the chiefs of the Defence Staff of both nations, Air Marshal Rohan Pillai and "
            "Admiral Sunil Perera, will review the exercise.",
            ("Rohan Pillai", "Sunil Perera"),
            "chief of the Defence Staff",
        ),
    ],
)
def test_plural_office_of_both_countries(text: str, names: tuple[str, str], role: str) -> None:
    b = _b(text)
    assert [_person(b, n).role for n in names] == [role, role]


def test_plural_office_without_both_countries_keeps_ranks() -> None:
    b = _b(
        "On Friday, the commanders, Rear Admiral Tomas Lindgren and Captain Eero Virtanen, will sign the "
        "plan."
    )
    assert _person(b, "Tomas Lindgren").role == "Rear Admiral"
