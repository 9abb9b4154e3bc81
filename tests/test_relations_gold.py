"""Relations from the real model against gold (slow): the seed articles and our annotated cases."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from pipeline.evaluate import actor_key, gazetteer_names, load_gold, score_relations
from pipeline.readers import read_inputs
from tests.conftest import REPO, SEEDS_DIR, SEEDS_GOLD, require_shared

pytestmark = pytest.mark.slow

CASES_TEXT = REPO / "data" / "raw" / "relation_cases.jsonl"
CASES_GOLD = REPO / "data" / "gold" / "relation_cases.jsonl"
# actor names compared as actors, as the gate does: the gold's "Assad" is the prediction's "Bashar al-Assad"
NAMES = gazetteer_names(REPO / "configs" / "actors.yaml")

# Cases the rules cannot reach because the statistical model or the linker errs first.
KNOWN_GAPS = {
    "rel-006": "the parser attaches 'trains' to 'Ukraine' as a coordinated noun",
    "rel-015": "the tagger reads 'retook' as a noun, so the participle clause has no main clause",
}


def test_relations_seed_gold_targets(nlp):
    """Issue 4: relation F1 on required rows and modality accuracy on matched rows, both at least 0.80."""
    gold = load_gold(require_shared(SEEDS_GOLD))
    predicted = {doc.doc_id: [asdict(r) for r in nlp(doc.text)._.relations] for doc in read_inputs([SEEDS_DIR])}
    report = score_relations(gold, predicted, NAMES)
    assert report["f1"] >= 0.80, report
    assert report["modality_accuracy"] >= 0.80, report


def _cases():
    texts = {row["id"]: row["text"] for row in map(json.loads, CASES_TEXT.read_text(encoding="utf8").splitlines())}
    for doc in load_gold(CASES_GOLD):
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[doc.doc_id], strict=True)] if doc.doc_id in KNOWN_GAPS else []
        yield pytest.param(texts[doc.doc_id], doc, id=doc.doc_id, marks=marks)


@pytest.mark.parametrize("text, gold", list(_cases()))
def test_relations_annotated_case(nlp, text, gold):
    def key(row) -> tuple[str, str, str]:
        return actor_key(row.subject, NAMES), row.relation, actor_key(row.object, NAMES)

    def gold_key(rel) -> tuple[str, str, str]:
        """The gold row's key a predicted row matches, its alternative names included (FORMAT.md), else its own."""
        for g in gold.relations:
            subjects = {actor_key(n, NAMES) for n in (g.subject, *g.subject_alts)}
            objects = {actor_key(n, NAMES) for n in (g.object, *g.object_alts)}
            if g.relation == rel.relation and actor_key(rel.subject, NAMES) in subjects and actor_key(rel.object, NAMES) in objects:
                return key(g)
        return key(rel)

    required = {key(g): g.modality for g in gold.relations if g.required}
    optional = {key(g) for g in gold.relations if not g.required}
    found: dict[tuple[str, str, str], str] = {}
    for rel in nlp(text)._.relations:  # the first row speaks for its triple, as in the scorer
        found.setdefault(gold_key(rel), rel.modality)
    assert {k: v for k, v in found.items() if k not in optional} == required
