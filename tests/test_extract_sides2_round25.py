"""Round 25 (sides2): people's countries when a text involves several states, from the genre's sides — a
statement's own government named by a letterhead in capitals (not a summit host's "Government of X" in a
news sentence), a host's minister who hosts the issuer's delegation abroad, a minister who accompanies a
visiting leader, a spokesperson described by the state whose body they speak for, the other side of a
summit "between" two leaders, a visitor "to Xcity by" a leader, two sides' lists "From Xland, ...", and
"They will be represented by A" after a state's government is named; a headline's "Xish leader to press B"
names no title "leader to press" for B."""

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


_STATEMENT = (
    "Statement by Press Secretary Colin Marsh on the President's Trip to Vienna, Austria\n\n"
    "THE WHITE HOUSE\nMarch 2, 2031\n\n"
    "On Monday, March 16, President Helena Drury will travel to Vienna, Austria, where she will meet "
    "President Aziz Karimov of Uzbekistan for a leaders' meeting on March 17. The meeting is being "
    "hosted by the Government of Austria at the Hofburg.\n\n"
    '"The President looks forward to frank talks," said Deputy National Security Adviser Owen Pratt.\n'
)


_SPOKES = (
    "LONDON, March 3, 2031 (Reuters) - Sudan and South Sudan will resume border talks in Addis Ababa next "
    "week under African Union mediation, diplomats said on Tuesday.\n\n"
    '"We expect the talks to settle the Abyei question," said Omar Bashir Ali, a spokesman for the '
    "Sudanese embassy in London.\n\n"
    "The UN secretary-general's spokesperson, Lena Hofer, welcomed the talks. The president's spokesman, "
    "David Okello, said the mediators were ready.\n"
)


# "From Xland, A, T1, and B, T2, and from Yland, C, T3, ...": each side's list
_TWO_SIDES = (
    "Press Release\n\n"
    '1. On 12 March, the Fourth Chile-Peru Foreign and Defence Ministers\' Meeting ("2+2") will be held in '
    "Lima. From Chile, Ms. Ana Rojas, Minister of Foreign Affairs, and Mr. Luis Vera, Minister of National "
    "Defence, and from Peru, Mr. Jorge Salas, Minister of Foreign Affairs, and Ms. Rosa Quispe, Minister of "
    "Defence, will take part.\n\n"
    "2. Prior to the meeting, Minister Vera and Minister Quispe will hold a Chile-Peru Defence Ministers' "
    "Meeting.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a letterhead in capitals names the statement's government; the summit's host is no issuer
        (_STATEMENT, "Colin Marsh", "United States"),
        (_STATEMENT, "Owen Pratt", "United States"),
        (
            # no letterhead: "hosted by the Government of X" in a news sentence still names no issuer
            "Statement from Press Secretary Marta Ozola on the Prime Minister's Visit to Lisbon\n\n"
            "Latvian Prime Minister Ivo Kalnins will travel to Lisbon on 12 March for the Baltic-Iberian "
            "Dialogue. The dialogue is co-hosted by the Government of Portugal.\n\n"
            "The Prime Minister will return to Riga on 14 March.\n",
            "Marta Ozola",
            "Latvia",
        ),
        (
            # an embassy's letterhead in capitals: the host's minister hosting the issuer's delegation
            "EMBASSY OF ROMANIA\nSEOUL, KOREA\n\nPRESS NOTE\n\n"
            "The Embassy of Romania in Seoul announces that Foreign Minister Dan Popescu will visit Seoul on "
            "12 March for the Romania-Korea Strategic Dialogue with Foreign Minister Cho Min-jae.\n\n"
            "Vice Foreign Minister Ahn Sung-ho will host a dinner for the Romanian delegation.\n",
            "Ahn Sung-ho",
            "South Korea",
        ),
        (
            # a minister in a relative clause accompanying the visiting leader: the leader's party
            "WARSAW, March 3, 2031 (Reuters) - Chilean President Ana Ortiz will visit Poland from March 10 "
            "to 12 for talks with President Tomasz Wrona on lithium supply and defence procurement, the "
            "Polish presidency said on Tuesday.\n"
            "\n"
            "Ortiz will lay a wreath at the Tomb of the Unknown Soldier on March 10 before talks at the "
            "Belweder.\n"
            "\n"
            "Trade Minister Pablo Reyes, who is to accompany the president, plans to sign a memorandum on "
            "critical minerals with Development Minister Jan Nowak.\n",
            "Pablo Reyes",
            "Chile",
        ),
        (
            "VIENNA, March 3, 2031 (AP) - German Chancellor Lukas Brandt will travel to Austria next week "
            "for talks with Austrian Chancellor Eva Gruber on migration and energy, officials said.\n"
            "\n"
            "Economy Minister Paul Kessler, who accompanies the chancellor, will also meet business "
            "leaders in Linz.\n",
            "Paul Kessler",
            "Germany",
        ),
        (
            # the state whose ministry a spokesperson speaks for, under a third state's dateline
            "NAIROBI, Kenya (AP) - Eritrea and Sudan will open talks in Cairo next week under Egyptian "
            "mediation, officials said.\n\n"
            "The talks will begin on Monday, the Eritrean foreign ministry's spokesperson, Selam Tekle, said "
            "on Friday.\n",
            "Selam Tekle",
            "Eritrea",
        ),
        (_SPOKES, "Omar Bashir Ali", "Sudan"),
        (_SPOKES, "Lena Hofer", "United Nations"),
        (
            # "the summit between A and B" under a national agency's dateline: B is of the other party
            "HANOI, March 3 (VNA) -- Vietnam and Australia will hold their annual defence dialogue in "
            "Canberra next week.\n\n"
            "Deputy Defence Minister Tran Van Minh will lead the Vietnamese delegation to Canberra on March "
            "11.\n\n"
            "The dialogue builds on the summit between President Luong Van Hai and Prime Minister Grace "
            "Whitlam in Hanoi last year.\n",
            "Grace Whitlam",
            "Australia",
        ),
        (
            "BERLIN, March 3 (dpa) - Germany and Poland will hold government consultations in Warsaw next "
            "week, a government spokesman said on Tuesday.\n\n"
            "The consultations follow last week's phone call between Chancellor Jonas Weber and Prime "
            "Minister Tomasz Kral.\n",
            "Tomasz Kral",
            "Poland",
        ),
        (
            # "a visit to Xcity by President B": B is a visitor there, of the pair's other side
            "MANILA, March 3 (PNA) -- Foreign Secretary Ramon Dizon will travel to Jakarta next week for the "
            "Philippines-Indonesia Joint Commission, the Department of Foreign Affairs said Tuesday.\n\n"
            "Analysts said the talks would also prepare a possible visit to Manila by President Budi Santoso "
            "later this year.\n",
            "Budi Santoso",
            "Indonesia",
        ),
        (_TWO_SIDES, "Luis Vera", "Chile"),
        (_TWO_SIDES, "Rosa Quispe", "Peru"),
        (
            # "It will be represented by A" after "the Xish unity government will attend": A is Xland's
            "Statement by the Spokesperson of the Ministry of Foreign Affairs\n\nRome, 3 March 2031\n\n"
            "Italy will host an international conference on Libya's reconstruction in Rome on 12 March. The "
            "Libyan unity government will attend for the first time. It will be represented by the Minister "
            "of Planning, Khaled Ben Ali.\n",
            "Khaled Ben Ali",
            "Libya",
        ),
    ],
)
def test_sides2_countries(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # the issuer's own minister hosting at home stays the issuer's
            "MINISTRY OF FOREIGN AFFAIRS OF LATVIA\n\nPRESS RELEASE\n\n"
            "RIGA, 3 March 2031 – Foreign Minister Anna Berzina will host Estonian Foreign Minister Kaur "
            "Tamm for the Latvia-Estonia consultations in Riga on 12 March.\n",
            "Anna Berzina",
            "Latvia",
        ),
        (
            # the issuer's minister who accompanies a state guest on a tour at home stays the issuer's
            "Ministry of Foreign Affairs of the Republic of Latvia\n"
            "\n"
            "RIGA, 3 March 2031 - President of Estonia Kaja Lepp will pay a state visit to Latvia on 12 "
            "and 13 March at the invitation of President Edgars Ozols.\n"
            "\n"
            "Minister of Culture Ilze Kalna, who will accompany the President of Estonia during her visit "
            "to Cesis, will present the restored castle.\n",
            "Ilze Kalna",
            "Latvia",
        ),
        # no state word before "the president's spokesman": the dateline's, as before
        (_SPOKES, "David Okello", "United Kingdom"),
        (
            # the other of the pair holding no office of the state left: the dateline's, as before
            "SEOUL, March 3 (Yonhap) -- South Korea and Japan will hold vice foreign ministerial talks in "
            "Tokyo next week, the foreign ministry said Tuesday.\n\n"
            "The talks follow up on last month's telephone conversation between Prime Minister Mori Daisuke "
            "and President Baek Seung-jin, officials said.\n",
            "Baek Seung-jin",
            "South Korea",
        ),
        (
            # one "From Xland," opening a leg of a trip: no side's list, the traveller no Xlander
            "SINGAPORE, March 3 (AFP) - French Armed Forces Minister Claire Dumont is touring Southeast Asia "
            "this week.\n\n"
            "From Indonesia, Deputy Minister Hugo Marchal will fly to Singapore on Wednesday for talks with "
            "Defence Minister Lim Wei Ming.\n",
            "Hugo Marchal",
            "France",
        ),
    ],
)
def test_sides2_unchanged(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_headline_infinitive_ends_the_title() -> None:
    """ "Xish leader to press B on ...": "to press" is the headline's verb, B the object, of no title nor
    state of the subject's."""
    text = (
        "Chilean leader to press Ortega on lithium at Lima talks\n\n"
        "LIMA, March 3 (AP) - Chilean President Ana Ruiz will meet President Luis Ortega in Lima next week "
        "for talks on critical minerals, officials said.\n"
    )
    person = _person(text, "Luis Ortega")
    assert (person.role, person.country) == ("President", "Peru")


def test_title_to_its_principal_stays() -> None:
    assert _person(
        "Special Adviser to the President Mara Quinn will visit Lima on 3 March.\n", "Mara Quinn"
    ).role == ("Special Adviser to the President")
