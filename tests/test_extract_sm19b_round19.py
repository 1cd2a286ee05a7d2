"""Side-meeting rules, round 19 (sm19b): a common title as the subject ("the minister will hold talks with
B"), where the lead names no participant of the main event, means the first person named before who holds
that title, also after a long fronted phrase ("On the sidelines of the X Council, the minister ..."); a
contracted will ("she'll meet B"); a present tense beside its day ("A meets B on Thursday"); a transcript
line's speaker label is no subject for "he"; "co-chair with B the third session of X"; "a trilateral meeting
of the X Partnership" keeps its own kind word; two of one state whom no named subject meets ("where it is
scheduled to meet A and B") are no meeting between themselves."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from tests.extract_helpers import sides_of

_LEAD = (
    "LUSAKA, April 3 - Zambia is ready to host the annual session of the Southern Africa Water Commission "
    "from April 14 to 15, Minister of Water Development Chanda Mwale said on Friday.\n\n"
)

_THE_MINISTER = [
    (
        _LEAD + "On the margins of the Water Commission session, the minister will hold bilateral "
        "discussions with several of his counterparts, including Malawi's Minister of Water Grace Phiri and "
        "Botswana's Minister of Water Kabo Sello.",
        [("bilateral", ["Chanda Mwale", "Grace Phiri"]), ("bilateral", ["Chanda Mwale", "Kabo Sello"])],
    ),
    (
        _LEAD + "On the sidelines, the minister will meet Namibia's Minister of Agriculture "
        "Ndapewa Shikongo.",
        [("bilateral", ["Chanda Mwale", "Ndapewa Shikongo"])],
    ),
    (
        _LEAD + "The minister will also sit down with Angola's Water Minister Joao Neto on April 15.",
        [("bilateral", ["Chanda Mwale", "Joao Neto"])],
    ),
    (
        _LEAD + "During the session, the water minister will hold bilateral talks with Mozambique's "
        "Minister of Water Ana Macuacua and Lesotho's Minister of Water Tumelo Mokoena.",
        [("bilateral", ["Ana Macuacua", "Chanda Mwale"]), ("bilateral", ["Chanda Mwale", "Tumelo Mokoena"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _THE_MINISTER)
def test_the_minister_is_the_titled_person_named_before(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 4, 3))
    assert sorted(sides_of(b)) == sorted(want)


def test_the_minister_never_means_a_holder_named_only_after() -> None:
    # no minister is named before: "the minister" is nobody, not the counterpart met
    text = (
        "LUSAKA, April 3 - Zambia is ready to host the annual session of the Southern Africa Water "
        "Commission from April 14 to 15, the government said on Friday.\n\nOn the sidelines, the minister "
        "will meet Namibia's Minister of Agriculture Ndapewa Shikongo."
    )
    b = extract(text, source="t", published=None, today=date(2026, 4, 3))
    assert all("Ndapewa Shikongo" not in ps or len(ps) > 1 for _, ps in sides_of(b))
    assert ("bilateral", ["Ndapewa Shikongo"]) not in sides_of(b)


# ---- "She'll meet B": the contracted "will" -------------------------------------------------------------

_TRIP = (
    "Trade Minister Sofia Brandt leaves tonight on a four-day trip through South America. She is due in "
    "Lima, Quito and Bogota between tomorrow and Friday.\n\n"
)

_CONTRACTED = [
    (
        _TRIP + "In Bogota she'll meet Trade Minister Carlos Mejia.",
        [("bilateral", ["Carlos Mejia", "Sofia Brandt"])],
    ),
    (
        _TRIP + "After Lima, she'll also meet Ecuador's Foreign Minister Pablo Cedeno in Quito.",
        [("bilateral", ["Pablo Cedeno", "Sofia Brandt"])],
    ),
    (
        "Defence Minister Tom Aldous leaves tonight on a five-day trip to Tokyo, Seoul and Manila.\n\nIn "
        "Tokyo he’ll meet Defence Minister Kenji Arai on Monday.",
        [("bilateral", ["Kenji Arai", "Tom Aldous"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _CONTRACTED)
def test_contracted_will_is_a_meeting_to_come(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert sorted(sides_of(b)) == sorted(want)


def test_contracted_will_without_a_meeting_verb_is_none() -> None:
    b = extract(_TRIP + "In Bogota she'll visit the flower market with Carlos Mejia.", source="t",
                published=None, today=date(2026, 3, 1))
    assert sides_of(b) == []


# ---- "A meets B on Thursday", "On Wednesday A sits down with B": a present tense with its day ----------

_PRESENT = [
    (
        _TRIP + "On Wednesday Brandt sits down with the Peruvian trade minister, Luis Paredes, and they are "
        "expected to sign a deal.",
        [("bilateral", ["Luis Paredes", "Sofia Brandt"])],
    ),
    (
        _TRIP + "Brandt meets Trade Minister Ana Torres on Thursday, and the agenda is mostly bananas.",
        [("bilateral", ["Ana Torres", "Sofia Brandt"])],
    ),
    (
        _TRIP + "Brandt meets with Colombia's Trade Minister Carlos Mejia in Bogota on Friday.",
        [("bilateral", ["Carlos Mejia", "Sofia Brandt"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _PRESENT)
def test_present_tense_meeting_beside_its_day(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert sorted(sides_of(b)) == sorted(want)


@pytest.mark.parametrize(
    "line",
    [
        "Brandt meets Trade Minister Ana Torres often, aides say.",  # no day: a habit, not a plan
        # no named subject: a body's own session
        "The Andean trade council meets in Lima on Thursday with Ana Torres in the chair.",
    ],
)
def test_present_tense_without_day_or_named_subject_is_none(line: str) -> None:
    b = extract(_TRIP + line, source="t", published=None, today=date(2026, 3, 1))
    assert ("bilateral", ["Ana Torres", "Sofia Brandt"]) not in sides_of(b)


# ---- a transcript line's speaker label is no subject for "he" in its second sentence -----------------

_LABELLED = [
    (
        "MORNING REPORT\n\nHOST: Defence Minister Tom Aldous leaves tonight on a trip to Tokyo, Seoul and "
        "Manila.\n\nREPORTER NINA COLE: Tokyo on "
        "Monday. He'll meet Defence Minister Kenji Arai there.",
        [("bilateral", ["Kenji Arai", "Tom Aldous"])],
    ),
    (
        "EVENING NEWS\n\nANCHOR: Foreign Minister Clara Voss leaves on a tour of Nairobi, Kampala and "
        "Kigali.\n\nCORRESPONDENT SAM OKAFOR: "
        "Nairobi first, on Tuesday. She will meet Foreign Minister Ruth Wambui.",
        [("bilateral", ["Clara Voss", "Ruth Wambui"])],
    ),
    (
        "WORLD TODAY\n\nHOST: Trade Secretary Owen Pryce leaves on a trip to Delhi, Mumbai and "
        "Dhaka.\n\nREPORTER LENA HART: Delhi on "
        "Thursday. He'll then sit down with Commerce Minister Arjun Mehta.",
        [("bilateral", ["Arjun Mehta", "Owen Pryce"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _LABELLED)
def test_speaker_label_is_no_subject_for_he(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert sorted(sides_of(b)) == sorted(want)


def test_a_name_opening_a_labelled_line_is_still_the_subject() -> None:
    # the line's body opens with a name: that person, not the protagonist, holds the meeting
    text = (
        "MORNING REPORT\n\nHOST: Defence Minister Tom Aldous leaves tonight on a trip to Tokyo, Seoul and "
        "Manila.\n\nREPORTER NINA COLE: Deputy Minister Ian Roe flies ahead on Monday. He will meet Defence "
        "Minister Kenji Arai there."
    )
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert ("bilateral", ["Ian Roe", "Kenji Arai"]) in sides_of(b)


# ---- "co-chair with B the third session of X": the object shifted after the person ----------------------

_TOUR = (
    "Foreign Minister Li Wen will pay official visits to Kenya, Ghana and Senegal from March 5 to 11, a "
    "spokesperson said.\n\n"
)

_SHIFTED = [
    (
        _TOUR + "During his stay in Ghana, Li will co-chair with Ghanaian Foreign Minister Kwame Asante the "
        "third session of the China-Ghana Joint Committee.",
        [("bilateral", ["Kwame Asante", "Li Wen"])],
    ),
    (
        _TOUR + "In Dakar, Li will hold with Senegalese Foreign Minister Awa Diop the first round of a new "
        "strategic dialogue.",
        [("bilateral", ["Awa Diop", "Li Wen"])],
    ),
    (
        _TOUR + "In Nairobi he is to co-chair with Kenyan Foreign Minister Peter Kamau the annual meeting of "
        "the joint trade commission.",
        [("bilateral", ["Li Wen", "Peter Kamau"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _SHIFTED)
def test_co_chair_with_b_the_session(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert sorted(sides_of(b)) == sorted(want)


def test_co_chair_with_b_without_a_meeting_is_none() -> None:
    text = _TOUR + "In Accra, Li will co-chair with Kwame Asante's office the drafting of a joint communique."
    b = extract(text, source="t", published=None, today=date(2026, 3, 1))
    assert sides_of(b) == []


# ---- "a trilateral meeting of the X Partnership": the cue's own kind word over a body's default ----------

_FORUM = (
    "The Asia Security Forum opens in Singapore on 5 June, organisers said. Confirmed speakers include "
    "Japan's Defence Minister Kenji Arai, Australia's Defence Minister Tom Aldous and US Secretary of "
    "Defense Mark Hollister.\n\n"
)

_KIND_OF_BODY = [
    (
        _FORUM + "On the sidelines of the Forum, Mr Arai, Mr Aldous and Secretary Hollister will hold a "
        "trilateral ministerial meeting of the Pacific Defence Partnership.",
        [("trilateral", ["Kenji Arai", "Mark Hollister", "Tom Aldous"])],
    ),
    (
        _FORUM + "Mr Arai, Mr Aldous and Secretary Hollister will also hold a trilateral meeting of the "
        "Pacific Defence Partnership on 6 June.",
        [("trilateral", ["Kenji Arai", "Mark Hollister", "Tom Aldous"])],
    ),
    (
        _FORUM + "On 6 June, the three ministers, Mr Arai, Mr Aldous and Secretary Hollister, will hold a "
        "trilateral dialogue of the Indian Ocean Compact.",
        [("trilateral", ["Kenji Arai", "Mark Hollister", "Tom Aldous"])],
    ),
    (
        _FORUM + "On 6 June Mr Arai, Mr Aldous and Secretary Hollister will co-chair a trilateral meeting of "
        "the Coral Sea Group.",
        [("trilateral", ["Kenji Arai", "Mark Hollister", "Tom Aldous"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), _KIND_OF_BODY)
def test_kind_word_of_a_bodys_meeting(text: str, want: list[tuple[str, list[str]]]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 6, 1))
    assert sides_of(b) == want


def test_a_bodys_meeting_without_kind_word_stays_multilateral() -> None:
    text = _FORUM + "On 6 June Secretary Hollister will chair a meeting of the Coral Sea Group with Mr Arai."
    b = extract(text, source="t", published=None, today=date(2026, 6, 1))
    assert sides_of(b) == [("multilateral", ["Kenji Arai", "Mark Hollister"])]


# ---- a cue with no one to hold it, naming two of one state: no meeting between them -----------------------

_CODEL = (
    "WASHINGTON - Senator Ruth Calder will lead a congressional delegation to Chile and Peru from May 3 to "
    "May 9.\n\n"
)

_ONE_SIDE = [
    (
        _CODEL + "The delegation will end its trip in Lima, where it is scheduled to meet Peruvian Foreign "
        "Minister Rosa Quispe and Peruvian Defence Minister Hugo Salas.",
        ["Hugo Salas", "Rosa Quispe"],
    ),
    (
        _CODEL + "In Santiago the group is due to meet Chilean Foreign Minister Ana Rojas and Chilean "
        "Finance Minister Pablo Vera.",
        ["Ana Rojas", "Pablo Vera"],
    ),
    (
        _CODEL + "In Valparaiso, they are expected to meet Chilean Interior Minister Luis Soto and Chilean "
        "Defence Minister Marta Diaz.",
        ["Luis Soto", "Marta Diaz"],
    ),
]


@pytest.mark.parametrize(("text", "pair"), _ONE_SIDE)
def test_two_of_one_state_met_by_no_one_named_are_no_meeting(text: str, pair: list[str]) -> None:
    b = extract(text, source="t", published=None, today=date(2026, 4, 20))
    assert all(ps != pair for _, ps in sides_of(b))


def test_two_of_one_state_met_by_a_named_subject_still_meet() -> None:
    text = _CODEL + (
        "In Lima, Senator Calder will meet Peruvian Foreign Minister Rosa Quispe and Peruvian Defence "
        "Minister Hugo Salas."
    )
    b = extract(text, source="t", published=None, today=date(2026, 4, 20))
    want = [("bilateral", ["Hugo Salas", "Ruth Calder"]), ("bilateral", ["Rosa Quispe", "Ruth Calder"])]
    assert sorted(sides_of(b)) == want
