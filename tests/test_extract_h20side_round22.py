"""Round 22 (h20side): side meetings of formats named by their sides (a Forum, a Conference, a leaders'
meeting, a two-word state), a state standing for its minister, "to attend" a gathering of its own, "for
meetings with B", "will host Minister B at the X", and the EU as one party of a format."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2026, 3, 2)


def _run(text: str) -> Briefing:
    """The briefing of a short release."""
    return extract(text, source="t", published=None, today=_REF)


def _sides(b: Briefing) -> list[tuple[str, set[str]]]:
    """(kind, participants) of every scored side meeting the user sees."""
    return [(e.kind, set(e.participants)) for e in b.events if e.kind not in ("main", "other")]


def _has(b: Briefing, kind: str, who: set[str]) -> bool:
    """Whether a side meeting of that kind lists everyone in who."""
    return any(k == kind and who <= names for k, names in _sides(b))


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(
            (
                "Senator the Hon Talia Brennock\nMinister for Foreign Affairs\n\nMedia "
                "release\n\nVisit to Fiji and Vanuatu\n\nToday I will travel to Fiji and Vanuatu, "
                "from 9 to 13 March, to deepen our Pacific partnerships.\n\nIn Suva, I will hold "
                "talks with Foreign Minister Josefa Naivalu.\n\nIn Port Vila, I will co-chair the "
                "Australia–Vanuatu Ministerial Forum with Foreign Minister Kalo Tamata on 12 "
                "March.\n"
            ),
            "bilateral",
            ["Kalo Tamata", "Talia Brennock"],
            id="fmt_forum",
        ),
        pytest.param(
            (
                "Senator the Hon Talia Brennock\nMinister for Foreign Affairs\n\nMedia "
                "release\n\nVisit to Tonga and the Solomon Islands\n\nToday I will travel to Tonga "
                "and the Solomon Islands, from 9 to 13 March, to deepen our Pacific "
                "partnerships.\n\nIn Nuku'alofa, I will hold talks with Foreign Minister Sione "
                "Taumoepeau.\n\nIn Honiara, I will co-chair the Australia–Solomon Islands "
                "Ministerial Forum with Foreign Minister Peter Kwaiga on 12 March.\n"
            ),
            "bilateral",
            ["Peter Kwaiga", "Talia Brennock"],
            id="fmt_twoword",
        ),
        pytest.param(
            (
                "Prime Minister Idris Kamarul will attend the 50th ASEAN Summit in Vientiane from 9 "
                "to 11 March.\n\nOn the sidelines, Idris will hold bilateral talks with Japanese "
                "Prime Minister Sato Kenichi, as well as the ASEAN-Canada leaders' meeting with "
                "Canadian Prime Minister Hugh Lavoie.\n"
            ),
            "multilateral",
            ["Hugh Lavoie", "Idris Kamarul"],
            id="fmt_leaders",
        ),
        pytest.param(
            (
                "Minister for Foreign Affairs Dr Ong Kah Seng will be in Hanoi from 9 to 12 March "
                "to attend the 61st ASEAN Foreign Ministers' Meeting.\n\nMinister Ong will co-chair "
                "the ASEAN-Korea Post Ministerial Conference with Korean Foreign Minister Baek "
                "Min-ho. He will also meet Vietnamese Foreign Minister Tran Van Hoa.\n"
            ),
            "multilateral",
            ["Baek Min-ho", "Ong Kah Seng"],
            id="fmt_conference",
        ),
    ],
)
def test_format_named_by_sides(text: str, kind: str, who: list[str]) -> None:
    """A Forum, Conference or leaders\' meeting named by its sides is that format\'s one meeting."""
    b = _run(text)
    assert _has(b, kind, set(who)), _sides(b)


def test_format_named_by_sides_near_miss() -> None:
    """A business forum named by two states is no meeting of their officials."""
    b = _run(
        "Senator the Hon Talia Brennock\nMinister for Foreign Affairs\n\nMedia "
        "release\n\nVisit to Fiji and Vanuatu\n\nToday I will travel to Fiji and Vanuatu, "
        "from 9 to 13 March, to deepen our Pacific partnerships.\n\nIn Suva, I will hold "
        "talks with Foreign Minister Josefa Naivalu.\n\nIn Port Vila, I will open the "
        "Australia–Vanuatu Business Forum with Trade Minister Kalo Tamata on 12 March.\n"
    )
    assert _sides(b) == [("bilateral", {"Josefa Naivalu", "Talia Brennock"})]


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(
            (
                "Singapore's Minister for Foreign Affairs Dr Ong Kah Seng will be in Hanoi from 9 "
                "to 12 March to attend the 61st ASEAN Foreign Ministers' Meeting.\n\nAs coordinator "
                "for ASEAN-Japan relations, Singapore will co-chair the ASEAN-Japan Post "
                "Ministerial Conference with Japanese Foreign Minister Hayashi Daisuke.\n"
            ),
            "multilateral",
            ["Hayashi Daisuke", "Ong Kah Seng"],
            id="state_cochair",
        ),
        pytest.param(
            (
                "Defence ministers from 30 countries will gather in Jakarta for the Jakarta Defence "
                "Forum from 9 to 11 March.\n\nSpeaking on Monday, Defence Minister Arif Santoso "
                "said Indonesia would hold bilateral meetings with several counterparts on the "
                "sidelines, including Mr Okonkwo and Mr Haldorsen.\n\nNigerian Defence Minister "
                "Chidi Okonkwo and Norwegian Defence Minister Erik Haldorsen will both speak.\n"
            ),
            "bilateral",
            ["Arif Santoso", "Erik Haldorsen"],
            id="state_said",
        ),
        pytest.param(
            (
                "Thailand's Minister of Foreign Affairs Somchai Rattanakul will be in Kuala Lumpur from 9 "
                "to 12 March to attend the 62nd ASEAN Foreign Ministers' Meeting.\n\nAs coordinator for "
                "ASEAN-India relations, Thailand will co-chair the ASEAN-India Post Ministerial Conference "
                "with Indian External Affairs Minister Arjun Sethi.\n"
            ),
            "multilateral",
            ["Arjun Sethi", "Somchai Rattanakul"],
            id="state_cochairs_format",
        ),
    ],
)
def test_state_subject(text: str, kind: str, who: list[str]) -> None:
    """A state as a meeting's subject stands for its minister: its teller, or a format's protagonist."""
    b = _run(text)
    assert _has(b, kind, set(who)), _sides(b)


def test_state_subject_near_miss() -> None:
    """A state hosting a gathering holds no talks of one person."""
    b = _run(
        "Foreign Minister Marta Lindqvist will travel to Tallinn from 9 to 11 "
        "March.\n\nEstonia will host the foreign ministers of Latvia and Lithuania, Janis "
        "Ozolins and Rasa Petraitiene, for a Baltic meeting on 10 March.\n"
    )
    assert _sides(b) == []


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(
            (
                "NATO defence ministers meet in Brussels on Thursday to agree new capability "
                "targets.\n\nUS Defense Secretary Mark Halvorsen is expected to press allies on "
                "spending.\n\nMinisters will also discuss Ukraine, whose Defence Minister Taras "
                "Melnyk is due to attend a session of the NATO-Ukraine Council on Thursday "
                "evening.\n"
            ),
            "multilateral",
            ["Taras Melnyk"],
            id="attend_due",
        ),
        pytest.param(
            (
                "EU foreign ministers meet in Luxembourg on Monday to agree new sanctions.\n\nThe "
                "High Representative is expected to press members on funding.\n\nMinisters will "
                "also discuss the Western Balkans, whose Montenegrin Foreign Minister Dragan "
                "Vukovic is due to attend a meeting of the EU-Western Balkans Council over lunch on "
                "Monday.\n"
            ),
            "multilateral",
            ["Dragan Vukovic"],
            id="attend_would",
        ),
        pytest.param(
            (
                "President Budi Santika will attend the BRICS summit in Pretoria on 14 and 15 "
                "March.\n\nHe will hold talks with South African President Thabo Molefe on "
                "trade.\n\nForeign Minister Ratna Wijaya, who will accompany the President, is set "
                "to attend a meeting of BRICS foreign ministers on 13 March, on the eve of the "
                "summit.\n"
            ),
            "multilateral",
            ["Ratna Wijaya"],
            id="attend_set",
        ),
    ],
)
def test_attends_gathering(text: str, kind: str, who: list[str]) -> None:
    """ "is due / set to attend" a named gathering beside the main one: a meeting of its own."""
    b = _run(text)
    assert _has(b, kind, set(who)), _sides(b)


def test_attends_gathering_near_miss() -> None:
    """The lead\'s "will travel to X to attend the Y" is the main event, no side meeting."""
    b = _run(
        "Foreign Minister Ratna Wijaya will travel to Lima this week to attend a meeting of "
        "APEC foreign ministers, the ministry said.\n\nThe meeting runs on 9 and 10 "
        "March.\n"
    )
    assert _sides(b) == []


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(
            (
                "Secretary of Defense Paul Hendry will travel to Manila on March 9 for the "
                "Philippine-US Ministerial Dialogue with Defence Minister Jose Ramos.\n\nFollowing "
                "the Dialogue, the Secretary will travel to Hanoi on March 11 for meetings with "
                "Vietnam's Minister of National Defence Nguyen Van Long.\n"
            ),
            "bilateral",
            ["Nguyen Van Long", "Paul Hendry"],
            id="meetings_with",
        ),
        pytest.param(
            (
                "Foreign Minister Anita Kaur will travel to Nairobi from 9 to 12 March.\n\nShe will "
                "hold talks with Kenyan Foreign Minister David Mwangi. She will then fly to Kampala "
                "on 12 March for meetings with Ugandan Foreign Minister Sarah Nakato.\n"
            ),
            "bilateral",
            ["Anita Kaur", "Sarah Nakato"],
            id="meetings_with2",
        ),
        pytest.param(
            (
                "Trade Minister Oskar Brandt will visit Seoul on 9 March for the Germany-Korea "
                "Economic Dialogue with Trade Minister Yoon Seok-jin.\n\nBrandt will go on to Tokyo "
                "on 11 March for meetings with Japan's Economy Minister Takeda Hiroshi.\n"
            ),
            "bilateral",
            ["Oskar Brandt", "Takeda Hiroshi"],
            id="meetings_with3",
        ),
    ],
)
def test_meetings_with(text: str, kind: str, who: list[str]) -> None:
    """ "travel to X for meetings with Minister B" is talks with B."""
    b = _run(text)
    assert _has(b, kind, set(who)), _sides(b)


def test_meetings_with_near_miss() -> None:
    """ "for meetings with the Xish Government" names no one met."""
    b = _run(
        "Foreign Minister Anita Kaur will travel to Nairobi from 9 to 12 March.\n\nShe will "
        "hold talks with Kenyan Foreign Minister David Mwangi. Deputy Minister Rohan Mehta "
        "will travel on to Kampala for meetings with the Ugandan Government.\n"
    )
    assert _sides(b) == [("bilateral", {"Anita Kaur", "David Mwangi"})]


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        pytest.param(
            (
                "Secretary of State Laura Whitcombe and Secretary of Defense Paul Hendry will host "
                "Korean Foreign Minister Choi Jae-won and Defense Minister Han Sung-min for the "
                "U.S.-ROK 2+2 in Washington on March 16.\n\nOn March 15, Secretary Whitcombe will "
                "hold a bilateral meeting with Foreign Minister Choi at the Department of State. "
                "Secretary Hendry will host Minister Han at the Pentagon the same day.\n"
            ),
            "bilateral",
            ["Han Sung-min", "Paul Hendry"],
            id="host_venue",
        ),
        pytest.param(
            (
                "Secretary of State Laura Whitcombe and Secretary of Defense Paul Hendry will host "
                "Australian Foreign Minister Kate Morrow and Defence Minister Liam Forde for AUSMIN "
                "in Washington on March 20.\n\nOn March 19, Secretary Whitcombe will hold a "
                "bilateral meeting with Foreign Minister Morrow at the Department of State. "
                "Secretary Hendry will host Minister Forde at the Pentagon the same day.\n"
            ),
            "bilateral",
            ["Liam Forde", "Paul Hendry"],
            id="host_venue2",
        ),
        pytest.param(
            (
                "Secretary of State Laura Whitcombe and Secretary of Defense Paul Hendry will host "
                "Philippine Foreign Secretary Ramon Dizon and Defense Secretary Carlos Ybanez for "
                "the U.S.-Philippines 2+2 in Washington on April 8.\n\nOn April 7, Secretary "
                "Whitcombe will hold a bilateral meeting with Foreign Secretary Dizon at the "
                "Department of State. Secretary Hendry will host Secretary Ybanez at the Pentagon "
                "the same day.\n"
            ),
            "bilateral",
            ["Carlos Ybanez", "Paul Hendry"],
            id="host_venue3",
        ),
    ],
)
def test_host_at_venue(text: str, kind: str, who: list[str]) -> None:
    """ "will host Minister B at the Pentagon" is a meeting with B."""
    b = _run(text)
    assert _has(b, kind, set(who)), _sides(b)


def test_host_at_venue_near_miss() -> None:
    """ "will host a reception at the Residence" is no meeting."""
    b = _run(
        "Foreign Minister Anita Kaur will host a reception at the Residence on 9 "
        "March.\n\nShe will hold talks with Kenyan Foreign Minister David Mwangi on 10 "
        "March.\n"
    )
    assert _sides(b) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            "High Representative Anna Berglund will travel to Seoul and Canberra from 9 to 12 March.\n\n"
            "In Seoul on 10 March, the High Representative will hold the EU-Korea Strategic Dialogue with "
            "Foreign Minister Park Ji-hoon. She will then travel to Canberra.\n",
            ["Anna Berglund", "Park Ji-hoon"],
            id="eu_korea",
        ),
        pytest.param(
            "High Representative Anna Berglund will travel to New Delhi and Tokyo from 9 to 12 March.\n\n"
            "In Tokyo on 11 March, she will co-chair the EU-Japan Strategic Dialogue with Minister for "
            "Foreign Affairs Ito Kaori and meet Minister of Defense Sato Ren.\n",
            ["Anna Berglund", "Ito Kaori"],
            id="eu_japan",
        ),
        pytest.param(
            "High Representative Anna Berglund will travel to Brasilia and Buenos Aires from 9 to 12 "
            "March.\n\nIn Brasilia on 10 March, the High Representative will hold the EU-Brazil Political "
            "Dialogue with Foreign Minister Paulo Mendes.\n",
            ["Anna Berglund", "Paulo Mendes"],
            id="eu_brazil",
        ),
    ],
)
def test_union_format_is_bilateral(text: str, who: list[str]) -> None:
    """The EU meets a state as one party in "the EU-B Dialogue": a bilateral of the two."""
    b = _run(text)
    assert _has(b, "bilateral", set(who)), _sides(b)


def test_union_format_near_miss() -> None:
    """A bloc that seats its members ("the EU-GCC Joint Council") keeps its session multilateral."""
    b = _run(
        "High Representative Anna Berglund will travel to Riyadh and Doha from 9 to 12 March.\n\n"
        "In Riyadh on 10 March, the High Representative will co-chair the EU-GCC Joint Council with Saudi "
        "Foreign Minister Faisal Al-Otaibi.\n"
    )
    assert _sides(b) == [("multilateral", {"Anna Berglund", "Faisal Al-Otaibi"})]


_NATO_LEAD = (
    "NATO defence ministers meet as allies argue over spending\n\nBrussels (AFP) - NATO defence ministers "
    "gather in Brussels on Thursday to agree new capability targets, weeks before a leaders' summit in "
    "Ankara.\n\nThe meeting at the alliance's headquarters will be the last before the summit, and US "
    'Defense Secretary Mark Halvorsen is expected to press allies on spending.\n\n"We need more of '
    'everything," NATO Secretary General Piet Aalders told reporters on Monday.\n\n'
)


@pytest.mark.parametrize(
    ("body", "who"),
    [
        pytest.param(
            "On Wednesday, British Defence Secretary Alan Royce and German Defence Minister Petra Lang will "
            "chair a gathering of the Ukraine Defence Contact Group, the coalition coordinating aid.\n",
            ["Alan Royce", "Petra Lang"],
            id="contact_group",
        ),
        pytest.param(
            "On Wednesday, Dutch Defence Minister Joris Baas and Danish Defence Minister Mette Holm will "
            "chair a gathering of the Northern Group, the forum of twelve northern European states.\n",
            ["Joris Baas", "Mette Holm"],
            id="northern_group",
        ),
        pytest.param(
            "On Wednesday, Polish Defence Minister Jan Sowa and Lithuanian Defence Minister Rasa Jonaitiene "
            "will chair a gathering of the Baltic Sea Security Coalition on the eve of the meeting.\n",
            ["Jan Sowa", "Rasa Jonaitiene"],
            id="coalition",
        ),
    ],
)
def test_chaired_gathering_of_a_group(body: str, who: list[str]) -> None:
    """ "will chair a gathering of the X Group": the group's session, its chairs in it."""
    b = _run(_NATO_LEAD + body)
    assert _has(b, "multilateral", set(who)), _sides(b)


def test_gathering_for_guests_near_miss() -> None:
    """ "will host a gathering for journalists" is no session of a group."""
    b = _run(
        _NATO_LEAD + "On Wednesday, Dutch Defence Minister Joris Baas will host a gathering for journalists "
        "at the residence.\n"
    )
    assert _sides(b) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            "Press Release Regarding the Meeting of OSCE Foreign Ministers in Vienna\n\nThe Meeting of "
            "OSCE Ministers of Foreign Affairs will be held in Vienna on 9-10 March 2026, attended by our "
            "Minister of Foreign Affairs H.E. Levent Aksoy.\n\nOn the margins of the Meeting, our Minister "
            "is expected to hold bilateral meetings with his counterparts, including Tomas Vilkas, Minister "
            "of Foreign Affairs of Lithuania.\n",
            ["Levent Aksoy", "Tomas Vilkas"],
            id="our_minister",
        ),
        pytest.param(
            "Press Release on the Visit of our President to Kazakhstan\n\nOur President H.E. Aruzhan "
            "Bekova will attend the Central Asia Summit in Astana on 9-10 March 2026.\n\nOn the sidelines of "
            "the Summit, our President will hold bilateral talks with President Rustam Nazarov of "
            "Tajikistan.\n",
            ["Aruzhan Bekova", "Rustam Nazarov"],
            id="our_president",
        ),
        pytest.param(
            "Statement on the Visit of our Prime Minister to Oslo\n\nOur Prime Minister H.E. Mikkel Dahl "
            "will attend the Nordic Council Summit in Oslo on 9-10 March 2026.\n\nOn the margins of the "
            "Summit, our Prime Minister is scheduled to hold a bilateral meeting with Finnish Prime Minister "
            "Aino Lehto.\n",
            ["Mikkel Dahl", "Aino Lehto"],
            id="our_prime_minister",
        ),
    ],
)
def test_our_office_holder(text: str, who: list[str]) -> None:
    """ "our Minister will hold bilateral meetings with B" in a ministry's release: its own minister."""
    b = _run(text)
    assert _has(b, "bilateral", set(who)), _sides(b)


def test_our_other_official_near_miss() -> None:
    """ "our Ambassador ... with several delegations": no one the protagonist meets."""
    b = _run(
        "Press Release Regarding the Meeting of OSCE Foreign Ministers in Vienna\n\nThe Meeting of OSCE "
        "Ministers of Foreign Affairs will be held in Vienna on 9-10 March 2026, attended by our Minister of "
        "Foreign Affairs H.E. Levent Aksoy.\n\nOn the margins of the Meeting, our Ambassador is expected to "
        "hold bilateral meetings with several delegations.\n"
    )
    assert _sides(b) == []
