"""Round 37, read off round 36's opened closed sets (relation_rules.v40).

- Support a sum of money measures is money given, funding (FORMAT.md), not backing: "$60 million in support to X",
  "support of $5 billion to X", "receive $1 billion in support from X", "military assistance of $345 million to X",
  "X's $450 million security assistance to Y" (``constructions.measured_by_sum``: the support noun's theme form is
  "aid" for the verbs of giving and receiving; ``funds.nominal.material`` reads the sum as its theme and
  ``extract.financial_backing`` drops the backing row). Not support beside a sum that measures something else.
- A verb of helping whose means are all training, weapons or money states that relation alone: "helping X with
  training", "helped X with drones and money" (``extract.means_help``); not "supports X with arms" (the backing the
  gold reads beside the supply), nor help with anything else ("with advice and weapons").

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import row, sourced


# "Fooland provided $60 million in support to the Zed Front."
SUM_IN_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        provided/provide   VBD   ROOT        1
        $                  $     quantmod    4
        60                 CD    compound    4
        million            CD    dobj        1
        in                 IN    prep        4
        support            NN    pobj        5
        to                 IN    dative      1
        the                DT    det        10
        Zed                NNP   compound   10 ORG:Zed_Front
        Front              NNP   pobj        7 ORG:Zed_Front
        .                  .     punct       1
"""
# "Fooland also provided support of $5 billion to Barland."
SUPPORT_OF_SUM = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        also               RB    advmod      2
        provided/provide   VBD   ROOT        2
        support            NN    dobj        2
        of                 IN    prep        3
        $                  $     quantmod    7
        5                  CD    compound    7
        billion            CD    pobj        4
        to                 IN    prep        2
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       2
"""
# "Barland will receive $1 billion in support from Fooland."
RECEIVE_SUM_IN_SUPPORT = """
        Barland            NNP   nsubj       2 GPE:Barland
        will               MD    aux         2
        receive            VB    ROOT        2
        $                  $     quantmod    5
        1                  CD    compound    5
        billion            CD    dobj        2
        in                 IN    prep        5
        support            NN    pobj        6
        from               IN    prep        2
        Fooland            NNP   pobj        8 GPE:Fooland
        .                  .     punct       2
"""
# "Fooland announced military assistance of $345 million to Barland."
ASSISTANCE_OF_SUM = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        announced/announce VBD   ROOT        1
        military           JJ    amod        3
        assistance         NN    dobj        1
        of                 IN    prep        3
        $                  $     quantmod    7
        345                CD    compound    7
        million            CD    pobj        4
        to                 IN    prep        3
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       1
"""
# "Zedland questioned Fooland's $450 million security assistance to Barland."
SUM_MODIFIES_ASSISTANCE = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        questioned/question VBD  ROOT        1
        Fooland            NNP   poss        8 GPE:Fooland
        's                 POS   case        2
        $                  $     quantmod    6
        450                CD    compound    6
        million            CD    nummod      8
        security           NN    compound    8
        assistance         NN    dobj        1
        to                 IN    prep        8
        Barland            NNP   pobj        9 GPE:Barland
        .                  .     punct       1
"""
# trap: "Fooland pledged support for Barland, days after approving $300 million for its own army."
SUM_ELSEWHERE = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        pledged/pledge     VBD   ROOT        1
        support            NN    dobj        1
        for                IN    prep        2
        Barland            NNP   pobj        3 GPE:Barland
        ,                  ,     punct       1
        days/day           NNS   npadvmod    7
        after              IN    prep        1
        approving/approve  VBG   pcomp       7
        $                  $     quantmod   11
        300                CD    compound   11
        million            CD    dobj        8
        for                IN    prep        8
        its                PRP$  poss       15
        own                JJ    amod       15
        army               NN    pobj       12
        .                  .     punct       1
"""
# the plain case beside the traps: "Fooland provided political support to the Zed Front."
POLITICAL_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        provided/provide   VBD   ROOT        1
        political          JJ    amod        3
        support            NN    dobj        1
        to                 IN    dative      1
        the                DT    det         7
        Zed                NNP   compound    7 ORG:Zed_Front
        Front              NNP   pobj        4 ORG:Zed_Front
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SUM_IN_SUPPORT, {row("Fooland", "funds", "Zed Front")}),
        (SUPPORT_OF_SUM, {row("Fooland", "funds", "Barland")}),
        (RECEIVE_SUM_IN_SUPPORT, {row("Fooland", "funds", "Barland")}),
        (ASSISTANCE_OF_SUM, {row("Fooland", "funds", "Barland")}),
        (SUM_MODIFIES_ASSISTANCE, {row("Fooland", "funds", "Barland")}),
        (SUM_ELSEWHERE, {row("Fooland", "backs", "Barland")}),  # trap: the sum is the army's
        (POLITICAL_SUPPORT, {row("Fooland", "backs", "Zed Front")}),  # trap: no sum
    ],
    ids=["sum in support", "support of a sum", "receive a sum in support", "assistance of a sum",
         "a sum modifies the assistance", "trap: a sum of something else", "trap: political support"],
)
def test_relations_round37_support_measured_in_money_is_funding(text, expected):
    assert sourced(text) == expected


# "Fooland has been helping the Zed Front with training."
HELPING_WITH_TRAINING = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        been/be            VBN   aux         3
        helping/help       VBG   ROOT        3
        the                DT    det         6
        Zed                NNP   compound    6 ORG:Zed_Front
        Front              NNP   dobj        3 ORG:Zed_Front
        with               IN    prep        3
        training           NN    pobj        7
        .                  .     punct       3
"""
# "Fooland helped the Zed Front with {first} and {second}."
HELPED_WITH_TWO = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        {verb}             VBD   ROOT        1
        the                DT    det         4
        Zed                NNP   compound    4 ORG:Zed_Front
        Front              NNP   dobj        1 ORG:Zed_Front
        with               IN    prep        1
        {first}            NNS   pobj        5
        and                CC    cc          6
        {second}           NN    conj        6
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (HELPING_WITH_TRAINING, {row("Fooland", "trains", "Zed Front")}),
        (HELPED_WITH_TWO.format(verb="helped/help", first="drones/drone", second="money"),
         {row("Fooland", "funds", "Zed Front")}),
        # traps: support keeps its backing beside the supply; help with advice too
        (HELPED_WITH_TWO.format(verb="supported/support", first="arms/arm", second="equipment"),
         {row("Fooland", "funds", "Zed Front"), row("Fooland", "backs", "Zed Front")}),
        (HELPED_WITH_TWO.format(verb="helped/help", first="weapons/weapon", second="advice"),
         {row("Fooland", "funds", "Zed Front"), row("Fooland", "backs", "Zed Front")}),
    ],
    ids=["helping with training", "helped with drones and money", "trap: supported with arms",
         "trap: helped with weapons and advice"],
)
def test_relations_round37_help_by_its_means_states_the_means(text, expected):
    assert sourced(text) == expected
