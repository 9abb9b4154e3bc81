"""Orchestration of the staged, incremental batch job.

Stage ``ner`` parses each document once (base model + layout, actor and coref
components) and stores the Docs; stages ``relations`` and ``quotes`` run their
component over the Docs — straight after the parse in a full run, or read
back from the stored DocBin in a rules-only re-run. Both give the same rows as
long as rule components read only what a DocBin keeps (tokens, tags, lemmas,
parse, entities, span groups, user data), which the tests check.

Work is cut into parts of ``run.batch_size`` documents. The
:class:`~pipeline.planner.Planner` decides what a run must do (incremental
runs: new, changed, stale and vanished documents) and yields tasks
(:mod:`pipeline.tasks`); an engine (:mod:`pipeline.engines`) runs them with a
:class:`~pipeline.worker.Extractor` in this process, in worker processes or
on a Dask cluster; this process commits each result to the
:class:`~pipeline.store.OutputStore`. The result equals a clean run's, row
for row.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pyarrow as pa

from pipeline import __version__
from pipeline.config import STAGES, ConfigError, PipelineConfig, Stage, load_config
from pipeline.engines import WorkersLost, make_engine
from pipeline.nlp import build_rules, rule_data, stage_fingerprints
from pipeline.planner import Planner
from pipeline.store import COMMIT_TABLE, FINGERPRINTS, OutputStore, OutputWriteError
from pipeline.tables import SCHEMAS, TABLES
from pipeline.tasks import PartResult


class RunFailed(Exception):
    """The run stopped early (output not writable, workers lost); the parts committed so far are kept.

    ``summary`` counts what the output folder holds at that point.
    """

    def __init__(self, message: str, summary: RunSummary) -> None:
        super().__init__(message)
        self.summary = summary


@dataclass
class RunSummary:
    """What the output folder holds after the run, and what the run did."""

    n_ok: int = 0
    n_failed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, or the source of a row without one; error)
    skipped: dict[str, int] = field(default_factory=dict)  # files the input walk passed over, by reason
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
            docs = store.read_table(COMMIT_TABLE, part, ["doc_id", "status", "error", "source"])
            for row in docs.to_pylist():
                if row["status"] == "ok":
                    self.n_ok += 1
                else:
                    self.n_failed += 1
                    self.failed.append((row["doc_id"] or row["source"], row["error"]))


def empty_part(fingerprints: dict[str, str]) -> dict[str, pa.Table]:
    """Every table with no rows and its pinned schema: the output of an empty input."""
    meta = {b"pipeline_version": __version__.encode(), FINGERPRINTS.encode(): json.dumps(fingerprints, sort_keys=True).encode()}
    return {name: SCHEMAS[name].empty_table().replace_schema_metadata(meta) for name in TABLES}


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
    on_total: Callable[[int], None] | None = None,
) -> RunSummary:
    """Bring the tables under ``output`` up to date with ``inputs``; see the module docstring.

    Without the ``ner`` stage the input is not read: the requested rule
    stages re-run over all the stored Docs. ``on_total`` hears, before any
    task runs, how many documents rows the run will write (``on_part``
    then reports each part). Raises :class:`RunFailed` when the output
    cannot be written or the workers are lost.
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
        if on_total:
            on_total(plan.total())
        tasks = plan.tasks(inputs, config.run.batch_size)
        first = next(tasks, None)
        try:
            if first is not None:  # start no engine (no cluster) when there is nothing to do
                for result in make_engine(engine, config, rule_data(rules), scheduler).map(chain([first], tasks)):
                    store.commit_part(result.part_id, result.tables, result.docbin)
                    summary.n_words += result.n_words
                    if on_part:
                        on_part(result)
            if not store.parts():  # nothing to read: still write every table, empty, with its pinned schema
                store.commit_part(0, empty_part(plan.fingerprints), None)
        except (OutputWriteError, WorkersLost) as exc:
            summary.n_new, summary.n_reused, summary.skipped = plan.n_new, plan.n_reused, dict(plan.skipped)
            summary.count_output(store)
            summary.seconds = time.perf_counter() - started
            raise RunFailed(str(exc), summary) from exc
        summary.n_new, summary.n_reused, summary.skipped = plan.n_new, plan.n_reused, dict(plan.skipped)
        summary.count_output(store)
    summary.seconds = time.perf_counter() - started
    return summary
