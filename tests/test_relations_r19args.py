"""Round 19 (relation_rules.v23, r19args): who the arguments are, kept only where it carried to a set nobody read.

A force noun with an adjective of allegiance names whose forces they are (``arguments.Grammar._loyal``,
``vocab/loyalty_adjectives.txt``): "The UAE armed fighters loyal to Haftar" arms Haftar's side, named by the
leader. Traps: a cause is no actor ("fighters loyal to the revolution"), and an ally's forces are their own
("fighters allied with Haftar" names no one through "allied"). Hand-built parses of invented sentences as
en_core_web_sm parses them; the exact rows are asserted, so a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "The UAE armed fighters loyal to Haftar."
LOYAL_TO_LEADER = """
    The            DT    det       1
    UAE            NNP   nsubj     2 GPE:United_Arab_Emirates
    armed/arm      VBD   ROOT      2
    fighters/fighter NNS dobj      2
    loyal          JJ    amod      3
    to             IN    prep      4
    Haftar         NNP   pobj      5 PERSON:Khalifa_Haftar
    .              .     punct     2
"""
# "Turkey trained militias answerable to the GNA."
ANSWERABLE_TO_GOVERNMENT = """
    Turkey         NNP   nsubj     1 GPE:Turkey
    trained/train  VBD   ROOT      1
    militias/militia NNS dobj      1
    answerable     JJ    amod      2
    to             IN    prep      3
    the            DT    det       6
    GNA            NNP   pobj      4 ORG:Government_of_National_Accord
    .              .     punct     1
"""
# "The UAE armed fighters loyal to the revolution." (a cause, no actor)
LOYAL_TO_CAUSE = """
    The            DT    det       1
    UAE            NNP   nsubj     2 GPE:United_Arab_Emirates
    armed/arm      VBD   ROOT      2
    fighters/fighter NNS dobj      2
    loyal          JJ    amod      3
    to             IN    prep      4
    the            DT    det       7
    revolution     NN    pobj      5
    .              .     punct     2
"""
# "The UAE armed fighters allied with Haftar." (an ally's fighters are their own)
ALLIED_WITH_LEADER = """
    The            DT    det       1
    UAE            NNP   nsubj     2 GPE:United_Arab_Emirates
    armed/arm      VBD   ROOT      2
    fighters/fighter NNS dobj      2
    allied/ally    VBN   acl       3
    with           IN    prep      4
    Haftar         NNP   pobj      5 PERSON:Khalifa_Haftar
    .              .     punct     2
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (LOYAL_TO_LEADER, {("United Arab Emirates", "funds", "Khalifa Haftar", "asserted")}),
        (ANSWERABLE_TO_GOVERNMENT, {("Turkey", "trains", "Government of National Accord", "asserted")}),
        # traps: a cause is nobody; an ally is no owner
        (LOYAL_TO_CAUSE, set()),
        (ALLIED_WITH_LEADER, set()),
    ],
)
def test_arguments_loyal_forces_are_their_leaders(table, expected):
    assert triples(parse(table)) == expected
