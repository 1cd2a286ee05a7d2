"""Side-meeting rules, round 16: a count word inside a convened gathering's cue ("will host a trilateral
meeting of Xish defence ministers with A and B") gives the kind, not the group default "multilateral"; a
session "co-chaired by A and B" of a gathering named by a format of two or three states ("the A-B
Military Committee Meeting") is bilateral or trilateral; another format of the main event's own pair
("join B for the A-B Foreign and Defence Ministers' (2+2) Meeting") is a side meeting of its own, its
"Minister Kim" the Kim who is a minister; "co-chair the Org-B Summit with C" is multilateral; "would
convene a meeting in X on Monday, on the eve of the Y, with B and C" is a meeting of the three."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract


def _sides(text: str) -> list[tuple[str, list[str]]]:
    b = extract(text, today=date(2031, 5, 1))
    return [(e.kind, sorted(e.participants)) for e in b.events if e.kind != "main"]


# --- "host a trilateral meeting of X ministers with A and B" ----------------------------------------

_FORUM = (
    "Ravnik, 3 March 2031 - Minister of Defence Petra Solvang will host the defence ministers of the "
    "twelve Harbour Group nations in Ravnik on 10-11 March.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On the margins of the meeting, Minister Solvang will host a trilateral meeting of Nordic defence "
        "ministers with Danish Minister of Defence Jens Holm and Finnish Minister of Defence Aino Lahti.",
        "Minister Solvang will also chair a trilateral meeting of Nordic ministers with Finnish Minister of "
        "Defence Aino Lahti and Danish Minister of Defence Jens Holm on the sidelines.",
        "On the sidelines, Solvang will convene a trilateral session of Nordic defence chiefs with Danish "
        "Minister of Defence Jens Holm and Finnish Minister of Defence Aino Lahti.",
        "On the margins of the ministerial, Minister Solvang will host a trilateral meeting of Nordic "
        "defence "
        "ministers with Aino Lahti, Finland's Minister of Defence, and Jens Holm, Denmark's Minister of "
        "Defence.",
    ],
)
def test_count_word_in_a_hosted_gathering(sentence: str) -> None:
    sides = _sides(_FORUM + sentence)
    assert ("trilateral", ["Aino Lahti", "Jens Holm", "Petra Solvang"]) in sides, sides


def test_gathering_without_count_word_stays_multilateral() -> None:
    sides = _sides(
        _FORUM + "On the margins, Minister Solvang will host a meeting of Nordic defence ministers with "
        "Danish Minister of Defence Jens Holm, Finnish Minister of Defence Aino Lahti and Icelandic "
        "Minister for Foreign Affairs Sigrun Berg."
    )
    assert not any(k == "trilateral" for k, _ in sides), sides


# --- "the A-B Military Committee Meeting will be held ..., co-chaired by C and D" -------------------

_TALKS = (
    "Minister of Defence Arjun Mehta will visit Tokyo from 4 to 6 June to attend the 12th India-Japan "
    "Defence Ministerial Meeting with Japanese Minister of Defence Kenta Ono on 5 June.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ahead of the ministerial meeting, the 20th India-Japan Military Committee Meeting will be held "
        "on 4 June, co-chaired by Indian Chief of Defence Staff Gen. Rohan Kapoor and Japanese Chief of "
        "Staff Gen. Hiro Sato.",
        "Before the Dialogue, the India-Japan Staff Talks Committee (SAC) will meet on 4 June, chaired by "
        "Japanese Chief of Staff Gen. Hiro Sato and Indian Chief of Defence Staff Gen. Rohan Kapoor.",
        "On 4 June, the annual Japan-India Defence Policy Council will convene in Tokyo, co-chaired by "
        "Indian Chief of Defence Staff Gen. Rohan Kapoor and Japanese Chief of Staff Gen. Hiro Sato.",
    ],
)
def test_a_two_state_format_cochaired_is_bilateral(sentence: str) -> None:
    sides = _sides(_TALKS + sentence)
    assert ("bilateral", ["Hiro Sato", "Rohan Kapoor"]) in sides, sides


def test_a_bloc_format_cochaired_stays_multilateral() -> None:
    sides = _sides(
        _TALKS + "Ahead of the Dialogue, the ASEAN-Japan Military Committee Meeting will be held on 4 "
        "June, co-chaired by Indian Chief of Defence Staff Gen. Rohan Kapoor and Japanese Chief of Staff "
        "Gen. Hiro Sato."
    )
    assert ("bilateral", ["Hiro Sato", "Rohan Kapoor"]) not in sides, sides


# --- "join B for the A-B Foreign and Defence Ministers' (2+2) Meeting with C and D" -----------------
# (another gathering of the main event's own pair of states; "Minister Kim" is the minister, not the admiral)

_SCM = (
    "Defence Minister Park Ji-ho to attend 30th Korea-Australia Defence Policy Talks in Canberra\n\n"
    "Minister of National Defence Park Ji-ho will visit Canberra from 3 to 6 May to attend the 30th "
    "Korea-Australia Defence Policy Talks, which will be held on 4 May with Australian Minister for Defence "
    "Liam Carter.\n\n"
    "Ahead of the talks, the Korea-Australia Military Committee Meeting will be held on 3 May, co-chaired "
    "by Chairman of the Joint Chiefs of Staff Adm. Park Min-seo and Australian Chief of Defence Force Gen. "
    "Sam Doyle.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 5 May, Minister Park will join Minister of Foreign Affairs Lee Dae-ho for the second "
        "Korea-Australia Foreign and Defence Ministers' (2+2) Meeting with Australian Foreign Minister Ruth "
        "Quinn and Minister Carter.",
        "On 5 May, Minister Park will join Foreign Minister Lee Dae-ho for the Korea-Australia (2+2) "
        "Ministerial Meeting with Australian Foreign Minister Ruth Quinn and Minister Carter.",
        "Minister Park will then join Minister of Foreign Affairs Lee Dae-ho on 5 May for the "
        "Korea-Australia Foreign and Defence Ministers' Meeting with Minister Carter and Australian "
        "Foreign Minister Ruth Quinn.",
    ],
)
def test_another_format_of_the_main_pair(sentence: str) -> None:
    sides = _sides(_SCM + sentence)
    assert ("bilateral", ["Lee Dae-ho", "Liam Carter", "Park Ji-ho", "Ruth Quinn"]) in sides, sides


def test_the_main_format_restated_is_no_side_meeting() -> None:
    sides = _sides(
        _SCM + "On 4 May, Minister Park will attend the Korea-Australia Defence Policy Talks with Minister "
        "Carter at the Department of Defence."
    )
    assert not any("Liam Carter" in p and "Park Ji-ho" in p for _, p in sides), sides


# --- "will also co-chair the Org-B Summit with C": a bloc's gathering is multilateral ---------------

_EAS = (
    "Prime Minister Aziz Rahman will chair the 9th Regional Leaders Summit in Port Lumen on 12 May.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rahman will also co-chair the ASEAN-Canada Summit with Canadian Prime Minister Nora Blake.",
        "On 13 May, Prime Minister Rahman will also chair the ASEAN-Canada Commemorative Summit with "
        "Canadian Prime Minister Nora Blake.",
        "Rahman is also to co-chair the EU-Canada Leaders Meeting with Canadian Prime Minister Nora Blake "
        "on 13 May.",
    ],
)
def test_a_blocs_format_with_one_leader_is_multilateral(sentence: str) -> None:
    sides = _sides(_EAS + sentence)
    assert ("multilateral", ["Aziz Rahman", "Nora Blake"]) in sides, sides


def test_a_two_state_format_with_one_leader_is_not_multilateral() -> None:
    sides = _sides(
        _EAS + "Rahman will also co-chair the Malaysia-Canada Summit with Canadian Prime Minister Nora Blake."
    )
    assert ("multilateral", ["Aziz Rahman", "Nora Blake"]) not in sides, sides


# --- "he would convene a meeting in X on Monday, on the eve of the Summit, with B and C" -------------

_ALLIANCE = (
    "The Secretary General of the North Atlantic Treaty Organization, Anna Lind, said on Friday that "
    "allied leaders will meet at the NATO Summit in Oslo on 14 and 15 June.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Finland's bid, the Secretary General said she would convene a meeting in Oslo on Monday (13 "
        "June), on the eve of the Summit, with President Emre Kaya of Türkiye and Prime Minister Elin Berg "
        "of Sweden.",
        "Ms Lind will convene a meeting on 13 June, ahead of the Summit, with Swedish Prime Minister Elin "
        "Berg and Turkish President Emre Kaya.",
        "To settle the dispute, Ms Lind is to convene a meeting in Oslo on the eve of the Summit, with "
        "Turkish President Emre Kaya and Swedish Prime Minister Elin Berg.",
    ],
)
def test_convene_a_meeting_then_with(sentence: str) -> None:
    sides = _sides(_ALLIANCE + sentence)
    assert ("trilateral", ["Anna Lind", "Elin Berg", "Emre Kaya"]) in sides, sides


def test_convene_a_meeting_of_no_one_named_is_none() -> None:
    sides = _sides(
        _ALLIANCE + "She said she would convene a meeting in Oslo on the eve of the Summit, with the "
        "support of the Norwegian government."
    )
    assert sides == [], sides
