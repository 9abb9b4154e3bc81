"""Readers: each input format, and every kind of bad input becomes a failure record."""

from __future__ import annotations

import codecs
import datetime
import json
import os
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.readers import InputDoc, InputFailure, read_inputs


def _read(*paths):
    return list(read_inputs(paths))


def test_readers_txt_keeps_text_exactly_and_reads_date_header(tmp_path):
    text = " date 2023-10-11 Hamas said so.\r\nSecond line\n"
    (tmp_path / "a1.txt").write_bytes(text.encode("utf8"))
    [doc] = _read(tmp_path / "a1.txt")
    assert isinstance(doc, InputDoc)
    assert (doc.doc_id, doc.text, doc.date) == ("a1", text, "2023-10-11")


def test_readers_jsonl_fields_and_id_aliases(tmp_path):
    rows = [
        {"id": "x", "text": "One.", "date": "2024-01-02", "title": "T", "url": "http://e.org/x"},
        {"doc_id": 7, "text": "Two."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf8")
    docs = _read(path)
    assert [(d.doc_id, d.text, d.date, d.title, d.url) for d in docs] == [
        ("x", "One.", "2024-01-02", "T", "http://e.org/x"),
        ("7", "Two.", None, None, None),
    ]


def test_readers_parquet_with_same_columns(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["Alpha.", "Beta."], "date": ["2020-01-01", None]}), path)
    docs = _read(path)
    assert [(d.doc_id, d.text, d.date) for d in docs] == [("p1", "Alpha.", "2020-01-01"), ("p2", "Beta.", None)]


def test_readers_directory_reads_every_format_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text("Bee.", encoding="utf8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"id": "c", "text": "Sea."}) + "\n", encoding="utf8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf8")
    assert [d.doc_id for d in _read(tmp_path)] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty text"),
        (b"  \n\t \n", "empty text"),
        (b"\x00\x01binary\x00", "binary content"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_readers_bad_txt_becomes_failure(tmp_path, content, expected):
    (tmp_path / "bad.txt").write_bytes(content)
    [item] = _read(tmp_path / "bad.txt")
    assert isinstance(item, InputFailure) and item.doc_id == "bad"
    assert expected in item.error


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": "a", "text": "ok"', "malformed JSON"),
        ('["not", "an", "object"]', "not a JSON object"),
        ('{"text": "no id"}', "no 'id' or 'doc_id'"),
        ('{"id": "a"}', "no 'text' string"),
        ('{"id": "a", "text": 5}', "no 'text' string"),
        ('{"id": "a\\u0007b", "text": "bell in id"}', "control character U+0007"),
        ('{"id": "a", "text": "lone \\ud800 surrogate"}', "unpaired surrogate"),
    ],
)
def test_readers_bad_jsonl_line_fails_alone(tmp_path, line, expected):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "good", "text": "Fine."}) + "\n", encoding="utf8")
    bad, good = _read(path)
    assert isinstance(bad, InputFailure) and expected in bad.error
    assert isinstance(good, InputDoc) and good.doc_id == "good"


def test_readers_parquet_without_text_column_fails_the_file(tmp_path):
    path = tmp_path / "notext.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), path)
    [item] = _read(path)
    assert isinstance(item, InputFailure) and "no 'text' column" in item.error


def test_readers_duplicate_ids_keep_the_first(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": "d", "text": t}) + "\n" for t in ("first", "second")), encoding="utf8")
    first, second = _read(path)
    assert isinstance(first, InputDoc) and first.text == "first"
    assert isinstance(second, InputFailure) and "duplicate doc_id" in second.error


def test_readers_path_separators_in_ids_are_kept_as_data(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "../../etc/passwd", "text": "x"}) + "\n", encoding="utf8")
    [doc] = _read(path)
    assert isinstance(doc, InputDoc) and doc.doc_id == "../../etc/passwd"


def test_readers_missing_input_is_a_failure(tmp_path):
    [item] = _read(tmp_path / "nope.txt")
    assert isinstance(item, InputFailure) and "does not exist" in item.error


# -- walking folders: every file accounted for ---------------------------------------


def test_readers_walk_follows_symlinked_folders_once_and_counts_the_loop(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Ay.", encoding="utf8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "in", target_is_directory=True)
    skipped = Counter()
    assert [d.doc_id for d in read_inputs([tmp_path / "in"], skipped)] == ["a"]
    assert skipped == {"folder already read (symbolic-link loop or a second link to it)": 1}


def test_readers_walk_reports_broken_links_and_unreadable_folders(tmp_path, monkeypatch):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf8")
    scandir = os.scandir

    def denied(path):  # chmod 0 does not stop root, so the permission error is simulated
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    gone, locked, ok = _read(tmp_path)
    assert (gone.doc_id, gone.error) == ("gone", f"broken symbolic link (to {tmp_path / 'nowhere.txt'}): fix or remove it")
    assert (locked.doc_id, locked.source) == ("locked", str(tmp_path / "locked"))
    assert locked.error == "cannot read folder: Permission denied: fix its permissions or leave it out"
    assert isinstance(ok, InputDoc)


def test_readers_walk_matches_extensions_in_any_case_and_counts_other_files(tmp_path):
    (tmp_path / "upper.TXT").write_text("Upper.", encoding="utf8")
    (tmp_path / "lines.JsonL").write_text(json.dumps({"id": "j", "text": "Jay."}) + "\n", encoding="utf8")
    (tmp_path / "notes.md").write_text("no", encoding="utf8")
    (tmp_path / "README").write_text("no", encoding="utf8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf8")
    skipped = Counter()
    assert [d.doc_id for d in read_inputs([tmp_path], skipped)] == ["j", "upper"]
    assert skipped == {
        "not .txt, .jsonl or .parquet (.md)": 1, "not .txt, .jsonl or .parquet (no extension)": 1,
        "hidden file or folder (name starts with '.')": 1,
    }


# -- strict input types -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": {"nested": 1}, "text": "x"}, "'id' must be a string or an integer, not an object"),
        ({"id": True, "text": "x"}, "'id' must be a string or an integer, not a boolean"),
        ({"id": 1.5, "text": "x"}, "'id' must be a string or an integer, not a number with a fraction"),
        ({"id": None, "doc_id": [1], "text": "x"}, "'doc_id' must be a string or an integer, not a list"),
        ({"id": "a", "text": "x", "date": "2024-02-30"}, "date '2024-02-30' is not an ISO date"),
        ({"id": "a", "text": "x", "date": "11/10/2023"}, "date '11/10/2023' is not an ISO date"),
        ({"id": "a", "text": "x", "date": 20231011}, "'date' must be an ISO date string (YYYY-MM-DD), not int"),
        ({"id": "a", "text": "x", "title": ["t"]}, "'title' must be a string or null, not a list"),
    ],
)
def test_readers_wrong_types_fail_the_record_with_the_reason(tmp_path, record, expected):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf8")
    [item] = _read(path)
    assert isinstance(item, InputFailure) and item.error.startswith(expected), item


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": None, "doc_id": "x", "text": "t"}, ("x", None)),
        ({"id": 42, "doc_id": "ignored", "text": "t"}, ("42", None)),
        ({"doc_id": "y", "text": "t", "date": "2023-10-11T08:30:00"}, ("y", "2023-10-11T08:30:00")),
        ({"doc_id": "y", "text": "t", "date": "20231011"}, ("y", "2023-10-11")),
    ],
)
def test_readers_id_and_date_accepted_forms(tmp_path, record, expected):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf8")
    [doc] = _read(path)
    assert isinstance(doc, InputDoc) and (doc.doc_id, doc.date) == expected


def test_readers_parquet_date_column_and_integer_ids(tmp_path):
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, 2], "text": ["A.", "B."], "date": [datetime.date(2024, 5, 6), None]}), path)
    assert [(d.doc_id, d.date) for d in _read(path)] == [("1", "2024-05-06"), ("2", None)]


def test_readers_txt_invalid_header_date_fails(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2023-13-45 Text.", encoding="utf8")
    [item] = _read(tmp_path / "a.txt")
    assert isinstance(item, InputFailure) and item.error.startswith("date header: date '2023-13-45' is not an ISO date")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)],
)
def test_readers_byte_order_mark_is_removed_before_the_date_header(tmp_path, encoding, bom):
    text = " date 2023-10-11 Ministers met in Rome.\n"
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    [doc] = _read(tmp_path / "a.txt")
    assert isinstance(doc, InputDoc) and (doc.text, doc.date) == (text, "2023-10-11")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_readers_jsonl_with_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Ay."}) + "\n" + json.dumps({"id": "b", "text": "Bee."}) + "\n", encoding=encoding)
    assert [(d.doc_id, d.source) for d in _read(path)] == [("a", f"{path}:1"), ("b", f"{path}:2")]


def test_readers_utf16_without_byte_order_mark_is_refused_with_the_reason(tmp_path):
    (tmp_path / "a.txt").write_bytes("Plain words.".encode("utf-16-le"))
    [item] = _read(tmp_path / "a.txt")
    assert isinstance(item, InputFailure) and "no UTF-16 byte-order mark" in item.error


def test_readers_duplicate_failure_has_no_doc_id_of_its_own(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": "d", "text": t}) + "\n" for t in ("first", "second")), encoding="utf8")
    first, second = _read(path)
    assert first.doc_id == "d" and second.doc_id is None
    assert second.error.startswith(f"duplicate doc_id 'd': first read from {path}:1")
