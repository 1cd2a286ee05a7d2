"""Topics, round 15: bullets under "will centre on:" / "including through:" and "--" bullets; "toward the
realization of a "X""; more agenda cues (assess, highlight, contribute to, lay the groundwork for, a joint
statement on, divisions over, engagement across, work together on, concerned about, dealing with, "on the
agenda are also", "other agenda items are expected to include", progress" on); gerund purposes ("in
upholding A"), prevent; list items kept whole ("a free, peaceful and prosperous X", "peace and stability in
the region", "the planned trade and investment mission"), a list resumed after a date adjunct; and junk
left out (the parties of an "including" list, lone prepositions and adjectives, sources, meeting lines)."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

REF = date(2026, 3, 4)
_HEAD = "Ministers to meet in Lune\n\nLUNE, March 3 -- "


def _topics(body: str) -> list[str]:
    return [t.name for t in extract(_HEAD + body, today=REF).topics]


def _has(names: list[str], want: str) -> bool:
    low = [n.lower() for n in names]
    return any(want.lower() == n or f" {want.lower()} " in f" {n} " for n in low)


def _check(body: str, want: list[str], never: list[str]) -> None:
    names = _topics(body)
    for w in want:
        assert _has(names, w), (w, names)
    for n in never:
        assert n.lower() not in [x.lower() for x in names], (n, names)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The talks will centre on:\n\n- the grain corridor and port levies;\n- river fisheries.",
         ["grain corridor", "port levies", "river fisheries"]),
        ("According to the palace, the leaders' talks will center on:\n\n- coastal shipping;\n"
         "- the fight against arms smuggling.",
         ["coastal shipping", "arms smuggling"]),
        ("Ministers will discuss how the pact can grow, including through:\n\n"
         "- enhanced Morvian naval posture cooperation in Kestria;\n- cooperation on rare earths.",
         ["naval posture cooperation", "rare earths"]),
        ("The minister flies to Lune on May 5. On the agenda are:\n\n"
         "-- water sharing and flood warning;\n-- seed banks.",
         ["water sharing", "flood warning", "seed banks"]),
    ],
)  # fmt: skip
def test_bullet_openers_and_double_dash(body: str, want: list[str]) -> None:
    _check(body, want, ["through"])


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ('The two ministers will confirm cooperation toward the realization of a '
         '"Safe and Open Northern Sea (SONS)".',
         "Safe and Open Northern Sea"),
        ('Kestria will work toward the realisation of a "Green Harbour Compact."', "Green Harbour Compact"),
        ('Both sides pledged efforts toward the achievement of a "Peaceful Lune Basin".',
         "Peaceful Lune Basin"),
    ],
)  # fmt: skip
def test_realization_of_a_quoted_vision(body: str, want: str) -> None:
    _check(body, [want], [])


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("On the agenda are also river pollution and cooperation on seed banks, Doe said.",
         ["river pollution"]),
        ("Other agenda items are expected to include the posture of Kestrian troops and grain tariffs.",
         ["posture of Kestrian troops", "grain tariffs"]),
        ("The ministers will also assess Morvia's drone threats and discuss port security.",
         ["Morvia's drone threats"]),
        ("In her address, Vale is expected to highlight Kestria's approach to counter-piracy, "
         "flood control and seed banks.", ["counter-piracy", "flood control", "seed banks"]),
        ("By pooling our strengths we can contribute to global grain security and clean shipping.",
         ["global grain security", "clean shipping"]),
        ("The meeting aims to lay the groundwork for a trilateral leaders' summit next year.",
         ["trilateral leaders' summit"]),
        ("The visit will pave the way for a new fisheries treaty.", ["new fisheries treaty"]),
        ("The ministers will adopt a joint statement on the bloc's enlargement policy.",
         ["enlargement policy"]),
        ("The summit opens amid deep divisions on shipping, Morvia and quantum computing.",
         ["quantum computing"]),
        ("Their last talks ended in a bruising dispute over timber tariffs in April.", ["timber tariffs"]),
        ("The trip will deepen Lune's engagement with both states across river transport, seed banks "
         "and the Kestria-Morvia High Speed Rail project.",
         ["river transport", "seed banks", "Kestria-Morvia High Speed Rail"]),
        ('"We will talk about how we can work together on coastal security," Vale said.',
         ["coastal security"]),
        ("Countries in the region are concerned about the state of Kestria-Morvia relations.",
         ["Kestria-Morvia relations"]),
        ("Lune will urge Kestria to play a role in dealing with Morvia's drone programs.",
         ["Morvia's drone programs"]),
        ('Doe said the allies were "making steady progress" on the river compact.', ["river compact"]),
    ],
)  # fmt: skip
def test_more_agenda_cues(body: str, want: list[str]) -> None:
    _check(body, want, [])


@pytest.mark.parametrize(
    "body",
    [
        "The ministry said in a statement on Tuesday that the talks would go ahead.",
        "The ministry said in a joint statement on Monday that the talks would go ahead.",
        "The row on Sunday delayed the talks.",
        "Nobody knew the way for the convoy.",
    ],
)
def test_cues_not_on_days_or_other_senses(body: str) -> None:
    names = _topics(body)
    bad = ("Tuesday", "Monday", "Sunday", "talks would", "convoy")
    assert not any(w in n for n in names for w in bad), names


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ('"Lune does not stand alone in upholding maritime law, including the river treaty," Doe said.',
         "maritime law"),
        ('"The tour shows our convergence on maintaining a rules-based order at sea," an official said.',
         "rules-based order"),
        ('"We will grow our own capabilities while solidifying the combined defence posture," Vale said.',
         "combined defence posture"),
        ("They will discuss steps to prevent a recurrence of the 2019 river barge incident.",
         "river barge incident"),
    ],
)  # fmt: skip
def test_gerund_purposes_and_prevent(body: str, want: str) -> None:
    _check(body, [want], [])


@pytest.mark.parametrize(
    ("body", "want", "never"),
    [
        ("The minister plans to highlight Kestria's contribution to a free, peaceful and "
         "prosperous Lune Basin.",
         ["free, peaceful and prosperous Lune Basin"], ["peaceful and prosperous Lune Basin"]),
        ("The pact will further strengthen our ties and contribute to peace and stability in the region.",
         ["peace and stability in the region"], ["peace"]),
        ("Trade links contribute to peace and prosperity in Northeast Morvia.",
         ["peace and prosperity in Northeast Morvia"], ["peace"]),
        ("They will review the outcomes, including the river sites and the planned trade and "
         "investment mission to Lune.",
         ["planned trade and investment mission to Lune"], []),
        ("Officials are expected to discuss co-production of drones in Kestria by 2027, the "
         "integration of shipyards and cooperation on rare earths, an official said.",
         ["integration of shipyards", "cooperation on rare earths"], []),
        ("Some have called on Lune to raise its defence spending beyond the 3 percent target set for 2028.",
         ["defence spending"], []),
        ("The allies were making progress on the river pact, under which Lune will buy barges "
         "from Kestria and Morvia.",
         ["river pact"], ["Morvia"]),
    ],
)  # fmt: skip
def test_items_kept_whole_and_lists_resumed(body: str, want: list[str], never: list[str]) -> None:
    _check(body, want, never)


@pytest.mark.parametrize(
    ("body", "never"),
    [
        ("The forum will gather ministers of the ten members and eight dialogue partners, "
         "including Kestria, Morvia, Lune and Ostravia, expected to attend.",
         ["Kestria", "Morvia", "Ostravia"]),
        ("Vale will meet his counterparts, including Kestria's new Trade Minister Anna Lorne.",
         ["Kestria's new Trade Minister Anna Lorne", "Trade Minister Anna Lorne"]),
        ("Tariff letters went to trading partners, including Morvia, Kestria and Ostravia, "
         "notifying them of rates.",
         ["Morvia", "Kestria", "Ostravia"]),
        ("There are no plans for Vale to meet Lorne, the official said.", ["Vale to meet Lorne"]),
        ('"We will raise this with our Kestrian friends," he said.', ["with our Kestrian friends"]),
        ("The two sides will sign a new grain framework, people familiar with the matter said.",
         ["people familiar"]),
        ("Lune may raise port fees, and the issue could come up in the talks, observers say.",
         ["issue could come up in the talks", "observers say"]),
        ("The summit will advance a free and open basin that is connected, prosperous, secure, "
         "and resilient.",
         ["secure", "resilient"]),
        ("The leaders will discuss expanding river cooperation across the basin and beyond.", ["beyond"]),
        ("Talks on timber follow the summit held in Washington, D.C. in April.", ["D.C."]),
        ("The principals will discuss seed banks and coordination with Pacific Island partners.",
         ["coordination"]),
    ],
)  # fmt: skip
def test_junk_left_out(body: str, never: list[str]) -> None:
    _check(body, [], never)


def test_bullets_names_lone_words_and_meeting_lines() -> None:
    body = (
        "The talks will centre on:\n\n- the Guided Drones and Coastal Radar Enterprise;\n"
        "- maritime cooperation and food and energy security;\n"
        "- Convene a trilateral meeting with Minister Lorne."
    )
    names = _topics(body)
    assert _has(names, "Guided Drones and Coastal Radar Enterprise"), names
    assert _has(names, "food and energy security"), names
    assert "Guided Drones" not in names and "food" not in names, names
    assert not any(n.startswith("Convene") for n in names), names


def test_counterpart_topics_still_kept() -> None:
    """A lower-case item of a parties list is still a topic: "partners, including on climate change"."""
    names = _topics(
        "Ministers will discuss cooperation with Pacific partners, including on climate change and river law."
    )
    assert _has(names, "climate change"), names
