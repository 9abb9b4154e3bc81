"""The Dask engine: the same tasks on the workers of a Dask cluster.

Joins an existing cluster (``--scheduler ADDRESS``) or starts a LocalCluster
of ``--workers`` single-threaded worker processes. A worker plugin configures
every worker — those already there and those that join later — with the
client's configuration and rule data; each worker process then loads the
model once, at its first task. Results come back to the client, which writes
the output, so the output folder need only be reachable from the client.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from distributed import Client, LocalCluster, WorkerPlugin, wait
from distributed.scheduler import KilledWorker

from pipeline.config import ConfigError, PipelineConfig
from pipeline.engines import IN_FLIGHT_PER_WORKER, WorkersLost, bounded
from pipeline.worker import configure_worker, run_task

if TYPE_CHECKING:
    from pipeline.tasks import PartResult, Task

PLUGIN_NAME = "news-pipeline"
# A run whose cluster has had no worker for this long fails (the scheduler would wait for one forever).
WORKER_TIMEOUT_S = 60.0
POLL_S = 1.0


class ConfigureWorker(WorkerPlugin):
    def __init__(self, config: PipelineConfig, data: dict[str, dict]) -> None:
        self.args = (config, data)

    def setup(self, worker) -> None:
        configure_worker(*self.args)


class DaskEngine:
    def __init__(self, config: PipelineConfig, data: dict[str, dict], workers: int, scheduler: str | None) -> None:
        self.setup = (config, data)
        self.workers = workers
        self.scheduler = scheduler

    def map(self, tasks: Iterable[Task]) -> Iterator[PartResult]:
        logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO chatter would drown our summary
        cluster = None
        if self.scheduler is None:
            cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.WARNING,
            )
        try:
            with Client(cluster or self.scheduler) as client:
                client.register_plugin(ConfigureWorker(*self.setup), name=PLUGIN_NAME)
                slots = sum(client.nthreads().values())
                if not slots:
                    raise ConfigError(f"the Dask cluster at {self.scheduler} has no workers: start some, then re-run")
                try:
                    yield from bounded(
                        lambda task: client.submit(run_task, task, pure=False),
                        lambda pending: _wait_with_workers(client, pending, self.scheduler),
                        tasks,
                        IN_FLIGHT_PER_WORKER * slots,
                    )
                except KilledWorker as exc:
                    raise WorkersLost(
                        f"Dask workers died running the same part several times ({exc}): give workers more "
                        "memory or use a smaller --batch-size; the parts committed so far are kept"
                    ) from exc
        finally:
            if cluster is not None:
                cluster.close()


def _wait_with_workers(client: Client, pending: set, scheduler: str | None) -> tuple[set, set]:
    """Wait for the first of ``pending`` to finish; fail once the cluster has had no worker for WORKER_TIMEOUT_S."""
    alone_since = None
    while True:
        try:
            done, rest = wait(pending, timeout=POLL_S, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done, rest = set(), pending
        if done:
            return done, rest
        if client.nthreads():
            alone_since = None
            continue
        alone_since = alone_since or time.monotonic()
        if time.monotonic() - alone_since >= WORKER_TIMEOUT_S:
            raise WorkersLost(
                f"every Dask worker of the cluster at {scheduler or 'localhost'} is gone (none for {WORKER_TIMEOUT_S:.0f} s): "
                "start workers and run the same command again; the parts committed so far are kept"
            )
