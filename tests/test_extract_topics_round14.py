"""Topics, round 14: more agenda verbs and nouns (consider, explain, propose, press for, the importance of,
emphasis on, talks dominated by, likely to receive attention, a trilateral on, efforts toward a vision),
cues inside an earlier cue's list, the purpose verb "accelerate", a participle after a determiner
("our shared vision"), "negotiations with X" kept whole, a list cut before a quote, and "of A and B" names."""

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


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Ministers are expected to consider the draft river accord, regional fisheries and grain quotas.",
         ["draft river accord", "regional fisheries", "grain quotas"]),
        ("The council, which will consider reform of the Kestrian Grain Board and water rights, meets.",
         ["reform of the Kestrian Grain Board", "water rights"]),
        ("Morvia would also consider tariff relief for small farmers, the envoy said.",
         ["tariff relief for small farmers"]),
        ("I would like to explain the steady expansion of our coast guard capabilities.",
         ["expansion of our coast guard capabilities"]),
        ("She said Kestria would propose a temporary cut to the common port levy on grain.",
         ["common port levy"]),
        ("Lune will also propose a joint patrol scheme for the northern strait.",
         ["joint patrol scheme for the northern strait"]),
    ],
)  # fmt: skip
def test_consider_explain_propose(body: str, want: list[str]) -> None:
    names = _topics(body)
    for w in want:
        assert _has(names, w), (w, names)


@pytest.mark.parametrize(
    "body",
    [
        "Asked whether the premier would attend, the envoy said it was up to Morvia to explain its decision.",
        "The ministers will consider whether to meet again in May.",
    ],
)
def test_consider_explain_not_on_pronouns(body: str) -> None:
    names = _topics(body)
    assert not _has(names, "decision") and not any(n.startswith("whether") for n in names), names


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("They underlined the importance of food security, resilient grain supply and river transport.",
         ["food security", "resilient grain supply", "river transport"]),
        ("The two sides stressed the critical importance of port safety and customs cooperation.",
         ["port safety", "customs cooperation"]),
        ("Morvia and Kestria noted the importance of cyber resilience.", ["cyber resilience"]),
        ("Both ministers recognised the importance of flood warning systems and dam safety.",
         ["flood warning systems", "dam safety"]),
    ],
)  # fmt: skip
def test_importance_of(body: str, want: list[str]) -> None:
    names = _topics(body)
    for w in want:
        assert _has(names, w), (w, names)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Defence ministers meet on Thursday for talks expected to be dominated by depleted artillery stocks "
         "and the northern border.", ["artillery stocks", "northern border"]),
        ("The summit is likely to be dominated by grain prices.", ["grain prices"]),
        ("Their meeting will be dominated by water rights on the Lune.", ["water rights on the Lune"]),
        ("Kestria will push for a more open bloc, with greater emphasis on youth, migrant workers and food "
         "security.", ["youth", "migrant workers", "food security"]),
        ("The plan places a strong emphasis on coastal resilience.", ["coastal resilience"]),
        ("Officials said seabed mining and green ammonia were likely to receive particular attention.",
         ["seabed mining", "green ammonia"]),
        ("River transport will receive special attention at the talks.", ["river transport"]),
        ("Aid officials said vaccine supply is expected to receive close attention.", ["vaccine supply"]),
    ],
)  # fmt: skip
def test_dominated_emphasis_attention(body: str, want: list[str]) -> None:
    names = _topics(body)
    for w in want:
        assert _has(names, w), (w, names)


def test_dominated_by_needs_a_meeting() -> None:
    names = _topics("The delta, long dominated by fishing villages, hosts the talks on Friday.")
    assert not _has(names, "fishing villages"), names


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("She said Lune would press for a regional mechanism to monitor shipping in the strait.",
         "regional mechanism to monitor shipping"),
        ("Kestria is pressing for the removal of grain tariffs.", "removal of grain tariffs"),
        ("The envoy pressed for faster visa processing, officials said.", "faster visa processing"),
        ("The minister intends to explain Kestria's efforts toward a free and open Northern Ocean.",
         "free and open Northern Ocean"),
        ("We will deepen cooperation with partners and friends toward a peaceful and stable river basin.",
         "peaceful and stable river basin"),
        ("Morvia reaffirmed its efforts towards achieving a nuclear-free delta.", "nuclear-free delta"),
        ("Estonia's minister will join them for a trilateral on Baltic air policing.", "Baltic air policing"),
        ("The two leaders will hold a bilateral on grain corridor security.", "grain corridor security"),
        ("Ministers will meet for a trilateral on drone defence in the morning.", "drone defence"),
    ],
)  # fmt: skip
def test_press_for_toward_trilateral_on(body: str, want: str) -> None:
    names = _topics(body)
    assert _has(names, want), names


@pytest.mark.parametrize(
    "body",
    [
        "Through this visit, the minister intends to confirm close cooperation with partners toward the "
        "Lune Summit.",
        "The premier will hold a bilateral on the sidelines of the summit.",
        "The two ministers will hold a trilateral on Thursday.",
    ],
)
def test_toward_an_event_and_bilateral_on_a_day_are_no_topics(body: str) -> None:
    names = _topics(body)
    assert not any(n.endswith("Summit") or "sidelines" in n or n == "Thursday" for n in names), names


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a cue inside an earlier cue's list
        ("The two leaders reviewed progress at the port sites, agreed to accelerate the coproduction of "
         "shells and drones, and discussed new investments in coastal radar and the upgrade of naval bases.",
         ["coproduction of shells", "coastal radar"]),
        ("An official, speaking on condition of anonymity ahead of the trip, said the minister would raise "
         "Morvian drone flights near the border.", ["Morvian drone flights near the border"]),
        ("The meeting will cover the Lune relationship in its broadest sense, including the shared response "
         "to floods in the delta.", ["floods in the delta"]),
        ("Ministers will discuss the strength of the alliance, our shared vision for a free and open "
         "Northern Ocean, and trade.", ["free and open Northern Ocean"]),
        ("Kestria agreed to accelerate the rollout of grain terminals.", ["rollout of grain terminals"]),
        ("They will work to accelerate joint production of patrol boats.",
         ["joint production of patrol boats"]),
    ],
)  # fmt: skip
def test_nested_cues_purpose_and_shared(body: str, want: list[str]) -> None:
    names = _topics(body)
    for w in want:
        assert _has(names, w), (w, names)


def test_reporting_verb_item_still_dropped() -> None:
    names = _topics("They discussed trade, and expressed serious concerns over the dam project upstream.")
    assert not any(n.startswith("expressed") for n in names), names


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The agenda would also cover the bloc's negotiations with the Gulf states and river transport.",
         "negotiations with the Gulf states"),
        ("They will discuss the free trade agreement with Morvia and grain quotas.",
         "free trade agreement with Morvia"),
        ("Ministers will review talks and negotiations with the Lune Basin Authority.",
         "negotiations with the Lune Basin Authority"),
        ("Kestria would use a session on global governance to call for \"real\" reform of lending banks.",
         "global governance"),
        ("The forum, which will consider reform of the council and the Kestria Fund for the Relief of "
         "Poverty and Hunger, opens Friday.", "Kestria Fund for the Relief of Poverty and Hunger"),
        ("They will discuss the Lune Trust for the Protection of Rivers and Lakes.",
         "Lune Trust for the Protection of Rivers and Lakes"),
    ],
)  # fmt: skip
def test_with_kept_open_end_cut_and_names(body: str, want: str) -> None:
    names = _topics(body)
    assert _has(names, want), names


def test_capitalised_pair_of_countries_stays_apart() -> None:
    names = _topics("They will discuss the security of Kestria and Japan, and grain trade.")
    assert not _has(names, "security of Kestria and Japan"), names
