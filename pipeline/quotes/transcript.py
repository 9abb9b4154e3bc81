"""Interview transcripts: who speaks in each turn.

A document is a transcript when at least ``transcript_min_questions``
paragraphs open with an interviewer label ("((WN))", "Q:"). Every later
paragraph that is no question is an answer; its speaker is named by its
label ("((Natasha Gownaris))", "Natasha Gownaris: ...", "NG: ...", "MS We did
not ...": a person of the document with that name or those initials; a
"((Name))" label names a person anyway), else it is the speaker of the answer
before it, else the person the document names most often. A question's speaker is the
interviewee who answers it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.quotes.rules import QuoteRules


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # character offsets of the paragraph
    end: int
    question: bool
    interviewee: Span  # who answers: a PERSON entity, or the answer's label as one


def interview_turns(doc: Doc, rules: QuoteRules, text: str | None = None) -> list[Turn]:
    """The turns of an interview transcript, in text order (none for other documents); ``text`` is
    ``doc.text`` when the caller has it (spaCy builds it anew from the tokens at every access)."""
    text = doc.text if text is None else text
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    asks = [bool(rules.interviewer_label.match(text[a:b])) for a, b in paragraphs]
    if sum(asks) < rules.transcript_min_questions:
        return []
    first = asks.index(True)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    counts = Counter(e.kb_id_ or e.text for e in people)
    default = next((e for e in people if (e.kb_id_ or e.text) == counts.most_common(1)[0][0]), None) if people else None
    speakers: list[Span | None] = []
    current = None
    for (a, b), ask in zip(paragraphs[first:], asks[first:]):
        if not ask:
            current = _labelled(doc, text, a, b, people, rules) or current
        speakers.append(None if ask else current or default)
    turns = []
    for k, ((a, b), ask) in enumerate(zip(paragraphs[first:], asks[first:])):
        # a question's interviewee answers it
        who = next((s for s in speakers[k:] if s is not None), default) if ask else speakers[k]
        if who is not None:
            turns.append(Turn(a, b, ask, who))
    return turns


def _labelled(doc: Doc, text: str, start: int, end: int, people: list[Span], rules: QuoteRules) -> Span | None:
    """The person an answer's label names: by name or initials; a "((Name))" label names one anyway."""
    m = rules.answer_label.match(text[start:end])
    if m is None:
        return None
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    label = m.group(group)
    for ent in people:
        initials = "".join(w[0] for w in ent.text.split() if w[:1].isupper())
        if ent.text == label or (label.isupper() and label == initials):
            return ent
    if group != 1:
        return None  # "Well: ...", "US troops ...": no one's name or initials
    return doc.char_span(start + m.start(group), start + m.end(group), label="PERSON", alignment_mode="expand")
