"""Role rules, round 15: the abbreviated Latin tail of a chargé's title ("Chargé d'Affaires a.i."), and a
writer's job on the line under a "By" byline ("By A B" / "Staff writer")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing


def _run(text: str) -> Briefing:
    return extract(text, today=date(2031, 5, 2))


def _role(b: Briefing, name: str) -> str | None:
    return next(p.role for p in b.people if p.name == name)


# --- "Chargé d'Affaires a.i." ---------------------------------------------------------------------------


def test_charge_a_i_before_the_name_keeps_the_tail() -> None:
    b = _run(
        'QUITO, May 2, 2031 - The embassy confirmed the talks. "Our ties run deep," said Chargé '
        "d'Affaires a.i. Hollis Brandt. Brandt will meet the foreign minister on May 6."
    )
    assert _role(b, "Hollis Brandt") == "Chargé d'Affaires a.i."


def test_charge_a_i_after_the_name_keeps_the_tail() -> None:
    b = _run(
        "TALLINN, May 2, 2031 - Marit Saaremets, Chargé d'Affaires a.i., will lead the delegation to "
        "the consultations in Riga on May 8."
    )
    assert _role(b, "Marit Saaremets") == "Chargé d'Affaires a.i."


def test_charge_a_i_in_a_list_of_officials() -> None:
    b = _run(
        "ACCRA, May 2, 2031 - The delegation includes Deputy Minister Kofi Asante and Chargé d'Affaires "
        "a.i. Dorothea Winkler, who will attend the opening session on May 9."
    )
    assert _role(b, "Dorothea Winkler") == "Chargé d'Affaires a.i."


def test_plain_charge_d_affaires_stays_as_written() -> None:
    b = _run(
        "QUITO, May 2, 2031 - Chargé d'Affaires Hollis Brandt will meet the foreign minister on May 6 "
        "to prepare the visit."
    )
    assert _role(b, "Hollis Brandt") == "Chargé d'Affaires"


# --- a byline's job line ---------------------------------------------------------------------------------


def test_byline_job_line_staff_writer() -> None:
    b = _run(
        "Ministers to meet in Oslo as fisheries row deepens\n\nBy Lotte Ravnsborg\nStaff writer\n\n"
        "Foreign Minister Arne Vik will host his Icelandic counterpart in Oslo on May 12, the ministry said."
    )
    assert _role(b, "Lotte Ravnsborg") == "Staff writer"


def test_byline_job_line_desk_writer() -> None:
    b = _run(
        "Lusaka to host regional ministers\n\nBy Chanda Mwale\nRegional Affairs Writer\nSaturday, May 2\n\n"
        "Zambia will host a meeting of regional defence ministers in Lusaka on May 14, officials said."
    )
    assert _role(b, "Chanda Mwale") == "Regional Affairs Writer"


def test_byline_job_line_correspondent() -> None:
    b = _run(
        "Hanoi prepares for summit\n\nBy Pham Thu Ha\nDiplomatic correspondent\n\n"
        "Vietnam will host the summit in Hanoi on May 20, the foreign ministry said on Friday."
    )
    assert _role(b, "Pham Thu Ha") == "Diplomatic correspondent"


def test_byline_over_an_agency_line_gets_no_job() -> None:
    b = _run(
        "Ministers to meet in Oslo\n\nBy Lotte Ravnsborg\nNordic Press Agency\n\n"
        "Foreign Minister Arne Vik will host his Icelandic counterpart in Oslo on May 12, the ministry said."
    )
    assert _role(b, "Lotte Ravnsborg") is None


# --- a unit's office before a comma and the officer's rank -------------------------------------------------


def test_unit_with_an_ordinal_before_the_officer() -> None:
    b = _run(
        "OSLO, May 2, 2031 - The ministers will meet the Commander of the 7th Infantry Division, Major "
        "General Piet Varga, at the base on May 5."
    )
    assert _role(b, "Piet Varga") == "Commander of the 7th Infantry Division"


def test_unit_with_its_number_after_the_name_word() -> None:
    b = _run(
        "BERGEN, May 2, 2031 - The visitors will call on the Commander of Fusilier Regiment 3, Colonel "
        "Ana Brede, on May 6."
    )
    assert _role(b, "Ana Brede") == "Commander of Fusilier Regiment 3"


def test_officer_followed_by_the_service_keeps_the_office() -> None:
    b = _run(
        "AARHUS, May 2, 2031 - The delegation will meet the Commander of Joint Task Force 81, Commodore "
        "Lars Brinkvik of the Royal Danish Navy, on May 7."
    )
    assert _role(b, "Lars Brinkvik") == "Commander of Joint Task Force 81"


def test_rank_alone_stays_the_role() -> None:
    b = _run(
        "OSLO, May 2, 2031 - The ministers will be welcomed by Major General Piet Varga at the base on May 5."
    )
    assert _role(b, "Piet Varga") == "Major General"


# --- a nameless title, "and", then a state's title ------------------------------------------------


def test_deputy_prime_minister_and_a_states_foreign_minister() -> None:
    b = _run(
        "SUVA, May 2, 2031 - Deputy Prime Minister and Fijian Foreign Minister Jone Vakatale will travel "
        "to Canberra on May 5 for talks."
    )
    assert _role(b, "Jone Vakatale") == "Deputy Prime Minister and Foreign Minister"


def test_an_organisations_chair_and_a_states_minister() -> None:
    b = _run(
        "VIENNA, May 2, 2031 - OSCE Chairperson-in-Office and Maltese Foreign Minister Carmel Vella will "
        "travel to Central Asia from 5 to 8 May."
    )
    assert _role(b, "Carmel Vella") == "Chairperson-in-Office and Foreign Minister"


def test_deputy_premier_and_a_states_defence_minister() -> None:
    b = _run(
        "ROME, May 2, 2031 - Deputy Premier and Slovenian Defence Minister Marko Zupan will attend the "
        "meeting in Rome on May 9."
    )
    assert _role(b, "Marko Zupan") == "Deputy Premier and Defence Minister"


def test_the_prime_minister_and_a_states_minister_are_two_people() -> None:
    b = _run(
        "CANBERRA, May 2, 2031 - Vakatale will call on the Prime Minister and Australian Foreign Minister "
        "Jane Holt in Canberra on May 6."
    )
    assert _role(b, "Jane Holt") == "Foreign Minister"
