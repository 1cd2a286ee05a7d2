"""European releases, round 20 (europe): a family name of several words with a particle named first
alone ("Van Dijk", "Lopez de Soto" in a headline) is the person the later full name names, so quotes
and side meetings under the short form are that person's; an Irish parliamentarian's "TD" after a name is
an honour, no part of it; "Tánaiste" (Ireland's deputy head of government) is a title; a town the
gazetteer lacks is the meeting's place after "the meeting of the X ministers in Smalltown on DATE" or
after a castle or abbey ("at the X Castle in Smalltown (Y)"), over a release's date line, and its name may
hold a lower-case link ("Smalltown am See", "Smalltown u Bigtown")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    "text, full, short",
    [
        (
            "Minister Van der Linden to attend Council in Brussels\n\n"
            "Minister of Finance Joost van der Linden will attend the Eurogroup in Brussels on 16 June.\n\n"
            "'We need a stable budget framework,' Van der Linden said before the meeting.\n",
            "Joost van der Linden",
            "Van der Linden",
        ),
        (
            "García de la Vega to visit Lisbon\n\n"
            "The Minister of Defence, Elena García de la Vega, will travel to Lisbon on Tuesday 10 June.\n\n"
            'García de la Vega said that "our two navies must work as one".\n',
            "Elena García de la Vega",
            "García de la Vega",
        ),
        (
            "State Secretary De Groot in Vienna\n\n"
            "State Secretary Maarten de Groot will attend the OSCE meeting in Vienna on 12 June.\n\n"
            "\u2018Dialogue remains essential,\u2019 De Groot said.\n",
            "Maarten de Groot",
            "De Groot",
        ),
    ],
)
def test_particle_family_name_first_is_the_full_name(text: str, full: str, short: str) -> None:
    b = extract(text, today=_TODAY)
    names = [p.name for p in b.people]
    assert full in names
    assert short not in names
    assert b.quotes and b.quotes[0].speaker == full


def test_patronymic_tail_stays_a_separate_person() -> None:
    text = (
        "King to receive visitors\n\n"
        "King Faisal bin Ahmed Al Rashid will receive the delegation in the capital on 5 June.\n\n"
        "Crown Prince Khalid bin Faisal bin Ahmed Al Rashid will also attend.\n"
    )
    names = [p.name for p in extract(text, today=_TODAY).people]
    assert "Faisal bin Ahmed Al Rashid" in names
    assert "Khalid bin Faisal bin Ahmed Al Rashid" in names


def test_plain_two_word_name_is_no_family_name() -> None:
    text = "Anna Berg to visit Oslo\n\nMinister of Trade Karin Anna Berg will visit Oslo on 5 June.\n"
    # "Anna Berg" holds no particle: it is not read as the family name of "Karin Anna Berg"
    names = [p.name for p in extract(text, today=_TODAY).people]
    assert "Karin Anna Berg" in names


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The Minister for Health, Róisín Kelly TD, will travel to Brussels on Tuesday.\n",
            "Róisín Kelly",
            "Minister for Health",
        ),
        (
            "He will be joined by the Minister for Justice, Liam Healy TD, and senior officials on 4 June.\n",
            "Liam Healy",
            "Minister for Justice",
        ),
        (
            "The Taoiseach will be accompanied by the Minister for Finance, Pádraig Walsh TD, on 4 June.\n",
            "Pádraig Walsh",
            "Minister for Finance",
        ),
    ],
)
def test_td_after_a_name_is_an_honour(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Tánaiste Eoin Gallagher will meet the French Foreign Minister in Paris on Monday.\n",
            "Eoin Gallagher",
            "Tánaiste",
        ),
        (
            "The Tánaiste and Minister for Defence, Brendan Lynch TD, will attend the meeting on 12 June.\n",
            "Brendan Lynch",
            "Tánaiste and Minister for Defence",
        ),
        ("The Tanaiste, Sile Murphy, will travel to Rome on 3 June.\n", "Sile Murphy", "Tanaiste"),
    ],
)
def test_tanaiste_is_a_title(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


def test_bare_tanaiste_speaker_is_the_holder() -> None:
    text = (
        "The Tánaiste, Síle Murphy, will travel to Rome on 3 June.\n\n"
        "Speaking before the visit, the Tánaiste said:\n\n"
        "\u201cItaly is a close partner.\u201d\n"
    )
    quotes = extract(text, today=_TODAY).quotes
    assert quotes and quotes[0].speaker == "Síle Murphy"


def test_capitals_td_in_a_body_name_makes_no_person() -> None:
    text = "Markets rose after the central bank cut rates, a TD Securities note said on Monday.\n"
    assert extract(text, today=_TODAY).people == []


def _place(text: str) -> str | None:
    b = extract(text, today=_TODAY)
    return b.main_event.place if b.main_event else None


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Oslo, 2 June 2025\n\nForeign Minister Ingrid Dahl will host the annual meeting of the "
            "Nordic trade ministers in Fjellby on 12 June.\n",
            "Fjellby",
        ),
        (
            "Defence Minister Tomas Lind will attend the conference of defence ministers of the Baltic "
            "Sea states in Sandvik on 14 June.\n",
            "Sandvik",
        ),
        (
            "Prague, 2 June 2025\n\nMinister of Foreign Affairs Petr Novak will host his counterparts on "
            "Monday, 9 June, at the Hradek Castle in Novy Dvur u Lesa (Neuhof).\n",
            "Novy Dvur u Lesa",
        ),
        (
            "Berlin, 2 June 2025\n\nThe state secretaries will meet on 10 June at the Lindenhof Hotel in "
            "Weiler am See, the ministry said.\n",
            "Weiler am See",
        ),
    ],
)
def test_small_town_of_the_meeting(text: str, place: str) -> None:
    assert _place(text) == place


def test_meeting_of_ministers_with_no_town_keeps_the_date_line() -> None:
    text = (
        "Madrid, 2 June 2025\n\nMinister Elena Ruiz will attend the meeting of the EU ministers in charge of "
        "cohesion policy next week.\n"
    )
    assert _place(text) == "Madrid"
