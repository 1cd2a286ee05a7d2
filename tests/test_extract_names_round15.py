"""Person names, round 15: writers' credits a news site prints in other forms — a name line over a dated
line ("A B" / "Nov 10, 2025", "A B in Xcity" / "JULY 14 2025"), a name with its job after it and no
comma ("A B Diplomatic editor"), a caps job line of four words, "Text by: A B" / "Analysis by A B, X
editor", and an agency's "— With assistance from A B" closing with a long dash."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2031, 3, 4)

_LEAD = (
    "Finnish President Aaro Lindholm will visit Santiago on Thursday for talks with Chilean President "
    "Valentina Urrutia on copper and Antarctic research, the presidency said."
)


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=_TODAY).people}


# ---- a writer's name line over a date line, a job, or a credit naming the piece's kind -------------


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("Oskari Venäläinen\n14/02/2031", "Oskari Venäläinen", None),
        ("Marisol Echeverría-Paz\nFeb 14, 2031", "Marisol Echeverría-Paz", None),
        ("Henrik Solberg in Santiago\nFEBRUARY 14 2031", "Henrik Solberg", None),
        ("Kaveh Farahani\nSat 14 Feb 2031 09.40 GMT", "Kaveh Farahani", None),
        ("Ilse Brandvold Chief political correspondent", "Ilse Brandvold", "Chief political correspondent"),
        ("PETRA LUNDQVIST\nLATIN AMERICA AND ANTARCTIC CORRESPONDENT", "Petra Lundqvist", None),
        ("Text by: Anselmo Quiroga", "Anselmo Quiroga", None),
        ("Analysis by Rutger Halvorsen, Nordic editor", "Rutger Halvorsen", "Nordic editor"),
    ],
)
@pytest.mark.parametrize("standfirst", ["", "Helsinki wants a bigger share of Chile's copper exports.\n\n"])
def test_writer_credit_under_headline(credit: str, name: str, role: str | None, standfirst: str) -> None:
    text = f"Finnish president heads to Chile for copper talks\n\n{standfirst}{credit}\n\n{_LEAD}\n"
    people = {k.casefold(): v for k, v in _people(text).items()}
    assert name.casefold() in people
    if role is not None:
        assert people[name.casefold()] == role


def test_assistance_credit_with_long_dash() -> None:
    text = (
        "Finnish president heads to Chile for copper talks\n\n"
        f"{_LEAD}\n\n"
        "— With assistance from Tariq Bensalem and Noor Haddadin\n"
    )
    people = _people(text)
    assert "Tariq Bensalem" in people and "Noor Haddadin" in people


def test_body_name_over_date_line_is_no_writer() -> None:
    """A body's name line over a dated line names no person."""
    text = f"Finnish president heads to Chile for copper talks\n\nPress Office\n14/02/2031\n\n{_LEAD}\n"
    assert set(_people(text)) == {"Aaro Lindholm", "Valentina Urrutia"}


def test_analysis_sentence_is_no_credit() -> None:
    """ "Analysis by A B shows ..." in a body sentence is no writer's credit."""
    text = (
        "Finnish president heads to Chile for copper talks\n\n"
        f"{_LEAD}\n\n"
        "Analysis by Statistics Finland shows copper imports doubled last year.\n"
    )
    assert set(_people(text)) == {"Aaro Lindholm", "Valentina Urrutia"}


# ---- a world region named by its compass word is no person -------------------------------------------


@pytest.mark.parametrize(
    "region",
    ["Southeast Asian", "South-east Asian", "Central Asian", "North African", "Western European"],
)
def test_compass_region_after_said_is_no_person(region: str) -> None:
    text = (
        "Finnish president heads to Chile for copper talks\n\n"
        f"{_LEAD}\n\n"
        "Leena Aaltonen, a research fellow at the Institute of Polar Studies, said "
        f"{region} governments would follow the talks closely.\n"
    )
    assert set(_people(text)) == {"Aaro Lindholm", "Valentina Urrutia", "Leena Aaltonen"}


def test_surname_west_after_said_stays_a_person() -> None:
    """A person whose family name is a compass word is still read after "said"."""
    text = (
        "Finnish president heads to Chile for copper talks\n\n"
        f"{_LEAD}\n\n"
        "The talks matter for both economies, said Miranda West, a trade economist.\n"
    )
    assert "Miranda West" in _people(text)


# ---- a scholar's style before a name is no part of it ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Afghan side will be led by Deputy Minister Mawlawi Noorullah Sadiqi.", "Noorullah Sadiqi"),
        ("The delegation includes Maulvi Ehsanullah Karimzai, a deputy minister.", "Ehsanullah Karimzai"),
        ("Maulana Qamaruddin Baig said the talks would open on Monday.", "Qamaruddin Baig"),
    ],
)
def test_scholar_style_is_no_name_word(sentence: str, name: str) -> None:
    text = f"Kabul delegation heads to Doha for talks\n\n{sentence}\n"
    assert name in _people(text)


def test_scholar_style_alone_is_no_person() -> None:
    """ "the Maulana said" names nobody: no person is made from the style word."""
    text = "Kabul delegation heads to Doha for talks\n\nThe Maulana said the talks would open on Monday.\n"
    assert _people(text) == {}


# ---- a compass word or a region's adjective closes no title: the words after it are the title's -----


def _officials(sentence: str) -> dict[str, str | None]:
    return _people(f"Ministers to meet in Brno\n\n{sentence}\n")


def test_region_after_compass_word_is_the_title_s() -> None:
    got = _officials(
        "The ministers will be received by the Governor of the North Ostravan Region, Pavel Hruby."
    )
    assert got == {"Pavel Hruby": "Governor of the North Ostravan Region"}


def test_territory_after_compass_word_is_the_title_s() -> None:
    got = _officials(
        "The visitors will call on the Chief Minister of the Southern Outback Territory, Mara Jilbert."
    )
    assert got == {"Mara Jilbert": "Chief Minister of the Southern Outback Territory"}


def test_portfolio_after_region_adjective_is_no_person() -> None:
    got = _officials(
        "On Monday, they will meet Ms Elira Dushku, Deputy Prime Minister, Minister of Foreign Affairs and "
        "European Integration of the Republic of Albania, in Tirana."
    )
    assert "Integration" not in got and "Elira Dushku" in got


def test_region_closing_title_keeps_the_name() -> None:
    """ "Minister for Europe and Central Asia A B": the region closes the title, the name stays."""
    got = _officials("She will meet the Minister for Europe and Central Asia Lena Holmqvist on Monday.")
    assert got == {"Lena Holmqvist": "Minister for Europe and Central Asia"}
