"""Where quotations are: paired quote marks in a paragraph, and quotes that run on over paragraphs."""

from __future__ import annotations

import re

from briefings.extract.literals import has_any
from briefings.extract.quote_forms import Para
from briefings.extract.sentences import Doc

# double quotes; single quotes around a sentence ('We won't.', 'We will', he said) or, after a space, a
# partial quote in British style ('a chance to act'.); an apostrophe before a letter is no closing mark
_PAIR = re.compile(
    r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»|"
    r"(?<![\w’'])‘(?=[A-Z])(?:[^‘’\n]|’(?=[a-z]))*?[\w.,!?]’(?![\w’])|"
    r"(?<![\w’'])'(?=[A-Z])(?:[^'\n]|'(?=[a-z]))*?[\w.,!?]'(?![\w'])|"
    r"(?<=\s)‘(?=[a-z])(?:[^‘’\n]|’(?=[a-z])){2,300}?[\w.,!?]’(?![\w’])|"
    r"(?<=\s)'(?=[a-z])(?:[^'\n]|'(?=[a-z])){2,300}?[\w.,!?]'(?![\w'])"
)
# a single curly mark opening a sentence; its closing mark ends a word, unlike an apostrophe ("UK’s")
_SINGLE_OPEN = re.compile(r"(?<![\w’'])‘(?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])’(?![\w’])")
# _PAIR's first three branches (« » in French style)
_PAIR_DOUBLE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»")


def _closes_run(seg: str, mark_open: str, mark_close: str) -> bool:
    """True for a paragraph whose only quote mark closes it: the end of a quote begun above."""
    seg = seg.rstrip()
    if not seg.endswith(mark_close) or seg.count(mark_close) != 1:
        return False
    return mark_open == mark_close or mark_open not in seg


_MARKS = ('"', "“", "”", "«", "»")


def _closing_para(text: str, paras: list[Para], k: int, mark_open: str, mark_close: str) -> int:
    """The index of the paragraph that closes a quote run on from above: paras[k] itself when its only
    mark closes it, else the first such within the next two when the ones between hold no quote mark."""
    for j in range(k, min(k + 3, len(paras))):
        seg = text[paras[j].start : paras[j].end]
        if _closes_run(seg, mark_open, mark_close):
            return j
        if has_any(seg, _MARKS):
            return -1
    return -1


def quote_spans(doc: Doc, paras: list[Para]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph position) of every quotation; an unclosed one runs on through
    following paragraphs that open with a quote mark, or into one that only closes it."""
    text = doc.text
    out: list[tuple[int, int, int]] = []
    skip_until = -1
    for pi, p in enumerate(paras):
        if p.start < skip_until:
            continue
        seg = text[p.start : p.end]
        # _PAIR's last two branches need a single quote mark, its first three a double one
        single = "'" in seg or "‘" in seg
        rx = _PAIR if single else _PAIR_DOUBLE if ('"' in seg or "“" in seg or "«" in seg) else None
        for m in rx.finditer(text, p.start, p.end) if rx else ():
            out.append((m.start(), m.end(), pi))
        straight_open = seg.count('"') % 2 == 1
        if seg.count("“") > seg.count("”") or straight_open:
            q0 = p.start + (seg.rfind('"') if straight_open else seg.rfind("“"))
            end = p.end
            mark_open, mark_close = ('"', '"') if straight_open else ("“", "”")
            for k, nxt in enumerate(paras[pi + 1 :], pi + 1):
                if not text[nxt.start : nxt.end].startswith(mark_open):
                    last = _closing_para(text, paras, k, mark_open, mark_close)
                    if last >= 0:
                        # the quote's last paragraphs, written without opening marks (the middle ones with
                        # no mark at all): a statement set out in full, closed only at its end
                        for mid in paras[k : last + 1]:
                            out.append((q0, end, pi))
                            q0, end, skip_until = mid.start, mid.end, mid.end
                    break
                close = text.find(mark_close, nxt.start + 1, nxt.end)
                # each paragraph of a running quote is its own passage
                out.append((q0, end, pi))
                q0, end = nxt.start, (close + 1 if close >= 0 else nxt.end)
                if close >= 0:
                    skip_until = nxt.end
                    break
            out.append((q0, end, pi))
        elif "‘" in seg:
            skip_until = max(skip_until, _single_run(text, paras, pi, out))
    return sorted(set(out))


def _single_run(text: str, paras: list[Para], pi: int, out: list[tuple[int, int, int]]) -> int:
    """A paragraph opening with ‘ and no closing mark, run on into paragraphs that open with ‘ (British
    style); its spans go to out; returns the offset up to which the run's paragraphs are done."""
    p = paras[pi]
    om = _SINGLE_OPEN.match(text, p.start, p.end)
    if om is None or _SINGLE_CLOSE.search(text, p.start, p.end):
        return -1
    q0, end, done = p.start, p.end, -1
    for nxt in paras[pi + 1 :]:
        if _SINGLE_OPEN.match(text, nxt.start, nxt.end) is None:
            break
        out.append((q0, end, pi))
        close = _SINGLE_CLOSE.search(text, nxt.start, nxt.end)
        q0, end, done = nxt.start, (close.end() if close else nxt.end), nxt.end
        if close:
            break
    if done < 0:
        return -1  # a lone paragraph without a closing mark: no quote found here
    out.append((q0, end, pi))
    return done
