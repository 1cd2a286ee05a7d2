"""A reporter's description of an expert before a name and the expert's post after it ("Defence analyst A, a
senior fellow at the X Group, said"): the post at a workplace names the person more exactly, so it wins."""

from __future__ import annotations

from briefings.extract.role_appos import formal_apposition
from briefings.extract.role_scan import Title

# the head words of a reporter's description of an outside expert ("strategic affairs expert", "analyst")
_DESCRIBERS = frozenset(
    {"analyst", "expert", "observer", "specialist", "scientist", "commentator", "researcher", "academic"}
)
# the posts of a scholar or a think tank's staff
_POSTS = frozenset({"fellow", "professor", "lecturer", "researcher"})


def described_expert(role: str | None) -> bool:
    """A role that is a description of an outside expert: its last word one of the describers."""
    if not role:
        return False
    last = role.rpartition(" ")[2]
    return last.lower() in _DESCRIBERS and (last.islower() or last == role)


def expert_post(role: str | None, appos: Title, text: str) -> bool:
    """True when a post after an expert's name beats the description before it: a scholar's post, or a post
    held at a workplace ("a senior fellow at the X Group", "professor at Y University")."""
    if not described_expert(role):
        return False
    post = text[appos.role_start : appos.role_end]
    words = post.lower().split()
    if not words or words[0] in ("former", "ex"):
        return False
    if any(w in _POSTS for w in words[:4]):
        return True
    after = text[appos.role_end : appos.role_end + 5]
    return " at " in f" {post} " or after.startswith(" at ")


def apposition_wins(role: str | None, appos: Title, text: str) -> bool:
    """A title after a name beats a lower-case one or an expert's description before it: formal, or the
    expert's post ("EU foreign policy chief A, the High Representative for X,")."""
    return formal_apposition(appos, text) or expert_post(role, appos, text)
