"""Side meetings a text lists apart from its cue sentences: a bulleted list of gatherings, a preparatory
session, one bulleted counterpart each."""

from __future__ import annotations

from datetime import date

from briefings.extract.events import MainEvent
from briefings.extract.people import People
from briefings.extract.sentences import Doc
from briefings.extract.side_lists import listed_counterparts, listed_gatherings, unseen
from briefings.extract.side_preparatory import preparatory_sessions
from briefings.models import Event


def listed_meetings(
    doc: Doc, people: People, main: MainEvent, ref: date, prefer: frozenset[str] | None, out: list[Event]
) -> list[Event]:
    """out and the meetings the text lists apart ("will also attend the following meetings:", "a preparatory
    session ... led by A", "including:" and a counterpart a bullet)."""
    out = list(out)
    if "following" in doc.text:
        # "will also attend the following meetings:" and a bulleted list of gatherings
        out += listed_gatherings(doc, people, main, ref, prefer)
    if "preparatory" in doc.text:  # "a preparatory session of senior officials, led by A": its leader's
        out += unseen(preparatory_sessions(doc, people, main, ref, prefer), out)
    if ":\n" in doc.text or "\n-" in doc.text or "\n•" in doc.text:
        # "bilateral meetings with his counterparts, including:" and one bulleted counterpart each
        out += unseen(listed_counterparts(doc, people, main, ref), out)
    return out
