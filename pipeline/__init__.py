"""News actor pipeline: entities -> canonical actors, relations and quotes, as Parquet.

The package is organised by concern:

- ``records``     the small typed records every extractor yields;
- ``docs``        Doc extensions and helpers shared by the components;
- ``components``  spaCy components (registered factories) that read rule data from ``configs/``;
- ``actors``, ``relations``, ``quotes``  the pure extraction logic behind the components;
- ``config``      the validated run configuration;
- ``nlp``         assembles base model + components into one ``Language``;
- ``readers``, ``store``, ``tables``  input, output and Arrow schemas;
- ``tasks``, ``worker``, ``planner``, ``runner``  the staged batch job: its units of
  work, the worker turning one into tables, the incremental plan, the orchestration;
  ``engines`` / ``dask_engine`` run its tasks locally or on Dask;
- ``evaluate``    the gold scorer; ``report`` the HTML report and plots;
  ``cli`` the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"


def load_tables(folder: str | Path, names: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """The tables of an ``extract`` output folder as pandas DataFrames, from committed parts only.

    Safe while a run writes the folder and after a killed run: it reads the
    consistent snapshot :func:`pipeline.store.read_committed` describes.
    ``names``: some of documents, entities, relations, quotes (default: all).
    """
    from pipeline.store import read_committed
    from pipeline.tables import TABLES

    return {name: table.to_pandas() for name, table in read_committed(folder, tuple(names or TABLES)).items()}
