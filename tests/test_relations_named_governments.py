"""A government coreference names by its seat or recognition (coref.v9) keeps that name in relation rows
(relation_rules.v15): the seat after it ("... government in Tripoli") already decided whom it names, so the relation
layer's reading of a government's seat as its state ("the regime in Syria") is not applied to it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Ankara backs Libya's recognised government in Tripoli."
BACKS_THE_GOVERNMENT_IN_TRIPOLI = """
    Ankara                 NNP   nsubj        1 GPE:Turkey
    backs/back             VBZ   ROOT         1
    Libya                  NNP   poss         5 GPE:Libya
    's                     POS   case         2
    recognised/recognise   VBN   amod         5
    government             NN    dobj         1
    in                     IN    prep         5
    Tripoli                NNP   pobj         6 GPE:Libya
    .                      .     punct        1
"""

# "Cairo armed the regime in Damascus."
ARMED_THE_REGIME_IN_DAMASCUS = """
    Cairo                  NNP   nsubj        1 GPE:Egypt
    armed/arm              VBD   ROOT         1
    the                    DT    det          3
    regime                 NN    dobj         1
    in                     IN    prep         3
    Damascus               NNP   pobj         4 GPE:Syria
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    "table, coref, expected",
    [
        # the named government coreference found
        (BACKS_THE_GOVERNMENT_IN_TRIPOLI, ((2, 6, "Government of National Accord", "named_government"),),
         {("Turkey", "backs", "Government of National Accord", "asserted")}),
        # trap: the same phrase read as the state's (a plain modifier) stays the state
        (BACKS_THE_GOVERNMENT_IN_TRIPOLI, ((2, 6, "Libya", "modifier"),), {("Turkey", "backs", "Libya", "asserted")}),
        # a description coreference guessed wrong: the seat still names the state
        (ARMED_THE_REGIME_IN_DAMASCUS, ((2, 4, "Iran", "description"),), {("Egypt", "funds", "Syria", "asserted")}),
    ],
)
def test_relations_named_governments_keep_their_name(table, coref, expected):
    assert triples(parse(table, coref)) == expected
