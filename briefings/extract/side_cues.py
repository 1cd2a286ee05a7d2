"""The cue words of side meetings: meeting verbs and nouns, clauses, past and tentative."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.regex_guard import by_first_letter, class_scan, guarded
from briefings.models import EventKind

MEETING_NOUNS = (
    r"(?i:meetings?|dialogue|talks|consultations|discussions|roundtable|summit|sessions?|forum|commission)"
)
# "a session on climate finance with B", "a meeting of the X Group with B": the noun, its subject, "with"
# "hold the A-B-C Defense Ministers' Meeting (ABC) with B": the gathering's bracketed initials before "with"
_INITIALS = r"\([A-Z][A-Za-z+]{1,9}\)"
_NOUN_WITH = rf"{MEETING_NOUNS}(?:\s+{_INITIALS})?(?:\s+(?:on|of)(?:\s+the)?(?:\s+[\w'’-]+){{1,5}}?)?\s+with"
# the verb cue's pieces shared by its first words ("will", "to", "would"), each opening with a letter
# "will hold talks in X on Monday with B": the place or day between the talks and whom they are with
# "will then meet B": the next item of a programme; "will then sit down with B", "is slated to sit down
# with B" (a plain "will sit down with B" restates the lead's meeting)
_V_FUTURE = (
    r"(?:also\s+|)(?:then\s+|)(?:(?:separately|jointly|briefly|privately|likely|probably)\s+|)(?:meet(?:\s+(?:jointly|separately|briefly|privately)|)"
    r"(?:\s+with|)|(?:(?<=also\s|then\s)|(?<=slated\sto\s)|(?<=scheduled\sto\s)|(?<=expected\sto\s))sit\s+down\s+with|(?:hold|have)\s+talks(?:\s+(?:in|at|on)\s+[^,;.]{1,30}?)?\s+with|call\s+on|"
    r"speak\s+(?:separately\s+|)(?:by\s+(?:phone|telephone|video)\s+)?with|exchange\s+views\s+with(?=\s+(?:the\s+|)[A-Z])|"
    # "co-chair with B the third session of X", "hold with B the first round of talks": the object last
    r"(?:co-chair|hold)\s+with(?=\s[^.;]{1,100}?\s(?:session|meeting|round|dialogue)\b)|"
    # "will see Foreign Secretary B and President C": to see a named person is to meet them
    r"see(?=\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+(?:\s+(?:and|on|in|for|before|to)\b|[,.;])))"
)
# "would convene a meeting in X on Monday (10 July), on the eve of the Y, with B and C"
_V_CONVENE = r"(?:also\s+|)convene\s+an?\s+meeting(?=\s[^.;]{0,80}?,\s+with\s+[A-Z])"
# "co-chair the annual Political, Security and Defense Dialogue with B": commas inside a name
# "The meeting will include a session of the X Council with B": a session of its own
_V_HOLD = rf"(?:hold|held|co-chair|chair|include)\s+(?:[\w.'’-]+,?\s+){{0,8}}?{_NOUN_WITH}"
# "A and B will hold a working meeting at X, with the participation of C and D": all four meet
_V_HOLD_PART = (
    rf"(?:also\s+|)(?:later\s+|)hold\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?{MEETING_NOUNS}"
    r"(?=[^.;]{0,90}?,?\s+with\s+the\s+participation\s+of\b)"
)
# "will have a meeting with B", "to attend the annual Y meeting with B"
_V_HAVE = rf"(?:have|attend|convene)\s+an?\s+(?:[\w.'’\"“”+-]+\s+){{0,4}}?{_NOUN_WITH}"
# "will be received in X by B", "will be received at the Y Palace by B": the place of the audience
_RECEIVED_AT = r"(?:\s+in\s+[A-Z][\w'’-]*|\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
CUE = guarded(
    re.compile(
        # "a pull-aside with B": a short bilateral on the margins, by its American name
        r"\b(?:(?P<kind>[Bb]ilateral|[Tt]rilateral|[Mm]ultilateral|[Qq]uadrilateral|[Oo]ne-on-one|[Pp]ull-aside)\s+"
        r"(?:[\w.'’-]+\s+){0,3}?"
        r"(?:(?P<noun>(?i:meetings?|talks|discussions?|dialogues?|format|sessions?|consultations?|call|summits?|"
        r"conversations?|interactions?|engagements?|breakfast|lunch|dinner|meal|conferences?|videoconferences?))\b"
        # "will hold a bilateral with B", "a trilateral on Friday": the kind word as a noun ("with" or a time)
        r"|(?<=lateral\s)(?=with\b)|(?<=one-on-one\s)(?=with\b)|(?<=ull-aside\s)(?=with\b)"
        r"|(?<=\sa\sbilateral\s)(?=(?:on|in|at|during)\s)|(?<=\sa\strilateral\s)(?=(?:on|in|at|during)\s))"
        r"|(?P<side>[Oo]n the (?:sidelines|margins))\b"
        # the verb's alternatives each open with their first word's letter, grouped by that word: sre rejects
        # a branch whose first op is a literal in one step (and "(?:x|)" is cheaper than "(?:x)?")
        rf"|(?P<verb>will\s+(?:{_V_FUTURE}|(?:also\s+|)be\s+received{_RECEIVED_AT}\s+by|"
        # "President A will receive Secretary B at the palace": a meeting with B
        # "will receive at the Ministry B", "will receive on Tuesday in X Minister B": a time or place first
        r"(?:also\s+|)receive(?=\s+(?:(?:at|in|on)\s+[^,;.]{1,40}?\s+|)(?:the\s+|)[A-Z])|"
        # "will host the Danish Minister, B, for a visit to X": a meeting with B
        # "will host his U.S. counterpart, Gen. B, for the annual X Meeting": an abbreviation's dot is no stop
        # "will host Minister B at the residence for a discussion of X": the talks by another name
        # "will host Gen. B for staff talks", "for a bilateral meeting": the sort of talks before them
        r"(?:also\s+|)host(?=\s(?:[^.;]|(?<=[A-Z])\.|\.(?=\s[A-Z])){0,100}?\bfor\s+(?:(?:an?\s+|)(?:[\w'’-]+\s+){0,2}?|the\s+(?:[\w'’-]+\s+){0,4}?)"
        rf"(?:visit|meeting|talks|tour|discussions?|consultations|Meeting|Talks)\b)|"
        # "will host Minister B at the Pentagon the same day": a titled guest received at a named venue
        r"(?:also\s+|)host(?=\s+(?:[A-Z][\w.'’-]*\s+){1,5}at\s+the\s+[A-Z])|"
        rf"{_V_CONVENE})|"
        # "The visit will conclude in X on Friday with a meeting with B": the meeting that ends or opens it
        r"(?P<ends>(?:conclude|end|close|begin|start|open)s?\s+(?:in\s+[A-Z][^.;,]{0,40}?\s)?with\s+"
        r"(?:an?\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:meeting|talks)\s+with)|"
        # "will host his Xish and Yish counterparts in Z": a meeting with them
        r"(?P<hostc>will\s+(?:also\s+|)host)(?=\s+(?:his|her|their)\s+[^.;,]{0,40}?counterparts?\b)|"
        rf"will\s+(?:{_V_HOLD}|{_V_HOLD_PART}|{_V_HAVE})|"
        rf"to\s+(?:{_V_FUTURE}|{_V_CONVENE}|{_V_HOLD}|{_V_HOLD_PART}|{_V_HAVE})|"
        rf"would\s+(?:{_V_FUTURE}|{_V_CONVENE})|"
        # "She'll meet B" (a contracted will); "On Friday A sits down with B", "A meets B on Friday": a plan
        rf"['’]ll\s+(?:{_V_FUTURE})|(?P<now>(?:meets|sits\s+down)(?:\s+with|)(?=\s+(?:the\s+|)[A-Z]))|"
        r"also\s+(?:(?:met(?:\s+(?:jointly|separately|briefly|privately)|)|held\s+talks)\s+with|met(?=\s+[A-Z]))|"
        # "He ends the trip in X on April 23, meeting Foreign Minister B and ...": the participle's talks
        r"met(?:\s+(?:jointly|separately|briefly|privately)|)\s+with|held\s+talks\s+with|meeting(?<=,\smeeting)(?=\s+(?:his\s|her\s|[A-Z]))|"
        # "B also met A and called on Prime Minister C": a call the readout reports
        r"called(?<=\band\scalled)\s+on(?=\s+(?:[A-Z][\w.-]*\s+){1,4}[A-Z])|"
        # "will call on A and meet with B": the second verb of one future subject
        r"also(?<=\band\salso)\s+(?:meet(?:\s+with|)|call\s+on)|meet(?<=\band\smeet)(?:\s+with|)|call(?<=\band\scall)\s+on|"
        # "will be welcomed by A on May 25 and hold talks the following day with B": the second verb's talks
        r"hold(?<=\band\shold)\s+talks(?:\s+(?:the\s+(?:following|next)\s+day|on\s+[^,;.]{1,30}?))?\s+with|"
        # "I look forward to meeting A": a first-person release's meeting to come
        r"look(?:s|ing)?\s+forward\s+to\s+meeting(?:\s+with|)(?=\s+(?:the\s+|[A-Z]))|"
        # "flies to X for talks on April 8 with B": the day or place between the talks and whom they are with
        # "travel to X on June 1 for meetings with Minister B": the talks by their plural noun, with a named
        # person (not "for meetings with the Xish Government")
        r"for\s+(?:(?:talks|consultations|meetings(?=\s+with\s+[A-Z]))(?:\s+(?:on|in|at|from)\s+[^,;.]{1,30}?)?\s+with|"
        # "travel to X on Wednesday for political consultations with B": the talks by their sort
        r"(?:(?![a-z]+-way\b|(?:bi|tri|multi|quadri)lateral\b)[a-z][\w-]*\s+){1,2}(?:talks|consultations)\s+with|"
        # "before travelling to X for the annual Y meeting with B"
        rf"(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,6}}?{MEETING_NOUNS}\s+with|"
        # "goes on to X for three days of talks, 2 to 4 May, with B"
        r"(?:\w+\s+){1,3}?of\s+talks,[^,;]{1,25},\s+with)|"
        # "co-chair the annual Political, Security and Defense Dialogue with B": commas inside a name
        rf"also\s+{_V_HOLD}|{_V_HOLD}|"  # then "is also arranging a meeting with B", "and a Y meeting with B"
        rf"(?:arrang\w+|plans?\s+to\s+(?:hold|have))\s+an?\s+(?:[\w.'’\"“”+-]+\s+){{0,4}}?{_NOUN_WITH}|"
        rf"a(?<=\band\sa)n?\s+(?:[\w.'’-]+\s+){{0,6}}?{MEETING_NOUNS}\s+with|"
        # "A meeting with B, title, is also being arranged": a sentence opening with the meeting it plans
        # "A meeting between B and C was being discussed": the two named
        r"(?P<planned>A(?:(?<=\nA)|(?<=[.:]\sA))\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:meeting|call|talks)\s+with|"
        r"(?:meeting|talks)\s+between))"
        r"(?=\s[^;]{0,200}?\b(?:is|are|was|were)\s+(?:also\s+|)(?:being\s+(?:arranged|planned|discussed)|planned|"
        r"scheduled|expected|envisaged|possible)\b))\b"
        # "A and B held the annual Foreign Ministers' Meeting": the subjects meet each other
        # "A and B held talks at X", "A and B will hold separate military-to-military talks", "A and B met
        # separately to discuss Y": no article, no kind word, no "with" after (cue_parties wants two subjects)
        rf"|(?P<pair>(?:held|will\s+(?:also\s+|)hold|are\s+(?:also\s+|)set\s+to\s+(?:also\s+|)hold|is\s+(?:also\s+|)set\s+to\s+(?:also\s+|)hold|will\s+(?:also\s+|)co-chair(?:ed)?|co-chair(?:ed)?)\s+(?:(?:an?|the)\s+(?:[\w.'’–-]+\s+){{0,5}}?|(?:(?!(?:bi|tri|multi|quadri)lateral\b)[a-z][\w'’-]*\s+){{0,2}}?){MEETING_NOUNS}|"
        r"met(?:\s+separately)?(?=\s+(?:to|at|in|on|for)\s))\b(?!,?\s+(?:\([A-Z][A-Za-z+]{1,9}\)\s+)?(?:including\s+|notably\s+|among\s+them\s+)?with\b)"
        r"|(?P<meal>working\s+(?:lunch|breakfast|dinner))\b"
        # "will represent the alliance at a meeting of EU ministers", "participate in the X Forum": a group
        # "will go on to X for a meeting of Andean trade ministers": a group of its own ("of the EU's X
        # Council" and "joined by C for a meeting of the X Triangle" too: `sides` keeps only those)
        r"|(?P<multi>(?:represent\s+(?:[\w'’-]+\s+){1,3}at|participate\s+in|take\s+part\s+in|"
        # (the lookbehinds after their words' first letters: a literal first rejects other words at once)
        r"also(?<=will\salso)\s+(?:chair|host|convene|attend)|chair(?<=will\schair)|host(?<=will\shost)|"
        r"convene(?<=will\sconvene)|attend(?<=will\sattend)|"
        # "is due to attend a session of the X Council", "would leave for X to attend the Y Retreat": the same
        r"attend(?<=(?:to|ld)\sattend)|"
        # "The summit will be preceded (on Monday) by a meeting of senior officials": a gathering before it
        r"preceded(?<=\spreceded)(?:\s+on\s+(?:[A-Z]\w+\s+)?\d{1,2}(?:\s+[A-Z]\w+)?|\s+on\s+[A-Z]\w+)?\s+by|"
        # "travel to X for the Y Defence Ministers' Meeting": a named gathering of its own
        # "travel to X for the Y Force leaders' summit": a named gathering told in lower case
        r"for(?<=\sfor)(?:(?=\s+the\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:Forum|Meeting|Summit|Conference|leaders['’]\s+summit)\b)|"
        r"(?=\s+an?\s+(?:[\w'’-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?[A-Z])))\s+"
        # ("will chair a gathering of the X Contact Group": a group's session by another noun)
        r"(?:(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|session|summit|conference|gathering)|consultations|an?\s+Meeting)\s+of|"
        r"the\s+(?:(?:first|second|third|next|annual|\d+(?:st|nd|rd|th))\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}"
        r"(?:Forum|Meeting|Summit|Conference|Dialogue|Council|Roundtable|leaders['’]\s+summit)|"
        # "attend the X member states' defense ministerial meeting", "preceded by a senior officials' meeting"
        r"(?:the|an?)\s+(?:[\w'’()-]+\s+){1,8}?(?:ministerial|ministers['’])\s+meeting|an?\s+(?:[\w-]+\s+)?officials['’]\s+meeting))\b"
        # "will travel to X for the A-B Economic and Financial Dialogue": a named format of two sides
        # "will join the A-B-C-D defense ministers' meeting": a named format of four sides
        # "..., as well as the A-B-C Meeting with X"; "A A-B Meeting with X is also being arranged"
        # "(1) A-B-C Defense Ministers' Meeting with X": an item of a numbered list of meetings
        # "participate in the fourth A-B 2+2 Ministerial Dialogue with C and D": the format's one meeting
        # (a leading \b outside the group: a branch that cannot start mid-word fails fast)
        # "lead the U.S. delegation to the A-B Consultations": the format's meeting the delegation goes to
        r"|(?:(?:for|join|joins|attend|attends|as\s+well\s+as|co-chair|chair|hold|holds|participate\s+in|take\s+part\s+in|"
        r"to(?<=delegation\sto))\s+the|A(?:(?<=\nA)|(?<=\.\sA))|\)(?<=\d\)))\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?P<fmt>[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+"
        r"(?:[\w'’+()-]+\s+){0,5}?(?:Dialogue|Meeting|Summit|Talks|Consultations|Commission|Council|Committee|"
        # "co-chair the A-B Ministerial Forum with C", "the A-B leaders' meeting with C": the same formats
        # (not "the A-B Business Forum": a meeting of firms, not of the states' officials)
        r"(?<!Business\s)(?<!Investment\s)(?<!Media\s)(?<!Youth\s)Forum|Conference|Roundtable|"
        r"(?<=ministers'\s)meeting|(?<=ministers’\s)meeting|(?<=leaders'\s)meeting|(?<=leaders’\s)meeting)\b"
        # "the X Contact Group will meet ..., co-chaired by A and B": the chairs of a named group's session
        r"|(?P<chaired>co-chaired\s+by|chaired\s+by|under\s+the\s+(?:co-)?chairmanship\s+of)\b"
        # "before joining A, B and C for a four-way meeting", "will join his X and Y counterparts, A and B,
        # for a three-way meeting", "join the Xish Minister, A, and U.K. Secretary B for the X–Y–Z Trilateral
        # Meeting" (an article before a title and its holder, not "join the Ministers for a session")
        r"|(?P<join>(?:joining|join|joins))\s+(?=(?:(?:his|her|their)\s+|the\s+(?=[A-Z][^.;]{0,60},\s)|)[A-Z](?:[^.;]|(?<=[A-Z])\.){0,120}?\b(?:for|in)\s+(?:an?|the)\s+(?:[\w'’–-]+\s+){0,3}"
        r"(?i:meeting|talks|summit|dinner|lunch|session|dialogue|(?:bi|tri|multi|quadri)lateral)\b)"
        r"|(?<=[\d.] [–—-] )(?P<item>Meeting\s+with)(?=\s+(?:the\s+)?[A-Z])"  # "9:30 a.m. – Meeting with B"
        # "The ASEAN Regional Forum will convene on 11 July with ... X": a named gathering of its own
        r"|(?P<conv>(?:Forum|Council|Meeting|Summit|Conference|Dialogue)\s+will\s+(?:convene|meet|be\s+held|"
        r"take\s+place))\b)"
    )
)
# a meeting only being explored or proposed is not an event
# before the cue: "is exploring the possibility of", "may also meet"; anywhere: "nothing has been decided"
TENTATIVE = guarded(
    re.compile(
        r"\b(?:[Ee]xplor\w*|[Pp]ossibility|[Pp]roposed|[Pp]roposal|might|could|may|[Cc]onsidering|[Ww]hether|"
        # "there are no plans for A to meet B", "A does not plan to meet B": a meeting stated not to happen
        r"[Nn]o\s+(?:plans?|intention)|(?:not|never)\s+(?:plan(?:ning)?|intend(?:ing)?|expected|scheduled)\s+to|"
        r"(?:will|would)\s+not\s+(?:meet|hold)|won['’]t\s+(?:meet|hold))\b"
    )
)
UNDECIDED = by_first_letter(
    guarded(
        re.compile(
            r"\b(?:not been decided|undecided|"
            r"not (?:yet )?(?:been )?(?:scheduled|decided|arranged)|"
            # "A is seeking to meet B, though no meeting has been arranged": not (yet) an event
            r"no (?:such )?(?:meeting|talks) (?:has|have) (?:yet )?been (?:arranged|scheduled|set|confirmed)|"
            # "No bilateral meeting between A and B is planned", "A meeting with B is under consideration"
            r"no (?:[a-z-]+ ){0,2}(?:meeting|talks)\b[^.;]{0,80}?\b(?:is|are|was|were) "
            r"(?:planned|scheduled|foreseen)|under consideration)\b",
            re.I,
        )
    )
)
# (every alternative opens with a comma, a semicolon or a space: the lookahead rejects other positions in
# one step instead of trying each alternative there; same matches)
CLAUSE = re.compile(
    r"(?=[\s,;])(?:,\s*while\s+|;\s*|\s+while\s+|,\s*whereas\s+|,\s+and\s+(?=(?:also\s+)?(?:will|would|then|later|held|met)\b)|"
    # "is scheduled to hold X with B on May 3, and to exchange views with C": a second infinitive's meeting
    r",\s+and\s+(?=to\s+(?:also\s+)?(?:meet|hold|have|call|exchange|sit)\b)|"
    # "..., and she is expected to have a pull-aside with B": a clause of its own with a pronoun subject
    r",\s+and\s+(?=(?:he|she|they)\s+(?:will|is|are|would|also|then|plans|intends)\b)|"
    # (not "a meeting with A, and Secretary B is also being arranged": the meeting's passive verb)
    r",\s+and\s+(?=(?:[A-Z][\w.-]*\s+(?:and\s+)?){1,8}(?:will|is|was|held|met|has)\b"
    r"(?!\s+(?:also\s+)?being\s+(?:arranged|planned|scheduled|organi[sz]ed|prepared)\b))|"
    # "..., and on Tuesday, July 8, Minister B will hold ...": a subject of its own after a time or place
    r",\s+and\s+(?=(?:on|in|at|later|then)\s+(?:[^,;]{1,30},\s+){1,2}(?:[A-Z][\w.'’-]*\s+){1,6}(?:will|would)\s)|"
    # "the Defence Minister will meet A and the Foreign Minister will hold talks with B": two subjects
    r"\s+and\s+(?=the\s+(?:[A-Z][\w-]*\s+){1,4}(?:will|is\s+to|would)\s)|"
    # "... with B, and the two Secretaries will jointly call on C": a plural subject of its own
    r",\s+and\s+(?=the\s+(?:two|three|four)\s+(?:[\w.-]+\s+){1,3}(?:will|are\s+(?:to|set\s+to|due\s+to|expected\s+to)|would|plan\s+to|intend\s+to)\s)|"
    # "meet B in X, and to Y, November 9-10, to join C for ...": the next leg of the trip
    r",\s+and\s+(?:then\s+)?(?:on\s+)?to\s+(?=[A-Z])|"
    # "the first talks between the two leaders since B visited X in 2018": a past event's people
    r",?\s+since\s+(?=[A-Z])|"
    # "..., with A holding separate talks with B and C a day earlier": a participle clause of its own
    r",\s+with\s+(?=(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+)?[a-z]+ing\b)|"
    # "meetings with his counterparts — his first trip there, and one that comes after B ...": an aside
    r"\s+[—–]\s+(?=(?:his|her|their|its|one|a|an)\s+(?!counterparts?\b))|"
    r",\s*where\s+|,\s*who\s+|,\s*which\s+|,\s+(?:the|a|two|three)\s+days?\s+(?:before|after)\s+|,?\s+as\s+well\s+as\s+(?=(?:an?|the)\s)|"
    # "meet A at X before travelling on to Y for talks with B": the next leg holds a meeting of its own
    r",?\s+(?:before|after)\s+(?=(?:travel|fly|head|go|mov|leav|continu|join|return)\w*\b)|"
    # "meet A and call on B", "a X meeting with A and a Y meeting with B": one subject, two meetings
    # "meet A, and visit the port with B": the second errand is not the meeting
    # "meet A and will pay a courtesy call on B", "meet A and have a working lunch with C", "meet A in X
    # and then travel to Y for talks with B": a second errand of the same subject
    r"\s+and\s+(?=(?:will\s+|would\s+|to\s+)?(?:also\s+)?(?:call\s+on|called\s+on|meet|hold|host|co-chair|chair|tour|visit|"
    r"inspect|attend|deliver|address|lay|pay|have|join)\b)|\s+and\s+then\s+(?=[a-z])|"
    rf"\s+and\s+(?=an?\s+(?:[\w.'’-]+\s+){{0,6}}?(?:{MEETING_NOUNS}|(?:bi|tri|multi|quadri)lateral)\s+with\b))"
)
# "Earlier in the day" / "Earlier Saturday": a meeting of the same news day, not a past one
PAST_ONLY = by_first_letter(
    guarded(
        re.compile(  # a lookahead of each word's first letter: a cheap filter
            r"\b(?=[aceilp])(?:last(?!\s+(?:day|days|session|evening|morning|afternoon)\s+of\b)|previous|previously|(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)earlier(?!\s+(?:in\s+the\s+day|that\s+day|today|on\s+[A-Z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|"
            # "comes a week after": background; "will come to X after the talks" is no such thing
            r"ago|in (?:19|20)\d\d|(?:comes?|came)\s+"
            r"(?:(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)|(?:just\s+)?(?:shortly|soon|right|just))\s+after)\b",
            re.I,
        )
    )
)  # (regex_guard: same matches)
PAST_WORDS = ("last", "previous", "earlier", "ago", "in 19", "in 20", "come", "came")
# every CUE match holds one of these words: a sentence without any cannot hold a side meeting
CUE_WORDS = (
    "ilateral", "ne-on-one", "on the ", "meet", "met", "hold", "held", "call", "speak", "receive", "talks",
    "working", "chair", "joining ", "join ", "joins ", "On the ", "represent", "participate", "take part",
    "ialogue", "ummit", "ession", "onsultations", "iscussion", "oundtable", " will convene", " will be held",
    " will take place", "for a visit", "for a tour", "for a meeting", "Meeting", "attend", "ministerial",
    "Talks", "ommission", "ull-aside", "ounterpart", "down with", " see ",
)  # fmt: skip


# "A, who met B in May, will hold talks ...": a relative clause between a subject and its own verb
SUBJECT_ASIDE = re.compile(
    r",\s*who\s+[^,;]{1,80},\s+(?=(?:also\s+)?(?:will|would|is|are|plans?|intends?|hopes?|expects?)\b)"
)


def past_only_outside_asides(text: str) -> bool:
    """past_only over a clause with its ", who ...," asides on the subject removed."""
    return past_only(SUBJECT_ASIDE.sub(", ", text) if ", who " in text else text)


def past_only(text: str) -> bool:
    """PAST_ONLY.search, skipped when an ASCII text lacks all its words (the regex ignores case)."""
    if text.isascii():
        low = text.lower()
        if not has_any(low, PAST_WORDS):
            return False
    return bool(PAST_ONLY.search(text))


KINDS: dict[str, EventKind] = {
    "bilateral": "bilateral",
    "one-on-one": "bilateral",
    "trilateral": "trilateral",
    "two-way": "bilateral",
    "pull-aside": "bilateral",
    "three-way": "trilateral",
}
# "joining A and B for a three-way meeting", "join A and B for a trilateral on X": the kind of the meeting
WAY = re.compile(
    r"\bfor\s+an?\s+(?:[a-z]+\s+)?((?:two|three|four|five|six|seven|eight)-way|(?:bi|tri|multi|quadri)lateral)\b",
    re.I,
)


ASIDE_WORD = re.compile(
    r"\b(?:also|separate|separately|prior to|before|after|following|ahead of|in addition|earlier|later|"
    r"sidelines|margins|same\s+day|meanwhile|during\s+(?:the|his|her|their)\s+(?:visit|stay)|while\s+(?:there|in)|"
    # "will meet B on the morning of the meeting": a time of its own beside the main event
    r"on\s+the\s+(?:morning|afternoon|evening|eve)\s+of)\b",
    re.I,
)
# "According to the plan, A will ...", "from May 2 to 4": a preposition's "to" is no verb
FIRST_VERB = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|had|met|held|['’]ll|"
    r"(?<!ccording\s)(?<!rior\s)(?<!ue\s)(?<!hanks\s)(?<!ursuant\s)(?<!ddition\s)(?<!esponse\s)(?<!\d\s)to|also)\b"
)
# regrouped by first letter (regex_guard: same matches): sre scans for those letters in C
FIRST_VERB = by_first_letter(FIRST_VERB)
# "a trilateral Xland-Yland-Zland defence ministers' meeting": the kind word's meeting noun further on
_KIND_NOUN_AHEAD = re.compile(
    r"\w+(?:\s+[\w.'’-]+){0,7}?\s+(?:meetings?|talks|summits?|dialogues?|sessions?|format|consultations)\b"
)
# "to discuss the negotiations on a bilateral trade arrangement": the kind word inside the talks' subject
# "to launch a bilateral working group", "to sign a trilateral accord": the kind word inside what it founds
_TOPIC_BEFORE = re.compile(
    r"\b(?:discuss|on|about|regarding|review|strengthen|deepen|boost|launch|establish|set\s+up|sign)\b[^,;.]{0,40}$"
)
# "A is expected to meet B one-on-one on Friday": the adverb after the person met names a bilateral
ONE_ON_ONE = re.compile(r"[^,;]{0,60}?[A-Z][\w'’-]*\s+one-on-one\b(?!\s+(?:meeting|talks|session))")


def kind_names_meeting(text: str, at: int, end: int) -> bool:
    """Whether the kind word at `at` may name a meeting's kind (not a topic's: "on bilateral ties")."""
    return not (_TOPIC_BEFORE.search(text, max(0, at - 50), at) and not _KIND_NOUN_AHEAD.match(text, at, end))


KIND_WORD = re.compile(r"\b(?:bilateral|trilateral|multilateral|quadrilateral|one-on-one|pull-aside)\b", re.I)
KIND_WORD = by_first_letter(guarded(KIND_WORD))  # (regex_guard: same matches)
MEAL_OR_CALL = class_scan(
    re.compile(
        r"\bworking\s+(?:lunch|breakfast|dinner)\b|\bcall(?:s|ed|ing)?\s+on\b|\bcourtesy call\b|"
        rf"\bbe\s+received{_RECEIVED_AT}\s+by\b"
    )
)  # a call-on, a meal or an audience: kind "other"


# time and purpose cues around a side meeting (a later, earlier or preparatory one is not announced)
NEXT_YEAR = re.compile(r"\b(?:next|later\s+this|early\s+next|later\s+next)\s+year\b")
NOW_IN = re.compile(r"\b(?:is|are)\s+(?:currently|now|already)\s+in\b")
# "met", "held": a meeting told as past ("to be held": still to come)
PAST_VERB = guarded(re.compile(r"\b(?:met|(?<!\bbe\s)(?:held|hosted)|had\s+talks|spoke)\b"))
# "a grouping that first met", "since the four last met": a relative clause on a past meeting
THAT_MET = re.compile(r"\b(?:that|which|since|when)\s+(?:[\w-]+\s+){0,3}$")
PREPARE_FOR = re.compile(r"\b(?:prepar\w*|pave\s+the\s+way|groundwork)\s*$")
LATER_GATHERING = re.compile(
    r"\b(?:prepar\w+\s+(?:for|the\s+ground)|pave\s+the\s+way|lay\s+the\s+groundwork|"
    r"later\s+(?:this|next)\s+year|next\s+year)\b"
)
NAMED_GATHERING = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Forum|Council|Meeting|Summit|Conference|Dialogue)\s+will\b"
)
# "will", "is scheduled/set/expected/due to", "plans to": a meeting still to come, whatever past the sentence
# also tells ("..., a format last convened in May 2024")
FUTURE_CUE = re.compile(
    r"\b(?:will|is scheduled|are scheduled|is to|are to|is set to|are set to|"
    r"(?:is|are)\s+(?:also\s+)?(?:expected|due)\s+to|plans?\s+to|intends?\s+to)\b"
)
FUTURE_CUE = class_scan(FUTURE_CUE)  # sre scans for its first characters in C (regex_guard: same matches)
PURPOSE = re.compile(
    r"\b(?:prepare|preparing|preparations?|ahead\s+of|run-up\s+to|towards?|pave\s+the\s+way)\b[^.;,]{0,25}$",
    re.I,
)
# "co-chair a session of the A-B Economic Dialogue": the named body whose session the clause is
_BODY_SESSION = re.compile(
    r"\b(?:session|meeting|round)\s+of\s+the\s+(?:\d+\w*\s+)?((?:[A-Z][\w.'’-]*\s+){0,6}?"
    r"(?:Dialogue|Commission|Council|Committee|Forum|Group|Talks|Consultations))\b"
)


def body_session(seg: str) -> str:
    """The named body a clause holds a session of ("a session of the X Dialogue"), or ""."""
    if "of the " not in seg:
        return ""
    m = _BODY_SESSION.search(seg)
    return m[1] if m else ""


def told_past(text: str) -> bool:
    """Whether the last of a past meeting verb and a future cue up to a cue is the past one."""
    pasts = [p.end() for p in PAST_VERB.finditer(text)]
    if not pasts:
        return False
    futures = [f.end() for f in FUTURE_CUE.finditer(text)]
    return not futures or pasts[-1] > futures[-1]


# "X will co-chair the meeting with B": the article and a bare meeting noun point back to the meeting the text
# announces ("co-chair the annual X Forum with B" names one of its own)
_CO_CHAIR_THE = re.compile(
    r"co-chair\s+the\s+(?i:meeting|talks|dialogue|summit|session|consultations|commission|forum|conference)\s+with\b"
)


def co_chairs_the_main(text: str, start: int, end: int, stop: int) -> bool:
    """The cue text[start:end] is "co-chair the meeting with": the main event's chairs, not a meeting."""
    return "co-chair the" in text[start:end] and bool(_CO_CHAIR_THE.search(text, start, min(stop, end + 6)))
