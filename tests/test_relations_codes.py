"""Event codes (configs/relations/event_codes.yaml) on relation rows: CAMEO and PLOVER by relation type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.relations import compile_ruleset, load_ruleset
from pipeline.ruledata import RuleDataError

RULES = Path(__file__).resolve().parent.parent / "configs" / "relations"


@pytest.fixture(scope="module")
def rules():
    return compile_ruleset(load_ruleset(RULES))


@pytest.mark.parametrize(("relation", "modality", "expected"), [
    ("funds", "asserted", ("070", "AID")),
    ("trains", "reported", ("072", "AID")),
    ("backs", "alleged", ("050", "SUPPORT")),
    ("denies", "asserted", ("016", None)),
    ("funds", "negated", (None, None)),  # no event happened: nothing to join
    ("denies", "negated", (None, None)),
])
def test_relations_codes_by_relation_and_modality(rules, relation, modality, expected):
    assert rules.codes(relation, modality) == expected


def test_relations_codes_unknown_relation_is_an_error(tmp_path):
    shutil.copytree(RULES.parent, tmp_path / "configs")  # rules.yaml reaches into ../vocab
    codes = tmp_path / "configs" / "relations" / "event_codes.yaml"
    codes.write_text(codes.read_text() + "  sells: {cameo: '070', plover: AID}\n")
    with pytest.raises(RuleDataError, match="event_codes.yaml"):
        load_ruleset(codes.parent)
