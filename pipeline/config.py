"""The run configuration (``configs/pipeline.yaml``), validated with pydantic."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Stage = Literal["ner", "relations", "quotes"]
STAGES: tuple[Stage, ...] = ("ner", "relations", "quotes")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "configs" / "pipeline.yaml"


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the file and key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelConfig(_Strict):
    base: str = Field(min_length=1)
    max_length: int = Field(default=1_000_000, gt=0)
    exclude: list[str] = []
    # The base model's attribute_ruler and lemmatizer run as pipeline.components.model_rules' subclasses: the
    # same Docs, byte for byte, in a fraction of the CPU. False: spaCy's stock classes.
    fast_rules: bool = True


class ComponentConfig(_Strict):
    name: str = Field(min_length=1)
    factory: str | None = None
    stage: Stage
    data: Path | None = None
    before: str | None = None
    settings: dict[str, Any] = {}


class RunConfig(_Strict):
    batch_size: int = Field(default=64, gt=0)
    workers: int = Field(default=1, gt=0)
    # torch's intra-op threads in each process (pipeline.worker.set_torch_threads); None: torch's own default, one
    # per core. Read only when the pipeline loads torch (the encoder profile, a transformer model).
    torch_threads: int | None = Field(default=None, gt=0)


class PipelineConfig(_Strict):
    model: ModelConfig
    components: list[ComponentConfig]
    run: RunConfig = RunConfig()

    @model_validator(mode="after")
    def _unique_names(self) -> "PipelineConfig":
        names = [c.name for c in self.components]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"component names must be unique, repeated: {dupes}")
        return self

    def stage_components(self, stage: Stage) -> list[str]:
        return [c.name for c in self.components if c.stage == stage]


def load_config(path: str | Path | None = None, **run_overrides: Any) -> PipelineConfig:
    """Read, validate and resolve a pipeline config.

    ``data`` paths are resolved relative to the config file. ``run_overrides``
    (e.g. ``workers=2``) replace keys of the ``run`` section when not None.
    """
    path = Path(path) if path else DEFAULT_CONFIG
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with keys model, components, run")
    for comp in raw.get("components") or []:
        if isinstance(comp, dict) and comp.get("data") is not None:
            comp["data"] = str((path.parent / str(comp["data"])).resolve())
    overrides = {k: v for k, v in run_overrides.items() if v is not None}
    if overrides:
        raw["run"] = {**(raw.get("run") or {}), **overrides}
    try:
        return PipelineConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: invalid configuration: {problems}") from exc
