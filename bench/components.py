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
"""

from __future__ import annotations

import argparse
import cProfile
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--config", type=Path, default=None, help="a pipeline config (default: configs/pipeline.yaml)")
    parser.add_argument("--stock-rules", action="store_true", help="the model's rule components as spaCy's stock "
                        "classes (model.fast_rules false; round 25)")
    args = parser.parse_args(argv)

    config = load_config(args.config)
    if args.stock_rules:
        config = config.model_copy(update={"model": config.model.model_copy(update={"fast_rules": False})})
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


if __name__ == "__main__":
    raise SystemExit(main())
