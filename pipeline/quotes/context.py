"""Per-document lookups shared by the quote rules, built once per Doc."""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from pipeline.docs import Words, boilerplate_ranges, person_genders, speaker_entities
from pipeline.quotes.marks import QuotedSpan, Unbalanced, pair_quotes
from pipeline.quotes.rules import QuoteRules
from pipeline.quotes.transcript import Turn, interview_turns

SENTENCE_END = frozenset({".", "!", "?"})
# the label of a speaker named by a plain noun phrase ("a government official")
NOUN_PHRASE = "NP"


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
    """Quotation marks, cue verbs, entity and sentence look-ups, and the speakers found so far."""

    def __init__(self, doc: Doc, rules: QuoteRules) -> None:
        self.doc = doc
        self.rules = rules
        words = Words(doc)
        self.text = words.text  # (doc.text is built anew from Token objects at every access: read from the word ids once)
        spans, unbalanced = pair_quotes(self.text, rules)
        furniture = boilerplate_ranges(doc)
        self.spans: list[QuotedSpan] = [s for s in spans if not any(s.open < e and b <= s.close for b, e in furniture)]
        self.unbalanced: list[Unbalanced] = [u for u in unbalanced if not any(u.start < e and b < u.end for b, e in furniture)]
        self.starts = doc.to_array("IDX")
        # token -> index of the top-level quotation covering it (marks included), or -1
        self.quote_at = [-1] * len(doc)
        self.token_ranges: list[tuple[int, int]] = []
        for k, span in enumerate(self.spans):
            first, last = self.token_at(span.open), self.token_at(span.close)
            self.token_ranges.append((first, last))
            self.quote_at[first : last + 1] = [k] * (last + 1 - first)
        self.ents = speaker_entities(doc)
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in self.ents:
            self.ent_at[ent.start : ent.end] = [ent] * len(ent)
        self.sents = list(doc.sents)
        self.sent_at = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            self.sent_at[sent.start : sent.end] = [n] * len(sent)
        self.lower: list[str] = words.lower
        self._phrase_starts = {phrase[0] for phrase in rules.source_phrases}
        # the speech verbs outside quotations: only verbs of a cue lemma (found from the word ids) are checked
        ids = doc.to_array([LEMMA, POS]).reshape(-1, 2)
        lemmas = ids[:, 0].tolist()  # (a look-up per token: numpy.isin costs more on a Doc)
        strings = doc.vocab.strings
        cue_lemmas = {h for h in set(lemmas) if strings[h].lower() in rules.cue_verbs}
        self.is_cue: list[bool] = [False] * len(doc)  # token is a speech verb outside quotations
        for i in numpy.flatnonzero(ids[:, 1] == VERB).tolist():
            if lemmas[i] in cue_lemmas:
                self.is_cue[i] = self._is_cue_verb(doc[i])
        self.speakers: list[Speaker] = []  # in the order they were found
        self.latest: tuple[Speaker, int] | None = None  # latest speaker, last token of its attribution
        self.reported = [False] * len(doc)  # token lies in a reported clause found so far
        self.turns: list[Turn] = interview_turns(doc, rules, self.text)
        self.genders = person_genders(doc)  # person actor -> male/female, where the coreference layer knew it

    def _is_cue_verb(self, tok: Token) -> bool:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.rules.cue_verbs or self.quote_at[tok.i] >= 0:
            return False
        # a participle modifying a noun ("reported cases") is no cue; a finite
        # verb the parser took for a modifier of the name after it still is,
        # and so is any form right after a quotation ('" tweeted Mayor X') or
        # opening a sentence ('Remarked scientist X, "..."')
        if tok.dep_ not in ("amod", "compound") or tok.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        j = tok.i - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        return j < 0 or self.doc[j].text in SENTENCE_END or self.ends_paragraph(self.doc[j]) or self._closes_quote(j)

    def _closes_quote(self, i: int) -> bool:
        """Token ``i`` is the closing mark of a quotation."""
        k = self.quote_at[i]
        return k >= 0 and self.token_ranges[k][1] == i

    # -- positions ------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token containing character offset ``char``."""
        return max(0, int(self.starts.searchsorted(char, side="right")) - 1)

    def ends_paragraph(self, tok: Token) -> bool:
        return "\n" in tok.text_with_ws

    def phrase_at(self, i: int) -> tuple[str, ...] | None:
        """The source phrase ("according to") starting at token ``i``, if any."""
        if 0 <= i < len(self.lower) and self.lower[i] not in self._phrase_starts:
            return None  # (no phrase starts with this word)
        for phrase in self.rules.source_phrases:
            if tuple(self.lower[i : i + len(phrase)]) == phrase:
                return phrase
        return None

    def in_quote(self, i: int) -> bool:
        return self.quote_at[i] >= 0

    # -- entities -------------------------------------------------------------
    def speaker_ent(self, tok: Token) -> Span | None:
        """The entity covering ``tok`` if its label can name a speaker."""
        ent = self.ent_at[tok.i]
        return ent if ent is not None and ent.label_ in self.rules.speaker_rank else None

    def name_span(self, ent: Span) -> Span:
        """The entity with the first names the model left out of it ("Leyla" in
        "Leyla Marand" when only "Marand" is tagged)."""
        start = ent.start
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ == "compound" and self.ent_at[start - 1] is None:
            start -= 1
        return self.doc[start : ent.end] if start < ent.start else ent

    def speaker_from_span(self, ent: Span, head: Token) -> Speaker:
        """A speaker named by an entity: its actor, else its (completed) name."""
        span = self.name_span(ent) if not ent.kb_id_ else ent
        name = ent.kb_id_ or " ".join(_strip_possessive(span).text.split())
        return Speaker(name, ent.label_, span.text, span.start_char, span.end_char, head.i)

    def answering(self, tok: Token) -> str | None:
        """The name of the interviewee whose answer holds ``tok``, if any."""
        turn = self._turn(tok)
        return None if turn is None or turn.question else self.speaker_from_span(turn.interviewee, turn.interviewee.root).name

    def _turn(self, tok: Token) -> Turn | None:
        return next((t for t in self.turns if t.start <= tok.idx < t.end), None)

    def answer_start(self, tok: Token) -> int | None:
        """The character offset where the interview answer holding ``tok`` begins (None outside answers)."""
        turn = self._turn(tok)
        return turn.start if turn is not None and not turn.question else None

    def interviewee(self, tok: Token) -> Speaker | None:
        """The interviewee named by a first-person subject of a cue verb or
        quotative in an answer ("I told them", "I'm like") or a second-person
        one in a question's statement ("you wrote"), mentioned as ``tok``."""
        turn = self._turn(tok)
        if turn is None or tok.lower_ not in (self.rules.second_person if turn.question else self.rules.first_person):
            return None
        verb = tok.head
        if verb.lemma_.lower() in self.rules.reading_verbs:
            return None  # "I've read ...: "..."": the words read, not the interviewee's
        thought = not turn.question and verb.lemma_.lower() in self.rules.thought_verbs  # "Then I thought: "...""
        if not (self.is_cue[verb.i] or thought or any(c.lower_ in self.rules.quotatives for c in verb.children)):
            return None
        if turn.question and self._asks(tok):
            return None  # "How did you confirm that ...?"
        person = self.speaker_from_span(turn.interviewee, turn.interviewee.root)
        return Speaker(person.name, person.label, tok.text, tok.idx, tok.idx + len(tok), tok.i)

    def _asks(self, subject: Token) -> bool:
        """The subject's sentence is a question, unless it first states what
        was said in marks, with no question word or inverted auxiliary before
        the subject ('On your site you wrote "..." — how will you ...?')."""
        sent = self.sents[self.sent_at[subject.i]]
        if not sent.text.rstrip().endswith("?"):
            return False
        verb = subject.head
        said = next((t for t in self.doc[verb.i + 1 : sent.end] if not t.is_punct), None)
        inverted = any(t.tag_ in ("WRB", "WP", "WDT") or (t.pos_ == "AUX" and t.head.i == verb.i) for t in self.doc[sent.start : subject.i])
        return inverted or said is None or not self.in_quote(said.i)

    def label_of(self, actor: str) -> str:
        """The label of the entities linked to ``actor`` (NP when none is)."""
        return next((e.label_ for e in self.ents if e.kb_id_ == actor), NOUN_PHRASE)

    def remember(self, speaker: Speaker, until: int) -> None:
        """Record a speaker whose attribution ends at token ``until``."""
        self.speakers.append(speaker)
        self.latest = (speaker, until)

    def agrees(self, name: str, gender: str | None) -> bool:
        """A speaker ``name`` may be called by a pronoun of ``gender`` ("she" is not Mr Evers)."""
        return gender is None or self.genders.get(name, gender) == gender

    def latest_speaker(
        self, before: int, labels: frozenset[str], window: int | None = None, gender: str | None = None, plural: bool = False
    ) -> Speaker | None:
        """The latest speaker mentioned before token ``before`` with one of
        ``labels`` (and a fitting gender; with ``plural``, a noun phrase only
        with a plural head: "the officers", not "the head of ...")."""
        for sp in reversed(self.speakers):
            if plural and sp.label == NOUN_PHRASE and not is_plural(self.doc[sp.token]):
                continue
            if sp.token < before and sp.label in labels and self.agrees(sp.name, gender):
                if window is None or self.sent_at[before] - self.sent_at[sp.token] <= window:
                    return sp
        return None


def is_plural(tok: Token) -> bool:
    """A plural noun ("officers", "researchers"), by tag or morphology."""
    return tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].lower_ in POSSESSIVE_MARKS:
        return span[:-1]
    return span
