"""The cue patterns of agenda topics: "discuss A, B and C", "talks with X on A", "with A on the agenda"."""

from __future__ import annotations

import re

from briefings.extract.regex_guard import by_first_letter, class_scan, guarded

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE_TAIL = re.compile(
    rf"\s+(?:on|in|at|from|during|by|next|this)\s+"
    rf"(?=\d|{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|{WEEKDAY}|week\b|"
    r"the\s+(?:morning|afternoon|evening|night)\s+of\b)"
)
DATE_TAIL = class_scan(guarded(DATE_TAIL))  # (regex_guard: same matches)
# the list runs to the end of the clause; the stop tests run only at a space or comma (speed)
LIST = (
    # (a quoted term inside goes with it: 'the "Blue Corridor" project', 'the so-called "three evils" of A';
    # not a format's name before its talks: 'so-called "2+2" security talks' are the meeting)
    r"(?P<list>(?:[^.;:!?“”\"\s,]+|(?<=\b[A-Z])\.|(?<=\s)[“\"][^.;:!?“”\"\n,]{1,60}[”\"](?=[\s,])"
    r"(?!\s+(?:[\w-]+\s+)?(?:talks|dialogue|meetings?|summit|format|consultations)\b)|"
    r"(?!\s+and\s+(?:exchange|discuss|review|address|explore|sign|hold|meet|call|tour|touch|to|"
    r"[a-z]+ed(?=\s+(?:the|a|an|to|that|their|its|on|in|with|by|for|at)\b|[\s,.]*$))\b|"
    r",\s+and\s+to\b|,\s*(?:with|which|who|where|adding|saying|noting|while|whereas|but)\b|"
    # a bulleted line ends its list: "- will call for A\n- will urge B"
    r"\s*\n\s*[-–•*▪●○◦■►]\s)[\s,])+)"
)
AGENDA = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|address(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+(?:(?:largely|mainly|primarily|chiefly|particularly|especially)\s+)?on|review(?:ed|s|ing)?|"
    r"agenda (?:will )?(?:also )?includes?|topics? (?:will )?(?:include|such as)|cover(?:ed|s|ing)?|"
    r"(?:exchange[ds]?|exchanging|voice[ds]?|share[ds]?|express(?:ed|es)?|present(?:ed|s)?|explain)\s+(?:(?:its|their|his|her|our|[A-Z][\w-]*['’]s)\s+)?"
    r"views on|exchanges? of views on|deliberate(?:d)? (?:up)?on|with a focus on|"
    r"cent(?:red|ered|re|er|ring|ering) on|explore|"
    r"including|such as|cooperation (?:on|under|in)|advance|advancing|reaffirm(?:ed|s)?)\s+" + LIST
)
# rarer cues, in a pattern of their own that runs only when one of their words is in the sentence (speed)
AGENDA_MORE = re.compile(
    r"\b(?:[Tt]opics? (?:will )?(?:include|such as)|[Oo]n the agenda (?:are|is|will be)(?:\s+also)?|"
    # "Topics at the forum are expected to include A", "the agenda would include A"
    # "The agenda of the meeting includes A"
    # "The themes of this year's forum include A"
    r"(?:[Aa]genda|[Tt]opics|[Tt]hemes|[Pp]riorities)(?:\s+(?:at|for|of)\s+(?:the\s+|this\s+year['’]s\s+)?[\w'’-]+)?"
    r"\s+(?:(?:will|would|is|are)\s+(?:also\s+)?"
    r"(?:(?:expected|likely|set)\s+to\s+)?(?:include|cover|feature)|(?:also\s+)?(?:includes|include|covers))|"
    # "Key items include A", "Items on the agenda include A"
    # "Other agenda items are expected to include A"
    # "Other issues on the table include A", "Main topics up for discussion include B"
    # "Priority areas include A"
    r"\b(?:[Kk]ey|[Mm]ain|[Oo]ther|[Pp]riority|[Aa]genda)\s+(?:agenda\s+)?(?:items|issues|topics|subjects|areas)\s+"
    r"(?:(?:on\s+the\s+(?:table|agenda)|up\s+for\s+discussion)\s+)?"
    r"(?:will\s+|(?:are|is)\s+(?:also\s+)?(?:expected|likely|set)\s+to\s+)?include|"
    # "agreements in the fields of A, B and C"
    r"in\s+the\s+(?:fields?|areas?|sectors?|domains?)\s+of|revolv(?:e|es|ing)\s+around|"
    r"(?:agreements?|arrangements?|memorand(?:um|a) of understanding|accords?|[Dd]eclarations?|initiatives?|"
    r"outcomes?|announcements?|understanding|deals?|pacts?)(?:\s+(?:among|between)\s+[^.;:,“”\"]{1,40}?)? on|"
    r"commitments?\s+to(?=\s+(?:the\s|an?\s|[A-Z]))|"
    r"gaps in|[Dd]ialogue on|consultations? on|"
    # "the Agreement between A and B concerning Reciprocal Access": what the agreement is about
    r"(?:[Aa]greement|[Aa]rrangement|[Tt]reaty|[Mm]emorandum)\b[^.;:“”\"]{0,80}?\bconcerning|"
    r"(?:talk|talking|talks|talked) about|take up|taking up|support (?:for|to)|"
    r"progress[”\"]? (?:on|in|under|towards?)|"
    r"sign(?:s|ed|ing)? off on|"
    r"(?:exchange|discussions?|dialogue|talks|speech|address|remarks|lecture|session|debate|briefing|"
    # "will speak on A", "a summit on A" (not "speak on Monday", "a summit on the island")
    r"speak|speaks|spoke|speaking|"
    # "a meeting at ministerial level on A"
    r"(?:meeting|summit|session)\s+at\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+level(?=\s+on\s)|"
    # "a trilateral meeting on A" (not "the Ministers' Meeting on Capri", "meeting on the sidelines")
    r"(?<![A-Z])(?:meeting|summit|conference|forum)(?=\s+on\s+(?!the\s+(?:sidelines|margins|eve|same|island|morning|afternoon|evening)\b|"
    r"(?:their|its|his|her|our)\s+own\b)))"
    r"(?:\s+at\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’]*){0,5})?\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|"
    rf"{MONTH}))|sign (?:an?|the)|"
    # "Discussions are also expected on A", "is expected to raise A", "plans for A", "contributions to A"
    r"(?:[Dd]iscussions?|[Tt]alks)\s+(?:are|is|will\s+be)\s+(?:also\s+)?expected\s+on|"
    # "contribute to A", "lay the groundwork for B", "adopt a joint statement on C"
    r"(?:will|to|would)\s+(?:also\s+)?raise|plans?\s+for|contribut(?:ions?|e|es|ing)\s+to|agree\s+on|"
    r"(?:lay(?:s|ing)?\s+the\s+groundwork|pav(?:e|es|ed|ing)\s+the\s+way|set(?:s|ting)?\s+the\s+stage)\s+for|"
    # "short statements on A and B", "sign documents on C" (plural: what is agreed, not where it was said)
    r"(?:(?:joint|adopt\w*\s+(?:an?|the)|issue[sd]?\s+(?:an?|the))\s+statements?|statements|documents)\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|"
    rf"{MONTH}|the\s+(?:sidelines|margins|eve|occasion)\b))|"
    # "deep divisions on A and B", "a dispute over C"
    r"(?:divisions|differences|disagreements?|disputes?|rifts?|row|split|friction)\s+(?:over|on)(?!\s+(?:\d|"
    rf"[A-Z][a-z]+day\b|{MONTH}|the\s+(?:sidelines|margins|eve)\b))|"
    # "engagement with A across B, C and D"
    r"(?:engagement|cooperation|ties|partnership|collaboration|relations)(?:\s+with\s+[^.;:,“”\"]{1,40}?)?\s+across|"
    # "ministers are expected to consider A", "which will consider B", "I would like to explain C", "would
    # propose D" (not "declined to confirm the agenda", "would confirm the venue later": a newsroom's facts)
    r"(?:will|to|would|shall)\s+(?:also\s+)?(?:consider|explain|propose|assess|highlight|examine|adopt|endorse|evaluate|confirm(?<!declined\sto\sconfirm)(?<!refused\sto\sconfirm)(?<!not\sto\sconfirm)(?![^.;]{0,120}?\btowards?\s+the\s+[A-Z])"
    r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:dates?|venue|timing|time|details|agenda|attendance|participation|reports?)\b))(?!\s+(?:it|its|his|her|their|that|whether|how|why|to|any|every|each)\b)|"
    # "underlined the importance of A, B and C"; "with greater emphasis on A"
    r"the\s+(?:\w+\s+)?importance\s+of|emphasis\s+on|"
    # "a proposal for A", "recommendations for leaders on B", "their assessments of C", "the urgency of D",
    # "its opposition to E", "the signing of F", "the state of play on G"
    r"proposals?\s+for|recommendations?(?:\s+for\s+[\w-]+)?\s+on|assessments?\s+of|urgency\s+of|"
    r"opposition\s+to|signing\s+of|state\s+of\s+play\s+(?:on|of|in)|"
    # "talks expected to be dominated by A and B"
    r"(?:talks|discussions?|meetings?|summit|agenda|sessions?|dialogue|conference|forum)\s+(?:[a-z]+\s+){0,4}?"
    r"dominated\s+by|"
    # "the day will be dedicated to A, B and C", "devoted, among others, to A and to B"
    r"(?:dedicated|devoted)(?:,\s+among\s+others,)?\s+to(?!\s+(?:the\s+)?(?:memory|victims|meetings?|sessions?|talks)\b)|"
    # "a conversation on A and on B", "blunt conversations about C", "questions over D and E"
    r"conversations?\s+(?:on|about)(?!\s+(?:\d|[A-Z][a-z]+day\b|the\s+(?:sidelines|margins)\b))|"
    r"questions\s+(?:over|about|on)(?!\s+(?:how|whether|why|what|when|who)\b)|"
    # "will speak of A, of B and of C"; "think together about A, and about B"
    r"(?:speak|speaks|spoke|speaking)\s+of|(?:think|thinking)\s+(?:together|jointly)\s+about)\s+" + LIST
)
# the cues of round four, apart (their words are rare, so the pattern seldom runs): "sessions on A", "joint
# action on A", "a working breakfast on A", "a Roundtable on A", "talks spanning A", "touch on A", "a
# discussion of A", "take stock of A", "particularly on A", "negotiations on A", "step up A", "coordinate
# their response to A"
AGENDA_ROUND4 = re.compile(
    r"\b(?:(?:sessions|action|breakfast|lunch|dinner|[Rr]oundtable|taskforce|plan|trilateral|bilateral)\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|"
    rf"{MONTH}))|(?:talks|discussions|sessions?|day\s+of\s+talks)\s+spanning|"
    r"touch(?:es|ing)?\s+(?:up)?on|discussions?\s+of|tak(?:e|ing)\s+stock\s+of|(?:particularly|especially)\s+(?:on|in(?=\s+(?!the\s|this\s|that\s|times\s|terms\s)[a-z]))|"
    r"negotiations\s+on|step(?:ping)?\s+up|coordinat\w+\s+(?:(?:their|its|a|the)\s+)?(?:\w+\s+)?(?:responses?|approach)\s+to|"
    # "look at ways to A", "sanctions targeting A", "agree a B"
    # "take decisions on A", "what Allies need, in terms of A, B and C"
    r"decisions?\s+on|in\s+terms\s+of|decid(?:e|es|ed|ing)\s+(?:up)?on|"
    # "coordinate their positions on A", "a common stance on B"; "areas like A"; "which prioritizes A"
    r"(?:positions?|stances?)\s+on|(?:areas|issues|fields|sectors|topics|subjects|matters)\s+like|"
    r"prioriti[sz](?:e|es|ed|ing)(?!\s+(?:under|by|in|for|as|at|over|since)\b)|"
    # "fresh pledges of A and B", "a new package of A": what is pledged
    r"(?:pledges?|packages?)\s+of|"
    r"look(?:s|ing)?\s+(?:at|into)|(?:set|fix|settle|agree\s+on)\s+(?:a|the)\s+date\s+for|sanctions\s+(?:on|against|targeting)|agree(?:s|ing)?(?=\s+(?:an?|the)\s)|"
    # "resolutions on A", "proposals on B", "his annual report on C", "exchanges on D" (no day after it)
    rf"(?:resolutions?|proposals?|reports?|exchanges)\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|{MONTH}|the\s+(?:sidelines|margins)\b))|"
    # "will give priority to A", "concentrate on B", "with particular attention to C", "follow up on D"
    r"(?:give|gives|giving|attach(?:es|ed|ing)?)\s+(?:(?:top|high|special|particular)\s+)?priority\s+to|"
    r"concentrat(?:e|es|ed|ing)\s+on|(?:particular|special|close)\s+attention\s+to|"
    # "new steps on A", "what more we can do on C", "language on D", "an inquiry into E",
    # "export controls on F", "a side event on G", "the bloc's response to H", "a package that targets I"
    rf"(?:steps|(?:can|could)\s+do|language|controls|event|signals?|results|deliverables[”\"]?|"
    rf"(?:meet|meets)\s+together|coordinat(?:e|es|ed|ing)|follow(?:s|ed|ing)?[\s-]up)\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|{MONTH}|"
    r"the\s+(?:sidelines|margins|ground|morning|afternoon|evening|eve)\b|(?:[A-Z][\w'’-]*\s+)?Islands?\b))|inquiry\s+into|[’']s\s+(?:response|approach)\s+to|"
    # "our partners on A" (not "on the final day", "on the front line", "on the continent")
    rf"partners?\s+on(?!\s+(?:\d|[A-Z][a-z]+day\b|{MONTH}|the\s+(?:[\w-]+\s+)?(?:day|line|continent|ground|"
    r"sidelines|margins|occasion)\b))|"
    r"(?:that|which)\s+targets(?!\s+(?:our|us|them|their|its)\b)|(?:will\s+|to\s+)?tackle(?!\s+alone\b))\s+"
    + LIST
)
AGENDA_ROUND4_WORDS = (
    "sessions on", "action on", "breakfast on", "lunch on", "dinner on", "oundtable on", "taskforce on",
    "plan on", "trilateral on", "bilateral on",
    " spanning ", "touch", "discussion of", "discussions of", "stock of", "particularly on",
    "especially on", "particularly in", "especially in", "negotiations on", "step up", "stepping up",
    "response to", "responses to", "look", "sanction",
    "agree", "date for", "ecision", "in terms of", "approach to", "pledges of", "pledge of", "package of",
    "packages of", "decide", "deciding", "position on", "positions on", "stance on", "stances on", " like ",
    "prioriti", "resolution on", "resolutions on", "proposal on", "proposals on", "report on", "reports on",
    "exchanges on", "priority to", "concentrat", "attention to", "up on", "steps on", "partner on",
    "partners on", "do on", "language on", "controls on", "event on", "inquiry into", "targets", "tackle",
    "signal on", "signals on", "results on", "deliverables",
    "together on", "coordinate on", "coordinates on", "coordinated on", "coordinating on",
)  # fmt: skip
# "the six pillars identified by the Roundtable: A, B and C" (apart: "review progress in the pillars" must
# not swallow its start)
_COLON_HEADS = (
    "pillars", "areas", "priorities", "issues", "topics", "sectors", "fields", "themes", "elements", "tracks",
    "agenda", "missions", "goals", "objectives", "aims",
)  # fmt: skip
# the colon list's words as written in a sentence and as a line's label (its gate: the same, case and all)
COLON_WORDS = _COLON_HEADS + tuple(w.capitalize() for w in _COLON_HEADS)
COLON_LIST = re.compile(
    # (also a label that opens a line: "Agenda: A, B and C", "Priorities: A; B"; a cable's "ISSUES:" heading
    # is no list's head)
    r"\b(?:" + "|".join(COLON_WORDS) + r")\b[^:.;“”\"]{0,60}:\s+" + LIST
)
AGENDA_MORE_WORDS = (
    "Topic", "topics", "agenda", "items", "issues", "areas include", "areas are", "field of", "fields of",
    "area of", "areas of",
    "sector of", "sectors of", "domain of", "domains of", "revolv", "agreement on", "agreements on",
    "arrangement on", "arrangements on", "memorand",
    "accord on", "accords on", "talk about", "talks about", "talking about", "talked about", "take up",
    "taking up", "support for", "progress on", "progress in", "progress under", "dialogue on", "sign a",
    "sign the", "talks on", "talks at", "speech on", "speech at", "remarks on", "remarks at", "lecture on",
    "lecture at", "exchange on", "exchanges on", "discussions on", "discussion on", "address on",
    "address at", "session on", "debate on", "meeting on", "progress toward", "expected on", "raise",
    'progress" on', "progress” on", "plans for", "consider", "explain", "propose", "importance of",
    "emphasis on", "dominated by", "dedicated to", "devoted", "conversation on", "conversations on",
    "conversation about", "conversations about", "questions over", "questions about", "questions on",
    "assess", "highlight", "examine", "contribut", "groundwork for", "the way for", "the stage for",
    "statement on", "statements on", "documents on", "divisions o", "differences o", "disagreement o",
    "disagreements o", "evaluate", "confirm",
    "dispute o", "disputes o", "rift o", "rifts o", "row o", "split o", "friction o", " across ",
    "plan for", "contribution", "agree on", "support to", "off on", "briefing on", "briefing at",
    "eclaration", "nitiative", "utcome", "gaps in", "Dialogue on", "nnouncement",
    "commitment to", "commitments to", "nderstanding on", "consultation on", "consultations on", "concerning",
    "deal on", "deals on", "pact on", "pacts on", "agreement among", "agreements among", "agreement between",
    "deal among", "deal between", "arrangement between", "pact between", "accord between", "speak on",
    "speaks on", "spoke on", "speaking on", "summit on", "conference on", "forum on", "speak of", "speaks of",
    "spoke of", "speaking of", "together about", "jointly about", "Themes", "themes", "Priorities",
    "priorities", "proposal for", "proposals for", "recommendation", "assessment of", "assessments of",
    "urgency of", "opposition to", "signing of", "state of play", "level on", "adopt", "endorse",
)  # fmt: skip
# what follows the "on" of "talks with X on A": no day, date, sidelines or time of day
_ON_TOPIC = (
    r"(?=\s+(?!\d|[A-Z][a-z]+day\b|"
    rf"{MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:the\s+)?(?:[\w'’-]+\s+)?(?:sidelines|margins)\b|"
    r"the\s+(?:eve|same)\b|(?:the\s+)?(?:morning|afternoon|evening|occasion)\b)[A-Za-z]+)"
)
# the cues of round two, apart so that the common pattern above stays as cheap as it was
AGENDA_CUES = re.compile(
    r"\b(?:"
    # "talks with X on A and B", "deliver on A", "a working group on A", "funding for A", "what he called A"
    # (also "a trilateral with X on A", "talks Thursday with X on A": a day between)
    # (also "an exchange of views with X on A", "a briefing from X on A")
    r"(?:(?:talks|meeting|meet|meets|engage|engages|engaged|engaging|trilateral|bilateral|call|consultations|"
    r"views|exchange|exchanges)"
    rf"(?:\s+(?:{WEEKDAY}|today|tomorrow))?\s+with|briefing\s+from)\s+"
    # (also "talks with X on Tuesday about A"; a title's dot inside: "talks with Hon. A, Minister of B, on C")
    r"(?:[^.;:]|(?<=[A-Z])\.|\.(?=\s+[A-Z])){1,160}?\s+(?:on|about)" + _ON_TOPIC + "|"
    # "will meet Commissioner A on B" (no "with": the one met is named, capitalised; no clause runs on)
    r"(?:meet|meets|meeting)\s+(?=[A-Z])"
    r"(?:(?!\s+(?:and|to|will)\s)[^.;:,]|(?<=[A-Z])\.){1,80}?\s+on" + _ON_TOPIC + "|"
    # "work closely with us on A"
    r"(?:deliver|work|working|cooperate|cooperating|collaborate|(?:brief(?:ed|s)?|updat(?:e|es|ed)|inform(?:ed|s)?)\s+(?:the\s+)?\w+)"
    r"(?:\s+(?:closely|together))?(?:\s+with\s+(?:us|them|[A-Z][\w'’-]*|the\s+\w+))?\s+on|"
    r"(?:working group|task force|committee|mechanism) on|(?:funding|financing|investment) for|"
    r"what (?:he|she|they|it) called|so-called|restrictions on|concern(?:s|ed)? (?:over|about)|"
    r"tensions (?:in|over|on)|towards?\s+(?:realiz|realis|achiev)ing|"
    # "efforts toward a free and open X", "cooperation with allies and partners toward a Y": the aim
    r"(?:cooperat\w*|coordination|work\w*)\s+towards?(?:\s+(?:the\s+)?realizing)?|"
    r"(?:cooperat\w*\s+with\s+[^.;:,“”\"]{1,60}?|efforts?)\s+towards?(?=\s+(?:an?|realiz\w*|realis\w*|achiev\w*)\s)|"
    r"(?:prepar(?:e|es|ed|ing)|preparations?) for|"
    # "to prepare the upcoming A", "prepare next month's B": the meeting prepared
    r"prepar(?:e|es|ed|ing)(?=\s+(?:(?:the|an?)\s+)?(?:next|upcoming|forthcoming|coming)\b|"
    r"\s+(?:next|this)\s+(?:month|week|year)['’]s\s)|(?:close to )?conclud(?:e|ing)[\"”]?\s+(?:an?|the)|"
    # "officials were finalising a five-year X arrangement", "negotiating the Y pact": what is being agreed
    r"(?:finali[sz]|negotiat)(?:e|es|ed|ing)\s+(?:an?|the|its|their)(?=\s[^.;:]{0,60}?\b(?:agreements?|arrangements?|"
    r"pacts?|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|frameworks?|protocols?)\b)|"
    # "a constructive role in dealing with A"
    r"(?:to|in|on|for)\s+deal(?:ing)?\s+with|"
    r"(?:[Aa]sked|questioned) about|(?:push|call|plead|press)(?:s|es|ed|ing)?\s+for|"
    r"advocat(?:e|es|ed|ing)\s+for|"
    r"weigh(?:s|ed|ing)?(?=\s+an?\s)|"
    # "the promotion of maritime capacity building", "the steady implementation of the X Rail project"
    r"(?:promotion|implementation|moderni[sz]ation|deployment|acquisition)\s+of(?:\s+the)?"
    r")\s+" + LIST
)
AGENDA_CUES_WORDS = (
    "talks with", "meeting with", "meet with", "meets with", "meet ", "meets ", "meeting ", "deliver on",
    "work on", "working on",
    "work closely", "working closely", "cooperate closely", "together on", "concerned about",
    "concerned over",
    "cooperate on", "cooperating on", "collaborate on", "brief", "working group on", "task force on",
    "committee on", "mechanism on", "funding for", "financing for", "investment for", "he called",
    "she called", "they called", "it called", "so-called", "restrictions on", "concerns over",
    "concerns about", "concern over", "concern about", "tensions in", "tensions over", "tensions on",
    "toward", "prepare ", "prepares ", "prepared ", "preparing ", "prepare for", "prepares for",
    "prepared for", "preparing for", "preparation for",
    "preparations for", "conclude", "concluding", "finalis", "finaliz", "negotiat", "asked about",
    "Asked about", "questioned about", "promotion of", "implementation of", "modernization of",
    "modernisation of", "deployment of", "acquisition of", "push for", "pushes for", "pushed for",
    "pushing for", "press for", "presses for", "pressed for", "pressing for", "advocat", "engag", "weigh a",
    "weighs a", "weighed a", "weighing a", "work with",
    "call for", "calls for", "called for", "calling for", "plead", "day with", "trilateral with",
    "bilateral with", "call with", "consultations with", "views with", "exchange with", "exchanges with",
    "briefing from", "update", "inform", "deal with", "dealing with",
)  # fmt: skip
ON_AGENDA = re.compile(
    # (also "with A and B topping the agenda")
    # (also "with A and B on the table", "with A expected to be on the table")
    r"\bwith\s+(?P<list>[^.;:!?]+?)\s+(?:(?:on|at\s+the\s+top\s+of|high\s+on|topping|dominating|heading)\s+the\s+agenda|"
    r"on\s+the\s+table)\b"
    r"|\bwith\s+(?P<list2>[^.;:!?]+?)\s+(?:set|expected|likely)\s+to\s+(?:figure|feature|dominate|top\s+the\s+agenda|"
    r"be\s+on\s+the\s+(?:agenda|table))\b"
)
# "A would be a key item", "B is one of the most contentious issues": what the talks' main items are called
_ISSUE_ADJ = (
    "key", "main", "major", "central", "top", "biggest", "thorniest", "contentious", "important", "pressing",
    "difficult", "sensitive",
)  # fmt: skip
ISSUE_WORDS = tuple(f"{a} {n}" for a in _ISSUE_ADJ for n in ("item", "issue", "topic", "subject"))
# what an agenda item dominates: "the talks", "two days of talks", "next week's forum meeting", "proceedings"
_TALKS = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:talks|discussions?|meetings?|summit|sessions|agenda|proceedings|"
    r"dialogue|gathering|forum|conference)\b"
)
# no auxiliary, "to" or adverb right before: where one is, the list ends before it ("A will dominate", not "A
# will" + "dominate"; "A are also expected to", not "A are also" + "expected to")
_NO_AUX = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "will", "would", "could", "can", "may", "might", "must", "should", "shall", "to", "is", "are", "was",
        "were", "also", "all", "both", "again", "not", "still", "now",
    )
)  # fmt: skip
# a list item: characters up to a stop, a capital's dot ("U.S.") no stop; written as runs of plain characters
# (one class step each) rather than one alternation per character, with the same spans tried in the same
# order (longest first)
_ITEM = r"(?:[^.;:!?,]|\.(?<=\b[A-Z]\.))(?:[^.;:!?,]*\.(?<=\b[A-Z]\.))*[^.;:!?,]*"
AGENDA_BEFORE = re.compile(
    # (a comma may close the list: "A, and B in C, will be on the agenda")
    # (a highlight bullet's sign before its line: "- A and B are among the items on the agenda")
    # (or a stop inside a quote the sentence holds whole: '"The agenda is full. A and B will be on the
    # table."'; after a word of three small letters at least, no abbreviation's: "Oct.", "Gen.", "U.S.")
    r"(?:\bsaid\s+|\bthat\s+[“\"]?|^(?:[-–•*]\s+)?[“\"]?|,\s+|[;:]\s+|(?<=[a-z]{3}[.!?])\s+)"
    r"(?P<list>" + _ITEM + r"(?:,\s*" + _ITEM + r")*?),?\s+"
    # a headline's "A, B on agenda", "A and B top agenda", "with A and B on the table" (no verb before it; the
    # line ends there or a link goes on: "A, B top agenda as X meets", "A, B top agenda of C talks")
    r"(?:(?:on|top|tops|dominate|dominates)\s+agenda(?:\s*$|\s+(?:as|of|at|for|when|while|amid|in)\s)|"
    r"on\s+the\s+table\s*$|"
    # the present with no auxiliary: "A and B top the agenda", "A and B dominate two days of talks"
    + _NO_AUX
    + r"(?:top|tops|head|heads)\s+the\s+agenda\b|"
    + _NO_AUX
    + r"(?:dominate|dominates)\s+"
    + _TALKS
    + "|"
    # (no auxiliary before "expected to" in a headline's line only: "A and B expected to dominate talks"; the
    # caller keeps such a match only where the line opens it)
    r"(?:(?:would|will|were|are|is|was)\s+(?:(?:also|all|both|again)\s+)?(?:(?:likely|expected|set)\s+to\s+)?|"
    + _NO_AUX
    + r"(?P<bare>(?:likely|expected|set)\s+to\s+))"
    r"(?:(?:top|dominate|be on|lead)\s+the\s+agenda|(?:on|high\s+on|at\s+the\s+top\s+of)\s+the\s+agenda|"
    r"(?:dominate|overshadow)\s+the\s+(?:talks|discussions|meeting|summit|corridors)|"
    # "A will dominate.", "A and B will dominate three days of sessions", "A is also on the table", "A would
    # be a key item on the agenda", "A is likely to be one of the most contentious issues"
    r"(?:dominate|overshadow)(?=[.!]?[”\"]?\s*$|,[”\"])|dominate\s+" + _TALKS + r"|on\s+the\s+table|"
    r"be\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:most\s+)?(?:" + "|".join(_ISSUE_ADJ) + r")\s+"
    r"(?:items?|issues?|topics?|subjects?)"
    r"(?:\s+on\s+the\s+agenda)?(?=[\s,.!]|$)|"
    r"(?:feature|figure)\s+(?:prominently|in\s+the\s+(?:talks|discussions|meeting))|"
    # "A is also expected to feature.", "A will be high on the President's agenda", "A will be among the
    # topics discussed"
    r"(?:feature|figure)(?=[.!]?[”\"]?\s*$)|(?:be\s+)?high\s+on\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+agenda|"
    # "A and B are among the items on the agenda", "A would be at the centre of the talks"
    r"(?:be\s+)?among\s+the\s+(?:topics|issues|subjects|items)|"
    r"be\s+at\s+the\s+(?:centre|center|heart|forefront)\s+of\s+the\s+(?:talks|discussions|meeting|summit|agenda)|"
    r"be\s+(?:discussed|addressed|high\s+on\s+the\s+agenda|on\s+the\s+table)|"
    r"come\s+up|"
    # "A and B were likely to receive particular attention"
    r"receive\s+(?:(?:particular|special|close|much|greater|more|most)\s+)?attention))"
)
# "X has put A, B and C at the top of the agenda", "would put A high on the agenda": what is put there
PUT_ON_AGENDA = re.compile(
    r"\b(?:put|puts|putting|place[sd]?|placing)\s+(?P<list>" + _ITEM + r"(?:,\s*" + _ITEM + r")*?)"
    r"(?<!\bhigh)(?<!\bfirmly)(?<!\bsquarely)(?<!\bback)\s+"
    r"(?:at\s+the\s+(?:top|centre|center|heart|forefront)\s+of|(?:high|firmly|squarely|back)\s+on|on)\s+"
    r"(?:the|its|their|his|her|our|this\s+year['’]s|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?agenda\b"
)
# "Analysts expect A, B and C to dominate the discussions"
# (also "Expect A and B to dominate.": a preview's imperative, its sentence ending there)
EXPECT_TO = re.compile(
    r"\b[Ee]xpects?\s+(?P<list>" + _ITEM + r"(?:,\s*" + _ITEM + r")*?)\s+"
    r"to\s+(?:(?:dominate|top|overshadow|feature\s+in)\s+the\s+"
    r"(?:agenda|talks|discussions|meetings?|summit|weekend|dialogue|forum|gathering|sessions?)\b|"
    r"(?:dominate|overshadow)(?=[.!]?[”\"]?\s*$|,[”\"]))"
)
EXPECT_TO = class_scan(EXPECT_TO)  # (regex_guard: same matches)
AGENDA_BEFORE_WORDS = (
    "the agenda", "on agenda", "top agenda", "tops agenda", "dominate agenda", "dominates agenda",
    "be discussed", "be addressed", "come up", "on the table", "dominate the", "prominently",
    "overshadow the", "expect", "Expect", "dominate", "head the agenda", "heads the agenda", *ISSUE_WORDS,
    "feature in", "figure in", "attention", "to feature", "to figure", "s agenda", "among the topics",
    "among the issues", "among the subjects", "among the items", "at the centre", "at the center",
    "at the heart", "at the forefront",
)  # fmt: skip
# a named sea, strait or shoal is a subject of security talks wherever the text names it
FEATURE = re.compile(
    r"\b(?:(?!The\b|In\b|At\b|Near\b)[A-Z][\w'’-]+\s+){1,3}(?:Sea|Strait|Straits|Shoal|Peninsula|Gulf|Reef)\b"
)
FEATURE_WORDS = ("Sea ", "Sea,", "Sea.", "Seas", "Strait", "Shoal", "Peninsula", "Gulf", "Reef")

# "on the theme "A"", "The theme of the summit is "B"": the quoted theme is what the meeting is about
THEME_QUOTED = re.compile(
    r"\b[Tt]hemed?(?:\s+(?:of|for)\s+(?:the\s+|this\s+year['’]s\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"(?:\s+(?:is|was|will\s+be))?[:,]?\s+[“\"](?P<x>[^“”\"]{3,160}?)[.,]?[”\"]"
)
# "A and B were likely to come up, along with C", "alongside D": the list goes on after the agenda phrase
ALONG_WITH = re.compile(
    r",?\s+(?:(?:along|together)\s+with|alongside)\s+(?P<list>(?:[^.;:!?“”\"]|(?<=[A-Z])\.)+)"
)
# "cover Taiwan, where X took office in May, A in B, and C": the list runs on after the relative clause
RESUMED = re.compile(
    r",\s*(?:where|which|who)\b[^,.;:“”\"]{1,120},\s+(?P<list>[^,.;:“”\"]{3,120},\s+and\s+[^.;:“”\"]{3,160})"
)
# "discuss A, which B described as C, as well as D and E": after the relative clause "as well as" goes on
RESUMED_ALSO = re.compile(
    r",\s*(?:where|which|who)\b[^,.;:“”\"]{1,160},\s+as\s+well\s+as\s+(?!on\s|by\s|to\s|in\s|with\s)"
    r"(?P<list>[^.;:“”\"]{3,160})"
)
# "cooperate toward realizing a "Free and Open Indo-Pacific."", "cooperation toward a "free and open
# region"", "toward the realization of a "Y"": the vision's quoted name
REALIZING_QUOTED = re.compile(
    r"\btowards?\s+(?:(?:realiz|realis|achiev)ing\s+|the\s+(?:realization|realisation|achievement)\s+of\s+)?"
    r"(?:(?:an?|the)\s+)?[“\"]"
    r"(?P<x>(?:[A-Z][^“”\".]{2,60}|[a-z][^“”\".]{1,60}\s[^“”\".]{1,60}))\.?[”\"]"
)

# The cue patterns open with a word boundary and an alternation, where sre finds no literal prefix and tries
# every alternative at every position: behind a lookahead of their first letters (regex_guard, same matches)
# it passes the other positions in one step
AGENDA, AGENDA_MORE, AGENDA_ROUND4, AGENDA_CUES, ON_AGENDA = (
    guarded(p) for p in (AGENDA, AGENDA_MORE, AGENDA_ROUND4, AGENDA_CUES, ON_AGENDA)
)
# its 45 cues regrouped by first letter (regex_guard.by_first_letter, same matches): sre scans for them in C
# (so are the round-two cues and ON_AGENDA's "with": per sentence 65K -> 51K and 21K -> 14K instructions)
AGENDA_MORE, AGENDA_CUES, ON_AGENDA = (by_first_letter(p) for p in (AGENDA_MORE, AGENDA_CUES, ON_AGENDA))
