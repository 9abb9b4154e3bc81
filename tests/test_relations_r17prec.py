"""Round 17 (relation_rules.v20, r17prec): guards, each kept only where it carried across real-news sets.

An act someone is warned, cautioned or advised *against* is no act, neither the warned one's nor the warner's
("Washington warned Minsk against arming Hezbollah": no row; modality's ``_warned_against``); a warning *that*
something is so still reports it ("Washington warned that Minsk is arming Hezbollah": reported), and an accusation
still alleges it. Hand-built parses of invented sentences as en_core_web_sm parses them, each with a trap beside the
positive case: the exact rows are asserted, so a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Washington warned Minsk against arming Hezbollah."
WARNED_AGAINST_ARMING = """
    Washington     NNP   nsubj     1 GPE:United_States
    warned/warn    VBD   ROOT      1
    Minsk          NNP   dobj      1 GPE:Belarus
    against        IN    prep      1
    arming/arm     VBG   pcomp     3
    Hezbollah      NNP   dobj      4 ORG:Hezbollah
    .              .     punct     1
"""
# "Paris cautioned Ankara against sending drones to Hamas."
CAUTIONED_AGAINST_SENDING = """
    Paris          NNP   nsubj     1 GPE:France
    cautioned/caution VBD ROOT     1
    Ankara         NNP   dobj      1 GPE:Turkey
    against        IN    prep      1
    sending/send   VBG   pcomp     3
    drones/drone   NNS   dobj      4
    to             IN    dative    4
    Hamas          NNP   pobj      6 ORG:Hamas
    .              .     punct     1
"""
# "Washington warned that Minsk is arming Hezbollah."
WARNED_THAT_ARMING = """
    Washington     NNP   nsubj     1 GPE:United_States
    warned/warn    VBD   ROOT      1
    that           IN    mark      5
    Minsk          NNP   nsubj     5 GPE:Belarus
    is/be          VBZ   aux       5
    arming/arm     VBG   ccomp     1
    Hezbollah      NNP   dobj      5 ORG:Hezbollah
    .              .     punct     1
"""
# "Paris accused Ankara of sending drones to Hamas."
ACCUSED_OF_SENDING = """
    Paris          NNP   nsubj     1 GPE:France
    accused/accuse VBD   ROOT      1
    Ankara         NNP   dobj      1 GPE:Turkey
    of             IN    prep      1
    sending/send   VBG   pcomp     3
    drones/drone   NNS   dobj      4
    to             IN    dative    4
    Hamas          NNP   pobj      6 ORG:Hamas
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # advised against: no act of the warned one, nor of the warner
        (WARNED_AGAINST_ARMING, set()),
        (CAUTIONED_AGAINST_SENDING, set()),
        # traps: a warning that something is so reports it; an accusation alleges it
        (WARNED_THAT_ARMING, {("Belarus", "funds", "Hezbollah", "reported")}),
        (ACCUSED_OF_SENDING, {("Turkey", "funds", "Hamas", "alleged")}),
    ],
)
def test_modality_warned_against_is_no_act(table, expected):
    assert triples(parse(table)) == expected
