"""A participle clause on a predicate adjective takes the subject of the copula's clause: "Qatar is heavily
engaged in the war, sending drones to the Sudanese army" -> Qatar funds it (hand-built parses of invented
sentences, no statistical model)."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

ENGAGED = """
    {subject}
    is/be      VBZ ROOT  1
    heavily    RB  advmod 3
    {predicate}
    in         IN  prep  3
    the        DT  det   6
    war        NN  pobj  4
    ,          ,   punct 3
    sending/send VBG advcl 3
    drones     NNS dobj  8
    to         IN  prep  8
    the        DT  det   13
    Sudanese   JJ  amod  13 NORP:Sudan
    army       NN  pobj  10 ORG:Sudanese_Armed_Forces
    .          .   punct 1
"""


@pytest.mark.parametrize(
    ("subject", "predicate", "expected"),
    [
        ("Qatar NNP nsubj 1 GPE:Qatar", "engaged/engage VBN acomp 1", {("Qatar", "funds", "Sudanese Armed Forces", "asserted")}),
        ("Qatar NNP nsubj 1 GPE:Qatar", "involved/involve VBN acomp 1", {("Qatar", "funds", "Sudanese Armed Forces", "asserted")}),
        ("Qatar NNP nsubj 1 GPE:Qatar", "active/active JJ acomp 1", {("Qatar", "funds", "Sudanese Armed Forces", "asserted")}),
        # trap: the copula's subject names no actor
        ("Smuggling NN nsubj 1", "engaged/engage VBN acomp 1", set()),
    ],
)
def test_relations_predicate_participles_take_the_copulas_subject(subject, predicate, expected):
    assert triples(parse(ENGAGED.format(subject=subject, predicate=predicate))) == expected
