"""Main-event days, quote speakers and topics, round 20 (dqt): arrivals "expected in Xcity from 20 to 22 May
for the Y Conference" date the conference though an attribution ("the agency announced today") is past; a
meeting "held during A's official visit to X from 16 to 19 May" keeps its own day, not the stay's; a
journey "to Xcity on Monday 2 November for a meeting" whose meeting "runs until Tuesday 3 November" spans
both days. Quote speakers: a quote paragraph under a paragraph reporting A's words ("A said the conference
came at ..."), "In his words, '...'", "Ahead of the session she said:", "A, of the X University, described
the visit as '...'"; speakers outside government read as people ("A, of the X Institute, said", "lecturer
at Universitas X in Ycity, A, said", "According to A, a researcher at X, ..."). Topics after agenda cues:
"resolutions/proposals/exchanges/a report on", "give priority to", "concentrate on", "particular attention
to", "follow up on", "brief the Committee on", "a meeting with <a long list of titled names> on", "new steps /
language / export controls / a side event / our partners on", "what more we can do on", "an inquiry into",
"the bloc's response to", "a package that targets", "Agenda items include", "will evaluate", "exchanging
views on", "explain X's views on", "signals / results on", "meet together on", "coordinate on"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 4, 14)


def _days(text: str) -> tuple[date | None, date | None]:
    main = extract(text, today=_TODAY).main_event
    assert main is not None
    return main.date, main.end_date


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "Ministers to Gather in Geneva for Water Security Conference\n\n"
            "Ministers and senior officials from more than 90 countries are expected in Geneva from 8 to 10 "
            "June 2026 for the International Conference on Water Security, the organisers announced "
            "today.\n\n"
            "The chair will hold a meeting with the two vice-chairs on 7 June to prepare the declaration.\n\n"
            "A press conference is scheduled for 14:00 on 8 June.\n",
            date(2026, 6, 8),
            date(2026, 6, 10),
        ),
        (
            "Leaders to meet in Nairobi for ocean summit\n\n"
            "Heads of state are expected in Nairobi on 21 and 22 May for the Blue Ocean Summit, the host "
            "government said on Tuesday.\n\n"
            "The foreign ministers will hold a preparatory meeting on 20 May.\n",
            date(2026, 5, 21),
            date(2026, 5, 22),
        ),
        (
            "Delegations converge on Lima for trade ministerial\n\n"
            "Trade ministers from 21 economies are expected in Lima from 14 to 16 July for the trade "
            "ministerial, the secretariat confirmed.\n\n"
            "Senior officials will hold a closing meeting on 13 July.\n",
            date(2026, 7, 14),
            date(2026, 7, 16),
        ),
    ],
)
def test_expected_in_city_dates_the_gathering(text: str, first: date, last: date) -> None:
    assert _days(text) == (first, last)


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Chile, Norway to hold 4th Joint Commission in Oslo\n\n"
            "Santiago – Foreign Minister Ana Rojas will co-chair the fourth Chile – Norway Joint Commission "
            "with Norwegian Foreign Minister Lars Berge in Oslo on September 9.\n\n"
            "The meeting will take place during Rojas's official visit to Norway from September 8 to 11, "
            "the ministry announced on September 1.\n\n"
            "She will also travel to Bergen on September 10 to meet business leaders.\n",
            date(2026, 9, 9),
        ),
        (
            "Kenya and Ghana to hold Joint Permanent Commission in Accra\n\n"
            "Nairobi – Cabinet Secretary Peter Mwangi will co-chair the Kenya – Ghana Joint Permanent "
            "Commission in Accra on October 6.\n\n"
            "The commission will meet during Mwangi's working visit to Ghana from October 5 to 8, the "
            "ministry said.\n",
            date(2026, 10, 6),
        ),
        (
            "Poland, Korea to hold strategic dialogue in Seoul\n\n"
            "Warsaw – Foreign Minister Jan Nowak will hold the strategic dialogue with South Korean Foreign "
            "Minister Park Min-soo in Seoul on November 24.\n\n"
            "The dialogue will be held during Nowak's visit to South Korea from November 23 to 26.\n",
            date(2026, 11, 24),
        ),
    ],
)
def test_meeting_during_a_visit_keeps_its_day(text: str, day: date) -> None:
    assert _days(text) == (day, None)


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "Minister to Tallinn for Nordic-Baltic defence meeting\n\n"
            "The Hague – Minister of Defence Pieter de Graaf travels to Tallinn on Monday 2 November for a "
            "meeting of Nordic-Baltic defence ministers. The meeting runs until Tuesday 3 November and is "
            "hosted by Estonian Minister of Defence Kadri Tamm.\n",
            date(2026, 11, 2),
            date(2026, 11, 3),
        ),
        (
            "Minister to Riga for coast guard forum\n\n"
            "Minister Eva Lind travels to Riga on Wednesday 9 September for a meeting of Baltic Sea interior "
            "ministers. The meeting lasts until Thursday 10 September.\n",
            date(2026, 9, 9),
            date(2026, 9, 10),
        ),
        (
            "State secretary to Vilnius for cyber meeting\n\n"
            "State Secretary Jonas Berg flies to Vilnius on Sunday 4 October for a meeting of cyber defence "
            "officials. The meeting continues until Tuesday 6 October.\n",
            date(2026, 10, 4),
            date(2026, 10, 6),
        ),
    ],
)
def test_meeting_running_until_spans_from_the_journey(text: str, first: date, last: date) -> None:
    assert _days(text) == (first, last)


def test_meeting_on_a_day_after_the_journey_stays() -> None:
    """Near miss: the next sentence gives the meeting its own day ("takes place on"), no closing day."""
    text = (
        "Minister to Tallinn for Nordic-Baltic defence meeting\n\n"
        "The Hague – Minister of Defence Pieter de Graaf travels to Tallinn on Monday 2 November for a "
        "meeting of Nordic-Baltic defence ministers. The meeting will take place on Tuesday 3 November.\n"
    )
    assert _days(text) == (date(2026, 11, 3), None)


def test_visit_range_without_during_stays() -> None:
    """Near miss: a visit range the meeting is not said to be held during remains the event's span."""
    text = (
        "Minister to visit Norway\n\n"
        "Foreign Minister Ana Rojas will pay an official visit to Norway from September 8 to 11, the "
        "ministry announced on September 1.\n"
    )
    assert _days(text) == (date(2026, 9, 8), date(2026, 9, 11))


def _speaker(text: str, opening: str) -> str | None:
    quotes = [q for q in extract(text, today=_TODAY).quotes if q.text.startswith(opening)]
    assert quotes, opening
    return quotes[0].speaker


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Defence chief to host regional conference\n\n"
            "The Chief of the Defence Force, General Paul Tremaine, will host military leaders in Perth on "
            "3 June.\n\n"
            "General Tremaine said the conference came at a time of great uncertainty.\n\n"
            '"No country can face these storms alone. We respond faster when we know each other."\n',
            "No country can face",
            "Paul Tremaine",
        ),
        (
            "Ministers meet in Almaty\n\n"
            "Foreign Minister Aidar Nurlanov will host his German counterpart in Almaty on 4 June.\n\n"
            "Political scientist Marat Sadykov of the Almaty Institute told reporters that interest in the "
            'region had grown. In his words, "The region is no longer a corridor but a partner."\n',
            "The region is no longer",
            "Marat Sadykov",
        ),
        (
            "Council of ministers meets in Strasbourg\n\n"
            "The ministers will meet in Strasbourg on 5 June.\n\n"
            "Secretary General Karin Holmberg will present her annual report. Ahead of the session she "
            "said:\n\n"
            '"Two years ago we promised accountability. This session turns that promise into '
            'institutions."\n',
            "Two years ago we promised",
            "Karin Holmberg",
        ),
        (
            "Ministers to meet in Quito\n\n"
            "Foreign Minister Ana Pérez will visit Quito on 8 June for talks with her Ecuadorian "
            "counterpart.\n\n"
            "Ecuadorian political analyst Rafael Mena Soto, of the Catholic University of Quito, described "
            'the visit as "a reset that both countries badly need after two difficult years."\n',
            "a reset that both countries",
            "Rafael Mena Soto",
        ),
    ],
)
def test_speaker_named_before_the_quote(text: str, opening: str, who: str) -> None:
    assert _speaker(text, opening) == who


@pytest.mark.parametrize(
    "text, opening, who, role, country",
    [
        (
            "Ministers meet in Jakarta\n\n"
            "Foreign Minister Budi Santoso will host his Malaysian counterpart in Jakarta on 2 June.\n\n"
            "International relations lecturer at Universitas Gadjah Mada in Yogyakarta, Ratna Kusuma, "
            "said that "
            "labour protection should be the priority.\n\n"
            '"Millions of workers cross this border every year, and their protection must come first," she '
            "noted.\n",
            "Millions of workers cross",
            "Ratna Kusuma",
            "International relations lecturer",
            "Indonesia",
        ),
        (
            "EU ministers meet in Riga\n\n"
            "Defence ministers will meet in Riga on 9 June.\n\n"
            "Janis Ozols, of the Riga Institute for Strategic Studies, said Latvia would press for more "
            "funding.\n\n"
            '"This is not about symbols. It is about money following the threat," he said.\n',
            "This is not about symbols",
            "Janis Ozols",
            None,
            "Latvia",
        ),
        (
            "Security dialogue in Bogotá\n\n"
            "The two governments will hold their security dialogue in Bogotá on 10 June.\n\n"
            "According to Marta Ríos Duque, a security researcher at the Universidad de Colombia, the "
            'dialogue comes at a delicate moment. "Both sides want numbers before they want promises," '
            "she told reporters.\n",
            "Both sides want numbers",
            "Marta Ríos Duque",
            # the workplace kept, as with an English name ("researcher at the University of X")
            "security researcher at the Universidad de Colombia",
            "Colombia",
        ),
    ],
)
def test_outside_speaker_read_as_a_person(
    text: str, opening: str, who: str, role: str | None, country: str
) -> None:
    people = {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}
    assert people.get(who) == (role, country)
    assert _speaker(text, opening) == who


def test_quote_paragraph_after_an_unreported_sentence_stays_unattributed() -> None:
    """Near miss: the paragraph before the quote names a person but reports no words of theirs."""
    text = (
        "Defence chief to host regional conference\n\n"
        "General Paul Tremaine will host military leaders in Perth on 3 June.\n\n"
        "General Tremaine visited the venue with officials on Monday.\n\n"
        '"No country can face these storms alone. We respond faster when we know each other."\n'
    )
    assert _speaker(text, "No country can face") is None


def _topics(text: str) -> set[str]:
    return {t.name for t in extract(text, today=_TODAY).topics}


_LEAD = "Ministers meet in Lima\n\nThe ministers will meet in Lima on 3 June. "


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Peru will promote resolutions on the prevention of cyber fraud, the rights of seasonal workers "
            "and the strengthening of the regional water commission.",
            {"prevention of cyber fraud", "rights of seasonal workers"},
        ),
        (
            "The meeting will give priority to the fight against wildlife smuggling, the connectivity of "
            "river towns and the ferry services agreement.",
            {"fight against wildlife smuggling", "ferry services agreement"},
        ),
        (
            "The talks will concentrate on the Arctic Shield plan, the protection of subsea grids and joint "
            "fuel purchasing, the ministry said.",
            {"Arctic Shield plan", "joint fuel purchasing"},
        ),
        (
            "The commanders will brief the Committee on the current threat picture and on the reform of the "
            "command structure.",
            {"current threat picture", "reform of the command structure"},
        ),
        (
            "The works will focus on trade, on energy – with particular attention to the Danube corridor and "
            "the ports of the north – and on migration.",
            {"Danube corridor"},
        ),
        (
            "Chile will present proposals on lithium refining, solar power and the regional payments "
            "platform.",
            {"lithium refining", "solar power", "regional payments platform"},
        ),
        (
            "The program includes exchanges on disaster relief, field surgery and mine clearance.",
            {"disaster relief", "field surgery", "mine clearance"},
        ),
        (
            "The Secretary General will present his annual report on the state of press freedom in the "
            "region.",
            {"state of press freedom in the region"},
        ),
        (
            "The envoys will stay on in Lima to follow up on fisheries cooperation between the two "
            "countries.",
            {"fisheries cooperation"},
        ),
        (
            "On the margins, the minister will hold a trilateral meeting with the Slovenian Minister of "
            "Foreign and European Affairs, Ana Novak, and the Croatian Minister of Foreign and European "
            "Affairs, Ivo Horvat, on the management of the common river border.",
            {"management of the common river border"},
        ),
    ],
)
def test_agenda_cues_read_as_topics(body: str, want: set[str]) -> None:
    assert want <= _topics(_LEAD + body + "\n")


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "The ministers are expected to announce new steps on coastal radar cooperation.",
            {"coastal radar cooperation"},
        ),
        (
            "Both sides remain divided over language on a reconstruction fund for Ukraine.",
            {"reconstruction fund for Ukraine"},
        ),
        ("The bloc will discuss China's export controls on gallium and germanium.", {"gallium"}),
        (
            "The visit is part of the Committee's inquiry into the UK's tilt to the Arctic.",
            {"UK's tilt to the Arctic"},
        ),
        ("She will thank him for the bloc's response to the crisis in Sudan.", {"crisis in Sudan"}),
        (
            "The Netherlands will argue for a package that targets Russia's grain thefts.",
            {"Russia's grain thefts"},
        ),
        ("We will discuss what more we can do on mine clearance.", {"mine clearance"}),
        (
            "We will keep working with our partners on climate resilience and fisheries.",
            {"climate resilience"},
        ),
        (
            "The minister will join a side event on children deported from occupied areas.",
            {"children deported from occupied areas"},
        ),
    ],
)
def test_more_agenda_cues_read_as_topics(body: str, want: set[str]) -> None:
    assert want <= _topics(_LEAD + body + "\n")


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Agenda items include financing the rapid force, cyber policing, and river security.",
            {"cyber policing"},
        ),
        (
            "The ministers will evaluate the joint border patrols and the radio relay network.",
            {"joint border patrols"},
        ),
        (
            "The sides will sign a port deal, in addition to exchanging views on regional trade.",
            {"regional trade"},
        ),
        ("The minister will explain Chile's views on the fisheries dispute.", {"fisheries dispute"}),
        ("Observers will watch the speech closely for signals on U.K. troop levels.", {"U.K. troop levels"}),
        ("We want this meeting to produce concrete results on drone detection.", {"drone detection"}),
        ("The three chiefs will also meet together on signals intelligence.", {"signals intelligence"}),
        ("The envoys will coordinate on Iran's missile programme.", {"Iran's missile programme"}),
    ],
)
def test_further_agenda_cues_read_as_topics(body: str, want: set[str]) -> None:
    assert want <= _topics(_LEAD + body + "\n")


def test_reports_and_follow_up_on_a_day_are_no_topics() -> None:
    """Near miss: "reports on Monday", "follow up on Tuesday": a day, no agenda item."""
    text = (
        _LEAD
        + "The leaders exchanged reports on Monday, will follow up on Tuesday and see results on Friday.\n"
    )
    assert _topics(text) == set()


def test_event_and_partners_on_a_time_or_place_are_no_topics() -> None:
    """Near miss: "an event on the evening of 21 June", "partners on the final day", "on Long Island"."""
    text = (
        _LEAD + "The leaders will attend a community event on Long Island and a cancer event on the evening "
        "of 21 June, and will host a breakfast with partners on the final day.\n"
    )
    assert not _topics(text) & {"Long Island", "evening of 21 June", "final day"}
