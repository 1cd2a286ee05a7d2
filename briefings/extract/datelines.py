"""A text's opening lines: its dateline, the date line under its headline and the government issuing it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from briefings.extract.agencies import agency_home
from briefings.extract.dates import ISO, find_dates, resolve_year
from briefings.extract.gazetteer import (
    City,
    capital_timezone,
    country_of,
    find_city,
    largest_city_timezone,
)
from briefings.extract.literals import has_any
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.places import UPPER, VENUE_HEAD
from briefings.extract.sentences import Doc, Sentence, parse_header_date

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# "Riyadh, 12 Rabi' al-Awwal 1448 AH, corresponding to 26 August 2026 —": the Hijri date before the Gregorian
# "Riyadh, Safar 10, 1447 AH, August 4, 2025, SPA --": the Hijri month first, then the Gregorian date
_HIJRI = (
    r"(?:\d{1,2}\s+[A-Z][\w'’ -]{2,25}?\s+1[34]\d\d\s*(?:A\.?H\.?|H\.?)?\s*"
    r"(?:,?\s*(?:corresponding|corresponds)\s+to|/|\()\s*"
    r"|[A-Z][\w'’ -]{2,25}?\s+\d{1,2},\s*1[34]\d\d(?:\s*A\.?H\.?)?,\s*(?=[A-Z]))"
)
# a dateline's city and region may be written with diacritics ("BOGOTÁ", "Évian-les-Bains", "Québec")
_CITY_CHAR = r"(?:[^\W\d_]|[.'’ -])"
_REGION_CHAR = r"(?:[^\W\d_]|[. ])"
DATELINE = re.compile(
    rf"^(?P<city>{UPPER}{_CITY_CHAR}{{1,30}}?)(?:,\s*(?P<region>{UPPER}{_REGION_CHAR}{{1,25}}?))?"
    # "MANILA 24 February 2025 – ...": the date may follow the city without a comma; "Berlin, 10.11.2026 –"
    rf"(?:(?:,\s*|\s+){_HIJRI}?(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|"
    r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\)?"
    # "..., 2025, SPA --": a wire's initials after the date, without brackets
    r"(?:,\s*[A-Z]{2,6}(?=\s*(?:[–—]|--?)\s))?)?"
    r"\s*(?:\([^)]{1,30}\)\s*){0,2}(?:(?:[–—]|--?|:)\s+|(?:[–—]|--)(?=[A-Z“\"]))"
)
# "New Delhi, Nov 3 (PTI) India ...", "SINGAPORE, May 29 Kyodo - ...": an agency tag after the date;
# "New Delhi [India], Sept 14 (ANI):": the country in brackets
_AGENCY_DATELINE = re.compile(
    rf"^(?P<city>{UPPER}{_CITY_CHAR}{{1,30}}?)(?:\s*\[(?P<region>{UPPER}{_REGION_CHAR}{{1,25}})\])?,\s*"
    # "Xcity, February 9/2026 (AGENCY)": a wire's year after a slash
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:/\d{{4}})?|\d{{1,2}}\s+{_MONTH})"
    r"\s*(?:\((?:[A-Z][A-Za-z.&-]*\s?){1,3}\)\s*(?:(?:[–—:]|--?)\s+)?|[A-Z][A-Za-z]+\s+(?:[–—]|--?)\s+)"
)
_SOURCE_DATE_LINE = re.compile(
    rf"^[A-Z][A-Z&.'’ ]{{1,30}}\s+-\s+"
    rf"(?P<d>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    r"(?:\s+-\s+\d{1,2}:\d{2})?(?:\s*\|.*)?$"
)
_DATE_PLACE_ISSUER_LINE = re.compile(
    rf"^(?P<d>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\s+[-–—]\s+"
    # (the issuer has no full stop: "May 5, 2026 - Ottawa - The Minister will host B." is the lead itself)
    r"[A-Z][\w.,'’ -]{1,30}?\s+[-–—]\s+[A-Z][^\n.]{1,80}$"
)
_TIME_FIRST = re.compile(
    r"^((?:Updated|Published|Posted)\s+)\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s+"
)
_PLACE_DATE_LINE = re.compile(
    rf"^(?P<city>{UPPER}{_CITY_CHAR}{{1,30}}?)(?P<region>)?,\s*"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)
# "Smalltown / Information Office / 02 December 2031": the place, the issuing office and the date
_SLASH_DATE_LINE = re.compile(
    rf"^(?P<city>{UPPER}{_CITY_CHAR}{{1,30}}?)(?P<region>)?\s+/\s+[A-Z][^/\n]{{1,50}}?\s+/\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)
_DATE_LINE = re.compile(
    rf"^(?:(?:Date|Published|Posted|Released|Issued|Updated)(?:\s+on)?\s*:?\s*)?"
    rf"(?:[A-Z][a-z]+day,?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\.?"
    # "Posted Fri 29 May 2026 at 6:15am": a clock time after the date
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
    r"(?:\s+-\s+[Pp]age\s+\d{1,3})?"  # "Fri, Apr 10, 2026 - page 3": a print edition's page
    r"\s*\|?$"  # "Feb. 19, 2026 |": a date line with a trailing separator
)
# "Wednesday, February 19, 2025, 4:05 p.m. Press Conference Room, Ministry of X": a briefing's day, time
# and room, no verb
_DATE_TIME_ROOM_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}),?\s+"
    r"(?:at\s+)?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,?\s+(?:[A-Z][\w'’-]*,?\s+(?:(?:of|the|and|for)\s+)*)*[A-Z][\w'’-]*$"
)
_US_ISSUER = re.compile(
    # (the UN's "Office of the Spokesperson for the Secretary-General" names its principal: not the State's)
    r"\b(?:Office of the Spokesperson(?! for the Secretary[- ]General)|Media Note|Department of State|"
    r"State Department|"
    r"White House|Briefing Room|Department of Defense|Department of War|Pentagon|"
    r"AMEMBASSY|SECSTATE)\b"  # a State cable's addresses: "FROM: AMEMBASSY XCITY", "TO: SECSTATE WASHDC"
)
_UK_ISSUER = re.compile(
    r"\b(?:Foreign, Commonwealth (?:&|and) Development Office|FCDO|GOV\.UK|10 Downing Street)\b"
)
_ISSUER = re.compile(
    r"\b(?:Ministry|Department|Government|Embassy|Mission)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w,&’' ]{0,60}?\s+of\s+)?(?:the\s+)?(?P<c>[A-Z][\w.’' ]{1,40}?)\b(?=[\s,.;:(]|$)"
)
_ISSUER_POSS = re.compile(
    # "the German-Chinese Government Consultations": a pair's second adjective is no issuer
    r"(?<![-–])\b(?P<c>[A-Z][\w. ]{1,30}?)(?:'s|’s)?\s+(?:Foreign Ministry|Defen[cs]e Ministry|"
    r"Ministry of [A-Z]\w+|Government|Prime Minister's Office|Cabinet Office)\b"
)
# Each issuer pattern with the literal words one of which every match holds (a cheap test before it runs).
_NAMED_ISSUERS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        _US_ISSUER,
        "United States",
        ("Office of the Spokesperson", "Media Note", "Department of ", "State Department", "White House",
         "Briefing Room", "Pentagon", "AMEMBASSY", "SECSTATE"),
    ),
    (_UK_ISSUER, "United Kingdom", ("Foreign, Commonwealth ", "FCDO", "GOV.UK", "10 Downing Street")),
)  # fmt: skip
_ISSUER_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_ISSUER, ("Ministry", "Department", "Government", "Embassy", "Mission")),
    (_ISSUER_POSS, ("Ministry", "Government", "Office")),
)
# "...; Pentagon yet to say who it will send": a subheadline's news about the body, not its letterhead
_NEWS_SUBJECT = re.compile(r"\s+(?!(?:of|and|for|on|the|in|at|press|media|news)\b)[a-z]")
_HANDWRITTEN_ISSUERS: dict[str, str] = {
    "Ministry of External Affairs": "India",
    "Department of Foreign Affairs and Trade": "Australia",
    "Ministry of Foreign Affairs and Trade": "New Zealand",
    "Federal Department of Foreign Affairs": "Switzerland",
}


@dataclass
class Dateline:
    """The dateline's city, its timezone-bearing gazetteer entry, and its date if given."""

    city: City
    place: str
    date: date | None
    end: int
    agency: str | None = None  # a national news agency's home ("(Kyodo)": Japan), whatever the city


_PAREN_COUNTRY = re.compile(rf"\s*\(({UPPER}{_REGION_CHAR}{{1,25}})\)")
# "Capital (AGENCY) –": a wire's tag in brackets straight after a title-case city, then a dash
_AGENCY_TAG = re.compile(r"\s*\([A-Z][A-Za-z&-]{1,12}\)\s*(?:[–—]|--?)\s")
_ORG_COUNTRIES = ORGANISATION_NAMES


_OPENING_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _own_country_after(text: str, m: re.Match[str]) -> bool:
    """ "Xcity - Xland will host ...": a title-case city whose own country opens the lead after the dash."""
    after = _OPENING_NAME.match(text, m.end())
    if after is None:
        return False
    country = country_of(after[0]) or country_of(after[0].split()[0])
    city = find_city(m["city"].strip(), frozenset([country])) if country else None
    return city is not None and city.country == country


_SLASH_DAY = re.compile(r"\((\d{1,2})/(\d{1,2})\)")


_MEMO_FIELDS = frozenset({"TO", "FROM", "CC", "RE", "DATE", "SUBJECT", "SUBJ", "ATTN"})


def find_dateline(doc: Doc, ref: date, upto: int = 6) -> Dateline | None:
    """ "TOKYO –", "SINGAPORE, June 1 (Reuters) -" opening one of the first sentences (before `upto`)."""
    for s in doc.sentences[:upto]:  # a headline, byline and agency lines may come first
        m = (
            DATELINE.match(s.text)
            # each needs its literal "," or "/": skip the pattern (and the strip) when the sentence has none
            or ("," in s.text and _PLACE_DATE_LINE.match(s.text.strip()))
            or ("/" in s.text and _SLASH_DATE_LINE.match(s.text.strip()))
            or _AGENCY_DATELINE.match(s.text)
        )
        if not m:
            continue
        raw = m["city"].strip()
        if raw in _MEMO_FIELDS and s.text.startswith(":", m.end("city")):
            continue  # a memo's header field ("TO: SECSTATE WASHDC", "FROM: AMEMBASSY X"): no dateline
        region = (m["region"] or "").strip()
        paren = _PAREN_COUNTRY.match(s.text, m.start("city") + len(m["city"])) if not region else None
        if paren and country_of(paren[1]):
            region = paren[1]  # "Smalltown (Country) (AFP) -"
        tagged = _AGENCY_TAG.match(s.text, m.start("city") + len(m["city"])) is not None
        slash = _SLASH_DAY.search(s.text, m.end("city"), m.end()) if "/" in s.text else None
        looks = raw.isupper() or region or m["date"] or slash or tagged or _own_country_after(s.text, m)
        if not looks:
            continue  # "Tokyo - a line" must look like a dateline (all caps, a date/region, "(Agency)")
        agency = agency_home(s.text[m.end("city") :]) if not region else None
        prefer = frozenset(c for c in [country_of(region) or agency] if c)
        city = find_city(raw, prefer) or (find_city(f"{raw}, {region}") if region else None)
        if city is None and region and VENUE_HEAD.search(raw.title()) and not country_of(region):
            city = find_city(region)  # "CAMP X, Ycity, April 18 —": a venue, then the city it stands in
        if city is None and prefer and not find_city(raw, frozenset()):
            # "SMALLTOWN, Country, May 3 (Agency)": a town too small for the gazetteer, in the country named
            country = next(iter(prefer))
            zone = capital_timezone(country) if country not in _ORG_COUNTRIES else None
            if zone is None and agency:  # "SMALLTOWN, Jan 17 (Agency) --": a national agency's home
                zone = largest_city_timezone(agency)
            town = raw.title() if raw.isupper() else raw
            city = City(town, country, 0, zone) if zone and not country_of(raw) else None
        if city is None:
            continue
        when: date | None = None
        if slash and not m["date"]:  # "Jakarta (22/1) –": day/month in brackets, the latest on/before ref
            when = resolve_year(int(slash[2]), int(slash[1]), ref, past=True) if int(slash[2]) <= 12 else None
        if m["date"]:
            raw_date = m["date"].replace("/", ", ")  # "February 9/2026": the year after a slash
            ds = find_dates(raw_date, 0, len(raw_date), ref)
            if ds:
                when = ds[0].date
                if ds[0].year_assumed:
                    when = resolve_year(when.month, when.day, ref, past=True) or when
        home = agency or agency_home(s.text[m.end("city") :])
        return Dateline(city, city.name, when, s.start + m.end(), home)
    return None


# "Date: 12.11.2025 | No: 112/25", "21.5.2026", "Posted On: 14 AUG 2026 6:15PM by PIB Delhi": a release's
# own date line in figures or with the month in capitals, before or after other fields
_FIELD_DATE = re.compile(
    r"^(?:[^|\n]{0,40}\|\s*)?(?:(?:Date|Dated|Published|Posted|Released|Issued|Updated)(?:\s+[Oo]n)?\s*:?\s*)?"
    # "Published: 8:00pm, 12 Oct 2026": a clock time before the date
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+)?"
    # "18/05/2026 04:37 PM": day and month in figures after a slash too (read only where one is over 12)
    r"(?:(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)|"
    r"(?P<t>\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?,?\s+(?:19|20)\d\d))"
    r"(?:\s*(?:\||\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)[^\n]{0,50}|\s+by\s[^\n]{1,40})?\.?$"
)


def _field_date(line: str) -> date | None:
    """A date line's date in figures or capitals ("Date: 12.11.2025 | No: 5", "Posted On: 14 AUG 2026")."""
    m = _FIELD_DATE.match(line) if len(line) < 100 else None
    if m is None:
        return None
    if m["d"]:
        day, month = int(m["d"]), int(m["m"])
        if m["sep"] == "/" and day <= 12:
            if month <= 12:
                return None  # "06/04/2025": the day and the month cannot be told apart
            day, month = month, day  # "05/18/2026": the month first
        try:
            return date(int(m["y"]), month, day)
        except ValueError:
            return None
    raw = m["t"].title()
    ds = find_dates(raw, 0, len(raw), date(2000, 1, 1))
    return ds[0].date if ds and not ds[0].year_assumed else None


def header_date(value: str) -> date | None:
    """A `published:` header's date: ISO, or as a date line writes it ("8:00pm, 12 Oct 2026")."""
    return parse_header_date(value) or (_field_date(value.strip()) if value else None)


def find_foot_date(doc: Doc) -> tuple[date, Sentence] | None:
    """A release's date line at its foot ("Abuja, 14 September 2026", "Zagreb, 21.5.2026") under the body."""
    tail = doc.sentences[-3:]
    for k, s in enumerate(tail):
        line = s.text.strip()
        # under a headline and a body, with only short lines after it ("Ministry of Defence")
        if len(line) > 60 or s.index < 2 or any(len(x.text) > 60 for x in tail[k + 1 :]):
            continue
        m = _PLACE_DATE_LINE.match(line) if "," in line else None
        if m is not None:
            ds = find_dates(m["date"], 0, len(m["date"]), date(2000, 1, 1))
            if ds and not ds[0].year_assumed:
                return ds[0].date, s
        when = _field_date(line.split(",", 1)[1].strip() if "," in line else line)
        if when is not None:
            return when, s
    return None


# "10:00 – 11:00 am EST" on a line of its own: an event's hours
_TIME_RANGE_LINE = re.compile(
    r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?[–—-]\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$",
    re.I,
)


def find_date_line(doc: Doc) -> tuple[date, Sentence] | None:
    """A line under the headline that is only a date ("July 20, 2024")."""
    for s in doc.sentences[:8]:
        line = s.text.strip()
        if (when := _field_date(line)) is not None:
            return when, s
        if len(line) < 40 and line.isupper():
            line = line.title()  # "JULY 24, 2024": a release's date line in capitals
        elif " - " in line and len(line) < 80 and (sm := _SOURCE_DATE_LINE.match(line)):
            line = sm["d"]  # "OUTLET NEWS - Apr 15, 2023 - 18:32 | World": the wire's own date line
        elif len(line) < 120 and (rm := _DATE_PLACE_ISSUER_LINE.match(line)):
            line = rm["d"]  # "May 5, 2026 - Ottawa - National Defence": the release's date, city and issuer
        elif ":" in line[:16] and len(line) < 60:
            # "Updated 9:14 PM UTC May 28, 2024": the time before the date
            line = _TIME_FIRST.sub(r"\1", line)
        if _DATE_LINE.match(line) or (len(line) < 140 and _DATE_TIME_ROOM_LINE.match(line)):
            # an event page's day over its hours ("10:00 – 11:00 am EST"): the event's, no release's
            nxt = doc.sentences[s.index + 1].text.strip() if s.index + 1 < len(doc.sentences) else ""
            if _TIME_RANGE_LINE.match(nxt):
                continue
            m = ISO.search(line)
            if m:
                return date(int(m[1]), int(m[2]), int(m[3])), s
            ds = find_dates(line, 0, len(line), date(2000, 1, 1))
            if ds and not ds[0].year_assumed:
                return ds[0].date, s
    return None


def issuer_country(doc: Doc) -> str | None:
    """The government issuing the text, when the opening or closing lines name it."""
    tail = doc.sentences[-4:]
    for prev, s in itertools.pairwise(tail):
        c = country_of(s.text.strip().title()) if len(s.text) < 40 else None
        if c and re.search(r"\b(?:ministry|government|office|embassy)\b", prev.text, re.I):
            return c  # "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" sign-off
    for s in doc.sentences[:6]:
        found = _line_issuer(s.text)
        # "THE WHITE HOUSE": a letterhead in capitals names its body as its title-case form does
        if found is None and len(s.text) <= 60 and s.text.isupper():
            found = _line_issuer(_title_line(s.text))
        if found:
            return found
    return None


def _line_issuer(line: str) -> str | None:
    """The issuing government a line of the opening names."""
    short = len(line) <= 100
    for k, v in _HANDWRITTEN_ISSUERS.items():
        if k in line and (short or line.startswith(("The " + k, k))):
            return v
    for rx, country, words in _NAMED_ISSUERS:
        m = rx.search(line) if has_any(line, words) else None
        if m and (m.start() <= 4 or (short and not _NEWS_SUBJECT.match(line, m.end()))):
            return country
    for rx2, words in _ISSUER_PATTERNS:
        if not has_any(line, words):
            continue  # the words every match of the pattern holds are absent
        for m in rx2.finditer(line):
            if not (short or m.start() <= 4) or _AGENT_OF.search(line, max(0, m.start() - 30), m.start()):
                continue
            c = country_of(m["c"].strip())
            if c:
                return c
    return None


# "The summit is hosted by the Government of X", "at the invitation of the Ministry of X": a host named in a
# news sentence, no letterhead
_AGENT_OF = re.compile(
    r"\b(?:(?:hosted|organi[sz]ed|convened|sponsored|invited|welcomed|received)\s+by|invitation\s+of)\s+(?:the\s+)?$"
)
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def _title_line(line: str) -> str:
    """A line in capitals in title case, its small words lower ("MINISTRY OF DEFENCE" -> "Ministry of
    Defence"), an initialism kept ("FCDO")."""
    words = line.strip().split()
    out = [
        w.lower()
        if k and w.lower() in _SMALL_WORDS
        else w
        if len(w) <= 4 and w.isalpha() and k
        else w.title()
        for k, w in enumerate(words)
    ]
    return " ".join(out)
