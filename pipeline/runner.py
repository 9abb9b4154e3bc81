"""Orchestration of the staged, incremental batch job.

Stage ``ner`` parses each document once (base model + layout, actor and coref
components) and stores the Docs; stages ``relations`` and ``quotes`` run their
component over the Docs — straight after the parse in a full run, or read
back from the stored DocBin in a rules-only re-run. Both give the same rows as
long as rule components read only what a DocBin keeps (tokens, tags, lemmas,
parse, entities, span groups, user data), which the tests check.

Work is cut into parts of ``run.batch_size`` documents. :class:`Extractor`
turns one task (a :class:`NewPart` to parse, or a :class:`PartUpdate` of a
stored part) into Arrow tables, with no I/O; an engine
(:mod:`pipeline.engines`) runs tasks in this process, in worker processes or
on a Dask cluster; this process commits each result to the
:class:`~pipeline.store.OutputStore`.

Runs are incremental (:class:`Planner`). A documents row is keyed by its
doc_id (a document that could not be read: by id, source and error) and
versioned by its content hash; a part records, in its documents file, the
fingerprint of every stage it holds. An input document whose key and hash are
already stored in a part with the current ``ner`` fingerprint is not parsed
again (a changed date, title, url or source only rewrites its documents row;
a document whose parse failed is tried again);
a rule stage whose fingerprint changed re-runs from the stored Docs; new and
changed documents are parsed into new parts; the old rows of a changed
document, and the rows of documents that are no longer in the input, are
removed. The result equals a clean run's, row for row.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from spacy.tokens import Doc, DocBin

from pipeline import __version__
from pipeline.config import STAGES, ConfigError, PipelineConfig, Stage, load_config
from pipeline.docs import boilerplate_ranges
from pipeline.engines import make_engine
from pipeline.nlp import META_KEY, build_nlp, build_rules, model_name, rule_data, rule_versions, stage_fingerprints
from pipeline.readers import InputDoc, InputFailure, read_inputs
from pipeline.records import ENTITY_LABELS, Entity
from pipeline.store import COMMIT_TABLE, FINGERPRINTS, OutputStore
from pipeline.tables import TABLES, rows_of, to_table

log = logging.getLogger(__name__)

# which stage produces which table (documents is rewritten by every stage)
TABLE_STAGE: dict[str, Stage] = {"entities": "ner", "relations": "relations", "quotes": "quotes"}
RULE_STAGES: tuple[Stage, ...] = ("relations", "quotes")
META_COLUMNS = ("source", "date", "title", "url")  # input fields that may change without a re-parse
KEY_COLUMNS = ["doc_id", "content_hash", "error", "failed_stage", *META_COLUMNS]
RETRY = ""  # stands for the content hash of a document whose parse failed: never matches, so it is retried
# Characters per nlp.pipe minibatch (a longer article is parsed alone). The
# parse's working memory grows with the tokens parsed at once (about 10 MB per
# 1,000 words with the small English model), so a bound in characters keeps a
# worker's peak memory set by the longest article, at no cost in speed.
PARSE_BATCH_CHARS = 32_000


# -- tasks and results ------------------------------------------------------------


@dataclass
class NewPart:
    """Parse these inputs into part ``part_id`` and run ``stages`` over them."""

    part_id: int
    items: list[InputDoc | InputFailure]
    stages: list[Stage]
    fingerprints: dict[str, str]  # the client's, checked by the worker


@dataclass
class PartUpdate:
    """Bring stored part ``part_id`` up to date without re-parsing it."""

    part_id: int
    documents: pa.Table  # as stored, with its file metadata
    tables: dict[str, pa.Table]  # the other stored tables (only when rows are dropped)
    docbin: bytes | None  # the stored Docs (only when rows are dropped or stages re-run)
    drop: frozenset[str]  # keys of rows to remove
    patches: dict[str, dict[str, str | None]]  # key -> new values of META_COLUMNS
    stages: list[Stage]  # rule stages to re-run
    fingerprints: dict[str, str]


Task = NewPart | PartUpdate


@dataclass
class PartResult:
    """Files of one part to (re)write; tables carry their file metadata."""

    part_id: int
    tables: dict[str, pa.Table]
    docbin: bytes | None  # None: keep the stored Docs
    n_words: int  # words of the documents a stage ran on


@dataclass
class RunSummary:
    """What the output folder holds after the run, and what the run did."""

    n_ok: int = 0
    n_failed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    n_new: int = 0  # documents read and parsed (or failed) by this run
    n_reused: int = 0  # documents whose stored parse was kept
    n_words: int = 0  # words of the documents a stage ran on in this run
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0

    def count_output(self, store: OutputStore) -> None:
        for part in store.parts():
            for name in TABLES:
                self.rows[name] += store.num_rows(name, part)
            docs = store.read_table(COMMIT_TABLE, part, ["doc_id", "status", "error"])
            for row in docs.to_pylist():
                if row["status"] == "ok":
                    self.n_ok += 1
                else:
                    self.n_failed += 1
                    self.failed.append((row["doc_id"], row["error"]))


# -- the work on one part ------------------------------------------------------------


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


def row_key(doc_id: str, content_hash: str | None, source: str | None, error: str | None) -> str:
    """The identity of a documents row across runs.

    A readable document is its doc_id (ids are unique among them); a document
    that could not be read has no text, and several may share an id, so its
    source and error are part of its identity.
    """
    if content_hash is not None:
        return doc_id
    return f"\0{doc_id}\0{source}\0{error}"


def item_key(item: InputDoc | InputFailure) -> str:
    if isinstance(item, InputDoc):
        return row_key(item.doc_id, item.content_hash, None, None)
    return row_key(item.doc_id, None, item.source, f"read: {item.error}")


def _key_of(row: dict[str, Any]) -> str:
    return row_key(row["doc_id"], row["content_hash"], row["source"], row["error"])


def _meta_of(item: InputDoc | InputFailure) -> dict[str, str | None]:
    return {c: getattr(item, c, None) for c in META_COLUMNS}


def _digest(meta: dict[str, str | None]) -> bytes:
    return hashlib.blake2b(json.dumps([meta[c] for c in META_COLUMNS]).encode("utf8", "surrogatepass"), digest_size=8).digest()


class Extractor:
    """The loaded pipeline and everything needed to turn a task into tables."""

    def __init__(self, config: PipelineConfig, rule_data: dict[str, dict] | None = None) -> None:
        self.config = config
        self.nlp = build_nlp(config, rule_data)
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
        docbin = DocBin(store_user_data=True)
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
            **_meta_of(item),
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

    # -- the stored-part path ------------------------------------------------
    def update(self, task: PartUpdate) -> PartResult:
        """Drop rows, patch documents rows and re-run rule stages of a stored part."""
        rows = task.documents.to_pylist()
        gone = {r["doc_id"] for r in rows if _key_of(r) in task.drop and r["content_hash"] is not None}
        states = [_DocState(r["doc_id"], r) for r in rows if _key_of(r) not in task.drop]
        own = tuple(f"{p}:" for s in task.stages for p in self.stage_pipes[s])
        for state in states:
            row = state.row
            row.update(task.patches.get(_key_of(row), {}))
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
                docbin = DocBin(store_user_data=True, docs=docs).to_bytes()
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


# -- planning an incremental run ----------------------------------------------------


class Planner:
    """What a run must do, from the output folder's index and the input.

    Holds an index of the stored documents rows (key -> part, content hash,
    digest of the metadata columns: about 400 bytes per document); the input
    is streamed twice (once to match it against the index, once to hand the
    new documents to the parser), never held in memory.
    """

    def __init__(self, store: OutputStore, fingerprints: dict[str, str], stages: list[Stage]) -> None:
        self.store = store
        self.fingerprints = fingerprints
        self.stages = stages
        self.forced = "ner" not in stages  # rule stages named alone re-run everywhere (e.g. after a code change)
        self.held: dict[int, dict[str, str]] = {}  # live part -> fingerprints of the stages it holds
        self.size: dict[int, int] = {}  # live part -> documents rows
        self.stale: list[int] = []  # parts parsed by another model or other ner rules
        self.index: dict[str, tuple[int, str | None, bytes]] = {}
        self.drop: dict[int, set[str]] = defaultdict(set)
        self.patch: dict[int, dict[str, dict[str, str | None]]] = defaultdict(dict)
        self.n_new = 0
        self.n_reused = 0
        if "ner" not in stages and not store.parts():
            raise ConfigError(f"{store.root} holds no stored Docs: run the 'ner' stage first")
        for part in store.parts():
            held = store.fingerprints(part)
            if held.get("ner") != fingerprints["ner"]:
                if "ner" not in stages:
                    raise ConfigError(
                        f"{store.root} holds Docs parsed by another model or other ner-stage rules than the "
                        "current configuration: run the 'ner' stage again (it re-parses what changed)"
                    )
                self.stale.append(part)
                continue
            self.held[part] = held
            documents = store.read_table(COMMIT_TABLE, part, KEY_COLUMNS).to_pylist()
            self.size[part] = len(documents)
            for row in documents:
                key = _key_of(row)
                if key in self.index:  # a run was killed after adding a changed document, before removing its old rows
                    self.drop[self.index[key][0]].add(key)
                version = RETRY if row["failed_stage"] == "ner" else row["content_hash"]
                self.index[key] = (part, version, _digest(row))

    def _stored(self, item: InputDoc | InputFailure) -> tuple[str, tuple[int, str | None, bytes] | None]:
        """The item's key and its stored entry, if the stored parse can be kept."""
        key = item_key(item)
        entry = self.index.get(key)
        if entry is not None and entry[1] == getattr(item, "content_hash", None):
            return key, entry
        return key, None

    def match(self, inputs: list[str | Path]) -> None:
        """First pass over the input: what is kept, patched and dropped."""
        matched: set[str] = set()
        for item in read_inputs(inputs):
            key, entry = self._stored(item)
            if entry is None:
                continue
            matched.add(key)
            meta = _meta_of(item)
            if _digest(meta) != entry[2]:
                self.patch[entry[0]][key] = meta
        for key, (part, _, _) in self.index.items():
            if key not in matched:
                self.drop[part].add(key)
        self.n_reused = len(matched)

    def _new_items(self, inputs: list[str | Path]) -> Iterator[InputDoc | InputFailure]:
        """Second pass: the input documents that must be parsed."""
        for item in read_inputs(inputs):
            if self._stored(item)[1] is None:
                yield item

    def emptied(self) -> list[int]:
        """Parts to delete whole: stale, or every row dropped."""
        return self.stale + [p for p, keys in self.drop.items() if len(keys) >= self.size[p]]

    def tasks(self, inputs: list[str | Path], batch_size: int) -> Iterator[Task]:
        """Updates of stored parts, then (with the ner stage) new parts; after the emptied parts are deleted."""
        yield from self._updates()
        if "ner" in self.stages:
            first = self.store.next_part_id()
            for part_id, items in enumerate(_batched(self._new_items(inputs), batch_size), first):
                self.n_new += len(items)
                yield NewPart(part_id, items, self.stages, self.fingerprints)

    def _updates(self) -> Iterator[PartUpdate]:
        emptied = set(self.emptied())
        for part, held in self.held.items():
            if part in emptied:
                continue
            drop = frozenset(self.drop.get(part, ()))
            patches = self.patch.get(part, {})
            stages = [s for s in self.stages if s in RULE_STAGES and (self.forced or held.get(s) != self.fingerprints[s])]
            if not (drop or patches or stages):
                continue
            store = self.store
            documents = store.read_table(COMMIT_TABLE, part)
            tables = {n: t for n in TABLE_STAGE if drop and (t := store.read_table(n, part)) is not None}
            docbin = store.read_docs(part) if drop or stages else None
            yield PartUpdate(part, documents, tables, docbin, drop, patches, stages, self.fingerprints)


# -- orchestration --------------------------------------------------------------


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def parse_stages(spec: str | Iterable[str] | None) -> list[Stage]:
    """Stages from '--stages ner,quotes' (default: all), in pipeline order."""
    names = [s.strip() for s in spec.split(",")] if isinstance(spec, str) else list(spec or STAGES)
    unknown = [s for s in names if s not in STAGES]
    if unknown or not names:
        raise ConfigError(f"unknown stage(s) {unknown}: choose from {', '.join(STAGES)}")
    return [s for s in STAGES if s in names]


def run_extract(
    inputs: list[str | Path],
    output: str | Path,
    config: PipelineConfig | None = None,
    stages: Iterable[Stage] = STAGES,
    on_part: Callable[[PartResult], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Bring the tables under ``output`` up to date with ``inputs``; see the module docstring.

    Without the ``ner`` stage the input is not read: the requested rule
    stages re-run over all the stored Docs.
    """
    config = config or load_config()
    stages = parse_stages(stages)
    store = OutputStore(output)
    rules = build_rules(config)  # fingerprints and rule data; the model is loaded only if there is work
    summary = RunSummary()
    started = time.perf_counter()
    with store.writing():
        plan = Planner(store, stage_fingerprints(rules, config), stages)
        if "ner" in stages:
            plan.match(inputs)
        for part in plan.emptied():
            store.delete_part(part)
        tasks = plan.tasks(inputs, config.run.batch_size)
        first = next(tasks, None)
        if first is not None:  # start no engine (no cluster) when there is nothing to do
            for result in make_engine(engine, config, rule_data(rules), scheduler).map(chain([first], tasks)):
                store.commit_part(result.part_id, result.tables, result.docbin)
                summary.n_words += result.n_words
                if on_part:
                    on_part(result)
        summary.n_new, summary.n_reused = plan.n_new, plan.n_reused
        summary.count_output(store)
    summary.seconds = time.perf_counter() - started
    return summary
