"""Actors across the 293 real Wikinews articles (slow; needs ../shared).

Analysts group and count by actor across articles: one real-world entity must
appear under one actor name, and non-actors must not be actors.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
import pytest

from pipeline.runner import run_extract
from tests.conftest import WIKINEWS, require_shared

pytestmark = pytest.mark.slow

#: texts that are never actors, whatever the article: a time zone, a disease, platforms, a policy; a ship-tracking
#: system, a species, the Sun, a star and a film introduced by a kind noun ("the star AB Aurigae", actors.v14)
NEVER_ACTORS = {"UTC", "COVID-19", "Twitter", "YouTube", "Brexit", "WN", "Automatic Identification System", "AIS",
                "Neandertals", "Neandertal", "Sun", "AB Aurigae", "Black Panther"}


@pytest.fixture(scope="module")
def entities(tmp_path_factory):
    require_shared(WIKINEWS)
    out = tmp_path_factory.mktemp("wikinews")
    summary = run_extract([WIKINEWS], out, stages=["ner"])
    assert summary.n_failed == 0, summary.failed
    return pd.read_parquet(out / "entities.parquet")


def test_actors_wikinews_no_qid_under_two_actor_names(entities):
    names = defaultdict(set)
    for qid, actor in entities[entities["actor_qid"].notna()][["actor_qid", "actor"]].itertuples(index=False):
        names[qid].add(actor)
    assert names, "no actor with a QID at all: the linker did not run"
    assert {q: sorted(n) for q, n in names.items() if len(n) > 1} == {}


def test_actors_wikinews_non_actors_are_no_actors(entities):
    actors = set(entities["actor"].dropna())
    assert actors, "no actors at all: the linker did not run"
    assert sorted(actors & NEVER_ACTORS) == []
