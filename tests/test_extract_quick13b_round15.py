"""People and quote rules, round 15 (quick13b): a headline's title set off by a comma before a name is that
name's, no nameless title a bare "Minister A" takes; "He will be accompanied by C" after a sentence opened by
an office's initials ("EAM is ...") is a companion of that office's holder; "Before his departure, Minister
A issued the following statement:" names A; "the minister said" after "Minister A will meet the Xish
minister, B" is the subject A."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing, Person

TODAY = date(2031, 6, 2)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _person(b: Briefing, name: str) -> Person:
    return next(p for p in b.people if p.name == name)


def _speakers(b: Briefing) -> list[str | None]:
    return [q.speaker for q in b.quotes]


# ---- a headline's title with its name after a comma ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Visit to Chile of the Minister of Foreign Affairs of the Republic of Kazakhstan, Nurlan "
            "Temirbek - Santiago, 4 and 5 May\n\nThe Minister of Foreign Affairs of the Republic of "
            "Kazakhstan, Nurlan Temirbek, will pay an official visit to Chile on 4 and 5 May. He will be "
            "received by Minister Rodrigo Alvear Salinas, with whom he will sign a visa agreement.",
            "Rodrigo Alvear Salinas",
            "Chile",
        ),
        (
            "Visit to Peru of the Minister of Foreign Affairs of the Kingdom of Morocco, Youssef Benali - "
            "Lima, 12 May\n\nThe Minister of Foreign Affairs of the Kingdom of Morocco, Youssef Benali, will "
            "pay an official visit to Peru on 12 May. He will be received by Minister Carla Huamán "
            "Ríos, with whom he will co-chair the Joint Commission.",
            "Carla Huamán Ríos",
            "Peru",
        ),
        (
            "Official visit to Uruguay of the Minister of Foreign Affairs of the Republic of Ghana, Kofi "
            "Mensah Boateng - Montevideo, 20 May\n\nThe Minister of Foreign Affairs of the Republic of "
            "Ghana, Kofi Mensah Boateng, will pay an official visit to Uruguay on 20 May. On 20 May, he "
            "will be welcomed by Minister Sofía Larrañaga, with whom he will sign an agreement.",
            "Sofía Larrañaga",
            "Uruguay",
        ),
    ],
)
def test_headline_title_before_a_comma_name_is_that_name_s(text: str, name: str, country: str) -> None:
    p = _person(_b(text), name)
    assert (p.role, p.country) == ("Minister", country)


def test_nameless_title_in_the_sentence_before_still_fills_a_short_title() -> None:
    b = _b(
        "Talks in Canberra\n\nThe Deputy Secretary of State for Management will travel to Canberra on "
        "3 May. Deputy Secretary Alma Fenwick will meet officials there."
    )
    assert _person(b, "Alma Fenwick").role == "Deputy Secretary of State for Management"


# ---- a companion of the office whose initials open the sentence before ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Visit of External Affairs Minister to Ghana\n\nExternal Affairs Minister Dr. Arvind Menon will "
            "visit Ghana on 4 May at the invitation of the Minister for Foreign Affairs of Ghana, Mr. Kwame "
            "Asante.\n\n2. EAM will also call on the President of Ghana. He will be accompanied by Secretary "
            "(West) Shri Rohan Batra.",
            "Rohan Batra",
        ),
        (
            "Visit of Raksha Mantri to Tanzania\n\nRaksha Mantri Shri Vikram Sethi will visit Tanzania on "
            "9 May at the invitation of the Minister for Defence of Tanzania, Ms. Neema Mollel.\n\n"
            "3. RM is also expected to meet business leaders. He will be accompanied by Defence Secretary "
            "Shri Anil Kapoor.",
            "Anil Kapoor",
        ),
        (
            "Visit of External Affairs Minister to Zambia\n\nExternal Affairs Minister Dr. Meera Pillai will "
            "visit Zambia on 14 May at the invitation of the Minister of Foreign Affairs of Zambia, Mr. "
            "Chanda Banda.\n\n4. EAM will also address a business forum. She will be accompanied by "
            "Secretary (Economic Relations) Shri Kunal Desai.",
            "Kunal Desai",
        ),
    ],
)
def test_companion_after_an_initials_subject_is_of_its_holder_s_country(text: str, name: str) -> None:
    assert _person(_b(text), name).country == "India"


def test_companion_after_a_named_subject_is_unchanged() -> None:
    b = _b(
        "Visit to Ghana\n\nExternal Affairs Minister Dr. Arvind Menon will visit Ghana on 4 May at the "
        "invitation of the Minister for Foreign Affairs of Ghana, Mr. Kwame Asante.\n\nMr. Asante will "
        "host a lunch. He will be accompanied by Deputy Minister Ama Owusu."
    )
    assert _person(b, "Ama Owusu").country == "Ghana"


# ---- a statement's issuer after a time clause -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Before her departure, Foreign Minister Ilse Vandamme issued the following statement:",
            "Ilse Vandamme",
        ),
        (
            "Ahead of the talks, Minister for Europe Tomas Berglund issued the following statement:",
            "Tomas Berglund",
        ),
        ("On arrival in Riga, Foreign Minister Piet Ostra released the following statement:", "Piet Ostra"),
    ],
)
def test_statement_issuer_after_a_time_clause(lead: str, name: str) -> None:
    b = _b(
        "Foreign Minister travels to the Baltic states\n\nThe minister travels to Riga and Tallinn today.\n\n"
        f'{lead}\n\n"Our neighbours in the north are close partners. We stand together."\n\n'
        "The minister will be accompanied by members of parliament."
    )
    assert _speakers(b) == [name]


def test_statement_issued_by_a_ministry_after_a_time_clause_has_no_speaker() -> None:
    b = _b(
        "Foreign Minister travels to the Baltic states\n\nForeign Minister Ilse Vandamme travels to Riga "
        "today.\n\nBefore the visit, the Ministry, on behalf of Foreign Minister Ilse Vandamme, issued the "
        'following statement:\n\n"Our neighbours in the north are close partners."\n\nEnd.'
    )
    assert _speakers(b) == [None]


# ---- "the minister said": the subject, not a minister named as an object after it ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks in Lisbon\n\nThe Minister of Foreign Affairs, Inês Cardoso, will host the Atlantic forum "
            "on 3 May. The Minister of Foreign Affairs of Angola, Manuel Teta, will attend.\n\n"
            "On the margins, Minister Cardoso will hold a bilateral meeting with the Angolan minister, "
            'Teta.\n\n"The Atlantic unites us," the minister said on Friday.',
            "Inês Cardoso",
        ),
        (
            "Talks in Rome\n\nThe Minister of Foreign Affairs, Paolo Ricci, will host ministers on 3 May. "
            "The Minister of Foreign Affairs of Tunisia, Karim Jaziri, will attend.\n\n"
            "Minister Ricci will also meet with the Tunisian minister, Jaziri.\n\n"
            '"The Mediterranean is our common home," the minister said.',
            "Paolo Ricci",
        ),
        (
            "Talks in Athens\n\nThe Minister of Foreign Affairs, Eleni Markou, will host the forum on 3 May. "
            "The Minister of Foreign Affairs of Cyprus, Andreas Petrou, will attend.\n\n"
            "On Tuesday, Minister Markou will hold talks with the Cypriot minister, Petrou.\n\n"
            '"We share one sea," the minister said.',
            "Eleni Markou",
        ),
    ],
)
def test_the_minister_said_means_the_subject_before(text: str, name: str) -> None:
    assert _speakers(_b(text)) == [name]


def test_the_minister_said_after_a_minister_named_as_subject_last() -> None:
    b = _b(
        "Talks in Lisbon\n\nThe Minister of Foreign Affairs, Inês Cardoso, will host the Atlantic forum "
        "on 3 May. The Minister of Foreign Affairs of Angola, Manuel Teta, will attend.\n\n"
        'Minister Teta will arrive on Sunday.\n\n"The Atlantic unites us," the minister said.'
    )
    assert _speakers(b) == ["Manuel Teta"]
