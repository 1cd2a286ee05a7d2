"""The cues guess_countries reads: a host's verb, a sender, an unofficial title, a first-person release; and
whether a person's office is one a country has free."""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.gazetteer import country_of
from briefings.extract.offices import fits, knows_office
from briefings.extract.people import People, PersonRec


def fits_office(people: People, rec: PersonRec, country: str) -> bool:
    """The person's title is an office of the table that the country has free."""
    return knows_office(rec) and fits(people, rec, country)


def title_countries(people: People, rec: PersonRec) -> frozenset[str]:
    """The countries of the others the text gives the person's very title ("U.S. Chairman of the X, B"), the
    state's word inside it apart ("Chairman of the U.S. X" is the office "Chairman of the X" of one state)."""
    role = _stateless(rec.role or "")
    return frozenset(
        r.country for r in people.recs if r.country and r is not rec and _stateless(r.role or "") == role
    )


@cache
def _stateless(role: str) -> str:
    """A title in lower case without the state's words it holds."""
    return " ".join(w for w in role.split() if not country_of(w)).lower()


HOST_VERB = re.compile(
    r"^\s*,?\s*(?:is\s+(?:to\s+)?|will\s+)?(?:host|hosts|hosted|hosting|welcome|welcomes|welcomed|welcoming|receive|"
    r"receives|received)\b"
)
HOSTED_BY = re.compile(r"\bhosted\s+by\s+(?:the\s+|our\s+)?$")  # "hosted by our Minister A": the host's
# "Xland is sending a Deputy Minister, A": the sender is the envoy's country
SENDS = re.compile(
    # "Xcity has not sent its foreign minister, A": a capital speaks for its state
    r"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:is|are|will|has|have|had|did)?\s*(?:not\s+|never\s+)?"
    r"(?:sending|send|sends|sent)\s+"
    r"(?:(?:a|an|its|their)\s+)?$"
)
UNOFFICIAL = re.compile(
    r"\b(?:analyst|fellow|researcher|scholar|correspondent|[Pp]rofessor|[Ll]ecturer|expert|economist|scientist|specialist|writer|reporter|[Ee]ditor|"
    r"commentator|"
    r"[Tt]ranslator|[Pp]hotographer)\b|\sat\s(?!the\s+(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Embassy)\b)|"
    r"\b(?:Institute|University|Foundation|Think Tank)\b|"
    # "IISS director-general": an institute's officer (a ministry's acronym goes with "spokesperson")
    r"^(?!(?:U\.?S|U\.?K|EU|UN|NATO|ASEAN)\b)[A-Z]{2,6}\s+(?:director|director-general|president|chair|"
    r"chairman|chairwoman|head|founder)\b|"
    # "director-general and chief executive of the IISS": the same, the acronym written after the title
    r"\b(?i:director-general|chief executive)\b.*\bof\s+the\s+"
    r"(?!(?:UN|EU|AU|IAEA|WTO|IMF|OECD|OSCE)$)[A-Z]{3,6}$"
)
FIRST_PERSON = re.compile(r"(?:^|\n|[.!?]\s)(?:I|We) (?:will|am|are|have|look)\b")
FIRST_PERSON_WORDS = tuple(f"{w} {v}" for w in ("I", "We") for v in ("will", "am", "are", "have", "look"))
