"""Whose country an unqualified title takes, round 15: "The X will be represented by A" (an article before
the body's name, "the Xish side", "Xland, as host, will be ...", "Xland as an observer, represented by A");
the text's own spokesperson (a headline, by-line or contact line) is of the side whose principal it
announces, not of the host; "will see / greet President A" at a stop abroad names one met there."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _country(text: str, name: str) -> str | None:
    people = extract(text, today=date(2031, 3, 4)).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0].country


# ---- "X will be represented by A": A is of X --------------------------------------------------------


_OSLO = (
    "Oslo to host regional talks on energy security\n\n"
    "OSLO, March 3 (NTB) - Norway will host ministers from the Nordic and Baltic states in Oslo on "
    "Thursday for talks on energy security, the foreign ministry said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The UN will be represented by Deputy Special Envoy for the Arctic Mirela Dosti.",
            "Mirela Dosti",
            "United Nations",
        ),
        (
            "Croatia, as incoming chair, will be represented by State Secretary Ivana Perkovic.",
            "Ivana Perkovic",
            "Croatia",
        ),
        (
            "The talks will be attended by Moldova as an observer, represented by Deputy Minister "
            "Sorin Rusu.",
            "Sorin Rusu",
            "Moldova",
        ),
        (
            "Latvia will be further represented by Special Envoy Ilze Berzina.",
            "Ilze Berzina",
            "Latvia",
        ),
    ],
)
def test_represented_by_gives_the_subject_country(sentence: str, name: str, country: str) -> None:
    assert _country(f"{_OSLO}{sentence}\n", name) == country


def test_represented_by_a_group_no_state_keeps_the_host() -> None:
    text = f"{_OSLO}The employers will be represented by Director General Hanna Berg.\n"
    assert _country(text, "Hanna Berg") == "Norway"


# ---- the text's own spokesperson speaks for its principal's side, not for the host -------------------


_VOICE_TEXTS = [
    (
        "Statement from Press Secretary Lena Okafor on the Prime Minister's Visit to Ghana\n\n"
        "Prime Minister Tomas Ruud of Norway will travel to Accra, Ghana, on March 12 to meet President Kofi "
        "Mensah. The two leaders will discuss energy and trade.\n",
        "Lena Okafor",
        "Norway",
    ),
    (
        "Weekly Press Briefing (March 4, 2031)\n\nSpokesperson Ilse Varga\n\n"
        "Good afternoon. Deputy Foreign Minister Peter Halasz of Hungary will visit Nairobi, Kenya, "
        "from March 10 to 12 to meet Cabinet Secretary Grace Otieno.\n",
        "Ilse Varga",
        "Hungary",
    ),
    (
        "MEDIA STATEMENT\n\nMinister Baptiste to visit the Republic of Senegal\n\n"
        "The Minister of Foreign Affairs of Haiti, Mr Jean Baptiste, will undertake a working visit to "
        "Dakar, Senegal, on 12 March 2031 to meet his counterpart, Minister Aminata Diallo.\n\n"
        "Enquiries: Mr Paul Etienne, Ministry Spokesperson, 0300 000 111\n",
        "Paul Etienne",
        "Haiti",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), _VOICE_TEXTS)
def test_own_spokesperson_takes_the_principal_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_a_spokesperson_quoted_in_the_body_keeps_the_host() -> None:
    text = (
        "Ghana to host regional talks\n\n"
        "ACCRA, March 3 (Reuters) - Ghana will host foreign ministers from West Africa on Thursday. Prime "
        "Minister Tomas Ruud of Norway will attend as a guest.\n\n"
        '"We welcome all partners," foreign ministry spokesman Kojo Asante said on Tuesday.\n'
    )
    assert _country(text, "Kojo Asante") == "Ghana"


# ---- "X will see President A" at a stop abroad: A is the host's, not the traveller's ----------------


_OTTAWA = (
    "Top Canadian diplomat heads to Asia\n\n"
    "OTTAWA (CP) - Foreign Minister Claire Dubois will travel to Japan and Vietnam next week, her office "
    "said on Monday.\n\n"
)
_WASHINGTON = (
    "Top US diplomat heads abroad\n\n"
    "WASHINGTON (AP) - Secretary of State Dana Holt will travel to South Korea and Kenya next week, the "
    "State Department said on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            f"{_OTTAWA}In Hanoi, Dubois will see Prime Minister Nguyen Van Long on Thursday before flying "
            "back to Ottawa.\n",
            "Nguyen Van Long",
            "Vietnam",
        ),
        (
            f"{_OTTAWA}In Tokyo on Tuesday, Dubois will greet Prime Minister Kenji Mori at his residence.\n",
            "Kenji Mori",
            "Japan",
        ),
        (
            f"{_WASHINGTON}The final stop is Nairobi, where Holt will see President William Kamau before "
            "flying back to Washington on Saturday.\n",
            "William Kamau",
            "Kenya",
        ),
        (
            f"{_WASHINGTON}In Nairobi, Holt will be seeing President William Kamau before flying back to "
            "Washington on Saturday.\n",
            "William Kamau",
            "Kenya",
        ),
    ],
)
def test_seeing_a_leader_abroad_gives_the_host_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_seeing_a_leader_back_home_keeps_the_home_country() -> None:
    text = f"{_WASHINGTON}Back in Washington, Holt will see President Mark Ruiz on Monday to report on it.\n"
    assert _country(text, "Mark Ruiz") == "United States"
