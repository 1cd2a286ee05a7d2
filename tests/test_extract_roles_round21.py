"""People and roles, round 21 (roles): wire credit lines naming two writers ("Xnews writers A in Xtown and
B in Ytown contributed") and a byline whose job opens with a capitalised word ("By Xland affairs reporter
A B")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)

_LEAD = (
    "GENEVA (AP) - Foreign Minister Harriet Volkov will meet Defence Minister Ottavio Brennan in Geneva on "
    "June 12 to discuss grain corridors, officials said.\n\n"
)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "credit, names, role",
    [
        (
            "Associated Press writers Pilar Quesnel in Lima and Torvald Ekdahl in Oslo contributed to this "
            "report.",
            ("Pilar Quesnel", "Torvald Ekdahl"),
            "Associated Press writer",
        ),
        (
            "Reuters correspondents Amadou Sissoko and Lenka Dvorakova contributed reporting.",
            ("Amadou Sissoko", "Lenka Dvorakova"),
            "Reuters correspondent",
        ),
        (
            "Associated Press writers Bartholomew Ngata in Suva, Fiji, and Ines Valcourt in Quito "
            "contributed.",
            ("Bartholomew Ngata", "Ines Valcourt"),
            "Associated Press writer",
        ),
    ],
)
def test_plural_wire_credit_names_both_writers(credit: str, names: tuple[str, str], role: str) -> None:
    people = _people(_LEAD + credit + "\n")
    for name in names:
        assert people.get(name, (None, None))[0] == role


def test_plural_word_before_names_is_no_credit() -> None:
    people = _people(_LEAD + "Senior ministers Pilar Quesnel and Torvald Ekdahl will also attend.\n")
    assert all(role != "senior minister" and (role or "").find("writer") < 0 for role, _ in people.values())


@pytest.mark.parametrize(
    "byline, name, role",
    [
        ("By Pacific affairs reporter Marisol Tennant", "Marisol Tennant", "Pacific affairs reporter"),
        ("By Asia correspondent Dmitri Halloran", "Dmitri Halloran", "Asia correspondent"),
        ("By Defence reporter Ngaio Patterson", "Ngaio Patterson", "Defence reporter"),
    ],
)
def test_byline_job_opening_capitalised(byline: str, name: str, role: str) -> None:
    text = f"Ministers to meet in Geneva\n\n{byline}\n\n" + _LEAD
    assert _people(text).get(name, (None, None))[0] == role


def test_byline_staff_reporter_is_no_person() -> None:
    text = "Ministers to meet in Geneva\n\nBy Staff Reporter\n\n" + _LEAD
    assert not any("Reporter" in name for name in _people(text))


@pytest.mark.parametrize(
    "sentence, thing",
    [
        ("It will visit a school in Kampot built with Norway's Official Development Assistance (ODA).",
         "Official Development Assistance"),
        ("The project draws on Canada's Humanitarian Assistance funds.", "Humanitarian Assistance"),
        ("Sweden's Technical Assistance will continue.", "Technical Assistance"),
    ],
)
def test_assistance_run_is_no_person(sentence: str, thing: str) -> None:
    assert thing not in _people(_LEAD + sentence + "\n")


def test_possessive_name_still_a_person() -> None:
    people = _people(_LEAD + "Norway's Ingrid Assistant-Holm said the talks would be useful.\n")
    assert "Ingrid Assistant-Holm" in people


@pytest.mark.parametrize(
    "aside, name, role",
    [
        ("Halvard Strom, Nordic programme director at the Baltic Policy Forum (BPF), said it mattered.",
         "Halvard Strom", "Nordic programme director"),
        ("Yusra Bakri, Gulf programme director at the Arab Policy Network (APN), said:\n\n\"This is new.\"",
         "Yusra Bakri", "Gulf programme director"),
        ("Pieter Loos, security programme director at the Centre for Maritime Order (CMO), warned of delays.",
         "Pieter Loos", "security programme director"),
    ],
)
def test_said_aside_closed_by_workplace_initials(aside: str, name: str, role: str) -> None:
    got = _people(_LEAD + aside + "\n").get(name, (None, None))[0] or ""
    assert got.startswith(role)


def test_aside_with_lower_case_bracket_is_no_title() -> None:
    people = _people(_LEAD + "Halvard Strom, meanwhile (for now), said the visit mattered.\n")
    assert people.get("Halvard Strom", (None, None))[0] is None


@pytest.mark.parametrize(
    "sentence, name, country",
    [
        ("Universiti Teknologi Malaysia (UTM) security lecturer Dr Farah Idayu Kamal said it mattered.",
         "Farah Idayu Kamal", "Malaysia"),
        ("University of Nairobi politics lecturer Dr Wanjiru Odhiambo said it mattered.",
         "Wanjiru Odhiambo", "Kenya"),
        ("Korea National Defense University analyst Dr Seo Min-kyu said it mattered.",
         "Seo Min-kyu", "South Korea"),
    ],
)
def test_workplace_name_heading_description_gives_country(sentence: str, name: str, country: str) -> None:
    assert _people(_LEAD + sentence + "\n").get(name, (None, None))[1] == country


def test_workplace_name_without_place_gives_no_country() -> None:
    sentence = "Hollowbrook University politics lecturer Dr Wanjiru Odhiambo said it mattered."
    assert _people(_LEAD + sentence + "\n").get("Wanjiru Odhiambo", (None, None))[1] is None


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("Ridgeway College Pacific politics lecturer Dr Tavita Lemalu said it mattered.", "Tavita Lemalu",
         "Pacific politics lecturer"),
        ("Asian politics lecturer Dr Priya Ramesh said it mattered.", "Priya Ramesh",
         "Asian politics lecturer"),
        ("Arctic security analyst Dr Colm Fennelly said it mattered.", "Colm Fennelly",
         "Arctic security analyst"),
    ],
)
def test_field_words_before_lower_case_title(sentence: str, name: str, role: str) -> None:
    assert _people(_LEAD + sentence + "\n").get(name, (None, None))[0] == role


def test_sentence_adverb_before_lower_case_title_is_no_field() -> None:
    people = _people(_LEAD + "Meanwhile lecturer Dr Colm Fennelly said it mattered.\n")
    assert people.get("Colm Fennelly", (None, None))[0] == "lecturer"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Marta Lindqvist, a Korea expert at the Hollowbrook Institution, said so.", "Marta Lindqvist"),
        ("Oona Feeney, a Korea specialist with the Hollowbrook Forum, said it mattered.", "Oona Feeney"),
        ("Tobias Wren, an America analyst at the Hollowbrook Institution, said it mattered.", "Tobias Wren"),
    ],
)
def test_country_name_before_expert_is_a_field(sentence: str, name: str) -> None:
    assert _people(_LEAD + sentence + "\n").get(name, (None, "x"))[1] is None


def test_country_adjective_before_expert_gives_country() -> None:
    sentence = "Marta Lindqvist, a Korean expert at the Hollowbrook Institution, said it mattered."
    assert _people(_LEAD + sentence + "\n").get("Marta Lindqvist", (None, None))[1] == "South Korea"


@pytest.mark.parametrize(
    "sentence, names, role",
    [
        ("Foreign Minister Ilse Vandamme will host her Danish and Estonian counterparts, Soren Kjaer and "
         "Kadri Tamm, in Ghent on June 12.", ("Soren Kjaer", "Kadri Tamm"), "Foreign Minister"),
        ("Defence Minister Rafael Ochoa is set to meet his Chilean and Peruvian counterparts, Tomas Araya "
         "and Lucia Quispe, in Lima on June 12.", ("Tomas Araya", "Lucia Quispe"), "Defence Minister"),
        ("Trade Minister Anneke Visser will hold talks with her Belgian, Danish and Irish counterparts, Luc "
         "Peeters, Mads Holm and Niamh Byrne, on June 12.", ("Luc Peeters", "Mads Holm", "Niamh Byrne"),
         "Trade Minister"),
    ],
)
def test_counterparts_of_several_states_hold_the_hosts_office(
    sentence: str, names: tuple[str, ...], role: str
) -> None:
    people = _people(_LEAD + sentence + "\n")
    for name in names:
        assert people.get(name, (None, None))[0] == role


def test_counterparts_of_a_compound_office_take_its_portfolio() -> None:
    # round 24b's counterpart convention: the portfolio office, not the deputy leader's
    sentence = (
        "Deputy Prime Minister and Minister of Foreign Affairs Ilse Vandamme will host her Danish and "
        "Estonian counterparts, Soren Kjaer and Kadri Tamm, in Ghent on June 12."
    )
    people = _people(_LEAD + sentence + "\n")
    assert people.get("Soren Kjaer", (None, None))[0] == "Minister of Foreign Affairs"


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The forum is run by the Oslo-based Nordic Institute for Maritime Studies. NIMS Director Dr Ragna "
         "Solheim will open it on June 12.", "Ragna Solheim", "Norway"),
        ("Organised by the Nairobi-based East African Policy Foundation, the forum opens on June 12. EAPF "
         "President Dr Amani Kiprono will speak first.", "Amani Kiprono", "Kenya"),
        ("The Lima-based Andean Security Institute hosts the forum on June 12. ASI Director-General Dr Rosa "
         "Huaman will open it.", "Rosa Huaman", "Peru"),
    ],
)
def test_think_tank_officer_by_initials_takes_the_based_place(text: str, name: str, country: str) -> None:
    assert _people(_LEAD + text + "\n").get(name, (None, None))[1] == country


def test_think_tank_officer_by_initials_without_place_keeps_none() -> None:
    text = (
        "The forum is run by the Nordic Institute for Maritime Studies. NIMS Director Dr Ragna Solheim will "
        "open it on June 12."
    )
    assert _people(_LEAD + text + "\n").get("Ragna Solheim", (None, "x"))[1] is None


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("The talks will be co-chaired by Shri Vikram Bhalla, Joint Secretary (Indo-Pacific), and Ms Lene "
         "Dahl, Director for Asia.", "Vikram Bhalla", "Joint Secretary (Indo-Pacific)"),
        ("Ms Anjali Menon, Additional Secretary (Asia-Pacific), will attend.", "Anjali Menon",
         "Additional Secretary (Asia-Pacific)"),
        ("Mr Tarun Sethi, Joint Secretary (Euro-Atlantic), will lead the team.", "Tarun Sethi",
         "Joint Secretary (Euro-Atlantic)"),
    ],
)
def test_bracketed_hyphenated_division_closes_title(sentence: str, name: str, role: str) -> None:
    assert _people(_LEAD + sentence + "\n").get(name, (None, None))[0] == role


def test_bracketed_retirement_mark_is_no_division() -> None:
    people = _people(_LEAD + "Gen. Tarun Sethi (Retd), a former Army chief, will attend.\n")
    assert "Retd" not in (people.get("Tarun Sethi", (None, None))[0] or "")


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Faizal Hakim to lead delegation to Jakarta talks\n\nJAKARTA, June 2 (Bernama) -- Foreign Minister "
         "Datuk Seri Faizal Hakim Rosli will lead the delegation to talks in Jakarta on June 12.\n\n"
         "Faizal Hakim said the talks mattered.", "Faizal Hakim Rosli", "Faizal Hakim"),
        ("Rodrigo Alcantar to attend UN talks\n\nMEXICO CITY - Foreign Secretary Rodrigo Alcantar Villegas "
         "will attend talks in New York on June 12.\n\nRodrigo Alcantar said the talks mattered.",
         "Rodrigo Alcantar Villegas", "Rodrigo Alcantar"),
        ("Nurul Izzah to lead trade team to Manila\n\nMANILA - Trade Minister Nurul Izzah Karim will attend "
         "talks in Manila on June 12.\n\nNurul Izzah said the talks mattered.", "Nurul Izzah Karim",
         "Nurul Izzah"),
    ],
)
def test_two_word_headline_name_is_the_three_word_name(text: str, full: str, short: str) -> None:
    people = _people(text + "\n")
    assert full in people and short not in people


def test_two_word_name_is_not_a_four_word_name() -> None:
    text = (
        "Carlos Ruiz heads to New York\n\nMEXICO CITY - Foreign Secretary Carlos Ruiz Alcantar Villegas will "
        "attend talks in New York on June 12. Carlos Ruiz, a trade adviser, will also attend."
    )
    assert "Carlos Ruiz Alcantar Villegas" in _people(text + "\n")


@pytest.mark.parametrize(
    "sentence, name, country",
    [
        ("Mathilde Rousset, of the Lyon-based Centre for Alpine Security (CAS), said it mattered.",
         "Mathilde Rousset", "France"),
        ("Joaquim Ferraz, of the Porto-based Atlantic Policy Institute (API), warned of delays.",
         "Joaquim Ferraz", "Portugal"),
        ("Henrik Aalto, from the Tampere-based Northern Studies Institute (NSI), said it mattered.",
         "Henrik Aalto", "Finland"),
    ],
)
def test_aside_closed_by_workplace_initials_names_a_person(sentence: str, name: str, country: str) -> None:
    assert _people(_LEAD + sentence + "\n").get(name, (None, None))[1] == country


def test_aside_of_a_place_with_initials_is_no_person() -> None:
    sentence = "Port Moresby, of the Coral Sea Region (CSR), said to be calm, hosts the talks."
    assert "Port Moresby" not in _people(_LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("SANTIAGO (AP) — The forum, run by the Lima-based Andean Institute for Security, opens June 12.\n\n"
         "Rosa Huaman, the institute's director, said it mattered.", "Rosa Huaman", "Peru"),
        ("NAIROBI (AP) — The Oslo-based Fjord Institute of Peace will host talks on June 12.\n\n"
         "Ragna Solheim, the institute's director, said it mattered.", "Ragna Solheim", "Norway"),
        ("MANILA (AP) — The Lisbon-based Atlantic Policy Centre convenes talks on June 12.\n\n"
         "The centre's director, Joaquim Ferraz, said it mattered.", "Joaquim Ferraz", "Portugal"),
    ],
)
def test_officer_of_the_based_body_of_that_kind(text: str, name: str, country: str) -> None:
    assert _people(text + "\n").get(name, (None, None))[1] == country


def test_officer_of_a_kind_the_text_places_twice_is_not_guessed_from_it() -> None:
    text = (
        "MANILA (AP) — The Lisbon-based Atlantic Policy Centre and the Oslo-based Fjord Security Centre "
        "convene talks on June 12.\n\nJoaquim Ferraz, the centre's director, said it mattered."
    )
    assert _people(text + "\n").get("Joaquim Ferraz", (None, None))[1] not in ("Portugal", "Norway")
