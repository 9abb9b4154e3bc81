"""The worker side of a run: the loaded pipeline turning one task into tables.

:class:`Extractor` parses a :class:`~pipeline.tasks.NewPart` (stores the
Docs, runs the requested stages) or brings a stored part up to date
(:class:`~pipeline.tasks.PartUpdate`), with no I/O. Each worker process holds
one Extractor (:func:`configure_worker`, then :func:`run_task`), built at its
first task from the configuration and rule data the client shipped.
"""

from __future__ import annotations

import json
import logging
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
import pyarrow as pa
import pyarrow.compute as pc
import srsly
import srsly.msgpack
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, IDX, LEMMA, MORPH, NORM, ORTH, SENT_START, SPACY, TAG
from spacy.tokens import Doc, DocBin, MorphAnalysis, Span

from pipeline import __version__
from pipeline.config import STAGES, PipelineConfig, Stage
from pipeline.docs import Words, boilerplate_ranges, word_strings
from pipeline.nlp import META_KEY, build_nlp, model_name, rule_versions
from pipeline.readers import InputDoc, InputFailure
from pipeline.records import ENTITY_LABELS, Entity
from pipeline.store import FINGERPRINTS
from pipeline.tables import rows_of, to_table
from pipeline.tasks import RULE_STAGES, TABLE_STAGE, NewPart, PartResult, PartUpdate, Task, key_of, meta_of

log = logging.getLogger(__name__)

# Characters per nlp.pipe minibatch (a longer article is parsed alone). The
# parse's working memory grows with the tokens parsed at once (about 10 MB per
# 1,000 words with the small English model), so a bound in characters keeps a
# worker's peak memory set by the longest article, at no cost in speed.
PARSE_BATCH_CHARS = 32_000


@dataclass
class _DocState:
    doc_id: str
    row: dict[str, Any]  # the documents row being built
    doc: Doc | None = None


def _order(stage: str) -> int:
    return (("read",) + STAGES).index(stage)


def _fail(state: _DocState, stage: str, error: str) -> None:
    row = state.row
    if row["failed_stage"] is None or _order(stage) <= _order(row["failed_stage"]):
        row.update(status="failed", failed_stage=stage, error=f"{stage}: {error}")


def set_torch_threads(threads: int | None) -> None:
    """``run.torch_threads``: torch's intra-op threads in this process, when the pipeline just built loaded torch
    (the encoder profile, a transformer model); forked workers inherit it, other workers build their own Extractor.
    None, or no torch loaded: nothing changes (torch's default is one thread per core; the encoder profile sets 1,
    docs/relations.md "Cost of the encoder profile")."""
    torch = sys.modules.get("torch")
    if threads is not None and torch is not None:
        torch.set_num_threads(threads)


class Extractor:
    """The loaded pipeline and everything needed to turn a task into tables."""

    def __init__(self, config: PipelineConfig, rule_data: dict[str, dict] | None = None) -> None:
        self.config = config
        settle_msgpack_plugins()
        self.nlp = build_nlp(config, rule_data)
        set_torch_threads(config.run.torch_threads)
        self.fingerprints: dict[str, str] = self.nlp.meta[META_KEY]["fingerprints"]
        self.stage_pipes = {s: config.stage_components(s) for s in STAGES}
        linker = self.nlp.get_pipe("actor_linker") if "actor_linker" in self.nlp.pipe_names else None
        # name -> an object with .qid and .type (the gazetteer's ActorInfo), or None
        self.actor_info: Callable[[str], Any] = getattr(linker, "info", lambda name: None)

    def run(self, task: Task) -> PartResult:
        if task.fingerprints != self.fingerprints:
            raise RuntimeError(
                f"this worker's pipeline (stage fingerprints {self.fingerprints}) differs from the client's "
                f"({task.fingerprints}): install the same pipeline version and model on every worker"
            )
        return self.process(task) if isinstance(task, NewPart) else self.update(task)

    def file_metadata(self, fingerprints: dict[str, str]) -> dict[bytes, bytes]:
        meta = {
            "pipeline_version": __version__,
            "model": model_name(self.nlp),
            "rules": json.dumps(rule_versions(self.nlp), sort_keys=True),
            FINGERPRINTS: json.dumps(fingerprints, sort_keys=True),
        }
        return {k.encode(): v.encode() for k, v in meta.items()}

    # -- the parse path --------------------------------------------------------
    def process(self, task: NewPart) -> PartResult:
        """Parse a batch of inputs, store the Docs, run the requested stages over them."""
        states = [self._new_state(item) for item in task.items]
        todo = [s for s in states if s.row["status"] == "ok"]
        docbin = PartDocBin(store_user_data=True)
        for state, doc in zip(todo, self._parse([s.row["text"] for s in todo])):
            if isinstance(doc, Doc):
                doc.user_data["doc_id"] = state.doc_id
                docbin.add(doc)  # copies the annotations now: rule stages add nothing to the stored Docs
                state.doc = doc
            else:
                _fail(state, "ner", doc)
        tables = {"entities": self._entity_table(states)}
        tables.update(self._run_rule_stages(states, [s for s in task.stages if s != "ner"]))
        held = {s: self.fingerprints[s] for s in task.stages}
        return self._finish(task.part_id, states, tables, docbin.to_bytes(), held)

    def _new_state(self, item: InputDoc | InputFailure) -> _DocState:
        text = item.text if isinstance(item, InputDoc) else None
        row = {
            "doc_id": item.doc_id,
            "status": "ok",
            "error": None,
            "failed_stage": None,
            "warnings": [],
            **meta_of(item),
            "n_chars": len(text) if text is not None else None,
            "n_words": None,
            "content_hash": item.content_hash if isinstance(item, InputDoc) else None,
            "text": text,
        }
        state = _DocState(item.doc_id, row)
        if isinstance(item, InputFailure):
            _fail(state, "read", item.error)
        elif len(item.text) > self.nlp.max_length:
            _fail(state, "ner", f"text has {len(item.text)} characters, more than model.max_length "
                  f"({self.nlp.max_length}): split the article or raise model.max_length in the config")
        return state

    def _parse(self, texts: list[str]) -> list[Doc | str]:
        """Docs for ``texts``; a text the pipeline cannot parse gives its error message instead."""
        out: list[Doc | str] = []
        with self.nlp.select_pipes(disable=[p for s in RULE_STAGES for p in self.stage_pipes[s]]):
            for batch in minibatches(texts, PARSE_BATCH_CHARS):
                if len(batch) == 1 and len(batch[0]) > PARSE_BATCH_CHARS:
                    try:
                        out.append(self._parse_long(batch[0]))
                    except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
                        out.append(f"{type(exc).__name__}: {exc}")
                    continue
                try:
                    out.extend(self.nlp.pipe(batch, batch_size=len(batch)))
                    continue
                except Exception:  # noqa: BLE001 - find the culprit document by document
                    log.warning("a minibatch failed to parse; retrying its %d documents one by one", len(batch))
                for text in batch:
                    try:
                        out.append(self.nlp(text))
                    except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
                        out.append(f"{type(exc).__name__}: {exc}")
        return out

    def _parse_long(self, text: str) -> Doc:
        """A text longer than PARSE_BATCH_CHARS, its statistical parse run in bounded pieces.

        The model's working memory grows with the tokens it parses at once, so
        one long article would cost gigabytes. The whole text is tokenized and
        laid out (our components that run before the model's last pipe look
        at tokens only), the model's pipes run over pieces of at most
        PARSE_BATCH_CHARS cut at line breaks (the layout starts a sentence at
        each, so no sentence is cut), the pieces are joined back token for
        token (the text, and so every offset, is unchanged) and our remaining
        components run over the whole Doc.
        """
        nlp = self.nlp
        ours = {c.name for c in self.config.components}
        names = [name for name, _ in nlp.pipeline]  # the enabled pipes, in order
        last_model = max((i for i, n in enumerate(names) if n not in ours), default=-1)
        before = [n for n in names[:last_model] if n in ours]
        model = [n for n in names[: last_model + 1] if n not in ours]
        after = names[last_model + 1 :]
        doc = nlp.make_doc(text)
        for name in before:
            doc = nlp.get_pipe(name)(doc)
        with nlp.select_pipes(enable=model):
            rows = TokenRows.of(doc)
            pieces = list(nlp.pipe((_piece(doc, a, b, rows) for a, b in piece_bounds(doc, PARSE_BATCH_CHARS, rows)), batch_size=1))
        joined = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
        if joined.text != text or len(joined) != len(doc):
            raise RuntimeError("the pieces of a long text did not join back to the text: report this as a bug")
        for key, group in doc.spans.items():  # span groups set by the components that ran on the whole Doc
            joined.spans[key] = [Span(joined, s.start, s.end, label=s.label, kb_id=s.kb_id, span_id=s.id) for s in group]
        for name in after:
            joined = nlp.get_pipe(name)(joined)
        return joined

    # -- the stored-part path ------------------------------------------------
    def update(self, task: PartUpdate) -> PartResult:
        """Drop rows, patch documents rows and re-run rule stages of a stored part."""
        rows = task.documents.to_pylist()
        gone = {r["doc_id"] for r in rows if key_of(r) in task.drop and r["content_hash"] is not None}
        states = [_DocState(r["doc_id"], r) for r in rows if key_of(r) not in task.drop]
        own = tuple(f"{p}:" for s in task.stages for p in self.stage_pipes[s])
        for state in states:
            row = state.row
            row.update(task.patches.get(key_of(row), {}))
            if row["failed_stage"] in task.stages:  # this run decides that stage afresh
                row.update(status="ok", failed_stage=None, error=None)
            row["warnings"] = [w for w in row["warnings"] or [] if not w.startswith(own)]
        keep = pc.invert(pc.is_in(pc.field("doc_id"), pa.array(sorted(gone), pa.string())))
        tables = {name: t.filter(keep) for name, t in task.tables.items() if TABLE_STAGE[name] not in task.stages}
        docbin = None
        if task.docbin is not None:
            docs = list(DocBin(store_user_data=True).from_bytes(task.docbin).get_docs(self.nlp.vocab))
            if gone:
                docs = [d for d in docs if d.user_data["doc_id"] not in gone]
                docbin = PartDocBin(store_user_data=True, docs=docs).to_bytes()
            by_id = {d.user_data["doc_id"]: d for d in docs} if task.stages else {}
            for state in states:
                if state.row["failed_stage"] not in ("read", "ner"):
                    state.doc = by_id.get(state.doc_id)
        tables.update(self._run_rule_stages(states, task.stages))
        held = json.loads(task.documents.schema.metadata[FINGERPRINTS.encode()])
        held.update({s: self.fingerprints[s] for s in task.stages})
        return self._finish(task.part_id, states, tables, docbin, held)

    # -- shared ----------------------------------------------------------------
    def _run_rule_stages(self, states: list[_DocState], stages: list[Stage]) -> dict[str, pa.Table]:
        tables = {}
        for stage in stages:
            rows: list[dict[str, Any]] = []
            for state in states:
                if state.doc is None:
                    continue
                try:
                    for name in self.stage_pipes[stage]:
                        state.doc = self.nlp.get_pipe(name)(state.doc)
                    rows.extend(with_qids(stage, rows_of(state.doc_id, getattr(state.doc._, stage) or []), self.actor_info))
                except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
                    log.warning("%s failed on %s: %s", stage, state.doc_id, exc)
                    _fail(state, stage, f"{type(exc).__name__}: {exc}")
            tables[stage] = to_table(stage, rows).replace_schema_metadata(self.file_metadata({stage: self.fingerprints[stage]}))
        return tables

    def _entity_table(self, states: list[_DocState]) -> pa.Table:
        rows: list[dict[str, Any]] = []
        for state in states:
            if state.doc is not None:
                rows.extend(rows_of(state.doc_id, entity_records(state.doc, self.actor_info)))
        return to_table("entities", rows).replace_schema_metadata(self.file_metadata({"ner": self.fingerprints["ner"]}))

    def _finish(
        self, part_id: int, states: list[_DocState], tables: dict[str, pa.Table], docbin: bytes | None, held: dict[str, str]
    ) -> PartResult:
        n_words = 0
        for state in states:
            if state.doc is not None:
                words = len(state.doc) - int(state.doc.to_array("IS_SPACE").sum())
                state.row["n_words"] = words
                n_words += words
                if state.doc._.skipped:
                    state.row["warnings"] = sorted(set(state.row["warnings"]) | set(state.doc._.skipped))
        documents = to_table("documents", [s.row for s in states])
        tables["documents"] = documents.replace_schema_metadata(self.file_metadata(held))
        return PartResult(part_id, tables, docbin, n_words)


# the token strings spaCy's DocBin.add keeps, read per token there (text, tag_, lemma_, norm_, dep_, ent_type_,
# ent_kb_id_, ent_id_; morph apart)
_STRING_ATTRS = (ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID)


class PartDocBin(DocBin):
    """spaCy's DocBin, its ``add`` collecting a Doc's strings once per distinct word id instead of reading nine
    strings per token (a third of its time), and packing a Doc's user data and span groups with one msgpack packer
    for the whole part (srsly builds a packer at every call, and looks up its encoder plugins each time: five
    times per Doc, a third of what remained). The bytes are the same as DocBin's (tested)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._pack = srsly.msgpack.Packer(use_bin_type=True).pack  # = srsly.msgpack_dumps, its encoders read once
        super().__init__(*args, **kwargs)

    def add(self, doc: Doc) -> None:
        if any(attr not in self.attrs for attr in (*_STRING_ATTRS, MORPH)):
            return super().add(doc)
        array = doc.to_array(self.attrs).reshape(len(doc), len(self.attrs))
        self.tokens.append(array)
        self.spaces.append(numpy.asarray(doc.to_array(SPACY).reshape(len(doc), 1), dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        strings = doc.vocab.strings
        columns = [self.attrs.index(attr) for attr in _STRING_ATTRS]
        self.strings.update(word_strings(numpy.unique(array[:, columns]).tolist(), strings))
        self.strings.update(
            str(MorphAnalysis.from_id(doc.vocab, h)) for h in numpy.unique(array[:, self.attrs.index(MORPH)]).tolist()
        )
        self.cats.append(doc.cats)
        if self.store_user_data:
            self.user_data.append(self._pack(doc.user_data))
        self.span_groups.append(self._span_group_bytes(doc))
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in strings:
                    self.strings.add(span.kb_id_)
                if span.id in strings:
                    self.strings.add(span.id_)

    def _span_group_bytes(self, doc: Doc) -> bytes:
        """``doc.spans.to_bytes()``, packed with this part's packer: spaCy's format (SpanGroups.to_bytes of
        SpanGroup.to_bytes: each group's name, attrs and spans packed as ``>QQQllll``; the group's bytes -> its
        keys)."""
        if not doc.spans:
            return doc.spans._EMPTY_BYTES
        msg: dict[bytes, list[str]] = {}
        for key, group in doc.spans.items():
            spans = [struct.pack(">QQQllll", s.id, s.kb_id, s.label, s.start, s.end, s.start_char, s.end_char) for s in group]
            msg.setdefault(self._pack({"name": group.name, "attrs": group.attrs, "spans": spans}), []).append(key)
        return self._pack(msg)


def settle_msgpack_plugins() -> None:
    """Stop srsly from looking for msgpack plugins among the installed packages at every (un)packing.

    srsly asks its catalogue registries for encoders and decoders each time it packs or unpacks, and a
    registry open to entry points scans every installed package's entry points for them: about 0.2 ms a
    time, and a DocBin packs five times per Doc (user data, span groups). When no installed package
    offers one (the registries then hold only srsly's own numpy hooks), the scan is turned off, so the
    plugins used stay exactly the same; otherwise nothing changes.
    """
    for registry in (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders):
        if registry.entry_points and not registry.get_entry_points():
            registry.entry_points = False


def minibatches(texts: list[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive texts, at most ``max_chars`` characters together (a longer text alone)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


@dataclass
class TokenRows:
    """A Doc's tokens as plain lists, read once from its arrays (no Token objects: a long article has 100,000
    of them): each token's text, whether a space follows, whether it starts a sentence, and the character offset
    after it and its whitespace. The long-text path reads them to cut the pieces and to build them."""

    texts: list[str]
    spaces: list[bool]
    sent_starts: list[bool]
    ends: list[int]

    @classmethod
    def of(cls, doc: Doc) -> TokenRows:
        if not len(doc):
            return cls([], [], [], [])
        texts = Words(doc).texts
        spaces = doc.to_array(SPACY).astype(bool).tolist()
        sent_starts = (doc.to_array(SENT_START) == 1).tolist()
        ends = doc.to_array(IDX).tolist()[1:]  # a token ends where the next starts
        ends.append(doc[-1].idx + len(texts[-1]) + spaces[-1])
        return cls(texts, spaces, sent_starts, ends)


def piece_bounds(doc: Doc, max_chars: int, rows: TokenRows | None = None) -> Iterator[tuple[int, int]]:
    """Token ranges [a, b) covering ``doc``, each at most ``max_chars`` long where a line break allows.

    A piece ends after a token followed by a line break (the last one that
    keeps it under ``max_chars``), else after a sentence start set by the
    layout, else (one very long line) at the limit. ``rows``: the Doc's :class:`TokenRows`, when the caller
    has them.
    """
    rows = rows or TokenRows.of(doc)
    texts, ends, sent_starts = rows.texts, rows.ends, rows.sent_starts
    a = 0
    n = len(texts)
    while a < n:
        limit = (ends[a - 1] if a else 0) + max_chars  # (the first character of token a)
        if ends[n - 1] <= limit:
            yield a, n
            return
        end, fallback, i = a + 1, None, n
        for i in range(a + 1, n):  # tokens [a, i) fit
            if "\n" in texts[i - 1]:  # (a token's trailing whitespace is one space at most: a line break is in its text)
                end = i
            elif sent_starts[i]:
                fallback = i
            if ends[i] > limit:
                break
        b = end if end > a + 1 else (fallback or i)
        yield a, b
        a = b


def _piece(doc: Doc, a: int, b: int, rows: TokenRows) -> Doc:
    """Tokens [a, b) of ``doc`` (its :class:`TokenRows` ``rows``) as a new Doc, with the sentence starts already set."""
    return Doc(
        doc.vocab,
        words=rows.texts[a:b],
        spaces=rows.spaces[a:b],
        sent_starts=[True] + [True if s else None for s in rows.sent_starts[a + 1 : b]],
    )


#: table -> (actor column, its QID column)
QID_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "relations": (("subject", "subject_qid"), ("object", "object_qid")),
    "quotes": (("speaker", "speaker_qid"),),
}


def with_qids(table: str, rows: list[dict[str, Any]], actor_info: Callable[[str], Any]) -> list[dict[str, Any]]:
    """Rows with the QID of each actor column the gazetteer knows (``actor_info(name).qid``)."""
    for row in rows:
        for actor, qid in QID_COLUMNS.get(table, ()):
            info = actor_info(row[actor]) if row[actor] else None
            row[qid] = getattr(info, "qid", None)
    return rows


def entity_records(doc: Doc, actor_info: Callable[[str], Any]) -> Iterator[Entity]:
    """Entities of the labels we report, outside page furniture; ``actor_info(name)`` has ``qid`` and ``type``."""
    sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    furniture = boilerplate_ranges(doc)
    sent_index = 0
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        if any(ent.start_char < b and a < ent.end_char for a, b in furniture):
            continue
        while sent_index + 1 < len(sent_starts) and sent_starts[sent_index + 1] <= ent.start:
            sent_index += 1
        actor = ent.kb_id_ or None
        info = actor_info(actor) if actor else None
        yield Entity(
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            label=ent.label_,
            actor=actor,
            actor_qid=getattr(info, "qid", None),
            actor_type=getattr(info, "type", None),
            sent_index=sent_index,
            source=ent.id_ or "model",
        )


# -- one Extractor per worker process ----------------------------------------------

_SETUP: tuple[PipelineConfig, dict[str, dict]] | None = None
_EXTRACTOR: Extractor | None = None
LOCK = threading.Lock()


def configure_worker(config: PipelineConfig, data: dict[str, dict]) -> None:
    """Say which pipeline this process's tasks use; it is built at the first task."""
    global _SETUP, _EXTRACTOR
    with LOCK:
        if _SETUP != (config, data):
            _SETUP, _EXTRACTOR = (config, data), None


def extractor() -> Extractor:
    """This process's Extractor, built at the first call (hold LOCK)."""
    global _EXTRACTOR
    if _SETUP is None:
        raise RuntimeError("worker not configured: call configure_worker first")
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor(*_SETUP)
    return _EXTRACTOR


def run_task(task: Task) -> PartResult:
    """Run one task with this process's Extractor (tasks of one process run one at a time)."""
    with LOCK:
        return extractor().run(task)
