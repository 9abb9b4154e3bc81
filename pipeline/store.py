"""The output folder: Parquet tables as folders of part files, plus stored Docs.

Layout of an output folder ``DIR``::

    DIR/documents.parquet/part-000000.parquet   one row per input document
    DIR/entities.parquet/part-000000.parquet
    DIR/relations.parquet/part-000000.parquet
    DIR/quotes.parquet/part-000000.parquet
    DIR/docs/part-000000.spacy                  the parsed Docs (DocBin)
    DIR/.lock                                   held by the run writing DIR

A part is one batch of documents. :func:`read_committed` (``pipeline.load_tables``
for pandas) reads the committed parts only: a consistent snapshot even while a
run writes the folder or after one was killed. ``pandas.read_parquet`` reads
every part file and is right only for a folder whose last run finished. Every file is written under a hidden temporary
name (readers skip names starting with ``.``), flushed to disk and renamed
into place, and a part's documents file is written last: it is the commit
mark. A run that is killed leaves at worst temporary files and parts without
a documents file; :meth:`OutputStore.writing` removes them before the next run
writes anything, so no reader of a finished run sees partial or duplicate rows.

Each file's metadata names the pipeline version, the model, the rule-set
versions and the fingerprints of the stages it holds (see
:func:`pipeline.nlp.stage_fingerprints`); the documents file's fingerprints
say which stages the whole part is up to date for.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import SCHEMAS, TABLES

log = logging.getLogger(__name__)

DOCS_DIR = "docs"
COMMIT_TABLE = "documents"
LOCK_FILE = ".lock"
FINGERPRINTS = "fingerprints"
_HELD: set[Path] = set()  # lock files this process holds


class OutputWriteError(OSError):
    """A file of the output could not be written (disk full, no permission, ...); its temporary file is gone."""

    def __init__(self, path: Path, exc: OSError) -> None:
        full = exc.errno == errno.ENOSPC or "No space left" in str(exc)  # pyarrow's errors carry no errno
        reason, what = ("No space left on device", "free space on that disk") if full else (exc.strerror or exc, "fix the cause")
        self.message = (
            f"cannot write {path}: {reason} ({what}, or choose another --output); the parts committed "
            "before it are kept: run the same command again to finish"
        )
        super().__init__(exc.errno, self.message)
        self.path = path

    def __str__(self) -> str:
        return self.message


def _part_name(part_id: int) -> str:
    return f"part-{part_id:06d}"


class OutputStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    # -- paths ----------------------------------------------------------------
    def table_path(self, name: str, part_id: int) -> Path:
        return self.root / f"{name}.parquet" / f"{_part_name(part_id)}.parquet"

    def docs_path(self, part_id: int) -> Path:
        return self.root / DOCS_DIR / f"{_part_name(part_id)}.spacy"

    def _folders(self) -> list[Path]:
        return [*(self.root / f"{n}.parquet" for n in TABLES), self.root / DOCS_DIR]

    # -- state ----------------------------------------------------------------
    def parts(self) -> list[int]:
        """Committed part ids, ascending."""
        folder = self.root / f"{COMMIT_TABLE}.parquet"
        return sorted(int(p.name[5:11]) for p in folder.glob("part-*.parquet")) if folder.is_dir() else []

    def next_part_id(self) -> int:
        parts = self.parts()
        return parts[-1] + 1 if parts else 0

    @contextmanager
    def writing(self) -> Iterator[OutputStore]:
        """Hold the folder for one run: create it, lock it, clean up after a killed run.

        The lock (a POSIX record lock: released by the kernel when the process
        dies, even by SIGKILL, and not inherited by worker processes) keeps two
        runs from writing the same folder at once.
        """
        busy = OSError(f"another run is writing to {self.root}: wait for it to finish or choose another --output")
        try:
            for folder in self._folders():
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OSError(f"cannot create output folder {self.root}: {exc.strerror}") from exc
        lock_path = (self.root / LOCK_FILE).resolve()
        if lock_path in _HELD:  # a process never blocks on its own record locks: check first
            raise busy
        with open(lock_path, "a") as lock:
            try:
                fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise busy from None
            _HELD.add(lock_path)
            try:
                self.recover()
                yield self
            finally:
                _HELD.discard(lock_path)

    def recover(self) -> None:
        """Remove what an interrupted run left: temporary files and uncommitted parts."""
        committed = {_part_name(p) for p in self.parts()}
        for folder in self._folders():
            for path in folder.iterdir():
                if path.name.startswith(".") or path.name.split(".")[0] not in committed:
                    log.info("removing leftover of an interrupted run: %s", path)
                    path.unlink()

    # -- writing --------------------------------------------------------------
    def _atomic_write(self, final: Path, write) -> None:
        tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
        try:
            write(tmp)
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, final)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)  # never leave a half file on a full disk
            if isinstance(exc, OSError):
                raise OutputWriteError(final, exc) from exc
            raise

    def write_table(self, name: str, part_id: int, table: pa.Table) -> None:
        """Write one part of a table; its metadata is the table's schema metadata."""
        if not table.schema.equals(SCHEMAS[name]):
            raise ValueError(f"table '{name}' does not have the pinned schema")
        self._atomic_write(self.table_path(name, part_id), lambda p: pq.write_table(table, p, compression="zstd"))

    def commit_part(self, part_id: int, tables: dict[str, pa.Table], docbin: bytes | None) -> None:
        """(Re)write the given files of a part; the documents file goes last and commits it.

        Files not given are left as they are, so a rule stage re-run rewrites
        only its own table and the documents file.
        """
        if COMMIT_TABLE not in tables:
            raise ValueError("a part is committed by its documents table, which is missing")
        if docbin is not None:
            self._atomic_write(self.docs_path(part_id), lambda p: p.write_bytes(docbin))
        for name in sorted(tables, key=lambda n: n == COMMIT_TABLE):
            self.write_table(name, part_id, tables[name])

    def delete_part(self, part_id: int) -> None:
        """Uncommit first (documents file), then remove the rest."""
        paths = [self.table_path(COMMIT_TABLE, part_id)]
        paths += [self.table_path(n, part_id) for n in TABLES if n != COMMIT_TABLE]
        paths.append(self.docs_path(part_id))
        for p in paths:
            p.unlink(missing_ok=True)

    # -- reading --------------------------------------------------------------
    def read_table(self, name: str, part_id: int, columns: list[str] | None = None) -> pa.Table | None:
        path = self.table_path(name, part_id)
        return pq.read_table(path, columns=columns) if path.exists() else None

    def num_rows(self, name: str, part_id: int) -> int:
        path = self.table_path(name, part_id)
        return pq.read_metadata(path).num_rows if path.exists() else 0

    def table_metadata(self, name: str, part_id: int) -> dict[str, str]:
        path = self.table_path(name, part_id)
        if not path.exists():
            return {}
        meta = pq.read_schema(path).metadata or {}
        return {k.decode(): v.decode() for k, v in meta.items() if not k.startswith(b"ARROW")}

    def fingerprints(self, part_id: int) -> dict[str, str]:
        """stage -> fingerprint of every stage the committed part is up to date for."""
        return json.loads(self.table_metadata(COMMIT_TABLE, part_id).get(FINGERPRINTS, "{}"))

    def read_docs(self, part_id: int) -> bytes:
        path = self.docs_path(part_id)
        if not path.exists():
            raise FileNotFoundError(
                f"{path} is missing: the stored Docs of part {part_id} are gone; delete {self.root} and re-run"
            )
        return path.read_bytes()


# -- reading a consistent snapshot ------------------------------------------------------


def read_committed(root: str | Path, names: tuple[str, ...] = TABLES) -> dict[str, pa.Table]:
    """The tables ``names`` of output folder ``root``, from committed parts only, with their pinned schemas.

    A part counts once its documents file (the commit mark) exists; files of
    parts a killed run left uncommitted are ignored, and so is a part deleted
    while it is read. A document found in two parts (a changed document, in
    the moment between committing its new part and dropping its old rows) is
    read from the newer one, as the next run would keep it. Each table keeps
    the file metadata of its newest part.
    """
    from pipeline.tasks import key_of  # the identity of a documents row

    store = OutputStore(root)
    if not (store.root / f"{COMMIT_TABLE}.parquet").is_dir():
        raise FileNotFoundError(
            f"{store.root / COMMIT_TABLE}.parquet is missing: --predictions must be a folder written by "
            "'python -m pipeline extract --output DIR'"
        )
    seen: set[str] = set()
    out: dict[str, list[pa.Table]] = {name: [] for name in names}
    for part in reversed(store.parts()):  # newest first: its copy of a document wins
        tables = _read_part(store, part, names)
        if tables is None:
            continue
        keys = [key_of(row) for row in tables[COMMIT_TABLE].to_pylist()]
        stale = [key in seen for key in keys]
        seen.update(keys)
        if any(stale):  # only readable documents have rows in the other tables, and their key is the doc_id
            older = {key for key, s in zip(keys, stale) if s}
            for name, table in tables.items():
                ids = keys if name == COMMIT_TABLE else table.column("doc_id").to_pylist()
                tables[name] = table.filter(pa.array([i not in older for i in ids], pa.bool_()))
        for name in out:
            out[name].append(tables[name])
    result = {}
    for name, tables in out.items():
        if not tables:
            result[name] = SCHEMAS[name].empty_table()
            continue
        table = pa.concat_tables([t.replace_schema_metadata(None) for t in reversed(tables)])
        result[name] = table.replace_schema_metadata(tables[0].schema.metadata)
    return result


def _read_part(store: OutputStore, part: int, names: tuple[str, ...]) -> dict[str, pa.Table] | None:
    """The part's tables (documents always), or None when it is no longer committed."""
    tables: dict[str, pa.Table] = {}
    for name in (COMMIT_TABLE, *(n for n in names if n != COMMIT_TABLE)):
        try:
            table = pq.read_table(store.table_path(name, part))
        except FileNotFoundError:
            if name == COMMIT_TABLE or not store.table_path(COMMIT_TABLE, part).exists():
                return None  # deleted while read: a part is uncommitted before its other files go
            table = SCHEMAS[name].empty_table()  # a stage that has not run on this part
        missing = set(SCHEMAS[name].names) - set(table.column_names)
        if missing:
            raise ValueError(
                f"{store.table_path(name, part)} lacks the columns {sorted(missing)}: it was written by another "
                "pipeline version; re-run extract"
            )
        meta = table.schema.metadata
        tables[name] = table.select(SCHEMAS[name].names).cast(SCHEMAS[name]).replace_schema_metadata(meta)
    return tables
