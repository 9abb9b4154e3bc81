"""Assemble the full pipeline: base spaCy model + our components + their rule data.

``build_nlp(config)`` is the single source of truth: the batch job uses it,
and ``python -m pipeline build-model`` saves its result under ``models/`` so a
notebook's ``spacy.load`` (after ``import pipeline.components``) gives exactly
the annotations the batch job writes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers our factories)
from pipeline import __version__
from pipeline.config import STAGES, ComponentConfig, ConfigError, PipelineConfig, Stage

META_KEY = "news_pipeline"


# The base model's rule components and the factories of their fast subclasses (pipeline.components.model_rules).
FAST_RULES = {"attribute_ruler": "news_fast_attribute_ruler", "lemmatizer": "news_fast_lemmatizer"}


def rule_factories(base: str, fast: bool) -> dict[str, str]:
    """spaCy config overrides giving the base model's rule components the fast (or the stock) factories.

    Only components made by one of the two factories are switched; the English lemmatizer's subclass only
    in an English model. Their settings and serialised data are the stock ones, so either loads them.
    """
    path = spacy.util.get_package_path(base) if spacy.util.is_package(base) else Path(base)
    meta = spacy.util.get_model_meta(path)
    if spacy.util.is_package(base):
        path = path / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    swap = FAST_RULES if fast else {fast_name: stock for stock, fast_name in FAST_RULES.items()}
    if meta["lang"] != "en":
        swap = {name: factory for name, factory in swap.items() if "lemmatizer" not in name}
    components = spacy.util.load_config(path / "config.cfg")["components"]
    return {
        f"components.{name}.factory": swap[comp["factory"]]
        for name, comp in components.items()
        if comp.get("factory") in swap
    }


def load_base(config: PipelineConfig) -> Language:
    """The base model, its rule components the fast or the stock classes (``model.fast_rules``)."""
    try:
        overrides = rule_factories(config.model.base, config.model.fast_rules)
        nlp = spacy.load(config.model.base, exclude=config.model.exclude, config=overrides)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model '{config.model.base}' is not installed or not a pipeline folder. "
            "Run 'make .venv' to install the pinned model, or set model.base in the config."
        ) from exc
    nlp.max_length = config.model.max_length
    return nlp


def add_component(nlp: Language, comp: ComponentConfig, data: dict | None = None) -> None:
    """Add ``comp``; its rule data is ``data`` when given, else read from ``comp.data``."""
    where = {"before": comp.before} if comp.before else {}
    try:
        nlp.add_pipe(comp.factory or comp.name, name=comp.name, config=dict(comp.settings), **where)
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"cannot add component '{comp.name}': {exc}") from exc
    if data is not None:
        nlp.get_pipe(comp.name).set_data(data)
    elif comp.data is not None:
        nlp.get_pipe(comp.name).initialize(nlp=nlp, path=comp.data)


def build_nlp(config: PipelineConfig, data: dict[str, dict] | None = None) -> Language:
    """The full pipeline described by ``config``, rule data loaded.

    ``data`` (component name -> rule data, as :func:`rule_data` returns it)
    replaces reading ``configs/``: how worker processes on other machines get
    exactly the client's rules.
    """
    nlp = load_base(config)
    for comp in config.components:
        add_component(nlp, comp, (data or {}).get(comp.name))
    nlp.meta[META_KEY] = {
        "pipeline_version": __version__,
        "rules": rule_versions(nlp),
        "fingerprints": stage_fingerprints(nlp, config),
    }
    return nlp


def build_rules(config: PipelineConfig) -> Language:
    """Our components and their rule data on a blank pipeline, without the model's weights.

    The blank pipeline has the base model's language, name and version, so
    :func:`stage_fingerprints` and :func:`rule_data` give what they give for
    :func:`build_nlp`: what a run needs to plan its work, in a fraction of
    the time. Never use it to process text.
    """
    base = config.model.base
    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(base) if spacy.util.is_package(base) else Path(base))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"spaCy model '{base}' is not installed or not a pipeline folder. "
            "Run 'make .venv' to install the pinned model, or set model.base in the config."
        ) from exc
    nlp = spacy.blank(meta["lang"])
    nlp.meta.update({key: meta[key] for key in ("lang", "name", "version")})
    for comp in config.components:
        add_component(nlp, comp.model_copy(update={"before": None}))
    return nlp


def rule_versions(nlp: Language) -> dict[str, str]:
    """component name -> rule-set version, for every rule component."""
    return {name: pipe.version for name, pipe in nlp.pipeline if hasattr(pipe, "version")}


def rule_data(nlp: Language) -> dict[str, dict]:
    """component name -> loaded rule data, for every rule component."""
    return {name: pipe.data for name, pipe in nlp.pipeline if getattr(pipe, "data", None) is not None}


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def stage_fingerprints(nlp: Language, config: PipelineConfig) -> dict[Stage, str]:
    """A hash per stage of everything that determines its output.

    The ner stage depends on the base model and the ner-stage components'
    data; relations and quotes depend on the ner fingerprint plus their own
    components' data and code (:func:`code_digest`: a rule stage re-runs from
    the stored Docs, so a code change costs no parse). A stage whose
    fingerprint is unchanged need not re-run.
    """
    base = {"model": model_name(nlp), "max_length": config.model.max_length, "code": __version__}

    def digest(stage: Stage, upstream: dict) -> str:
        parts = {**upstream}
        for comp in config.components:
            if comp.stage != stage:
                continue
            pipe = nlp.get_pipe(comp.name)
            parts[comp.name] = {"settings": comp.settings, "data": getattr(pipe, "data", None)}
            if stage != "ner":
                parts[comp.name]["code"] = code_digest(type(pipe).__module__)
        blob = json.dumps(parts, sort_keys=True, default=str).encode("utf8")
        return hashlib.sha256(blob).hexdigest()[:16]

    ner = digest("ner", base)
    fingerprints: dict[Stage, str] = {"ner": ner}
    for stage in STAGES[1:]:
        fingerprints[stage] = digest(stage, {"ner": ner})
    return fingerprints


PACKAGE_ROOT = Path(__file__).parent
# "import a.b" and "from a.b import c, d" (the names maybe in parentheses over several lines)
IMPORT = re.compile(r"^\s*(?:import\s+([\w.]+)|from\s+([\w.]+)\s+import\s+(\([^)]*\)|[^\n]*))", re.M)


@functools.cache
def code_digest(module: str, root: Path = PACKAGE_ROOT) -> str:
    """A hash of the source of ``module`` and of every module of this package it imports, directly or not.

    Imports are read from the source files (at any depth, so imports inside functions count; one named in
    a docstring's example counts too, which only hashes a file more), not from what happens to be loaded;
    a module's packages count with it.
    Modules outside the package (spaCy, the standard library) are not covered. ``root`` is the package's folder.
    """
    sources: dict[str, str] = {}
    todo = [module]
    while todo:
        name = todo.pop()
        top, *parts = name.split(".")
        if name in sources or top != root.name:
            continue
        path = root.joinpath(*parts)
        files = [path.with_suffix(".py"), path / "__init__.py"] if parts else [root / "__init__.py"]
        found = next((f for f in files if f.is_file()), None)
        if found is None:  # "from package.module import Name": Name is no module
            continue
        sources[name] = source = found.read_text("utf8")
        todo += [name.rpartition(".")[0]]  # importing a module runs its package's __init__ first
        for imported, origin, names in IMPORT.findall(source):
            if imported:
                todo.append(imported)
            else:
                words = re.sub(r"#.*", "", names).strip("() \n").split(",")
                todo += [origin] + [f"{origin}.{word.split()[0]}" for word in words if word.strip()]
    blob = "".join(f"{name}\0{sources[name]}\0" for name in sorted(sources)).encode("utf8")
    return hashlib.sha256(blob).hexdigest()[:16]


def save_model(nlp: Language, path: str | Path) -> Path:
    path = Path(path)
    nlp.meta["name"] = "news_pipeline"
    nlp.to_disk(path)
    return path
