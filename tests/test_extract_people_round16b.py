"""People rules, round 16b: a state's title in apposition before a name that carries a one-word rank
("Xland's chief negotiator for Y, Ambassador A B, said"): the title is A's role and Xland A's country; the
rank before the name is only a form of address; a title closed by its body's bracketed initials before a
comma name keeps them ("the Commander of the X Forces (XF), General A"); a spouse named after "his wife" or
"her husband" is of the partner's country."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get

TODAY = date(2026, 3, 1)

_LEAD = "LIMA, March 3 -- Trade ministers of the Andean bloc meet in Lima on March 5.\n\n"


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


@pytest.mark.parametrize(
    ("sentence", "name", "role", "country"),
    [
        (
            "Colombia's chief negotiator for Mercosur, Ambassador Andrés Villamil, said the talks were "
            "close.",
            "Andrés Villamil",
            "chief negotiator for Mercosur",
            "Colombia",
        ),
        (
            "Chile's deputy foreign minister, Ambassador Ana Soto, said the visit was welcome.",
            "Ana Soto",
            "deputy foreign minister",
            "Chile",
        ),
        (
            "The talks were tense, and Peru's lead negotiator on the Pacific Alliance, Ambassador Luis Vega, "
            "left early.",
            "Luis Vega",
            "lead negotiator on the Pacific Alliance",
            "Peru",
        ),
        (
            "In a statement, Kenya's top envoy to the African Union, General Joseph Mwangi, said talks "
            "went well.",
            "Joseph Mwangi",
            "top envoy to the African Union",
            "Kenya",
        ),
        (
            "Ecuador's chief negotiator, Ambassador Marta Ruiz, will attend both days.",
            "Marta Ruiz",
            "chief negotiator",
            "Ecuador",
        ),
    ],
)
def test_state_title_before_ranked_name(sentence: str, name: str, role: str, country: str) -> None:
    p = _get(_b(_LEAD + sentence), name)
    assert (p.role, p.country) == (role, country)


def test_no_state_title_keeps_the_rank() -> None:
    # "Brazil's trade team" is no title: the rank before the name stays the role
    text = _LEAD + "After meeting Brazil's trade team, Ambassador Ana Soto said the visit was welcome."
    p = _get(_b(text), "Ana Soto")
    assert p.role == "Ambassador"


def test_fuller_title_before_name_untouched() -> None:
    # the name's own title is more than a rank word: the apposition before it does not replace it
    p = _get(
        _b(_LEAD + "Chile's chief negotiator, Deputy Foreign Minister Ana Soto, said the visit was welcome."),
        "Ana Soto",
    )
    assert p.role == "Deputy Foreign Minister"


# --- "his wife, A": a spouse of the partner's country, whatever the spouse's family name -------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "HANOI, Sept 15 -- President of Laos Somphet Vongsa will make a state visit to Vietnam from "
            "Sept 22 to 24.\n\nIn a statement today, the ministry said the President, who will be "
            "accompanied by his wife, Madam Keo Phanthavong, will be welcomed on Sept 23.\n",
            "Keo Phanthavong",
            "Laos",
        ),
        (
            "HANOI, Sept 15 -- Prime Minister of Thailand Anan Suksom will visit Vietnam from Sept 22 "
            "to 24.\n\n"
            "Anan Suksom will be accompanied by his wife, Mali Chaiyo.\n",
            "Mali Chaiyo",
            "Thailand",
        ),
        (
            "JAKARTA, May 2 -- Chancellor Petra Lindner of Germany will visit Indonesia on May 5, with her "
            "husband, Jonas Weber, attending a cultural programme.\n",
            "Jonas Weber",
            "Germany",
        ),
        (
            "SEOUL, June 2 -- Prime Minister of Canada Claire Dubois will visit South Korea on June 9.\n\n"
            "In a statement, the office said the Prime Minister, who is travelling with her husband, "
            "Mr. Paul Girard, will lay a wreath on June 10.\n",
            "Paul Girard",
            "Canada",
        ),
    ],
)
def test_spouse_of_partner_country(text: str, name: str, country: str) -> None:
    assert _get(_b(text), name).country == country


def test_spouse_cue_needs_a_possessive() -> None:
    # "the wife of a diplomat, A" names no partner among the text's people: no country is given
    text = (
        "HANOI, Sept 15 -- President of Laos Somphet Vongsa will make a state visit to Vietnam.\n\n"
        "The novelist Keo Phanthavong, the wife of a retired diplomat, said she would attend.\n"
    )
    found = [p for p in _b(text).people if p.name == "Keo Phanthavong"]
    assert not found or found[0].country != "Laos"


# --- "the Commander of the X Forces (XF), General A": the title runs through the body's initials to the name;
# the initials, the body's short name, are dropped from the role shown (round 16 roles: most gold leaves them)

_TALKS = "JAKARTA, May 2 -- Australia and Indonesia will hold defence talks in Jakarta on May 5.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The Chief of the Defence Force will hold talks with the Commander of the Indonesian National "
            "Armed Forces (TNI), General Agus Hartono, on exercises.",
            "Agus Hartono",
            "Commander of the Indonesian National Armed Forces",
        ),
        (
            "She will meet the Secretary of the Department of National Defense (DND), Carlos Reyes, on "
            "Tuesday.",
            "Carlos Reyes",
            "Secretary of the Department of National Defense",
        ),
        (
            "On Tuesday he meets the Director-General of the Office of Maritime Security (OMS), Dewi "
            "Lestari, in Bogor.",
            "Dewi Lestari",
            "Director-General of the Office of Maritime Security",
        ),
        (
            "Talks will include the Director of the Bureau of Maritime Affairs (BMA), Dr. Sari Wulan.",
            "Sari Wulan",
            "Director of the Bureau of Maritime Affairs",
        ),
    ],
)
def test_title_runs_through_bracketed_initials(sentence: str, name: str, role: str) -> None:
    assert _get(_b(_TALKS + sentence), name).role == role


def test_bracketed_time_zone_is_no_title() -> None:
    # "(JST)," after a date closes no title: the name's own title stays as it is
    text = _TALKS + "The talks open on May 5 (JST), Foreign Minister Carlos Reyes said."
    assert _get(_b(text), "Carlos Reyes").role == "Foreign Minister"
