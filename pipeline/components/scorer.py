"""relation_scorer: the learned pair scorer after the rules (docs/relations.md, "Learned pairs").

Adds to ``doc._.relations`` a row for a pair of actors mentioned in one sentence that no rule row of the sentence
pairs (any relation, either direction), when the model (:mod:`pipeline.relations.learned`) gives a relation a
probability at or above the threshold. Rows name the rule ``learned.pair`` and the model's version. Configured in
``configs/relations/learned.yaml`` (enabled, threshold, model file); the model travels inside a saved pipeline.
Runs after the relation extractor, whose rules (word classes, modality) it reads.

A second kind of model (round 21): a model file ending in ``.safetensors`` is a fine-tuned relation-pair encoder
(:mod:`pipeline.relations.encoder`; optional, needs torch), scoring the same pairs through the same
:func:`~pipeline.relations.learned.scored_relations`; its rows name the rule ``learned.encoder`` and its version.
Switched on only by the encoder profile (``configs/profiles/encoder.yaml``, ``configs/relations/encoder.yaml``).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent
from pipeline.docs import content_sents, guarded
from pipeline.relations import Grammar
from pipeline.relations.learned import (
    MODEL_VERSION, ModelError, WordClasses, model_from_json, scored_relations, sentence_pairs,
)
from pipeline.ruledata import RuleDataError, read_yaml

EXTRACTOR = "relation_extractor"


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool
    threshold: float | None = Field(default=None, gt=0, le=1)  # None: the model's own (chosen in cross-validation)
    model: str
    base: str | None = None  # an encoder's base model folder (relative to this file); None: the pinned package's
    # an encoder's cheap first pass (round 28: pipeline.relations.encoder.PairScorer); pairs at or above the floor
    # there are read again by the model itself
    screen: Literal["bf16"] | None = None
    screen_floor: float = Field(default=0.5, gt=0, lt=1)


def load_scorer_data(path: Path) -> dict[str, Any]:
    """``learned.yaml`` and the model file it names, validated: {"version", "enabled", "threshold", "model"}. A
    missing model file is an error when the scorer is enabled; switched off, it loads without one ("model": None)."""
    raw = read_yaml(path)
    try:
        settings = _Settings.model_validate(raw)
    except ValidationError as exc:
        raise RuleDataError(f"{path}: invalid scorer settings:\n{exc}") from exc
    model_path = path.parent / settings.model
    if not model_path.exists() and not settings.enabled:
        return {"version": MODEL_VERSION, "enabled": False, "threshold": settings.threshold, "model": None}
    if model_path.suffix == ".safetensors":
        return _encoder_data(path, model_path, settings)
    try:
        model = json.loads(model_path.read_text(encoding="utf8"))
    except FileNotFoundError as exc:
        raise RuleDataError(f"{path}: model file {model_path} does not exist; train it with 'make train' "
                            "(python -m pipeline train-relations) or set enabled: false") from exc
    except (OSError, ValueError) as exc:
        raise RuleDataError(f"{path}: cannot read model file {model_path}: {exc}; retrain it with 'make train'") from exc
    try:
        parsed = model_from_json(model, str(model_path))
    except ModelError as exc:
        raise RuleDataError(str(exc)) from exc
    threshold = settings.threshold if settings.threshold is not None else parsed.threshold
    return {"version": parsed.version, "enabled": settings.enabled, "threshold": threshold, "model": model}


def _encoder(where: str):
    try:
        from pipeline.relations import encoder
    except ImportError as exc:
        raise RuleDataError(f"{where}: the relation encoder cannot load: {exc}") from exc
    return encoder


def _encoder_data(path: Path, model_path: Path, settings: _Settings) -> dict[str, Any]:
    """An encoder model file (its bytes base64 under "encoder", so a saved pipeline carries it)."""
    encoder = _encoder(str(path))
    try:
        data = model_path.read_bytes()
        header = encoder.settings_of(data, str(model_path))
    except FileNotFoundError as exc:
        raise RuleDataError(f"{path}: model file {model_path} does not exist; {encoder.REDO}, or set enabled: false") from exc
    except encoder.EncoderError as exc:
        raise RuleDataError(str(exc)) from exc
    threshold = settings.threshold if settings.threshold is not None else header.get("threshold")
    if threshold is None:
        raise RuleDataError(f"{path}: neither the settings nor {model_path} give a threshold; set threshold:")
    if settings.screen is not None and settings.screen_floor >= threshold:
        raise RuleDataError(f"{path}: screen_floor {settings.screen_floor} is not below the threshold {threshold}: "
                            "a pair the screen puts below the floor would lose its row")
    return {"version": header["version"], "enabled": settings.enabled, "threshold": threshold, "model": None,
            "encoder": base64.b64encode(data).decode("ascii"),
            "base": str(path.parent / settings.base) if settings.base else None,
            "screen": settings.screen, "screen_floor": settings.screen_floor}


class RelationScorer(RuleSetComponent):
    data_file = "relation_scorer.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        return load_scorer_data(path / "learned.yaml" if path.is_dir() else path)

    def compile(self) -> None:
        data = self.require_data()
        self._classes: tuple[Any, WordClasses] | None = None  # (the extractor's rules, their word classes)
        if data.get("encoder") is not None:
            where = f"component '{self.name}'"
            encoder = _encoder(where)
            try:
                self.model = encoder.load_scorer(base64.b64decode(data["encoder"]), where, data.get("base"),
                                                 data.get("screen"), data.get("screen_floor", 0.5))
            except encoder.EncoderError as exc:
                raise RuleDataError(str(exc)) from exc
            return
        if data["enabled"] and data["model"] is None:
            raise RuleDataError(f"component '{self.name}' is enabled but has no model: train one with 'make train'")
        try:
            self.model = model_from_json(data["model"], f"component '{self.name}'") if data["model"] is not None else None
        except ModelError as exc:
            raise RuleDataError(str(exc)) from exc

    def __call__(self, doc: Doc) -> Doc:
        data = self.require_data()
        if not data["enabled"]:
            return doc
        if EXTRACTOR not in self.nlp.pipe_names:
            raise RuleDataError(f"component '{self.name}' needs the '{EXTRACTOR}' component before it in the pipeline")
        rules = self.nlp.get_pipe(EXTRACTOR).rules
        if self._classes is None or self._classes[0] is not rules:
            self._classes = (rules, WordClasses(rules))
        classes = self._classes[1]
        rows = list(doc._.relations or [])
        g = Grammar(doc, rules)

        def add(sent):
            here = [r for r in rows if sent.start_char <= r.evidence_start < sent.end_char]
            pairs = sentence_pairs(sent, g, classes)
            predictions = None
            if data.get("encoder") is not None:  # the encoder scores the pairs no rule row pairs, a sentence at once
                covered = {frozenset((r.subject, r.object)) for r in here}
                pairs = [p for p in pairs if frozenset((p.subject.actor, p.object.actor)) not in covered]
                predictions = self.model.score(sent, pairs, g.mentions_in(sent), classes)
            return scored_relations(sent, pairs, g, self.model, classes, data["threshold"], here, predictions)

        doc._.relations = rows + guarded(doc, self.name, content_sents(doc), add)
        return doc


@Language.factory("relation_scorer", requires=["doc.ents", "token.dep"], assigns=["doc._.relations"])
def make_relation_scorer(nlp: Language, name: str) -> RelationScorer:
    return RelationScorer(nlp, name)
