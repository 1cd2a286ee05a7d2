"""Person role rules, round 19 (pr19): a qualified portfolio before the head ("Culture and Creative
Industries Minister A"); a "Xcity-based" place opening an apposed description; a copular description ("A is
a professor of X at Y"); a journalist's credit ("Xish journalist A"); "Executive" opening a title after a
body's word; a committee membership that leaves a Senator's seat; "Flag Officer Commanding", "business
secretary"; an office's unit after a comma ("Director, Unit for X;"); a held post over a former one; a
body's bracketed initials before a comma name; "Internal Affairs", "Resident and Humanitarian Coordinator";
plural "Representatives"/"Senators" over a list; a seat after a name ("A B MP"); a one-word body before an
apposed title ("A, Xorg Spokesperson,"); and a forum's name with a modifier in a state's title ("Xland's G7
trade sherpa")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2026, 5, 4)


def _role(text: str, name: str) -> str | None:
    return person(extract(text, today=_TODAY), name).role


# ---- "Foreign and Diaspora Affairs Cabinet Secretary A": a qualified portfolio before the head ----------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Culture and Creative Industries Minister Ana Lopes will travel to Porto on Tuesday.",
            "Ana Lopes",
            "Culture and Creative Industries Minister",
        ),
        (
            "The delegation is led by Energy and Mineral Resources Minister Tomas Varga, officials said.",
            "Tomas Varga",
            "Energy and Mineral Resources Minister",
        ),
        (
            "Foreign and Diaspora Affairs Cabinet Secretary Lena Okoth met the envoys in Kisumu on Friday.",
            "Lena Okoth",
            "Foreign and Diaspora Affairs Cabinet Secretary",
        ),
    ],
)
def test_qualified_portfolio_before_head(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_plain_and_before_a_name_is_no_portfolio() -> None:
    text = "Defence Minister Ravi Anand and Helen Strand Group chair Paul Moss met on Monday."
    b = extract(text, today=_TODAY)
    assert person(b, "Ravi Anand").role == "Defence Minister"
    assert all("and Helen" not in (p.role or "") for p in b.people)


# ---- "A, a Xcity-based analyst": the place opens the description, no part of the title ---------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"The money is not there," said Oren Baskin, a Lisbon-based analyst who follows the talks.',
            "Oren Baskin",
            "analyst",
        ),
        (
            '"It will be hard," said Mira Tosh, a New Delhi-based researcher, on Sunday.',
            "Mira Tosh",
            "researcher",
        ),
        (
            '"Tariffs dominate," said Ivo Krans, a Geneva-based trade economist.',
            "Ivo Krans",
            "trade economist",
        ),
    ],
)
def test_based_description(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_based_without_a_title_gives_none() -> None:
    b = extract('"It will be hard," said Mira Tosh, a Lisbon-based mother of three, on Sunday.', today=_TODAY)
    assert all(p.role is None for p in b.people if p.name == "Mira Tosh")


# ---- "A is a professor of X at Y": a copular description --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "By Dara Quill\n\nTalks open on Monday.\n\nDara Quill is a professor of political science at "
            "the University of Utrecht.",
            "Dara Quill",
            "professor of political science",
        ),
        (
            "By Kemal Arin\n\nTalks open on Monday.\n\nKemal Arin is a research fellow in the Maritime "
            "Program at the Hollis Institute.",
            "Kemal Arin",
            "research fellow in the Maritime Program",
        ),
        (
            "By Selma Varo\n\nTalks open on Monday.\n\nSelma Varo is an associate professor of history at "
            "Northgate University.",
            "Selma Varo",
            "associate professor of history",
        ),
    ],
)
def test_copular_description(text: str, name: str, role: str) -> None:
    assert (_role(text, name) or "").startswith(role)


def test_copular_description_without_a_title() -> None:
    b = extract("By Dara Quill\n\nTalks open on Monday.\n\nDara Quill is a keen sailor.", today=_TODAY)
    assert person(b, "Dara Quill").role is None


# ---- "Xish journalist A": a journalist's credit before the name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The award goes to Filipino journalist Rosa Villamor, whose reporting is widely read.",
            "Rosa Villamor",
            "journalist",
            "Philippines",
        ),
        (
            "The panel includes Kenyan journalist Amos Kiprono and two diplomats.",
            "Amos Kiprono",
            "journalist",
            "Kenya",
        ),
        (
            "Reuters columnist Hal Brenner wrote that the talks would stall.",
            "Hal Brenner",
            "Reuters columnist",
            None,
        ),
    ],
)
def test_journalist_credit(text: str, name: str, role: str, country: str | None) -> None:
    p = person(extract(text, today=_TODAY), name)
    assert (p.role, p.country) == (role, country)


def test_lower_case_before_journalist_is_no_credit() -> None:
    b = extract("The award goes to veteran journalist Rosa Villamor, whose work is read.", today=_TODAY)
    assert all(p.role != "veteran journalist" for p in b.people)


# ---- "Xorg Executive Director A": the grade word opens the title, no part of a name -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Later, Europol Executive Director Anka Brel will sign the arrangement in The Hague.",
        "Oxfam Executive Director Anka Brel said the aid would arrive on Monday.",
        "The talks with Frontex Executive Director Anka Brel are set for Warsaw.",
    ],
)
def test_executive_opens_title(text: str) -> None:
    assert _role(text, "Anka Brel") == "Executive Director"


def test_executive_director_without_organisation() -> None:
    text = "The Executive Director Anka Brel said the talks went well."
    assert _role(text, "Anka Brel") == "Executive Director"


# ---- "Senator A ... A, a member of the X Committee": membership is no office over the seat ------------


@pytest.mark.parametrize(
    ("seat", "text"),
    [
        ("Senator", "Senator Ruth Pell will lead the delegation. Pell, a member of the Senate Budget "
         "Committee, "
         "visited Seoul in 2023."),
        ("Senator", "Senator Ruth Pell arrives in Tokyo on Monday. Pell, a member of the Foreign Relations "
         "Committee, will meet officials."),
        ("Representative", "Representative Ruth Pell will lead the trip. Pell, a member of the House Armed "
         "Services Committee, said it mattered."),
    ],
)
def test_membership_keeps_seat(seat: str, text: str) -> None:
    assert _role(text, "Ruth Pell") == seat


def test_committee_chair_replaces_seat() -> None:
    text = "Senator Ruth Pell will lead the delegation. Pell, chair of the Senate Budget Committee, spoke."
    assert _role(text, "Ruth Pell") == "chair of the Senate Budget Committee"


# ---- "Flag Officer Commanding X Fleet", "the business secretary": title words the vocabulary lacked -----


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The ships are led by Rear Admiral Ravi Menon, Flag Officer Commanding Southern Fleet.",
         "Flag Officer Commanding Southern Fleet"),
        ("Flag Officer Commanding Western Naval Command Vice Admiral Ravi Menon met the guests.",
         "Flag Officer Commanding Western Naval Command"),
        ("Speaking on Sunday, the business secretary, Ravi Menon, said no deal was near.",
         "business secretary"),
    ],
)
def test_new_title_words(text: str, role: str) -> None:
    assert _role(text, "Ravi Menon") == role


def test_business_alone_opens_no_title() -> None:
    b = extract("Business leaders met Ravi Menon in Delhi on Sunday, he said.", today=_TODAY)
    assert all(p.role is None or "usiness" not in p.role for p in b.people)


# ---- "A, Director, Unit for X;": the unit an apposed office serves in, closed by a stop ----------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Inquiries: Lina Voss, Director, Unit for Southern Africa, tel. +00 000 000; Mark Ode, Adviser.",
         "Director, Unit for Southern Africa"),
        ("The delegation comprises Lina Voss, Member of Parliament, Rajya Sabha; and Mark Ode, an aide.",
         "Member of Parliament, Rajya Sabha"),
        ("Speakers: Lina Voss, Senior Fellow and Director, Arctic Security Program, Hollis Institute",
         "Senior Fellow and Director, Arctic Security Program"),
    ],
)
def test_office_unit(text: str, role: str) -> None:
    assert _role(text, "Lina Voss") == role


def test_office_then_ministry_name_is_no_unit() -> None:
    text = "The talks were led by Lina Voss, Joint Secretary, Department of Trade, on Monday."
    assert _role(text, "Lina Voss") == "Joint Secretary"


# ---- "Former ambassador A, now a fellow at X": the post held now beats a past one ---------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Former ambassador Noor Vahid, now a senior fellow at the Hollis Institute, said the talks matter.",
         "senior fellow"),
        ("Noor Vahid, a former ambassador, said the talks matter. Vahid, a senior fellow at the Hollis "
         "Institute, added that more was needed.", "senior fellow at the Hollis Institute"),
        ("Former minister Noor Vahid, Director of the Peace Institute, said the talks matter.",
         "Director of the Peace Institute"),
    ],
)
def test_held_post_beats_former(text: str, role: str) -> None:
    assert _role(text, "Noor Vahid") == role


def test_former_title_alone_stays() -> None:
    text = "Former Prime Minister Noor Vahid, who led the country for a decade, said the talks matter."
    assert _role(text, "Noor Vahid") == "Former Prime Minister"


# ---- "the Secretary General of the X Secretariat (XS), A": the body's initials before the comma name ---


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The session will be attended by the Secretary General of the Andean Community (CAN), Rosa Quispe.",
         "Secretary General of the Andean Community"),
        ("The session will be attended by the Secretary General of the Ibero-Latin General Secretariat "
         "(ILGS), Rosa Quispe.", "Secretary General of the Ibero-Latin General Secretariat"),
        ("The session will be attended by the Executive Secretary of the Lusophone Community (CPLP), Rosa "
         "Quispe.", "Executive Secretary of the Lusophone Community"),
    ],
)
def test_body_initials_before_comma_name(text: str, role: str) -> None:
    assert _role(text, "Rosa Quispe") == role


def test_lower_case_bracket_is_no_initials() -> None:
    b = extract("The Secretary General of the Andean Community (acting), Rosa Quispe, spoke.", today=_TODAY)
    assert all((p.role or "").find("(") < 0 for p in b.people)


# ---- "Minister of Internal Affairs A", "the Resident and Humanitarian Coordinator for X, A" -------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The meeting opens with Europol Deputy Director Pia Lund-Berg, Moldova's Minister of Internal "
         "Affairs Omar Zeq and the Police Chief, Ivo Tan.", "Minister of Internal Affairs"),
        ("Ahead of the talks, the Resident and Humanitarian Coordinator for Chad, Omar Zeq, warned of "
         "hunger.",
         "Resident and Humanitarian Coordinator for Chad"),
        ("Internal Affairs Minister Omar Zeq said the border would stay open.", "Internal Affairs Minister"),
    ],
)
def test_more_portfolio_words(text: str, role: str) -> None:
    assert _role(text, "Omar Zeq") == role


def test_internal_affairs_in_prose_is_no_title() -> None:
    b = extract("The talks covered internal affairs and trade, Omar Zeq said on Monday.", today=_TODAY)
    assert person(b, "Omar Zeq").role is None


# ---- "Representatives A (D-Xstate) and B (R-Ystate)": a plural legislators' title over a list -----------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The senator is joined by Representatives Dana Pruitt (D-Ohio) and Owen Lark (R-Tex.) on the trip.",
         "Representative"),
        ("Representatives Dana Pruitt and Owen Lark will visit Manila next week.", "Representative"),
        ("The delegation includes Senators Dana Pruitt (R-Utah) and Owen Lark (D-Md.), officials said.",
         "Senator"),
    ],
)
def test_plural_legislators(text: str, role: str) -> None:
    b = extract(text, today=_TODAY)
    assert (person(b, "Dana Pruitt").role, person(b, "Owen Lark").role) == (role, role)


def test_lower_case_representatives_open_no_title() -> None:
    text = "He met representatives of the Fleet Solid Support programme in Bath on Monday."
    b = extract(text, today=_TODAY)
    assert all(p.name != "Solid Support" for p in b.people)


# ---- "will include A B MP and C D MP": the seat after a name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The committee's delegation will include Tom Ashby MP and Rhea Vance MP.", "Tom Ashby"),
        ("The committee's delegation will include Tom Ashby MP and Rhea Vance MP.", "Rhea Vance"),
        ("Among those attending are Lorna Grieve MSP and two officials from the Scottish Government.",
         "Lorna Grieve"),
    ],
)
def test_seat_after_name(text: str, name: str) -> None:
    assert _role(text, name) in ("MP", "MSP")


def test_seat_gives_way_to_office() -> None:
    text = "The Rt Hon Rhea Vance MP, Foreign Secretary, said the visit would go ahead."
    assert _role(text, "Rhea Vance") == "Foreign Secretary"


# ---- "A, Xorg Spokesperson,": a one-word body the vocabulary lacks before an apposed title --------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The chiefs met in Lyon on Monday. Mila Dorn, Eurojust Spokesperson, said the talks went well.",
         "Spokesperson"),
        ("The chiefs met in Lyon on Monday.\n\nPress contact: Mila Dorn, Cepol Press Officer, +33 1 00 00 00",
         "Press Officer"),
        ("The chiefs met in Lyon on Monday. Mila Dorn, Fonterra Chief Executive, joined the delegation.",
         "Chief Executive"),
    ],
)
def test_body_word_before_title(text: str, role: str) -> None:
    assert _role(text, "Mila Dorn") == role


def test_names_listed_open_no_title() -> None:
    b = extract("Mila Dorn, Ivo Stone and Carl Poe met in Lyon on Monday.", today=_TODAY)
    assert all(p.role is None for p in b.people)


# ---- "Xland's G7 trade sherpa, A": a forum's name and a modifier before the head of a state's title ------


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("The session will be led by France's G-7 trade sherpa, Lea Morel, to narrow differences.",
         "G-7 trade sherpa", "France"),
        ("The session will be led by Japan's G7 trade sherpa Kenji Aoki on Monday.", "G7 trade sherpa",
         "Japan"),
        ("Germany's G20 finance sherpa Ruth Bell said the text was close.", "G20 finance sherpa", "Germany"),
    ],
)
def test_forum_and_modifier_in_state_title(text: str, role: str, country: str) -> None:
    p = extract(text, today=_TODAY).people[0]
    assert (p.role, p.country) == (role, country)


def test_forum_summit_is_no_title() -> None:
    b = extract("Canada's G7 summit will open in Alberta on Monday, officials said.", today=_TODAY)
    assert b.people == []
