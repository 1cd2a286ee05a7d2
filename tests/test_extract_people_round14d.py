"""People round 14d: generic bodies' country words, reporters' descriptions, portfolio lists, bodies before
lower-case titles, seas named after countries and national news agencies' datelines."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.agencies import agency_home
from briefings.extract.eventcues import countries_in
from briefings.extract.people import better_role
from briefings.extract.role_show import shown_role
from briefings.extract.sentences import split

TODAY = date(2025, 1, 17)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    b = extract(text, source="t", published=None, today=TODAY)
    return {p.name: (p.role, p.country) for p in b.people}


@pytest.mark.parametrize(
    ("role", "country", "shown"),
    [
        ("Chairman of the ROK Joint Chiefs of Staff", "South Korea", "Chairman of the Joint Chiefs of Staff"),
        (
            "Chairman of the U.S. Joint Chiefs of Staff",
            "United States",
            "Chairman of the Joint Chiefs of Staff",
        ),
        ("Commander of the Estonian Defence Forces", "Estonia", "Commander of the Defence Forces"),
        ("Chief of the Ugandan Defence Staff", "Uganda", "Chief of the Defence Staff"),
        ("Vice Chief of the Finnish General Staff", "Finland", "Vice Chief of the General Staff"),
        ("Commander of the Latvian Armed Forces", None, "Commander of the Armed Forces"),
    ],
)
def test_country_word_before_a_body_every_state_has(role: str, country: str | None, shown: str) -> None:
    assert shown_role(role, country) == shown


@pytest.mark.parametrize(
    ("role", "country"),
    [
        ("Commander of the Indonesian National Armed Forces", "Indonesia"),  # a body's own name
        ("Commander of the Royal Netherlands Army", "Netherlands"),
        ("Chairman of the U.S. Joint Chiefs of Staff", "Japan"),  # another country's officer
        ("Commander of the ROK-U.S. Combined Forces Command", "South Korea"),
    ],
)
def test_named_bodies_keep_their_country_word(role: str, country: str) -> None:
    assert shown_role(role, country) == role


def test_chairman_of_the_rok_joint_chiefs_in_a_release() -> None:
    text = (
        "SEOUL, Jan 15 (Yonhap) -- Defense Minister Park Sung-ho met Gen. Yoon Dae-sik, Chairman of the ROK "
        "Joint Chiefs of Staff, on Wednesday.\n"
    )
    assert _people(text)["Yoon Dae-sik"] == ("Chairman of the Joint Chiefs of Staff", "South Korea")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("defense chief", "Defense Secretary"),
        ("defence chief", "Minister of Defence"),
        ("top diplomat", "Foreign Minister"),
        ("foreign policy chief", "Secretary of State for Foreign Affairs"),
    ],
)
def test_a_reporters_description_gives_way_to_the_office(old: str, new: str) -> None:
    assert better_role(old, new)
    assert not better_role(new, old)


def test_description_never_gives_way_to_another_portfolio() -> None:
    assert not better_role("top diplomat", "Defense Minister")
    assert not better_role("defense chief", "Trade Minister")


def test_headline_description_then_office_in_the_lead() -> None:
    text = (
        "published: 2025-01-17\n\nU.S. defense chief Harlan to meet Ruritania's Moro\n\n"
        "WASHINGTON, Jan 17 (Reuters) - U.S. Defense Secretary Jon Harlan will meet Ruritanian Defense "
        "Minister Ada Moro on Friday, the Pentagon said.\n"
    )
    assert _people(text)["Jon Harlan"][0] == "Defense Secretary"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The delegation will comprise Smt. Asha Rao, Minister of Finance and Corporate Affairs; "
            "and Shri Dev Nair, Minister of Railways, Information and Broadcasting, and Electronics and "
            "Information Technology.",
            "Dev Nair",
            "Minister of Railways, Information and Broadcasting, and Electronics and Information Technology",
        ),
        (
            "The delegation will comprise Smt. Asha Rao, Minister of Finance and Corporate Affairs; "
            "and Shri Dev Nair, Minister of Commerce and Industry.",
            "Asha Rao",
            "Minister of Finance and Corporate Affairs",
        ),
        (
            "He will also hold talks with Hon. Kamal Silva, Minister of Fisheries, Aquatic and Ocean "
            "Resources, on sustainable fisheries.",
            "Kamal Silva",
            "Minister of Fisheries, Aquatic and Ocean Resources",
        ),
        (
            "She called on Hon. Lina Perera, Minister of Ports, Shipping and Aviation.",
            "Lina Perera",
            "Minister of Ports, Shipping and Aviation",
        ),
    ],
)
def test_a_ministers_portfolio_list_runs_to_its_items_end(sentence: str, name: str, role: str) -> None:
    assert _people("COLOMBO, Jan 17 - " + sentence + "\n")[name][0] == role


def test_a_list_of_names_is_no_portfolio() -> None:
    text = "COLOMBO, Jan 17 - He met Hon. Kamal Silva, Minister of Fisheries, and Nimal Dias, who said so.\n"
    assert _people(text)["Kamal Silva"][0] == "Minister of Fisheries"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Foreign Ministry secretary-general Datuk Amran Zin said all delegations had confirmed.",
            "Amran Zin",
            "Foreign Ministry secretary-general",
        ),
        (
            "Defence Ministry director-general Ali Osman said the talks went well.",
            "Ali Osman",
            "Defence Ministry director-general",
        ),
        (
            "Presidential spokesperson Kang Mi-rae said the summit would focus on the future.",
            "Kang Mi-rae",
            "Presidential spokesperson",
        ),
        (
            "Home Ministry secretary-general Siti Noor told reporters the plan was ready.",
            "Siti Noor",
            "Home Ministry secretary-general",
        ),
    ],
)
def test_a_body_before_a_lower_case_title(sentence: str, name: str, role: str) -> None:
    assert _people("KUALA LUMPUR, Jan 17 (Bernama) -- " + sentence + "\n")[name][0] == role


def test_a_lower_case_title_without_a_body() -> None:
    text = "KUALA LUMPUR, Jan 17 (Bernama) -- The new secretary-general Siti Noor said the plan was ready.\n"
    assert _people(text).get("Siti Noor", (None, None))[0] in (None, "secretary-general")


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Issues include Timor-Leste's bid and a Code of Conduct in the South China Sea.", ["Timor-Leste"]),
        ("Patrols in the Indian Ocean and the Taiwan Strait were discussed by Japan.", ["Japan"]),
        ("Fishing in the Sea of Japan was raised by Korea.", ["South Korea"]),
        ("Ships crossed the Arabian Sea to Oman and China.", ["Oman", "China"]),
    ],
)
def test_a_country_word_naming_a_sea_names_no_party(sentence: str, countries: list[str]) -> None:
    doc = split(sentence)
    assert [c for s in doc.sentences for c in countries_in(doc, s)] == countries


def test_a_country_outside_a_seas_name_counts() -> None:
    doc = split("China and India held talks on the sea.")
    assert [c for s in doc.sentences for c in countries_in(doc, s)] == ["China", "India"]


@pytest.mark.parametrize(
    ("line", "home"),
    [
        ("LANGKAWI, Jan 17 (Bernama) -- Foreign ministers", "Malaysia"),
        ("PAJU, Jan 17 (Yonhap) -- The minister", "South Korea"),
        ("KARUIZAWA, April 18 Kyodo - G7 ministers", "Japan"),
        ("BALI, March 3 (Antara) - The talks", "Indonesia"),
        ("SMALLTOWN, Jan 17 (Reuters) - The talks", None),
    ],
)
def test_national_agencies(line: str, home: str | None) -> None:
    assert agency_home(line[line.index(",") :]) == home


@pytest.mark.parametrize(
    ("dateline", "country"),
    [
        ("LANGKAWI, Jan 17 (Bernama) --", "Malaysia"),
        ("TAWAU, Jan 17 (Bernama) --", "Malaysia"),
        ("KOTA BHARU, Jan 17 (Bernama) --", "Malaysia"),
    ],
)
def test_a_wire_storys_officials_are_its_agencys_country(dateline: str, country: str) -> None:
    text = (
        f"{dateline} Prime Minister Datuk Seri Amir Hakim will open the meeting here on Sunday.\n\n"
        "Foreign Ministry secretary-general Datuk Rosli Kamal said all delegations had confirmed.\n"
    )
    people = _people(text)
    assert people["Amir Hakim"][1] == country
    assert people["Rosli Kamal"][1] == country


def test_an_international_wires_unknown_town_gives_no_country() -> None:
    text = "SMALLTOWN, Jan 17 (Reuters) - Prime Minister Amir Hakim will open the meeting here on Sunday.\n"
    assert _people(text)["Amir Hakim"][1] is None
