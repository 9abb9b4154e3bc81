"""Quotation-mark pairing on the raw text, one paragraph at a time.

Paragraphs are blocks separated by blank lines; a block whose marks do not
balance is retried line by line, so a text with single line breaks between
paragraphs loses only the bad line. Within a paragraph a closing mark pairs
with the nearest pending opening mark of its family (double or single).
Single marks double as apostrophes ("it's", "Hamas' "), so an unmatched one
is ignored; an unmatched double mark makes the paragraph unbalanced: its
quotes are dropped and the paragraph is reported, the rest of the document is
unaffected.

A quotation may run over several paragraphs: each paragraph but the last
opens a mark it does not close, and the next paragraph starts by re-opening
it. The result is one :class:`QuotedSpan` whose ``reopens`` lists those
re-opening marks. Quotations nested inside another are part of it and are
not returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.quotes.rules import CLOSE, EITHER, OPEN, MarkFamily, QuoteRules

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_OPENING_CONTEXT = "([{—–-/"  # characters after which a symmetric mark opens


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A top-level quotation: its marks' offsets in the original text."""

    open: int
    close: int
    reopens: tuple[int, ...] = ()

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    def content(self, text: str) -> str:
        """The quoted text without its marks (re-opening marks removed)."""
        parts, pos = [], self.start
        for mark in self.reopens:
            parts.append(text[pos:mark])
            pos = mark + 1
        parts.append(text[pos : self.end])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class Unbalanced:
    """A paragraph whose quotation marks could not be paired."""

    start: int
    end: int
    reason: str


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    pairs: list[tuple[int, int]] = field(default_factory=list)
    pending: list[tuple[int, MarkFamily]] = field(default_factory=list)  # strict opens left open
    error: str | None = None
    lead: int | None = None  # offset of an opening mark that starts the paragraph


def pair_quotes(text: str, rules: QuoteRules) -> tuple[list[QuotedSpan], list[Unbalanced]]:
    """Top-level quotations of ``text`` and the paragraphs that did not balance."""
    paragraphs: list[_Paragraph] = []
    for start, end in _blocks(text):
        para = _pair_paragraph(text, start, end, rules)
        if (para.error or para.pending) and "\n" in text[start:end]:
            paragraphs.extend(_pair_paragraph(text, s, e, rules) for s, e in _lines(text, start, end))
        else:
            paragraphs.append(para)
    spans, problems = _link(text, paragraphs)
    return _top_level(spans), problems


def _blocks(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _BLANK_LINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def _role(text: str, i: int, role: str, family: MarkFamily, stack: list[tuple[int, MarkFamily]]) -> str | None:
    """OPEN, CLOSE or None (not a quotation mark here) for the mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    pending = any(f == family for _, f in stack)
    if family.strict:
        if role == EITHER:
            return CLOSE if pending else OPEN
        return role
    # soft marks: an apostrophe inside a word ("it's", "O’Brien") is no quote
    if before.isalnum() and after.isalnum():
        return None
    if role == OPEN:
        return OPEN
    if pending and not before.isspace() and not after.isalnum():
        return CLOSE
    if role == CLOSE:
        return None
    opens_here = before.isspace() or before in _OPENING_CONTEXT or before in "\"“‘«"
    return OPEN if opens_here and (after.isalnum() or after in "\"“") else None


def _pair_paragraph(text: str, start: int, end: int, rules: QuoteRules) -> _Paragraph:
    para = _Paragraph(start, end)
    stack: list[tuple[int, MarkFamily]] = []
    first_mark = True
    for mark in rules.mark_pattern.finditer(text, start, end):  # (from one mark to the next)
        i = mark.start()
        family, declared = rules.marks[text[i]]
        role = _role(text, i, declared, family, stack)
        if role is None:
            continue
        if role == OPEN:
            if first_mark and not text[start:i].strip():
                para.lead = i
            stack.append((i, family))
        else:
            j = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == family), None)
            if j is None or any(f.strict for _, f in stack[j + 1 :]):
                if family.strict:
                    para.error = f"closing quotation mark {text[i]!r} at char {i} has no opening mark"
                    return para
                continue
            para.pairs.append((stack[j][0], i))
            del stack[j:]
        first_mark = False
    para.pending = [(pos, f) for pos, f in stack if f.strict]
    return para


def _link(text: str, paragraphs: list[_Paragraph]) -> tuple[list[QuotedSpan], list[Unbalanced]]:
    """Join multi-paragraph quotations; report paragraphs that stay unbalanced."""
    spans: list[QuotedSpan] = []
    problems: list[Unbalanced] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        if para.error:
            problems.append(Unbalanced(para.start, para.end, para.error))
            i += 1
            continue
        if not para.pending:
            spans.extend(QuotedSpan(o, c) for o, c in para.pairs)
            i += 1
            continue
        chain = _continuation(text, paragraphs, i)
        if chain is None:
            pos = para.pending[-1][0]
            problems.append(Unbalanced(para.start, para.end, f"opening quotation mark at char {pos} is never closed"))
            i += 1
            continue
        last, close = chain
        reopens = tuple(p.lead for p in paragraphs[i + 1 : last + 1])
        spans.append(QuotedSpan(para.pending[0][0], close, reopens))
        for p in paragraphs[i : last + 1]:
            spans.extend(QuotedSpan(o, c) for o, c in p.pairs)
        i = last + 1
    return spans, problems


def _continuation(text: str, paragraphs: list[_Paragraph], i: int) -> tuple[int, int] | None:
    """(index of the last paragraph, closing mark) of a quotation opened in
    paragraph i. Only a quotation that opens a statement runs on: a fragment
    opened in lower case mid-sentence does not."""
    if len(paragraphs[i].pending) != 1:
        return None
    opened = text[paragraphs[i].pending[0][0] + 1 : paragraphs[i].end].lstrip()
    if opened[:1].islower():
        return None
    family = paragraphs[i].pending[0][1]
    for k in range(i + 1, len(paragraphs)):
        para = paragraphs[k]
        if para.error or para.lead is None:
            return None
        if para.pending:
            if para.pending != [(para.lead, family)]:
                return None
            continue
        close = next((c for o, c in para.pairs if o == para.lead), None)
        return (k, close) if close is not None else None
    return None


def _top_level(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    for span in sorted(spans, key=lambda s: (s.open, -s.close)):
        if out and span.close <= out[-1].close:
            continue  # nested inside the previous top-level quotation
        out.append(span)
    return out
