"""People rules, round 8: a joint command's dotted initials, a comma before "Jr.", "then-" titles, an office
one was appointed to over a former one, a predecessor's name and country, a council's spokesperson, an
office's initials before a title, a desk for another country's affairs, a "where ... took office" clause,
a detainee's case, an office two states' forces share."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)



def test_a_joint_command_keeps_its_dotted_initials_in_the_title() -> None:
    b = _b(
        "SEOUL -- On 12 May, Gen. Park Dal-ho, Commander of the ROK-U.S. Combined Forces Command, "
        "will meet Gen. Kim Sol-mi in Seoul."
    )
    assert _get(b, "Park Dal-ho").role == "Commander of the ROK-U.S. Combined Forces Command"


def test_a_suffix_after_a_comma_is_part_of_the_name() -> None:
    b = _b(
        "WASHINGTON -- On 12 May, President Martin T. Hollis, Jr. will host Prime Minister Ana Bell of "
        "Portugal in Washington."
    )
    p = _get(b, "Martin T. Hollis Jr.")
    assert (p.role, p.country) == ("President", "United States")


def test_a_then_title_keeps_the_whole_office() -> None:
    b = _b(
        "WASHINGTON -- On 12 May, Secretary Tom Hale will meet Prime Minister Ana Bell of Portugal in "
        "Washington. Talks stalled after then-House Speaker Mary Quill visited Lisbon."
    )
    assert _get(b, "Mary Quill").role == "House Speaker"


def test_an_appointed_office_beats_a_former_one() -> None:
    b = _b(
        "LISBON -- On 12 May, Secretary Tom Hale will meet Adm. Jorge Pinto in Lisbon. Pinto, a former "
        "navy chief, was appointed defence minister in December."
    )
    assert _get(b, "Jorge Pinto").role == "defence minister"


def test_a_predecessor_named_in_apposition_is_a_person_of_the_same_country() -> None:
    b = _b(
        "LISBON -- On 12 May, Secretary Tom Hale will meet Portuguese Defence Minister Jorge Pinto in "
        "Lisbon. Pinto took office in December after his predecessor, Rui Sol, was removed."
    )
    assert _get(b, "Rui Sol").country == "Portugal"


def test_a_council_spokesperson_keeps_the_council_in_the_title() -> None:
    b = _b(
        "WASHINGTON -- On 12 May, President Hollis will host Prime Minister Ana Bell of Portugal in "
        "Washington.\n\nAsked about the venue, National Security Council spokesperson Rick Dole told "
        "reporters it was chosen with care."
    )
    p = _get(b, "Rick Dole")
    assert (p.role, p.country) == ("National Security Council spokesperson", "United States")


def test_a_desk_for_another_countrys_affairs_is_not_the_holders_country() -> None:
    b = _b(
        "MANILA -- On 12 May, the President will meet Prime Minister Ana Bell of Portugal in Lisbon, "
        "DFA Assistant Secretary for European Affairs Lina Cruz told a Palace briefing."
    )
    p = _get(b, "Lina Cruz")
    assert (p.role, p.country) == ("Assistant Secretary for European Affairs", "Philippines")


def test_a_leader_taking_office_in_a_where_clause_is_of_that_country() -> None:
    b = _b(
        "LISBON -- On 12 May, Secretary Tom Hale will meet Prime Minister Ana Bell in Lisbon. They will "
        "discuss Moldova, where newly elected President Ion Crudu took office in March."
    )
    p = _get(b, "Ion Crudu")
    assert (p.role, p.country) == ("President", "Moldova")


def test_a_name_in_the_case_of_a_detainee_is_a_person() -> None:
    b = _b(
        "LONDON -- On 12 May, Secretary Tom Hale will meet Prime Minister Ana Bell in Lisbon. They will "
        "discuss:\n  - human rights, and the case of Rui Tavares\n"
    )
    assert _get(b, "Rui Tavares").role is None


def test_a_joint_chiefs_chairman_in_a_seoul_release_is_korean() -> None:
    b = _b(
        "SEOUL -- On 12 May, Minister Shin Hae-jin will host Secretary Tom Hale. Chairman of the Joint "
        "Chiefs of Staff Gen. Kim Sol-mi will hold talks on the 12th."
    )
    p = _get(b, "Kim Sol-mi")
    assert (p.role, p.country) == ("Chairman of the Joint Chiefs of Staff", "South Korea")


def test_a_joint_chiefs_chairman_in_a_washington_release_is_american() -> None:
    b = _b(
        "WASHINGTON -- On 12 May, Secretary Tom Hale will host Minister Shin Hae-jin. Chairman of the "
        "Joint Chiefs of Staff Gen. Ada Pike will join the talks."
    )
    p = _get(b, "Ada Pike")
    assert (p.role, p.country) == ("Chairman of the Joint Chiefs of Staff", "United States")


def test_its_new_leader_is_of_the_state_the_sentence_last_named() -> None:
    b = _b(
        "LISBON -- On 12 May, Secretary Tom Hale will meet Prime Minister Ana Bell in Lisbon. The talks come "
        "as Russia pressed Moldova days after the inauguration of its new president, Ion Crudu."
    )
    assert _get(b, "Ion Crudu").country == "Moldova"


def test_a_country_word_before_its_own_institution_leaves_the_role() -> None:
    b = _b(
        'SEOUL -- On 12 May, Minister Shin Hae-jin will host Secretary Tom Hale. "We welcome it," said '
        "Ada Pike, spokesperson for the U.S. State Department."
    )
    p = _get(b, "Ada Pike")
    assert (p.role, p.country) == ("spokesperson for the State Department", "United States")


def test_an_office_in_a_who_is_clause_is_the_role_of_an_untitled_person() -> None:
    b = _b(
        "BERLIN -- Minister Greta Falk will receive her Laotian counterpart, Somsak Vong, in Berlin on "
        "9 March. Somsak Vong, who is also a member of the Central Committee of the Lao People's "
        "Revolutionary Party, will stay until 10 March."
    )
    p = _get(b, "Somsak Vong")
    assert p.role == "member of the Central Committee of the Lao People's Revolutionary Party"
