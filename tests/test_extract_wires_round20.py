"""Wire-service rules, round 20 (wires): a summit's town named as "the Xish Alpine resort of Y"; a quote whose
sentence opens "For A, an analyst ..., the meeting is "..."" is A's; a title ending on a compass word and a
world region ("Special Representative for Central Asia, A") keeps the region, not as a name; a scholar's post
with a lower-case field before the name ("senior lecturer in international relations Dr A"); companions named
from a counted group ("accompanied by around a dozen ministers, among them A and B") are of the leader's
side; and "B, spokesperson for the X, told ..." names the sentence's speaker, no member of the list before."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import main_of

_TODAY = date(2026, 3, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text, today=_TODAY).quotes]


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Leaders head for the lake\n\n"
            "Group of Twenty leaders will meet in the Swiss Alpine resort of Bergwald from April 15-17 "
            "with trade on the agenda, officials said.\n",
            "Bergwald",
        ),
        (
            "Ministers to gather by the sea\n\n"
            "Foreign ministers will gather in the Black Sea resort of Marovo on April 20 to discuss "
            "shipping security.\n",
            "Marovo",
        ),
        (
            "Defence chiefs to meet\n\n"
            "Defence ministers of the bloc will convene at the Adriatic resort of Porto Selva on April 9 "
            "and 10, the ministry said.\n",
            "Porto Selva",
        ),
    ],
)
def test_resort_of_town_is_the_place(text: str, town: str) -> None:
    assert main_of(extract(text, today=_TODAY)).place == town


def test_resort_owner_is_no_town() -> None:
    text = (
        "Ministers to meet in Vienna\n\n"
        "Foreign ministers will meet in Vienna on April 20, in the resort of diplomacy the city has "
        "long been.\n"
    )
    assert main_of(extract(text, today=_TODAY)).place == "Vienna"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Talks set for Lisbon\n\n"
            "The two governments will hold talks in Lisbon on April 2.\n\n"
            'For Marta Quintela, an analyst at a Lisbon think tank, the meeting is "a chance to reset '
            'relations after a difficult year."\n',
            "Marta Quintela",
        ),
        (
            "Summit in Accra\n\n"
            "Leaders will meet in Accra on April 8.\n\n"
            'For Professor Kwame Osei, the summit remains "the last chance to save the trade deal."\n',
            "Kwame Osei",
        ),
        (
            "Ministers in Oslo\n\n"
            "Nordic ministers will meet in Oslo on April 12.\n\n"
            'In the view of Henrik Dahl, a researcher at a Bergen university, the talks are "long overdue '
            'and badly needed."\n',
            "Henrik Dahl",
        ),
    ],
)
def test_for_a_the_quote_is_a_view(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_for_years_after_a_is_no_view() -> None:
    text = (
        "Talks set for Lisbon\n\n"
        "The two governments will hold talks in Lisbon on April 2.\n\n"
        'For years after Marta Quintela left office, the talks were described as "a dialogue of the deaf."\n'
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The EU's Special Representative for Central Asia, Petra Novak, told reporters the bloc "
            "would raise sanctions.\n",
            "Petra Novak",
            "Special Representative for Central Asia",
        ),
        (
            "EU Special Representative for South Asia Petra Novak said the talks would go ahead.\n",
            "Petra Novak",
            "Special Representative for South Asia",
        ),
        (
            "The EU's Special Envoy for East Asia, Petra Novak, said the talks would go ahead.\n",
            "Petra Novak",
            "Special Envoy for East Asia",
        ),
    ],
)
def test_compass_region_closes_title(text: str, name: str, role: str) -> None:
    assert _people(text)[name] == (role, "European Union")


def test_region_alone_before_name_stays_out_of_title() -> None:
    text = "EU Special Representative for Asia Petra Novak said the talks would go ahead.\n"
    assert _people(text)["Petra Novak"][0] == "Special Representative for Asia"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Meanwhile, Universiti Teknologi Malaysia senior lecturer in international relations "
            "Dr Faizal Hamid said the talks were a strong signal.\n",
            "Faizal Hamid",
            "senior lecturer in international relations",
        ),
        (
            "National University of Singapore lecturer in politics Dr Tan Wei Ling said the meeting "
            "would help.\n",
            "Tan Wei Ling",
            "lecturer in politics",
        ),
        (
            "Universiti Sains Malaysia senior fellow in maritime security Dr Aziz Karim said the "
            "dispute would dominate.\n",
            "Aziz Karim",
            "senior fellow in maritime security",
        ),
    ],
)
def test_scholar_field_before_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_minister_field_in_lower_case_is_no_scholar() -> None:
    text = "The minister in charge Dr Faizal Hamid said the talks were a strong signal.\n"
    assert _people(text).get("Faizal Hamid", (None, None))[0] != "minister in charge"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Rabat, Dec 1 (EFE).- Spanish Prime Minister Pablo Serrano will travel to the Moroccan capital "
            "accompanied by around a dozen ministers, among them Foreign Minister Lucia Vidal and Interior "
            "Minister Tomas Ferrer.\n",
            "Tomas Ferrer",
        ),
        (
            "Rabat, Dec 1 (EFE).- Spanish Prime Minister Pablo Serrano will travel to the Moroccan capital "
            "accompanied by five ministers, including Foreign Minister Lucia Vidal and Interior Minister "
            "Tomas Ferrer.\n",
            "Lucia Vidal",
        ),
        (
            "Rabat, Dec 1 (EFE).- Spanish Prime Minister Pablo Serrano will travel to the Moroccan capital "
            "accompanied by nearly 10 ministers, among them Interior Minister Tomas Ferrer.\n",
            "Tomas Ferrer",
        ),
    ],
)
def test_counted_companions_are_of_the_leader(text: str, name: str) -> None:
    assert _people(text)[name][1] == "Spain"


def test_host_minister_named_apart_stays_host() -> None:
    text = (
        "Rabat, Dec 1 (EFE).- Spanish Prime Minister Pablo Serrano will travel to the Moroccan capital "
        "accompanied by around a dozen ministers.\n\n"
        "Interior Minister Tomas Ferrer will receive them.\n"
    )
    assert _people(text)["Tomas Ferrer"][1] == "Morocco"


@pytest.mark.parametrize(
    "text",
    [
        "BEIJING, June 12 (Xinhua) -- The meeting will be attended by NATO Secretary-General Ivan Petrov, "
        "Senior Colonel Zhang Wei, spokesperson for the Ministry of National Defense, told a regular press "
        "conference.",
        "BEIJING, June 12 (Xinhua) -- The forum will be opened by NATO Secretary-General Ivan Petrov, "
        "Colonel Zhang Wei, spokesperson for the Ministry of National Defense, said on Thursday.",
        "BEIJING, June 12 (Xinhua) -- The talks will be attended by NATO Secretary-General Ivan Petrov, "
        "Senior Colonel Zhang Wei, spokesperson for the Ministry of National Defense, told reporters.",
    ],
)
def test_apposed_speaker_is_no_list_member(text: str) -> None:
    assert _people(text)["Zhang Wei"][1] == "China"


def test_list_member_with_apposition_keeps_list_country() -> None:
    text = (
        "BEIJING, June 12 (Xinhua) -- The meeting will be attended by NATO Secretary-General Ivan Petrov, "
        "Colonel Zhang Wei, spokesperson for the Ministry of National Defense, and others."
    )
    assert _people(text)["Zhang Wei"][1] == "NATO"
