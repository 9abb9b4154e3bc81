"""Shared test helpers.

Rule tests build Docs by hand (``make_doc``) so they run without the
statistical model; tests marked ``slow`` load the real model once per session.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import pipeline.components  # noqa: F401  (registers factories and Doc extensions)
from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.docs import strict_units

REPO = Path(__file__).resolve().parent.parent
#: ../shared beside the checkout; NEWS_SHARED overrides it (e.g. from a git worktree elsewhere)
SHARED = Path(os.environ.get("NEWS_SHARED") or REPO.parent / "shared")
SEEDS_DIR = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds.jsonl"
REAL_DEV = SHARED / "gold" / "real" / "relations_dev.jsonl"  # real-news passages: the record is article and gold
WIKINEWS = SHARED / "corpus" / "wikinews" / "articles.jsonl"

_VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def linker():
    """The actor linker initialised from configs/actors.yaml on a blank English pipeline (no model)."""
    nlp = spacy.blank("en", vocab=_VOCAB)
    pipe = nlp.add_pipe("actor_linker")
    pipe.initialize(path=REPO / "configs" / "actors.yaml")
    return pipe


@pytest.fixture(scope="module")
def gazetteer():
    """The repository's actor gazetteer (configs/actors.yaml)."""
    return Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml"))


@pytest.fixture(autouse=True)
def _strict_units(request):
    """Every test runs with guarded() strict: a rule that raises fails the test instead of skipping a unit.

    Tests of the skipping itself (and whole-pipeline runs that must behave as
    in production) are marked ``lenient``.
    """
    with strict_units(not request.node.get_closest_marker("lenient")):
        yield


def make_doc(
    words: list[str],
    *,
    heads: list[int] | None = None,
    deps: list[str] | None = None,
    pos: list[str] | None = None,
    tags: list[str] | None = None,
    lemmas: list[str] | None = None,
    ents: list[str] | None = None,
    spaces: list[bool] | None = None,
    sent_starts: list[bool | None] | None = None,
) -> Doc:
    """A Doc from words with absolute ``heads`` and IOB ``ents`` ("B-ORG", "O", ...).

    ``spaces`` defaults to a space after every word except before punctuation.
    """
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", ";", ":", "'s", "’s", "?", "!", ")"} for i in range(len(words))]
    if heads is not None and deps is None:
        deps = ["dep"] * len(words)
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas if lemmas is not None else ([w.lower() for w in words] if pos else None),
        ents=ents,
        sent_starts=sent_starts,
    )
    return doc


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline from configs/ (slow: loads the real model)."""
    from pipeline.config import load_config
    from pipeline.nlp import build_nlp

    return build_nlp(load_config())


@pytest.fixture(scope="session")
def quote_rules():
    """The quote rules compiled from configs/quotes/ (no model)."""
    from pipeline.components.quotes import QuoteExtractor

    component = QuoteExtractor(spacy.blank("en"), "quote_extractor")
    component.initialize(path=REPO / "configs" / "quotes")
    return component.rules


def require_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus and gold sit beside the project checkout in CI only")
    return path
