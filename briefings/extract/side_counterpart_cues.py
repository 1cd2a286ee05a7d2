"""Who a side meeting is with when the text names no one: counterparts by country, officials, "each of"."""

from __future__ import annotations

import re

from briefings.extract.regex_guard import by_first_letter, class_scan, guarded

# a country in a list: "Japan", "South Korea", "the U.S."
_CNAME = r"(?:(?:[A-Z]\.){2,3}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
COUNTERPARTS_FROM = re.compile(
    rf"\b(?:(?:his|her|their)\s+|bilateral\s+(?:meetings|talks)\s+with\s+)counterparts?\s+from\s+(?P<list>(?:the\s+)?{_CNAME}"
    rf"(?:\s*,\s*(?:the\s+)?{_CNAME})*(?:,?\s+and\s+(?:the\s+)?{_CNAME})?)"
)
COUNTERPARTS_FROM = class_scan(COUNTERPARTS_FROM)  # (regex_guard: same matches)
# "meet the Trade Ministers of Chile and Peru": unnamed officials of the countries listed
OFFICIALS_OF = re.compile(
    # "the foreign ministers of X, Y and Z": the field in lower case too
    r"\bthe\s+(?:[A-Z][\w-]*\s+|(?:foreign|defen[cs]e|trade|finance|economy|interior)\s+){0,3}"
    r"(?:Ministers|Secretaries|ministers|leaders|Leaders|Chiefs|chiefs)\s+of\s+"
    rf"(?P<list>(?:the\s+)?{_CNAME}"
    rf"(?:\s*,\s*(?:the\s+)?{_CNAME})*(?:,?\s+and\s+(?:the\s+)?{_CNAME})?)"
)
COUNTERPART_ADJ = re.compile(
    r"\b(?:his|her|their|the)\s+(?P<adj>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*)\s+"
    # "the Xish and Yish defense chiefs": the countries' officials of the subject's field
    r"(?:counterparts?|(?:defen[cs]e|foreign|trade)\s+(?:chiefs|ministers))\b"
)
COUNTERPART_ADJ = class_scan(COUNTERPART_ADJ)  # (regex_guard: same matches)
TITLE_REF = guarded(
    re.compile(
        # "the High Representative": an office's title standing for its holder
        r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}"
        r"(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Representative))\b"
    )
)
# "talks with each of her counterparts": every other party of the main event
EACH_OF = re.compile(
    r"\beach\s+of\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?:counterparts|ministers|leaders|guests|visitors)\b"
)
# "separate bilateral talks with each leader": each of the foreign people the sentence names
EACH_ONE = re.compile(
    r"\bwith\s+(?:each|both)\s+(?:(?:leader|counterpart|minister|guest|visitor)s?\b|of\s+them\b)"
)
EACH = re.compile(r"\beach of the\b|\bseparate(?:ly)?\b|\brespectively\b", re.I)
EACH = by_first_letter(guarded(EACH))  # (regex_guard: same matches)
