"""A demonym on a non-state group noun is no actor ("Colombian guerrillas", "a Lebanese militia", "Afghan
insurgents": people of that nationality, not the state), while a state's troops, soldiers and government stay the
state (hand-built parses of invented sentences, no statistical model)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.components.relations import RelationExtractor
from tests.conftest import REPO
from tests.relations_fixture import RULES_DIR, parse, triples

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


UNIT_TRAINS = """
    {owner}
    Unit       NNP nsubj 4
    900        CD  nummod 2
    trains/train VBZ ROOT 4
    the        DT  det   6
    Houthis    NNPS dobj 4 ORG:Houthis
    .          .   punct 4
"""


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        # an actor's unit or cell stands for the actor ("the group's Unit 900 trains ...")
        ("Hezbollah NNP poss 2 ORG:Hezbollah\n    's POS case 0", {("Hezbollah", "trains", "Houthis", "asserted")}),
        # trap: a unit of nobody named is no actor
        ("The DT det 2\n    new JJ amod 2", set()),
    ],
)
def test_relations_nonstate_groups_an_actors_unit_is_the_actor(owner, expected):
    assert triples(parse(UNIT_TRAINS.format(owner=owner))) == expected


SIDE = """
    Moscow     NNP nsubj 1 GPE:Russia
    backs/back VBZ ROOT  1
    {demonym}  JJ  amod  3 NORP:{actor}
    {noun}     NNS dobj  1
    .          .   punct 1
"""


@pytest.mark.parametrize(
    ("demonym", "actor", "noun", "expected"),
    [
        # a de-facto state's demonym on a non-state group noun names its side (actors.v16: "Abkhaz separatists")
        ("Abkhaz", "Abkhazia", "separatists", {("Russia", "backs", "Abkhazia")}),
        ("Transnistrian", "Transnistria", "rebels", {("Russia", "backs", "Transnistria")}),
        # trap: a state's stays no actor with the same gazetteer
        ("Georgian", "Georgia", "rebels", set()),
        ("Moldovan", "Moldova", "separatists", set()),
    ],
)
def test_relations_nonstate_groups_a_de_facto_states_demonym_names_its_side(demonym, actor, noun, expected):
    ext = RelationExtractor(spacy.blank("en"), "relation_extractor")
    ext.initialize(path=RULES_DIR)
    ext.use_gazetteer(Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml")))
    doc = ext(parse(SIDE.format(demonym=demonym, actor=actor, noun=noun)))
    assert {(r.subject, r.relation, r.object) for r in doc._.relations} == expected


DEPLOYMENT = """
    Niger      NNP nsubj 1 GPE:Niger
    denied/deny VBD ROOT 1
    any        DT  det   3
    deployment NN  dobj  1
    of         IN  prep  3
    Russian    JJ  amod  6 NORP:Russia
    {noun}     NNS pobj  4
    .          .   punct 1
"""

DEPLOYMENT_FROM = """
    Niger      NNP nsubj 1 GPE:Niger
    denied/deny VBD ROOT 1
    any        DT  det   3
    deployment NN  dobj  1
    of         IN  prep  3
    mercenaries NNS pobj 4
    from       IN  prep  5
    the        DT  det   9
    Wagner     NNP compound 9 ORG:Wagner_Group
    group      NN  pobj  6
    .          .   punct 1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a denied deployment of people of a nationality ties the denier to no state
        (DEPLOYMENT.format(noun="mercenaries"), set()),
        # ... the group they come from is whom it ties the denier to
        (DEPLOYMENT_FROM, {("Niger", "denies", "Wagner Group", "asserted")}),
        # trap: a state's troops are the state
        (DEPLOYMENT.format(noun="troops"), {("Niger", "denies", "Russia", "asserted")}),
    ],
)
def test_relations_nonstate_groups_in_a_denied_tie(table, expected):
    assert triples(parse(table)) == expected
