"""Find person mentions in a sentence: titles before names, names with apposition titles, speakers."""

from __future__ import annotations

import re

from briefings.extract import forms, people_names
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.literals import has_any
from briefings.extract.mention_headlines import headline_mentions
from briefings.extract.mention_low_titles import low_title_mention, region_tail_end
from briefings.extract.mention_model import Mention, make_mention
from briefings.extract.mention_tokens import (
    big_city,
    body_or_region,
    co_verb,
    count_lower,
    grade_before,
    initials_title,
    lone_counterpart,
    office_acronym,
    office_initials,
    past_native,
)
from briefings.extract.people_after_title import (
    NOUN_END,
    comma_name,
    contact_label,
    field_then_name,
    portfolio_run,
    portfolio_word,
    post_then_comma_name,
    region_then_name,
    subject_then_name,
)
from briefings.extract.people_bare import (
    attributive,
    bare_person,
    described_country,
    event_named,
    noun_country,
    place_or_body,
    place_runs_on,
    thing_run,
)
from briefings.extract.people_bylines import byline, credit_line
from briefings.extract.people_names import HONORIFIC_WORDS, honorific_at, patronym_given, scan_name
from briefings.extract.people_posts import in_place_name
from briefings.extract.people_styles import numbered_office
from briefings.extract.role_academics import academic_rank
from briefings.extract.role_affairs import field_to_comma
from briefings.extract.role_appos import HAS_CONNECTOR as _HAS_CONNECTOR
from briefings.extract.role_appos import apposition, said_aside
from briefings.extract.role_commas import past_home
from briefings.extract.role_experts import apposition_wins, described_expert
from briefings.extract.role_local import local_office, office_prefix, subdivision_country
from briefings.extract.role_prefix import and_title, comma_title
from briefings.extract.role_scan import TITLE_WORDS, Title, opens_title, scan_title
from briefings.extract.roles import HEADS, MODIFIERS, _words
from briefings.extract.sentences import Sentence
from briefings.extract.token_countries import could_start_country, country_at
from briefings.extract.tokens import HONORIFICS, is_initial, is_name_text, is_title_word, tokenize

_LOW_TITLE_WORDS = TITLE_WORDS - {"the", "a", "an", "representatives", "senators"}  # plurals: capitalised
_PLAIN_STARTS = _words(
    "the this that these those it its they their we our he she his her in on at for and but as with from to "
    "a an if when while after before during officials analysts diplomats ministers leaders both"
)
_FOR = re.compile(r"\bfor\b")  # a title naming its field ("special envoy for ...")
_HELD = re.compile(r"\b(?:case|detention|release|arrest|imprisonment|trial|jailing)\s+of\s+$")
_SUCCESSION = re.compile(r"\b(?:predecessor|successor)s?,?\s*$")
# "her counterparts from Xland, A B, and Yland, C D": each name after its country and a comma
_FROM_COUNTERPART = re.compile(
    r"\bcounterparts\s+(?:from|of)\s+(?:[^.;]{0,80}?,\s+and\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)?),\s$"
)
_COUNTERPART_NAME = re.compile(r"(?:\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?counterparts?,?\s*$")
_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|[Oo]ffice|[Ee]nquiries|[Ii]nquiries)\s*:\s*$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added)\s*,?\s*$")
_SAID_WORDS = ("said", "says", "told", "added")
_TOLD = re.compile(r"\btold\s*$")
_KIN_WORDS = ("wife", "husband", "spouse")  # forms.KIN's
_POSSESSIVE_S = ("'s", "’s")  # forms.POSSESSOR's
_LOWER = re.compile(r"[a-zß-ÿ]")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_SPEECH = re.compile(
    r"^\s*(?:said|says|told|added|noted|stressed|explained|stated|announced|remarked|declared|wrote|"
    r"emphasized|emphasised|underscored|underlined|urged|warned|insisted|continued|replied|responded)\b"
)

# ranks that are also adjectives opening a thing's name ("General Xtronics", "Chief Guest")
_ADJECTIVE_RANKS = frozenset({"General", "Chief", "Major"})
_AT_PLACE = re.compile(r"(?:^|\s)(?:[Ii]n|[Aa]t)\s+$")


def find_mentions(text: str, sent: Sentence) -> list[Mention]:
    """Every person mention in one sentence, in order."""
    line = credit_line(text, sent.start, sent.end)
    if line is not None:  # "By A B and C D", "Editor: A B": the names of a credit line, in any case
        staff, names = line
        found = [make_mention(name, sent, name[0].start, None, text) for name in names]
        for m in found:
            m.role, m.credit = staff, True
        return found
    if not _UPPER.search(sent.text, 1):
        first_word = sent.text.split(None, 1)[0].lower() if sent.text.strip() else ""
        if first_word in _PLAIN_STARTS:
            return []  # no capitalised word but a plain first one: no name can be here
    toks = tokenize(text, sent.start, sent.end)
    n_lower = count_lower(sent.text)
    # n_upper <= len - n_lower, so when len <= 5 * n_lower the banner test cannot pass: skip counting
    if len(sent.text) > 5 * n_lower:
        n_upper = len(_UPPER.findall(sent.text))
        if n_upper + n_lower > 12 and n_upper > 4 * n_lower:
            return []  # an all-capitals banner: names there are too ambiguous to read
    # a bracketed line ("(Reporting by A; Editing by B)") is a credit, not a headline
    headline = not sent.text.rstrip().endswith((".", ":", ")")) and forms.title_case(sent.text)
    out: list[Mention] = []
    i = 0
    n = len(toks)
    bare: Title | None = None
    while i < n:
        t = toks[i]
        if not t.cap:
            lw = t.low
            # is_title_word(t, True) inlined: most lower-case words are in neither table and hold no hyphen
            # ("the", "a", "an" are title words, but open no title here: _LOW_TITLE_WORDS leaves them out)
            if lw in _LOW_TITLE_WORDS or ("-" in lw and is_title_word(t, True) and not co_verb(toks, i)):
                low = low_title_mention(toks, i, text, sent)
                if low is not None:  # "the commander of X Command, Adm. Jane Doe", "MFA spokesperson A"
                    out.append(low[0])
                    i = low[1]
                    continue
            i += 1
            continue
        prev_low = toks[i - 1].low if i else ""
        if (prev_low in forms.PLACE_FIRST and toks[i - 1].cap) or prev_low in forms.VESSELS:
            while i < n and toks[i].cap:
                i += 1  # "Camp General A B", "the vessel Dr. A B": a place or ship named after a person
            continue
        title = scan_title(toks, i, text) if opens_title(t.low) else None  # its own fast path, inlined
        if title is None and not i and n > 2 and t.low in MODIFIERS and toks[1].low in HEADS:
            # "First lady A B", "Senior lecturer at X, A B": a title in sentence case opening the sentence
            title = scan_title(toks, 0, text, ci=True) if not toks[1].cap else None
            k0 = title.next_index if title else n
            if k0 < n and not toks[k0].cap and (low := low_title_mention(toks, 0, text, sent)):
                out.append(low[0])  # a lower-case word after it: the workplace or the field before the name
                i = low[1]
                continue
        if (
            title is None
            and i + 1 < n
            and toks[i + 1].cap  # office_acronym's first test inlined: a capitalised title must come next
            and (t.text.isupper() or t.text[1:].islower())
            and office_acronym(toks, i, text)
        ):
            i += 1  # "DFA Assistant Secretary A": the ministry's initials, then the title
            continue
        if title is None and t.text.isupper() and initials_title(toks, i, text):
            i += 1  # "EAM A", "ACM B": initials the text gave a title, no name word
            continue
        if title is None and (t.low in HONORIFICS or could_start_country(t.low)):
            hit = country_at(toks, i, text)
            if hit and hit[1] > i + 1:
                i = hit[1]  # "Sri Lanka", "United States": a country of several words is no name
                continue
        if title and t.low in forms.SPOKES and i and office_initials(toks[i - 1]):
            title.role_start = title.start = toks[i - 1].start  # "DFA Spokesperson A": the office's voice
        if title:
            if toks[title.next_index - 1].cap and numbered_office(toks, title.next_index) > title.next_index:
                title.role_end, title.next_index = toks[title.next_index].end, title.next_index + 1
            got = scan_name(toks, title.next_index, True)
            k0 = title.next_index
            region = region_then_name(toks, k0, got)
            if region:  # "Special Representative for Central Asia, A B": the region closes the title
                (title.role_end, got), title.next_index = region, k0 + 1
                k0 += 1
            if got and got[1] < n and toks[got[1]].text == "," and thing_run([x.text for x in got[0]]):
                # "the Administrator of the Xland Canal Authority, A B,": the body's name closes the title
                title.role_end, k0, got = got[0][-1].end, got[1], None
            if got is None and k0 < n and toks[k0].text == ":" and title.start == toks[0].start:
                # a contact block's "Lead Spokesperson for X: Jane Doe" line (a telephone number may close it)
                got = contact_label(toks, k0, text, sent.end)
            of_next = k0 < n and toks[k0].low == "of"  # "Chief Minister of Xstate, Dr A B"
            if got is None and (of_next or _HAS_CONNECTOR.search(text[title.role_start : title.role_end])):
                longer = portfolio_run(toks, k0, text, sent.end, strict=title.country is None)
                if longer:  # "Italy's Minister of Enterprises and Made in Italy, Jane Doe,"
                    title.role_end, got = longer
            post = post_then_comma_name(toks, k0, text, sent.end) if got is None and k0 < n else None
            if post:  # "The Attaché at the Xish Embassy in Ycity, A B": Xland's
                got, title.country = post[0], title.country or post[1]
            if got is None and k0 < n and toks[k0].low in ("and", "&", "in", "of", "on"):
                # "Minister of X and Expatriates Jane Doe", "senior lecturer in politics Dr Jane Doe"
                longer = field_then_name(toks, k0) or subject_then_name(toks, k0)
                if longer:  # the field closes the title
                    title.role_end, got = longer
            longer = in_place_name(toks, title, got, text, sent.end)
            if longer:  # "Xland's High Commissioner in Ycity, Jane Doe,": the post's city closes the title
                title.role_end, got = longer
            if got is None and k0 < n and toks[k0].low in ("in", "for"):
                end = region_tail_end(toks, k0)  # "joint commander for the X Sea (ABC), Vice-Admiral A"
                got = comma_name(toks, end, text, sent.end) if end > k0 else None
                if got:
                    title.role_end = toks[end - 4 if toks[end - 1].text == ")" else end - 1].end
            if got is None:  # "The Minister for Foreign Affairs, Jane Doe, will ..."
                got = comma_name(toks, k0, text, sent.end, single_ok=True)
                words = [x.text for x in got[0]] if got else []
                if got and (place_or_body(text[got[0][0].start : got[0][-1].end]) or thing_run(words)):
                    got = None  # "Staff Correspondent, Xtown": a dateline's city, not a name
            if got is None and k0 < n and _FOR.search(text, title.role_start, toks[k0].end):
                field = field_to_comma(toks, k0 + (toks[k0].low == "for"))
                got = comma_name(toks, field, text, sent.end) if field else None
                if got:  # "the X's special envoy for the Y-Z dialogue, Jane Doe": the field runs to its noun
                    title.role_end = toks[field - 1].end
            if got and got[0][0] is toks[k0] and place_runs_on(toks, k0, got[0], text):
                # "Senator for New South Wales": the title's last word opens a place's name; a name may
                # follow it after a comma ("Governor of the South Xian Region, Jane Doe")
                place_end = got[0][-1].end
                got = comma_name(toks, got[1], text, sent.end)
                if got:
                    title.role_end = place_end
            elif got and (
                (len(got[0]) == 1 and got[0][0].low in forms.COLLECTIVE) or event_named(toks, got[1])
            ):
                got = None  # "EU Member States": a body's members; "Chair X Y Dialogue": an event's name
            elif got and len(got[0]) == 1 and body_or_region(got[0][0], toks, got[1]):
                got = None  # "Head of the X Security Architecture Programme": a body's or region's word
            elif got and len(got[0]) == 1 and got[0][0] is toks[k0] and portfolio_word(toks, k0):
                # "Minister for Defence Procurement, Jane Doe", "... Finance and Public Credit, Jane Doe"
                alt = comma_name(toks, got[1], text, sent.end)
                if alt and _HAS_CONNECTOR.search(text[title.role_start : title.role_end]):
                    title.role_end, got = toks[k0].end, alt
            if got:
                name, k = got
                if k < n and toks[k].text == "(":
                    k = past_native(toks, k)
                m = make_mention(name, sent, title.start, title, text)
                both = comma_title(toks, text, bare, i, title, m.role) if bare else None
                both = both or (and_title(toks, text, bare, i, title, m.role) if bare else None)
                if both and bare:  # "Deputy Prime Minister, Minister of X A", "T1 and Xish T2 A"
                    m.role, m.span_start, m.country = both, bare.start, m.country or bare.country
                if len(name) == 1 and m.role in _ADJECTIVE_RANKS:
                    m.written = "?"  # "General X", "Chief X": a person only when X is named in full elsewhere
                # "Acting U.S. Secretary of X", "former Xish President A": the grade around the state's word
                if i and m.country and m.role and grade_before(toks[i - 1], title.role_start > t.start):
                    m.role, m.span_start = f"{toks[i - 1].text} {m.role}", toks[i - 1].start
                if m.country is None:
                    m.country = forms.of_country(text, toks[k - 1].end, sent.end)
                body = forms.of_body(text, toks[k - 1].end, sent.end) if forms.body_office(m.role) else None
                if body and m.role:  # "General Secretary A of the X Party of Y": the body completes the title
                    m.role = f"{m.role} {body[0]}"
                    m.country = m.country or body[1]
                    k = next((x for x in range(k, n) if toks[x].start >= body[2]), n)  # names after it
                local = local_office(toks, i, text, title)
                if local is None and i > 3 and toks[i - 1].text == ")" and title.role_start == t.start:
                    local = office_prefix(toks, i)  # "Department of X (DOX) Secretary A"
                if local is not None:  # "Ontario Premier A": the province is part of the title
                    m.role = text[local : title.role_end]
                    m.span_start = min(m.span_start, local)
                    m.country = m.country or subdivision_country(text[local : title.role_start])
                weak = forms.weak_title(m.role) or (m.role or "")[:7].lower() == "former "  # a past post too
                # "EU foreign policy chief A, the High Representative for X,": the formal title wins
                loose = not weak and m.role is not None and (m.role.islower() or described_expert(m.role))
                appos = apposition(toks, k, text) if weak or loose else None
                if appos is None and weak and k < n and toks[k].low == "of":
                    # "Ambassador A of Xland, Chairperson of the X Council": the office after the home
                    appos = apposition(toks, past_home(toks, k), text)
                if appos and loose and not apposition_wins(m.role, appos, text):
                    appos = None
                if appos:  # "Lt. Gen. X, Director for Strategic Plans": the office beats the rank
                    m.role = text[appos.role_start : appos.role_end]
                    if appos.prefix:  # "Lt. Col. X, Deputy Pentagon Press Secretary": the grade stays
                        m.role = f"{appos.prefix} {m.role}"
                    m.country = appos.country or m.country
                    k = appos.next_index
                elif weak and m.role and m.role.lower() != "ambassador":
                    unit = forms.apposed_unit(toks, k)
                    if unit:  # "Lt. Col. X, Pentagon Press Operations,": the office he speaks for
                        m.role = text[toks[k + 1].start : toks[unit - 1].end]
                        k = unit
                m.tail_end = toks[k - 1].end
                out.append(m)
                i = k
                continue
            bare = title  # "Deputy Prime Minister, Minister of X A": a nameless title the next may join
            i = title.next_index
            continue
        honorific = t.low in HONORIFIC_WORDS and honorific_at(toks, i)
        if honorific and i + 1 < n and opens_title(toks[i + 1].low) and scan_title(toks, i + 1, text):
            i += 1  # "the Hon'ble Prime Minister": a title after the honorific, read next
            continue
        nxt_name = i + 1 < n and is_name_text(toks[i + 1].text, False)
        given = not honorific and nxt_name and forms.country_given_name(t)  # "Georgia Bellini, Italy's ..."
        # "at Universitas Xland Jane Doe", "University of the Xlands Diliman": a country closing a body's name
        given = given and not (i and (toks[i - 1].cap or toks[i - 1].low in ("of", "the")))
        # "S. Jane Doe" / "S. Doe": a name led by an initial, which is no name word by itself
        initial_first = nxt_name and i + 2 < n and is_initial(t)
        got = (
            scan_name(toks, i, given)
            if (honorific or given or initial_first or is_name_text(t.text, True) or patronym_given(toks, i))
            else None
        )
        if got:
            name, k = got
            # "Hsu Li-ping (許麗萍), a professor": read on after it
            native = past_native(toks, k) - k if k < n and toks[k].text == "(" else 0
            k += native
            before = text[sent.start : t.start]
            if not honorific and _AT_PLACE.search(before[-5:]) and find_city(text[t.start : name[-1].end]):
                i = k  # "In New Delhi, the Secretary will ...": a city, not a person
                continue
            if honorific and i and toks[i - 1].cap and find_city(text[toks[i - 1].start : name[-1].end]):
                i = k  # "Bandar Seri Begawan": a style word inside a city's name
                continue
            if not honorific and len(name) >= 2 and big_city(text[t.start : name[-1].end]):
                i = k  # "said Xtown would press for ...": a capital speaking for its government
                continue
            if (not honorific or forms.street_end(name)) and len(name) >= 2 and forms.place_name(name):
                i = k  # "Zhejiang Province", "Mount Fuji", "Ratu A Road" (a styled namesake's): a place
                continue
            after = text[toks[k - 1].end : sent.end]
            appos = apposition(toks, k, text)
            aside = None if appos else said_aside(toks, k, text, before)  # "A, director of X at Y, said"
            appos = appos or aside
            # each regex below runs only when its literal words are there (literals.has_any)
            b16, b30 = before[-16:], before[-30:]
            # "told Jane Doe" names a listener, most often a broadcaster ("told Xyz Radio"): no cue
            speech = bool(_SPEECH.match(after)) or (
                has_any(b16, _SAID_WORDS) and bool(_SAID_BEFORE.search(b16)) and not _TOLD.search(b16)
            )
            m = make_mention(name, sent, t.start, appos, text)
            m.tail_end = toks[appos.next_index - 1].end if appos else toks[k - 1].end if native else m.end
            of_country = forms.of_country(text, toks[k - 1].end, sent.end)
            thing = not honorific and thing_run([x.text for x in name])
            if thing:
                # "the Democratic Republic of Xland", "Xland's Enhanced Forward Presence": no person
                of_country = None
            labelled = ":" in b30 and bool(_CONTACT.search(b30))
            m.contact = len(name) >= 2 and (labelled or forms.phone_after(after))
            if labelled and m.contact and ((k < n and toks[k].cap) or NOUN_END.search(name[-1].text)):
                m.contact = False  # "Contact: X Public Affairs Office", "X Public Information": an office
            m.honorific = honorific
            b60 = before[-60:]
            lone = len(name) == 1 and lone_counterpart(b60, after)  # "her Xish counterpart A."
            cp = _COUNTERPART_NAME.search(b60) if (len(name) >= 2 or lone) and "counterpart" in b60 else None
            if cp is None and len(name) >= 2 and "counterparts " in before:  # "counterparts from X, A"
                cp = m_ if (m_ := _FROM_COUNTERPART.search(before)) and country_of(m_[1]) else None
            kin = len(name) >= 2 and has_any(b30, _KIN_WORDS) and bool(forms.KIN.search(b30))  # "his wife, A"
            # "Jane Doe, who ...": a relative clause on a person; "(Reporting by Jane Doe)": a credit
            kin = kin or (len(name) >= 2 and after.startswith((", who ", ", who’", ", who'")))
            # "his predecessor, Jane Doe,": a named holder of the office before or after
            kin = kin or ("ecessor" in b30 and len(name) >= 2 and bool(_SUCCESSION.search(b30)))
            # "the case of Jane Doe", "the release of Jane Doe": a detainee named by a cause
            kin = kin or (b30.endswith(" of ") and len(name) >= 2 and bool(_HELD.search(b30)))
            credit = byline(before[-90:]) if len(name) >= 2 else None
            if credit:
                lead, _, job = credit.rpartition(" ")
                if country_of(lead):  # "Australian writer A B": a country's writer, not a news agency's
                    credit, m.country = job, m.country or country_of(lead)
            m.role = m.role or credit or people_names.ruler_title(toks, i, name)  # "the Amir Sheikh A"
            if m.role is None and honorific and t.low in ("professor", "prof.", "prof"):
                m.span_start = academic_rank(toks, i)  # "Associate Professor A": the post is the role
                m.role = text[m.span_start : t.end]
            poss = forms.POSSESSOR.search(b30) if len(name) >= 2 and has_any(b30, _POSSESSIVE_S) else None
            # "Germany's Anna Weber" (not "Japan's Liberal Democratic Party", "NATO's Air Policing mission")
            thing_next = k < n and (toks[k].cap or attributive(toks[k].low))
            owner = country_of(poss[1]) if poss and not thing_next and not thing else None
            m.country = m.country or owner
            if cp:  # "his Philippine counterpart, Ana Ruiz,"
                m.country = country_of(cp[1]) if cp[1] else None
                appos = appos or None
            cued = (
                honorific
                or appos
                or speech
                or of_country
                or m.contact
                or cp
                or kin
                or owner
                or credit is not None
            )
            if not cued or len(name) == 1:
                m.cue = speech or bare_person(name, text, before, after)
            if m.cue or cued:
                m.country = m.country or of_country or noun_country(before) or described_country(after)
            m.bare = m.cue and not cued
            if (cued or m.cue) and (len(name) >= 2 or honorific or lone):
                i = (appos.resume or appos.next_index) if appos else k
            else:
                m.written = "?"  # a bare name: maybe someone named elsewhere (resolved later)
                i = k
            out.append(m)
            continue
        i += 1
    if headline:
        headline_mentions(out, text)
    return out
