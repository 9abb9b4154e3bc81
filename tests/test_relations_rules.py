"""Loading and validating the relation rules in configs/relations/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.ruledata import RuleDataError
from pipeline.records import RELATION_TYPES
from pipeline.relations import compile_ruleset, load_ruleset
from pipeline.relations.ruleset import LEMMA_CONSTRUCTIONS
from tests.relations_fixture import RULES_DIR


def test_relations_rules_load_versioned_and_expanded():
    data = load_ruleset(RULES_DIR)
    assert data["version"] == "relation_rules.v44"
    assert {rule["relation"] for rule in data["rules"]} == set(RELATION_TYPES)
    for rule in data["rules"]:
        assert rule["id"].startswith(rule["relation"] + ".")
        assert rule["cues"] and not any(cue.startswith("@") for cue in rule["cues"] + rule["themes"])


def test_relations_rules_compile_to_cue_lookups():
    rules = compile_ruleset(load_ruleset(RULES_DIR))
    assert {r.id for r in rules.by_lemma["fund"]} >= {"funds.verb", "funds.hyphen"}
    assert {r.id for r in rules.by_form["proxies"]} == {"backs.role_noun.proxy", "backs.title.proxy", "backs.pattern.use_as"}
    assert all(r.construction in LEMMA_CONSTRUCTIONS for rs in rules.by_lemma.values() for r in rs)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A writable copy of configs/relations (and the shared vocabulary it reads)."""
    shutil.copytree(RULES_DIR, tmp_path / "relations")
    shutil.copytree(RULES_DIR.parent / "vocab", tmp_path / "vocab")
    return tmp_path / "relations"


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf8") as fh:
        fh.write(line + "\n")


def _rule(**fields) -> str:
    return json.dumps(fields)


BAD_RULES = [
    ("unknown construction", _rule(id="funds.telepathy", construction="telepathy", cues=["fund"]), "funds.telepathy"),
    ("themes missing", _rule(id="funds.give_all", construction="give", cues=["give"]), "needs 'themes'"),
    ("unknown vocabulary",
     _rule(id="funds.nominal_x", construction="nominal", cues=["@money_words"], object_preps=["to"]),
     "unknown vocabulary '@money_words'"),
    ("cue not a lowercase word", _rule(id="funds.verb_x", construction="verb", cues=["Fund Money"]), "'Fund Money'"),
    ("duplicate id", _rule(id="funds.verb", construction="verb", cues=["fund"]), "already used"),
    ("id of another relation",
     _rule(id="backs.verb_x", construction="verb", cues=["back"]), "must start with 'funds.'"),
    ("unknown field", _rule(id="funds.verb_y", construction="verb", cues=["fund"], colour="red"), "colour"),
    ("field of another construction", _rule(id="funds.verb_z", construction="verb", cues=["fund"], head_is="object"),
     "'head_is' has no meaning"),
    ("required words on a noun rule",
     _rule(id="funds.nominal_w", construction="nominal", cues=["aid"], object_preps=["to"], requires=["power"]),
     "'requires' only applies to 'verb', 'means', 'denial', 'denial_clause' and 'judged' rules"),
    ("negated object on a verb rule", _rule(id="funds.verb_n", construction="verb", cues=["fund"], negated_object=True),
     "'negated_object' only applies to 'denial', 'denial_clause' and 'uninvolved' rules"),
    ("named subjects of a pattern rule on a verb rule",
     _rule(id="funds.verb_s", construction="verb", cues=["fund"], named_subjects=True),
     "'named_subjects' only applies to 'pattern' rules"),
    ("named objects of a pattern rule on a verb rule",
     _rule(id="funds.verb_o", construction="verb", cues=["fund"], named_objects=True),
     "'named_objects' only applies to 'pattern' rules"),
    ("guard words of a pattern rule on a verb rule",
     _rule(id="funds.verb_u", construction="verb", cues=["fund"], unless=["training"]),
     "'bodies_only' and 'unless' only apply to 'pattern' rules"),
    ("parties' kind of a pattern rule on a verb rule",
     _rule(id="funds.verb_b", construction="verb", cues=["fund"], bodies_only=True),
     "'bodies_only' and 'unless' only apply to 'pattern' rules"),
    ("not JSON", '{"id": "funds.broken", "construction": ', "not valid JSON"),
]


@pytest.mark.parametrize("line, expected", [(b[1], b[2]) for b in BAD_RULES], ids=[b[0] for b in BAD_RULES])
def test_relations_rules_bad_rule_fails_naming_file_and_rule(rules_copy, line, expected):
    _append(rules_copy / "funds.jsonl", line)
    with pytest.raises(RuleDataError) as err:
        load_ruleset(rules_copy)
    assert "funds.jsonl" in str(err.value)
    assert expected in str(err.value)


def test_relations_rules_bad_vocabulary_entry_fails_naming_file_and_line(rules_copy):
    _append(rules_copy / "vocab" / "weapons_nouns.txt", "Rockets!")
    with pytest.raises(RuleDataError, match=r"weapons_nouns\.txt:\d+: vocabulary entry 'Rockets!'"):
        load_ruleset(rules_copy)


def test_relations_rules_empty_vocabulary_fails(rules_copy):
    (rules_copy / "vocab" / "training_nouns.txt").write_text("# nothing yet\n", encoding="utf8")
    with pytest.raises(RuleDataError, match=r"training_nouns\.txt is empty"):
        load_ruleset(rules_copy)


@pytest.mark.parametrize(
    "edit, expected",
    [
        (lambda s: s.replace("  hedge_words: vocab/hedge_words.txt\n", ""), "lacks ['hedge_words']"),
        (lambda s: s.replace("denies.jsonl]", "denies.jsonl, helps.jsonl]"), "named after a relation"),
        (lambda s: s.replace("version: relation_rules.v44", "version: ''"), "version"),
        (lambda s: s.replace("denies.jsonl]", "denies.jsonl]\nextra_key: 1"), "extra_key"),
    ],
    ids=["required vocabulary missing", "rule file of no relation", "empty version", "unknown setting"],
)
def test_relations_rules_bad_settings_fail_naming_the_problem(rules_copy, edit, expected):
    settings = rules_copy / "rules.yaml"
    settings.write_text(edit(settings.read_text(encoding="utf8")), encoding="utf8")
    with pytest.raises(RuleDataError) as err:
        load_ruleset(rules_copy)
    assert "rules.yaml" in str(err.value) or "helps.jsonl" in str(err.value)
    assert expected in str(err.value)
