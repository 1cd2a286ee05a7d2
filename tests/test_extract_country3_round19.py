"""Country rules, round 19 (country3): a government office that every guess refused (the host's holder of
it is named) goes to the other side of the text's two-country pair when only that side can hold it."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

_TODAY = date(2031, 5, 1)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # a compound office the host's minister holds: the visiting side's
            "Ministers meet for Canada-Norway defence talks\n\n"
            "Norway's Defence Minister Ingrid Solberg will host the annual Canada-Norway defence dialogue in "
            "Oslo on Monday, with Canadian Foreign Minister Claire Dubois attending.\n\n"
            "Deputy Prime Minister and Defence Minister Paul Tremaine said the talks would focus on Arctic "
            "security.\n",
            "Paul Tremaine",
            "Canada",
        ),
        (  # a head of state named in passing, other countries named twice elsewhere
            "Chile-Argentina consultations in Santiago\n\n"
            "The Chile-Argentina consultations will be held in Santiago on 4 June, hosted by Chilean "
            "President "
            "Rosa Alvear, with Argentine Defence Minister Lucia Ferro.\n\n"
            "Both countries have been hit by tariffs from Brazil and Peru. Officials said Brazil and Peru "
            "had "
            "not been invited.\n\n"
            "The talks come weeks after President Tomas Quiroga spoke with Alvear by telephone.\n",
            "Tomas Quiroga",
            "Argentina",
        ),
        (  # a head of government, the host's named first
            "Czech and Slovak leaders meet in Bratislava\n\n"
            "Slovak Prime Minister Marek Hudak will host the annual Czech-Slovak intergovernmental "
            "consultations "
            "in Bratislava on Thursday, joined by Czech Foreign Minister Jana Ruzickova.\n\n"
            "Hungary and Poland have been invited to a later session, and Hungary will send its interior "
            "minister.\n\n"
            "Prime Minister Hana Novak said the talks would centre on energy.\n",
            "Hana Novak",
            "Czech Republic",
        ),
    ],
)
def test_refused_office_goes_to_the_pairs_other_side(text: str, name: str, country: str) -> None:
    assert person(extract(text, today=_TODAY), name).country == country


def test_no_pair_no_side() -> None:
    # three countries meet: no pair to take the other side of
    text = (
        "Ministers meet for Canada, Norway and Denmark defence talks\n\n"
        "Norway's Defence Minister Ingrid Solberg will host the annual trilateral defence dialogue of "
        "Canada, "
        "Norway and Denmark in Oslo on Monday, with Canadian Foreign Minister Claire Dubois attending.\n\n"
        "Deputy Prime Minister and Defence Minister Paul Tremaine said the talks would focus on Arctic "
        "security.\n"
    )
    assert person(extract(text, today=_TODAY), "Paul Tremaine").country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Arab ministers gather in Amman\n\n"
            "AMMAN, March 3 (Wire) - Arab foreign ministers will meet in Amman on Sunday to prepare the "
            "summit, "
            "Arab League Secretary-General Karim Haddad told reporters. UN envoy talks are also planned.\n",
            "Karim Haddad",
            "Arab League",
        ),
        (
            "Regional summit opens in Accra\n\n"
            "ACCRA - West African leaders will meet in Accra on Saturday. The President of the ECOWAS "
            "Commission, Idrissa Bamba, will present the report on regional security.\n",
            "Idrissa Bamba",
            "ECOWAS",
        ),
        (
            "Foreign ministers of the Americas to meet\n\n"
            "Washington - Foreign ministers of the Organization of American States (OAS) will meet in Lima "
            "from "
            "June 2 to 4. It will be the first session under Secretary General Ana Lucia Ferreyra, who took "
            "office in May. The Secretary General will hold a bilateral meeting with Peru's Foreign Minister "
            "Jorge Salas.\n",
            "Ana Lucia Ferreyra",
            "OAS",
        ),
    ],
)
def test_regional_organisation_officials(text: str, name: str, country: str) -> None:
    p = person(extract(text, today=_TODAY), name)
    assert p.country == country
    assert p.role is not None and not p.role.lower().startswith("under")


def test_minister_beside_an_organisation_keeps_his_state() -> None:
    text = (
        "Arab ministers gather in Amman\n\n"
        "AMMAN, March 3 (Wire) - Arab foreign ministers will meet at the Arab League office in Amman on "
        "Sunday, "
        "Jordanian Foreign Minister Samir Nasser told reporters after talks with Arab ambassadors.\n"
    )
    assert person(extract(text, today=_TODAY), "Samir Nasser").country == "Jordan"
