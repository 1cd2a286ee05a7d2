"""Short quoted phrases: a term or name rather than speech, and a phrase that repeats words a named
speaker says in full elsewhere (a headline's "a historic day for X" taken from the quote below)."""

from __future__ import annotations

import re

from briefings.models import Quote

_FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "a", "an", "to", "in", "on", "at", "with"})
_WORD = re.compile(r"[^\W_][\w'’-]*")


def is_term(inner: str) -> bool:
    """A short quoted phrase in Title Case: a name or slogan, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)


# a word after a closing quote mark that starts no noun phrase: a function word, a pronoun or a verb of speech
_NOT_NOUN = (
    r"and|or|but|nor|of|to|for|in|on|at|by|with|as|from|into|over|after|before|than|that|which|who|whom|"
    r"whose|is|was|were|are|be|been|has|have|had|will|would|could|should|may|might|can|must|do|does|did|"
    r"he|she|it|they|we|i|you|the|a|an|this|these|those|while|when|where|if|because|since|until|so|then|"
    r"its|their|his|her|our|my|your|among|between|about|against|rather|what|not|also|only|just|even|"
    r"said|says|told|added|adds|noted|stressed|warned|insisted|stated|wrote|according|he's|she's|it's"
)
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{_NOT_NOUN})\b)(?:[a-z][\w-]*|[A-Z]{{2,}}[\w-]*)\b")


def modifies_noun(inner: str, text: str, end: int) -> bool:
    """True when a one-word quote is followed straight by a noun it modifies: a term, not speech (a "2+2"
    session, "real" reform, a "people-centred" bloc)."""
    words = inner.split()
    if len(words) != 1 or inner.rstrip()[-1:] in ".,;:!?":
        return False
    return _NOUN_AFTER.match(text, end, end + 40) is not None


# a short quote naming a policy or doctrine: its "free and open" foreign policy, the "one country" principle
_POLICY_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:policy|policies|doctrine|principle|strategy|vision|outlook)\b"
)


def names_policy(inner: str, text: str, end: int) -> bool:
    """True when a quote of at most four words is straight followed by "policy", "doctrine" or the like:
    the policy's name, not speech."""
    return len(inner.split()) <= 4 and _POLICY_AFTER.match(text, end, end + 30) is not None


def _folded(text: str) -> str:
    """The words of a text, casefolded, one space apart (with spaces at both ends)."""
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def repeated_speakers(quotes: list[Quote], loose: list[Quote]) -> list[Quote]:
    """An unattributed (loose) quote of three or more words that a named speaker's quote holds word for word
    ("a historic day for X" in a headline, "'Today is a historic day for X,' A said" below) is A's."""
    named = [(q.speaker, _folded(q.text)) for q in quotes if q.speaker]
    if not named:
        return quotes
    out = []
    for q in quotes:
        words = _folded(q.text)
        if q.speaker is None and words.count(" ") >= 4 and any(q is x for x in loose):
            whose = {who for who, held in named if words in held}
            if len(whose) == 1:
                q = q.model_copy(update={"speaker": whose.pop()})
        out.append(q)
    return out
