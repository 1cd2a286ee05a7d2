"""People, round 21 (people32): a legislator's seat before a name ("MP A", "Congress MP A": the party's
word before the seat is part of the title; "Kenyan MP A": a country's word is not) and the party after a
legislator's name, which is no part of the title ("lawmaker A of the X Party")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "MUMBAI, June 3 (PTI) -- India and Oman will hold talks in Mumbai on June 10.\n\n"
            "Congress MP Ravindra Bhosale said the government should press for a trade deal.\n",
            "Ravindra Bhosale",
            "Congress MP",
        ),
        (
            "Ministers meet in Leeds\n\n"
            "Britain and Norway will hold talks in Leeds on June 10. The talks matter, "
            "Labour MP Harriet Quayle said.\n",
            "Harriet Quayle",
            "Labour MP",
        ),
        (
            "Ministers meet in Kampala\n\n"
            "Uganda and Rwanda will hold talks in Kampala on June 10. "
            "Opposition MP Stella Nakato told reporters the talks were overdue.\n",
            "Stella Nakato",
            "Opposition MP",
        ),
        (
            "Ministers meet in Kampala\n\n"
            "Uganda and Rwanda will hold talks in Kampala on June 10. "
            "MP Stella Nakato told reporters the talks were overdue.\n",
            "Stella Nakato",
            "MP",
        ),
    ],
)
def test_seat_before_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_country_word_before_seat_is_no_party() -> None:
    # near-miss: "Ugandan" is the title's country, not a party's word
    text = (
        "Ministers meet in Nairobi\n\n"
        "Kenya and Rwanda will hold talks in Nairobi on June 10. "
        "Ugandan MP Stella Nakato told reporters the talks were overdue.\n"
    )
    assert _people(text)["Stella Nakato"] == ("MP", "Uganda")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "OSAKA, June 3 -- Japan and Peru will hold talks in Osaka on June 10.\n\n"
            "Japanese opposition lawmaker Sakamoto Rie of the Green Future Party said the talks matter.\n",
            "Sakamoto Rie",
            "opposition lawmaker",
        ),
        (
            "LIMA, June 3 -- Peru and Chile will hold talks in Lima on June 10.\n\n"
            "Peruvian legislator Tomas Quispe of the Popular Renewal Party said the talks matter.\n",
            "Tomas Quispe",
            "legislator",
        ),
        (
            "Ministers meet in Kampala\n\n"
            "Uganda and Rwanda will hold talks in Kampala on June 10. "
            "Ugandan MP Stella Nakato of the National Unity Party told reporters the talks were overdue.\n",
            "Stella Nakato",
            "MP",
        ),
    ],
)
def test_party_after_legislator_is_no_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_party_office_keeps_its_body() -> None:
    # near-miss: a party's own office is completed by the party's name
    text = (
        "HANOI, June 3 -- Vietnam and Laos will hold talks in Hanoi on June 10.\n\n"
        "General Secretary Vo Thanh of the Communist Party of Laos said the talks matter.\n"
    )
    assert _people(text)["Vo Thanh"][0] == "General Secretary of the Communist Party of Laos"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "QUITO, June 3 -- Ecuador and Peru will hold talks in Lima on June 10.\n\n"
            "The delegation includes Director-General Rosa Mendez of the Andean Affairs Bureau and "
            "Ambassador to Peru Luis Ortega, the ministry said.\n",
            "Luis Ortega",
            "Ambassador to Peru",
        ),
        (
            "OSLO, June 3 -- Norway and Iceland will hold talks in Oslo on June 10.\n\n"
            "Attending are Director Ola Berge of the Arctic Policy Office and Deputy Minister Kari Lund, "
            "the ministry said.\n",
            "Kari Lund",
            "Deputy Minister",
        ),
        (
            "ACCRA, June 3 -- Ghana and Togo will hold talks in Accra on June 10.\n\n"
            "Chairman Kofi Asante of the Coastal Trade Commission and Consul General Ama Boateng will "
            "also attend.\n",
            "Ama Boateng",
            "Consul General",
        ),
    ],
)
def test_title_after_a_named_body(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_named_body_completes_the_first_title() -> None:
    # near-miss: the body after the first name still completes that name's title
    text = (
        "QUITO, June 3 -- Ecuador and Peru will hold talks in Lima on June 10.\n\n"
        "The delegation includes Director-General Rosa Mendez of the Andean Affairs Bureau and "
        "Ambassador to Peru Luis Ortega, the ministry said.\n"
    )
    assert _people(text)["Rosa Mendez"][0] == "Director-General of the Andean Affairs Bureau"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "GABORONE, June 3 -- Southern African Development Community (SADC) Executive Secretary "
            "Tendai Moyo will visit Luanda on June 10.\n",
            "Tendai Moyo",
            "Executive Secretary",
            "SADC",
        ),
        (
            "RIYADH, June 3 -- Gulf Cooperation Council (GCC) Secretary-General Faisal Al-Harbi will visit "
            "Muscat on June 10.\n",
            "Faisal Al-Harbi",
            "Secretary-General",
            "GCC",
        ),
        (
            "VIENNA, June 3 -- International Atomic Energy Agency (IAEA) Deputy Director General Ingrid "
            "Solheim will visit Tallinn on June 10.\n",
            "Ingrid Solheim",
            "Deputy Director General",
            "IAEA",
        ),
        (
            "THE HAGUE, June 3 -- Organisation for the Prohibition of Chemical Weapons (OPCW) "
            "Director-General Erik Lindqvist will visit Tallinn on June 10.\n",
            "Erik Lindqvist",
            "Director-General",
            "OPCW",
        ),
    ],
)
def test_organisation_and_initials_before_title(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_state_office_and_initials_stay_in_title() -> None:
    # near-miss: a state's office and its initials are part of the title, and give no organisation
    text = (
        "MANILA, June 3 -- Department of Foreign Affairs (DFA) Assistant Secretary Marco Dizon will "
        "visit Osaka on June 10.\n"
    )
    role = "Department of Foreign Affairs (DFA) Assistant Secretary"
    assert _people(text)["Marco Dizon"] == (role, "Philippines")


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "BUSAN, June 3 (Yonhap) -- Korea and Chile will hold talks in Busan on June 10.\n\n"
            "Han Do-yun, a lawmaker of the main opposition Green Dawn Party, urged the government to act.\n",
            "Han Do-yun",
            "lawmaker",
        ),
        (
            "LIMA, June 3 -- Peru and Chile will hold talks in Lima on June 10.\n\n"
            "Tomas Quispe, an opposition legislator from the Popular Renewal Party, said the talks matter.\n",
            "Tomas Quispe",
            "opposition legislator",
        ),
        (
            "ACCRA, June 3 -- Ghana and Togo will hold talks in Accra on June 10.\n\n"
            "Kwame Ofori, an MP of the New Coast Party, said the talks matter.\n",
            "Kwame Ofori",
            "MP",
        ),
    ],
)
def test_party_after_seat_in_apposition(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_party_office_in_apposition_keeps_its_body() -> None:
    # near-miss: a party's own office in apposition is completed by the party's name
    text = (
        "HANOI, June 3 -- Vietnam and Laos will hold talks in Hanoi on June 10.\n\n"
        "Vo Thanh, General Secretary of the Communist Party of Laos, said the talks matter.\n"
    )
    assert _people(text)["Vo Thanh"][0] == "General Secretary of the Communist Party of Laos"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Vice premier to visit Minsk\n\nSource: Xinhua | 2025-10-14 16:20:05 | Editor: Liu Meiling\n\n"
            "BEIJING, Oct. 14 (Xinhua) -- Vice Premier Sun Hao will visit Minsk from Oct. 20 to 22.\n",
            "Liu Meiling",
            "Editor",
        ),
        (
            "Ministers to meet in Hanoi\n\nSource: VNA | 14/10/2025 | Translator: Pham Quynh Anh\n\n"
            "HANOI, Oct. 14 -- Vietnam and Laos will hold talks in Hanoi on Oct. 20.\n",
            "Pham Quynh Anh",
            "Translator",
        ),
        (
            "Ministers to meet in Dhaka\n\nDhaka Desk | 14 October 2025 | Reporter: Farhana Karim\n\n"
            "DHAKA, Oct. 14 -- Bangladesh and Nepal will hold talks in Dhaka on Oct. 20.\n",
            "Farhana Karim",
            "Reporter",
        ),
    ],
)
def test_staff_label_closing_a_pipe_line(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_pipe_line_without_a_label_names_no_staff() -> None:
    # near-miss: a bar-split line whose last part is no staff label names no one
    text = (
        "Vice premier to visit Minsk\n\nSource: Xinhua | 2025-10-14 16:20:05 | Politics: Europe\n\n"
        "BEIJING, Oct. 14 (Xinhua) -- Vice Premier Sun Hao will visit Minsk from Oct. 20 to 22.\n"
    )
    assert set(_people(text)) == {"Sun Hao"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "NAIROBI -- Ministers meet on Monday. Amina Waweru of the East Africa Policy Institute said the "
            "talks were overdue.",
            "Amina Waweru",
        ),
        (
            "OSLO -- Ministers meet on Monday. Lars Tveit from the Nordic Security Centre, which advises the "
            "government, told reporters the talks were overdue.",
            "Lars Tveit",
        ),
        (
            "LIMA -- Ministers meet on Monday. Rosa Palomino at the Andean Studies Foundation warned that "
            "the talks could stall.",
            "Rosa Palomino",
        ),
    ],
)
def test_workplace_after_a_bare_name_then_a_verb(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_building_of_a_workplace_is_no_person() -> None:
    # near-miss: a hall of an institution, with a verb after it, is a place
    text = "LIMA -- Ministers meet on Monday. Garden Hall of the Andean Studies Foundation hosted the talks."
    assert "Garden Hall" not in _people(text)


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "LIMA, May 12 -- Peruvian Prime Minister Rosa Quispe will host Chilean President "
            "Mateo Fuentes in Lima on May 23. Presidential spokesperson Ana Torres said the "
            "leaders would hold a working dinner.",
            "Ana Torres",
            "Chile",
        ),
        (
            "OSLO, May 12 -- Norwegian Prime Minister Kari Lund will host Finnish President "
            "Aino Virtanen in Oslo on May 23. Senior presidential adviser Mikko Salo said the "
            "leaders would discuss the Arctic.",
            "Mikko Salo",
            "Finland",
        ),
        (
            "ACCRA, May 12 -- Ghana's Vice President Kofi Mensah will host Togolese President "
            "Eyadema Kodjo in Accra on May 23. Deputy presidential spokesperson Afi Lawson said "
            "the talks would cover trade.",
            "Afi Lawson",
            "Togo",
        ),
    ],
)
def test_presidential_staff_of_the_one_president(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_presidential_staff_with_two_presidents_keeps_the_dateline() -> None:
    # near-miss: two presidents of two states tell no presidential office's state
    text = (
        "LIMA, May 12 -- Peruvian President Rosa Quispe will host Chilean President Mateo Fuentes in "
        "Lima on May 23. Presidential spokesperson Ana Torres said the leaders would hold a working dinner."
    )
    assert _people(text)["Ana Torres"][1] == "Peru"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "ROME (AFP) -- Ministers meet on Monday. Giulia Ferro, of the Rome-based Italian Institute for "
            "Global Affairs (IIGA), said Italy had more to offer.",
            "Giulia Ferro",
        ),
        (
            "OSLO -- Ministers meet on Monday. Ingrid Aas of the Bergen-based Nordic Security Foundation "
            "said the talks were overdue.",
            "Ingrid Aas",
        ),
        (
            "LISBON -- Ministers meet on Monday. Rui Matos from the Atlantic Studies Institute (ASI) said "
            "the talks were overdue.",
            "Rui Matos",
        ),
    ],
)
def test_workplace_based_or_bracketed_after_a_bare_name(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_workplace_with_no_verb_after_names_no_one() -> None:
    # near-miss: a capitalised run and a workplace, then no verb of a person
    text = "ROME -- Ministers meet on Monday. Palazzo Verde, of the Rome-based Italian Institute, opened."
    assert "Palazzo Verde" not in _people(text)


@pytest.mark.parametrize(
    "text, names, role",
    [
        (
            "LONDON, June 3 -- Britain and Norway will hold talks in Oslo on June 10. MPs Harriet Quayle "
            "and Tom Ridley will join the delegation.",
            ("Harriet Quayle", "Tom Ridley"),
            "MP",
        ),
        (
            "STRASBOURG, June 3 -- The delegation flies to Tbilisi on June 10. MEPs Ilka Sorensen (Greens) "
            "and Paolo Ferri (EPP) are also part of the delegation.",
            ("Ilka Sorensen", "Paolo Ferri"),
            "MEP",
        ),
        (
            "NAIROBI, June 3 -- Kenya and Uganda will hold talks on June 10. Opposition MPs Stella Nakato "
            "and Joseph Otieno criticised the plan.",
            ("Stella Nakato", "Joseph Otieno"),
            "Opposition MP",
        ),
    ],
)
def test_plural_seat_over_a_list(text: str, names: tuple[str, str], role: str) -> None:
    people = _people(text)
    assert [people[n][0] for n in names] == [role, role]


def test_plural_seat_as_subject_is_no_title() -> None:
    # near-miss: "The MPs met A": the legislators are the subject, A is no MP
    text = (
        "LONDON, June 3 -- Britain and Norway will hold talks in Oslo on June 10. The MPs met Harriet "
        "Quayle on Monday."
    )
    assert _people(text)["Harriet Quayle"][0] is None
