"""Round 16 (relation_rules.v19, actors.v20; r16args): who the arguments are, kept only where it carried across sets.

A state's army that a description names ("the Azeri army", "the Venezuelan armed forces": the linker's
``owner_institution`` entity) is its state in a row of supply, training or denial, as the gold of every open real-news
set names it; as a side that is backed it stays the army (dev's gold names it there), and so does an army named by its
own name ("the Azerbaijani Armed Forces") and the army of a state whose army fights at home for rule of the state
(``army_at_war_for_rule`` in configs/actors/state_facts.yaml: "the Sudanese army"). Hand-built parses of invented
sentences as en_core_web_sm parses them, each with a trap; the exact rows are asserted.

A name the gazetteer does not know on a thing given is its make, no actor ("Tiger tanks", "munitions (TX-9)"), while
such a name that acts ("Tiger Group sent tanks") stays one."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.actors.gazetteer import state_armies
from pipeline.docs import OWNER_NAMED
from tests.relations_fixture import gazetteer, gazetteer_extractor, parse

OWNER_INSTITUTION = "owner_institution"  # (the linker's rule for "the Rwandan army": pipeline/actors/linking.py)


def rows(doc: Doc) -> set[tuple[str, str, str, str]]:
    return {(r.subject, r.relation, r.object, r.modality) for r in gazetteer_extractor()(doc)._.relations}


# "Norway supplied the Azeri army with rifles."
SUPPLIED_ARMY = """
    Norway               NNP   nsubj        1 GPE:Norway
    supplied/supply      VBD   ROOT         1
    the                  DT    det          4
    Azeri                NNP   compound     4 NORP:Azerbaijan
    army                 NN    dobj         1 ORG:Azerbaijani_Armed_Forces:owner_institution
    with                 IN    prep         1
    rifles/rifle         NNS   pobj         5
    .                    .     punct        1
"""

# trap: "Norway supplied the Sudanese army with rifles." (an army at war at home for rule of the state stays itself)
SUPPLIED_ARMY_AT_WAR = """
    Norway               NNP   nsubj        1 GPE:Norway
    supplied/supply      VBD   ROOT         1
    the                  DT    det          4
    Sudanese             JJ    amod         4 NORP:Sudan
    army                 NN    dobj         1 ORG:Sudanese_Armed_Forces:owner_institution
    with                 IN    prep         1
    rifles/rifle         NNS   pobj         5
    .                    .     punct        1
"""

# "Norway trained the Nigerien army."
TRAINED_ARMY = """
    Norway               NNP   nsubj        1 GPE:Norway
    trained/train        VBD   ROOT         1
    the                  DT    det          4
    Nigerien             NNP   compound     4 NORP:Niger
    army                 NN    dobj         1 ORG:Niger_Armed_Forces:owner_institution
    .                    .     punct        1
"""

# trap: "Eritrea backed the Ethiopian army." (a side that is backed: the army)
BACKED_ARMY = """
    Eritrea              NNP   nsubj        1 GPE:Eritrea
    backed/back          VBD   ROOT         1
    the                  DT    det          4
    Ethiopian            JJ    amod         4 NORP:Ethiopia
    army                 NN    dobj         1 ORG:Ethiopian_National_Defense_Force:owner_institution
    .                    .     punct        1
"""

# "The Venezuelan armed forces sent rifles to the Colombian guerrillas of the ELN." (the army that supplies)
ARMY_SUPPLIES = """
    The                  DT    det          3
    Venezuelan           JJ    amod         3 NORP:Venezuela
    armed                JJ    amod         3 ORG:Bolivarian_National_Armed_Forces_of_Venezuela:owner_institution
    forces/force         NNS   nsubj        4 ORG:Bolivarian_National_Armed_Forces_of_Venezuela:owner_institution
    sent/send            VBD   ROOT         4
    rifles/rifle         NNS   dobj         4
    to                   IN    dative       4
    the                  DT    det          8
    ELN                  NNP   pobj         6 ORG:National_Liberation_Army
    .                    .     punct        4
"""


@pytest.mark.parametrize(
    "table, expected",
    [
        (SUPPLIED_ARMY, {("Norway", "funds", "Azerbaijan", "asserted")}),
        (SUPPLIED_ARMY_AT_WAR, {("Norway", "funds", "Sudanese Armed Forces", "asserted")}),
        (TRAINED_ARMY, {("Norway", "trains", "Niger", "asserted")}),
        (BACKED_ARMY, {("Eritrea", "backs", "Ethiopian National Defense Force", "asserted")}),
        (ARMY_SUPPLIES, {("Venezuela", "funds", "National Liberation Army", "asserted")}),
    ],
)
def test_arguments_described_army_is_its_state_in_supply_training_denial(table, expected):
    assert rows(parse(table)) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        # the army's own name (a gazetteer form): "Norway supplied the Azerbaijani Armed Forces with rifles"
        (SUPPLIED_ARMY, {("Norway", "funds", "Azerbaijani Armed Forces", "asserted")}),
        (TRAINED_ARMY, {("Norway", "trains", "Niger Armed Forces", "asserted")}),
    ],
)
def test_arguments_named_army_stays_the_army(table, expected):
    assert rows(parse(table.replace(":owner_institution", ""))) == expected


@pytest.mark.parametrize(
    "army, expected",
    [
        ("Azerbaijani Armed Forces", "Azerbaijan"),
        ("Niger Armed Forces", "Niger"),
        ("Sudanese Armed Forces", None),  # trap: a side of a war at home for rule of the state
        ("Tatmadaw", None),  # trap: the same
        ("Libyan National Army", None),  # trap: a leader's force, no state's
    ],
)
def test_gazetteer_state_armies(army, expected):
    assert dict(state_armies(gazetteer())).get(army) == expected


def test_docs_owner_institution_is_owner_named():
    assert OWNER_INSTITUTION in OWNER_NAMED


# "Norway sent Tiger tanks to Moldova." (a make of tanks, no actor; "to" hung on the tanks)
MAKE_OF_TANKS = """
    Norway               NNP   nsubj        1 GPE:Norway
    sent/send            VBD   ROOT         1
    Tiger                NNP   compound     3 ORG:Tiger:model
    tanks/tank           NNS   dobj         1
    to                   IN    prep         3
    Moldova              NNP   pobj         4 GPE:Moldova
    .                    .     punct        1
"""

# trap: "Tiger Group sent tanks to Moldova." (a company the gazetteer does not know, the sender: an actor)
COMPANY_SENDS_TANKS = """
    Tiger                NNP   compound     1 ORG:Tiger_Group:model
    Group                NNP   nsubj        2 ORG:Tiger_Group:model
    sent/send            VBD   ROOT         2
    tanks/tank           NNS   dobj         2
    to                   IN    dative       2
    Moldova              NNP   pobj         4 GPE:Moldova
    .                    .     punct        2
"""

# "Norway supplied smart munitions (TX-9) to Moldova." (a make in parentheses after the thing)
MAKE_IN_PARENTHESES = """
    Norway               NNP   nsubj        1 GPE:Norway
    supplied/supply      VBD   ROOT         1
    smart                JJ    amod         3
    munitions/munition   NNS   dobj         1
    (                    -LRB- punct        5
    TX-9                 NNP   appos        3 ORG:TX-9:model
    )                    -RRB- punct        5
    to                   IN    dative       1
    Moldova              NNP   pobj         7 GPE:Moldova
    .                    .     punct        1
"""


@pytest.mark.parametrize(
    "table, expected",
    [
        (MAKE_OF_TANKS, {("Norway", "funds", "Moldova", "asserted")}),
        (COMPANY_SENDS_TANKS, {("Tiger Group", "funds", "Moldova", "asserted")}),
        (MAKE_IN_PARENTHESES, {("Norway", "funds", "Moldova", "asserted")}),
    ],
)
def test_arguments_make_of_a_thing_is_no_actor(table, expected):
    assert rows(parse(table)) == expected
