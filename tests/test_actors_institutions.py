"""Institutions named through their owner ("the Rwandan *army*"): an entity of their own for the
entities table, while coreference, relation and quote arguments keep the owner's mention (hand-built
parses, no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.docs import actor_of, argument_entities
from tests.relations_fixture import parse, triples

ARMY_BACKS = """
    the        DT  det   2
    Rwandan    JJ  amod  2 NORP:Rwanda
    army       NN  nsubj 3
    backs/back VBZ ROOT  3
    M23        NNP dobj  3 ORG:M23
    .          .   punct 3
"""


def _with_institution(rule: str):
    doc = parse(ARMY_BACKS)
    doc.ents = sorted([*doc.ents, Span(doc, 2, 3, label="ORG", kb_id="Rwanda Defence Force", span_id=rule)], key=lambda e: e.start)
    return doc


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # named through its owner: the relation names the owner, as FORMAT.md reads "the army"
        ("owner_institution", {("Rwanda", "backs", "M23", "asserted")}),
        ("possessive_institution", {("Rwanda", "backs", "M23", "asserted")}),
        # the same entity from any other rule is the argument itself
        ("gazetteer", {("Rwanda Defence Force", "backs", "M23", "asserted")}),
    ],
)
def test_actors_institutions_relation_arguments_keep_the_owner(rule, expected):
    assert triples(_with_institution(rule)) == expected


def test_actors_institutions_stay_in_the_entities_but_not_among_arguments():
    doc = _with_institution("owner_institution")
    assert [e.kb_id_ for e in doc.ents] == ["Rwanda", "Rwanda Defence Force", "M23"]
    assert [e.kb_id_ for e in argument_entities(doc)] == ["Rwanda", "M23"]
    assert actor_of(doc[2:3]) is None
    assert actor_of(doc[1:2]) == "Rwanda"
