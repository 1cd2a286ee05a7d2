"""Country rules, round 20 (visitor): a visitor who "is scheduled to pay a State Visit to X" travels (so is
not of X, and the leader who invites is X's); a leader of "a bipartisan Xish Parliamentary Delegation" is of
X, and the members a later sentence lists after "The delegation includes" travel with that leader; a
delegation's members listed by semicolons ("comprising A, Minister of X; B, Minister of Y") are all of its
owner's party; companions named from a group ("accompanied by several members of the Government,
including A, and B") travel with the subject; and a town a foreign namesake outnumbers is read in the
country the text is about."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import country_context, extract, split
from briefings.extract.gazetteer import find_city
from briefings.extract.people_escorts import delegation_member
from briefings.extract.roster import build_people

_TODAY = date(2025, 6, 1)


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Prime Minister to visit Ireland\n\n"
            "Prime Minister Ana Costa is scheduled to pay a State Visit to Ireland on 3-4 June at the "
            "invitation of Prime Minister Sean Byrne, during which Portugal will open a trade office in "
            "Dublin.\n\n"
            "Portugal hopes to attract Irish investors.\n",
            {"Ana Costa": "Portugal", "Sean Byrne": "Ireland"},
            id="scheduled State Visit",
        ),
        pytest.param(
            "Prime Minister to visit Sweden\n\n"
            "Prime Minister Piet de Vries is due to pay an Official Visit to Sweden next week at the "
            "invitation of Prime Minister Lars Nyberg, during which the Netherlands will sign a supply "
            "agreement in Stockholm.\n\n"
            "The Netherlands imports Swedish steel.\n",
            {"Piet de Vries": "Netherlands", "Lars Nyberg": "Sweden"},
            id="due to pay an Official Visit",
        ),
        pytest.param(
            "Premier to visit Norway\n\n"
            "Prime Minister Tomas Varga is expected to pay a working visit to Norway on 3 June at the "
            "invitation of Prime Minister Erik Dahl, during which Hungary will sign an energy deal in "
            "Oslo.\n\n"
            "Hungary is keen on Norwegian gas.\n",
            {"Tomas Varga": "Hungary", "Erik Dahl": "Norway"},
            id="expected to pay a working visit",
        ),
        pytest.param(
            "Parliamentary delegation to visit Samoa\n\n"
            "The Speaker, Hon Ruth Walker, will lead a high-level Canadian Parliamentary Delegation to Apia "
            "from 2 to 5 June.\n\n"
            "The delegation will call on Prime Minister Fiame Tuala in Apia.\n",
            {"Ruth Walker": "Canada"},
            id="lead an adjective-led national delegation",
        ),
        pytest.param(
            "Senators to visit Kenya\n\n"
            "Senator Joan Miller will head a bipartisan U.S. Senate Delegation to Nairobi on 2 June.\n\n"
            "The delegation will meet President Daniel Ruto in Nairobi.\n",
            {"Joan Miller": "United States"},
            id="head a U.S. Senate Delegation",
        ),
        pytest.param(
            "Parliamentary delegation to visit Fiji\n\n"
            "Senator Paul Grant will lead a cross-party Australian Parliamentary Delegation to Suva from 2 "
            "to 5 June.\n\n"
            "The delegation includes Senator Ann Price and Representative Mark Bell.\n\n"
            "The delegation will call on Prime Minister Ratu Seru in Suva.\n",
            {"Paul Grant": "Australia", "Ann Price": "Australia", "Mark Bell": "Australia"},
            id="The delegation includes: the leader's party",
        ),
        pytest.param(
            "Codel to visit the Philippines\n\n"
            "Representative Tom Hale will lead a bipartisan U.S. Congressional Delegation to Manila on 2 "
            "June.\n\n"
            "The delegation includes Representative Sara Long.\n\n"
            "The delegation will call on President Ramon Cruz in Manila.\n",
            {"Tom Hale": "United States", "Sara Long": "United States"},
            id="The delegation includes, one member",
        ),
        pytest.param(
            "Ministry of Foreign Affairs\nGovernment of Japan\n\n"
            "Visit of the President of Chile\n\n"
            "President Carla Rojas of Chile will pay an official visit to Japan from 3 to 5 June.\n\n"
            "President Rojas will be accompanied by a delegation comprising Hon. Diego Soto, Minister of "
            "Finance; Hon. Luis Vera, Minister of Mining; senior officials; and business leaders.\n",
            {"Luis Vera": "Chile"},
            id="semicolon list of members",
        ),
        pytest.param(
            "Ministry of External Affairs\nGovernment of India\n\n"
            "Visit of the Prime Minister of Fiji\n\n"
            "Prime Minister Sitiveni Rabuka of Fiji will pay an official visit to India from 3 to 5 June.\n\n"
            "Prime Minister Rabuka will be accompanied by a delegation including Hon. Manoa Kamikamica, "
            "Minister for Trade; Hon. Lynda Tabuya, Minister for Women; and senior officials.\n",
            {"Lynda Tabuya": "Fiji"},
            id="semicolon list, including",
        ),
        pytest.param(
            "Ministry of Foreign Affairs\nRepublic of Korea\n\n"
            "Visit of the Prime Minister of Vietnam\n\n"
            "Prime Minister Tran Van Nam of Vietnam will pay an official visit to Korea from 3 to 5 June.\n\n"
            "Prime Minister Tran will be accompanied by a delegation comprising Mr. Le Hoai Trung, Minister "
            "of Foreign Affairs; Mr. Phan Van Giang, Minister of National Defence; and business leaders.\n",
            {"Phan Van Giang": "Vietnam"},
            id="semicolon list, Mr.",
        ),
        pytest.param(
            "State visit to Italy\n\n"
            "At the invitation of the Prime Minister, Marco Bellini, Polish President Jan Nowak will pay a "
            "state visit to Italy from 3 to 5 June. Poland and Italy will sign a treaty.\n\n"
            "He will meet the Speaker, Giulia Ferri, in Rome.\n\n"
            "The President will be accompanied by several members of the Government, including Piotr "
            "Zielinski, Minister of Industry, and Ewa Kowalska, Minister of Defence.\n",
            {"Piotr Zielinski": "Poland", "Ewa Kowalska": "Poland"},
            id="group companions, including",
        ),
        pytest.param(
            "Visit to Greece\n\n"
            "At the invitation of the Prime Minister, Nikos Andreou, Austrian Chancellor Karl Huber will pay "
            "an official visit to Greece from 3 to 5 June. Austria and Greece will sign a treaty.\n\n"
            "He will meet the Speaker, Eleni Markou, in Athens.\n\n"
            "The Chancellor will be accompanied by some members of the Government, notably Lisa Gruber, "
            "Minister of the Interior.\n",
            {"Lisa Gruber": "Austria"},
            id="group companions, notably",
        ),
        pytest.param(
            "State visit to the United Kingdom\n\n"
            "President Lina Berg will pay a state visit to the United Kingdom from 3 to 5 June.\n\n"
            "She will be welcomed at Windsor by King Charles III. She will then meet the Prime Minister, "
            "Keir Starmer, in London.\n",
            {"Charles III": "United Kingdom"},
            id="a town of the country visited (King)",
        ),
        pytest.param(
            "State visit to the United Kingdom\n\n"
            "President Lina Berg will pay a state visit to the United Kingdom from 3 to 5 June.\n\n"
            "She will be welcomed at Windsor by Queen Camilla and then meet Prime Minister Keir Starmer in "
            "London.\n",
            {"Camilla": "United Kingdom"},
            id="a town of the country visited (Queen)",
        ),
    ],
)
def test_visitor_countries(text: str, expected: dict[str, str]) -> None:
    """The visitor, the delegation's members and the host each get their own country."""
    got = _countries(text)
    assert {name: got.get(name) for name in expected} == expected


def _delegation_member(text: str, name: str) -> str | None:
    """The leader whose delegation the named person is listed in, by the "The delegation includes" rule."""
    doc = split(text)
    people, _, _ = build_people(doc, country_context(doc, None, set()))
    rec = next(r for r in people.recs if r.name == name)
    leader = delegation_member(doc.text, rec, people)
    return leader.name if leader else None


def test_delegation_member_follows_the_leader() -> None:
    """ "A will lead a delegation. The delegation includes B": B travels with A."""
    text = (
        "Visit to Suva\n\n"
        "Speaker Lord Fakafanua will lead a Tongan delegation to Suva on Monday.\n\n"
        "The delegation includes Minister Sione Vea.\n"
    )
    assert _delegation_member(text, "Sione Vea") == "Fakafanua"


def test_delegation_received_by_a_host_has_no_leader() -> None:
    """Near miss: a host who "will receive a delegation" does not lead it, so its members are not the host's
    party."""
    text = (
        "Talks in Suva\n\n"
        "Prime Minister Ratu Seru will receive a Tongan delegation in Suva on Monday.\n\n"
        "The delegation includes Minister Sione Vea.\n"
    )
    assert _delegation_member(text, "Sione Vea") is None


def test_untitled_subject_takes_no_companion() -> None:
    """Near miss: "Raksha Mantri will be accompanied by a delegation including A": a subject no person names
    is not the person last named before."""
    text = (
        "Defence Minister to visit Australia\n\n"
        "Raksha Mantri Shri Rajnath Singh will visit Australia from 3 to 5 June. He will hold talks with "
        "Deputy Prime Minister Richard Marles in Canberra.\n\n"
        "Raksha Mantri will be accompanied by a high-level delegation including Defence Secretary "
        "Shri Rajesh Kumar Singh and senior officials of the Ministry of Defence.\n"
    )
    assert _countries(text)["Rajesh Kumar Singh"] != "Australia"


def test_town_of_a_country_the_text_never_names_stays_abroad() -> None:
    """Near miss: a town the text places in no country it names keeps the gazetteer's most populous one."""
    city = find_city("Windsor", frozenset({"Japan"}))
    assert city is not None and city.country == "Canada"


def test_host_scheduled_to_receive_does_not_travel() -> None:
    """Near miss: "is scheduled to receive" is no travel; the host keeps the country of the place."""
    text = (
        "Prime Minister to receive Portuguese counterpart\n\n"
        "Prime Minister Sean Byrne is scheduled to receive Prime Minister Ana Costa of Portugal in Dublin on "
        "3 June.\n\n"
        "Ireland and Portugal will sign a trade pact.\n"
    )
    assert _countries(text)["Sean Byrne"] == "Ireland"
