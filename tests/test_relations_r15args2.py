"""Round 15, second wave (relation_rules.v18, r15args2): who the arguments are, kept only where it carried across sets.

A company's hired men and a group's networks stand for the body that modifies them, as troops and cells already did
("Wagner contractors" are the Wagner Group, "the Brotherhood networks" the Muslim Brotherhood: vocab/group_nouns.txt);
a state's demonym on them names no state ("Russian contractors", "Iraqi networks": vocab/nonstate_group_nouns.txt).
Hand-built parses of invented sentences as en_core_web_sm parses them, each with a trap: the exact rows are asserted,
so a wrong party or relation fails as surely as a missing one."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Wagner contractors protect Haftar."
COMPANY_CONTRACTORS = """
    Wagner                 NNP   compound     1 ORG:Wagner_Group
    contractors/contractor NNS   nsubj        2
    protect                VBP   ROOT         2
    Haftar                 NNP   dobj         2 PERSON:Khalifa_Haftar
    .                      .     punct        2
"""

# trap: "Russian contractors protect Haftar." (people of that nationality, no act of Russia's)
DEMONYM_CONTRACTORS = """
    Russian                JJ    amod         1 NORP:Russia
    contractors/contractor NNS   nsubj        2
    protect                VBP   ROOT         2
    Haftar                 NNP   dobj         2 PERSON:Khalifa_Haftar
    .                      .     punct        2
"""

# "Qatar sponsors the Muslim Brotherhood networks."
GROUP_NETWORKS = """
    Qatar                  NNP   nsubj        1 GPE:Qatar
    sponsors/sponsor       VBZ   ROOT         1
    the                    DT    det          5
    Muslim                 NNP   compound     4 ORG:Muslim_Brotherhood
    Brotherhood            NNP   compound     5 ORG:Muslim_Brotherhood
    networks/network       NNS   dobj         1
    .                      .     punct        1
"""

# trap: "Qatar sponsors Iraqi networks." (networks in Iraq, not the Iraqi state)
DEMONYM_NETWORKS = """
    Qatar                  NNP   nsubj        1 GPE:Qatar
    sponsors/sponsor       VBZ   ROOT         1
    Iraqi                  JJ    amod         3 NORP:Iraq
    networks/network       NNS   dobj         1
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    "table, expected",
    [
        (COMPANY_CONTRACTORS, {("Wagner Group", "backs", "Khalifa Haftar", "asserted")}),
        (DEMONYM_CONTRACTORS, set()),
        (GROUP_NETWORKS, {("Qatar", "backs", "Muslim Brotherhood", "asserted")}),
        (DEMONYM_NETWORKS, set()),
    ],
)
def test_arguments_hired_men_and_networks_stand_for_their_body(table, expected):
    assert triples(parse(table)) == expected
