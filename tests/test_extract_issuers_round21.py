"""Issuers, round 21: the state a release comes from, read from its own lines — a lead opened by a capital
and a numeric date ("Xcity, 21.08.2025 – "), a state's name in capitals over its body's line ("REPUBLIC OF
X" / "THE NATIONAL ASSEMBLY"), a byline signed by a body's press office the text spells out ("By XAF
Public Affairs Office") — gives the release's unqualified officials; a state's service after a comma
closes a title and names the official's state ("Commandant, Xland Coast Guard"); a one-word town opening a
body's name is that body's home only when the text names the town standing alone ("Federal Councillor"
names no town called Federal)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Press release\n\nVienna, 14.03.2025 – State Secretary Lena Aigner will travel to Prague on 20 "
            "March 2025 for talks on energy security with her counterparts.",
            "Lena Aigner",
            "Austria",
        ),
        (
            "Federal Office of Culture\n\nBern, 02.09.2025 – Federal Councillor Anton Brügger will open the "
            "conference on cultural heritage in Lucerne on 10 September. Delegations from eleven countries "
            "are expected.",
            "Anton Brügger",
            "Switzerland",
        ),
        (
            "Berlin, 05.11.2025 – Minister of State Jonas Ketterer will travel to Oslo next week for talks "
            "on Arctic cooperation. He will also meet business leaders.",
            "Jonas Ketterer",
            "Germany",
        ),
    ],
)
def test_numeric_date_lead_names_the_issuers_capital(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_numeric_date_lead_in_a_town_names_no_issuer() -> None:
    text = (
        "Lucerne, 02.09.2025 – Chairman Anton Brügger will open the conference on cultural "
        "heritage on 10 September. Delegations from eleven countries are expected."
    )
    assert _people(text)["Anton Brügger"][1] is None


@pytest.mark.parametrize(
    "text, names, country",
    [
        (
            "REPUBLIC OF GHANA\nTHE NATIONAL ASSEMBLY\n\nPRESS STATEMENT\n\nThe Speaker, Rt. Hon. Kwesi "
            "Adomako, will open the regional conference on 12 May. The Deputy Speaker, Hon. Ama "
            "Boateng, will chair the organising committee.",
            ["Kwesi Adomako", "Ama Boateng"],
            "Ghana",
        ),
        (
            "REPUBLIC OF ZAMBIA\nOFFICE OF THE VICE-PRESIDENT\n\nMEDIA STATEMENT\n\nThe Permanent Secretary, "
            "Mr. Chanda Mwape, will lead the delegation to the regional meeting on 3 June.",
            ["Chanda Mwape"],
            "Zambia",
        ),
        (
            "KINGDOM OF LESOTHO\nTHE NATIONAL ASSEMBLY\n\nPRESS RELEASE\n\nThe Clerk of the National "
            "Assembly, Mr. Thabo Ntsane, announced that the Speaker, Hon. Lineo Mokoena, will host the "
            "delegates on 9 July.",
            ["Lineo Mokoena"],
            "Lesotho",
        ),
    ],
)
def test_state_line_over_a_bodys_line_is_the_issuer(text: str, names: list[str], country: str) -> None:
    people = _people(text)
    for name in names:
        assert people[name][1] == country, name


def test_state_named_in_a_capitals_headline_alone_is_no_letterhead() -> None:
    text = (
        "GHANA\n\nThe Speaker, Rt. Hon. Kwesi Adomako, will open the regional conference on 12 May. The "
        "Deputy Speaker, Hon. Ama Boateng, will chair the organising committee."
    )
    assert _people(text)["Ama Boateng"][1] is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Navy and allies to open exercise\n\nBy AFM Public Affairs Office\n\nThe Armed Forces of Malta "
            "(AFM) will open the exercise on Monday. AFM Chief of Staff Brig. Paul Zammit will lead the "
            "opening ceremony.",
            "Paul Zammit",
            "Malta",
        ),
        (
            "Joint drills to begin\n\nBy KDF Public Information Office\n\nThe Kenya Defence Forces (KDF) "
            "will begin the drills on 4 June. Chief of Defence Forces Gen. Mark Kiprotich will attend.",
            "Mark Kiprotich",
            "Kenya",
        ),
        (
            "Exercise closes\n\nBy Philippine Navy Public Affairs Office\n\nThe exercise will close on 5 "
            "June. Flag Officer in Command Vice Adm. Jose Ramirez will address the troops.",
            "Jose Ramirez",
            "Philippines",
        ),
    ],
)
def test_a_bodys_press_office_byline_is_the_issuer(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_reporters_byline_is_no_issuer() -> None:
    text = (
        "Joint drills to begin\n\nBy Kenya Wanjiru Otieno\n\nThe drills will begin on 4 June. Chief of "
        "Defence Forces Gen. Mark Kiprotich will attend."
    )
    assert _people(text)["Mark Kiprotich"][1] is None


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "The meeting will be attended by Admiral Hamid Rostami, Commandant, Indonesian Coast Guard, "
            "and Admiral Lee Kwan, Commissioner, Korea Coast Guard, on 4 June in Busan.",
            "Hamid Rostami",
            "Commandant",
            "Indonesia",
        ),
        (
            "The meeting will be attended by Admiral Hamid Rostami, Commandant, Indonesian Coast Guard, "
            "and Admiral Lee Kwan, Commissioner, Korea Coast Guard, on 4 June in Busan.",
            "Lee Kwan",
            "Commissioner",
            "South Korea",
        ),
        (
            "Talks on 9 June will bring together Rear Admiral Sofia Lind, Deputy Commander for Operations, "
            "Swedish Navy, and her hosts in Tallinn.",
            "Sofia Lind",
            "Deputy Commander for Operations",
            "Sweden",
        ),
    ],
)
def test_a_states_service_after_a_comma_closes_the_title(
    text: str, name: str, role: str, country: str
) -> None:
    assert _people(text)[name] == (role, country)


def test_a_title_of_a_service_keeps_it() -> None:
    text = "On 9 June, Rear Admiral Sofia Lind, Commander of the Swedish Navy, will visit Tallinn."
    assert _people(text)["Sofia Lind"] == ("Commander of the Swedish Navy", "Sweden")


@pytest.mark.parametrize(
    "text, name, town_country",
    [
        (
            "Federal Department of Home Affairs FDHA\n\nThe Federal Councillor will attend. FDHA "
            "spokesperson Mara Keller said the talks would begin on 4 June.",
            "Mara Keller",
            "Argentina",
        ),
        (
            "Union Ministry of Ports UMP\n\nThe Union Cabinet approved the plan. UMP spokesperson Ravi Menon "
            "said the talks would begin on 4 June.",
            "Ravi Menon",
            "United States",
        ),
        (
            "Central Agency for Maritime Affairs CAMA\n\nThe Central Committee met on Monday. CAMA "
            "spokesperson Elin Dahl said the talks would begin on 4 June.",
            "Elin Dahl",
            "United States",
        ),
    ],
)
def test_a_word_that_is_also_a_town_names_no_home_in_a_title(text: str, name: str, town_country: str) -> None:
    assert _people(text)[name][1] != town_country


def test_a_town_named_alone_is_still_the_bodys_home() -> None:
    text = (
        "Concordia has become a hub for river trade. The Concordia Chamber of Commerce (CCC) will host the "
        "talks on 4 June. CCC president Ana Ruiz will open them."
    )
    assert _people(text)["Ana Ruiz"][1] == "Argentina"
