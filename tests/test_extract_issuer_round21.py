"""Issuers, round 21 (issuer): a release's closing place-and-date line in capitals ("OSLO, 4 MAR 2026",
or "NAIROBI" over "4 MARCH 2026") names its government's capital, so its own unqualified officials
travelling to a meeting abroad are of that state, not of the host; a diplomatic post's sign-off
("Embassy of Xland in Yland" over "Ycity, ...") is no such line."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


_TRIP = (
    "Minister for Defence to Attend Regional Defence Forum in {city}\n\n"
    "Minister for Defence Mr Tobias Renholm will be in {host} from 5 to 7 March to attend the regional "
    "defence forum. The forum will be hosted by {host} and held in {city}.\n\n"
    "Minister Renholm will be accompanied by Chief of Defence Force Major-General Ilse Varnquist.\n\n"
)


@pytest.mark.parametrize(
    "text, country",
    [
        (_TRIP.format(city="Lima", host="Peru") + "OSLO, 4 MAR 2026\n", "Norway"),
        (_TRIP.format(city="Hanoi", host="Vietnam") + "NAIROBI\n4 MARCH 2026\n", "Kenya"),
        (_TRIP.format(city="Accra", host="Ghana") + "WELLINGTON, 12 FEB 2026\n", "New Zealand"),
    ],
)
def test_foot_place_date_line_names_the_issuer(text: str, country: str) -> None:
    people = _people(text)
    assert people["Tobias Renholm"][1] == country
    assert people["Ilse Varnquist"][1] == country


def test_embassy_sign_off_is_no_issuers_capital() -> None:
    text = (
        _TRIP.format(city="Lima", host="Peru")
        + "Embassy of the Republic of Chile in Kenya\nNairobi, 4 March 2026\n"
    )
    assert _people(text)["Tobias Renholm"][1] != "Kenya"


_AWAY = (
    "Minister for Trade Attends Regional Trade Talks in {city}\n\n"
    "Minister for Trade Dr Oskar Lindqvar will depart for {city}, {host}, today to attend the regional trade "
    "ministers' talks, which will be held on 5 and 6 March.\n\n"
    "Dr Lindqvar will be accompanied by Permanent Secretary Mr Emil Sandvoll. {pronoun} will return to "
    "{home} on 7 March.\n"
)


@pytest.mark.parametrize(
    "city, host, home, pronoun",
    [
        ("Lima", "Peru", "Oslo", "He"),
        ("Hanoi", "Vietnam", "Nairobi", "She"),
        ("Accra", "Ghana", "Canada", "He"),
    ],
)
def test_pronoun_returning_home_names_the_travellers_country(
    city: str, host: str, home: str, pronoun: str
) -> None:
    people = _people(_AWAY.format(city=city, host=host, home=home, pronoun=pronoun))
    country = {"Oslo": "Norway", "Nairobi": "Kenya", "Canada": "Canada"}[home]
    assert people["Oskar Lindqvar"][1] == country
    assert people["Emil Sandvoll"][1] == country


def test_pronoun_after_a_sentence_not_opened_by_its_subject_is_not_read() -> None:
    text = (
        "Trade talks in Lima\n\n"
        "Separately, Minister of State Mr Oskar Lindqvar is on a working visit to Lima and will meet "
        "Deputy Minister Rosa Quillapa today. She will return to Oslo on 7 March.\n"
    )
    assert _people(text)["Rosa Quillapa"][1] != "Norway"


@pytest.mark.parametrize(
    "dateline, venue, country",
    [
        ("CANBERRA, May 4 (AAP) --", "the Kremlin", "Australia"),
        ("OTTAWA, May 4 (CP) --", "Downing Street", "Canada"),
        ("NAIROBI, May 4 (KNA) --", "the Elysee Palace", "Kenya"),
    ],
)
def test_institution_in_the_reported_clause_is_no_spokespersons(
    dateline: str, venue: str, country: str
) -> None:
    text = (
        f"Ministers to meet next month\n\n{dateline} The two governments will hold ministerial talks next "
        "month, the foreign ministry said Monday.\n\n"
        f"Foreign Minister Harriet Okonkwo-Lind will attend the talks at {venue} on June 4, ministry "
        "spokesperson Petra Valcourt told a regular briefing.\n"
    )
    assert _people(text)["Petra Valcourt"][1] == country


def test_institution_in_the_spokespersons_own_clause_is_read() -> None:
    text = (
        "Ministers to meet next month\n\n"
        "Press Secretary Petra Valcourt told reporters at the Kremlin that the talks would go ahead.\n"
    )
    assert _people(text)["Petra Valcourt"][1] == "Russia"


@pytest.mark.parametrize(
    "title",
    ["Joint Secretary (Indo-Pacific)", "Director (Asia-Pacific)", "Additional Secretary (Trans-Tasman)"],
)
def test_hyphenated_qualifier_in_brackets_belongs_to_the_title(title: str) -> None:
    text = f"Talks in Quito\n\nThe meeting will be co-chaired by Shri Devendra Kulkarni, {title}.\n"
    assert _people(text)["Devendra Kulkarni"][0] == title


def test_lower_case_bracket_is_no_qualifier() -> None:
    text = "Talks in Quito\n\nThe meeting will be co-chaired by Shri Devendra Kulkarni, Secretary (ad-hoc).\n"
    assert _people(text)["Devendra Kulkarni"][0] != "Secretary (ad-hoc)"


_CO_CHAIRED = (
    "Fourth round of {a}-{b} Consultations\n\n"
    "The fourth round of {a}-{b} Consultations will be held on June 5, 2026. The {a} delegation will be led "
    "by Secretary Meera Talwani.\n\n"
    "The meeting of the {a}-{b} Working Group will be held on 6 June, {verb} by Shri Rohan Bhatkal, "
    "Joint Secretary (South), and Mr. Anselm Varga, Assistant Secretary for Regional Affairs.\n\n"
    "{capital}\nJune 02, 2026\n"
)


@pytest.mark.parametrize(
    "a, b, capital, verb",
    [
        ("Kenya", "Chile", "Nairobi", "co-chaired"),
        ("Norway", "Peru", "Oslo", "co-chaired"),
        ("Ghana", "Canada", "Accra", "co-hosted"),
    ],
)
def test_co_chairs_of_the_issuers_pair_are_one_of_each_side(a: str, b: str, capital: str, verb: str) -> None:
    people = _people(_CO_CHAIRED.format(a=a, b=b, capital=capital, verb=verb))
    assert people["Rohan Bhatkal"][1] == a
    assert people["Anselm Varga"][1] == b


def test_co_chairs_in_a_release_of_the_pairs_second_side_are_not_paired_by_order() -> None:
    people = _people(_CO_CHAIRED.format(a="Kenya", b="Chile", capital="Santiago", verb="co-chaired"))
    assert people["Rohan Bhatkal"][1] != "Kenya"


_HOPE = (
    "Visit to {host} by Ms. Ingrid Solvang, State Secretary for Foreign Affairs\n\n"
    "1. Ms. Ingrid Solvang, State Secretary for Foreign Affairs, will visit {host} from Tuesday, May 13 to "
    "Saturday, May 17. During her stay, she will hold talks with Mr. Tevita Lakeba, Minister for Foreign "
    "Affairs of {host}.\n\n"
    "2. {hope}\n"
)


_TWO = "the relationship between the two countries."


@pytest.mark.parametrize(
    "host, hope",
    [
        (
            "Fiji",
            "Through this visit, the Government of Norway looks forward to further strengthening " + _TWO,
        ),
        ("Chile", "Norway hopes that this visit will further deepen " + _TWO),
        ("Kenya", "The Government of Norway hopes that this visit will further deepen " + _TWO),
    ],
)
def test_state_hoping_for_this_visit_issues_the_release(host: str, hope: str) -> None:
    assert _people(_HOPE.format(host=host, hope=hope))["Ingrid Solvang"][1] == "Norway"


def test_state_hoping_for_something_else_is_no_issuer() -> None:
    hope = "Norway hopes to host the next meeting later this year, and this visit will help."
    assert _people(_HOPE.format(host="Fiji", hope=hope))["Ingrid Solvang"][1] != "Norway"


_GUEST = (
    "Visit to {home} by the Secretary of Foreign Affairs of {guest}\n\n"
    "1. Ms. Lucia Marveda, Secretary of Foreign Affairs of {guest}, will visit {home} from Wednesday, "
    "April 8 to Friday, April 10. {middle}\n\n"
    "2. Through this visit, the Government of {home} hopes to further strengthen " + _TWO + "\n"
)
_ESCORT = (
    "During her stay, Secretary Marveda is scheduled to hold talks with Mr. Harald Enger, Minister for "
    "Foreign Affairs. Mr. Sindre Holtvik, State Secretary for Defence, will accompany Secretary Marveda "
    "on a visit to the naval base on April 10."
)


@pytest.mark.parametrize("home, guest", [("Norway", "Chile"), ("Kenya", "Peru"), ("Canada", "Ghana")])
def test_issuers_official_escorting_a_guest_who_visits_the_issuers_country(home: str, guest: str) -> None:
    people = _people(_GUEST.format(home=home, guest=guest, middle=_ESCORT))
    assert people["Sindre Holtvik"][1] == home


def test_guests_own_companion_stays_the_guests() -> None:
    middle = "She will be accompanied by Ms. Rosa Ilarde, Undersecretary for Policy."
    assert _people(_GUEST.format(home="Norway", guest="Chile", middle=middle))["Rosa Ilarde"][1] == "Chile"


_BRIEFING = (
    "{adj} foreign minister to visit next week\n\n"
    "{adj} Minister of Foreign Affairs Tomas Ekwueme Landa is to lead a delegation to {host} from Nov. 9 to "
    "Nov. 13, the Ministry of Foreign Affairs said yesterday.\n\n"
    "Landa is to meet President Arne Vollan on Tuesday next week, ministry spokeswoman Sigrid Haaheim told a "
    "regular news briefing in {city}.\n"
)


@pytest.mark.parametrize(
    "adj, host, city",
    [("Kenyan", "Norway", "Oslo"), ("Peruvian", "Canada", "Ottawa"), ("Ghanaian", "Chile", "Santiago")],
)
def test_spokesperson_briefing_in_a_capital_is_of_its_state(adj: str, host: str, city: str) -> None:
    assert _people(_BRIEFING.format(adj=adj, host=host, city=city))["Sigrid Haaheim"][1] == host


def test_briefing_in_a_city_that_is_no_capital_names_no_state() -> None:
    people = _people(_BRIEFING.format(adj="Kenyan", host="Norway", city="Bergen"))
    assert people["Sigrid Haaheim"][1] != "Norway"


_TRILATERAL = (
    "Trilateral dialogue in Nairobi\n\n"
    "Kenyan Minister of Foreign Affairs Peter Odhiambo will host the Second {home}-Kenya-Ghana Trilateral "
    "Dialogue in Nairobi on 15 April.\n\n"
    "{head} Lorna Vidales will attend the dialogue. Secretary Vidales will return to {home} on 17 April.\n\n"
    "{spokes} said preparations for the dialogue were complete.\n"
)


@pytest.mark.parametrize(
    "home, head, spokes",
    [
        ("Chile", "Foreign Affairs Secretary", "DFA Spokesperson Marisol Quinteros"),
        ("Peru", "Secretary of Foreign Affairs", "The DFA spokesperson, Director Marisol Quinteros,"),
        ("Chile", "Secretary of Maritime Affairs", "DMA Spokesperson Marisol Quinteros"),
    ],
)
def test_spokesperson_of_the_initials_of_a_bare_heads_department(home: str, head: str, spokes: str) -> None:
    people = _people(_TRILATERAL.format(home=home, head=head, spokes=spokes))
    assert people["Lorna Vidales"][1] == home
    assert people["Marisol Quinteros"][1] == home


def test_ministrys_initials_do_not_match_a_departments_secretary() -> None:
    text = _TRILATERAL.format(
        home="Chile", head="Foreign Affairs Secretary", spokes="MFA Spokesperson Marisol Quinteros"
    )
    assert _people(text)["Marisol Quinteros"][1] != "Chile"
