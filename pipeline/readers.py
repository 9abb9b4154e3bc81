"""Input readers: .txt, .jsonl and .parquet files, or folders holding them.

``read_inputs`` streams :class:`InputDoc` (a document to process) and
:class:`InputFailure` (a document, or a line, that cannot be processed and
must be reported as failed). It never raises for bad content: a bad file or a
bad line becomes a failure record and the stream goes on. Text is kept
exactly as read, so every offset downstream indexes it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl", ".parquet")
HEADER_DATE = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b")
PARQUET_BATCH_ROWS = 1024
# byte-order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


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
    doc_id: str | None  # None: the input's id belongs to another document (a repeated id)
    source: str
    error: str


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf8", "surrogatepass")).hexdigest()[:32]


def read_inputs(
    paths: Iterable[str | Path], skipped: Counter[str] | None = None, warn_empty: bool = True
) -> Iterator[InputDoc | InputFailure]:
    """Every document under ``paths``, in a stable order, ids checked.

    A repeated doc_id is a failure for every occurrence after the first; that
    failure row has no doc_id of its own (the id is in its error), so joins on
    doc_id see only the document that was kept. Files a folder walk passes
    over are counted in ``skipped`` by reason; a folder with no article file
    is logged (unless ``warn_empty`` is false: a second pass over the input).
    """
    seen: dict[str, str] = {}
    for item in _read_all(paths, Counter() if skipped is None else skipped, warn_empty):
        if isinstance(item, InputDoc):
            problem = check_doc_id(item.doc_id) or check_text(item.text)
            if problem:
                item = InputFailure(item.doc_id, item.source, problem)
            elif item.doc_id in seen:
                item = InputFailure(
                    None, item.source,
                    f"duplicate doc_id {item.doc_id!r}: first read from {seen[item.doc_id]}; give each document a unique id",
                )
            else:
                seen[item.doc_id] = item.source
        yield item


def _read_all(paths: Iterable[str | Path], skipped: Counter[str], warn_empty: bool) -> Iterator[InputDoc | InputFailure]:
    for path in map(Path, paths):
        if path.is_dir():
            n_files = 0
            for found in walk(path, skipped):
                if isinstance(found, InputFailure):
                    yield found
                else:
                    n_files += 1
                    yield from read_file(found)
            if not n_files and warn_empty:
                log.warning("%s holds no .txt, .jsonl or .parquet files", path)
        elif path.exists():
            yield from read_file(path)
        elif path.is_symlink():
            yield InputFailure(path.stem, str(path), f"broken symbolic link (to {os.readlink(path)}): fix or remove it")
        else:
            yield InputFailure(path.name, str(path), f"input {path} does not exist")


def walk(root: Path, skipped: Counter[str]) -> Iterator[Path | InputFailure]:
    """The article files under ``root`` in sorted order, following symbolic links.

    A folder reached a second time (a symbolic-link loop, or two links to
    one folder) is read once; hidden entries and files of other types are
    counted in ``skipped``; a folder that cannot be listed and a broken link
    become failures.
    """
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path) -> Iterator[Path | InputFailure]:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                skipped["folder already read (symbolic-link loop or a second link to it)"] += 1
                return
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield InputFailure(folder.name, str(folder), f"cannot read folder: {exc.strerror}: fix its permissions or leave it out")
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                skipped["hidden file or folder (name starts with '.')"] += 1
            elif _is_dir(entry):
                yield from visit(path)
            elif entry.is_symlink() and not path.exists():
                yield InputFailure(path.stem, str(path), f"broken symbolic link (to {os.readlink(path)}): fix or remove it")
            elif not _is_file(entry):
                skipped["not a regular file (socket, pipe or device)"] += 1
            elif path.suffix.lower() in SUFFIXES:
                yield path
            else:
                skipped[f"not .txt, .jsonl or .parquet ({path.suffix.lower() or 'no extension'})"] += 1

    yield from visit(root)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def read_file(path: Path) -> Iterator[InputDoc | InputFailure]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield read_txt(path)
    elif suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".parquet":
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
    date, problem = parse_date(m.group(1) if m else None)
    if problem:
        return InputFailure(path.stem, str(path), f"date header: {problem}")
    return InputDoc(path.stem, text, str(path), date=date)


def decode(raw: bytes) -> tuple[str, str | None]:
    """Text of a file or line; a byte-order mark marks the encoding and is not part of the text."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), None
            except UnicodeDecodeError as exc:
                return "", f"not valid {encoding.upper()} after its byte-order mark (byte {exc.start}): re-encode the file as UTF-8"
    if b"\x00" in raw:
        return "", "binary content (NUL bytes, and no UTF-16 byte-order mark): not a text article"
    try:
        return raw.decode("utf8"), None
    except UnicodeDecodeError as exc:
        return "", f"not valid UTF-8 (byte {exc.start}): re-encode the file as UTF-8"


def _lines(fh: BinaryIO) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, problem) of every non-blank line; UTF-16/32 files (with a byte-order mark) are decoded whole-line."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    wide = next((enc for bom, enc in BOMS if enc != "utf-8" and head.startswith(bom)), None)
    if wide:
        try:
            for lineno, line in enumerate(io.TextIOWrapper(fh, encoding=wide.replace("-le", "").replace("-be", ""), newline=None), 1):
                if line.strip():
                    yield lineno, line, None
        except UnicodeDecodeError as exc:
            yield 0, None, f"not valid {wide.upper()} (byte {exc.start} of a chunk): re-encode the file as UTF-8"
        return
    for lineno, raw in enumerate(fh, 1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if raw.strip():
            yield (lineno, *decode(raw))


def read_jsonl(path: Path) -> Iterator[InputDoc | InputFailure]:
    """One article per line: id or doc_id, text, optional date, title, url."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputFailure(path.stem, str(path), f"cannot read file: {exc.strerror}")
        return
    with fh:
        for lineno, line, problem in _lines(fh):
            where = f"{path}:{lineno}"
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
    """An InputDoc from a JSON/Parquet record, or the reason it is unusable.

    The id is ``id``, or ``doc_id`` when ``id`` is absent or null: a string or
    an integer, nothing else. ``date`` is null or an ISO date (written back as
    ``YYYY-MM-DD``, or the ISO date-time); ``title`` and ``url`` are null or
    strings. Anything else fails the record with the reason.
    """
    if not isinstance(record, dict):
        return InputFailure(fallback_id, where, "record is not a JSON object")
    key = "id" if record.get("id") is not None else "doc_id"
    doc_id = record.get(key)
    if doc_id is None or doc_id == "":
        return InputFailure(fallback_id, where, "record has no 'id' or 'doc_id'")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return InputFailure(fallback_id, where, f"'{key}' must be a string or an integer, not {_type_name(doc_id)} ({str(doc_id)[:40]})")
    doc_id = str(doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        return InputFailure(doc_id, where, "record has no 'text' string")
    date, problem = parse_date(record.get("date"))
    if problem:
        return InputFailure(doc_id, where, problem)
    meta = {}
    for name in ("title", "url"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return InputFailure(doc_id, where, f"'{name}' must be a string or null, not {_type_name(value)}")
        meta[name] = value
    return InputDoc(doc_id, text, where, date=date, **meta)


def parse_date(value: object) -> tuple[str | None, str | None]:
    """(ISO date string or None, problem or None) of a date field."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):  # Parquet timestamp columns
        return value.isoformat(), None
    if isinstance(value, dt.date):  # Parquet date columns
        return value.isoformat(), None
    if not isinstance(value, str):
        return None, f"'date' must be an ISO date string (YYYY-MM-DD), not {_type_name(value)}"
    try:
        return dt.date.fromisoformat(value).isoformat(), None
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value).isoformat(), None
    except ValueError:
        return None, f"date {value[:40]!r} is not an ISO date (YYYY-MM-DD or an ISO date-time): fix or drop it"


def _type_name(value: object) -> str:
    names = {bool: "a boolean", dict: "an object", list: "a list", float: "a number with a fraction"}
    return names.get(type(value), type(value).__name__)


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
