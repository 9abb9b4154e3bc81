"""Shared plumbing for components whose behaviour is rule data.

Following spaCy's own rule components (SpanRuler, EntityRuler):

- rule data is read from ``configs/`` in ``initialize(path=...)`` — never
  pasted into code or into the pipeline config;
- the loaded data is a JSON-able dict carrying a ``version`` name (for example
  ``relation_rules.v1``) that every output row repeats;
- ``to_disk``/``from_disk`` carry the data inside a built model, so
  ``spacy.load("models/...")`` needs no ``configs/`` folder;
- a bad rule fails at load time naming the rule; an empty rule set warns.

A subclass implements ``load_data(path) -> dict`` (read and validate the files)
and ``compile()`` (build matchers from ``self.data``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ruledata import RuleDataError

__all__ = ["RuleDataError", "RuleSetComponent"]


class RuleSetComponent:
    data_file = "rules.json"

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.data: dict[str, Any] | None = None

    # -- to implement -----------------------------------------------------
    def load_data(self, path: Path) -> dict[str, Any]:
        raise NotImplementedError

    def compile(self) -> None:
        """Build matchers or lookups from ``self.data``."""

    # -- lifecycle ----------------------------------------------------------
    @property
    def version(self) -> str:
        return self.require_data()["version"]

    def require_data(self) -> dict[str, Any]:
        if self.data is None:
            raise RuleDataError(
                f"component '{self.name}' has no rule data: build the pipeline with "
                "pipeline.nlp.build_nlp() or load a model saved by 'python -m pipeline build-model'"
            )
        return self.data

    def initialize(self, get_examples=None, *, nlp: Language | None = None, path: str | Path) -> None:
        path = Path(path)
        if not path.exists():
            raise RuleDataError(f"component '{self.name}': rule data {path} does not exist")
        self.set_data(self.load_data(path))

    def set_data(self, data: dict[str, Any]) -> None:
        if not isinstance(data.get("version"), str) or not data["version"]:
            raise RuleDataError(f"component '{self.name}': rule data has no 'version' name")
        self.data = data
        self.compile()

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.json_dumps(self.require_data()).encode("utf8")

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.set_data(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / self.data_file, self.require_data())

    def from_disk(self, path: str | Path, *, exclude=tuple()):
        self.set_data(srsly.read_json(Path(path) / self.data_file))
        return self

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError
