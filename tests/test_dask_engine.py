"""--engine dask: a 2-worker LocalCluster writes the same tables as the local engine."""

from __future__ import annotations

import pytest

from pipeline.config import load_config
from pipeline.runner import run_extract
from tests.runner_support import ARTICLES, assert_same_tables, write_jsonl

pytest.importorskip("distributed", reason="--engine dask needs dask[distributed]")
pytestmark = pytest.mark.slow


def test_dask_engine_equals_local_engine(tmp_path):
    corpus = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    config = load_config(batch_size=2, workers=2)
    summary = run_extract([corpus], tmp_path / "dask", config, engine="dask")
    run_extract([corpus], tmp_path / "local", load_config(batch_size=2))
    assert (summary.n_new, summary.n_failed) == (len(ARTICLES), 1)
    assert_same_tables(tmp_path / "dask", tmp_path / "local")
    # an incremental re-run on the cluster: nothing to parse
    assert run_extract([corpus], tmp_path / "dask", config, engine="dask").n_new == 0
