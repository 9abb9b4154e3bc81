"""Input readers: .txt, .jsonl and .parquet files, or folders holding them.

``read_inputs`` streams :class:`InputDoc` (a document to process) and
:class:`InputFailure` (a document, or a line, that cannot be processed and
must be reported as failed). It never raises for bad content: a bad file or a
bad line becomes a failure record and the stream goes on. Text is kept
exactly as read, so every offset downstream indexes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl", ".parquet")
HEADER_DATE = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b")
PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True)
class InputDoc:
    doc_id: str
    text: str
    source: str
    date: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class InputFailure:
    doc_id: str
    source: str
    error: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf8", "surrogatepass")).hexdigest()[:32]


def read_inputs(paths: Iterable[str | Path]) -> Iterator[InputDoc | InputFailure]:
    """Every document under ``paths``, in a stable order, ids checked.

    A repeated doc_id is a failure for every occurrence after the first.
    """
    seen: dict[str, str] = {}
    for item in _read_all(paths):
        if isinstance(item, InputDoc):
            problem = check_doc_id(item.doc_id) or check_text(item.text)
            if problem:
                item = InputFailure(item.doc_id, item.source, problem)
            elif item.doc_id in seen:
                item = InputFailure(item.doc_id, item.source, f"duplicate doc_id: first read from {seen[item.doc_id]}; give each document a unique id")
            else:
                seen[item.doc_id] = item.source
        yield item


def _read_all(paths: Iterable[str | Path]) -> Iterator[InputDoc | InputFailure]:
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES and not p.name.startswith("."))
            if not files:
                log.warning("%s holds no .txt, .jsonl or .parquet files", path)
            for file in files:
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputFailure(path.name, str(path), f"input {path} does not exist")


def read_file(path: Path) -> Iterator[InputDoc | InputFailure]:
    if path.suffix == ".txt":
        yield read_txt(path)
    elif path.suffix == ".jsonl":
        yield from read_jsonl(path)
    elif path.suffix == ".parquet":
        yield from read_parquet(path)
    else:
        yield InputFailure(path.name, str(path), f"unsupported file type '{path.suffix}': use .txt, .jsonl or .parquet")


def read_txt(path: Path) -> InputDoc | InputFailure:
    """A .txt article; doc_id is the file stem, a leading ' date YYYY-MM-DD ' gives the date."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputFailure(path.stem, str(path), f"cannot read file: {exc.strerror}")
    text, problem = decode(raw)
    if problem:
        return InputFailure(path.stem, str(path), problem)
    m = HEADER_DATE.match(text)
    return InputDoc(path.stem, text, str(path), date=m.group(1) if m else None)


def decode(raw: bytes) -> tuple[str, str | None]:
    if b"\x00" in raw:
        return "", "binary content (NUL bytes): not a text article"
    try:
        return raw.decode("utf8"), None
    except UnicodeDecodeError as exc:
        return "", f"not valid UTF-8 (byte {exc.start}): re-encode the file as UTF-8"


def read_jsonl(path: Path) -> Iterator[InputDoc | InputFailure]:
    """One article per line: id or doc_id, text, optional date, title, url."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputFailure(path.stem, str(path), f"cannot read file: {exc.strerror}")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            line, problem = decode(raw)
            if problem:
                yield InputFailure(f"{path.stem}:{lineno}", where, problem)
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputFailure(f"{path.stem}:{lineno}", where, f"malformed JSON line: {exc.msg} at column {exc.colno}")
                continue
            yield from_record(record, where, f"{path.stem}:{lineno}")


def read_parquet(path: Path) -> Iterator[InputDoc | InputFailure]:
    """A Parquet table with the JSONL columns, read in row batches."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is one failure
        yield InputFailure(path.stem, str(path), f"not a readable Parquet file: {exc}")
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield InputFailure(path.stem, str(path), f"Parquet file has no 'text' column (columns: {sorted(names)})")
        return
    wanted = [c for c in ("id", "doc_id", "text", "date", "title", "url") if c in names]
    row = 0
    for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
        for record in batch.to_pylist():
            row += 1
            yield from_record(record, f"{path}#row{row}", f"{path.stem}:{row}")


def from_record(record: object, where: str, fallback_id: str) -> InputDoc | InputFailure:
    """An InputDoc from a JSON/Parquet record, or the reason it is unusable."""
    if not isinstance(record, dict):
        return InputFailure(fallback_id, where, "record is not a JSON object")
    doc_id = record.get("id", record.get("doc_id"))
    if doc_id is None or doc_id == "":
        return InputFailure(fallback_id, where, "record has no 'id' or 'doc_id'")
    doc_id = str(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        return InputFailure(doc_id, where, "record has no 'text' string")
    meta = {k: (str(record[k]) if record.get(k) is not None else None) for k in ("date", "title", "url")}
    return InputDoc(doc_id, text, where, **meta)


def check_doc_id(doc_id: str) -> str | None:
    """Why a doc_id is unusable, or None. Ids are data, never file paths."""
    bad = [c for c in doc_id if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]
    if bad:
        return f"doc_id contains control character U+{ord(bad[0]):04X}; use printable ids"
    if len(doc_id) > 512:
        return "doc_id is longer than 512 characters"
    return None


def check_text(text: str) -> str | None:
    if not text.strip():
        return "empty text (nothing but whitespace)"
    try:
        text.encode("utf8")
    except UnicodeEncodeError as exc:
        return f"text holds an unpaired surrogate at character {exc.start}: fix the source encoding"
    return None
