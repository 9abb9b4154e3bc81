"""The base model's two rule components, ``attribute_ruler`` and ``lemmatizer``, with the same output, faster.

spaCy's stock components walk the Doc in Python: the AttributeRuler makes a Span and a Token for every match
(every token matches at least its tag's pattern) and the Lemmatizer a Token, a MorphAnalysis and a string per
token. Both are pure functions of a few token attributes, so these subclasses

1. read those attributes for the whole Doc with ``doc.to_array``,
2. look each token's key (a tuple of ints, no Token made) up in a per-process memo (a dict lookup per token costs
   less than ``numpy.unique(axis=0)`` over the rows: 0.013 against 0.065 s for 80 articles),
3. decide each key not seen before **with the stock code** (the AttributeRuler's own Matcher and patterns, on copies
   of the new keys' tokens; the Lemmatizer's own ``lemmatize``, on a token with the key) and remember the outcome,
4. write the outcomes back with ``doc.from_array``.

Nothing of the rules is re-implemented: a key's outcome is what the stock component does to a token with that
key. The AttributeRuler applies every match in pattern order (a later pattern overrides an earlier one); the
outcome of a key is the stock assignments of its single-token patterns merged in that order. Patterns longer
than one token (8 of the model's 179: "gon na", "let 's", "ai n't", ...) are matched by a small Matcher of their
own in the window from each token that may start one, and a token they touch gets all its assignments, single- and
multi-token, merged in pattern order again. A pattern that sets an extension or another attribute makes the ruler
run the stock code; a pattern whose tokens read what a key does not hold (a variable length, the sentence start, an
extension) is matched on the whole Doc.

Same names, configuration and serialised data as the stock components: ``pipeline.nlp.load_base`` selects them
by overriding the two components' factories when it loads the base model (``model.fast_rules`` in
configs/pipeline.yaml, on by default). The Docs are identical, byte for byte (tests/test_model_rules.py;
``bench/model_rules.py`` compares the two pipelines on whole corpora). docs/scaling.md, "The model's rule
components (round 25)".
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, IDS, LEMMA, LENGTH, LOWER, MORPH, NORM, ORTH, POS, PREFIX, SHAPE, SUFFIX, TAG
from spacy.errors import Errors
from spacy.lang.en import English
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span

# Token attributes a single-token pattern may read for its outcome to be a function of the key: what
# ``doc.to_array`` reads exactly as the Matcher does (the lexeme flags IS_* and LIKE_* have ids below 64).
KEY_ATTRS = {ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LENGTH, LEMMA, POS, TAG, MORPH, DEP}
# Attributes a pattern may set through the table: plain token fields (``set_token_attrs`` sets nothing else for
# them), written back by ``doc.from_array``.
SET_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)
# Of the key attributes, those of the token rather than of its word (its lexeme).
TOKEN_ATTRS = {NORM, LEMMA, POS, TAG, MORPH, DEP}
# A memo is cleared when it holds this many keys (a long run over a large archive keeps meeting new words).
MEMO_LIMIT = 1_000_000


def _pattern_keys(pattern: list[dict]) -> set[int] | None:
    """The attribute ids a one-token pattern reads, or None when its outcome is not a function of them."""
    if len(pattern) != 1:
        return None
    ids = set()
    for key in pattern[0]:
        name = "ORTH" if key.upper() == "TEXT" else key.upper()
        attr = IDS.get(name)
        if attr is None or not (attr < 64 or attr in KEY_ATTRS):
            return None  # "OP", "_" (extensions), SENT_START, ...
        ids.add(attr)
    return ids


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler, applied per distinct key of (the attributes its patterns read)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._plan: _RulerPlan | None = None

    def clear(self) -> None:
        super().clear()
        self._plan = None

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None

    def __call__(self, doc: Doc) -> Doc:
        if self._plan is None:
            self._plan = _RulerPlan(self)
        if not self._plan.usable:
            return super().__call__(doc)
        try:
            self._plan.apply(doc)
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)


class _RulerPlan:
    """The ruler's patterns split into single-token ones (decided per key) and the rest (matched on the Doc).

    A key is the tuple of the token attributes the single-token patterns read. Its outcome (which of those
    patterns match, and whether the token may start a longer pattern) is decided once, by spaCy's Matcher on a
    copy of a token having it (the Doc's new keys together, in one Doc of such copies), and remembered. A longer pattern of fixed length is matched only in the window from
    each token that may start it (its first token is a single-token pattern too); a longer pattern of variable
    length (an "OP") is matched on the whole Doc.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.usable = all(attr in SET_ATTRS for attrs in ruler.attrs for attr in attrs)
        self.local = Matcher(ruler.vocab)  # single-token patterns
        self.multi = Matcher(ruler.vocab)  # the others
        self.starts = Matcher(ruler.vocab)  # the first token of each longer pattern of fixed length
        self.window = 0  # the longest such pattern
        self.everywhere = False  # a longer pattern the windows cannot find: match the whole Doc
        keys: set[int] = set()
        for i in range(len(ruler.attrs)):
            key = ruler.vocab.strings.add(str(i))  # the ruler's own key (no new string)
            for pattern in ruler.matcher.get(str(i))[1]:
                read = _pattern_keys(pattern)
                if read is not None and ruler.indices[i] in (0, -1):
                    self.local.add(key, [pattern])
                    keys |= read
                    continue
                self.multi.add(key, [pattern])
                first = _pattern_keys(pattern[:1])
                if first is None or any("OP" in token for token in pattern):
                    self.everywhere = True
                else:
                    self.starts.add(key, [pattern[:1]])
                    keys |= first
                    self.window = max(self.window, len(pattern))
        self.key_attrs = sorted(keys) or [ORTH]
        self.token_attrs = [attr for attr in self.key_attrs if attr in TOKEN_ATTRS]
        self.cols = [attr for attr in SET_ATTRS if any(attr in attrs for attrs in ruler.attrs)]
        self.memo: dict[tuple, int] = {}  # key -> outcome id
        self.outcomes: dict[tuple, int] = {}  # (matching single-token patterns, may start) -> outcome id
        self.matched: list[tuple[int, ...]] = []  # outcome id -> its matching single-token patterns
        self.values = np.zeros((0, len(self.cols)), dtype=np.uint64)  # outcome id -> value per column
        self.sets = np.zeros((0, len(self.cols)), dtype=bool)  # outcome id -> whether it sets the column
        self.may_start = np.zeros(0, dtype=bool)  # outcome id -> whether the token may start a longer pattern

    def pattern_ids(self, matcher: Matcher, doclike) -> list[tuple[int, int, int]]:
        """(pattern number, start, end) of each match, as the stock ``AttributeRuler.match`` reads them."""
        strings = self.ruler.vocab.strings
        return [(int(strings[m_id]), s, e) for m_id, s, e in matcher(doclike, allow_missing=True, as_spans=False)]

    def assigned(self, ids) -> dict[int, int]:
        """attribute -> value after the assignments of patterns ``ids``, applied in pattern order (later wins)."""
        values: dict[int, int] = {}
        for i in sorted(set(ids)):
            values.update(self.ruler.attrs[i])
        return values

    def decide(self, doc: Doc, rows: list[int]) -> list[int]:
        """The outcome ids of tokens ``rows``: spaCy's Matchers on a Doc of copies of those tokens alone."""
        orths = doc.to_array([ORTH]).reshape(-1)[rows].tolist()
        probe = Doc(doc.vocab, words=[doc.vocab.strings[orth] for orth in orths], spaces=[False] * len(rows))
        if self.token_attrs:  # the lexical attributes come with the words, the others are copied
            probe.from_array(self.token_attrs, doc.to_array(self.token_attrs).reshape(len(doc), -1)[rows])
        ids: list[set[int]] = [set() for _ in rows]
        for pattern, start, _ in self.pattern_ids(self.local, probe):
            ids[start].add(pattern)
        starts = {start for _, start, _ in self.pattern_ids(self.starts, probe)}
        return [self.outcome(tuple(sorted(ids[j])), j in starts) for j in range(len(rows))]

    def outcome(self, ids: tuple[int, ...], starts: bool) -> int:
        """The id of the outcome of single-token patterns ``ids`` (and whether a longer one may start)."""
        found = self.outcomes.get((ids, starts))
        if found is None:
            found = self.outcomes[ids, starts] = len(self.matched)
            self.matched.append(ids)
            values = self.assigned(ids)
            row = np.array([[values.get(attr, 0) for attr in self.cols]], dtype=np.uint64)
            self.values = np.vstack([self.values, row])
            self.sets = np.vstack([self.sets, [[attr in values for attr in self.cols]]])
            self.may_start = np.append(self.may_start, starts)
        return found

    def longer_matches(self, doc: Doc, per_token: np.ndarray) -> list[tuple[int, int, int]]:
        if self.everywhere:
            return self.pattern_ids(self.multi, doc)
        found = []
        for start in np.flatnonzero(self.may_start[per_token]).tolist():
            window = doc[start : start + self.window]
            found += [(p, start + s, start + e) for p, s, e in self.pattern_ids(self.multi, window) if s == 0]
        return found

    def apply(self, doc: Doc) -> None:
        if not len(doc) or not self.cols:
            return
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        memo = self.memo
        keys = list(map(tuple, doc.to_array(self.key_attrs).reshape(len(doc), -1).tolist()))
        found = [memo.get(key) for key in keys]
        if None in found:
            new: dict[tuple, int] = {}  # a key not seen before -> its first token
            for i, outcome in enumerate(found):
                if outcome is None:
                    new.setdefault(keys[i], i)
            memo.update(zip(new, self.decide(doc, list(new.values()))))
            found = [memo[key] for key in keys]
        per_token = np.array(found, dtype=np.intp)
        before = doc.to_array(self.cols).reshape(len(doc), -1)
        after = np.where(self.sets[per_token], self.values[per_token], before)
        touched: dict[int, list[int]] = {}
        for pattern, start, end in self.longer_matches(doc, per_token):
            index = self.ruler.indices[pattern]
            try:
                target = Span(doc, start, end)[index].i
            except IndexError:  # what the stock set_annotations raises
                raise ValueError(
                    Errors.E1001.format(
                        patterns=self.ruler.matcher.get(str(pattern)),
                        span=[t.text for t in doc[start:end]],
                        index=index,
                    )
                ) from None
            touched.setdefault(target, []).append(pattern)
        for i, ids in touched.items():
            after[i] = before[i]
            for attr, value in self.assigned(self.matched[per_token[i]] + tuple(ids)).items():
                after[i, self.cols.index(attr)] = value
        doc.from_array(self.cols, after)


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's English Lemmatizer, applied per distinct (orth, pos, morph) of the tokens it lemmatizes."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.memo: dict[tuple[int, int, int], int] = {}  # key -> lemma (hash)
        self.index_sets: Lookups | None = None  # self.lookups with the index words as sets (decide)

    def initialize(self, *args, **kwargs):
        self.memo, self.index_sets = {}, None
        return super().initialize(*args, **kwargs)

    def from_disk(self, *args, **kwargs):
        self.memo, self.index_sets = {}, None
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self.memo, self.index_sets = {}, None
        return super().from_bytes(*args, **kwargs)

    def decide(self, token) -> str:
        """The stock ``lemmatize(token)[0]``, reading the ``lemma_index`` words of a part of speech from a set.

        ``rule_lemmatize`` only asks ``form in index`` (and whether the index is empty), which a set answers
        alike, without scanning a list of up to 57,528 words (most of its cost). ``self.lookups``, which is
        serialised, is not changed: the sets are a copy, lent to the stock code for the call.
        """
        if self.index_sets is None:
            self.index_sets = Lookups()
            for name in self.lookups.tables:
                table = self.lookups.get_table(name)
                if name == "lemma_index":
                    table = Table.from_dict({key: frozenset(words) for key, words in table.items()}, name=name)
                self.index_sets.set_table(name, table)
        lookups, self.lookups = self.lookups, self.index_sets
        try:
            return self.lemmatize(token)[0]
        finally:
            self.lookups = lookups

    def __call__(self, doc: Doc) -> Doc:
        if self.mode not in ("rule", "lookup"):  # another mode may read other attributes
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:
            return self.get_error_handler()(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), 4)
        todo = np.arange(len(doc)) if self.overwrite else np.flatnonzero(columns[:, 3] == 0)
        if not len(todo):
            return
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        memo = self.memo
        keys = list(map(tuple, columns[todo, :3].tolist()))
        lemmas = [memo.get(key) for key in keys]
        for j, lemma in enumerate(lemmas):
            if lemma is None:
                if keys[j] not in memo:  # (not decided earlier in this Doc either)
                    # The stock code on this token; the string kept beyond a memory zone, as the memo is.
                    memo[keys[j]] = self.vocab.strings.add(self.decide(doc[int(todo[j])]), allow_transient=False)
                lemmas[j] = memo[keys[j]]
        columns[todo, 3] = lemmas
        doc.from_array([LEMMA], columns[:, 3])


@Language.factory(
    "news_fast_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@English.factory(
    "news_fast_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_fast_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
