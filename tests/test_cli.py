"""End to end through the command line, with the real model (slow)."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.cli import EXIT_DOCS_FAILED, EXIT_OK, EXIT_USAGE, main
from pipeline.config import DEFAULT_CONFIG
from pipeline.tables import SCHEMAS, TABLES

pytestmark = pytest.mark.slow

GOOD = (
    "Iran funds Hamas, the newspaper reported. \u201cWe are ready,\u201d said Ali Baraka.\n\n"
    "The talks in Doha ended on Monday."
)
FURNITURE = "web analytics\n\nRussia and Iran signed a deal in Moscow on Tuesday. " + "It was long. " * 6 + (
    "\n\nLatest Posts\n\nPutin Visits Tehran\n\nRead More From Anna Smith\n"
)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A folder mixing good articles with every kind of bad input, extracted once."""
    src = tmp_path_factory.mktemp("in")
    (src / "good.txt").write_text(" date 2024-03-01 " + GOOD, encoding="utf8")
    (src / "furniture.txt").write_text(FURNITURE, encoding="utf8")
    (src / "unbalanced.txt").write_text("He said \u201cthis never closes.\n\nIran backs the Houthis.", encoding="utf8")
    (src / "empty.txt").write_text("   \n", encoding="utf8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02")
    (src / "latin1.txt").write_bytes("Tehran caf\xe9".encode("latin-1"))
    lines = [
        json.dumps({"id": "j1", "text": "Qatar hosts Hamas leaders.", "date": "2024-01-01", "title": "Doha"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "j1", "text": "duplicate id"}),
        json.dumps({"id": "a/b\\c", "text": "Turkey backs Hamas."}),
        json.dumps({"id": "ctl\u0001", "text": "control character in id"}),
    ]
    (src / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf8")
    pq.write_table(pa.table({"id": ["x"], "body": ["no text column"]}), src / "notext.parquet")
    out = tmp_path_factory.mktemp("out")
    code = main(["extract", "--input", str(src), "--output", str(out), "--no-progress"])
    return code, out, {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def test_cli_bad_documents_fail_alone_and_exit_nonzero(batch):
    code, _, tables = batch
    docs = tables["documents"].set_index("doc_id")
    assert code == EXIT_DOCS_FAILED
    assert set(docs.index[docs.status == "ok"]) == {"good", "furniture", "unbalanced", "j1", "a/b\\c"}
    reasons = {
        "empty": "empty text",
        "binary": "binary content",
        "latin1": "not valid UTF-8",
        "more:2": "malformed JSON",
        "ctl\u0001": "control character",
        "notext": "no 'text' column",
    }
    for doc_id, reason in reasons.items():
        assert docs.loc[doc_id, "status"] == "failed" and reason in docs.loc[doc_id, "error"], doc_id
    assert (docs.loc["j1", "status"], docs.loc["j1", "title"]) == ("ok", "Doha")  # one row: the first occurrence
    dup = tables["documents"][tables["documents"].doc_id.isna()]
    assert list(dup.status) == ["failed"] and "duplicate doc_id 'j1'" in dup.error.iloc[0]


def test_cli_tables_have_the_pinned_schema_and_metadata(batch):
    _, out, _ = batch
    for name in TABLES:
        schema = pq.read_schema(next((out / f"{name}.parquet").glob("part-*.parquet")))
        assert schema.remove_metadata().equals(SCHEMAS[name]), name
        meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
        assert {"pipeline_version", "model", "rules", "fingerprints"} <= meta.keys()
        assert "relation_extractor" in json.loads(meta["rules"])


def test_cli_offsets_index_the_text_as_read(batch):
    _, _, tables = batch
    ok = tables["documents"].query("status == 'ok'")
    texts = dict(zip(ok.doc_id, ok.text))
    assert texts["good"].startswith(" date 2024-03-01 ")
    ents = tables["entities"]
    assert len(ents) > 0
    for row in ents.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    for row in tables["quotes"].itertuples():
        assert 0 <= row.start <= row.end <= len(texts[row.doc_id])
    docs = tables["documents"].set_index("doc_id")
    assert docs.loc["good", "date"] == "2024-03-01" and docs.loc["j1", "title"] == "Doha"


def test_cli_page_furniture_yields_nothing(batch):
    _, _, tables = batch
    text = FURNITURE
    cut = text.index("Latest Posts")
    for name in ("entities", "quotes"):
        rows = tables[name][tables[name].doc_id == "furniture"]
        assert all(15 <= s and e <= cut for s, e in zip(rows.start, rows.end)), name
    assert {"Russia", "Iran", "Moscow"} <= set(tables["entities"].query("doc_id == 'furniture'").text)


def test_cli_stages_run_alone_from_stored_docs(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    out = tmp_path / "out"
    assert main(["extract", "-i", str(src), "-o", str(out), "--stages", "ner", "--no-progress"]) == EXIT_OK
    assert not list((out / "relations.parquet").glob("*.parquet"))
    assert len(pd.read_parquet(out / "entities.parquet")) > 0
    for stage in ("relations", "quotes"):
        assert main(["extract", "-i", str(src), "-o", str(out), "--stages", stage, "--no-progress"]) == EXIT_OK
        assert list((out / f"{stage}.parquet").glob("*.parquet")), stage
    assert (pd.read_parquet(out / "documents.parquet").status == "ok").all()


def test_cli_rule_stage_without_stored_docs_says_run_ner_first(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(GOOD, encoding="utf8")
    assert main(["extract", "-i", str(src), "-o", str(tmp_path / "o"), "--stages", "quotes"]) == EXIT_USAGE
    assert "run the 'ner' stage first" in capsys.readouterr().err


def test_cli_article_longer_than_max_length_fails_alone(tmp_path):
    raw = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf8"))
    raw["model"]["max_length"] = 200
    for comp in raw["components"]:
        if comp.get("data"):
            comp["data"] = str(DEFAULT_CONFIG.parent / comp["data"])
    config = tmp_path / "small.yaml"
    config.write_text(yaml.safe_dump(raw), encoding="utf8")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "long", "text": "Iran backs Hamas. " * 50}) + "\n"
                   + json.dumps({"id": "short", "text": "Iran backs Hamas."}) + "\n", encoding="utf8")
    out = tmp_path / "out"
    assert main(["extract", "-i", str(src), "-o", str(out), "-c", str(config), "--no-progress"]) == EXIT_DOCS_FAILED
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert docs.loc["short", "status"] == "ok"
    assert docs.loc["long", "status"] == "failed" and "max_length" in docs.loc["long", "error"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["extract", "-i", "x", "-o", "y", "--stages", "parse"], "unknown stage"),
        (["extract", "-i", "x", "-o", "y", "--config", "/nonexistent.yaml"], "cannot read config"),
    ],
)
def test_cli_usage_errors_exit_2_with_a_message(tmp_path, capsys, argv, expected):
    assert main(argv) == EXIT_USAGE
    assert expected in capsys.readouterr().err


def test_cli_eval_and_explain_a_gold_file_that_is_its_own_input(tmp_path, capsys):
    # a real-news style record: the gold names its document by "id" and carries the text
    record = {"id": "r1", "text": "Iran funds Hamas. Syria mails rockets to Hezbollah.", "relations": [
        {"subject": "Iran", "relation": "funds", "object": "Hamas", "modality": "asserted", "required": True,
         "subject_alts": ["Tehran"], "object_alts": []},
        {"subject": "Syria", "relation": "funds", "object": "Hezbollah", "modality": "asserted", "required": True}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf8")
    out = tmp_path / "out"
    assert main(["extract", "-i", str(gold), "-o", str(out), "--no-progress"]) == EXIT_OK
    capsys.readouterr()
    assert main(["eval", "-g", str(gold), "-p", str(out), "--rows", "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)["relations"]
    assert (report["tp"], report["fn"]) == (1, 1) and report["misses"][0]["object"] == "Hezbollah"
    assert main(["explain", "-g", str(gold), "-p", str(out)]) == EXIT_OK
    text = capsys.readouterr().out
    assert text.startswith("1 missed rows in 1 groups") and "funds(Syria, Hezbollah)" in text
    assert "mails (no rule)" in text
    ids = tmp_path / "ids.txt"
    ids.write_text("r1\n", encoding="utf8")
    assert main(["explain", "-g", str(gold), "-p", str(out), "--exclude-ids", str(ids)]) == EXIT_USAGE
    assert "no relation annotations" in capsys.readouterr().err
