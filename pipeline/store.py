"""The output folder: Parquet tables as folders of part files, plus stored Docs.

Layout of an output folder ``DIR``::

    DIR/documents.parquet/part-000000.parquet   one row per input document
    DIR/entities.parquet/part-000000.parquet
    DIR/relations.parquet/part-000000.parquet
    DIR/quotes.parquet/part-000000.parquet
    DIR/docs/part-000000.spacy                  the parsed Docs (DocBin), same order

``pandas.read_parquet(f"{DIR}/{name}.parquet")`` reads a whole table. A part
is one batch of documents; every file is written under a hidden temporary
name and renamed into place, and the documents file is renamed last: it is
the commit mark. On opening, leftovers of an interrupted run (temporary files,
parts without a documents file) are removed, so readers never see partial or
duplicate rows. Each file's metadata names the pipeline version, the model,
the rule-set versions and the stage fingerprint that produced it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import SCHEMAS, TABLES

log = logging.getLogger(__name__)

DOCS_DIR = "docs"
COMMIT_TABLE = "documents"


def _part_name(part_id: int) -> str:
    return f"part-{part_id:06d}"


class OutputStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        try:
            for name in TABLES:
                (self.root / f"{name}.parquet").mkdir(parents=True, exist_ok=True)
            (self.root / DOCS_DIR).mkdir(exist_ok=True)
        except OSError as exc:
            raise OSError(f"cannot create output folder {self.root}: {exc.strerror}") from exc
        self.recover()

    # -- paths ----------------------------------------------------------------
    def table_path(self, name: str, part_id: int) -> Path:
        return self.root / f"{name}.parquet" / f"{_part_name(part_id)}.parquet"

    def docs_path(self, part_id: int) -> Path:
        return self.root / DOCS_DIR / f"{_part_name(part_id)}.spacy"

    def _all_files(self) -> list[Path]:
        return [p for d in [*(f"{n}.parquet" for n in TABLES), DOCS_DIR] for p in (self.root / d).iterdir()]

    # -- state ----------------------------------------------------------------
    def parts(self) -> list[int]:
        """Committed part ids, ascending."""
        folder = self.root / f"{COMMIT_TABLE}.parquet"
        return sorted(int(p.name[5:11]) for p in folder.glob("part-*.parquet"))

    def next_part_id(self) -> int:
        parts = self.parts()
        return parts[-1] + 1 if parts else 0

    def recover(self) -> None:
        """Remove what an interrupted run left: temporary files and uncommitted parts."""
        committed = {_part_name(p) for p in self.parts()}
        for path in self._all_files():
            if path.name.startswith(".") or path.name.split(".")[0] not in committed:
                log.info("removing leftover of an interrupted run: %s", path)
                path.unlink()

    def clear(self) -> None:
        for path in self._all_files():
            path.unlink()

    # -- writing --------------------------------------------------------------
    def _atomic_write(self, final: Path, write) -> None:
        tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)

    def write_table(self, name: str, part_id: int, table: pa.Table, metadata: dict[str, str]) -> None:
        if not table.schema.equals(SCHEMAS[name]):
            raise ValueError(f"table '{name}' does not have the pinned schema")
        meta = {**(table.schema.metadata or {}), **{k.encode(): v.encode() for k, v in metadata.items()}}
        table = table.replace_schema_metadata(meta)
        self._atomic_write(self.table_path(name, part_id), lambda p: pq.write_table(table, p, compression="zstd"))

    def write_docs(self, part_id: int, docbin: bytes) -> None:
        self._atomic_write(self.docs_path(part_id), lambda p: p.write_bytes(docbin))

    def commit_part(
        self, part_id: int, tables: dict[str, pa.Table], docbin: bytes | None, metadata: dict[str, dict[str, str]]
    ) -> None:
        """Write a whole part (``metadata`` per table); the documents file goes last and commits it."""
        if docbin is not None:
            self.write_docs(part_id, docbin)
        for name in sorted(tables, key=lambda n: n == COMMIT_TABLE):
            self.write_table(name, part_id, tables[name], metadata[name])

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

    def table_metadata(self, name: str, part_id: int) -> dict[str, str]:
        path = self.table_path(name, part_id)
        if not path.exists():
            return {}
        meta = pq.read_schema(path).metadata or {}
        return {k.decode(): v.decode() for k, v in meta.items() if not k.startswith(b"ARROW")}

    def read_docs(self, part_id: int) -> bytes:
        path = self.docs_path(part_id)
        if not path.exists():
            raise FileNotFoundError(
                f"{path} is missing: the stored Docs of part {part_id} are gone; re-run the 'ner' stage"
            )
        return path.read_bytes()

