"""Engines: where the tasks of a run are processed.

- ``local`` with one worker: in this process;
- ``local`` with N workers: N worker processes on this machine, forked from
  this one with the pipeline already loaded (on Linux);
- ``dask``: the workers of a Dask cluster — an existing one (``--scheduler
  ADDRESS``) or a LocalCluster of N single-threaded worker processes.

Every engine maps :func:`run_task` (the same stage code) over the tasks and
yields results as they finish, with at most two tasks per worker in flight, so
memory does not grow with the corpus. A Dask (or spawned) worker process
builds one :class:`~pipeline.worker.Extractor` — the model loaded once, from
the package installed on the worker, never pickled — from the configuration
and the rule data shipped by the client. The client (this process) writes all
output.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from pipeline.config import ConfigError, PipelineConfig
from pipeline.worker import LOCK, configure_worker, extractor, run_task

if TYPE_CHECKING:
    from pipeline.tasks import PartResult, Task

ENGINES = ("local", "dask")
IN_FLIGHT_PER_WORKER = 2


class WorkersLost(RuntimeError):
    """No worker is left to run the remaining tasks."""

def _die_with_parent(parent: int) -> None:
    """Forked-worker initializer: the kernel kills this worker when the main process dies.

    A forked worker holds its own copy of the task queue's write end, so it
    would otherwise wait for tasks forever once the main process is killed.
    Ctrl-C is the main process's to handle (it stops the workers): a worker
    ignores SIGINT, so it prints no traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the main process died before prctl
        os._exit(1)


def bounded(submit, collect, tasks: Iterable[Task], window: int) -> Iterator[Any]:
    """Submit ``tasks`` keeping at most ``window`` in flight; yield results as they finish."""
    pending: set = set()
    for task in tasks:
        pending.add(submit(task))
        if len(pending) >= window:
            done, pending = collect(pending)
            yield from (f.result() for f in done)
    while pending:
        done, pending = collect(pending)
        yield from (f.result() for f in done)


# -- engines ---------------------------------------------------------------------------


class LocalEngine:
    def __init__(self, config: PipelineConfig, data: dict[str, dict], workers: int) -> None:
        self.setup = (config, data)
        self.workers = workers

    def map(self, tasks: Iterable[Task]) -> Iterator[PartResult]:
        configure_worker(*self.setup)  # this process: runs the tasks itself, or is forked
        if self.workers == 1:
            yield from map(run_task, tasks)
            return
        if sys.platform.startswith("linux"):  # fork is unsafe on macOS and absent on Windows
            with LOCK:
                extractor()  # load the pipeline once, here: forked workers inherit it
            pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("fork"),
                initializer=_die_with_parent, initargs=(os.getpid(),),
            )
        else:
            pool = ProcessPoolExecutor(self.workers, initializer=configure_worker, initargs=self.setup)
        try:
            yield from bounded(
                lambda task: pool.submit(run_task, task),
                lambda pending: wait(pending, return_when=FIRST_COMPLETED),
                tasks,
                IN_FLIGHT_PER_WORKER * self.workers,
            )
        except BrokenProcessPool as exc:
            raise WorkersLost(
                "a worker process died (killed, or out of memory): run the same command again, with fewer "
                "--workers or a smaller --batch-size if memory is short; the parts committed so far are kept"
            ) from exc
        except BaseException:  # Ctrl-C, or the caller stopped: do not finish the parts in flight
            for process in list((pool._processes or {}).values()):  # no public way before Python 3.14
                process.terminate()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def make_engine(name: str, config: PipelineConfig, data: dict[str, dict], scheduler: str | None = None) -> Any:
    """The engine ``name`` (``local`` or ``dask``) for ``config.run.workers`` workers and rule ``data``."""
    if name not in ENGINES:
        raise ConfigError(f"unknown engine '{name}': choose from {', '.join(ENGINES)}")
    if scheduler and name != "dask":
        raise ConfigError("--scheduler is for --engine dask")
    if name == "local":
        return LocalEngine(config, data, config.run.workers)
    try:
        from pipeline.dask_engine import DaskEngine
    except ImportError as exc:
        raise ConfigError("--engine dask needs dask[distributed]: pip install 'news-actor-pipeline[dask]'") from exc
    return DaskEngine(config, data, config.run.workers, scheduler)
