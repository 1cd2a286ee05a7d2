"""The reads' SQL statements, built once: building a SELECT costs more than running it on an indexed table,
and a prebuilt statement's cache key is memoised. Lists of ids go in through expanding parameters."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, and_, bindparam, select

from briefings import schema as t

EVENT_COLUMNS = tuple(t.events.c)

_b, _e, _p, _pm, _q = t.briefings.c, t.events.c, t.people.c, t.person_mentions.c, t.quotes.c
_SOURCE = (_b.title.label("b_title"), _b.source.label("b_source"), _b.published.label("b_published"))


def _ids() -> Any:
    return bindparam("ids", expanding=True)


EVENTS = select(*EVENT_COLUMNS, *_SOURCE).join(t.briefings, _b.id == _e.briefing_id)
CHILDREN = EVENTS.where(_e.parent_id.in_(_ids())).order_by(_e.sort_utc.is_(None), _e.sort_utc, _e.id)
SOURCES = select(_b.id, _b.title, _b.source, _b.published).where(_b.id.in_(_ids()))
TOPICS = (
    select(t.topics, *_SOURCE)
    .join(t.briefings, _b.id == t.topics.c.briefing_id)
    .where(t.topics.c.briefing_id.in_(_ids()))
    .order_by(t.topics.c.briefing_id, t.topics.c.id)
)
PARTICIPANTS = (
    select(t.event_participants.c.event_id, _p.id, _p.name, _pm.role, _pm.country)
    .join(t.events, _e.id == t.event_participants.c.event_id)
    .join(t.people, _p.id == t.event_participants.c.person_id)
    .outerjoin(
        t.person_mentions,
        and_(_pm.person_id == t.event_participants.c.person_id, _pm.briefing_id == _e.briefing_id),
    )
    .where(t.event_participants.c.event_id.in_(_ids()))
    .order_by(t.event_participants.c.event_id, t.event_participants.c.position)
)
PERSON_COLUMNS = (
    _p.id,
    _p.name,
    _p.key,
    _p.aliases,
    _pm.name.label("mention_name"),
    _pm.role,
    _pm.country,
    _pm.evidence,
    _b.id.label("bid"),
    _b.title,
    _b.source,
    _b.published,
    _b.conflicts,
)
PEOPLE_LATEST = (
    select(*PERSON_COLUMNS)
    .join(t.person_mentions, _pm.id == _p.latest_mention_id)
    .join(t.briefings, _b.id == _pm.briefing_id)
    .where(_p.id.in_(_ids()))
)
PEOPLE_IN_BRIEFING = (
    select(*PERSON_COLUMNS)
    .join(t.person_mentions, and_(_pm.person_id == _p.id, _pm.briefing_id == bindparam("bid")))
    .join(t.briefings, _b.id == _pm.briefing_id)
    .where(_p.id.in_(_ids()))
)
QUOTES = (
    select(
        _q.id,
        _q.speaker,
        _q.speaker_id,
        _q.text,
        _q.evidence,
        _p.name.label("person_name"),
        _b.id.label("bid"),
        _b.title,
        _b.source,
        _b.published,
    )
    .join(t.briefings, _b.id == _q.briefing_id)
    .outerjoin(t.people, _p.id == _q.speaker_id)
)
PERSON_EVENTS = (
    EVENTS.join(t.event_participants, t.event_participants.c.event_id == _e.id)
    .where(t.event_participants.c.person_id == bindparam("pid"))
    .order_by(_e.sort_utc.is_(None), _e.sort_utc.desc(), _e.id.desc())
    .limit(bindparam("limit", type_=Integer))
)
QUOTES_BY_SPEAKER = (
    QUOTES.where(_q.speaker_id == bindparam("pid"))
    .order_by(_b.dated.desc(), _b.id.desc(), _q.id)
    .limit(bindparam("limit", type_=Integer))
)
