"""People named without a title: a bare name ("Jane Doe will meet ...", "met Jane Doe on ...", "Jane Doe, the
shadow finance minister,", "Xish national Jane Doe") held a person only on strong cues around it; a
surname-only mention in such a place ("Doe said") is marked, so its bare full name becomes a person."""

from __future__ import annotations

import re

from briefings.extract.forms import LEADING_TITLES
from briefings.extract.gazetteer import country_of, find_city
from briefings.extract.mention_model import SEAT_AFTER
from briefings.extract.org_names import ORGANISATIONS
from briefings.extract.regex_guard import guarded
from briefings.extract.regions import is_region
from briefings.extract.roles import HEADS, _words
from briefings.extract.tokens import CITING, INSTITUTIONS, RANKS, Tok

# a verb of speech, meeting or travel right after a name: a past form or a verb of speech ("met", "said"),
# or a base form after an auxiliary ("will also meet", "is due to hold", "to visit" in a headline); a bare
# present form is left out, being as often a noun ("Xish hosts", "trade talks")
_AUX = (
    r"(?:will|would|shall|can|could|must|should|to|is|was|are|were|has|have|had|did|does)\s+"
    r"(?:(?:also|then|later|first|again|still|not|already|separately|personally|jointly|briefly|due|"
    r"expected|set|scheduled|slated|going|about|likely|be|to|is|was|has|have|had|been)\s+)*"
)
_BASE = (
    r"(?:meet|meeting|visit|visiting|travel|travelling|traveling|arrive|arriving|hold|holding|host|"
    r"hosting|speak|speaking|talk|call|urge|warn|announce|welcome|join|sign|raise|discuss|pay|thank|"
    r"accompany|attend|prepare|set\s+out|lead|head|fly|greet|receive|congratulate|address|chair|"
    r"tell|say|deliver)\b"
)
_ADVERBS = (
    r"(?:(?:also|then|later|last|first|again|still|previously|recently|already|separately|jointly)\s+)*"
)
_PAST = (
    r"(?:met|visited|travelled|traveled|arrived|held|hosted|spoke|talked|called|urged|warned|announced|"
    r"welcomed|joined|signed|raised|discussed|paid|thanked|accompanied|attended|prepared|prepares\s+to|"
    r"set\s+out|said|says|told|tells|added|wrote|argued|insisted|stressed|noted|replied|responded|"
    r"declined|refused|agreed|promised|pledged|vowed|resigned|took\s+office|flew|greeted|received|"
    r"congratulated|praised|criticised|criticized|condemned|telephoned|phoned|asked|led|chaired|"
    r"addressed|returned|left|delivered|opined|explained|described|cautioned|observed|emphasi[sz]ed)\b"
)
_VERB_AFTER = re.compile(r"\s*(?:,\s*who\s+)?(?:" + _AUX + _BASE + "|" + _ADVERBS + _PAST + ")")
# the object of such a verb right before a name ("will meet Jane Doe", "talks with Jane Doe")
_OBJECT_OF = guarded(
    re.compile(
        r"(?:\b(?:meet|meets|met|meeting|talks|talk|talked|call|spoke|speak|speaks|conversation|"
        r"interview|dinner|lunch|breakfast)\s+with|\b(?:meet|meets|met|succeed|succeeds|succeeded|replace|"
        r"replaces|replaced|congratulate|congratulates|congratulated|thank|thanks|thanked|telephoned|phoned|"
        r"between)|\bcall(?:s|ed)?\s+on|\bhand(?:s|ed|ing)?\s+over\s+to|\b(?:accompanied|joined|hosted|"
        r"received|welcomed|greeted|led|headed|chaired|co-chaired|moderated|attended|represented)\s+by|"
        r"\binvitation\s+of|"
        r"\b(?:homage|tribute)\s+to|\btogether\s+with|"
        r"\balongside)\s+$"
    )
)
# after an object name: a stop, or a word that cannot be a noun the name qualifies ("meet X officials")
_OBJECT_END = re.compile(
    r"\s*(?:[,.;:()]|$|(?:on|in|at|and|for|to|during|later|next|before|after|without|this|today|"
    r"tomorrow|tonight|when|who|as|while|about|over|from|separately|again|last|first|,)\b)"
)
# nouns that name a person, not an office: a bare name described by one of them is a person
PERSON_NOUNS = _words(
    "citizen national activist journalist tycoon businessman businesswoman dissident lawmaker politician "
    "campaigner writer author lawyer academic economist scientist student blogger billionaire entrepreneur "
    "founder veteran candidate rival ally aide widow hostage detainee prisoner cleric priest bishop "
    "publisher reporter commentator broadcaster novelist historian artist athlete banker investor "
    "philanthropist physician doctor surgeon nurse engineer pilot soldier officer sailor statesman "
    "stateswoman educator poet"
)
# nouns a possessive person owns ("Jane Doe's visit"), which a place or a body rarely does
_OWNED = _words(
    "visit trip remarks comments invitation wife husband predecessor successor spokesperson spokesman "
    "spokeswoman administration government cabinet inauguration arrival departure speech resignation "
    "death arrest detention trial lawyer lawyers family son daughter campaign release call calls letter "
    "office aides aide election re-election victory talks meeting phone"
)
_DESCRIBED = re.compile(
    r",\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,6}?)(" + "|".join(sorted(PERSON_NOUNS)) + r")s?\b"
    r"(?:\s+and\s+(\w+)\s+(" + "|".join(sorted(PERSON_NOUNS)) + r"))?\s*(?=[,.;)]|$|and\b|said\b|who\b|at\b)"
)
_NOUN_BEFORE = re.compile(
    r"\b([A-Z][\w'’-]*)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\s+$"
)
# words that make a capitalised run a thing, an event or a body, never a person
_THING_WORDS = _words(
    "limited ltd inc corp plc co llc group holdings industries systems technologies aeronautics airways "
    "motors electric energy partners capital ventures solutions network networks exercise operation "
    "games cup olympics expo festival day week year process plan act bill law accord programme program "
    "fund castle lawn room hall park garden gardens street square bridge tower palace centre center "
    "convention club mission policy doctrine strategy initiative vision partnership summit meeting talks "
    "forum deal agreement force group system deployment battlegroup brigade contingent fleet framework "
    "project campaign daily gazette tribune republic kingdom federation emirates authority triangle presence "
    "navy army corps guard police assistance"
)
# words that open a capitalised run at a sentence's start without naming anyone ("Several Allies")
_QUANTIFIERS = _words(
    "several many some other all both each every most few such additional further more senior top new "
    "former various numerous two three four five six seven eight nine ten dozens"
)
_NOUN_END = guarded(re.compile(r"(?:ment|tion|sion|ness|ism|ship)$"))
_OWNER_BEFORE = re.compile(r"(?:^|\W)(?:our|his|her|their|its|my|your|this|that|these|those)\s+$", re.I)
# ... or a ship: her navy's prefix or "aboard" before it ("USS Xname", "aboard Xname")
_BEFORE_PLACE = re.compile(
    r"(?:^|\W)(?:the|The|in|In|at|At|near|a|an|of\s+the|aboard|USS|USNS|HMS|HMAS|HMNZS|HMCS|INS|ROKS|BRP|KRI|"
    r"RSS|TCG|ESPS|HTMS)\s+$"
)


def _thing_word(low: str) -> bool:
    """A word no name holds: a thing's or body's word, a title or a person noun in the plural ("Leaders"),
    a common noun's ending ("Enlargement"), a rank that leads a name ("Gen")."""
    w = low.rstrip(".")
    if w.endswith(("'s", "’s", "s'", "s’")):
        w = w[:-2] if w[-2] in "'’" else w[:-1]
    one = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
    return (
        w in _THING_WORDS
        or one in _THING_WORDS
        or (w != one and (one in HEADS or one in PERSON_NOUNS))
        or (len(w) > 6 and _NOUN_END.search(w) is not None)
    )


def attributive(low: str) -> bool:
    """A lower-case noun a capitalised run qualifies as a thing's name ("the X Y mission", "X Y talks")."""
    return low in _THING_WORDS


def _thing(words: list[str]) -> bool:
    """A run that is no person: a thing's word in it, a rank first, or all capitals."""
    lows = [w.lower() for w in words]
    if lows[0] in _QUANTIFIERS or lows[0] in RANKS or lows[0] in LEADING_TITLES:
        return True
    if any(_thing_word(w) for w in lows):
        return True
    return all(w.isupper() for w in words)


_TOWN = 50000  # a smaller place of a surname's spelling ("Hale") is more often the surname


def thing_run(words: list[str]) -> bool:
    """A capitalised run closed by a thing's, a body's or a state form's word ("Democratic Republic"): no
    person (a thing's word first may be a surname: "Park")."""
    return len(words) >= 2 and _thing_word(words[-1].lower())


# an event's noun closing its capitalised name ("the X Maritime Dialogue")
_EVENT_NOUNS = _words("dialogue summit talks meeting forum conference consultations roundtable symposium")


def event_named(toks: list[Tok], k: int) -> bool:
    """The capitalised word at k, right after a 'name' (or the name's last word), is an event's noun: the
    'name' is the event's name ("to Co-Chair Bilateral Maritime Dialogue"), no person's."""
    if k and toks[k - 1].text.endswith(("'s", "’s")):
        return False  # "Secretary A's Meeting With B": the person's meeting
    return any(j < len(toks) and toks[j].cap and toks[j].low in _EVENT_NOUNS for j in (k - 1, k))


def place_or_body(phrase: str) -> bool:
    """A phrase the gazetteer knows as a city (not a small town), a country, an organisation or an
    institution."""
    p = phrase.removesuffix("'s").removesuffix("’s")
    city = find_city(p)
    return (
        (city is not None and city.population >= _TOWN)
        or country_of(p) is not None
        or p in ORGANISATIONS
        or p.lower() in INSTITUTIONS
    )


# a compass word or a region's adjective, which closes no title: a word naming the place or field follows
_OPEN_ADJECTIVES = _words(
    "north south east west central northern southern eastern western northeast northwest southeast "
    "southwest european asian african"
)


def place_runs_on(toks: list[Tok], k0: int, name: list[Tok], text: str) -> bool:
    """The capitalised word closing a title and the 'name' after it make one place's name ("for New South
    Wales", "of West Java"): a region, country or city, no person; so do a compass word or a region's
    adjective and the words after it ("of the South Xian Region", "and European Integration")."""
    if k0 == 0 or not toks[k0 - 1].cap or toks[k0 - 1].end + 1 != name[0].start:
        return False
    if toks[k0 - 1].low in _OPEN_ADJECTIVES and k0 >= 2 and not toks[k0 - 2].cap:
        return True
    phrase = text[toks[k0 - 1].start : name[-1].end]
    return is_region(phrase) or country_of(phrase) is not None or find_city(phrase) is not None


def used_as_thing(text: str, phrase: str) -> bool:
    """The phrase is somewhere written as a place or a thing: after "the", "in", "at" ("in Xtown", "the
    Xname Process") and not as an owner ("in Jane Doe's")."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        nxt = text[end : end + 2]
        if not nxt.startswith(("'", "’")) and _BEFORE_PLACE.search(text, max(0, at - 8), at):
            return True
        at = text.find(phrase, end)
    return False


# "Another analyst, A B, said": a person noun, then the name set off by a comma
_NOUN_COMMA = re.compile(
    r"\b(?:analyst|expert|observer|diplomat|scholar|researcher|academic|economist|critic|lawmaker|"
    r"commentator)s?,\s+$"
)
# "will join host A", "talks with their host, A,": the meeting's host, named by the noun "host"
HOST_NOUN = re.compile(
    r"(?:\b(?:join|joins|joined|joining|with|by|and|meet|meets|met|thanked|thanks)\s+(?:the\s+|their\s+|his\s+"
    r"|her\s+|summit\s+|meeting\s+)?|,\s+|\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ss]ummit|[Mm]eeting)\s+)host,?\s+$"
)


# (or the workplace alone: "A B, of the X Institute for Y, said")
_ASIDE = re.compile(r",\s+(?:a|an|the|of\s+the|from\s+the)\s+[^,;:()“”\"]{2,120},\s*")
# "A B of the X Institute for Y(, which ...,) said", "A B, of the Xcity-based Y Institute (YI), said": a named
# workplace right after the name, then the verb
_WORKPLACE_AFTER = re.compile(
    r",?\s+(?:of|from|at)\s+the\s+(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|on|the)\s+)*){0,6}?"
    r"(?:Institute|Institution|Centre|Center|University|Foundation|Academy|School|Programme|Program)\b"
    r"(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’&-]*)*(?:\s+\([A-Z]{2,8}\))?"
    r"(?:,\s+(?:which|who|that)\s[^,;:()“”\"]{2,80},)?,?"
)


# a body's name running into the 'name': "Office of Foreign ", "Ministry of the "
_BODY_TAIL = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*$")


def bare_person(name: list[Tok], text: str, before: str, after: str) -> bool:
    """Strong cues that a bare capitalised run (toks of a name, no title) is a person: a verb of speech,
    meeting or travel after it, the object of a meeting before it, a description of a person in apposition,
    a possessive a person owns ("Jane Doe's visit"); never a place, a body or a thing."""
    phrase = text[name[0].start : name[-1].end]
    if _thing([t.text for t in name]) or place_or_body(phrase) or _OWNER_BEFORE.search(before[-8:]):
        return False
    if " of " in before[-40:] and _BODY_TAIL.search(before[-40:]):
        return False  # "the Office of Foreign Assets Control to discuss": the close of a body's name
    # "the ... envoy for X, Jane Doe, will attend": a name set off by commas before its verb
    set_off = before.endswith(", ") and after.startswith(",")
    cue = (
        bool(_VERB_AFTER.match(after[1:] if set_off else after))
        or bool(_DESCRIBED.match(after))
        or noun_country(before) is not None
    )
    aside = _ASIDE.match(after) if not cue and after.startswith(",") else None
    if aside:
        # "A B, a Horn of Africa analyst at the X Institute, said": a description set off before the verb;
        # "According to A B, a researcher at X, the talks ...": one whose view is cited, described
        cue = bool(_VERB_AFTER.match(after, aside.end())) or before.endswith(CITING)
    if not cue and before.endswith(" ") and _OBJECT_OF.search(before[-40:]):
        # "headed by XY Vice Commandant for ...": a body's initials and its title, no name
        cue = bool(_OBJECT_END.match(after)) and not any(t.low in HEADS or t.text.isupper() for t in name)
    if not cue and before.endswith(", ") and _NOUN_COMMA.search(before[-40:]):
        cue = after.startswith((",", " of ", " from ", " at ", " with "))  # "Another analyst, A B of X, said"
    if not cue and after.startswith((" of the ", " from the ", " at the ", ", of the ", ", from the ")):
        work = _WORKPLACE_AFTER.match(after)  # "A B of the X Institute said", "A B, of the X-based Y, said"
        cue = bool(work) and bool(_VERB_AFTER.match(after, work.end()))  # type: ignore[union-attr]
    if not cue and before.endswith(("host ", "host, ")):
        cue = bool(HOST_NOUN.search(before[-40:]))
    if not cue and (before.endswith("(") or after.startswith(" with ")):
        cue = asked_by(text, name[0].start, after)
    if not cue and "question" in before[-30:] and after[:1] in (".", ",", "?", ""):
        cue = (
            _CALLED_ON.search(before[-40:]) is not None
        )  # "First question, A B.": a moderator calls a reporter
    if not cue and SEAT_AFTER.match(text, name[-1].end):
        cue = True  # "will include A B MP and C D MP": a legislator's seat after the name
    if not cue and phrase.endswith(("'s", "’s")):
        nxt = after.split(None, 1)
        cue = bool(nxt) and nxt[0].lower().strip(".,;") in _OWNED
    return cue and not used_as_thing(text, phrase.removesuffix("'s").removesuffix("’s"))


# a transcript's question turn: "Reporter (A B, Xpress):", "Question (A B, XTV):"; "QUESTION: Thanks. A B with
# the X Times." (the journalist naming themself and their outlet)
# a moderator giving the floor: "Next question, ", "The first question goes to ", "question comes from "
_CALLED_ON = re.compile(
    r"\b(?:[Ff]irst|[Nn]ext|[Ll]ast|[Ff]inal|[Ff]ollow-up|[Ss]econd|[Tt]hird)\s+question"
    r"(?:,|\s+(?:goes\s+to|comes\s+from|is\s+from))\s+$"
)
ASKER_LABEL = guarded(
    re.compile(r"\b(?:Reporter|REPORTER|Question|QUESTION|Journalist|Correspondent|Q)\s*\($")
)
_LABEL_AFTER = re.compile(r"\s*(?:,\s*[^():\n]{1,50})?\)\s*:")
_QUESTION_TURN = re.compile(r"(?:^|\n)\s*(?:QUESTION|Question|Q)\s*:[^\n]{0,60}$")
_WITH_OUTLET = re.compile(r"\s+with\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s*[.?]")


def asked_by(text: str, start: int, after: str) -> bool:
    """A name a transcript's question turn gives its journalist: in the turn's label, "Reporter (A B,
    Xpress):", or as the turn's self-introduction, "QUESTION: Thanks. A B with Xpress."."""
    if ASKER_LABEL.search(text, max(0, start - 16), start):
        return bool(_LABEL_AFTER.match(after))
    return bool(_WITH_OUTLET.match(after)) and bool(_QUESTION_TURN.search(text, max(0, start - 70), start))


def described_country(after: str) -> str | None:
    """The country a description after a name gives its person: ", the ... and Xish citizen," -> X."""
    m = _DESCRIBED.match(after)
    if m is None:
        return None
    if m[3] and m[4] in ("citizen", "national"):
        return country_of(m[3].capitalize()) if m[3][:1].isupper() else country_of(m[3])
    words = m[1].split()
    return country_of(words[-1]) if words and m[2] in ("citizen", "national") else None


def noun_country(before: str) -> str | None:
    """ "Xish national Jane Doe", "Xish journalist Jane Doe": a demonym's country before a person noun."""
    tail = before[-60:]
    # every match ends in a person noun and blanks: first the cheap test of that last word
    last = tail.rsplit(None, 1)
    if not tail[-1:].isspace() or not last or last[-1] not in PERSON_NOUNS:
        return None
    m = _NOUN_BEFORE.search(tail)
    return country_of(m[1]) if m else None


def person_shaped(text: str, start: int, end: int, words: list[str]) -> bool:
    """A bare run of two to four name words that is no thing, place or body anywhere in the text."""
    if not 2 <= len(words) <= 4 or _thing(words):
        return False
    phrase = text[start:end]
    return not (
        place_or_body(phrase)
        or used_as_thing(text, phrase)
        or _OWNER_BEFORE.search(text, max(0, start - 8), start)
    )


def cue_word(word: str) -> bool:
    """A one-word mention that may be a surname in a person's place: no thing, title, place or body."""
    return not (_thing_word(word.lower()) or word.lower() in RANKS or word.isupper() or place_or_body(word))
