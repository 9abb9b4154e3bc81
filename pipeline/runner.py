"""Orchestration of the staged batch job.

Stage ``ner`` parses each document once (base model + layout, actor and coref
components) and stores the Docs; stages ``relations`` and ``quotes`` run their
component over Docs — straight after the parse in a full run, or loaded from
the stored DocBin when run alone, so a rule change re-runs in seconds.

Work is cut into parts of ``run.batch_size`` documents. :class:`Extractor`
turns one part into Arrow tables (pure: no I/O); the main process commits
each part to the :class:`~pipeline.store.OutputStore`. With ``workers > 1``
parts are processed in worker processes, each loading the model once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
from spacy.tokens import Doc, DocBin

from pipeline import __version__
from pipeline.config import STAGES, ConfigError, PipelineConfig, Stage, load_config
from pipeline.docs import boilerplate_ranges
from pipeline.nlp import build_nlp, model_name, rule_versions
from pipeline.readers import InputDoc, InputFailure, read_inputs
from pipeline.records import ENTITY_LABELS, Entity
from pipeline.store import OutputStore
from pipeline.tables import SCHEMAS, TABLES, rows_of, to_table

log = logging.getLogger(__name__)

# which stage produces which table (documents is rewritten by every stage)
TABLE_STAGE: dict[str, Stage] = {"entities": "ner", "relations": "relations", "quotes": "quotes"}
RECORD_ATTR: dict[Stage, str] = {"relations": "relations", "quotes": "quotes"}


@dataclass
class PartResult:
    """One processed part, ready to commit."""

    part_id: int
    tables: dict[str, pa.Table]
    docbin: bytes | None
    n_words: int


@dataclass
class RunSummary:
    n_ok: int = 0
    n_failed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    n_words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0

    def add(self, result: PartResult) -> None:
        for name, table in result.tables.items():
            self.rows[name] += table.num_rows
        docs = result.tables["documents"].select(["doc_id", "status", "error"]).to_pylist()
        for row in docs:
            if row["status"] == "ok":
                self.n_ok += 1
            else:
                self.n_failed += 1
                self.failed.append((row["doc_id"], row["error"]))
        self.n_words += result.n_words


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


class Extractor:
    """The loaded pipeline and everything needed to turn documents into tables."""

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config
        self.nlp = build_nlp(config)
        self.stage_pipes = {s: config.stage_components(s) for s in STAGES}
        linker = self.nlp.get_pipe("actor_linker") if "actor_linker" in self.nlp.pipe_names else None
        # name -> an object with .qid and .type (the gazetteer's ActorInfo), or None
        self.actor_info: Callable[[str], Any] = getattr(linker, "info", lambda name: None)

    # -- metadata ------------------------------------------------------------
    def file_metadata(self, table: str) -> dict[str, str]:
        meta = self.nlp.meta["news_pipeline"]
        stage = TABLE_STAGE.get(table)
        return {
            "pipeline_version": __version__,
            "model": model_name(self.nlp),
            "rules": json.dumps(rule_versions(self.nlp), sort_keys=True),
            "fingerprints": json.dumps(meta["fingerprints"] if stage is None else {stage: meta["fingerprints"][stage]}),
        }

    # -- the parse path --------------------------------------------------------
    def process(self, part_id: int, items: list[InputDoc | InputFailure], stages: Iterable[Stage]) -> PartResult:
        """Parse a batch of inputs and run the requested stages over it."""
        states = [self._new_state(item) for item in items]
        todo = [(s, item) for s, item in zip(states, items) if isinstance(item, InputDoc) and s.row["status"] == "ok"]
        for state, doc in zip((s for s, _ in todo), self._parse([item.text for _, item in todo])):
            if isinstance(doc, Doc):
                doc.user_data["doc_id"] = state.doc_id
                state.doc = doc
            else:
                _fail(state, "ner", doc)
        docbin = DocBin(store_user_data=True)
        for state in states:
            if state.doc is not None:
                docbin.add(state.doc)
        tables = {"entities": self._entity_table(states)}
        tables.update(self._run_rule_stages(states, [s for s in stages if s != "ner"]))
        return self._finish(part_id, states, tables, docbin.to_bytes())

    def _new_state(self, item: InputDoc | InputFailure) -> _DocState:
        text = item.text if isinstance(item, InputDoc) else None
        row = {
            "doc_id": item.doc_id,
            "status": "ok",
            "error": None,
            "failed_stage": None,
            "warnings": [],
            "date": getattr(item, "date", None),
            "title": getattr(item, "title", None),
            "url": getattr(item, "url", None),
            "source": item.source,
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
        disable = self.stage_pipes["relations"] + self.stage_pipes["quotes"]
        try:
            return list(self.nlp.pipe(texts, disable=disable))
        except Exception:  # noqa: BLE001 - find the culprit document by document
            log.warning("a batch failed to parse; retrying its %d documents one by one", len(texts))
        out: list[Doc | str] = []
        with self.nlp.select_pipes(disable=disable):
            for text in texts:
                try:
                    out.append(self.nlp(text))
                except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
                    out.append(f"{type(exc).__name__}: {exc}")
        return out

    # -- the stored-Docs path ------------------------------------------------
    def rerun(self, part_id: int, docbin: bytes, documents: pa.Table, stages: Iterable[Stage]) -> PartResult:
        """Run rule stages over a part's stored Docs, updating its documents rows."""
        docs = {d.user_data.get("doc_id"): d for d in DocBin(store_user_data=True).from_bytes(docbin).get_docs(self.nlp.vocab)}
        states = []
        for row in documents.to_pylist():
            state = _DocState(row["doc_id"], row, docs.get(row["doc_id"]))
            stages = list(stages)
            if row["failed_stage"] in stages:  # this run decides that stage afresh
                row.update(status="ok", failed_stage=None, error=None)
            own = tuple(f"{p}:" for s in stages for p in self.stage_pipes[s])
            row["warnings"] = [w for w in row["warnings"] or [] if not w.startswith(own)]
            states.append(state)
        tables = self._run_rule_stages(states, list(stages))
        return self._finish(part_id, states, tables, None)

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
                    rows.extend(rows_of(state.doc_id, getattr(state.doc._, RECORD_ATTR[stage]) or []))
                except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
                    log.warning("%s failed on %s: %s", stage, state.doc_id, exc)
                    _fail(state, stage, f"{type(exc).__name__}: {exc}")
            tables[stage] = to_table(stage, rows)
        return tables

    def _entity_table(self, states: list[_DocState]) -> pa.Table:
        rows: list[dict[str, Any]] = []
        for state in states:
            if state.doc is not None:
                rows.extend(rows_of(state.doc_id, entity_records(state.doc, self.actor_info)))
        return to_table("entities", rows)

    def _finish(self, part_id: int, states: list[_DocState], tables: dict[str, pa.Table], docbin: bytes | None) -> PartResult:
        n_words = 0
        for state in states:
            if state.doc is not None:
                words = sum(1 for t in state.doc if not t.is_space)
                state.row["n_words"] = words
                n_words += words
                if state.doc._.skipped:
                    state.row["warnings"] = sorted(set(state.row["warnings"]) | set(state.doc._.skipped))
        tables["documents"] = to_table("documents", [s.row for s in states])
        return PartResult(part_id, tables, docbin, n_words)


def entity_records(doc: Doc, actor_info: Callable[[str], Any]) -> Iterator[Entity]:
    """Entities of the labels we report, outside page furniture."""
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


# -- orchestration --------------------------------------------------------------

_WORKER: Extractor | None = None


def _init_worker(config: PipelineConfig) -> None:
    global _WORKER
    _WORKER = Extractor(config)


def _work(part_id: int, items: list[InputDoc | InputFailure], stages: list[Stage]) -> PartResult:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.process(part_id, items, stages)


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
) -> RunSummary:
    """Extract ``inputs`` into the tables under ``output``; see the module docstring."""
    config = config or load_config()
    stages = parse_stages(stages)
    store = OutputStore(output)
    extractor = Extractor(config)
    metadata = {name: extractor.file_metadata(name) for name in TABLES}
    summary = RunSummary()
    started = time.perf_counter()
    if "ner" in stages:
        store.clear()
        batches = enumerate(_batched(read_inputs(inputs), config.run.batch_size))
        if config.run.workers == 1:
            results = (extractor.process(part_id, items, stages) for part_id, items in batches)
        else:
            results = _map_parallel(config, batches, stages)
    else:
        results = _rerun_parts(extractor, store, stages)
    for result in results:
        store.commit_part(result.part_id, result.tables, result.docbin, metadata)
        summary.add(result)
        if on_part:
            on_part(result)
    summary.seconds = time.perf_counter() - started
    return summary


def _map_parallel(config: PipelineConfig, batches: Iterable[tuple[int, list]], stages: list[Stage]) -> Iterator[PartResult]:
    """Parts processed in worker processes, at most two per worker in flight."""
    with ProcessPoolExecutor(config.run.workers, initializer=_init_worker, initargs=(config,)) as pool:
        pending: set[Future[PartResult]] = set()
        for part_id, items in batches:
            pending.add(pool.submit(_work, part_id, items, stages))
            if len(pending) >= 2 * config.run.workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        for f in pending:
            yield f.result()


def _rerun_parts(extractor: Extractor, store: OutputStore, stages: list[Stage]) -> Iterator[PartResult]:
    parts = store.parts()
    if not parts:
        raise ConfigError(f"{store.root} holds no stored Docs: run the 'ner' stage first")
    for part_id in parts:
        documents = store.read_table("documents", part_id)
        assert documents is not None
        yield extractor.rerun(part_id, store.read_docs(part_id), documents.cast(SCHEMAS["documents"]), stages)
