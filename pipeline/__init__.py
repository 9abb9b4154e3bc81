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

__version__ = "0.1.0"
