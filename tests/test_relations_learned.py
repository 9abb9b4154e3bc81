"""The learned pair scorer (docs/relations.md, "Learned pairs") on hand-built parses of invented sentences: the
candidate pairs and their features (path, word classes, roles, hyphen words), training (deterministic, learns a
separable table), the component (a row above the threshold, none below, none for a pair a rule made) and the
errors for a missing or malformed model file."""

from __future__ import annotations

import json

import pytest
import spacy

from pipeline.components.scorer import RelationScorer, load_scorer_data
from pipeline.relations import Grammar
from pipeline.relations.learned import (
    CLASSES, FEATURE_SET, MODEL_VERSION, ModelError, PairModel, WordClasses, model_from_json, sentence_pairs, train,
)
from pipeline.ruledata import RuleDataError
from tests.relations_fixture import RULES_DIR, extractor, parse

FINANCES = """
    Ruritania     NNP nsubj 1 GPE:Ruritania
    finances/finance VBZ ROOT 1
    the           DT  det   4
    Red           NNP compound 4 ORG:Red_Brigade
    Brigade       NNP dobj  1 ORG:Red_Brigade
    .             .   punct 1
"""
RECEIVES = """
    The           DT  det   2
    Red           NNP compound 2 ORG:Red_Brigade
    Brigade       NNP nsubj 3 ORG:Red_Brigade
    receives/receive VBZ ROOT 3
    rifles/rifle  NNS dobj  3
    from          IN  prep  3
    Ruritania     NNP pobj  5 GPE:Ruritania
    .             .   punct 3
"""
HYPHEN = """
    They          PRP nsubj 1
    met/meet      VBD ROOT  1
    the           DT  det   7
    Ruritania     NNP npadvmod 5 GPE:Ruritania
    -             HYPH punct 5
    backed/back   VBN amod  7
    Red           NNP compound 7 ORG:Red_Brigade
    Brigade       NNP dobj  1 ORG:Red_Brigade
    .             .   punct 1
"""
POSSESSOR = """
    Ruritania     NNP poss  2 GPE:Ruritania
    's            POS case  0
    support/support NN nsubj 3
    helps/help    VBZ ROOT  3
    the           DT  det   6
    Red           NNP compound 6 ORG:Red_Brigade
    Brigade       NNP dobj  3 ORG:Red_Brigade
    .             .   punct 3
"""
THROUGH = """
    Ruritania     NNP nsubj 1 GPE:Ruritania
    praises/praise VBZ ROOT 1
    the           DT  det   4
    Red           NNP compound 4 ORG:Red_Brigade
    Brigade       NNP dobj  1 ORG:Red_Brigade
    ,             ,   punct 4
    which         WDT nsubj 7
    admires/admire VBZ relcl 4
    the           DT  det   10
    Blue          NNP compound 10 ORG:Blue_Guard
    Guard         NNP dobj  7 ORG:Blue_Guard
    .             .   punct 1
"""
ADMIRES = """
    Ruritania     NNP nsubj 1 GPE:Ruritania
    admires/admire VBZ ROOT 1
    the           DT  det   4
    Red           NNP compound 4 ORG:Red_Brigade
    Brigade       NNP dobj  1 ORG:Red_Brigade
    .             .   punct 1
"""
ALONE = """
    Ruritania     NNP nsubj 1 GPE:Ruritania
    admires/admire VBZ ROOT 1
    Ruritania     NNP dobj  1 GPE:Ruritania
    .             .   punct 1
"""


def _classes() -> WordClasses:
    return WordClasses(extractor().rules)


def _pairs(table: str) -> dict[tuple[str, str], frozenset[str]]:
    doc = parse(table)
    g = Grammar(doc, extractor().rules)
    return {(p.subject.actor, p.object.actor): frozenset(p.features) for s in doc.sents for p in sentence_pairs(s, g, _classes())}


def test_learned_pairs_every_ordered_pair_of_distinct_actors():
    assert set(_pairs(FINANCES)) == {("Ruritania", "Red Brigade"), ("Red Brigade", "Ruritania")}
    assert len(_pairs(THROUGH)) == 6
    assert _pairs(ALONE) == {}  # one actor twice: no pair


@pytest.mark.parametrize("table, pair, expected", [
    # the path's labels with direction, its length, the common head, the roles, the cue class on the path
    (FINANCES, ("Ruritania", "Red Brigade"),
     {"shape:<nsubj >dobj", "len:2", "h:finance", "sr:nsubj", "or:dobj", "c:cue.funds", "order:so", "cs:<nsubj", "co:>dobj"}),
    (FINANCES, ("Red Brigade", "Ruritania"), {"shape:<dobj >nsubj", "sr:dobj", "or:nsubj", "order:os"}),
    # a preposition's object names its preposition; a theme class in the sentence
    (RECEIVES, ("Ruritania", "Red Brigade"), {"sr:pobj.from", "or:nsubj", "prep:from", "sc:weapons_nouns", "len:3"}),
    # a hyphen word after a mention, with its classes
    (HYPHEN, ("Ruritania", "Red Brigade"), {"shy:back", "shyc:cue.backs"}),
    # a possessor and the noun it owns, with the noun's classes
    (POSSESSOR, ("Ruritania", "Red Brigade"), {"sr:poss", "sh:support", "shc:support_nouns", "w:support"}),
    # a path through another actor's mention; no cue word on it
    (THROUGH, ("Ruritania", "Blue Guard"), {"through_other", "nocue", "len:4-5"}),
])
def test_learned_pair_features(table, pair, expected):
    feats = _pairs(table)[pair]
    assert expected <= feats, sorted(expected - feats)


def test_learned_pair_features_no_other_actor_on_a_direct_path():
    assert "through_other" not in _pairs(THROUGH)[("Ruritania", "Red Brigade")]
    assert "nocue" in _pairs(ADMIRES)[("Ruritania", "Red Brigade")]


TABLE = [(("bias", "a", "x"), "funds"), (("bias", "a", "y"), "funds"), (("bias", "b", "x"), "none"),
         (("bias", "b", "y"), "none"), (("bias", "c", "x"), "backs"), (("bias", "c", "y"), "backs")]


def test_learned_training_is_deterministic():
    one, two = train(TABLE, min_count=1), train(TABLE, min_count=1)
    assert one.weights == two.weights and one.training["sha256"] == two.training["sha256"]


def test_learned_training_learns_a_separable_table():
    model = train(TABLE, min_count=1, l2=0.1)
    assert model.predict(("bias", "a")) [0] == "funds" and model.predict(("bias", "a"))[1] > 0.8
    assert model.predict(("bias", "c"))[0] == "backs" and model.predict(("bias", "c"))[1] > 0.8
    assert model.probabilities(("bias", "b"))[CLASSES.index("none")] > 0.8


def test_learned_training_rejects_unknown_labels():
    with pytest.raises(ValueError, match="not among"):
        train([(("a",), "likes")])


def test_learned_model_json_round_trip():
    model = train(TABLE, min_count=1)
    again = model_from_json(json.loads(json.dumps(model.to_json())), "test")
    assert again.predict(("bias", "a"))[0] == "funds" and again.version == MODEL_VERSION


def _model(weights: dict[str, dict[str, float]], threshold: float = 0.5) -> dict:
    rows = {f: [w.get(c, 0.0) for c in CLASSES] for f, w in weights.items()}
    return {"version": MODEL_VERSION, "feature_set": FEATURE_SET, "classes": list(CLASSES), "threshold": threshold,
            "training": {}, "weights": rows}


def _scorer(model: dict, threshold: float, enabled: bool = True) -> RelationScorer:
    nlp = spacy.blank("en")
    nlp.add_pipe("relation_extractor").initialize(path=RULES_DIR)
    scorer = nlp.add_pipe("relation_scorer")
    scorer.set_data({"version": MODEL_VERSION, "enabled": enabled, "threshold": threshold, "model": model})
    return scorer


def _rows(scorer: RelationScorer, table: str):
    doc = parse(table)
    scorer.nlp.get_pipe("relation_extractor")(doc)
    return scorer(doc)._.relations


ADMIRE_BACKS = _model({"h:admire": {"backs": 6.0}, "sr:nsubj": {"backs": 1.0}, "sr:dobj": {"backs": -8.0}})


def test_learned_component_adds_a_row_above_the_threshold():
    rows = _rows(_scorer(ADMIRE_BACKS, 0.9), ADMIRES)
    assert [(r.subject, r.relation, r.object, r.modality, r.rule, r.rules_version) for r in rows] == [
        ("Ruritania", "backs", "Red Brigade", "asserted", "learned.pair", MODEL_VERSION)]
    doc = parse(ADMIRES)
    assert doc.text[rows[0].object_start : rows[0].object_end] == "Red Brigade"
    assert rows[0].cue == "admires"  # (no cue word on the path: the common head)


def test_learned_component_adds_nothing_below_the_threshold_or_disabled():
    assert _rows(_scorer(ADMIRE_BACKS, 0.9999), ADMIRES) == []
    assert _rows(_scorer(ADMIRE_BACKS, 0.5, enabled=False), ADMIRES) == []


def test_learned_component_leaves_a_pair_a_rule_made():
    model = _model({"h:finance": {"backs": 9.0}, "sr:dobj": {"backs": 9.0}})
    rows = _rows(_scorer(model, 0.5), FINANCES)
    assert {(r.subject, r.relation, r.object, r.rule.split(".")[0]) for r in rows} == {
        ("Ruritania", "funds", "Red Brigade", "funds")}


def test_learned_component_reads_its_settings_and_model(tmp_path):
    (tmp_path / "m.json").write_text(json.dumps(_model({"bias": {}}, 0.7)), encoding="utf8")
    (tmp_path / "learned.yaml").write_text("enabled: true\nthreshold: null\nmodel: m.json\n", encoding="utf8")
    data = load_scorer_data(tmp_path / "learned.yaml")
    assert data["enabled"] and data["threshold"] == 0.7 and data["version"] == MODEL_VERSION


@pytest.mark.parametrize("content, message", [
    (None, "does not exist"),
    ("{not json", "cannot read model file"),
    (json.dumps({"version": MODEL_VERSION}), "lacks"),
    (json.dumps({**_model({}), "classes": ["none", "funds"]}), "classes"),
    (json.dumps({**_model({}), "threshold": 1.5}), "threshold"),
    (json.dumps({**_model({}), "weights": {"a": [1.0]}}), "numeric weights"),
    (json.dumps({**_model({}), "version": "relation_model.v0"}), "retrain"),
])
def test_learned_component_rejects_a_missing_or_malformed_model(tmp_path, content, message):
    if content is not None:
        (tmp_path / "m.json").write_text(content, encoding="utf8")
    (tmp_path / "learned.yaml").write_text("enabled: true\nthreshold: 0.9\nmodel: m.json\n", encoding="utf8")
    with pytest.raises(RuleDataError, match=message):
        load_scorer_data(tmp_path / "learned.yaml")


def test_learned_model_from_json_names_the_file():
    with pytest.raises(ModelError, match="where.json"):
        model_from_json([], "where.json")


def test_learned_model_predicts_a_relation_never_none():
    model = PairModel(CLASSES, {"bias": (5.0, 0.0, 0.0, 1.0, 0.0)}, 0.5)
    assert model.predict(("bias",))[0] == "backs"


def test_learned_written_model_loads_back(tmp_path):
    from pipeline.training import write_model

    write_model(train(TABLE, min_count=1, threshold=0.8), tmp_path / "m.json")
    (tmp_path / "learned.yaml").write_text("enabled: true\nthreshold: null\nmodel: m.json\n", encoding="utf8")
    data = load_scorer_data(tmp_path / "learned.yaml")
    assert data["threshold"] == 0.8 and model_from_json(data["model"], "m").predict(("bias", "a"))[0] == "funds"


def test_learned_component_switched_off_loads_without_a_model(tmp_path):
    (tmp_path / "learned.yaml").write_text("enabled: false\nthreshold: null\nmodel: m.json\n", encoding="utf8")
    data = load_scorer_data(tmp_path / "learned.yaml")
    assert data["model"] is None and not data["enabled"]
    assert _rows(_scorer(None, 0.5, enabled=False), ADMIRES) == []
    with pytest.raises(RuleDataError, match="no model"):
        _scorer(None, 0.5, enabled=True)


def test_learned_training_labels_pairs_from_the_gold_by_strict_names_and_evidence():
    from pipeline.evaluate import GoldDoc
    from pipeline.training import IGNORE, pair_labels

    doc = parse(FINANCES)
    g = Grammar(doc, extractor().rules)
    sent = next(iter(doc.sents))
    pairs = {(p.subject.actor, p.object.actor): p for p in sentence_pairs(sent, g, _classes())}
    forward, backward = pairs[("Ruritania", "Red Brigade")], pairs[("Red Brigade", "Ruritania")]

    def gold(**row):
        return GoldDoc.model_validate({"doc_id": "t", "relations": [{"relation": "funds", "modality": "asserted", **row}]})

    named = gold(subject="Ruritanian government", subject_alts=["Ruritania"], object="the Red Brigade",
                 evidence="finances the Red Brigade")
    assert pair_labels(forward, sent, named) == ["funds"]  # an alt name; "the" dropped
    assert pair_labels(backward, sent, named) == ["none"]  # the other direction states nothing
    elsewhere = gold(subject="Ruritania", object="Red Brigade", evidence="a sentence of another paragraph")
    assert pair_labels(forward, sent, elsewhere) == ["funds"]  # (evidence not in the text: any sentence)
    optional = gold(subject="Ruritania", object="Red Brigade", required=False)
    assert pair_labels(forward, sent, optional) == [IGNORE]


def test_learned_training_threshold_keeps_the_precision_or_adds_nothing():
    from pipeline.training import choose_threshold

    cv = {"thresholds": {0.5: {"added": 10, "added_precision": 0.5}, 0.7: {"added": 4, "added_precision": 0.95},
                         0.9: {"added": 0, "added_precision": None}}}
    assert choose_threshold(cv, 0.9) == 0.7
    assert choose_threshold(cv, 0.99) == 1.0


def test_learned_training_folds_keep_a_page_together():
    from pipeline.training import fold_of

    pages = [f"https://example.org/story-{k}" for k in range(200)]
    assert [fold_of(p, 5) for p in pages] == [fold_of(p, 5) for p in pages]
    assert set(fold_of(p, 5) for p in pages) == set(range(5))


def _article(k: int, table: str, relations: list[dict]):
    from pipeline.evaluate import GoldDoc
    from pipeline.training import article

    gold = GoldDoc.model_validate({"doc_id": f"d{k}", "source_url": f"https://example.org/page-{k}", "relations": relations})
    return article(gold, parse(table), extractor().rules, _classes())


ADMIRED = [{"subject": "Ruritania", "relation": "backs", "object": "Red Brigade", "modality": "asserted"}]


def test_learned_training_samples_nested_shares_of_whole_pages():
    from pipeline.training import sample_pages

    arts = [_article(k, ADMIRES, []) for k in range(8)] + [_article(0, ADMIRES, [])]  # two passages of page-0
    quarter, half = sample_pages(arts, 0.25, 7), sample_pages(arts, 0.5, 7)
    assert len({a.group for a in quarter}) == 2 and len({a.group for a in half}) == 4
    assert {a.group for a in quarter} <= {a.group for a in half}  # nested
    assert all(sum(b.group == a.group for b in half) == sum(b.group == a.group for b in arts) for a in half)
    assert [a.doc_id for a in sample_pages(arts, 0.5, 7)] == [a.doc_id for a in half]  # the seed decides
    assert sample_pages(arts, 1.0, 7) == arts


def test_learned_training_cross_validates_a_pool_and_scores_its_parts():
    from pipeline.training import cross_validate

    admired = [_article(k, ADMIRES, ADMIRED) for k in range(10)]
    financed = [_article(k, FINANCES, [{**ADMIRED[0], "relation": "funds"}]) for k in range(10, 16)]
    cv = cross_validate(admired + financed, [], _classes(), [0.5], folds=3, fraction=0.5,
                        parts={"admired": admired, "financed": financed})
    assert cv["documents"] == 16 and cv["fraction"] == 0.5
    parts = cv["parts"]
    assert [parts[p]["documents"] for p in ("admired", "financed")] == [10, 6]
    assert parts["financed"]["rules"]["tp"] == 6 and parts["admired"]["rules"]["tp"] == 0  # the rules' share
    whole, by_part = cv["thresholds"][0.5], [parts[p]["thresholds"][0.5] for p in parts]
    assert whole["added"] == sum(m["added"] for m in by_part) > 0  # the model adds the admired pairs' rows
    assert whole["tp"] == sum(m["tp"] for m in by_part)
    assert by_part[0]["added_right"] == by_part[0]["added"]


@pytest.mark.parametrize("fraction", ["0", "1.5"])
def test_learned_training_rejects_a_share_of_pages_outside_0_to_1(tmp_path, capsys, fraction):
    from pipeline.cli import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf8")
    argv = ["train-relations", "--gold", str(gold), "--pool", str(gold), "--docs", str(tmp_path), "--fraction", fraction]
    assert main(argv) != 0
    assert "--fraction" in capsys.readouterr().err
