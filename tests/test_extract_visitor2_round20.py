"""Country rules, round 20 (visitor2): the companion of a first-person release's author ("I will be
accompanied by A") is of the author's country, the author named by a capitals letterhead and named in the
body only after the release speaks as "I"; "They were joined by A" after a delegation: A is of the host's
side, not the group's; every place of a trip list ("take him to Xland and Yland") is visited, no office's
home; a spokesperson titled by a national institution's initials the text defines ("the Ministry of X (MX)
... MX spokesperson A") is of that institution's state; an opposition figure is of the one state their
paragraph, or the quote after it, names."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


_LETTERHEAD = "THE HON {author} MP\nMINISTER FOR DEFENCE\n\nMEDIA RELEASE\n\n"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            _LETTERHEAD.format(author="MARGARET ELLISON")
            + "Today I will travel to Jakarta to meet the Minister of Defence, Budi Santoso.\n\n"
            "I will be accompanied by the Chief of Navy, Vice Admiral Paul Hendry, and "
            "officials of the Australian Defence Force.\n\n"
            "Quotes attributable to the Minister for Defence, Margaret Ellison:\n\n"
            '"Indonesia is a vital partner of Australia."\n',
            "Paul Hendry",
            "Australia",
        ),
        (
            _LETTERHEAD.format(author="GRAHAM TALBOT")
            + "Today I will travel to Singapore to meet the Minister for Defence, Tan Wei Ming.\n\n"
            "I will be accompanied by the Chief of Army, Lieutenant General Simon Ward, and "
            "officials of the Australian Defence Force.\n\n"
            "Quotes attributable to the Minister for Defence, Graham Talbot:\n\n"
            '"Singapore is a close friend of Australia."\n',
            "Simon Ward",
            "Australia",
        ),
        (
            _LETTERHEAD.format(author="HELEN BRIDGES")
            + "Tomorrow I will travel to Tokyo to meet the Minister of Defense, Sato Kenji.\n\n"
            "I will be accompanied by the Secretary of the Department of Defence, Greg "
            "Moriarty, and officials of the Australian Defence Force.\n\n"
            "Quotes attributable to the Minister for Defence, Helen Bridges:\n\n"
            '"Japan is a special strategic partner of Australia."\n',
            "Greg Moriarty",
            "Australia",
        ),
    ],
)
def test_author_named_by_letterhead_has_companions(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_author_companion_negative_named_companion_of_host() -> None:
    # the host's own official is no companion of the author
    text = (
        _LETTERHEAD.format(author="MARGARET ELLISON")
        + "Today I will travel to Jakarta to meet the Minister of Defence, Budi Santoso.\n\n"
        "Quotes attributable to the Minister for Defence, Margaret Ellison:\n\n"
        '"Indonesia is a vital partner of Australia."\n'
    )
    assert _people(text)["Budi Santoso"][1] == "Indonesia"


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Defence Secretary hosts Polish counterpart\n\n"
            "Defence Secretary Alan Price today hosted Poland's Minister of National Defence, Jan Nowak, in "
            "London for talks.\n\n"
            "The Polish delegation includes Poland's Chief of the General Staff, General Piotr Zielinski. "
            "They were joined by the Chief of the Defence Staff, Admiral Sir Henry Blake.\n",
            ["Henry Blake"],
        ),
        (
            "Defence Secretary hosts Norwegian counterpart\n\n"
            "Defence Secretary Alan Price today hosted Norway's Minister of Defence, Ola Hansen, in London "
            "for talks.\n\n"
            "The Norwegian delegation includes Norway's Chief of Defence, General Erik Berg. "
            "They were joined by the Chief of the Air Staff, Air Chief Marshal Sir David Morton.\n",
            ["David Morton"],
        ),
        (
            "Defence Secretary hosts Danish counterpart\n\n"
            "Defence Secretary Alan Price today hosted Denmark's Minister of Defence, Lars Madsen, in London "
            "for talks.\n\n"
            "The Danish delegation includes Denmark's Chief of Defence, General Jens Holm. "
            "They were joined by the Chief of the General Staff, General Sir Roland Walker.\n",
            ["Roland Walker"],
        ),
    ],
)
def test_they_were_joined_by_is_host_side(text: str, names: list[str]) -> None:
    people = _people(text)
    for name in names:
        assert people[name][1] == "United Kingdom"


def test_joined_by_negative_singular_subject_keeps_party() -> None:
    text = (
        "Polish minister visits London\n\n"
        "Poland's Minister of National Defence, Jan Nowak, held talks in London with Defence Secretary "
        "Alan Price.\n\n"
        "Minister Nowak was joined by Poland's Chief of the General Staff, General Piotr Zielinski.\n"
    )
    assert _people(text)["Piotr Zielinski"][1] == "Poland"


_KL = "Kuala Lumpur (AFP) – Donald Trump will fly into Kuala Lumpur this weekend for a summit "
_DEAL = "where he is expected to oversee a deal between Thailand and Cambodia, "


@pytest.mark.parametrize(
    "text",
    [
        "Kuala Lumpur (AFP) – Donald Trump will fly into Kuala Lumpur this weekend for a summit "
        + _DEAL
        + "on the "
        "first leg of an Asia tour that will also take him to Japan and South Korea.\n\n"
        "President Trump will hold talks with Anwar Ibrahim.\n",
        "Kuala Lumpur (AFP) – Donald Trump will fly into Kuala Lumpur this weekend for a summit "
        + _DEAL
        + "on a "
        "tour that will also take him to Singapore and South Korea.\n\n"
        "President Trump will hold talks with Anwar Ibrahim.\n",
        "Kuala Lumpur (AFP) – Donald Trump will fly into Kuala Lumpur this weekend for a summit "
        + _DEAL
        + "before "
        "a tour that will take him to Japan and the Philippines.\n\n"
        "President Trump will hold talks with Anwar Ibrahim.\n",
    ],
)
def test_trip_list_places_are_no_home(text: str) -> None:
    assert _people(text)["Donald Trump"][1] not in ("South Korea", "Philippines", "Vietnam", "Japan")


def test_trip_list_negative_country_beside_holder_stays() -> None:
    text = (
        "Seoul (AFP) – South Korea will host the summit next week.\n\n"
        "President Lee Jae-myung of South Korea will chair the talks.\n"
    )
    assert _people(text)["Lee Jae-myung"][1] == "South Korea"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Minister to attend meeting in Washington\n\n"
            "External Affairs Minister Arun Mehta will travel to the United States next week, "
            "the Ministry of "
            'External Affairs (MEA) announced.\n\n"The talks will be substantive," MEA '
            "spokesperson Ravi Kumar "
            "said.\n",
            "Ravi Kumar",
            "India",
        ),
        (
            "Minister to attend talks in Tokyo\n\n"
            "External Affairs Minister Arun Mehta will travel to Japan next week, the Ministry of External "
            'Affairs (MEA) said.\n\n"We expect progress," MEA spokesperson Neha Rao told reporters.\n',
            "Neha Rao",
            "India",
        ),
        (
            "Minister to visit Canberra\n\n"
            "External Affairs Minister Arun Mehta will travel to Australia on Monday, the "
            "Ministry of External "
            'Affairs (MEA) said.\n\n"The partnership is strong," MEA spokesperson Kiran Das said.\n',
            "Kiran Das",
            "India",
        ),
    ],
)
def test_spokesperson_of_defined_institution(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_spokesperson_negative_undefined_initials() -> None:
    text = (
        "Minister to attend meeting in Washington\n\n"
        "External Affairs Minister Arun Mehta will travel to the United States next week.\n\n"
        '"The talks will be substantive," XYZ spokesperson Ravi Kumar said.\n'
    )
    assert _people(text)["Ravi Kumar"][1] != "India"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Ministers head to Washington\n\n"
            "Foreign Minister Jane Cole and Defence Minister Tom Reid will meet their American "
            "counterparts in "
            "Annapolis on Tuesday for annual talks.\n\n"
            "Opposition Leader Mark Dunn said the government needed to be clearer with Australians about "
            "the cost.\n",
            "Mark Dunn",
            "Australia",
        ),
        (
            "Ministers head to Washington\n\n"
            "Foreign Minister Jane Cole and Defence Minister Tom Reid will meet their American "
            "counterparts in "
            "Annapolis on Tuesday for annual talks.\n\n"
            "Opposition defence spokesman Luke Grant said the Coalition supported the talks.\n\n"
            '"You cannot outsource Australia\'s security," Mr Grant said.\n',
            "Luke Grant",
            "Australia",
        ),
        (
            "Ministers head to Washington\n\n"
            "Foreign Minister Jane Cole and Defence Minister Tom Reid will meet their American "
            "counterparts in "
            "Annapolis on Tuesday for annual talks.\n\n"
            "Opposition foreign affairs spokeswoman Amy Lowe said Australians deserved a straight answer.\n",
            "Amy Lowe",
            "Australia",
        ),
    ],
)
def test_opposition_of_the_state_its_words_name(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_opposition_negative_two_states_named_keeps_host() -> None:
    text = (
        "MANILA, Philippines (AP) — The U.S. commander will fly to Manila next week for security talks.\n\n"
        "Sen. Ana Reyes, an opposition senator, said the government should say what U.S. "
        "forces are doing.\n\n"
        '"Filipinos deserve to know," she said.\n'
    )
    assert _people(text)["Ana Reyes"][1] == "Philippines"
