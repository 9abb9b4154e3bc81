"""Round 40, read off the open part of round 40's blind sets (relation_rules.v42).

- A modifier of a common noun describes that noun only, not a noun phrase of its own that "and" joins to it:
  "Fooland-backed militias and the Zed Front" is no backing of the Zed Front (``Grammar.described``, read by the
  hyphen construction and by what a passive participle is done to, ``Grammar.patients``). A list set off by a
  comma still renames the noun: "Fooland-backed factions, the Zed Front and the Bazbal Brigade".
- An adjective of readiness, ability or likelihood passes the copula's subject to its infinitive: "Fooland is
  ready to arm X" (vocab ``control_adjectives``); "likely" is a hedge, so the row is alleged. Adjectives that deny
  the act (unable, unwilling, reluctant) are not in the class: no row.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ALLEGED, ASSERTED, REPORTED, row, sourced

# "Airstrikes hit Fooland-backed militias and the Zed Front."
MILITIAS_AND_THE_FRONT = """
        Airstrikes/airstrike NNS   nsubj       1
        hit                VBD   ROOT        1
        Fooland            NNP   npadvmod    4 GPE:Fooland
        -                  HYPH  punct       4
        backed/back        VBN   amod        5
        militias/militia   NNS   dobj        1
        and                CC    cc          5
        the                DT    det         9
        Zed                NNP   compound    9 ORG:Zed_Front
        Front              NNP   conj        5 ORG:Zed_Front
        .                  .     punct       1
"""
# "Airstrikes hit Fooland-backed militias and the Syrian government."
MILITIAS_AND_THE_GOVERNMENT = MILITIAS_AND_THE_FRONT.replace(
    "Zed                NNP   compound    9 ORG:Zed_Front", "Syrian             JJ    amod        9 GPE:Syria"
).replace("Front              NNP   conj        5 ORG:Zed_Front", "government         NN    conj        5 GPE:Syria")
# "Fooland-backed factions, the Zed Front and the Bazbal Brigade, advanced on the town."
FACTIONS_RENAMED = """
        Fooland            NN    npadvmod    2 GPE:Fooland
        -                  HYPH  punct       2
        backed/back        VBN   amod        3
        factions/faction   NNS   nsubj      13
        ,                  ,     punct       3
        the                DT    det         7
        Zed                NNP   compound    7 ORG:Zed_Front
        Front              NNP   conj        3 ORG:Zed_Front
        and                CC    cc          7
        the                DT    det        11
        Bazbal             NNP   compound   11 ORG:Bazbal_Brigade
        Brigade            NNP   conj        7 ORG:Bazbal_Brigade
        ,                  ,     punct       3
        advanced/advance   VBD   ROOT       13
        on                 IN    prep       13
        the                DT    det        16
        town               NN    pobj       14
        .                  .     punct      13
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (MILITIAS_AND_THE_FRONT, set()),
        (MILITIAS_AND_THE_GOVERNMENT, set()),
        (FACTIONS_RENAMED, {row("Fooland", "backs", "Zed Front"), row("Fooland", "backs", "Bazbal Brigade")}),
    ],
    ids=["trap: a named group joined by 'and'", "trap: a government joined by 'and'", "a list renaming the noun"],
)
def test_relations_round40_a_modifier_describes_its_own_noun_only(text, expected):
    assert sourced(text) == expected


# "Fooland is ready to arm the Zed Front."
READY_TO_ARM = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        is/be              VBZ   ROOT        1
        ready              JJ    acomp       1
        to                 TO    aux         4
        arm                VB    xcomp       2
        the                DT    det         7
        Zed                NNP   compound    7 ORG:Zed_Front
        Front              NNP   dobj        4 ORG:Zed_Front
        .                  .     punct       1
"""
# "Analysts say Fooland is likely to arm the Zed Front."
LIKELY_TO_ARM = """
        Analysts/analyst   NNS   nsubj       1
        say                VBP   ROOT        1
        Fooland            NNP   nsubj       3 GPE:Fooland
        is/be              VBZ   ccomp       1
        likely             JJ    acomp       3
        to                 TO    aux         6
        arm                VB    xcomp       4
        the                DT    det         9
        Zed                NNP   compound    9 ORG:Zed_Front
        Front              NNP   dobj        6 ORG:Zed_Front
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (READY_TO_ARM, {row("Fooland", "funds", "Zed Front", ASSERTED)}),
        (READY_TO_ARM.replace("ready   ", "able    "), {row("Fooland", "funds", "Zed Front", ASSERTED)}),
        (LIKELY_TO_ARM, {row("Fooland", "funds", "Zed Front", ALLEGED, "Analysts")}),
        (READY_TO_ARM.replace("ready   ", "unable  "), set()),
        (READY_TO_ARM.replace("ready     ", "reluctant "), set()),
    ],
    ids=["ready to", "able to", "likely to: alleged", "trap: unable to", "trap: reluctant to"],
)
def test_relations_round40_an_adjective_passes_its_subject_to_the_infinitive(text, expected):
    assert sourced(text) == expected


def test_relations_round40_the_reported_modality_is_kept_through_the_adjective():
    said = LIKELY_TO_ARM.replace("likely", "ready ").replace("say                VBP", "said/say           VBD")
    assert sourced(said) == {row("Fooland", "funds", "Zed Front", REPORTED, "Analysts")}
