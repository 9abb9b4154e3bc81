"""Doc extensions and helpers shared by all components.

Where annotations live (all of them survive a DocBin round trip except the
``Doc._`` record lists, which later stages recompute from the stored parse):

- entities: ``doc.ents``; ``ent.kb_id_`` holds the canonical actor name
  ("" when the mention names no actor), ``ent.id_`` the rule that made or
  changed the span ("model" when the statistical model's span was kept);
- ``doc.spans["boilerplate"]``: page furniture and the date header, where no
  component may produce output;
- ``doc.spans["coref"]``: pronouns and definite descriptions resolved to an
  actor, ``span.kb_id_`` = the actor, ``span.label_`` = the kind of mention
  (pronoun, description, modifier, apposition, former_latter, acronym, office);
- ``doc._.relations`` / ``doc._.quotes``: lists of records
  (:mod:`pipeline.records`) set by the relation and quote components;
- ``doc._.skipped``: units (sentences, paragraphs) a component skipped because
  it raised, as ``"component: reason"`` strings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TypeVar

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

BOILERPLATE = "boilerplate"
COREF = "coref"
GENDER = "gender"  # person mentions whose gender is known (label male/female, kb_id = actor): pipeline/actors/coref.py
#: rules (``ent.id_``) of entities that name an institution through its owner's noun phrase ("the Rwandan
#: *army*" -> Rwanda Defence Force, beside "Rwandan" -> Rwanda; pipeline/actors/linking.py): the entities
#: table lists them, and coreference and relation arguments name the institution, as the real-news gold does
#: ("the Sudanese military" -> Sudanese Armed Forces), except after a pronoun (:data:`PRONOUN_NAMED`); quote
#: speakers keep the owner's mention ("the Israeli army said" -> Israel, as our quote gold reads it)
OWNER_NAMED = frozenset({"owner_institution", "possessive_institution"})
#: the rule (``ent.id_``) of an entity over a gazetteer form of its actor (pipeline/actors/linking.py)
GAZETTEER_RULE = "gazetteer"
#: institutions named through a possessive pronoun ("its intelligence service"): an argument is the pronoun's
#: actor, so that "a link between its intelligence service and X" is no row of the state with its own service
PRONOUN_NAMED = frozenset({"possessive_institution"})

for _name in ("relations", "quotes", "skipped"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def boilerplate_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of page furniture in ``doc`` (sorted)."""
    if BOILERPLATE not in doc.spans:
        return []
    return sorted((s.start_char, s.end_char) for s in doc.spans[BOILERPLATE])


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """True when the character range [start, end) touches page furniture."""
    return any(start < b_end and b_start < end for b_start, b_end in boilerplate_ranges(doc))


def content_sents(doc: Doc) -> Iterator[Span]:
    """Sentences that lie outside page furniture."""
    ranges = boilerplate_ranges(doc)
    for sent in doc.sents:
        if not any(sent.start_char < e and s < sent.end_char for s, e in ranges):
            yield sent


def argument_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` without the institutions named through a possessive pronoun (:data:`PRONOUN_NAMED`):
    the entities coreference and relation arguments read."""
    return [e for e in doc.ents if e.id_ not in PRONOUN_NAMED]


def speaker_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` without the institutions named through their owner (:data:`OWNER_NAMED`): the entities quote
    speakers read."""
    return [e for e in doc.ents if e.id_ not in OWNER_NAMED]


def actor_of(span: Span) -> str | None:
    """The canonical actor a span refers to, or None (a quote speaker's: an institution named through its owner
    is the owner's, :data:`OWNER_NAMED`).

    Looks for an entity with an actor (kb_id) covering the span's root, then
    for a resolved coreference mention covering it.
    """
    root = span.root
    doc = span.doc
    if root.ent_kb_id_ and root.ent_id_ not in OWNER_NAMED:  # the token-level copy of its entity's kb_id
        return root.ent_kb_id_
    if COREF in doc.spans:
        for mention in doc.spans[COREF]:
            if mention.start <= root.i < mention.end and mention.kb_id_:
                return mention.kb_id_
    return None


#: word id -> its string, over the process's Docs (a word id is the hash of its string, the same in every
#: vocabulary): what :func:`word_string` and :class:`Words` read, so a word's string is decoded from the
#: StringStore once per process instead of once per Doc and reading. It grows with the words seen, as the
#: StringStore does.
_STRINGS: dict[int, str] = {}


def word_strings(ids: list[int], strings) -> list[str]:
    """The string of each word id of ``ids`` (found in the StringStore ``strings``), through the process's memo."""
    memo = _STRINGS
    try:
        return [memo[h] for h in ids]
    except KeyError:
        for h in set(ids).difference(memo):
            memo[h] = strings[h]
        return [memo[h] for h in ids]


def tokens_with(ids: list[int], wanted: Container[int]) -> list[int]:
    """The indices of the word ids ``ids`` (a Doc's, one per token: ``doc.to_array(attr).tolist()``) that are in
    ``wanted``, in order: what ``numpy.flatnonzero(numpy.isin(ids, wanted))`` gives, by one set look-up per token
    (``numpy.isin`` sorts, and costs about 0.1 ms even on a Doc of 40 tokens)."""
    return [i for i, h in enumerate(ids) if h in wanted]


def tokens_passing(ids: list[int], memo: dict[int, bool], test: Callable[[int], bool]) -> list[int]:
    """The indices of the word ids ``ids`` (a Doc's, one per token) that pass ``test``, asked once per word id over
    the run: ``memo`` (word id -> answer) keeps the answers and is filled with this Doc's new words only."""
    for h in set(ids).difference(memo):
        memo[h] = test(h)
    return [i for i, h in enumerate(ids) if memo[h]]


def _word_strings(doc: Doc, attr: int) -> list[str]:
    """Each token's string of ``attr`` (ORTH, LOWER), read from the word ids."""
    return word_strings(doc.to_array(attr).tolist(), doc.vocab.strings)


class Words:
    """The strings of a Doc's tokens as plain lists, each read on first use from the word ids, without a Token
    object (spaCy makes a new one at every ``doc[i]``, and ``doc.text`` and ``span.text`` make one per token):

    - ``texts``: each token's ``text``;
    - ``with_ws``: each token's ``text_with_ws`` (their join is ``doc.text``; :meth:`span_text`);
    - ``lower``: each token's ``lower_``;
    - ``text``: ``doc.text``.

    A per-Doc reading: build one where a component reads many tokens' strings of one Doc and pass it to the
    functions that read them; it is never stored on the Doc (a Doc has no room for it that DocBin and
    ``Doc.to_bytes`` would not serialise) and goes stale if the Doc is retokenized (the linker splits hyphenated
    tokens first, then reads)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def texts(self) -> list[str]:
        return _word_strings(self.doc, ORTH)

    @cached_property
    def with_ws(self) -> list[str]:
        return [t + " " if s else t for t, s in zip(self.texts, self.doc.to_array(SPACY).tolist())]

    @cached_property
    def lower(self) -> list[str]:
        return _word_strings(self.doc, LOWER)

    @cached_property
    def text(self) -> str:
        return "".join(self.with_ws)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the tokens' texts with the whitespace between them."""
        if start >= end:
            return ""
        return "".join(self.with_ws[start : end - 1]) + self.texts[end - 1]


def person_genders(doc: Doc) -> dict[str, str]:
    """Person actor -> gender (male/female), where the coreference layer knew it."""
    return {span.kb_id_: span.label_ for span in doc.spans[GENDER]} if GENDER in doc.spans else {}


T = TypeVar("T")
R = TypeVar("R")

_strict = False  # guarded() re-raises instead of skipping (see strict_units)


@contextmanager
def strict_units(strict: bool = True) -> Iterator[None]:
    """Within this block ``guarded()`` re-raises a unit's exception instead of skipping the unit.

    For tests: a rule that crashes then fails its test instead of turning
    into a warning (the tests' conftest switches it on for every test; a test
    of the skipping itself opts out with ``@pytest.mark.lenient``). Worker
    processes forked inside the block inherit it.
    """
    global _strict
    before, _strict = _strict, strict
    try:
        yield
    finally:
        _strict = before


def guarded(doc: Doc, component: str, units: Iterable[T], fn: Callable[[T], Iterable[R]]) -> list[R]:
    """Apply ``fn`` to each unit; a unit that raises is skipped and recorded.

    One bad sentence or paragraph must never sink its document: the failure is
    logged and kept in ``doc._.skipped`` so the run summary can report it.
    Under :func:`strict_units` the exception propagates instead.
    """
    out: list[R] = []
    for unit in units:
        try:
            out.extend(fn(unit))
        except Exception as exc:  # noqa: BLE001 - isolate the unit, report it
            if _strict:
                raise
            where = f"chars {unit.start_char}-{unit.end_char}" if isinstance(unit, Span) else repr(unit)[:60]
            reason = f"{component}: skipped {where}: {type(exc).__name__}: {exc}"
            log.warning(reason)
            if doc._.skipped is None:
                doc._.skipped = []
            doc._.skipped.append(reason)
    return out
