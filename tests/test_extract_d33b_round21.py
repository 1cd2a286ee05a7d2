"""People in less-used outlets, round 21 (d33b): a date-and-place line with spaced hyphens names the issuer by
its capital; "A and B will be joined by C" gives C no companion; a UN spokesperson's byline makes the UN the
issuer; a byline may carry an official's title, and a possessive capitals heading is no name; "relief",
"panel", "high-level" are title words and "personal", "managing" title grades; name particles ("de los",
"dela") after an initial; "Republic of Ireland"; "with responsibility for X"; "Allama" as an honorific;
accompanying a bare title ("the Foreign Minister"); "for the month of X" closing a title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "News release\n\nMay 4, 2026 - Canberra, ACT - Department of Foreign Affairs\n\n"
            "The Honourable Brenna Coldwater, Minister for Trade, today announced that she will travel to "
            "Lima, Peru, from May 10 to 12, 2026.\n\n"
            "In Lima, Minister Coldwater will meet with Peru's Minister of Foreign Affairs, Hugo "
            "Ventanilla.\n",
            "Brenna Coldwater",
            "Australia",
        ),
        (
            "Media advisory\n\nJune 2, 2026 - Wellington - Ministry of Defence\n\n"
            "The Honourable Tamsin Orchardly, Minister of Defence, will be in Santiago, Chile, on Thursday "
            "for talks with the Defence Minister of Chile, Rodrigo Alcalde.\n\n"
            "Minister Orchardly will be joined by her Press Secretary, Mere Taukiri.\n",
            "Mere Taukiri",
            "New Zealand",
        ),
        (
            "News release\n\n12 March 2026 - Nairobi - Ministry of Foreign Affairs\n\n"
            "Cabinet Secretary Wanjala Kiptum will travel to Accra, Ghana, and Lome, Togo, from 15 "
            "to 18 March.\n\n"
            "In Accra, Cabinet Secretary Kiptum will meet Ghana's Foreign Minister, Kofi Adusei-Boateng.\n",
            "Wanjala Kiptum",
            "Kenya",
        ),
    ],
)
def test_spaced_hyphen_date_line_names_issuer(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_hyphenated_words_are_no_date_line() -> None:
    # a headline with a hyphenated compound and no date: no issuer from the visited capital
    text = (
        "Xland-Yland talks - Lima to host round two\n\n"
        "Minister for Trade Brenna Coldwater will travel to Lima, Peru, on May 10 for talks with "
        "Peru's Minister "
        "of Foreign Affairs, Hugo Ventanilla.\n"
    )
    assert _people(text)["Brenna Coldwater"][1] != "Peru"


_JOINT = (
    "Media advisory\n\nMay 5, 2026 - Canberra - Department of Defence\n\n"
    "The Honourable Lachlan Pemberly, Minister for Defence, will host the Minister of Defence of the "
    "Republic "
    "of Chile, Ignacio Valdivieso, in Darwin on Thursday.\n\n"
    "{lead} will be {verb} by {who}.\n"
)


@pytest.mark.parametrize(
    "lead, verb, who, name",
    [
        (
            "Minister Pemberly and Minister Valdivieso",
            "joined",
            "General Harriet Quayle, Chief of the Defence Force",
            "Harriet Quayle",
        ),
        (
            "Minister Pemberly and Minister Valdivieso",
            "accompanied",
            "Air Marshal Corin Lathbury, Chief of Air Force",
            "Corin Lathbury",
        ),
        (
            "The two ministers, Minister Pemberly and Minister Valdivieso,",
            "joined",
            "Vice Admiral Ottoline Brisk, Chief of Navy",
            "Ottoline Brisk",
        ),
    ],
)
def test_joined_by_after_two_sides_is_neither_sides(lead: str, verb: str, who: str, name: str) -> None:
    people = _people(_JOINT.format(lead=lead, verb=verb, who=who))
    assert people[name][1] == "Australia"


def test_joined_by_after_one_visitor_is_the_visitors() -> None:
    people = _people(
        _JOINT.format(
            lead="Minister Valdivieso", verb="joined", who="General Tomas Arriagada, Commander in Chief"
        )
    )
    assert people["Tomas Arriagada"][1] == "Chile"


_BRIEFING = (
    "Highlights of the Daily Briefing\nby Ingrid Solvang-Mbeki, {byline}\n\nTuesday, 3 November 2026\n\n"
    "GREAT RIFT\n\n"
    "The Special Envoy of the Secretary-General for the Horn of Africa, Matteo Ruiz-Kallio, will travel to "
    "Nairobi, Kenya, tomorrow, where he will meet with the President of Kenya, Otieno Barasa.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "Spokesperson for the Secretary-General",
        "Spokesman for Secretary-General",
        "Spokeswoman for the Secretary General",
    ],
)
def test_un_spokesperson_byline_makes_the_un_the_issuer(byline: str) -> None:
    people = _people(_BRIEFING.format(byline=byline))
    assert people["Matteo Ruiz-Kallio"][1] == "United Nations"


def test_a_ministers_spokesperson_byline_is_no_un_release() -> None:
    people = _people(_BRIEFING.format(byline="Spokesperson for the Minister"))
    assert people["Matteo Ruiz-Kallio"][1] != "United Nations"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Hanna "
            "Osterberg, will visit Chad on Monday.",
            "Hanna Osterberg",
            "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
        ),
        (
            "The Deputy Emergency Relief Coordinator, Ama Kwarteng-Lisle, will travel to Juba on Tuesday.",
            "Ama Kwarteng-Lisle",
            "Deputy Emergency Relief Coordinator",
        ),
        (
            "Emergency Relief Coordinator Ole Brandvik will visit Chad on Monday.",
            "Ole Brandvik",
            "Emergency Relief Coordinator",
        ),
    ],
)
def test_relief_is_a_portfolio_word(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert people[name][0] == role
    assert "Relief" not in people


def test_relief_fund_is_no_title() -> None:
    assert (
        _people("The Relief Fund will give grants, Hanna Osterberg said on Monday.")["Hanna Osterberg"][0]
        is None
    )


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Undersecretary for Policy Maria L. de los Reyes will lead the delegation to Hanoi on Monday.",
            "Maria L. de los Reyes",
        ),
        (
            "Vice Admiral Carlo Ignacio dela Torre, Flag Officer in Command, will attend the talks.",
            "Carlo Ignacio dela Torre",
        ),
        (
            "The talks will be chaired by Ambassador Ana M. de las Heras on Friday in Lima.",
            "Ana M. de las Heras",
        ),
    ],
)
def test_names_with_particles_and_initials(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_particle_after_an_initial_needs_a_name_word() -> None:
    people = _people("Secretary Maria L. said de los talks in Hanoi would be held on Monday.")
    assert not any(n.endswith(("de", "los")) for n in people)


@pytest.mark.parametrize(
    "byline, role",
    [
        (
            "by Ingrid Solvang-Mbeki, Spokesperson for the Secretary-General",
            "Spokesperson for the Secretary-General",
        ),
        ("By Ingrid Solvang-Mbeki, Minister for Foreign Affairs", "Minister for Foreign Affairs"),
        (
            "by Ingrid Solvang-Mbeki, Deputy Spokesperson for Secretary-General",
            "Deputy Spokesperson for Secretary-General",
        ),
    ],
)
def test_byline_with_an_officials_title(byline: str, role: str) -> None:
    text = (
        f"Highlights of the Week\n{byline}\n\nTuesday, 3 November 2026\n\nThe talks will open in "
        f"Geneva on Monday.\n"
    )
    assert _people(text)["Ingrid Solvang-Mbeki"][0] == role


def test_byline_with_a_place_after_the_comma_has_no_role() -> None:
    text = (
        "Talks to open in Geneva\nBy Ingrid Solvang-Mbeki, Geneva\n\nThe talks will open in "
        "Geneva on Monday.\n"
    )
    assert _people(text).get("Ingrid Solvang-Mbeki", (None, None))[0] is None


@pytest.mark.parametrize(
    "heading", ["SECRETARY-GENERAL'S TRAVELS", "PRESIDENT'S SCHEDULE", "MINISTER’S VISITS"]
)
def test_possessive_section_heading_is_no_name(heading: str) -> None:
    text = (
        f"Highlights of the Briefing\n\nMonday, 12 October 2026\n\n{heading}\n\nThe delegation "
        f"will travel to Geneva.\n"
    )
    assert not _people(text)


def test_writer_name_under_date_line_is_still_read() -> None:
    text = (
        "Highlights of the Briefing\n\nMonday, 12 October 2026\n\nINGRID SOLVANG\n\nThe "
        "delegation will travel to Geneva.\n"
    )
    assert _people(text)


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "The Personal Envoy of the Secretary-General for Xland, Anna Brik, will visit Rome.",
            "Personal Envoy of the Secretary-General for Xland",
        ),
        ("Personal Representative Anna Brik will visit Rome on Monday.", "Personal Representative"),
        ("The Personal Envoy Anna Brik met the delegation in Rome.", "Personal Envoy"),
    ],
)
def test_personal_is_a_title_grade(text: str, role: str) -> None:
    assert _people(text)["Anna Brik"][0] == role


def test_personal_before_a_plain_noun_is_no_title() -> None:
    assert not _people("Personal data of Anna Brik was leaked in Rome on Monday.")


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "HE Chairperson of the African Union High-Level Panel on Somalia Dr. Amina Oduya-Kest "
            "will attend.",
            "Chairperson of the African Union High-Level Panel on Somalia",
        ),
        (
            "The Chairperson of the African Union High-Level Panel on Somalia, Amina Oduya-Kest, "
            "will attend.",
            "Chairperson of the African Union High-Level Panel on Somalia",
        ),
        (
            "The Chairperson of the African Union Panel on Somalia, Amina Oduya-Kest, will attend.",
            "Chairperson of the African Union Panel on Somalia",
        ),
    ],
)
def test_an_organisations_panel_closes_the_title(text: str, role: str) -> None:
    people = _people(text)
    assert people["Amina Oduya-Kest"][0] == role
    assert not any("Panel" in n for n in people)


def test_panel_after_a_name_is_no_title() -> None:
    people = _people("Amina Oduya-Kest will address the panel on Xland in Rome on Monday.")
    assert people["Amina Oduya-Kest"][0] is None


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Ambassador of the Republic of Ireland to Chile and Peru, Orla Mac Suibhne, met the "
            "President in "
            "Santiago on Monday.",
            "Orla Mac Suibhne",
        ),
        (
            "The Prime Minister of Chile will receive the Ambassador of the Republic of Ireland to "
            "Chile, Orla Mac "
            "Suibhne, in Santiago on Monday.",
            "Orla Mac Suibhne",
        ),
        (
            "President Rodrigo Alcalde met the Ambassador of the Republic of Ireland to Peru, Niall "
            "Brennan, in Lima.",
            "Niall Brennan",
        ),
    ],
)
def test_republic_of_ireland_names_ireland(text: str, name: str) -> None:
    assert _people(text)[name][1] == "Ireland"


def test_northern_ireland_is_no_republic() -> None:
    from briefings.extract.gazetteer import country_of

    assert country_of("Republic of Northern Ireland") is None


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Minister of State with responsibility for Overseas Trade, Ciara Moylan, will attend.",
            "Ciara Moylan",
            "Minister of State with responsibility for Overseas Trade",
        ),
        (
            "Minister of State with responsibility for Trade Promotion Dara Kinsella will visit Lima "
            "on Monday.",
            "Dara Kinsella",
            "Minister of State with responsibility for Trade Promotion",
        ),
        (
            "She met the Minister of State with responsibility for Higher Education, Eoin Tallon, in Lima.",
            "Eoin Tallon",
            "Minister of State with responsibility for Higher Education",
        ),
    ],
)
def test_with_responsibility_for_leads_a_portfolio(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_with_responsibility_needs_a_title_before_it() -> None:
    assert (
        _people("The talks met with responsibility for Trade officials, Dara Kinsella said.")[
            "Dara Kinsella"
        ][0]
        is None
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("On Monday he will visit the tomb of Allama Yusuf Raza in Lahore.", "Yusuf Raza"),
        ("The delegation laid a wreath at the mausoleum of Allama Yusuf Raza in Karachi.", "Yusuf Raza"),
        ("Allama Tahir Qaswari will address the rally in Lahore on Monday.", "Tahir Qaswari"),
    ],
)
def test_allama_is_an_honorific(text: str, name: str) -> None:
    assert set(_people(text)) == {name}


def test_allama_alone_is_no_name() -> None:
    assert not _people("The minister arrived at the airport in Lahore on Monday, Allama said.")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Norway's Minister of Defence Sigrid Haugland will travel to Chile on Monday.\n\nIn "
            "Santiago she will "
            "meet Defence Minister Rodrigo Alcalde.\n\nState Secretary Ola Brekke will accompany the "
            "Minister of "
            "Defence throughout the visit.\n",
            "Ola Brekke",
            "Norway",
        ),
        (
            "Finnish Prime Minister Aino Lehtola will visit Kenya on Monday.\n\nIn Nairobi she will "
            "meet Prime "
            "Minister Wanjala Kiptum.\n\nState Secretary Mikko Rantala will accompany the Prime "
            "Minister during "
            "the visit.\n",
            "Mikko Rantala",
            "Finland",
        ),
        (
            "Danish Minister for Trade Freja Holm will visit Ghana on Monday.\n\nIn Accra she will "
            "meet Minister for "
            "Trade Kofi Adusei-Boateng.\n\nState Secretary Lars Vinther will accompany the Minister "
            "for Trade "
            "during the visit.\n",
            "Lars Vinther",
            "Denmark",
        ),
    ],
)
def test_accompanying_a_bare_title_joins_the_texts_lead(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_accompanying_a_delegation_is_no_title_holder() -> None:
    text = (
        "Finnish Prime Minister Aino Lehtola will visit Kenya on Monday.\n\nIn Nairobi she will meet Prime "
        "Minister Wanjala Kiptum.\n\nState Secretary Mikko Rantala will accompany the Kenyan "
        "delegation during "
        "the visit.\n"
    )
    assert _people(text)["Mikko Rantala"][1] != "Finland"


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "She will meet Dr. Pieter Lindqvist, Managing Director for Asia at the European External Action "
            "Service, on climate.",
            "Managing Director for Asia at the European External Action Service",
        ),
        ("Managing Director Anna Brik will visit Rome.", "Managing Director"),
        ("The Managing Director of the Fund, Anna Brik, will visit Rome.", "Managing Director of the Fund"),
    ],
)
def test_managing_grades_a_director(text: str, role: str) -> None:
    assert next(iter(_people(text).values()))[0] == role


def test_managing_alone_is_no_title() -> None:
    assert (
        _people("Managing the talks, Anna Brik said on Monday in Rome that they went well.")["Anna Brik"][0]
        is None
    )


@pytest.mark.parametrize(
    "text, role",
    [
        (
            "There will be a briefing by Ilse Brandauer, President of the Security Council for the "
            "month of May.",
            "President of the Security Council",
        ),
        (
            "The talks will be opened by Ilse Brandauer, Chair of the Board of Governors for the "
            "year of 2027.",
            "Chair of the Board of Governors",
        ),
        (
            "The session will be chaired by Ilse Brandauer, President of the Council for the duration of the "
            "summit.",
            "President of the Council",
        ),
    ],
)
def test_a_term_after_a_title_closes_it(text: str, role: str) -> None:
    assert _people(text)["Ilse Brandauer"][0] == role


def test_a_portfolio_for_a_named_thing_is_no_term() -> None:
    text = "The talks will be opened by Ilse Brandauer, Minister for the Environment, in Vienna."
    assert _people(text)["Ilse Brandauer"][0] == "Minister for the Environment"
