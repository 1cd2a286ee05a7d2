"""Side-meeting rules, round 17 (sides): a gathering the main meeting "will be preceded by" is a side meeting
even when none of its people is named — bilateral when the main meeting has two sides, else multilateral —
and "preceded on Monday by" reads like "preceded by"; a body named by the states it joins ("the A-B Joint
Commission") is their bilateral; a meeting "not planned", "under consideration" or a "Whether ..." is none;
a meeting with a group ("members of the Xish community", "soldiers of", "industry leaders") is "other", and
so is "receive A at PLACE for a courtesy call (a dinner)"; "a preparatory session, led by A" is A's
meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of


def _unnamed(text: str) -> list[str]:
    """The kinds of the side meetings with no named participant."""
    b = extract(text, today=date(2031, 5, 3))
    return [
        e.kind for e in b.events if e.kind not in ("main", "other") and not e.participants and not e.others
    ]


# --- "will be preceded by a meeting of senior officials": a gathering of its own, nobody named -------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Andean ministers to meet in Cuzco on water security\n\nLIMA, May 2 -- Environment ministers of "
            "the five Andean states will meet in Cuzco on May 14 to adopt a regional plan on glacier "
            "retreat, the ministry said on Friday.\n\nPeruvian Minister of Environment Rosa Quispe Huamán "
            "will chair the meeting, which will be preceded on Tuesday by a session of technical experts "
            "to finalise the plan.",
            "multilateral",
        ),
        (
            "Baltic Sea states convene in Gdynia\n\nWARSAW, May 2 -- Transport ministers of the Council of "
            "the Baltic Sea States will convene in Gdynia on May 20 to discuss port security, Polish "
            "Minister of Infrastructure Tomasz Wilkoszewski said.\n\nIt will be preceded by a meeting of "
            "national coordinators on May 19.",
            "multilateral",
        ),
        (
            "Ghana and Vietnam to hold Joint Commission in Accra\n\nACCRA, May 2 -- Ghana and Vietnam will "
            "hold the fourth session of their Joint Commission for Cooperation in Accra on 22 May, "
            "co-chaired by Foreign Minister Kwesi Appiah-Boateng and Vietnamese Foreign Minister Dang "
            "Quang Vinh.\n\nThe Ministerial Session will be preceded by the Senior Officials' Meeting on "
            "20 and 21 May 2031.",
            "bilateral",
        ),
        (
            "Sahel security ministers to meet in Niamey\n\nNIAMEY, May 2 -- Security ministers of the "
            "Liptako-Gourma states will meet in Niamey on Thursday to review joint border patrols.\n\n"
            "Interior Minister Moussa Abdou Garba will chair the ministerial meeting, which will be preceded "
            "on Tuesday by a meeting of police chiefs and senior officials.",
            "multilateral",
        ),
    ],
)
def test_preceding_gathering_with_no_one_named(text: str, kind: str) -> None:
    assert kind in _unnamed(text)


def test_a_past_gathering_before_is_no_side_meeting() -> None:
    text = (
        "Andean ministers to meet in Cuzco on water security\n\nLIMA, May 2 -- Environment ministers of the "
        "five Andean states will meet in Cuzco on May 14 to adopt a regional plan on glacier retreat, the "
        "ministry said on Friday.\n\nPeruvian Minister of Environment Rosa Quispe Huamán will chair the "
        "meeting. The last such meeting, in March 2029, was preceded by a session of technical experts."
    )
    assert _unnamed(text) == []


# --- a body named by the states it joins, co-chaired by one of each: their bilateral (trilateral) ----------


def _sides(text: str) -> list[tuple[str, list[str]]]:
    return sides_of(extract(text, today=date(2031, 5, 3)))


@pytest.mark.parametrize(
    ("text", "kind", "people"),
    [
        (
            "Nigerian president begins four-nation tour of West Africa\n\nABUJA, May 2 -- President Chidi "
            "Okonkwo will leave Abuja on Sunday for a tour of Ghana, Togo, Benin and Senegal, the "
            "presidency said.\n\nIn Accra, Okonkwo will hold talks with Ghanaian President Kwame Asante."
            "\n\nThe final leg of the tour will take the Nigerian president to Dakar, where he will co-chair "
            "the fifth session of the Nigeria-Senegal High-Level Cooperation Council with Prime Minister "
            "Ousmane Ndiaye on May 9.",
            "bilateral",
            ["Chidi Okonkwo", "Ousmane Ndiaye"],
        ),
        (
            "Chilean minister heads to Asia and Oceania\n\nSANTIAGO, May 2 -- Foreign Minister Valentina "
            "Reyes will travel to Vietnam, Malaysia and Australia next week, the ministry said.\n\nIn Kuala "
            "Lumpur, she will meet Malaysian Foreign Minister Amir Hassan.\n\nIn Hanoi, Reyes will co-chair "
            "the 4th meeting of the Chile-Viet Nam Intergovernmental Committee with Vietnamese Foreign "
            "Minister Le Van Tam on May 14.",
            "bilateral",
            ["Le Van Tam", "Valentina Reyes"],
        ),
        (
            "Mexico's foreign minister to attend G20 meeting in Rome\n\nMEXICO CITY, May 2 -- Foreign "
            "Minister Andrea Salinas will attend the G20 Foreign Ministers' Meeting in Rome on May 20 and "
            "21.\n\nOn the margins of the meeting, Salinas will co-chair a ministerial meeting of the "
            "Mexico-Indonesia-South Korea Consultative Forum with Indonesian Foreign Minister Budi Santoso "
            "and South Korean Foreign Minister Han Ji-sook.",
            "trilateral",
            ["Andrea Salinas", "Budi Santoso", "Han Ji-sook"],
        ),
    ],
)
def test_body_named_by_its_states(text: str, kind: str, people: list[str]) -> None:
    assert (kind, people) in _sides(text)


def test_bloc_and_state_body_stays_many_sided() -> None:
    text = (
        "NATO foreign ministers meet in Brussels\n\nBRUSSELS, May 2 -- NATO Foreign Ministers will meet in "
        "Brussels on May 20 and 21.\n\nOn May 21, Secretary General Anders Kjellberg will co-chair a "
        "session of the NATO-Georgia Commission with Georgian Foreign Minister Nino Beridze."
    )
    assert ("bilateral", ["Anders Kjellberg", "Nino Beridze"]) not in _sides(text)


# --- a meeting stated not to be planned, or still only weighed, is no meeting -------------------------


_SUMMIT = (
    "Andean leaders gather in Quito for regional summit\n\nQUITO, May 2 -- Leaders of the Andean "
    "Community will meet in Quito on May 14 and 15 for their annual summit, the host government said.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Bolivian President Mario Quispe will hold talks with Peruvian President Lucía Torres on Thursday. "
        "No bilateral meeting between Quispe and Colombian President Andrés Rincón is planned.",
        "Bolivian President Mario Quispe will hold talks with Peruvian President Lucía Torres on Thursday. "
        '"Whether President Quispe will also meet President Andrés Rincón of Colombia is still being '
        'worked out," a spokesperson said.',
        "Bolivian President Mario Quispe will hold talks with Peruvian President Lucía Torres on Thursday. "
        "A trilateral meeting of the leaders of Bolivia, Colombia and Ecuador, with Colombian President "
        "Andrés Rincón, is also under consideration, officials said.",
    ],
)
def test_meeting_not_planned_or_weighed(tail: str) -> None:
    found = _sides(_SUMMIT + tail)
    assert ("bilateral", ["Lucía Torres", "Mario Quispe"]) in found
    assert not [p for _, p in found if "Andrés Rincón" in p]


def test_meeting_planned_stays() -> None:
    tail = (
        "Bolivian President Mario Quispe will hold talks with Peruvian President Lucía Torres on Thursday. "
        "A bilateral meeting between Quispe and Colombian President Andrés Rincón is planned for Friday."
    )
    assert ("bilateral", ["Andrés Rincón", "Mario Quispe"]) in _sides(_SUMMIT + tail)


# --- a meeting with a group (a community, troops, industry leaders) is no side's meeting: kind "other" ------


_VISIT = (
    "Chilean foreign minister to visit Norway\n\nSANTIAGO, May 2 -- Foreign Minister Valentina Reyes will "
    "visit Oslo on May 12 and 13 for talks with Norwegian Foreign Minister Erik Solbakken, the ministry "
    "said.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "host"),
    [
        (
            "On May 13, Reyes will meet members of the Chilean community in Oslo at a reception hosted by "
            "Ambassador Tomás Araya.",
            "Tomás Araya",
        ),
        (
            "Reyes will also meet Norwegian shipping industry leaders at a roundtable co-hosted by the "
            "chair of the Shipowners' Association, Kari Lunde.",
            "Kari Lunde",
        ),
        (
            "On May 13, Reyes will travel to Rena Camp with Defence Minister Ingrid Moe to meet soldiers of "
            "the Telemark Battalion.",
            "Ingrid Moe",
        ),
    ],
)
def test_group_met_is_no_bilateral(tail: str, host: str) -> None:
    assert not [p for k, p in _sides(_VISIT + tail) if host in p and k != "other"]


def test_official_met_before_a_group_stays_bilateral() -> None:
    tail = "On May 13, Reyes will meet Defence Minister Ingrid Moe and members of the Chilean community."
    assert ("bilateral", ["Ingrid Moe", "Valentina Reyes"]) in _sides(_VISIT + tail)


# --- "receive A at PLACE for a courtesy call / a dinner": the meal or call after the place, kind "other" ----


@pytest.mark.parametrize(
    ("tail", "host"),
    [
        (
            "On May 13, Prime Minister Hilde Strand will receive Minister Reyes at the Prime Minister's "
            "Office for a courtesy call.",
            "Hilde Strand",
        ),
        (
            "On May 12, Trade Minister Kari Lunde will receive Minister Reyes in the Government Quarter "
            "for a lunch.",
            "Kari Lunde",
        ),
        (
            "On May 12, Defence Minister Ingrid Moe will receive Minister Reyes at Akershus Fortress for a "
            "dinner.",
            "Ingrid Moe",
        ),
    ],
)
def test_call_or_meal_after_the_place(tail: str, host: str) -> None:
    found = _sides(_VISIT + tail)
    assert ("other", sorted([host, "Valentina Reyes"])) in found
    assert not [p for k, p in found if host in p and k != "other"]


def test_talks_after_the_place_stay_bilateral() -> None:
    tail = (
        "On May 13, Defence Minister Ingrid Moe will receive Reyes at the Ministry of Defence for talks "
        "on Arctic security."
    )
    assert ("bilateral", ["Ingrid Moe", "Valentina Reyes"]) in _sides(_VISIT + tail)


# --- a preparatory session announced with its leader: a side meeting of that leader ------------------------


_TRADE = (
    "Andean trade ministers to meet in Lima\n\nLIMA, May 2 -- Trade ministers of the Andean Community will "
    "meet in Lima on May 20 and 21 to agree on a customs union roadmap, the Peruvian government said.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "leader"),
    [
        (
            "Deputy ministers will hold a preparatory session in Cusco on May 18, led by Peru's Vice "
            "Minister of Foreign Trade, Rosa Quispe, to finalise the draft roadmap.",
            "Rosa Quispe",
        ),
        (
            "The meeting's preparatory session of senior officials, chaired by the Secretary General of the "
            "Andean Community, Jorge Ledesma, will be held on May 19.",
            "Jorge Ledesma",
        ),
        (
            "A preparatory meeting of chief negotiators, headed by Bolivian Vice Minister Carla Mamani, will "
            "take place on Tuesday.",
            "Carla Mamani",
        ),
    ],
)
def test_preparatory_session_with_its_leader(tail: str, leader: str) -> None:
    assert ("multilateral", [leader]) in _sides(_TRADE + tail)


def test_leader_of_another_gathering_after_it() -> None:
    tail = (
        "A preparatory meeting of chief negotiators will take place on Tuesday, followed by a dinner "
        "chaired by Bolivian Vice Minister Carla Mamani."
    )
    assert ("multilateral", ["Carla Mamani"]) not in _sides(_TRADE + tail)
