"""--engine dask: a 2-worker LocalCluster writes the same tables as the local engine; a cluster left with no worker fails the run."""

from __future__ import annotations

import threading
import time

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


def _sleepy_task(task):
    time.sleep(5)
    return task


def test_dask_engine_fails_once_every_worker_is_gone(monkeypatch):
    """The scheduler would wait for a worker forever; the run fails after WORKER_TIMEOUT_S instead (no model)."""
    from distributed import LocalCluster

    from pipeline import dask_engine
    from pipeline.engines import WorkersLost

    monkeypatch.setattr(dask_engine, "run_task", _sleepy_task)
    monkeypatch.setattr(dask_engine, "WORKER_TIMEOUT_S", 2.0)
    monkeypatch.setattr(dask_engine, "POLL_S", 0.2)
    cluster = LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=":0")
    try:
        engine = dask_engine.DaskEngine(load_config(), {}, 1, cluster.scheduler_address)
        threading.Timer(1.0, cluster.scale, (0,)).start()  # every worker leaves while a task runs
        started = time.monotonic()
        with pytest.raises(WorkersLost, match=r"every Dask worker of the cluster at \S+ is gone \(none for 2 s\)"):
            list(engine.map(range(3)))
        assert time.monotonic() - started < 30
    finally:
        cluster.close()
