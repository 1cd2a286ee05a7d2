"""Round 24b (cpconv): a person named only as a titled person's counterpart holds that person's office
("Foreign Minister A will visit X for talks with his Xish counterpart B"; "B, A's Xish counterpart"; "A will
host his Xish and Yish counterparts, B and C"), the portfolio one of joined offices; a rank written with the
name, a host with no office and mixed hosts ("their counterparts" of two offices) give none."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _person(text: str, name: str) -> Person:
    """The extracted person of that name in a short report written on _REF."""
    people = extract(text, source="t", published=_REF, today=_REF).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # apposition with a comma, the sentence's subject as the owner
            "LIMA, March 2 (Reuters) - Foreign Minister Halvard Strand will travel to Lima on Monday for "
            "talks with his Peruvian counterpart, Lucía Quispe Mamani, officials said.\n",
            "Lucía Quispe Mamani",
            "Foreign Minister",
        ),
        (  # without a comma; the subject, not the leader it accompanies
            "Foreign Minister Aiko Morimura will accompany Prime Minister Kenta Sado to New Delhi and hold "
            "talks with her Indian counterpart Ravindra Menoth on Thursday, officials said.\n",
            "Ravindra Menoth",
            "Foreign Minister",
        ),
        (  # "He" opening the sentence: the earlier sentence's subject
            "Defence Secretary Dana Whitlow arrives in Accra on Monday for a two-day visit. She will also "
            "meet her Ghanaian counterpart Kojo Mensimah on Tuesday to discuss maritime security.\n",
            "Kojo Mensimah",
            "Defence Secretary",
        ),
        (  # "B, A's Xish counterpart"
            "OSLO, May 4 (AP) - Defence Minister Tomas Varga will meet Anne Brandvold, Varga's Norwegian "
            "counterpart, in Oslo on Friday for talks on Arctic patrols, the ministry said.\n",
            "Anne Brandvold",
            "Defence Minister",
        ),
        (  # "B, his Xish counterpart"
            "Interior Minister Petra Lindahl will meet Joost Verhagen, her Dutch counterpart, in The Hague "
            "on Tuesday, her office said.\n",
            "Joost Verhagen",
            "Interior Minister",
        ),
        (  # a list after "counterparts from Xland and Yland", one host
            "Trade Minister Hugo Lindqvist will hold a trilateral with his counterparts from Estonia and "
            "Latvia, Mart Kasemaa and Ilze Berzina, in Stockholm on Friday.\n",
            "Ilze Berzina",
            "Trade Minister",
        ),
        (  # joined offices: the portfolio one, not the deputy leader's
            "Deputy Prime Minister and Minister of Foreign Affairs Tran Van Binh will hold talks with his "
            "Thai counterpart Somchai Rattanakul in Hanoi on Wednesday, the ministry said.\n",
            "Somchai Rattanakul",
            "Minister of Foreign Affairs",
        ),
    ],
)
def test_counterpart_takes_owner_office(text: str, name: str, role: str) -> None:
    """An untitled counterpart holds the office of the person whose counterpart it is."""
    assert _person(text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a rank written with the name
            "SEOUL, Nov. 2 (Yonhap) -- Adm. Park Dong-ho, chairman of the Joint Chiefs of Staff, and his "
            "U.S. counterpart, Gen. Warren Holbeck, will hold the Military Committee Meeting on Tuesday.\n",
            "Warren Holbeck",
            None,
        ),
        (  # the owner has no office in the text
            "BRATISLAVA, June 3 (AP) - Jana Novakova will meet her Slovak counterpart Petra Hrubova in "
            "Bratislava on Monday, organisers said.\n",
            "Petra Hrubova",
            None,
        ),
        (  # a title of its own wins
            "Foreign Minister Halvard Strand will meet his Peruvian counterpart, Trade Minister Lucía "
            "Quispe Mamani, in Lima on Monday.\n",
            "Lucía Quispe Mamani",
            "Trade Minister",
        ),
        (  # hosts of two offices: "their Xish counterparts" keeps the existing pairing in order
            "Foreign Minister Ana Ribeiro and Defence Minister Paulo Macedo will host their Chilean "
            "counterparts, Mateo Larrain and Sofia Olivares, in Lisbon on Monday.\n",
            "Sofia Olivares",
            "Defence Minister",
        ),
        (  # a rank written with the name before "his Xish counterpart"
            "Chief of Defence Staff Admiral Rolf Engen will meet Gen. Anne Brandvold, his Norwegian "
            "counterpart, in Oslo on Friday.\n",
            "Anne Brandvold",
            None,
        ),
        (  # a counterpart named in another clause, not after the word
            "Foreign Minister Halvard Strand met his Peruvian counterpart on Monday and later spoke with "
            "Lucía Quispe Mamani at a dinner in Lima.\n",
            "Lucía Quispe Mamani",
            None,
        ),
    ],
)
def test_counterpart_near_misses(text: str, name: str, role: str | None) -> None:
    """A rank, an owner with no office, a title of its own or mixed hosts keep the counterpart's role."""
    assert _person(text, name).role == role
