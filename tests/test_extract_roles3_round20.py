"""Role rules, round 20 (roles3): an office in apposition beats a rank before the name even when the office
names a command by its region ("Supreme Allied Commander Europe") or a body opened by "General" ("Chief of the
Joint General Staff"); a state's title holding a forum's name ("Xland's G20 Sherpa") is the state's; a
capitalised "Co-" or "-in-Charge" head joins a title after "and"; portfolio lists whose items end on a
plain noun ("Trade and Island Affairs", "Quality Jobs"); a list of commands closed by "and <unit>"; a further
", T2 and T3" pair closing an apposition; a plural title with its portfolio before its names ("the Deputy
Ministers of X, A and B")."""

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
            "The Secretary will be briefed by Navy Adm. Laura Pettigrew, commander of U.S. Southern Command "
            "and Supreme Allied Commander Atlantic, before the talks.",
            "Laura Pettigrew",
            "commander of U.S. Southern Command and Supreme Allied Commander Atlantic",
        ),
        (
            "Guests included Air Chief Marshal Tomas Breyer, head of the Joint Operations Staff and Supreme "
            "Allied Commander Europe, and other officers.",
            "Tomas Breyer",
            "head of the Joint Operations Staff and Supreme Allied Commander Europe",
        ),
        (
            "The ministers were joined by his peer, Major General Ramón Ibarra Costa, Chief of the Joint "
            "General Staff of the Armed Forces.",
            "Ramón Ibarra Costa",
            "Chief of the Joint General Staff of the Armed Forces",
        ),
        (
            "The Director of the Press Bureau of the Secretariat General of the Ministry of Defence, Colonel "
            "Budi Prasetyo, said the visit would go ahead.",
            "Budi Prasetyo",
            "Director of the Press Bureau of the Secretariat General of the Ministry of Defence",
        ),
    ],
)
def test_office_in_apposition_beats_rank(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_rank_before_a_name_still_opens_the_name() -> None:
    # near miss: a rank after a command's title, then a person's name, is no part of the title
    people = _people("Commander of the Pacific Fleet Admiral Jane Whitcombe will attend the talks.")
    assert people["Jane Whitcombe"][0] == "Commander of the Pacific Fleet"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "The minister will be supported by Brazil's G20 Sherpa, Ambassador Lucia Ferraz Prado, and "
            "senior officials.",
            "Lucia Ferraz Prado",
            "G20 Sherpa",
            "Brazil",
        ),
        (
            "Talks were prepared by Japan's NATO ambassador Sato Haruki and his staff.",
            "Sato Haruki",
            "NATO ambassador",
            "Japan",
        ),
        (
            "Enquiries: Mr Sipho Ndlovu, Departmental Spokesperson, 082 555 0101",
            "Sipho Ndlovu",
            "Departmental Spokesperson",
            None,
        ),
    ],
)
def test_state_title_holding_a_forum_and_new_heads(
    text: str, name: str, role: str, country: str | None
) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if country:
        assert got[1] == country


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "On 3 May, Mr. Anan Srisuk, Senior Adviser and Co-Chairman of the Joint Trade Commission, will "
            "lead the delegation.",
            "Anan Srisuk",
            "Senior Adviser and Co-Chairman of the Joint Trade Commission",
        ),
        (
            "He will meet Rogelio Santos, the Philippines' Senior Undersecretary and Officer-in-Charge of "
            "the Department of Energy;",
            "Rogelio Santos",
            "Senior Undersecretary and Officer-in-Charge of the Department of Energy",
        ),
        (
            "The talks will be chaired by the Minister of Foreign Affairs, Trade and Tobago Affairs of "
            "Trinidad and Tobago, Keith Ramdeen, who arrives on Monday.",
            "Keith Ramdeen",
            "Minister of Foreign Affairs, Trade and Tobago Affairs",
        ),
        (
            "The bloc will be represented by Katrin Oberlander, Executive Vice-President for Digital "
            "Skills, Mobility Grants and Cohesion.",
            "Katrin Oberlander",
            "Executive Vice-President for Digital Skills, Mobility Grants and Cohesion",
        ),
        (
            "Rear Admiral Mark Denholm, Commander of US Naval Forces Southern Command, US Fourth Fleet and "
            "Combined Caribbean Forces, will speak on Friday.",
            "Mark Denholm",
            "Commander of US Naval Forces Southern Command, US Fourth Fleet and Combined Caribbean Forces",
        ),
        (
            "Speakers include Sheikh Hamad bin Ali Al Thani, Representative of His Majesty the King for "
            "Youth Affairs, National Security Adviser and Secretary-General of the Higher Defence Council; "
            "and others.",
            "Hamad bin Ali Al Thani",
            "Representative of His Majesty the King for Youth Affairs, National Security Adviser and "
            "Secretary-General of the Higher Defence Council",
        ),
    ],
)
def test_joined_and_listed_titles(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_lower_case_co_chair_verb_is_no_title() -> None:
    # near miss: "to co-chair" is a verb; the capitalised "Co-" alone joins a head
    people = _people("Foreign ministers will meet in Hanoi to co-chair the Joint Commission on Monday.")
    assert all(role is None or "co-chair" not in role for role, _ in people.values())


def test_comma_title_list_before_a_name_takes_no_pair() -> None:
    # near miss: a further "T2 and T3" run that a name follows is no closing apposition
    people = _people(
        "Present were Jane Harrow, Minister of Trade, Foreign Minister Paul Egan and Defence Minister "
        "Ruth Kell."
    )
    assert people["Jane Harrow"][0] == "Minister of Trade"


@pytest.mark.parametrize(
    "text, names, role",
    [
        (
            "The minister will be supported by the Deputy Ministers of Trade and Industry, Mr Kagiso Moloi "
            "and Ms Lerato Dube, as well as by officials.",
            ("Kagiso Moloi", "Lerato Dube"),
            "Deputy Minister of Trade and Industry",
        ),
        (
            "The delegation includes the Assistant Secretaries of Defense, Mark Ellery and Dana Whitlow, "
            "and their staff.",
            ("Mark Ellery", "Dana Whitlow"),
            "Assistant Secretary of Defense",
        ),
        (
            "Also present were the Vice Ministers for Foreign Affairs, Arjun Mehta and Priya Sen, among "
            "others.",
            ("Arjun Mehta", "Priya Sen"),
            "Vice Minister for Foreign Affairs",
        ),
    ],
)
def test_plural_title_with_portfolio_before_names(text: str, names: tuple[str, str], role: str) -> None:
    people = _people(text)
    for name in names:
        assert people[name][0] == role
