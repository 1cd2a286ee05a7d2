"""People rules, round 15 (fresh29b): "Integration" a portfolio's word ("Minister of Trade and Regional
Integration of the Republic of X"); the Malay pilgrim styles abbreviated with a stop ("Dato' Hjh. A", "Hj. B")
lead a name and end no sentence; a person joined to a travelling one travels too ("A, Minister X, and B,
Minister Y, will travel to Xland": A is no Xlander); a sentence-opening "She" after a sentence whose subject
is "she" again means that earlier subject, not the person last met; a counterpart named with no title takes
the country the talks are held in."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2031, 6, 2)
HEAD = "Ministers gather for regional talks\n\n"


def _b(text: str) -> Briefing:
    return extract(HEAD + text, today=TODAY)


def _names(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


# ---- "Integration" a portfolio's word ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "The forum will be opened by Hon. Kwabena Osei-Bonsu, Minister of Trade and Regional Integration "
            "of the Republic of Ghana, on Monday.",
            "Kwabena Osei-Bonsu",
            "Minister of Trade and Regional Integration",
            "Ghana",
        ),
        (
            "Talks will be led by Ana Vukotić, Minister of Foreign Affairs and European Integration of the "
            "Republic of Serbia, and her delegation.",
            "Ana Vukotić",
            "Minister of Foreign Affairs and European Integration",
            "Serbia",
        ),
        (
            "The session will be chaired by Mamadou Ndiaye, Minister for African Integration of the Republic "
            "of Senegal, who arrived on Sunday.",
            "Mamadou Ndiaye",
            "Minister for African Integration",
            "Senegal",
        ),
    ],
)
def test_integration_is_a_portfolio_word(text: str, name: str, role: str, country: str) -> None:
    b = _b(text)
    p = _get(b, name)
    assert (p.role, p.country) == (role, country)
    assert "Integration" not in _names(b)


def test_a_plain_portfolio_before_the_republic_stays_read() -> None:
    p = _get(
        _b("The forum will be opened by Ama Boateng, Minister for Trade of the Republic of Ghana."),
        "Ama Boateng",
    )
    assert (p.role, p.country) == ("Minister for Trade", "Ghana")


# ---- Malay pilgrim styles abbreviated ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Secretary-General will be joined by Director of Protocol Datin Hjh. Rosmah binti Osman.",
            "Rosmah binti Osman",
        ),
        (
            "The delegation includes Permanent Secretary Dato' Hj. Zulkifli bin Hassan, who arrives on "
            "Monday.",
            "Zulkifli bin Hassan",
        ),
        (
            "Also attending is Deputy Director-General of Trade Hjh. Aminah binti Yaakob of the ministry.",
            "Aminah binti Yaakob",
        ),
    ],
)
def test_abbreviated_pilgrim_styles_lead_a_name(text: str, name: str) -> None:
    b = _b(text)
    assert name in _names(b)
    assert not any(n.startswith(("Hj", "Hjh")) for n in _names(b))


def test_the_written_out_style_stays_read() -> None:
    assert "Rosmah binti Osman" in _names(
        _b("The Secretary-General will be joined by Dato' Hajah Rosmah binti Osman.")
    )


# ---- a person joined to a travelling one travels too -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Minister for Foreign Affairs, the Hon Gemma Ashdown, and the Minister for Defence, the Hon "
            "Oliver Penrose, will travel to Vanuatu this week to deepen Australia's ties with the "
            "Pacific.\n\n"
            "In Port Vila on 4 June, the Ministers will meet Prime Minister Kalo Tari to discuss Australia's "
            "support for the new wharf.",
            "Gemma Ashdown",
            "Australia",
        ),
        (
            "The Minister of Foreign Affairs, Hon. Tavita Leaupepe, and the Minister of Finance, Hon. Sione "
            "Malu, will visit Japan next week to strengthen New Zealand's links with North Asia.\n\n"
            "In Tokyo on 8 June, the Ministers will call on Prime Minister Ota Kenji to discuss New "
            "Zealand's exports.",
            "Tavita Leaupepe",
            "New Zealand",
        ),
        (
            "The Minister for Foreign Affairs, Senator the Hon Rhea Castellan, and the Minister for Trade, "
            "Senator the Hon Dev Ramesh, will travel to Samoa and Tonga to build Australia's "
            "partnerships.\n\n"
            "In Apia on 9 June, the Ministers will meet Prime Minister Fiame Tuala on Australia's new "
            "policing support.",
            "Rhea Castellan",
            "Australia",
        ),
    ],
)
def test_a_person_joined_to_a_traveller_travels(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_host_met_after_the_traveller_keeps_the_host_country() -> None:
    b = _b(
        "The Minister for Trade, the Hon Gemma Ashdown, will travel to Vanuatu this week to deepen "
        "Australia's ties with the Pacific.\n\nIn Port Vila on 4 June, she will meet Prime Minister Kalo "
        "Tari."
    )
    assert _get(b, "Kalo Tari").country == "Vanuatu"


# ---- "She" after a sentence whose subject is "she" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Foreign Secretary Imogen Hartley will visit Oman and Kuwait this week to deepen the UK's ties "
            "with the Gulf and to back British exporters in the UK's fastest growing markets.\n\n"
            "In Muscat, the Foreign Secretary will meet Oman's Minister of Foreign Affairs, Sayyid Badr Al "
            "Hinai. On Friday she will travel to Kuwait City to meet Kuwait's Minister of Foreign Affairs, "
            "Sheikh Salem Al Sabah. She will be accompanied by Minister for Trade Policy Gareth Lowe.",
            "Gareth Lowe",
            "United Kingdom",
        ),
        (
            "Defence Secretary Marcus Thorne will visit Jordan and Egypt this week to reaffirm the UK's "
            "commitment to regional security and the UK's support for the ceasefire.\n\n"
            "In Amman, the Defence Secretary will meet Jordan's Prime Minister, Samir Haddad. On Thursday "
            "he will fly to Cairo to meet Egypt's Minister of Defence, Hossam Fathy. He will be joined by "
            "Minister for the Armed Forces Daniel Crewe.",
            "Daniel Crewe",
            "United Kingdom",
        ),
        (
            "Foreign Minister Lena Vogt will visit Bahrain and Qatar this week to strengthen Germany's "
            "energy partnerships and Germany's role in the region.\n\n"
            "In Manama, the Foreign Minister will meet Bahrain's Minister of Foreign Affairs, Khalid Al "
            "Zayani. Later she will travel to Doha to meet Qatar's Prime Minister, Sheikh Faisal Al Thani. "
            "She will be accompanied by Minister of State for Europe Jonas Brandt.",
            "Jonas Brandt",
            "Germany",
        ),
    ],
)
def test_she_after_she_means_the_earlier_subject(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_host_named_in_the_chain_keeps_the_host_country() -> None:
    b = _b(
        "Foreign Secretary Imogen Hartley will visit Oman this week.\n\n"
        "In Muscat, the Foreign Secretary will meet Oman's Minister of Foreign Affairs, Sayyid Badr Al Hinai."
    )
    assert _get(b, "Badr Al Hinai").country == "Oman"


# ---- a counterpart named with no title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Foreign Minister Tamsin Hale will travel to Indonesia and Malaysia next week.\n\n"
            "Ms Hale will be in Jakarta from 3 to 4 June, where she will hold the annual dialogue with her "
            "counterpart Retno Hartati and meet Defence Minister Agus Salim.",
            "Retno Hartati",
            "Indonesia",
        ),
        (
            "Defence Minister Callum Reid will travel to Japan next week.\n\n"
            "Mr Reid will be in Tokyo on 9 June, where he will hold talks with his counterpart Mori Takeshi.",
            "Mori Takeshi",
            "Japan",
        ),
        (
            "Trade Minister Nadia Fenwick will travel to Chile next week.\n\n"
            "Ms Fenwick will be in Santiago on 12 June, where she will meet her counterpart Camila Rojas "
            "and business leaders.",
            "Camila Rojas",
            "Chile",
        ),
    ],
)
def test_a_counterpart_named_without_a_title_is_of_the_host(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_a_person_named_without_a_title_or_counterpart_gets_no_country() -> None:
    b = _b(
        "Foreign Minister Tamsin Hale will travel to Indonesia next week.\n\n"
        "Ms Hale will be in Jakarta on 3 June, where she will meet Mr Budi Santoso."
    )
    assert _get(b, "Budi Santoso").country is None
