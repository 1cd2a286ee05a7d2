"""People rules, round 18 (officials' country and role, third pass): a reporting clause's speaker is no
one a person meets; a statement's spokesperson author is of the one institution the text names."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "WASHINGTON (AP) — President Joe Biden will sign a security agreement with Ukrainian President "
            "Volodymyr Zelenskyy, the White House said Tuesday. White House national security adviser Jake "
            "Sullivan told reporters the pact matters. Biden will meet with the pope on the sidelines, "
            "Sullivan said.",
            "Joe Biden",
            "United States",
        ),
        (
            "CANBERRA (AAP) — Prime Minister Tom Elder will attend the summit in Fiji, the government said. "
            "Australian Foreign Minister Jane Holt briefed reporters. Elder will meet with island leaders "
            "on Friday, Holt said.",
            "Tom Elder",
            "Australia",
        ),
        (
            "OTTAWA (CP) — Prime Minister Anne Leduc will travel to Brussels, her office said. Canadian "
            "Defence Minister Paul Roy spoke to reporters. Leduc will hold talks with the NATO chief, "
            "Roy said.",
            "Anne Leduc",
            "Canada",
        ),
    ],
)
def test_a_reporting_speaker_is_no_one_met(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_named_person_met_still_counts() -> None:
    text = (
        "WASHINGTON (AP) — President Joe Biden will meet Japanese Prime Minister Taro Sato at the "
        "White House on Friday, officials said."
    )
    b = _b(text)
    assert _get(b, "Taro Sato").country == "Japan"
    assert _get(b, "Joe Biden").country == "United States"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "Statement from Press Secretary Dana Whitfield on the U.S.-Nordic Leaders' Summit\n\n"
            "President Thomas Harlan will host the leaders of Denmark, Finland, Iceland, Norway and Sweden "
            "at the White House on Thursday, May 15, for a U.S.-Nordic Leaders' Summit.\n\n"
            "Press Secretary Dana Whitfield said:\n\nThe Nordic countries are among our closest allies.",
            "Dana Whitfield",
            "United States",
        ),
        (
            "Statement by Kremlin Spokesman Oleg Petrov on the talks with Iran\n\n"
            "The President will receive the Iranian foreign minister at the Kremlin on Monday.\n\n"
            "Spokesman Oleg Petrov said the talks would cover energy.",
            "Oleg Petrov",
            "Russia",
        ),
        (
            "Statement from Spokesperson Marie Dubois on the visit of the Indian Prime Minister\n\n"
            "The President will welcome the Indian Prime Minister to the Elysee on Tuesday.\n\n"
            "Spokesperson Marie Dubois said the visit would deepen ties.",
            "Marie Dubois",
            "France",
        ),
    ],
)
def test_a_statement_author_spokesperson_takes_the_one_institution(
    text: str, name: str, country: str
) -> None:
    assert _get(_b(text), name).country == country


def test_a_spokesperson_who_is_not_the_author_is_left_alone() -> None:
    text = (
        "PRAGUE (CTK) - Czech Prime Minister Jan Novak will host the Ukrainian president in Prague on "
        "Friday.\n\nSpokesman Petr Dvorak said the talks would cover air defence.\n\n"
        "The Kremlin criticised the visit."
    )
    assert _get(_b(text), "Petr Dvorak").country == "Czech Republic"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "Leaders will also meet with the Alliance's Indo-Pacific partners. Prime Minister Kishida Fumio "
            "of Japan and Prime Minister Christopher Luxon of New Zealand are expected to attend, with "
            "Australia represented by Deputy Prime Minister Richard Marles.",
            "Richard Marles",
            "Australia",
        ),
        (
            "President Ana Costa of Portugal will attend the summit, with Spain represented by Foreign "
            "Minister Luis Ortega.",
            "Luis Ortega",
            "Spain",
        ),
        (
            "Most leaders will be in Oslo on Friday, with Canada represented at the talks by Defence "
            "Minister Mark Dunn.",
            "Mark Dunn",
            "Canada",
        ),
        (
            "The ministers met in Hanoi, with Indonesia represented by Deputy Foreign Minister Sari Putri "
            "and Thailand by Vice Minister Anan Chai.",
            "Sari Putri",
            "Indonesia",
        ),
    ],
)
def test_with_x_represented_by(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_represented_by_a_person_is_no_country() -> None:
    text = (
        "Japanese Prime Minister Taro Sato will attend, with Sato represented at the dinner by Ambassador "
        "Ken Mori."
    )
    assert _get(_b(text), "Ken Mori").country == "Japan"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # the corpus wording
            "Von Hallenberg will arrive with a delegation that includes Inspector of the Army Lieutenant "
            "General Jens-Uwe Kessler.",
            "Jens-Uwe Kessler",
            "Inspector of the Army",
        ),
        (  # the corpus wording
            "The minister was accompanied by the Inspector of the Army, Lieutenant General Alfons Mais, who "
            "is responsible for setting up the new unit.",
            "Alfons Mais",
            "Inspector of the Army",
        ),
        (
            "The talks were joined by Inspector of the Navy Vice Admiral Jan Kaack.",
            "Jan Kaack",
            "Inspector of the Navy",
        ),
        (
            "She met the Inspector General of the Armed Forces, General Ilse Brandt, on Monday.",
            "Ilse Brandt",
            "Inspector General of the Armed Forces",
        ),
        (  # the corpus wording
            "On November 30, in Doha, President Lula will be received by the Emir of Qatar, Sheikh Tamim "
            "bin Hamad Al Thani.",
            "Tamim bin Hamad Al Thani",
            "Emir",
        ),
        (
            "The prime minister later called on the Emir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber "
            "Al-Sabah.",
            "Mishal Al-Ahmad Al-Jaber Al-Sabah",
            "Emir",
        ),
    ],
)
def test_an_office_before_a_rank_is_the_role(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


def test_emir_of_names_the_country() -> None:
    b = _b("The President was received by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Doha.")
    assert _get(b, "Tamim bin Hamad Al Thani").country == "Qatar"


def test_a_bare_rank_stays_the_role() -> None:
    assert _get(_b("The exercise was led by Lieutenant General Anna Berg."), "Anna Berg").role == (
        "Lieutenant General"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # the corpus wording
            "In Tampa he will be briefed by Commander Adm. James T. O'Rourke.",
            "James T. O'Rourke",
            "Commander",
        ),
        ("The visitors were received by Commander Gen. Lisa Hart at the base.", "Lisa Hart", "Commander"),
        (  # the corpus wording
            "On the Dutch side, Commander of the Royal Netherlands Army Lieutenant General Pieter-Jan ter "
            "Horst will take part.",
            "Pieter-Jan ter Horst",
            "Commander of the Royal Netherlands Army",
        ),
        (
            "The delegation includes Commander of the Navy Vice Admiral John Wood.",
            "John Wood",
            "Commander of the Navy",
        ),
        (
            "She met the Commander of the Royal Thai Navy, Admiral Somchai Wong, in Sattahip.",
            "Somchai Wong",
            "Commander of the Royal Thai Navy",
        ),
        (
            "He was accompanied by Air Chief Marshal Prasert Chanthawong, Commander-in-Chief of the Royal "
            "Thai Air Force, before returning home.",
            "Prasert Chanthawong",
            "Commander-in-Chief of the Royal Thai Air Force",
        ),
        (  # a service before a rank after the title stays out of it
            "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder said the talks went well.",
            "Pat Ryder",
            "Pentagon Press Secretary",
        ),
        ("He met Lt. Gen. John Smith on Friday.", "John Smith", "Lt. Gen."),
    ],
)
def test_a_rank_after_an_office_opens_the_name(text: str, name: str, role: str) -> None:
    assert _get(_b(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (  # the corpus wording
            "SEOUL, Oct. 27 (Yonhap) -- Defense Minister Kim Yong-hyun will hold talks with U.S. Defense "
            "Secretary Lloyd Austin. At last year's SCM, Austin and Shin Won-sik, who was defense minister "
            "at the time, signed a revised strategy.",
            "Shin Won-sik",
            "defense minister",
            "South Korea",
        ),
        (
            "TOKYO (Kyodo) -- Foreign Minister Iwaya Takeshi will attend the G7 meeting next week. "
            "The last such talks were held in 2023 by Hayashi Yoshimasa, who was foreign minister at the "
            "time.",
            "Hayashi Yoshimasa",
            "foreign minister",
            "Japan",
        ),
        (
            "Australian Defence Minister Richard Marles hosted the talks. The treaty was signed in 2021 by "
            "Peter Dutton, who was then defence minister at the time, and his American counterpart.",
            "Peter Dutton",
            "defence minister",
            "Australia",
        ),
    ],
)
def test_who_was_an_office_at_the_time(text: str, name: str, role: str, country: str) -> None:
    p = _get(_b(text), name)
    assert (p.role, p.country) == (role, country)


def test_who_was_without_at_the_time_gives_no_role() -> None:
    text = (
        "Australian Defence Minister Richard Marles hosted the talks. Peter Dutton, who was in Perth, "
        "sent a message."
    )
    assert _get(_b(text), "Peter Dutton").role is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "Ministry of Foreign Affairs of Japan\n\nVisit to the Philippines by Ms. KAMIKAWA Yoko, Minister "
            "for Foreign Affairs, and Mr. KIHARA Minoru, Minister of Defense, and Holding of the Second "
            "Japan-Philippines Foreign and Defense Ministerial Meeting\n\n1. Ms. KAMIKAWA Yoko, Minister for "
            "Foreign Affairs, and Mr. KIHARA Minoru, Minister of Defense, will visit Manila on July 8.",
            "Kihara Minoru",
            "Japan",
        ),
        (
            "Ministry of Foreign Affairs of Italy\n\nMr. Paolo Conti, Minister of Foreign Affairs, and Ms. "
            "Giulia Neri, Minister of Defence, will visit Cairo for the Italy-Egypt strategic dialogue.",
            "Giulia Neri",
            "Italy",
        ),
        (
            "Ministry of Foreign Affairs of Kenya\n\nDr. Amina Odhiambo, Cabinet Secretary for Foreign "
            "Affairs, and Mr. John Kamau, Minister of Defence, will travel to Pretoria for the Kenya-South "
            "Africa joint commission.",
            "John Kamau",
            "Kenya",
        ),
    ],
)
def test_a_coordinated_visitor_is_of_the_partner_side(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_co_chairs_of_a_pair_are_of_two_sides() -> None:
    text = (
        "Ministry of Foreign Affairs of Japan\n\nMs. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. "
        "Enrique Manalo, Secretary of Foreign Affairs, will co-chair the Japan-Philippines Foreign "
        "Ministers' Meeting in Manila."
    )
    assert _get(_b(text), "Enrique Manalo").country == "Philippines"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (  # the corpus wording
            "Press release\n\nForeign Secretary hosts Japanese ministers in London\n\nForeign Secretary "
            "Eleanor Hartley will host Japanese Minister of Defense Tanabe Kosuke in London. Minister Tanabe "
            "will then travel to Portsmouth on Friday to visit HMS Prince of Wales, accompanied by Minister "
            "for the Armed Forces Oliver Pennington.\n\nForeign, Commonwealth & Development Office",
            "Oliver Pennington",
            "United Kingdom",
        ),
        (
            "Ministry of Foreign Affairs of Japan\n\nForeign Minister Sato Ken will receive Australian "
            "Foreign Minister Penny Wong in Tokyo. Minister Wong will then travel to Osaka, accompanied by "
            "State Minister for Foreign Affairs Ito Aya.",
            "Ito Aya",
            "Japan",
        ),
        (
            "Ministry of External Affairs\n\nExternal Affairs Minister Dr. S. Jaishankar will host German "
            "Foreign Minister Anna Weber in New Delhi. Minister Weber will also visit Mumbai, accompanied by "
            "Minister of State Raj Kumar.",
            "Raj Kumar",
            "India",
        ),
    ],
)
def test_a_guest_touring_the_issuer_country_is_escorted_by_the_issuer(
    text: str, name: str, country: str
) -> None:
    assert _get(_b(text), name).country == country


def test_a_traveller_of_the_issuer_keeps_the_companion_country() -> None:
    text = (
        "Ministry of Foreign Affairs of Japan\n\nForeign Minister Sato Ken will travel to Canberra on "
        "Monday, accompanied by State Minister for Foreign Affairs Ito Aya."
    )
    assert _get(_b(text), "Ito Aya").country == "Japan"
