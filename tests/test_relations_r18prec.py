"""Round 18 (relation_rules.v21, r18prec): guards, each kept only where it carried to a set nobody read.

An attack's or a campaign's target or place is no party of a denial (``constructions._assault_ground``,
``vocab/assault_nouns.txt``): "Tehran rejected claims that Iranian citizens supported the Hamas raid on Israel"
denies a tie to Hamas, not to Israel, the raid's target; "Lima denied that Bolivia had flown Peruvian drones in the
Chilean campaign" denies a tie to Bolivia, not to Chile, where the campaign is fought. Traps: the raid's own party
stays (Hamas), and a demonym on a noun that is no event stays a party ("flown drones with the Chilean army").
Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Tehran rejected claims that Iranian citizens supported the Hamas raid on Israel."
RAID_ON_TARGET = """
    Tehran         NNP   nsubj     1 GPE:Iran
    rejected/reject VBD  ROOT      1
    claims/claim   NNS   dobj      1
    that           IN    mark      6
    Iranian/iranian JJ   amod      5 NORP:Iran
    citizens/citizen NNS nsubj     6
    supported/support VBD acl      2
    the            DT    det       9
    Hamas          NNP   compound  9 ORG:Hamas
    raid           NN    dobj      6
    on             IN    prep      9
    Israel         NNP   pobj     10 GPE:Israel
    .              .     punct     1
"""
# "Tehran rejected claims that Iranian citizens supported the raid on Israel." (the target alone)
RAID_ON_TARGET_ALONE = """
    Tehran         NNP   nsubj     1 GPE:Iran
    rejected/reject VBD  ROOT      1
    claims/claim   NNS   dobj      1
    that           IN    mark      6
    Iranian/iranian JJ   amod      5 NORP:Iran
    citizens/citizen NNS nsubj     6
    supported/support VBD acl      2
    the            DT    det       8
    raid           NN    dobj      6
    on             IN    prep      8
    Israel         NNP   pobj      9 GPE:Israel
    .              .     punct     1
"""
# "Lima denied that Bolivia had flown Peruvian drones in the Chilean campaign."
CAMPAIGN_PLACE = """
    Lima           NNP   nsubj     1 GPE:Peru
    denied/deny    VBD   ROOT      1
    that           IN    mark      5
    Bolivia        NNP   nsubj     5 GPE:Bolivia
    had/have       VBD   aux       5
    flown/fly      VBN   ccomp     1
    Peruvian/peruvian JJ amod      7 NORP:Peru
    drones/drone   NNS   dobj      5
    in             IN    prep      5
    the            DT    det      11
    Chilean/chilean JJ   compound 11 NORP:Chile
    campaign       NN    pobj      8
    .              .     punct     1
"""
# "Lima denied that Bolivia had flown Peruvian drones with the Chilean army." (an army is no event: Chile stays a party)
ARMY_NOT_PLACE = """
    Lima           NNP   nsubj     1 GPE:Peru
    denied/deny    VBD   ROOT      1
    that           IN    mark      5
    Bolivia        NNP   nsubj     5 GPE:Bolivia
    had/have       VBD   aux       5
    flown/fly      VBN   ccomp     1
    Peruvian/peruvian JJ amod      7 NORP:Peru
    drones/drone   NNS   dobj      5
    with           IN    prep      5
    the            DT    det      11
    Chilean/chilean JJ   amod     11 NORP:Chile
    army           NN    pobj      8
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the target of a raid is no party of the denial; the raid's own party is
        (RAID_ON_TARGET, {("Iran", "denies", "Hamas", "asserted")}),
        (RAID_ON_TARGET_ALONE, set()),
        # the country a campaign is set in is no party; the one said to have flown the drones is
        (CAMPAIGN_PLACE, {("Peru", "denies", "Bolivia", "asserted")}),
        # trap: a demonym on a noun that names no event stays a party
        (ARMY_NOT_PLACE, {("Peru", "denies", "Bolivia", "asserted"), ("Peru", "denies", "Chile", "asserted")}),
    ],
)
def test_constructions_assault_ground_is_no_party(table, expected):
    assert triples(parse(table)) == expected
