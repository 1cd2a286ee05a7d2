"""People rules, round 10: people named without a title (a bare name with a verb of speech, meeting or
travel after it, the object of a meeting before it, a person noun around it, its surname alone in such a
place), and the rejections that keep places, bodies and things out."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _names(b: Briefing) -> set[str]:
    return {p.name for p in b.people}


def test_a_bare_name_with_a_meeting_verb_after_it_and_its_object_are_people() -> None:
    b = _b(
        "Tavian Brooke will meet Olek Varnsky on the margins of the summit in Lisbon on Monday, the first "
        "talks between the two leaders this year."
    )
    assert {"Tavian Brooke", "Olek Varnsky"} <= _names(b)
    assert _get(b, "Tavian Brooke").role is None


def test_a_surname_alone_with_a_speech_verb_makes_the_bare_full_name_a_person() -> None:
    b = _b(
        "The visit follows a call in which Corwin Hale outlined plans for closer trade ties.\n\n"
        '"We want a steady relationship," Hale said.'
    )
    assert "Corwin Hale" in _names(b)


def test_a_past_meeting_verb_and_a_handover_object_make_people() -> None:
    b = _b(
        "Delegates expect a busy week as Ramon Estevel prepares to hand over to Ilse Marovic in January. "
        "Ada Wenlock visited the capital in 2019."
    )
    assert {"Ramon Estevel", "Ilse Marovic", "Ada Wenlock"} <= _names(b)


def test_a_described_person_takes_the_country_of_a_citizen_noun() -> None:
    b = _b(
        "The minister will raise the case of Orrin Vale, the jailed media tycoon and Freedonian citizen, "
        "with his hosts. He will also raise the detention of Danish national Pell Andersby."
    )
    # invented country words are not countries: only the real one gives a country
    assert _get(b, "Pell Andersby").country == "Denmark"
    assert "Orrin Vale" in _names(b)


def test_a_shadow_title_in_apposition_is_a_role() -> None:
    b = _b('Mara Quill, the shadow foreign secretary, said: "We must not give way."')
    assert _get(b, "Mara Quill").role == "shadow foreign secretary"


def test_a_family_name_spelt_like_a_month_stays_in_the_name() -> None:
    b = _b("It is the first visit by a prime minister since Hester May visited the region in 2018.")
    assert "Hester May" in _names(b)
    b = _b("Foreign Minister Lina Dorsey will travel to Oslo on 4 May 2026.")
    assert "Lina Dorsey" in _names(b)


def test_a_name_set_off_by_commas_before_its_verb_is_a_person() -> None:
    b = _b(
        "The bloc's special envoy for the northern dialogue, Teodor Vanek, will also attend, a spokeswoman "
        "said."
    )
    assert "Teodor Vanek" in _names(b)


def test_places_bodies_and_things_with_a_verb_after_them_are_no_people() -> None:
    b = _b(
        "Foreign Minister Lina Dorsey will visit Japan. Kuala Lumpur will host the next round. "
        "Our Northern Vandalian hosts met the delegation. The Carrow Process will meet again in May, "
        "and Brenmoor Aeronautics Limited will sign the deal. Several Allies will attend."
    )
    assert _names(b) == {"Lina Dorsey"}


def test_a_run_written_as_a_place_elsewhere_is_no_person() -> None:
    b = _b(
        "Minister Lina Dorsey will travel to Port Ellery on Monday. Port Ellery will host the forum, "
        "which opens in Port Ellery on Tuesday."
    )
    assert _names(b) == {"Lina Dorsey"}


def test_plural_titles_and_rank_led_surnames_are_no_new_people() -> None:
    b = _b(
        "Defence Minister Lina Dorsey hosted Vietnam's Minister of National Defence, General Tran Van Quoc. "
        "Mrs Dorsey and Gen Quoc will sign a memorandum. Leaders will discuss the Western Quarter Leaders' "
        "Summit."
    )
    assert _names(b) == {"Lina Dorsey", "Tran Van Quoc"}


def test_a_name_ends_at_its_line() -> None:
    b = _b(
        "Foreign Secretary to attend the meeting\n\nFrom: Foreign Office and The Rt Hon Lord Pemberly\n"
        "Published 17 April 2026\n\nThe Foreign Secretary, Lord Pemberly, will travel to Oslo today."
    )
    assert "Pemberly Published" not in _names(b)


def test_adjective_ranks_with_one_word_and_dateline_cities_are_no_people() -> None:
    b = _b(
        "By Staff Correspondent, New Delhi\n\nThe President will be the Chief Guest at the parade. The deal "
        "between General Electric and a local maker will be reviewed by Foreign Minister Lina Dorsey."
    )
    assert _names(b) == {"Lina Dorsey"}


def test_an_owner_s_capitalised_programme_is_no_person() -> None:
    b = _b(
        "France will extend its jets' stay for NATO's Baltic Air Policing mission, Minister Lina Dorsey said."
    )
    assert "Baltic Air Policing" not in _names(b)
