"""Crash safety: a run killed mid-way and started again ends equal to a clean run.

The first test kills a real ``python -m pipeline extract`` with SIGKILL; the
second stops an incremental update at every file write in turn (a process can
die between any two renames) and checks the next run repairs the output.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import REPO_ROOT, load_config
from pipeline.runner import run_extract
from pipeline.store import OutputStore
from tests.runner_support import ARTICLES, assert_same_tables, leftovers, read_tables, write_jsonl

pytestmark = pytest.mark.slow


def _extract(corpus, out, *extra):
    return [sys.executable, "-m", "pipeline", "extract", "-i", str(corpus), "-o", str(out),
            "--batch-size", "2", "--no-progress", *extra]


def _committed(out) -> int:
    folder = out / "documents.parquet"
    return len(list(folder.glob("part-*.parquet"))) if folder.exists() else 0


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


def _kill_after_parts(cmd, out, parts: int, timeout: float = 120) -> bool:
    """Start ``cmd``; SIGKILL it once ``parts`` more parts are committed. False if it finished first.

    Its worker processes must die with it, not linger as orphans.
    """
    start = _committed(out)
    proc = subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if _committed(out) >= start + parts:
            workers = _children(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            time.sleep(1)
            assert all(_gone(w) for w in workers), "worker processes outlived the killed run"
            return True
        time.sleep(0.005)
    proc.kill()
    proc.wait()
    return False


@pytest.mark.parametrize("workers", [1, 2])
def test_runner_killed_run_resumes_to_a_clean_result(tmp_path, workers):
    readable = [a for a in ARTICLES if a["text"].strip()]
    articles = [{**a, "id": f"{a['id']}-{i}"} for i in range(6) for a in readable] + [ARTICLES[6]]
    corpus = write_jsonl(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out"
    kills = sum(_kill_after_parts(_extract(corpus, out, "-w", str(workers)), out, parts) for parts in (1, 3))
    assert kills >= 1, "the run finished before it could be killed: make the corpus larger"
    done = subprocess.run(_extract(corpus, out, "-w", str(workers)), cwd=REPO_ROOT, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # the whitespace-only article failed
    assert "reused" in done.stdout
    assert leftovers(out) == []
    documents = read_tables(out)["documents"]
    assert not documents["doc_id"].duplicated().any()
    run_extract([corpus], tmp_path / "clean", load_config(batch_size=2))
    assert_same_tables(out, tmp_path / "clean")


class _Died(BaseException):
    """Stands for the process dying between two file writes."""


@pytest.mark.parametrize("writes_before_death", [1, 2, 3, 4, 6])
def test_runner_update_stopped_at_any_write_is_repaired_by_the_next_run(tmp_path, monkeypatch, writes_before_death):
    config = load_config(batch_size=4)
    run_extract([write_jsonl(tmp_path / "in.jsonl", ARTICLES)], tmp_path / "out", config)
    changed = [dict(a) for a in ARTICLES if a["id"] != "a3"]  # a3 vanishes from part 0
    changed[0]["text"] += " Russia denied the claim."  # a1 changes: its old rows go, it is parsed anew
    corpus = write_jsonl(tmp_path / "in.jsonl", changed)

    real = OutputStore._atomic_write
    count = 0

    def dying_write(self, final, write):
        nonlocal count
        count += 1
        if count > writes_before_death:
            raise _Died
        real(self, final, write)

    monkeypatch.setattr(OutputStore, "_atomic_write", dying_write)
    with pytest.raises(_Died):
        run_extract([corpus], tmp_path / "out", config)
    monkeypatch.undo()
    run_extract([corpus], tmp_path / "out", config)
    run_extract([corpus], tmp_path / "clean", config)
    assert_same_tables(tmp_path / "out", tmp_path / "clean")
