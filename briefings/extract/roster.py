"""Build the people of a document: mentions, merging, the country rules, and the Person models."""

from __future__ import annotations

import re

from briefings.extract.countries import CountryContext, guess_countries
from briefings.extract.gazetteer import fold
from briefings.extract.mentions import Mention, find_mentions
from briefings.extract.org_acronyms import acronym_officials
from briefings.extract.org_agencies import agency_officials
from briefings.extract.org_bodies import org_body_officials
from briefings.extract.org_issuer import defined_org_titles, org_prefixed_titles
from briefings.extract.org_people import org_short_titles
from briefings.extract.people import People, cased, find_conflicts, merge_singletons
from briefings.extract.people_acronym_homes import acronym_homes
from briefings.extract.people_acting import acting_offices
from briefings.extract.people_affiliation import outside_countries
from briefings.extract.people_agency_homes import agency_homes
from briefings.extract.people_appointed import appointed_offices, past_holders, predecessors
from briefings.extract.people_bare import cue_word, person_shaped
from briefings.extract.people_contacts import contact_names, contact_principals, org_contacts
from briefings.extract.people_counterpart_offices import counterpart_offices
from briefings.extract.people_counterparts import (
    counterparts_listed,
    counterparts_named_next,
    list_closing_country,
    list_from_country,
)
from briefings.extract.people_definite_titles import definite_titles
from briefings.extract.people_described_offices import described_offices, meeting_counterparts
from briefings.extract.people_groups import group_titles
from briefings.extract.people_leaders import leaders_of_governments
from briefings.extract.people_letterhead import caps_letterheads
from briefings.extract.people_lines import caption_lines, name_lines, title_lines
from briefings.extract.people_lists import spread_plural_titles
from briefings.extract.people_names import undotted_rank_short
from briefings.extract.people_not_names import no_person
from briefings.extract.people_org_short import short_body_titles
from briefings.extract.people_own_bodies import own_body_officers
from briefings.extract.people_parens import bracketed_countries
from briefings.extract.people_plural_offices import plural_offices
from briefings.extract.people_positions import announced_for, own_positions
from briefings.extract.people_presidential import presidential_staff
from briefings.extract.people_ranked import bracketed_initials, ranked_appositions
from briefings.extract.people_sides import sides_of
from briefings.extract.people_spouses import partners_of
from briefings.extract.people_titles import (
    fuller_titles,
    lead_speaker_named_next,
    named_later,
    post_holders,
    spokes_named_next,
)
from briefings.extract.people_where import where_clause_countries
from briefings.extract.people_workplace_refs import referred_workplaces
from briefings.extract.role_between import between_titles
from briefings.extract.role_billets import billet_titles, owned_posts
from briefings.extract.role_colon_portfolio import colon_portfolios
from briefings.extract.role_parliament import legislators_states
from briefings.extract.role_party_names import party_names
from briefings.extract.role_portfolios import continued_portfolios, portfolios_before_name
from briefings.extract.role_principals import principal_titles
from briefings.extract.role_show import shown_role
from briefings.extract.role_spokes_grades import spokes_grades
from briefings.extract.role_whose import whose_titles
from briefings.extract.role_workplace import workplace_titles
from briefings.extract.sentences import Doc
from briefings.extract.shared_countries import fill_countries
from briefings.extract.token_countries import joint_states
from briefings.models import Conflict, Person

__all__ = ["CountryContext", "build_people"]


# "the Ministry of Finance said": the word closes a body's name, no surname standing alone
_BODY_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")


def surname_cues(doc: Doc, per_sentence: list[list[Mention]]) -> None:
    """A bare full name ("Jane Doe will ...") whose surname alone stands elsewhere in a person's place
    ("Doe said", "met Doe on ", "Chair Doe"): the full name is a person's."""
    # also a surname under a title elsewhere ("Chair Doe said"): the bare "Jane Doe" is that person
    cued = {
        m.tokens[0].lower()
        for ms in per_sentence
        for m in ms
        if len(m.tokens) == 1
        and (
            (m.cue and cue_word(m.tokens[0]) and not _BODY_OF.search(doc.text, max(0, m.start - 30), m.start))
            or (m.role and m.written != "?")
        )
    }
    if not cued:
        return
    for ms in per_sentence:
        for m in ms:
            if m.written != "?" or len(m.tokens) < 2:
                continue
            last = m.tokens[0] if m.family_first else m.tokens[-1]
            if last.lower() in cued and person_shaped(doc.text, m.start, m.end, m.tokens):
                m.written, m.bare = doc.text[m.start : m.end], True


_JOINT_COMMAND = re.compile(r"\b([A-Z][\w.]*-[A-Z][\w.]*)\s+(?:[A-Z][\w-]*\s+){0,3}Command\b")


def _joint_command(role: str) -> bool:
    """The title is an office of a joint command of two states ("of the Xland-Yland Combined Forces
    Command")."""
    if "Command" not in role:
        return False
    m = _JOINT_COMMAND.search(role)
    return m is not None and joint_states(m[1])


_INSTITUTION_WORDS = frozenset(
    {"embassy", "embassies", "consulate", "consulates", "base", "ministry", "headquarters", "fms", "pms"}
)


def _institution(m: Mention) -> bool:
    """A mention whose words name an office, a base or a plural title, not a person."""
    return any(t.casefold() in _INSTITUTION_WORDS for t in m.tokens)


def build_people(doc: Doc, ctx: CountryContext) -> tuple[People, list[Person], list[Conflict]]:
    """People of a document, as models, plus conflicts (one singular title, two names)."""
    # "U.S. EMBASSY & CONSULATES IN INDIA", "HM Naval Base Portsmouth", "China FMs": an office, a base or a
    # plural title read as a name is no person
    # "Xword Asia has learned", "at Seri X": an outlet or a building, no person (people_not_names)
    per_sentence = [
        [m for m in find_mentions(doc.text, s) if not _institution(m) and not no_person(doc.text, m)]
        for s in doc.sentences
    ]
    for s, ms in zip(doc.sentences, per_sentence, strict=True):
        bracketed_countries(doc.text, s, ms)
        continued_portfolios(doc.text, ms)
        colon_portfolios(doc.text, ms)
        portfolios_before_name(doc.text, ms)
        spread_plural_titles(doc.text, s, ms)
        group_titles(doc.text, s, ms)
        whose_titles(doc.text, s, ms)
        principal_titles(doc.text, s, ms)
        workplace_titles(doc.text, s, ms)
        between_titles(doc.text, s, ms)
        ranked_appositions(doc.text, s, ms)
        bracketed_initials(doc.text, s, ms)
    contact_names(doc, per_sentence)
    acronym_officials(doc, per_sentence)
    org_body_officials(doc, per_sentence)
    agency_officials(doc, per_sentence)
    agency_homes(doc, per_sentence)
    billet_titles(doc.text, per_sentence)
    owned_posts(doc.text, per_sentence)
    spokes_grades(doc.text, per_sentence)
    list_closing_country(doc, per_sentence)
    list_from_country(doc, per_sentence)
    where_clause_countries(doc, per_sentence)
    fill_countries(doc, per_sentence)
    counterparts_named_next(doc, per_sentence)
    counterparts_listed(doc, per_sentence)
    org_short_titles(doc, per_sentence)
    org_prefixed_titles(doc, per_sentence)
    defined_org_titles(per_sentence)
    name_lines(doc, per_sentence)
    caption_lines(doc, per_sentence)
    surname_cues(doc, per_sentence)
    leaders_of_governments(doc, per_sentence)
    people = People()
    pending: list[Mention] = []
    credits: list[Mention] = []
    for ms in per_sentence:
        for m in ms:
            if m.credit:
                credits.append(m)
                continue
            if undotted_rank_short(m.tokens) and not people.find(m.tokens) and people.find(m.tokens[1:]):
                m.tokens = m.tokens[1:]  # "Gen A" after "Gen A B" (a Thai style): the given name alone
            if m.written == "?" and not people.find(m.tokens):
                pending.append(m)
                continue
            if m.bare and not people.find(m.tokens) and people.find(m.tokens[-1:]):
                continue  # "Gen Doe" after "General Jane Doe": the titled person, not a new one
            people.add(m)
    for m in pending:  # bare names mentioned before the full name ("Doe ... John Doe")
        if people.find(m.tokens):
            people.add(m)
    for m in credits:  # a byline's writers last: the text's first person is one it is about
        people.add(m)
    merge_singletons(people)
    named_later(doc, people)
    spokes_named_next(doc, people)
    lead_speaker_named_next(doc, people)
    post_holders(doc, people)
    fuller_titles(doc, people)
    appointed_offices(doc, people)
    predecessors(doc, people)
    title_lines(doc, people)
    caps_letterheads(doc, people)
    sides_of(doc, people)
    acronym_homes(doc, people)
    own_positions(doc.text, people)
    acting_offices(doc.text, people)  # before the guess: "A will be Acting Minister of X"
    plural_offices(doc, people)  # before the guess: "the Xish and Yish foreign ministers ... A and B"
    definite_titles(doc, people)  # before the guess: "According to the spokeswoman, ... . A told reporters"
    # "Commander of the Xland-Yland Combined Forces Command": a joint command of two states tells neither
    joint = [r for r in people.recs if not r.country and r.role and _joint_command(r.role)]
    org_contacts(people, ctx.own_org)
    own_body_officers(doc, people)  # before the guess: "the institute's director-general"
    presidential_staff(people)  # before the issuer's and the dateline's country
    party_names(doc.text, people)
    guess_countries(doc, people, ctx)
    for r in joint:
        r.country = None
    legislators_states(people, doc.text)
    past_holders(doc, people)
    outside_countries(doc, people)
    referred_workplaces(doc, people)  # after it: a workplace named in full earlier or in a "where" clause
    partners_of(doc.text, people)
    contact_principals(doc, people)
    announced_for(doc.text, people)  # last: only a titled official no other rule placed
    short_body_titles(doc.text, people)
    meeting_counterparts(doc, people)
    described_offices(doc, people)  # needs the countries: "the Xish defence minister" is Xland's
    counterpart_offices(doc, people, ctx.parties)  # last: only a person no other rule gave an office
    out: list[Person] = []
    for rec in people.recs:
        first = min(rec.mentions, key=lambda m: (m.written == "?", m.start))
        ev = doc.evidence(first.span_start, first.end, first.sentence)
        if ev is None:
            continue
        aliases = {a for a in rec.aliases if a != rec.name}
        aliases.add(rec.plain)
        if rec.family_first:
            words = [cased(w) for w in rec.tokens]
            aliases.add(" ".join(words[1:] + words[:1]))
        folded = fold(rec.name)
        if folded != rec.name:
            aliases.add(folded)
        aliases.discard(rec.name)
        out.append(
            Person(
                name=rec.name,
                aliases=sorted(aliases),
                role=shown_role(rec.role, rec.country),
                country=rec.country,
                evidence=ev,
            )
        )
    return people, out, find_conflicts(doc, people)
