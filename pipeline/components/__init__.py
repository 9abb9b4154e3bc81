"""spaCy components of this project. Importing this package registers every factory."""

from pipeline.components import actors, coref, layout, quotes, relations, scorer  # noqa: F401
