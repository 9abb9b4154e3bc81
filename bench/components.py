"""CPU time of each step of an extract, per component: where a run spends time beyond the model.

    python bench/components.py --corpus FILE [--limit N] [--batch-size 64] [--profile OUT.prof] [--config FILE]
        [--stock-rules]

Builds the worker's pipeline (configs/pipeline.yaml, or a profile's ``--config``) and runs its parse path
(:meth:`pipeline.worker.Extractor.process`: the parse, our components, DocBin,
entity rows, the rule stages and the tables) over the corpus in parts of
``--batch-size`` documents, in this process. Every pipe, the tokenizer and the
worker's own steps are charged **exclusive process time** (CPU seconds, not
wall-clock, so other work on the machine barely moves the figures): a step
called inside another is subtracted from it. Prints one JSON object: seconds
and share per step, the words parsed, and the model's share of the CPU time (the
model's pipes and the tokenizer over everything: the CPU analogue of ``make
bench``'s extract / bare ``nlp.pipe`` ratio, free of the other work on the machine). The Parquet writes of the main
process are not included (they are measured by ``make bench``).

``--profile OUT.prof`` runs the same under cProfile instead (the timers then
include its overhead) and writes the stats for ``python -m pstats``.

``--extract DIR`` times a whole ``run_extract`` instead (1 worker, in this process, into DIR, emptied first), so
that the run's orchestration is charged too (round 26): the rules built for planning (``startup: build_rules``,
before the run's clock starts, so outside ``make bench``'s time), planning and reading the input, the
Extractor's start-up (the model loaded and our components compiled: inside ``make bench``'s time), the Parquet
and DocBin writes of the main process and the summary. ``bench_cpu_seconds`` is what ``make bench``'s extract
time covers (all but ``startup: build_rules``) and ``model_share`` is taken over it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pipeline.planner as planner
import pipeline.runner as runner
import pipeline.store as store
import pipeline.worker as worker
from pipeline.config import STAGES, load_config
from pipeline.readers import read_inputs
from pipeline.tasks import NewPart


class Clock:
    """Exclusive CPU time per label: entering a step stops the clock of the step it interrupts."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.stack: list[str] = ["other"]
        self.last = time.process_time()

    def tick(self) -> None:
        now = time.process_time()
        self.seconds[self.stack[-1]] += now - self.last
        self.last = now

    def enter(self, label: str) -> None:
        self.tick()
        self.stack.append(label)

    def leave(self) -> None:
        self.tick()
        self.stack.pop()

    def call(self, label: str, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        self.enter(label)
        try:
            return fn(*args, **kwargs)
        finally:
            self.leave()

    def each(self, label: str, items: Iterable) -> Iterator:
        """``items``, the time spent producing each charged to ``label``."""
        it = iter(items)
        while True:
            self.enter(label)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self.leave()
            yield item

    def wrap(self, label: str, fn: Callable) -> Callable:
        return lambda *args, **kwargs: self.call(label, fn, *args, **kwargs)


class TimedPipe:
    """A pipeline component whose work is charged to its name."""

    def __init__(self, name: str, pipe: Any, clock: Clock) -> None:
        self._name, self._pipe, self._clock = name, pipe, clock

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._pipe, attr)

    def __call__(self, doc):
        return self._clock.call(self._name, self._pipe, doc)

    def pipe(self, docs, **kwargs):
        if hasattr(self._pipe, "pipe"):
            return self._clock.each(self._name, self._pipe.pipe(docs, **kwargs))
        return (self(doc) for doc in docs)


def instrument(extractor: worker.Extractor, clock: Clock) -> None:
    nlp = extractor.nlp
    nlp._components = [(name, TimedPipe(name, pipe, clock)) for name, pipe in nlp._components]
    nlp.tokenizer = TimedPipe("tokenizer", nlp.tokenizer, clock)
    for label, owner, attr in [
        ("machinery: DocBin add", worker.PartDocBin, "add"),
        ("machinery: DocBin to_bytes", worker.PartDocBin, "to_bytes"),
        ("machinery: entity rows", worker, "entity_records"),
        ("machinery: rows and QIDs", worker, "with_qids"),
        ("machinery: rows and QIDs", worker, "rows_of"),
        ("machinery: Arrow tables", worker, "to_table"),
    ]:
        setattr(owner, attr, clock.wrap(label, getattr(owner, attr)))


BUILD_RULES = "startup: build_rules (before make bench's clock)"


def instrument_run(clock: Clock) -> list[worker.Extractor]:
    """Charge the orchestration of ``run_extract`` (``--extract``) and instrument its Extractor when it is built;
    the Extractors built, as they are."""
    init = worker.Extractor.__init__
    built: list[worker.Extractor] = []

    def timed_init(self, *args: Any, **kwargs: Any) -> None:
        clock.call("startup: Extractor (the model and our components)", init, self, *args, **kwargs)
        instrument(self, clock)
        built.append(self)

    worker.Extractor.__init__ = timed_init
    runner.build_rules = clock.wrap(BUILD_RULES, runner.build_rules)
    match, new_items = planner.Planner.match, planner.Planner._new_items
    planner.Planner.match = lambda self, *a: clock.call("orchestration: planning (reading and hashing the input)", match, self, *a)
    planner.Planner._new_items = lambda self, *a: clock.each("orchestration: reading the input", new_items(self, *a))
    commit, close = store.OutputStore.commit_part, runner.RunSummary.close
    store.OutputStore.commit_part = lambda self, *a: clock.call("store: Parquet and DocBin writes", commit, self, *a)
    runner.RunSummary.close = lambda self, *a: clock.call("orchestration: summary", close, self, *a)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--config", type=Path, default=None, help="a pipeline config (default: configs/pipeline.yaml)")
    parser.add_argument("--stock-rules", action="store_true", help="the model's rule components as spaCy's stock "
                        "classes (model.fast_rules false; round 25)")
    parser.add_argument("--extract", type=Path, default=None, metavar="DIR",
                        help="time a whole run_extract into DIR (emptied first), its orchestration too (round 26)")
    args = parser.parse_args(argv)

    config = load_config(args.config)
    if args.stock_rules:
        config = config.model_copy(update={"model": config.model.model_copy(update={"fast_rules": False})})
    if args.extract is not None:
        return extract_main(args, config)
    items = list(read_inputs([args.corpus]))[: args.limit]
    extractor = worker.Extractor(config)
    tasks = [
        NewPart(i, items[a : a + args.batch_size], list(STAGES), extractor.fingerprints)
        for i, a in enumerate(range(0, len(items), args.batch_size))
    ]
    clock = Clock()
    profiler = cProfile.Profile() if args.profile else None
    if profiler is None:
        instrument(extractor, clock)
    else:
        profiler.enable()
    started = clock.last = time.process_time()
    words = sum(extractor.run(task).n_words for task in tasks)
    total = time.process_time() - started
    out: dict[str, Any] = {"documents": len(items), "words": words, "cpu_seconds": round(total, 2)}
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    else:
        clock.tick()  # the last stretch, to "other"
        ours = {c.name for c in config.components}
        model = sum(s for label, s in clock.seconds.items() if label in extractor.nlp.pipe_names and label not in ours)
        model += clock.seconds["tokenizer"]
        # the CPU analogue of make bench's "extract vs bare nlp.pipe": the model's share of the extract
        out["model_seconds"] = round(model, 2)
        out["beyond_model_seconds"] = round(total - model, 2)
        out["model_share"] = round(model / total, 3)
        out["steps"] = {
            label: {"seconds": round(s, 2), "share": round(s / total, 4)}
            for label, s in sorted(clock.seconds.items(), key=lambda kv: -kv[1])
        }
    print(json.dumps(out, indent=1))
    return 0


def extract_main(args: argparse.Namespace, config: Any) -> int:
    """``--extract DIR``: a whole run, orchestration included (1 worker, this process)."""
    if args.profile or args.limit or args.batch_size != 64:
        raise SystemExit("--extract runs the configured run: without --profile, --limit or --batch-size")
    shutil.rmtree(args.extract, ignore_errors=True)
    config = config.model_copy(update={"run": config.run.model_copy(update={"workers": 1})})
    clock = Clock()
    built = instrument_run(clock)
    started = clock.last = time.process_time()
    summary = runner.run_extract([args.corpus], args.extract, config)
    clock.tick()
    total = time.process_time() - started
    pipes = {name for e in built for name in e.nlp.pipe_names} - {c.name for c in config.components}
    model = sum(s for label, s in clock.seconds.items() if label in pipes or label == "tokenizer")
    timed = total - clock.seconds[BUILD_RULES]
    print(json.dumps({
        "documents": summary.n_ok + summary.n_failed, "words": summary.n_words, "cpu_seconds": round(total, 2),
        "bench_cpu_seconds": round(timed, 2), "model_seconds": round(model, 2),
        "beyond_model_seconds": round(timed - model, 2), "model_share": round(model / timed, 3),
        "steps": {label: {"seconds": round(s, 2), "share": round(s / total, 4)}
                  for label, s in sorted(clock.seconds.items(), key=lambda kv: -kv[1])},
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
