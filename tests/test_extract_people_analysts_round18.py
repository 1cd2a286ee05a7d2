"""People outside government, round 18: an analyst, researcher, academic, think-tank fellow or expert takes
the country the text ties them to (a country adjective before the description; the workplace's "X-based",
"in Xcity", "a think tank in Xcity", "a Xcity think tank"; a country, adjective, capital or city of millions
in the workplace's own name), else none; a government official's country is never read from a workplace."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.gazetteer import capital_country

_TODAY = date(2031, 5, 2)
_LEAD = (
    "Ministers to meet in Brussels\n\nBRUSSELS, May 2 (Reuters) - Foreign ministers of the alliance will "
    "meet in Brussels on Thursday to discuss air defence.\n\n"
)


def _country(text: str, name: str) -> str | None:
    people = {p.name: p for p in extract(_LEAD + text, today=_TODAY).people}
    assert name in people, sorted(people)
    return people[name].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the corpus wording
        (
            '"Three years ago, this was an aid relationship," said Hiroshi Tanabe, a senior fellow at the '
            'Institute for Regional Security Studies in Tokyo. "Now it is a defence one."',
            "Hiroshi Tanabe",
            "Japan",
        ),
        (
            '"Both sides need a deliverable," said Andrés Villalobos, a security analyst at the Mexico '
            'City-based Center for Hemispheric Studies.',
            "Andrés Villalobos",
            "Mexico",
        ),
        (
            '"Seoul wants it written down," said Choi Min-jae, a senior researcher at the Korea Institute '
            'for Defense Strategy. "Paper is harder to undo."',
            "Choi Min-jae",
            "South Korea",
        ),
        (
            '"Both sides want to show restraint," said Lim Wei Ling, a senior fellow at Singapore\'s '
            'Institute for Asia-Pacific Strategy.',
            "Lim Wei Ling",
            "Singapore",
        ),
        (
            "Associate Professor Dr Farah Nadia Ismail of Universiti Kebangsaan Malaysia said the retreat "
            "would be an early test.",
            "Farah Nadia Ismail",
            "Malaysia",
        ),
        (
            '"Everyone agrees on the diagnosis," said Claire Besson, a senior fellow at the European Policy '
            'Institute, a think tank in Brussels.',
            "Claire Besson",
            "Belgium",
        ),
        (
            '"What we need now is a date," said Dragana Milošević, who heads a Belgrade think tank focused '
            "on European integration.",
            "Dragana Milošević",
            "Serbia",
        ),
        # invented paraphrases with other names and countries
        (
            "Kenyan analyst Wanjiru Otieno of the Institute for Regional Futures said the session would "
            "test the bloc.",
            "Wanjiru Otieno",
            "Kenya",
        ),
        (
            '"The navy is stretched," said Piotr Zielinski, a defence researcher at the Warsaw-based Centre '
            'for Eastern Studies.',
            "Piotr Zielinski",
            "Poland",
        ),
        (
            '"This is a signal," said Ana Ribeiro, a professor of political science at the Catholic '
            'University in Lisbon.',
            "Ana Ribeiro",
            "Portugal",
        ),
        (
            '"Nobody wants a crisis," said Johan Lindqvist, a senior fellow at the Swedish Institute of '
            'Strategic Affairs.',
            "Johan Lindqvist",
            "Sweden",
        ),
        (
            '"The timing matters," said Mehmet Yilmaz, a fellow at the Ankara Centre for Policy Research.',
            "Mehmet Yilmaz",
            "Turkey",
        ),
        (
            '"Talks are overdue," said Dr Lucy Hart, a research fellow at a Melbourne-based think tank.',
            "Lucy Hart",
            "Australia",
        ),
        (
            '"Talks are overdue," said Tomás Novák, an expert at the Harbour Policy Forum, a think tank '
            'in Prague.',
            "Tomás Novák",
            "Czech Republic",
        ),
        (
            "Raúl Ortega, an Argentine security analyst, said the meeting would be brief.",
            "Raúl Ortega",
            "Argentina",
        ),
    ],
)
def test_outside_government_country_from_the_text(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no cue: where a named institute is, the text does not say
        (
            "Marcus Ng, a defence analyst at the Lowy Institute, said the meeting came at a sensitive time.",
            "Marcus Ng",
        ),
        (
            '"Deputy-level channels keep the machinery running," said Kim Hye-jin, a research fellow at '
            "the Asan Institute for Policy Studies.",
            "Kim Hye-jin",
        ),
        (
            "Koichi Murayama, a professor of security studies at Keio University, said Tokyo was watching.",
            "Koichi Murayama",
        ),
        # a country named as a field of study or of expertise is no home
        (
            '"Beijing is patient," said Emma Clarke, a senior fellow at the Centre for Japan Studies.',
            "Emma Clarke",
        ),
        # a town named in an institute's name that is neither a capital nor a city of millions
        (
            '"Ties are steady," said Derek Lim, a research fellow at Nanyang Technological University.',
            "Derek Lim",
        ),
    ],
)
def test_outside_government_without_a_cue_has_no_country(text: str, name: str) -> None:
    assert _country(text, name) is None


def test_official_country_not_taken_from_a_workplace() -> None:
    text = (
        "Deputy Foreign Minister Petra Holm will speak at the Warsaw-based Centre for Eastern Studies on "
        "Friday. Hans Berg, a senior official at the Oslo-based Institute for Defence Studies, will attend."
    )
    assert _country(text, "Petra Holm") != "Poland"
    assert _country(text, "Hans Berg") != "Norway"


def test_capital_country_from_the_gazetteer() -> None:
    assert capital_country("Wellington") == "New Zealand"
    assert capital_country("Delhi") == "India"  # read as New Delhi
    assert capital_country("Nanyang") is None
