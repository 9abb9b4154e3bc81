"""A demonym on a non-state group noun is no actor ("Colombian guerrillas", "a Lebanese militia", "Afghan
insurgents": people of that nationality, not the state), while a state's troops, soldiers and government stay the
state (hand-built parses of invented sentences, no statistical model)."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

SHELTER = """
    Venezuela  NNP nsubj 2 GPE:Venezuela
    has/have   VBZ aux   2
    denied/deny VBD ROOT 2
    sheltering/shelter VBG amod 5
    Colombian  JJ  amod  5 NORP:Colombia
    {noun}     NNS dobj  2
    .          .   punct 2
"""

ARMS = """
    Tehran     NNP nsubj 1 GPE:Iran
    arms/arm   VBZ ROOT  1
    a          DT  det   4
    Lebanese   JJ  amod  4 NORP:Lebanon
    {noun}     NN  dobj  1
    .          .   punct 1
"""

NEVER_ARMED = """
    Islamabad  NNP nsubj 2 GPE:Pakistan
    never      RB  neg   2
    armed/arm  VBD ROOT  2
    Afghan     JJ  amod  4 NORP:Afghanistan
    {noun}     NNS dobj  2
    .          .   punct 2
"""

FUNDS = """
    Riyadh     NNP nsubj 1 GPE:Saudi_Arabia
    funds/fund VBZ ROOT  1
    the        DT  det   4
    Sudanese   JJ  amod  4 NORP:Sudan
    {noun}     NN  dobj  1
    .          .   punct 1
"""


@pytest.mark.parametrize(
    ("table", "noun", "expected"),
    [
        # non-state group nouns: no row with the demonym's state
        (SHELTER, "guerrillas", set()),
        (SHELTER, "rebels", set()),
        (SHELTER, "dissidents", set()),
        (ARMS, "militia", set()),
        (ARMS, "faction", set()),
        (NEVER_ARMED, "insurgents", set()),
        (NEVER_ARMED, "jihadists", set()),
        (FUNDS, "paramilitary", set()),
        # traps: a state's troops, soldiers, army and government are the state
        (SHELTER, "troops", {("Venezuela", "denies", "Colombia", "asserted")}),
        (NEVER_ARMED, "soldiers", {("Pakistan", "funds", "Afghanistan", "negated")}),
        (FUNDS, "government", {("Saudi Arabia", "funds", "Sudan", "asserted")}),
    ],
)
def test_relations_nonstate_groups_demonym_is_no_actor(table, noun, expected):
    assert triples(parse(table.format(noun=noun))) == expected
