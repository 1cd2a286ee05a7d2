"""Synthetic briefings for benchmarks: invented people, places and dates in the genre of the seeds.

`synthetic_article(i, rng)` writes ~400 words of plain text for the extractor; `synthetic_briefing(i, rng)`
builds the Briefing directly (fast, for filling a store). Both are deterministic for a given rng seed.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from briefings.models import Briefing, Event, Evidence, Person, Quote, Topic


def _words(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


GIVEN = _words(
    "Amara Bruno Celia Dario Elin Farid Greta Hugo Ines Jonas Kira Luca Mira Nils Olga Pavel Rosa "
    "Samir Tilde Umar Vera Wendel Xenia Yusuf Zora Anika Boris Clara Dmitri Esme Felix Galina Hamid "
    "Ilse Jasper Katya Lior Maren Nadia Oskar Petra Quentin Rhea Stellan Talia Ulla Viktor Wanda Yara "
    "Zeno"
)
SYLLABLES = _words(
    "ka ro mi ten sa lo vi dar en ho ru bel ta ni fon go ma ler si do pra kel un zo ba rin te mo vas "
    "li ne gor ha tsu ri om el"
)
# invented countries, each with an invented capital and a real IANA zone for the venue's time
COUNTRIES = (
    ("Veloria", "Port Amsel", "Europe/Lisbon"),
    ("Kestrania", "Dunmore", "Europe/Warsaw"),
    ("Ostrava Union", "Belgrin", "Europe/Athens"),
    ("Marisco", "San Teodor", "America/Mexico_City"),
    ("Norvale", "Eskby", "Europe/Oslo"),
    ("Tamura Republic", "Hanoka", "Asia/Tokyo"),
    ("Sundara", "Kalipur", "Asia/Kolkata"),
    ("Qadiria", "Al Rasif", "Asia/Dubai"),
    ("Coralia", "Newhaven Bay", "Australia/Sydney"),
    ("Andoria", "Ciudad Lenz", "America/Bogota"),
    ("Baltmark", "Rovik", "Europe/Helsinki"),
    ("Zenthia", "Meridian City", "America/New_York"),
    ("Kalvoria", "Sorenburg", "Europe/Berlin"),
    ("Ibenia", "Nkoro", "Africa/Lagos"),
    ("Hanvale", "Seomun", "Asia/Seoul"),
    ("Pelora", "Valdemar", "America/Sao_Paulo"),
)
ROLES = (
    "Foreign Minister",
    "Defence Minister",
    "Trade Minister",
    "Prime Minister",
    "Finance Minister",
    "Secretary of State",
    "National Security Adviser",
    "Ambassador",
    "Energy Minister",
    "Interior Minister",
)
TOPICS = (
    ("maritime security", "the protection of shipping lanes and ports against threats at sea"),
    ("supply chain resilience", "keeping critical goods flowing when one supplier fails"),
    ("energy transition", "the shift from fossil fuels to low-carbon power"),
    ("cyber defence", "protecting networks and infrastructure from digital attacks"),
    ("export controls", "limits on selling sensitive technology abroad"),
    ("fisheries management", "shared rules for catches in neighbouring waters"),
    ("port infrastructure", "joint investment in harbours and logistics hubs"),
    ("disaster relief", "coordinated help after storms, floods and earthquakes"),
)
FILLER = (
    "Officials on both sides described the preparations as constructive and detailed.",
    "Analysts say the talks reflect a broader effort to coordinate policy across the region.",
    "The two governments have expanded contacts at every level over the past year.",
    "Several working groups met in advance to narrow differences on the draft statement.",
    "Business leaders are watching closely for signals on investment and trade rules.",
    "Observers expect a joint statement to be issued at the end of the session.",
    "The agenda was finalised after weeks of consultations between senior officials.",
    "Both delegations are expected to review progress on commitments made last year.",
    "Regional partners have welcomed the meeting as a sign of steady cooperation.",
    "Diplomats said the discussions would also touch on humanitarian assistance.",
    "Parliamentary committees in both capitals have asked to be briefed on the outcome.",
    "The meeting follows a series of lower-level exchanges on technical questions.",
    "Security around the venue has been tightened ahead of the arrival of the delegations.",
    "A press conference is planned once the formal session has ended.",
    "Some lawmakers have urged their government to seek firmer guarantees during the talks.",
    "The last round of talks, held in a neighbouring capital, ended without a joint text.",
    "Trade between the two countries has grown steadily over the past decade.",
    "Civil society groups have asked the delegations to address labour and climate standards.",
    "Officials declined to say whether new agreements would be signed during the visit.",
    "The talks come at a time of shifting alliances and rising tensions in the region.",
)
QUOTES = (
    "This meeting will set the direction of our partnership for years to come",
    "We are determined to turn our shared commitments into concrete results",
    "Our cooperation is stronger than ever and it will keep growing",
    "These talks are a chance to build trust and to plan for the long term",
)
MONTHS = list(calendar.month_name)[1:]
BASE_DAY = date(2024, 1, 1)
SPAN_DAYS = 4 * 365


def person_name(rng: random.Random) -> str:
    """An invented name: a given name and a two- or three-syllable surname."""
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3))))
    return f"{rng.choice(GIVEN)} {surname.capitalize()}"


def _cast(i: int, rng: random.Random) -> tuple[list[tuple[str, str, str]], tuple[str, str, str], date]:
    """Four (name, role, country) people of two countries, the venue country, and the meeting date."""
    a, b = rng.sample(COUNTRIES, 2)
    people = [(person_name(rng), rng.choice(ROLES), c[0]) for c in (a, a, b, b)]
    day = BASE_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    return people, a, day


def synthetic_article(i: int, rng: random.Random) -> str:
    """About 400 words of a plain-text briefing announcing a meeting, with quotes and an agenda."""
    people, (country, city, _tz), day = _cast(i, rng)
    other = next(c for c in COUNTRIES if c[0] == people[2][2])[0]
    (n1, r1, _), (n2, r2, _), (n3, r3, _), (n4, r4, _) = people
    t1, t2, t3 = rng.sample(TOPICS, 3)
    when = f"{MONTHS[day.month - 1]} {day.day}"
    lines = [
        f"{country} and {other} to hold high-level talks on {when}",
        f"{city.upper()} – {country} and {other} will hold high-level talks on {when}, with {r1} {n1} and "
        f"{r2} {n2} set to meet their counterparts, {r3} {n3} and {r4} {n4}, to discuss {t1[0]} and "
        f"{t2[0]}.",
        f"The meeting in {city} aims to advance cooperation that both sides have called essential. "
        f"Central to the talks will be {t1[0]}, which refers to {t1[1]}.",
        f"In addition to the main session, {n1.split()[-1]} will hold a bilateral meeting with "
        f"{n3.split()[-1]}, while {n2.split()[-1]} will join a trilateral discussion with counterparts "
        f"from {other} and {rng.choice(COUNTRIES)[0]}.",
        f"The agenda also includes {t3[0]}, and officials said further rounds could follow.",
        f"“{rng.choice(QUOTES)},” said {r1} {n1}.",
        f"“{rng.choice(QUOTES)},” {n3.split()[-1]} added.",
    ]
    words = sum(len(line.split()) for line in lines)
    filler = list(FILLER)
    rng.shuffle(filler)
    paragraph: list[str] = []
    while words < 400:
        sentence = filler[len(paragraph) % len(filler)]
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) % 4 == 0:
            lines.insert(-2, " ".join(paragraph[-4:]))
    rest = len(paragraph) % 4
    if rest:
        lines.insert(-2, " ".join(paragraph[-rest:]))
    return "\n".join(lines) + "\n"


def synthetic_briefing(i: int, rng: random.Random) -> Briefing:
    """A Briefing built directly: four people, a main event with two side meetings, quotes and topics."""
    people, (country, city, tz), day = _cast(i, rng)
    other = next(c for c in COUNTRIES if c[0] == people[2][2])[0]
    title = f"{country} and {other} to hold talks in {city} ({i})"
    sentences = [
        title,
        f"{country} and {other} will hold talks on {MONTHS[day.month - 1]} {day.day} in {city}.",
        *(f"{role} {name} of {ctry} will attend." for name, role, ctry in people),
        *rng.sample(FILLER, 6),
    ]
    quote_texts = rng.sample(QUOTES, 2)
    sentences += [f"“{q},” said {people[k][0]}." for q, k in zip(quote_texts, (0, 2), strict=True)]
    topics = rng.sample(TOPICS, 3)
    sentences += [f"Central to the talks will be {t}, which refers to {d}." for t, d in topics]
    text = "\n".join(sentences) + "\n"
    offsets: list[int] = []
    pos = 0
    for s in sentences:
        offsets.append(text.index(s, pos))
        pos = offsets[-1] + len(s)

    def ev(k: int, phrase: str | None = None) -> Evidence:
        s = sentences[k]
        at = s.index(phrase) if phrase and phrase in s else 0
        size = len(phrase) if phrase and phrase in s else len(s)
        return Evidence(sentence=k, start=offsets[k] + at, end=offsets[k] + at + size, text=s)

    persons = [
        Person(name=n, aliases=[n.split()[-1]], role=r, country=c, evidence=ev(2 + k, n))
        for k, (n, r, c) in enumerate(people)
    ]
    names = [p.name for p in persons]
    main = Event(
        name=f"{country}–{other} talks {i}",
        kind="main",
        date=day,
        timezone=tz,
        place=city,
        participants=names,
        evidence=ev(1),
    )
    start = datetime.combine(day, datetime.min.time(), ZoneInfo(tz)).replace(hour=rng.choice((9, 11, 14, 16)))
    side = [
        Event(
            name=f"{names[0].split()[-1]}–{names[2].split()[-1]} bilateral {i}",
            kind="bilateral",
            date=day,
            timezone=tz,
            place=city,
            participants=[names[0], names[2]],
            parent=main.name,
            evidence=ev(1),
        ),
        Event(
            name=f"Trilateral on {topics[0][0]} {i}",
            kind="trilateral",
            date=day,
            start=start,
            all_day=False,
            timezone=tz,
            place=city,
            participants=[names[1], names[3]],
            others=["a third delegation"],
            parent=main.name,
            evidence=ev(1),
        ),
    ]
    quote_at = len(sentences) - 5
    return Briefing(
        title=title,
        source=f"synthetic/{i:05d}.txt",
        published=day - timedelta(days=rng.randrange(3, 30)),
        reference_date=day - timedelta(days=3),
        text=text,
        sentences=sentences,
        people=persons,
        events=[main, *side],
        quotes=[
            Quote(speaker=people[k][0], text=q, evidence=ev(quote_at + j))
            for j, (q, k) in enumerate(zip(quote_texts, (0, 2), strict=True))
        ],
        topics=[
            Topic(name=t, definition=d, evidence=ev(len(sentences) - 3 + j))
            for j, (t, d) in enumerate(topics)
        ],
    )
