"""Quotations and their speakers: a pure function over a parsed Doc.

Rule ids written into every record (see docs/quotes.md):

- ``direct.cue_after`` / ``direct.cue_before``: a quotation in marks with a
  speech verb or source phrase just after / before it in the same sentence
  (before: also the end of the previous paragraph when it ends in a colon);
- ``direct.intro``: a quotation right after a clause ending in a colon or a
  comma, whatever its verb ("X disagreed with the findings: ..."): the
  clause's named subject;
- ``direct.continuation``: a quotation without a cue that follows a quotation
  (of any kind) of the same speaker, nobody else named in between;
- ``direct.context``: a quotation (of a few words at least) opening a
  sentence right after a sentence without quotations of its own (terms and
  fragments aside) whose main clause has a named subject or a pronoun naming one;
- ``direct.unattributed``: a quotation nobody is said to have said (speaker null);
- ``direct.heading``: a quotation opening the paragraph after a short line
  that is a person's name ("Dr Helen Ward" above a block of quotations);
- ``partial.cue_after`` / ``partial.cue_before``: a fragment in marks inside
  the author's sentence, governed by a speech verb or source phrase;
- ``partial.cue`` / ``partial.object`` / ``partial.label``: a short fragment
  (or one after a determiner) under a cue, the quoted object of a verb of
  evaluation or commitment ('praised his "courage"'), the label of a naming
  verb ('called X "crooked"', 'dismissed it as "fake news"');
- ``partial.reported``: a quoted stretch inside a reported clause, as a
  partial quote of the clause's speaker;
- ``indirect.clause``: "X said (that) CLAUSE", "X told Y that CLAUSE";
- ``indirect.source_phrase``: "According to X, CLAUSE" / "CLAUSE, according to X".

Titles, names, terms and scare quotes in quotation marks yield nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.docs import content_sents, guarded
from pipeline.quotes.context import NOUN_PHRASE, SENTENCE_END, DocContext, Speaker
from pipeline.quotes.marks import QuotedSpan
from pipeline.quotes.rules import QuoteRules
from pipeline.quotes.speakers import RELATIVE_PRONOUNS, Attribution, Cue, attribute, attribute_mention, cue_text, find_cues
from pipeline.records import Quote

COMPONENT = "quote_extractor"
# kinds of term in quotation marks (_DirectQuotes._term)
_NAME, _FRAGMENT = "name", "fragment"
# how a quoted fragment hangs on the verb it is the object or label of
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "attr", "oprd", "acomp", "xcomp", "pcomp", "ccomp", "dative", "advcl", "conj"})
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr", "npadvmod", "dep"})
_TRAILING = re.compile(r"(?:[\s,;:]|(?<!\.)\.(?!\.))+$")
_RELATIVE_WH = frozenset({"who", "whom", "whose", "which"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class _Candidate:
    pos: int  # character offset: candidates are resolved in text order
    resolve: Callable[[], list[Quote]]


def extract_quotes(doc: Doc, rules: QuoteRules) -> list[Quote]:
    """Every quotation in ``doc`` outside page furniture, in text order.

    A paragraph whose quotation marks do not balance, and a unit that raises,
    are skipped and recorded in ``doc._.skipped``; the rest still counts.
    """
    ctx = DocContext(doc, rules)
    for bad in ctx.unbalanced:
        _record_skip(doc, f"{COMPONENT}: skipped chars {bad.start}-{bad.end}: unbalanced quotation marks: {bad.reason}")
    direct = _DirectQuotes(ctx)
    candidates = [_Candidate(span.open, lambda k=k: direct.resolve(k)) for k, span in enumerate(ctx.spans)]
    content = {sent.start for sent in content_sents(doc)}
    for i in range(len(doc)):
        if (
            (ctx.is_cue[i] or (ctx.quote_at[i] < 0 and ctx.phrase_at(i)))
            and ctx.sents[ctx.sent_at[i]].start in content
            and not _in_interview(ctx, i)
        ):
            candidates.append(_Candidate(int(ctx.starts[i]), lambda i=i: _indirect(ctx, i, direct)))
    candidates.sort(key=lambda c: c.pos)
    quotes = guarded(doc, COMPONENT, candidates, lambda c: c.resolve())
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _in_interview(ctx: DocContext, i: int) -> bool:
    """Token ``i`` lies in a turn of an interview transcript: a question or
    an answer is the interview's own speech, in which "people say ..." or "I
    think ..." reports no one (reported speech comes from the narrative before it)."""
    idx = int(ctx.starts[i])
    return any(t.start <= idx < t.end for t in ctx.turns)


def _record_skip(doc: Doc, reason: str) -> None:
    if doc._.skipped is None:
        doc._.skipped = []
    doc._.skipped.append(reason)


# -- quotations in marks ------------------------------------------------------
class _DirectQuotes:
    """Direct and partial quotations, resolved in text order."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.recurring = Counter(_norm(s.content(ctx.text)) for s in ctx.spans)
        self.cleaned = [_clean(s, ctx.text) for s in ctx.spans]
        self.kinds = [_kind(ctx.text, s, c[0]) for s, c in zip(ctx.spans, self.cleaned)]
        term = [self._term(s, c[0], k) if c[0] else _NAME for s, c, k in zip(ctx.spans, self.cleaned, self.kinds)]
        # a term of either kind: attribution windows run past it
        self.terms = [t is not None for t in term]
        # a short fragment, or one after a determiner: a quotation only where a cue or a verb with a speaker governs it
        self.weak = [t == _FRAGMENT for t in term]
        self.done: set[int] = set()  # quotations already given a row (by either pass)

    def resolve(self, k: int) -> list[Quote]:
        if k in self.done or (self.terms[k] and not self.weak[k]):
            return []
        self.done.add(k)
        ctx = self.ctx
        first, last = ctx.token_ranges[k]
        (text, start, end), kind = self.cleaned[k], self.kinds[k]
        if self.weak[k]:
            found = self._governed(k)
            if found is None:
                return []  # a scare quote, a term
            att, rule, until = found
            ctx.remember(att.speaker, max(last, until, att.subject[1]))
            return [_record(ctx, text, start, end, "partial", rule, att.speaker, att)]
        after = self._window(range(last + 1, min(len(ctx.doc), last + 1 + ctx.rules.window_tokens)), after=True)
        before = self._window(range(first - 1, max(-1, first - 1 - ctx.rules.window_tokens), -1), after=False)
        found = self._cued(k, kind, after, before)
        if found is None and kind == "partial":
            found = self._governed(k)
        elif found is None and len(text.split()) < ctx.rules.partial_min_words:
            # a short capitalised stretch as a verb's object or label: 'attacked it as "Witch Hunt garbage."'
            found = self._governed(k)
            found = found if found is not None and found[1] != "partial.cue" else None
        if found is None and kind == "partial":
            return []  # a fragment nobody is said to have said: a scare quote
        if found is None:
            found = self._introduced(k, before)
        if found is not None:
            att, rule, until = found
            kind = rule.split(".")[0]
            ctx.remember(att.speaker, max(last, until, att.subject[1]))
            return [_record(ctx, text, start, end, kind, rule, att.speaker, att)]
        heading = self._heading(first)
        if heading is not None:
            speaker, rule = heading, "direct.heading"
        elif ctx.latest is not None and self._continues(first):
            speaker, rule = ctx.latest[0], "direct.continuation"
        elif len(text.split()) >= ctx.rules.partial_min_words:
            speaker, rule = self._context(first), "direct.context"
        else:
            speaker = None
        if speaker is not None:
            ctx.remember(speaker, last)
            return [_record(ctx, text, start, end, kind, rule, speaker)]
        if len(text.split()) < ctx.rules.partial_min_words:
            return []  # a short unattributed quotation is a label or a term
        return [_record(ctx, text, start, end, kind, "direct.unattributed", None)]

    def _cued(self, k: int, kind: str, after: list[int], before: list[int]) -> tuple[Attribution, str, int] | None:
        """The nearest cue next to quotation ``k`` that names a speaker."""
        ctx, doc = self.ctx, self.ctx.doc
        first, last = ctx.token_ranges[k]
        if after and _ends_sentence(ctx.spans[k].content(ctx.text)) and not _closes(ctx, doc[after[-1]]):
            after = []  # '"... barbarity." He said "...": the cue introduces the next quotation
        cues = sorted(find_cues(ctx, after, after=True) + find_cues(ctx, before, after=False), key=lambda c: (c.distance, not c.after))
        complete = _ends_sentence(ctx.spans[k].content(ctx.text))
        short = len(self.cleaned[k][0].split()) < ctx.rules.partial_min_words
        for cue in cues:
            if short and not cue.after and not _in_cue_clause(ctx, cue, first):
                continue  # 'X told reporters: "No."'; a cue further off names a term ('announced the name "2019-nCoV"')
            if kind == "partial" and not cue.phrase and cue.distance > 1 and not _governs(ctx, cue, first, last):
                continue
            if cue.after and not cue.phrase and any(
                c.dep_ in ctx.rules.clause_deps and c.i > cue.last and not ctx.in_quote(c.i) for c in doc[cue.last].children
            ):
                continue  # '"Buy American." Biden claimed the plan ...': the verb reports its own clause
            verb = doc[cue.last]
            if cue.after and complete and not cue.phrase and verb.lemma_.lower() not in ctx.rules.audience_object_of and any(
                c.dep_ == "dobj" and c.i > cue.last and not ctx.in_quote(c.i) for c in verb.children
            ):
                continue  # '"...." Trump called it a disgrace': the verb has an object of its own
            if cue.after and complete and cue.phrase and doc[cue.first].is_title:
                continue  # '"...." According to X, ...': the phrase opens the next sentence
            att = attribute(ctx, cue, named_only=False)
            if att is None or _inside_speaker(att, cue, first + 1, last - 1):
                continue  # no one to name, or the quotation is part of the speaker's phrase
            if cue.after and (complete or short) and not _only_speaker_between(ctx, att, last, cue.first):
                continue  # only the speaker between: '"...." Pelosi said', '"No," he said'
            until = after[-1] if cue.after else last  # the end of the attribution
            return att, f"{kind}.cue_{'after' if cue.after else 'before'}", until
        return None

    def _governed(self, k: int) -> tuple[Attribution, str, int] | None:
        """A fragment the parse puts under a cue or a verb whose subject names
        someone: 'said the plan was "dead"', 'according to X, it is "a
        disgrace"' (``partial.cue``); the fragment as the object of a verb of
        the quoted-object class, 'praised his "courage"', 'called for "an
        inquiry"' (``partial.object``); as the label a naming verb gives its
        object, 'called X "crooked"', 'dismissed it as "fake news"'
        (``partial.label``). The nearest such head wins; a fragment below
        another verb is no longer its object."""
        ctx, doc = self.ctx, self.ctx.doc
        first, last = ctx.token_ranges[k]
        inside = [t for t in doc[first : last + 1] if not t.is_punct and not t.is_space]
        root = next((t for t in inside if not first <= t.head.i <= last or t.head.i == t.i), None)
        if root is None:
            return None
        sent = ctx.sent_at[root.i]
        path: list = [root]  # the tokens from the fragment up to the current head
        for head in root.ancestors:
            if ctx.sent_at[head.i] != sent:
                return None
            cue = None
            obj = all(t.dep_ in _OBJECT_PATH or _label_modifier(ctx, t) for t in path) and head.pos_ == "VERB"
            if obj and head.lemma_.lower() in ctx.rules.quoted_object_verbs:
                label = any(t.lower_ in ctx.rules.label_prepositions for t in path) or (
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)  # 'directed X to "stop ..."': an act
                    and any(t.dep_ in _PREDICATE_DEPS for t in path)
                    and any(c.dep_ == "dobj" and c not in path for c in head.children)
                )
                cue, rule = Cue(head.i, head.i, cue_text(head), False, 0, False), "partial.label" if label else "partial.object"
            elif ctx.is_cue[head.i]:
                if any(t.dep_ == "advcl" and t.i < head.i for t in path[1:]):
                    return None  # 'Asked about the "deal", X said': the words of the clause before the cue, not X's
                cue, rule = Cue(head.i, head.i, cue_text(head), False, 0, head.i > last), "partial.cue"
            else:
                phrase = next((c for c in head.children if c.dep_ == "prep" and ctx.phrase_at(c.i) and c.i not in (t.i for t in path)), None)
                if phrase is not None:
                    n = len(ctx.phrase_at(phrase.i))
                    cue = Cue(phrase.i, phrase.i + n - 1, doc[phrase.i : phrase.i + n].text, True, 0, phrase.i > last)
                    rule = "partial.cue"
            if cue is not None:
                # a named speaker, or an unnamed source by its meaning ('"two broken ribs", according to a surgeon')
                att = attribute(ctx, cue, named_only=True)
                if att is None or att.speaker.label == NOUN_PHRASE:
                    att = _unnamed_source(ctx, cue) if cue.phrase else None
                if att is not None and not _inside_speaker(att, cue, first, last):
                    return att, rule, max(cue.last, last)
                return None
            path.append(head)
        return None

    def within(self, report: Quote, att: Attribution, cue: Cue) -> list[Quote]:
        """The quotations inside a reported clause not yet given a row, as partial
        quotes of its speaker ('X said the bill was "dead on arrival"'): not
        names or terms, nor a capitalised stretch ('announced the name "2019-nCoV"'),
        nor one a cue inside the clause governs ('According to X, Y claimed to
        talk to Z "almost daily"': Y's words, found on their own)."""
        ctx, out = self.ctx, []
        for k, span in enumerate(ctx.spans):
            if k in self.done or self.kinds[k] != "partial" or (self.terms[k] and not self.weak[k]):
                continue
            if not report.start <= span.open < span.close < report.end or self._cue_inside(k, report, cue):
                continue
            self.done.add(k)
            text, start, end = self.cleaned[k]
            out.append(_record(ctx, text, start, end, "partial", "partial.reported", att.speaker, att))
        return out

    def _cue_inside(self, k: int, report: Quote, cue: Cue) -> bool:
        """Quotation ``k`` hangs on a cue inside the reported clause other than its own ``cue``."""
        ctx = self.ctx
        first, last = ctx.token_ranges[k]
        return any(
            ctx.is_cue[a.i] and a.i != cue.last and report.start <= a.idx < report.end
            for t in ctx.doc[first : last + 1] for a in t.ancestors
        )

    def _introduced(self, k: int, before: list[int]) -> tuple[Attribution, str, int] | None:
        """'X disagreed with the findings: "..."', 'X reacted on Twitter, "..."':
        the named subject of the clause that ends in a colon or comma right before the quotation."""
        ctx, doc = self.ctx, self.ctx.doc
        if not before or doc[before[-1]].text not in (":", ","):
            return None
        window = set(before)
        # the clause ending at the mark when it is an interviewee's quotative ("..., and
        # I'm like: ") or a relative clause ("..., who cited his training: "), else the
        # main clause of the window: the first verb whose head lies outside it
        nearest = next((t for t in doc[before[-1]].ancestors if t.pos_ in ("VERB", "AUX") and t.i in window), None)
        if nearest is not None and not any(ctx.interviewee(c) for c in nearest.children if c.dep_ == "nsubj"):
            if ctx.is_cue[nearest.i] and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ not in ctx.rules.pronouns for c in nearest.children
            ):
                return None  # "To X, I say, "..."": the words of an "I" the text does not name, not of another clause's subject
            nearest = None
        main = next((doc[i] for i in before if doc[i].pos_ in ("VERB", "AUX") and (doc[i].head.i not in window or doc[i].head.i == i)), None)
        # last, a relative clause ending at the mark ("X, who cited his training:"), whose "who" is X
        relative = next((doc[i] for i in reversed(before) if doc[i].dep_ == "relcl" and doc[i].pos_ == "VERB"), None)
        if relative is not None and (
            relative.right_edge.i < before[-1] - 1 or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in relative.children)
        ):
            relative = None
        for verb in dict.fromkeys(v for v in (nearest, main, relative) if v is not None):
            # a clause introducing a document ("The palace issued the following statement:")
            # is a cue: an unnamed issuer keeps its noun phrase, as after "said"
            document = any(
                t.lower_ in self.ctx.rules.report_nouns and t.dep_ in ("dobj", "pobj") and verb in (t.head, t.head.head) for t in verb.subtree
            ) or any(_document(ctx, c) for c in verb.children if c.dep_ == "nsubj")  # "The study outlined ...:"
            att = attribute(self.ctx, Cue(verb.i, verb.i, cue_text(verb), False, 0, False), named_only=not document)
            if att is not None:
                return att, "direct.intro", verb.i
        if doc[before[-1]].text != ":":
            return None
        # the parser hung the clause's subject on a verb of the quotation ('X of the
        # University of Y disagreed:', 'The family's statement read[NOUN]:'): that subject
        first, last = ctx.token_ranges[k]
        subject = next((doc[i] for i in before if doc[i].dep_ in ctx.rules.subject_deps and first < doc[i].head.i < last), None)
        att = attribute_mention(ctx, subject, named_only=not _document(ctx, subject)) if subject is not None else None
        return (att, "direct.intro", before[-1]) if att is not None else None

    def _context(self, first: int) -> Speaker | None:
        """A quotation opening a sentence right after a sentence without
        quotations of its own (terms and fragments aside) whose main clause
        has a named subject, or a pronoun naming one: that subject."""
        ctx, doc = self.ctx, self.ctx.doc
        j = first - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or doc[j].text not in SENTENCE_END:
            return None
        sent = ctx.sents[ctx.sent_at[j]]
        if any(ctx.in_quote(i) and not self._fragment(ctx.quote_at[i]) for i in range(sent.start, sent.end)):
            return None
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        att = attribute(ctx, Cue(root.i, root.i, root.text, False, 0, False), named_only=True)
        return att.speaker if att is not None and att.speaker.label != NOUN_PHRASE else None

    def _heading(self, first: int) -> Speaker | None:
        """A quotation opening the paragraph after a short line that is only a
        person's name and description, without a verb or a full stop ("Dr
        Helen Ward, surgeon" above a block of quotations): that person."""
        ctx, doc = self.ctx, self.ctx.doc
        j = first - 1
        if j < 0 or not ctx.ends_paragraph(doc[j]):
            return None
        line = []
        while j >= 0 and (not ctx.ends_paragraph(doc[j]) or not line):
            if not doc[j].is_space:
                line.append(doc[j])
            j -= 1
        words = [t for t in line if not t.is_punct]
        if not words or len(words) > ctx.rules.heading_max_words or line[0].text in SENTENCE_END or line[0].text == ":":
            return None
        if any(t.pos_ in ("VERB", "AUX") or ctx.in_quote(t.i) for t in line):
            return None
        people = [ctx.speaker_ent(t) for t in reversed(line)]
        person = next((e for e in people if e is not None and e.label_ == "PERSON"), None)
        if person is None or ctx.name_span(person).start != min(t.i for t in words):
            return None  # the line opens with the name
        return ctx.speaker_from_span(person, person.root)

    def _fragment(self, k: int) -> bool:
        """Quotation ``k`` is a term or a fragment of the author's sentence."""
        return self.terms[k] or self.kinds[k] == "partial"

    def _window(self, steps: range, *, after: bool) -> list[int]:
        """Tokens next to a quotation, in text order, up to the sentence end, a
        paragraph break or another quotation (terms in marks do not stop it).
        Looking back from a quotation that opens a paragraph, the window goes
        on into the previous paragraph when that ends in a colon ("X wrote:")."""
        ctx, doc = self.ctx, self.ctx.doc
        out: list[int] = []
        for i in steps:
            tok = doc[i]
            if ctx.in_quote(i) and not self.terms[ctx.quote_at[i]]:
                break
            if after:
                out.append(i)
                if _closes(ctx, tok):
                    break
                continue
            if tok.text in SENTENCE_END:
                break
            if ctx.ends_paragraph(tok) and (out or not _colon_before(doc, i + 1)):
                break
            if not tok.is_space:
                out.append(i)
        return out if after else out[::-1]

    def _term(self, span: QuotedSpan, text: str, kind: str) -> str | None:
        """Titles, names and terms (_NAME); short fragments and fragments after a
        determiner, which are quotations only under a cue (_FRAGMENT); else None."""
        rules, raw = self.ctx.rules, self.ctx.text
        words = text.split()
        before = _WORD.findall(raw[max(0, span.open - 60) : span.open].lower())
        if any(tuple(before[-len(p) :]) == p for p in rules.introducers) and not self._labels(span):
            return _NAME  # 'the so-called "axis"', 'a film called "Sully"'
        label = re.match(r"[ \t]+([\w-]+)", raw[span.close + 1 : span.close + 40])
        if label is not None and label.group(1).lower() in rules.labelled_nouns:
            return _NAME  # 'a "Vote Leave" sign'
        if len(words) <= rules.term_max_words and self.recurring[_norm(text)] > 1:
            return _NAME
        if len(words) <= rules.term_max_words and _title_case(span.content(raw).strip(), rules):
            return _NAME
        if kind == "partial" and len(words) < rules.partial_min_words:
            return _FRAGMENT
        if len(words) > rules.term_max_words:
            return None
        if before and before[-1] in rules.name_prepositions and raw[span.open - 1 : span.open].isspace():
            return _NAME  # 'a member of "Have no fear"'
        if before and before[-1] in rules.determiners and raw[span.open - 1 : span.open].isspace():
            return _FRAGMENT  # 'the "unity of fronts"', but 'praised his "courage"'
        return None

    def _labels(self, span: QuotedSpan) -> bool:
        """The naming verb right before the quotation has a subject of its own:
        'what he called "a hoax"' labels; 'a film called "Sully"' names."""
        ctx = self.ctx
        i = ctx.token_at(span.open) - 1
        while i >= 0 and (ctx.doc[i].is_punct or ctx.doc[i].is_space):
            i -= 1
        verb = ctx.doc[i] if i >= 0 else None
        return verb is not None and verb.pos_ == "VERB" and any(c.dep_ in ctx.rules.subject_deps for c in verb.children)

    def _continues(self, first: int) -> bool:
        """The quotation follows the latest attribution with nothing naming
        anyone else between ('"...," he said. "..."', '"..." and "..."',
        '"...," further remarking, "..."' whatever the tagger made of those
        words; 'X concurred: "...," he argued. "..."': a pronoun only as the subject of a cue there; at most one
        paragraph break)."""
        ctx = self.ctx
        between = range(ctx.latest[1] + 1, first)
        # paragraph breaks counted from the lowercase forms (a line break is in a token's text, never in its trailing
        # whitespace), then the tokens made one at a time until one names someone (most such stretches are long)
        return sum("\n" in ctx.lower[i] for i in between) <= 1 and all(
            t.is_punct
            or t.is_space
            or t.pos_ in ("CCONJ", "ADV", "ADJ")
            or ctx.is_cue[t.i]
            or t.lower_ in ctx.rules.cue_forms
            or (t.pos_ == "PRON" and t.dep_ == "nsubj" and ctx.is_cue[t.head.i] and t.head.i in range(t.i + 1, first))
            for t in (ctx.doc[i] for i in between)
        )


def _clean(span: QuotedSpan, raw: str) -> tuple[str, int, int]:
    """The quoted text without surrounding blanks, trailing , ; : or a single full stop; its offsets."""
    content = span.content(raw)
    lead = len(content) - len(content.lstrip())
    body = _TRAILING.sub("", content.strip())
    start = end = span.start + lead
    reopens, kept = set(span.reopens), 0
    while kept < len(body):  # the offsets still count re-opening marks
        kept += end not in reopens
        end += 1
    return body, start, end


def _kind(raw: str, span: QuotedSpan, text: str) -> str:
    """direct (a statement of its own) or partial (a fragment inside the author's sentence)."""
    prefix = raw[: span.open].rstrip(" \t")
    if not text[:1].islower() or not prefix or prefix[-1] in ":\n":
        return "direct"
    return "partial"


def _title_case(text: str, rules: QuoteRules) -> bool:
    """'Operation Al Aqsa Storm', 'Axis of Resistance': a name, not a statement
    (a statement such as "Yes," keeps its punctuation inside the marks; a name
    of two words or more may keep the sentence's full stop: 'the title of "Keeper
    of the Seal."')."""
    words = _WORD.findall(text)
    if text[-1:] in "!?," or (text[-1:] == "." and len(words) < 2):
        return False
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w.lower() in rules.title_minor_words for w in words)


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _ends_sentence(content: str) -> bool:
    """The quoted text ends with its own full stop, question or exclamation mark."""
    return content.rstrip().rstrip("]")[-1:] in SENTENCE_END


def _closes(ctx: DocContext, tok) -> bool:
    """The token ends a sentence or a paragraph."""
    return tok.text in SENTENCE_END or ctx.ends_paragraph(tok)


def _document(ctx: DocContext, tok: Token) -> bool:
    """``tok`` heads a document's noun phrase ("the statement", "The summary of the decision", "The study")."""
    lemma = tok.lemma_.lower()
    return lemma in ctx.rules.report_nouns or lemma in ctx.rules.ownerless_documents


def _colon_before(doc: Doc, k: int) -> bool:
    """The last non-blank token before index ``k`` is a colon."""
    j = k - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text == ":"


def _inside_speaker(att: Attribution, cue: Cue, lo: int, hi: int) -> bool:
    """The tokens lo..hi lie in the speaker's phrase ("an article quoting '...'"),
    not in a clause of the cue inside that phrase ("Hay, who said '...'")."""
    s_lo, s_hi = att.subject
    return s_lo <= lo and hi <= s_hi and not s_lo <= cue.last <= s_hi


def _only_speaker_between(ctx: DocContext, att: Attribution, last: int, cue_first: int) -> bool:
    """Between a quotation and its cue stands nothing but the speaker ('"...." Pelosi said')."""
    s_lo, s_hi = att.subject
    return all(s_lo <= i <= s_hi or ctx.doc[i].is_punct or ctx.doc[i].is_space for i in range(last + 1, cue_first))


def _in_cue_clause(ctx: DocContext, cue: Cue, first: int) -> bool:
    """Everything between a cue and the quotation after it belongs to the cue's clause."""
    verb = ctx.doc[cue.last]
    return verb.right_edge.i >= first - 1


def _governs(ctx: DocContext, cue: Cue, first: int, last: int) -> bool:
    """The cue verb dominates the quoted fragment in the parse."""
    verb = ctx.doc[cue.last]
    return any(verb in tok.ancestors for tok in ctx.doc[first : last + 1] if not tok.is_punct)


# -- reported speech ------------------------------------------------------------
def _indirect(ctx: DocContext, i: int, direct: _DirectQuotes) -> list[Quote]:
    """The clause reported by cue token ``i``: "X said (that) ...", "according to X, ..."
    and, as partial quotes, the quoted stretches inside it (:meth:`_DirectQuotes.within`)."""
    doc, rules = ctx.doc, ctx.rules
    tok = doc[i]
    if ctx.is_cue[i]:
        if tok.lemma_.lower() in rules.quotation_only_cues:
            return []  # "expressed hope that ...": no report
        clause = _clause(ctx, tok)
        if clause is None or not _reports(ctx, tok, *clause):
            return []
        cue = Cue(i, i, cue_text(tok), False, 0, clause[0] < i)
        found = (_reported(ctx, lo, hi, cue, "indirect.clause") for lo, hi in _coordinated(ctx, tok, *clause))
        return [row for r in found if r is not None for row in (r[0], *direct.within(*r, cue))]
    else:
        phrase = ctx.phrase_at(i)
        sent = ctx.sents[ctx.sent_at[i]]
        lo, hi = i, tok.right_edge.i
        whole = False
        if not any(not t.is_punct for t in doc[sent.start : lo]):
            span = (_after_source(ctx, tok, hi), sent.end - 1)  # "According to X, CLAUSE"
        elif not any(not t.is_punct and not t.is_space for t in doc[hi + 1 : sent.end]):
            span = (sent.start, lo - 1)  # "CLAUSE, according to X"
        elif doc[lo - 1].text == "," and doc[hi + 1].text == "," and (
            doc[hi + 2].lower_ in rules.comment_conjunctions or _relative(ctx, hi + 2)
        ):
            # "CLAUSE, according to X, but ..." / "..., according to X, some of whom ...": the clause before it
            span = (sent.start, lo - 1)
        elif doc[lo - 1].lower_ in rules.report_conjunctions:
            span = (hi + 1, sent.end - 1)  # "... and according to X CLAUSE": the clause after it
        elif doc[lo - 1].text == "," and doc[hi + 1].text == "," and _adverbial(ctx, sent.start, lo - 1, hi + 2, sent.end):
            span = (hi + 2, sent.end - 1)  # "Longer term, according to X, CLAUSE": the clause after it
        else:
            span = (sent.start, sent.end - 1)  # "Witnesses, according to X, said ...": the whole sentence
            whole = True
        cue = Cue(i, i + len(phrase) - 1, doc[i : i + len(phrase)].text, True, 0, False)
        # the whole sentence only for a named source: an unnamed one in mid-sentence attributes a part of it
        found = _reported(ctx, *span, cue, "indirect.source_phrase", unnamed=not whole)
    return [found[0], *direct.within(*found, cue)] if found is not None else []


def _relative(ctx: DocContext, i: int) -> bool:
    """The words from token ``i`` open a relative clause on what precedes
    ("who ...", "some of whom ...", "many of which ...")."""
    return any(t.lower_ in _RELATIVE_WH for t in ctx.doc[i : i + 3]) and not ctx.in_quote(i)


def _adverbial(ctx: DocContext, lo: int, comma: int, rest: int, end: int) -> bool:
    """Tokens lo..comma (before ", according to X,") are an opening phrase
    without a verb ("Longer term", "On Monday"), and the words from ``rest``
    (after the phrase) up to ``end`` open with a clause's own subject, not
    with the verb of what came before ("Witnesses, according to X, said ...")."""
    doc = ctx.doc
    before = [t for t in doc[lo:comma] if not t.is_punct and not t.is_space]
    return (
        bool(before)
        and rest < end
        and all(t.pos_ not in ("VERB", "AUX") for t in before)
        and doc[rest].pos_ not in ("VERB", "AUX")
        and any(t.dep_ in ctx.rules.subject_deps and rest <= t.i < t.head.i < end for t in doc[rest:end])
    )


def _clause(ctx: DocContext, verb) -> tuple[int, int] | None:
    """Token range of the clause a cue verb reports: its clausal complements on
    one side of it (the parser may split one clause in two, and may take an
    opening adverbial for one), the clause round a parenthetical reporting
    clause, or a long object of "say" the parser misread as a noun phrase."""
    rules = ctx.rules
    parts = [c for c in verb.children if c.dep_ in rules.clause_deps]
    if parts:
        # the complements after the verb, else those before it ("CLAUSE, X said")
        side = [c for c in parts if c.i > verb.i] or parts
        return min(c.left_edge.i for c in side), max(c.right_edge.i for c in side)
    comma = _parenthetical(ctx, verb)
    if comma is not None:
        head = verb.head
        if verb.i > head.i:  # "CLAUSE, the ministry said(, but ...)"
            return head.left_edge.i, comma - 1
        return verb.right_edge.i + 1, head.right_edge.i  # "Some groups, he said, CLAUSE"
    if verb.lemma_.lower() in rules.object_clause_verbs:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and obj.right_edge.i - obj.left_edge.i >= rules.indirect_min_tokens:
            return obj.left_edge.i, obj.right_edge.i
    return None


def _coordinated(ctx: DocContext, verb, lo: int, hi: int) -> list[tuple[int, int]]:
    """The reports in the clause lo..hi of cue ``verb``. "said A and that B"
    holds two (a conjunct of A's verb opening with "that"); "said A, and that
    B", the second set off by a comma, is one report going on. In "said A and
    accused Y of Z" the last conjunct is the speaker's own act, not part of A
    (:func:`_own_act`). Only "and" and "but" join reports ("A or that B" is one)."""
    doc, rules = ctx.doc, ctx.rules
    pieces, start = [], lo
    heads = [c for c in verb.children if c.dep_ in rules.clause_deps and lo <= c.i <= hi]
    for head in heads:
        for conj in (c for c in head.children if c.dep_ == "conj" and c.i > head.i and _joined(ctx, c)):
            if conj.left_edge.lower_ in rules.complementizers and not _continues_report(ctx, conj.left_edge.i):
                # also when the parser took "that" for a subject; "said A, and that B" is one report
                pieces.append((start, conj.left_edge.i - 2))
                start = conj.left_edge.i + 1
    act = next((t for t in doc[start : hi + 1] if t.dep_ == "conj" and t.right_edge.i == hi and _own_act(ctx, verb, t)), None)
    return [*pieces, (start, act.left_edge.i - 2 if act is not None else hi)]


def _joined(ctx: DocContext, conj) -> bool:
    """The conjunct follows a conjunction that joins reports ("and", "but")."""
    i = conj.left_edge.i - 1
    return i > 0 and ctx.doc[i].lower_ in ctx.rules.report_conjunctions


def _own_act(ctx: DocContext, verb, conj) -> bool:
    """A conjunct that is the cue verb's own act ("said the force would stay
    and accused ..."): the cue's finite form, no subject or auxiliary of its
    own, no "be"; not so when the reported verb has that form too ("said the
    army crossed the river and seized the bridge"), when it directly precedes
    it ("has trained and equipped X"), or when the conjunct may share its
    perfect auxiliary ("had killed ten and injured twelve")."""
    rules, head = ctx.rules, conj.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(c.lemma_ == "have" for c in aux) and not any(c.dep_ == "auxpass" for c in aux)
    return (
        _joined(ctx, conj)
        and conj.tag_ == verb.tag_
        and conj.tag_ in rules.own_act_tags
        and conj.lemma_ != "be"
        and not any(c.dep_ in rules.subject_deps or c.dep_ in ("aux", "auxpass") for c in conj.children)
        and (head.tag_ != conj.tag_ or head.lemma_ == "be" or bool(aux))
        and not (perfect and conj.lower_.endswith("ed"))
        and any(t.dep_ != "cc" for t in ctx.doc[head.i + 1 : conj.i])
    )


def _parenthetical(ctx: DocContext, verb) -> int | None:
    """The opening comma of a reporting clause set off by commas inside the
    clause it reports: "X, he said, Y", "If anything, Name argues, Y", "Y, the
    ministry said": the parser hangs it on that clause (parataxis) with nothing
    but a subject, adverbials and punctuation."""
    doc = ctx.doc
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ctx.rules.subject_deps), None)
    comma = subject.left_edge.i - 1 if subject is not None else -1
    if comma < 0 or doc[comma].text != ",":
        return None
    # what precedes the opening comma belongs to the host clause ("If anything, ...")
    if any(c.dep_ not in ctx.rules.parenthetical_deps for c in verb.children if c.i >= comma):
        return None
    hi = verb.right_edge.i
    closed = doc[hi].text == "," or hi + 1 >= len(doc) or doc[hi + 1].text in (",", *SENTENCE_END)
    return comma if closed else None


def _reports(ctx: DocContext, verb, lo: int, hi: int) -> bool:
    """The verb reports the clause lo..hi as said: not negated ("would not
    say") nor a denial, not an embedded question ("explained why ...") or an adverbial
    clause ("so he could ..."), and a clause before the verb ends in a comma
    ("CLAUSE, X said"), not in a colon."""
    doc, rules = ctx.doc, ctx.rules
    if any(c.dep_ == "neg" for c in verb.children) or lo <= verb.i <= hi:
        return False  # negated, or a relative clause round its own cue ("that Trump claimed was unfair")
    if verb.lemma_.lower() in rules.indirect_excluded_verbs:
        return False  # "Iran denies that ...": what is denied is not what the speaker says
    first = next((t for t in doc[lo : hi + 1] if not (t.is_punct or ctx.in_quote(t.i))), doc[lo])  # '"..." — how will you'
    if first.lower_ in rules.question_words or (
        first.pos_ == "SCONJ" and first.dep_ == "mark" and first.lower_ not in rules.complementizers and first.head.right_edge.i >= hi
    ):
        return False  # an adverbial clause ("so he could ..."), not an opening phrase ("Despite X, ...")
    if hi < verb.i:
        return doc[hi].text == "," or (hi + 1 < len(doc) and doc[hi + 1].text == ",")
    return True


def _after_source(ctx: DocContext, phrase, hi: int) -> int:
    """Where the clause after a sentence-initial "According to X, ..." starts:
    after the phrase, or, when the parser hung the clause's subject on the
    phrase (the main verb has no subject), after the phrase's last comma."""
    root = phrase.head
    while root.head.i != root.i:
        root = root.head
    if root.i <= hi or any(c.dep_ in ctx.rules.subject_deps for c in root.children):
        return hi + 1
    commas = [j for j in range(phrase.i, root.i) if ctx.doc[j].text == ","]
    return commas[-1] + 1 if commas else hi + 1


def _comment(ctx: DocContext, lo: int, hi: int, *, source: bool = False) -> int | None:
    """The comma where the author's own words take over from a reported clause:
    a clause of its own after a conjunction (", though many ...", ", and the
    White House has ...", ", but stopped short of saying they ..."), or a last
    comma-piece with a speech verb of its own (", an arrangement he described
    as ...", ", describing the fighting as ..."). The clause's own subject
    comes before any subordinator and is no relative pronoun (not ", and a
    ferry which sails ...", ", and then sink them if the crews resist"). Under a
    source phrase ("according to X, A, and B") a continuing conjunction goes
    on with what the source says."""
    doc, rules = ctx.doc, ctx.rules
    commas = [j for j in range(lo + 1, hi) if doc[j].text == "," and not ctx.in_quote(j)]
    for n, j in enumerate(commas):
        rest = range(j + 1, hi + 1)
        if doc[j + 1].lower_ in rules.comment_conjunctions:
            if _continues_report(ctx, j + 2) or (source and doc[j + 1].lower_ in rules.continuing_conjunctions):
                continue  # ", and that B": the report goes on
            if _own_subject(ctx, j + 2, hi):
                return j
        elif n == len(commas) - 1 and doc[j + 1].lower_ not in rules.question_words and (
            any(ctx.is_cue[k] and doc[k].dep_ != "ROOT" for k in rest)
            or (doc[j + 1].tag_ == "VBG" and doc[j + 1].lemma_.lower() in rules.quoted_object_verbs)
        ):
            return j  # ", describing ...", ", citing the refusal ...": the speaker's own act
    return None


def _gloss(ctx: DocContext, lo: int, hi: int) -> int | None:
    """The comma before an apposition that ends the reported clause and
    describes a person named in it ("... near Omar Said, a local teacher"):
    the author's gloss for the reader."""
    doc = ctx.doc
    for tok in doc[lo : hi + 1]:
        if tok.dep_ == "appos" and tok.left_edge.i > lo + 1 and doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i >= hi:
            head = ctx.ent_at[tok.head.i]
            if head is not None and head.label_ == "PERSON" and head.end == tok.left_edge.i - 1:
                return tok.left_edge.i - 1  # right after the name
    return None


def _own_subject(ctx: DocContext, lo: int, hi: int) -> bool:
    """Tokens lo..hi hold a clause with a subject of its own, before any
    subordinating word or relative pronoun ("the White House has ...", not
    "a ferry which sails ...", "then sink them if the crews resist")."""
    doc, rules = ctx.doc, ctx.rules
    for k in range(lo, hi + 1):
        tok = doc[k]
        if tok.dep_ == "mark" or tok.lower_ in _RELATIVE_WH:
            return False
        if tok.dep_ in rules.subject_deps and lo <= tok.head.i <= hi:
            return True
    return False


def _quoted_tail(ctx: DocContext, lo: int, hi: int) -> int | None:
    """Where the speaker's own words in marks take over from a reported
    clause: a colon right before a quotation ('said A: "..."'), a
    conjunction joining reports before a quoted clause ('said A and "nobody
    stops them"'; not 'were "slow" and "old"'), or a last comma-piece
    mostly in marks ('said A, such as "..."'). The quotation is a quote of its
    own (direct, or partial with the clause's speaker)."""
    doc, rules = ctx.doc, ctx.rules
    for j in range(lo + 1, hi):
        k = ctx.quote_at[j + 1]
        if k < 0 or ctx.token_ranges[k][0] != j + 1 or ctx.in_quote(j):
            continue
        first, last = ctx.token_ranges[k]
        heads = [t for t in doc[first + 1 : last] if not first < t.head.i < last or t.head.i == t.i]
        if doc[j].text == ":" or (doc[j].lower_ in rules.report_conjunctions and any(t.pos_ in ("VERB", "AUX") for t in heads)):
            return j
    # a last comma-piece mostly in marks: ', such as "..." in order to "..."' (in a clause
    # that is not itself mostly a quotation: that one is a direct or partial quote)
    share = rules.indirect_max_quoted_share
    commas = [j for j in range(lo + 1, hi) if doc[j].text == "," and not ctx.in_quote(j)]
    quoted = sum(ctx.in_quote(i) for i in range(lo, hi + 1))
    if commas and quoted <= share * (hi - lo + 1) and sum(ctx.in_quote(i) for i in range(commas[-1] + 1, hi + 1)) > share * (hi - commas[-1]):
        return commas[-1]
    return None


def _continues_report(ctx: DocContext, i: int) -> bool:
    """Token ``i`` is "that" opening a clause after a comma and a continuing
    conjunction (", and that its lines ..."): the report goes on. Not "that"
    as the pronoun subject of a clause (", and that is not ...")."""
    doc, rules = ctx.doc, ctx.rules
    return (
        2 <= i < len(doc) - 1
        and doc[i].lower_ in rules.complementizers
        and doc[i - 1].lower_ in rules.continuing_conjunctions
        and doc[i - 2].text == ","
        and doc[i + 1].pos_ not in ("VERB", "AUX")
    )


def _reported(
    ctx: DocContext, lo: int, hi: int, cue: Cue, rule: str, *, unnamed: bool = True
) -> tuple[Quote, Attribution] | None:
    doc, rules = ctx.doc, ctx.rules
    while lo <= hi and (doc[lo].dep_ == "cc" or doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # a leading subordinate clause is the author's framing: "While Iran denies it, ..."
    lead = next((t for t in doc[lo : hi + 1] if t.dep_ == "advcl" and t.left_edge.i == lo), None)
    if lead is not None and lead.right_edge.i < hi and doc[lead.right_edge.i + 1].text == ",":
        lo = lead.right_edge.i + 2
    while lo <= hi and (doc[lo].dep_ == "mark" or doc[lo].is_punct or doc[lo].is_space):
        lo += 1  # "that"
    # a source phrase inside the clause attributes it, it is not reported: "..., according to X"
    cut = next((i for i in range(lo + 1, hi + 1) if ctx.phrase_at(i)), None)
    if cut is not None and cue.first not in range(cut, hi + 1):
        hi = cut - 1
    cut = _comment(ctx, lo, hi, source=cue.phrase)
    if cut is not None:
        hi = cut - 1
    cut = _quoted_tail(ctx, lo, hi)
    if cut is not None:
        hi = cut - 1
    cut = _gloss(ctx, lo, hi)
    if cut is not None:
        hi = cut - 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space) and not _closes_inside(ctx, lo, hi):
        hi -= 1
    if hi - lo + 1 < rules.indirect_min_tokens:
        return None
    if _opens_with_its_cue(ctx, lo):
        return None
    quoted = sum(1 for i in range(lo, hi + 1) if ctx.in_quote(i))
    if quoted > rules.indirect_max_quoted_share * (hi - lo + 1):
        return None  # mostly a quotation in marks: a direct or partial quote
    att = attribute(ctx, cue, named_only=True) or (_unnamed_source(ctx, cue) if unnamed else None)
    if att is None or _inside_speaker(att, cue, lo, hi):
        return None
    if ctx.reported[cue.first] and att.speaker.label == NOUN_PHRASE and doc[cue.first].dep_ != "ROOT":
        return None  # an unnamed source inside another's report ("X said the media claimed ..."): X's words
    ctx.remember(att.speaker, max(hi, cue.last, ctx.sents[ctx.sent_at[cue.last]].end - 1))
    ctx.reported[lo : hi + 1] = [True] * (hi + 1 - lo)
    span = doc[lo : hi + 1]
    return _record(ctx, span.text, span.start_char, span.end_char, "indirect", rule, att.speaker, att), att


def _opens_with_its_cue(ctx: DocContext, lo: int) -> bool:
    """The clause starting at token ``lo`` opens with a cue verb heading it:
    the parse hung the rest on that verb ("According to X, Y said ...", clause
    "said ..."): Y's words, which that cue reports on its own."""
    tok = ctx.doc[lo]
    return ctx.is_cue[lo] and tok.head.i == tok.i


def _unnamed_source(ctx: DocContext, cue: Cue) -> Attribution | None:
    """An unnamed source of reported speech whose head noun is a source by
    its meaning ("police said ...", "officials told reporters that ...",
    "according to police, ..."): its noun phrase, as for a direct quotation."""
    if cue.phrase:
        obj = next((c for t in ctx.doc[cue.first : cue.last + 1] for c in t.children if c.dep_ == "pobj" and c.i > cue.last), None)
        att = attribute_mention(ctx, obj, named_only=False) if obj is not None else None
        att = replace(att, cue=cue.text) if att is not None else None
    else:
        att = attribute(ctx, cue, named_only=False)
    if att is None or att.speaker.label != NOUN_PHRASE:
        return None
    head = ctx.doc[att.speaker.token]
    if any(c.lower_ in ctx.rules.vague_quantifiers for c in head.children if c.i < head.i):
        return None  # "some officials suggest ...": a view in the air, no source
    if cue.phrase and head.lemma_.lower() in ctx.rules.ownerless_documents:
        return None  # "according to reports": hearsay, no source
    return att if head.lemma_.lower() in ctx.rules.unnamed_sources or head.lower_ in ctx.rules.unnamed_sources else None


def _closes_inside(ctx: DocContext, lo: int, hi: int) -> bool:
    """Token ``hi`` closes a quotation that opens at ``lo`` or later: the
    reported clause keeps it ('said the force would stay "...".')."""
    k = ctx.quote_at[hi]
    return k >= 0 and ctx.token_ranges[k][1] == hi and ctx.token_ranges[k][0] >= lo


def _record(
    ctx: DocContext, text: str, start: int, end: int, kind: str, rule: str, sp: Speaker | None, att: Attribution | None = None
) -> Quote:
    """A Quote row; ``att`` (cue, role, audience) is absent when the speaker is inherited."""
    return Quote(
        quote=text,
        start=start,
        end=end,
        kind=kind,
        speaker=sp.name if sp else None,
        speaker_text=sp.text if sp else None,
        speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
        cue=att.cue if att else None,
        role=att.role if att else None,
        audience=att.audience if att else None,
        rule=rule,
        rules_version=ctx.rules.version,
    )


def _label_modifier(ctx: DocContext, tok: Token) -> bool:
    """A label the parser hung on its preposition as a modifier ('dismissed it as "unfair and absurd"')."""
    return tok.dep_ in ("amod", "advmod", "npadvmod") and tok.head.lower_ in ctx.rules.label_prepositions
