"""News actor pipeline: entities -> canonical actors, relations and quotes, as Parquet.

The package is organised by concern:

- ``records``     the small typed records every extractor yields;
- ``docs``        Doc extensions and helpers shared by the components;
- ``components``  spaCy components (registered factories) that read rule data from ``configs/``;
- ``actors``, ``relations``, ``quotes``  the pure extraction logic behind the components;
- ``config``      the validated run configuration;
- ``nlp``         assembles base model + components into one ``Language``;
- ``readers``, ``store``, ``tables``  input, output and Arrow schemas;
- ``runner``      orchestration of the staged batch job; ``cli`` is the command line;
- ``evaluate``    the gold scorer.
"""

__version__ = "0.1.0"
