"""Incremental runs equal clean runs: unchanged, changed, new and vanished documents; rule changes."""

from __future__ import annotations

import shutil

import pytest

from pipeline.config import REPO_ROOT, ConfigError, load_config
from pipeline.nlp import META_KEY, build_nlp, build_rules, code_digest, rule_data, stage_fingerprints
from pipeline.runner import run_extract
from tests.runner_support import ARTICLES, assert_same_tables, bump_rule_version, read_tables, write_jsonl

pytestmark = pytest.mark.slow


def _mtimes(folder):
    return {p: p.stat().st_mtime_ns for p in folder.rglob("*.parquet") if p.is_file()} | {
        p: p.stat().st_mtime_ns for p in (folder / "docs").iterdir()
    }


@pytest.fixture(scope="module")
def config():
    return load_config(batch_size=3)


@pytest.fixture
def changed_configs(tmp_path):
    """A copy of configs/ whose relation rules have a new version."""
    folder = shutil.copytree(REPO_ROOT / "configs", tmp_path / "configs")
    bump_rule_version(folder / "relations")
    return load_config(folder / "pipeline.yaml", batch_size=3)


def test_runner_unchanged_rerun_parses_nothing_and_touches_no_file(tmp_path, config):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    first = run_extract([corpus], tmp_path / "out", config)
    before = _mtimes(tmp_path / "out")
    again = run_extract([corpus], tmp_path / "out", config)
    assert (again.n_new, again.n_reused, again.n_words) == (0, len(ARTICLES), 0)
    assert _mtimes(tmp_path / "out") == before
    # the output still holds the failed document: the exit status stays non-zero
    assert (again.n_ok, again.n_failed, again.rows) == (first.n_ok, first.n_failed, first.rows)
    assert again.n_failed == 1


def test_runner_changed_new_and_vanished_documents_equal_a_clean_run(tmp_path, config):
    run_extract([write_jsonl(tmp_path / "in.jsonl", ARTICLES)], tmp_path / "out", config)
    by_id = {a["id"]: dict(a) for a in ARTICLES}
    by_id["a2"]["text"] = by_id["a2"]["text"].replace("March", "April")
    by_id["a4"]["title"] = "A new headline"  # metadata only: no re-parse
    del by_id["a8"]  # vanished from the input: its rows go
    v2 = list(by_id.values()) + [
        {"id": "b1", "text": "Turkey hosted the talks. \"Nothing is agreed,\" the Turkish minister said."},
        {"id": "b2", "text": "Hamas fighters crossed into Israel from Gaza."},
    ]
    corpus = write_jsonl(tmp_path / "in.jsonl", v2)
    summary = run_extract([corpus], tmp_path / "out", config)
    assert (summary.n_new, summary.n_reused) == (3, 6)
    run_extract([corpus], tmp_path / "clean", config)
    assert_same_tables(tmp_path / "out", tmp_path / "clean")
    assert "a8" not in set(read_tables(tmp_path / "out")["entities"]["doc_id"])


def test_runner_rule_change_reruns_only_that_stage(tmp_path, config, changed_configs):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    run_extract([corpus], tmp_path / "out", config)
    before = _mtimes(tmp_path / "out")
    summary = run_extract([corpus], tmp_path / "out", changed_configs)
    assert summary.n_new == 0
    after = _mtimes(tmp_path / "out")
    rewritten = {p.parent.name for p in after if after[p] != before[p]}
    assert rewritten == {"relations.parquet", "documents.parquet"}
    run_extract([corpus], tmp_path / "clean", changed_configs)
    assert_same_tables(tmp_path / "out", tmp_path / "clean")


def test_runner_code_change_reruns_only_that_stage(tmp_path, config, monkeypatch):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    run_extract([corpus], tmp_path / "out", config)
    before = _mtimes(tmp_path / "out")
    monkeypatch.setattr(
        "pipeline.nlp.code_digest", lambda module: code_digest(module) + ("-edited" if module.endswith(".quotes") else "")
    )
    monkeypatch.setattr("pipeline.worker._EXTRACTOR", None)  # as in a new process, where the edited code runs
    summary = run_extract([corpus], tmp_path / "out", config)
    after = _mtimes(tmp_path / "out")
    assert summary.n_new == 0
    assert {p.parent.name for p in after if after[p] != before[p]} == {"quotes.parquet", "documents.parquet"}


def test_runner_stages_run_one_by_one_equal_a_full_run(tmp_path, config):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    for stages in (["ner"], ["relations"], ["quotes"]):
        run_extract([corpus], tmp_path / "staged", config, stages)
    run_extract([corpus], tmp_path / "full", config)
    assert_same_tables(tmp_path / "staged", tmp_path / "full")


def test_runner_rule_stage_alone_refuses_docs_from_other_ner_rules(tmp_path, config):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:2])
    run_extract([corpus], tmp_path / "out", config)
    folder = shutil.copytree(REPO_ROOT / "configs", tmp_path / "configs")
    layout = folder / "layout.yaml"
    layout.write_text(layout.read_text(encoding="utf8").replace("version: ", "version: changed-", 1), encoding="utf8")
    with pytest.raises(ConfigError, match="run the 'ner' stage"):
        run_extract([corpus], tmp_path / "out", load_config(folder / "pipeline.yaml"), ["relations"])


def test_runner_two_workers_equal_one(tmp_path):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    run_extract([corpus], tmp_path / "one", load_config(batch_size=2, workers=1))
    run_extract([corpus], tmp_path / "two", load_config(batch_size=2, workers=2))
    assert_same_tables(tmp_path / "two", tmp_path / "one")


def test_runner_rule_stage_named_alone_reruns_on_every_part(tmp_path, config):
    """--stages relations re-runs the stage on every part, whatever the fingerprints say."""
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    run_extract([corpus], tmp_path / "out", config)
    before = _mtimes(tmp_path / "out")
    summary = run_extract([corpus], tmp_path / "out", config, ["relations"])
    after = _mtimes(tmp_path / "out")
    assert {p.parent.name for p in after if after[p] != before[p]} == {"relations.parquet", "documents.parquet"}
    assert summary.n_words > 0


def test_runner_document_whose_parse_failed_is_retried(tmp_path, config):
    short = config.model_copy(update={"model": config.model.model_copy(update={"max_length": 200})})
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    first = run_extract([corpus], tmp_path / "out", short)
    too_long = sum(len(a["text"]) > 200 for a in ARTICLES)
    assert first.n_failed == too_long + 1  # and the whitespace-only article
    again = run_extract([corpus], tmp_path / "out", short)
    assert (again.n_new, again.n_reused) == (too_long, len(ARTICLES) - too_long)
    run_extract([corpus], tmp_path / "clean", short)
    assert_same_tables(tmp_path / "out", tmp_path / "clean")


def test_runner_plans_with_the_fingerprints_and_rules_of_the_full_pipeline(config):
    """Runs plan from build_rules (no model weights); it must agree with the pipeline that does the work."""
    rules, full = build_rules(config), build_nlp(config)
    assert stage_fingerprints(rules, config) == full.meta[META_KEY]["fingerprints"]
    assert rule_data(rules) == rule_data(full)


def test_runner_with_qids_fills_known_actors():
    from types import SimpleNamespace

    from pipeline.worker import with_qids

    qids = {"Iran": "Q794"}
    info = lambda name: SimpleNamespace(qid=qids[name]) if name in qids else None  # noqa: E731
    rows = with_qids("relations", [{"subject": "Iran", "object": "Kettleworth Trust"}], info)
    assert rows == [{"subject": "Iran", "object": "Kettleworth Trust", "subject_qid": "Q794", "object_qid": None}]
    assert with_qids("quotes", [{"speaker": None}], info) == [{"speaker": None, "speaker_qid": None}]


def test_runner_announces_the_total_the_progress_bar_counts_to(tmp_path, config):
    """on_total (the progress bar's total, hence its ETA) equals the documents rows the parts then report."""
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)

    def run(*args):
        totals, rows = [], []
        run_extract([corpus], tmp_path / "out", *args, on_part=lambda r: rows.append(r.tables["documents"].num_rows),
                    on_total=totals.append)
        return totals, sum(rows)

    assert run(config) == ([len(ARTICLES)], len(ARTICLES))
    assert run(config) == ([0], 0)  # unchanged: nothing to do
    by_id = {a["id"]: dict(a) for a in ARTICLES}
    by_id["a2"]["text"] += " A later sentence."  # one changed document: its old part is rewritten, it is parsed anew
    write_jsonl(corpus, list(by_id.values()))
    totals, rows = run(config)
    assert totals == [rows] and rows == 1 + 2  # the new copy, and the other two rows of a2's old part of 3
