"""Country rules, round 15 (country3): a spokesperson the text gives no country speaks for whoever owns
them ("A's spokesman, B"), for the ministry a sentence placed in a city just before ("In Xcity, the
Ministry of X said ..."), or for the state their reported clause is about ("B said that Xland would")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _country(text: str, name: str) -> str | None:
    people = extract(text, today=date(2031, 5, 1)).people
    return next(p.country for p in people if p.name == name)


_OWNER = """Kenya to host Brazilian foreign minister

Kenyan President Wanjiru Odhiambo will host Brazilian Foreign Minister Joao Pereira in Nairobi on Thursday \
for talks on trade and climate finance.

"We want practical results on fertiliser supplies," Pereira's spokesman, Lucas Moreira, said in a statement.
"""

_SAID_THAT = """Ecuador to host Chile-Peru border talks

Ecuadorian Foreign Minister Gabriela Ortiz will host her Chilean and Peruvian counterparts, Ignacio Rojas \
and Rosa Huaman, in Quito on Friday for talks on their maritime border.

Foreign Ministry spokesman Diego Salas said at a news conference on Monday that Peru would not accept any \
preconditions.
"""

_MINISTRY_BEFORE = """US and Polish defence chiefs to meet in Ramstein

WASHINGTON — Defense Secretary Harold Quinn will meet Polish Defence Minister Tomasz Zielinski at Ramstein \
Air Base next Tuesday, the Pentagon said.

In Warsaw, the Ministry of National Defence said the talks would focus on air defence.

"We expect concrete decisions," ministry spokesperson Marta Kowalczyk told reporters.
"""


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (_OWNER, "Lucas Moreira", "Brazil"),
        (_SAID_THAT, "Diego Salas", "Peru"),
        (_MINISTRY_BEFORE, "Marta Kowalczyk", "Poland"),
    ],
)
def test_spokesperson_country_from_where_words_are_placed(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_place_opening_another_clause_is_not_the_spokespersons() -> None:
    text = """Kenya to host Brazilian foreign minister

Kenyan President Wanjiru Odhiambo will host Brazilian Foreign Minister Joao Pereira on Thursday for talks \
on trade and climate finance.

In Nairobi, Pereira will also meet business leaders, spokesperson Lucas Moreira said on Tuesday.
"""
    # "In Nairobi" is where Pereira meets, not where the spokesperson speaks
    assert _country(text, "Lucas Moreira") == "Kenya"
