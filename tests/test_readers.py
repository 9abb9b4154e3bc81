"""Readers: each input format, and every kind of bad input becomes a failure record."""

from __future__ import annotations

import json

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
