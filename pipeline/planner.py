"""Planning an incremental run: what is new, changed, stale or gone.

A part records, in its documents file, the fingerprint of every stage it
holds. An input document whose key and hash are already stored in a part with
the current ``ner`` fingerprint is not parsed again (a changed date, title,
url or source only rewrites its documents row; a document whose parse failed
is tried again); a rule stage whose fingerprint changed re-runs from the
stored Docs; new and changed documents are parsed into new parts; the old rows
of a changed document, and the rows of documents that are no longer in the
input, are removed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.config import ConfigError, Stage
from pipeline.readers import InputDoc, InputFailure, read_inputs
from pipeline.store import COMMIT_TABLE, OutputStore
from pipeline.tasks import (
    KEY_COLUMNS, RETRY, RULE_STAGES, TABLE_STAGE, NewPart, PartUpdate, Task, digest, item_key, key_of, meta_of,
)


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
        self.n_input = 0  # documents (and unreadable inputs) in the input
        self.n_new = 0
        self.n_reused = 0
        self.skipped: Counter[str] = Counter()  # files the input walk passed over, by reason
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
                key = key_of(row)
                if key in self.index:  # a run was killed after adding a changed document, before removing its old rows
                    self.drop[self.index[key][0]].add(key)
                version = RETRY if row["failed_stage"] == "ner" else row["content_hash"]
                self.index[key] = (part, version, digest(row))

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
        for item in read_inputs(inputs, self.skipped):
            self.n_input += 1
            key, entry = self._stored(item)
            if entry is None:
                continue
            matched.add(key)
            meta = meta_of(item)
            if digest(meta) != entry[2]:
                self.patch[entry[0]][key] = meta
        for key, (part, _, _) in self.index.items():
            if key not in matched:
                self.drop[part].add(key)
        self.n_reused = len(matched)

    def _new_items(self, inputs: list[str | Path]) -> Iterator[InputDoc | InputFailure]:
        """Second pass: the input documents that must be parsed."""
        for item in read_inputs(inputs, warn_empty=False):
            if self._stored(item)[1] is None:
                yield item

    def emptied(self) -> list[int]:
        """Parts to delete whole: stale, or every row dropped."""
        empty = [p for p, n in self.size.items() if n == 0]  # the placeholder an empty input wrote
        return self.stale + empty + [p for p, keys in self.drop.items() if len(keys) >= self.size[p] > 0]

    def tasks(self, inputs: list[str | Path], batch_size: int) -> Iterator[Task]:
        """Updates of stored parts, then (with the ner stage) new parts; after the emptied parts are deleted."""
        yield from self._updates()
        if "ner" in self.stages:
            first = self.store.next_part_id()
            for part_id, items in enumerate(_batched(self._new_items(inputs), batch_size), first):
                self.n_new += len(items)
                yield NewPart(part_id, items, self.stages, self.fingerprints)

    def total(self) -> int:
        """Documents rows the tasks will write: those of updated parts, and every new input (after match)."""
        updated = sum(self.size[part] - len(drop) for part, drop, _, _ in self._update_plans())
        return updated + (self.n_input - self.n_reused if "ner" in self.stages else 0)

    def _update_plans(self) -> Iterator[tuple[int, frozenset[str], dict[str, dict[str, str | None]], list[Stage]]]:
        """(part, keys to drop, patches, rule stages to re-run) of every stored part that changes."""
        emptied = set(self.emptied())
        for part, held in self.held.items():
            if part in emptied:
                continue
            drop = frozenset(self.drop.get(part, ()))
            patches = self.patch.get(part, {})
            stages = [s for s in self.stages if s in RULE_STAGES and (self.forced or held.get(s) != self.fingerprints[s])]
            if drop or patches or stages:
                yield part, drop, patches, stages

    def _updates(self) -> Iterator[PartUpdate]:
        for part, drop, patches, stages in self._update_plans():
            store = self.store
            documents = store.read_table(COMMIT_TABLE, part)
            tables = {n: t for n in TABLE_STAGE if drop and (t := store.read_table(n, part)) is not None}
            docbin = store.read_docs(part) if drop or stages else None
            yield PartUpdate(part, documents, tables, docbin, drop, patches, stages, self.fingerprints)


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
