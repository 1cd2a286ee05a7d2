"""People's roles and countries, round 18 (pf18): a programme's day heading ("Tuesday 4 May — Xcity") under
the lead is an item of the visit's programme, not the release's own date-and-place line (so it names no
issuer), and it places the items under it in that town's country; a title owned by a place or body
("call on Xregion's Governor A") is met where the sentence is set, like a title met directly, unless its
owner is a person the text names ("call on B's adviser A": B's side); "in charge of X" after a title in an
apposition ("A, Minister in charge of X,") is its portfolio, as "for X" is; "the head of the Xish delegation
as A" names the delegation's head, who is Xish; the regional and treaty bodies (SADC, EAC, CARICOM, OPCW,
CTBTO) are organisations, an official's affiliation, as NATO or ECOWAS are; an agent noun before "General"
("Prosecutor General", "Auditor General") makes a civil office, as "Attorney General" does, not a rank; one
a visitor "will be accompanied by" is of the visitor's party, though met in the host country later ("a
session with A"); "the Office of the Spokesperson for the Secretary-General" heads the United Nations'
briefings (its staff are the UN's), while "the Office of the Spokesperson" alone stays the State
Department's; a staff title naming its principal right before the principal's name ("A, spokesman for
Prime Minister B") gives B the principal's title, not the staff post."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import person

TODAY = date(2031, 3, 2)


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    """The (role, country) extracted for the named person (fails when the person is not found)."""
    p = person(extract(text, today=TODAY), name)
    return p.role, p.country


_PROGRAMME = (
    "Presidency — Press release\n\n"
    "State visit of the President of the Republic to {visited}\n\n"
    "The President of the Republic, Mr Aurelio Manfredini, will make a State visit to {visited} from Monday "
    "4 May to Wednesday 6 May 2031, at the invitation of his {vadj} counterpart.\n\n"
    "Programme\n\n"
    "Monday 4 May — {city}\n"
    "Official welcome ceremony, followed by talks with the President, Mr Osvaldo Pradera. State dinner.\n\n"
    "Tuesday 5 May — {city}\n"
    "A working lunch with the Prime Minister, Mr Benedikt Sauermann, then a visit to a museum.\n\n"
    "Speaking to the press on Friday, the President's chief of staff, Ms Ottilie Brandvold, said the visit "
    "would open a new chapter.\n"
)


@pytest.mark.parametrize(
    ("visited", "vadj", "city"),
    [("Peru", "Peruvian", "Lima"), ("Hungary", "Hungarian", "Budapest"), ("Poland", "Polish", "Warsaw")],
)
def test_programme_day_heading_is_no_issuer_line(visited: str, vadj: str, city: str) -> None:
    text = _PROGRAMME.format(visited=visited, vadj=vadj, city=city)
    assert _person(text, "Ottilie Brandvold")[1] != visited
    assert _person(text, "Benedikt Sauermann") == ("Prime Minister", visited)


def test_release_date_place_line_over_the_lead_still_names_the_issuer() -> None:
    text = (
        "Ministry of Trade\n\n"
        "12 March 2031 — Lima\n\n"
        "Minister Renata Quispe will receive a business delegation next week, the ministry said.\n"
    )
    assert _person(text, "Renata Quispe")[1] == "Peru"


_CALL_ON = (
    "{wire}: Prime Minister Haruki Tsunoda will make an official visit to {visited} next week, his office "
    "said on Monday.\n\n"
    "In {city}, Mr Tsunoda will call on {owner} {title} Rinaldo Castellucci and visit companies in the "
    "aerospace sector.\n"
)


@pytest.mark.parametrize(
    ("wire", "visited", "city", "owner", "title"),
    [
        ("SEOUL", "Italy", "Milan", "Lombardy's", "Governor"),
        ("SEOUL", "Spain", "Barcelona", "Catalonia's", "regional President"),
        ("SEOUL", "Germany", "Dresden", "Saxony's", "Minister-President"),
        ("SEOUL", "India", "Mumbai", "Maharashtra's", "Chief Minister"),
    ],
)
def test_title_owned_by_a_region_is_the_visited_states(
    wire: str, visited: str, city: str, owner: str, title: str
) -> None:
    text = _CALL_ON.format(wire=wire, visited=visited, city=city, owner=owner, title=title)
    assert _person(text, "Rinaldo Castellucci") == (title, visited)


def test_title_owned_by_a_person_named_in_the_text_stays_that_persons_side() -> None:
    text = (
        "TOKYO: Prime Minister Haruki Tsunoda will make an official visit to Italy next week, his office "
        "said on Monday.\n\n"
        "In Milan, Foreign Minister Aiko Morimura will call on Tsunoda's former adviser Kenji Hayama, who "
        "now lives there.\n"
    )
    assert _person(text, "Kenji Hayama")[1] != "Italy"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Tomasz Wielgosz, Minister in charge of Cybersecurity, said the agreement would be signed soon.",
            "Minister in charge of Cybersecurity",
        ),
        (
            "The agreement will be signed soon, said Tomasz Wielgosz, Minister in charge of Decarbonisation.",
            "Minister in charge of Decarbonisation",
        ),
        (
            "Tomasz Wielgosz, Minister Delegate in charge of Ocean Resources, said the talks had gone well.",
            "Minister Delegate in charge of Ocean Resources",
        ),
    ],
)
def test_in_charge_of_portfolio_in_an_apposition(sentence: str, want: str) -> None:
    assert _person(sentence, "Tomasz Wielgosz")[0] == want


def test_clause_in_charge_of_is_no_title() -> None:
    text = "Minister Tomasz Wielgosz, who is in charge of the talks, said the agreement would be signed soon."
    assert _person(text, "Tomasz Wielgosz")[0] == "Minister"


_HEAD_AS = (
    "Norway and Chile to hold ocean dialogue in Oslo\n\n"
    "Officials of Norway and Chile will meet in Oslo next week for the ocean dialogue. The Norwegian "
    "delegation will be led by Ingvild Rustad, the State Secretary for Fisheries.\n\n"
    "The ministry's notice lists the head of the {adj} delegation as Joaquin Ferreyra, Ambassador for "
    "Ocean Affairs, with participation from the navy.\n"
)


@pytest.mark.parametrize(
    ("adj", "want"), [("Chilean", "Chile"), ("Peruvian", "Peru"), ("Argentine", "Argentina")]
)
def test_head_of_a_delegation_named_as(adj: str, want: str) -> None:
    assert _person(_HEAD_AS.format(adj=adj), "Joaquin Ferreyra")[1] == want


def test_delegation_described_as_names_no_member() -> None:
    text = (
        "Officials of Norway and Chile will meet in Oslo next week for the ocean dialogue.\n\n"
        "The host described the Chilean delegation as well prepared, said Joaquin Ferreyra, Norway's "
        "Ambassador for Ocean Affairs.\n"
    )
    assert _person(text, "Joaquin Ferreyra")[1] == "Norway"


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        ("Executive Secretary", "SADC", "SADC"),
        ("Director-General", "the OPCW", "OPCW"),
        ("Secretary-General", "CARICOM", "CARICOM"),
        ("Secretary-General", "the EAC", "EAC"),
    ],
)
def test_regional_and_treaty_bodies_are_affiliations(title: str, body: str, want: str) -> None:
    text = f"The minister will also meet the {title} of {body}, Dr. Merle Castellanos, on Friday."
    assert _person(text, "Merle Castellanos") == (title, want)


def test_unknown_initials_stay_in_the_title() -> None:
    text = "The minister will also meet the Executive Secretary of SAPTA, Dr. Merle Castellanos, on Friday."
    assert _person(text, "Merle Castellanos") == ("Executive Secretary of SAPTA", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The envoy will meet the Prosecutor General of Peru, Ximena Carhuaz, on Friday.",
            "Prosecutor General",
        ),
        ("The envoy will meet the Auditor General of Peru, Ximena Carhuaz, on Friday.", "Auditor General"),
        ("Ximena Carhuaz, Solicitor General of Peru, said the case was closed.", "Solicitor General"),
        ("The envoy will meet Comptroller General Ximena Carhuaz on Friday.", "Comptroller General"),
    ],
)
def test_agent_noun_before_general_is_an_office_not_a_rank(text: str, want: str) -> None:
    assert _person(text, "Ximena Carhuaz")[0] == want


def test_military_general_stays_a_rank() -> None:
    text = "The envoy will meet the Chief of Army, General Ximena Carhuaz, on Friday."
    assert _person(text, "Ximena Carhuaz")[0] == "Chief of Army"


_ESCORT = (
    "{home_adj} Minister of Trade Ilse Marwick is to meet {host}'s Minister of Economy, Tadeo Ruskin, in "
    "{city} on 22 September, the ministry announced on 13 September.\n\n"
    "Marwick will be accompanied by Oren Feldtmann, Minister of the Export Credit Administration. The "
    "delegation will also visit a port.\n\n"
    "Deputy minister Lidia Kostova will co-chair a separate session with Feldtmann on 22 September on "
    "financing.\n"
)


@pytest.mark.parametrize(
    ("home_adj", "home", "host", "city"),
    [
        ("Norwegian", "Norway", "Poland", "Warsaw"),
        ("Austrian", "Austria", "Chile", "Santiago"),
        ("Swedish", "Sweden", "Kenya", "Nairobi"),
    ],
)
def test_one_accompanying_a_visitor_is_the_visitors_though_met_later(
    home_adj: str, home: str, host: str, city: str
) -> None:
    text = _ESCORT.format(home_adj=home_adj, host=host, city=city)
    assert _person(text, "Oren Feldtmann")[1] == home


def test_one_met_with_no_escort_is_the_hosts() -> None:
    text = (
        _ESCORT.format(home_adj="Norwegian", host="Poland", city="Warsaw")
        .replace(
            "Marwick will be accompanied by Oren Feldtmann, Minister of the Export Credit Administration. ",
            "",
        )
        .replace(
            "session with Feldtmann",
            "session with Oren Feldtmann, Minister of the Export Credit Administration,",
        )
    )
    assert _person(text, "Oren Feldtmann")[1] == "Poland"


_BRIEFING = "Daily Press Briefing by the {office}\n\nFriday, 12 March 2031\n\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "The Deputy Secretary-General, Ilse Marwick, will be in Nairobi next week to attend a summit.",
        "The Special Envoy for Yemen, Ilse Marwick, briefed the Security Council this morning in New York.",
        "The Under-Secretary-General for Humanitarian Affairs, Ilse Marwick, will travel to Chad on Monday.",
    ],
)
def test_spokesperson_for_the_secretary_general_is_the_uns_office(body: str) -> None:
    text = _BRIEFING.format(office="Office of the Spokesperson for the Secretary-General", body=body)
    assert _person(text, "Ilse Marwick")[1] == "United Nations"


def test_office_of_the_spokesperson_alone_stays_the_state_departments() -> None:
    body = "The Deputy Secretary-General, Ilse Marwick, will be in Nairobi next week to attend a summit."
    assert _person(_BRIEFING.format(office="Office of the Spokesperson", body=body), "Ilse Marwick")[1] == (
        "United States"
    )


@pytest.mark.parametrize(
    ("text", "principal", "title"),
    [
        (
            "The talks went well, said Jonas Peltz, spokesman for Prime Minister Greta Lindqvist.",
            "Greta Lindqvist",
            "Prime Minister",
        ),
        (
            "Highlights of the briefing by Jonas Peltz, Spokesperson for Secretary-General Greta Lindqvist.",
            "Greta Lindqvist",
            "Secretary-General",
        ),
        (
            "The plan was approved, said Jonas Peltz, chief of staff to Chancellor Greta Lindqvist.",
            "Greta Lindqvist",
            "Chancellor",
        ),
    ],
)
def test_staff_title_naming_its_principal_before_the_name(text: str, principal: str, title: str) -> None:
    assert _person(text, principal)[0] == title


def test_staff_title_for_a_body_stays_whole() -> None:
    text = "The minister met Jonas Peltz, spokesman for the ministry, on Friday."
    assert _person(text, "Jonas Peltz")[0] == "spokesman for the ministry"
