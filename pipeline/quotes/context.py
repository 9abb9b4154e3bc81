"""Per-document lookups shared by the quote rules, built once per Doc."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.docs import actor_of, boilerplate_ranges
from pipeline.quotes.marks import QuotedSpan, Unbalanced, pair_quotes
from pipeline.quotes.rules import QuoteRules

SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: canonical name plus the mention as written."""

    name: str
    label: str  # entity label of the mention, "NP" for a plain noun phrase
    text: str
    start: int
    end: int
    token: int  # index of the mention's head token (for "latest speaker" look-ups)


class DocContext:
    """Quotation marks, entity and sentence look-ups, and the speakers found so far."""

    def __init__(self, doc: Doc, rules: QuoteRules) -> None:
        self.doc = doc
        self.rules = rules
        self.text = doc.text
        spans, self.unbalanced = pair_quotes(doc.text, rules)
        furniture = boilerplate_ranges(doc)
        self.spans: list[QuotedSpan] = [
            s for s in spans if not any(s.open < e and b <= s.close for b, e in furniture)
        ]
        self.unbalanced = [u for u in self.unbalanced if not any(u.start < e and b < u.end for b, e in furniture)]
        self._starts = [t.idx for t in doc]
        # token -> index of the top-level quotation covering it (marks included), or -1
        self.quote_at = [-1] * len(doc)
        self.token_ranges: list[tuple[int, int]] = []
        for k, span in enumerate(self.spans):
            first, last = self.token_at(span.open), self.token_at(span.close)
            self.token_ranges.append((first, last))
            for i in range(first, last + 1):
                self.quote_at[i] = k
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.sent_at = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_at[i] = n
        self.speakers: list[Speaker] = []  # in the order they were found
        self.latest: tuple[Speaker, int] | None = None  # latest speaker, last token of its attribution

    # -- positions ------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token containing character offset ``char``."""
        return max(0, bisect_right(self._starts, char) - 1)

    def ends_paragraph(self, tok: Token) -> bool:
        return "\n" in tok.text_with_ws

    def in_quote(self, i: int) -> bool:
        return self.quote_at[i] >= 0

    # -- entities -------------------------------------------------------------
    def speaker_ent(self, tok: Token) -> Span | None:
        """The entity covering ``tok`` if its label can name a speaker."""
        ent = self.ent_at[tok.i]
        return ent if ent is not None and ent.label_ in self.rules.speaker_rank else None

    def speaker_from_span(self, span: Span, head: Token) -> Speaker:
        name = actor_of(span) or " ".join(_strip_possessive(span).text.split())
        return Speaker(name, span.label_ or None, span.text, span.start_char, span.end_char, head.i)

    def remember(self, speaker: Speaker, until: int) -> None:
        """Record a speaker whose attribution ends at token ``until``."""
        self.speakers.append(speaker)
        self.latest = (speaker, until)

    def latest_speaker(self, before: int, labels: frozenset[str], window: int | None = None) -> Speaker | None:
        """The latest speaker mentioned before token ``before`` with one of ``labels``."""
        for sp in reversed(self.speakers):
            if sp.token < before and sp.label in labels:
                if window is None or self.sent_at[before] - self.sent_at[sp.token] <= window:
                    return sp
        return None


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].lower_ in ("'s", "’s", "'", "’"):
        return span[:-1]
    return span
