"""spaCy components of this project. Importing this package registers every factory."""

from pipeline.components import actors, coref, layout, model_rules, quotes, relations, scorer  # noqa: F401
