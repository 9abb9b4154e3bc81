"""Round 38, read off round 37's opened closed sets and rounds 29-36's (relation_rules.v41).

- A verb of declaring (``vocab/declaring_verbs.txt``: reiterate, reaffirm, underline, emphasise ...) whose object is
  another's relation states it, reported by the one who declares: "the envoy reiterated Fooland's support for X",
  "the minister underlined Fooland's commitment to arm X" (``modality._declared``). Not one's own ("reiterated its
  support": the declaration is the act), nor a thing's ("the loan underscores Fooland's commitment"); a source above
  still reports the whole ("..., state media reported").
- A statement denies only what it negates: "saying that any attack on it is unacceptable" names anyone at all
  ("any") and negates nothing, so it is no denial of a tie (``constructions.denial_clause``, the universal-word path
  of round 36).
- A pronoun or description that coreference resolves to a state's army names the state in a row of supply, training
  or denial, as a description with the army's word does ("the Congolese army"); as a side that is backed the army
  stays (``Grammar.__init__``, ``arguments.ARMY_AS_STATE``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ASSERTED, REPORTED, row, sourced

# "Ivo Maric, the envoy, reiterated Fooland's support for the Zed Front."
REITERATED_SUPPORT = """
        Ivo                NNP   compound    1 PERSON:Ivo_Maric
        Maric              NNP   nsubj       6 PERSON:Ivo_Maric
        ,                  ,     punct       1
        the                DT    det         4
        envoy              NN    appos       1
        ,                  ,     punct       1
        reiterated/reiterate VBD   ROOT        6
        Fooland            NNP   poss        9 GPE:Fooland
        's                 POS   case        7
        support            NN    dobj        6
        for                IN    prep        9
        the                DT    det        13
        Zed                NNP   compound   13 ORG:Zed_Front
        Front              NNP   pobj       10 ORG:Zed_Front
        .                  .     punct       6
"""
# "Minister Ivo Maric underlined Fooland's commitment to arm the Zed Front."
UNDERLINED_COMMITMENT = """
        Minister           NNP   compound    2
        Ivo                NNP   compound    2 PERSON:Ivo_Maric
        Maric              NNP   nsubj       3 PERSON:Ivo_Maric
        underlined/underline VBD   ROOT        3
        Fooland            NNP   poss        6 GPE:Fooland
        's                 POS   case        4
        commitment         NN    dobj        3
        to                 TO    aux         8
        arm                VB    acl         6
        the                DT    det        11
        Zed                NNP   compound   11 ORG:Zed_Front
        Front              NNP   dobj        8 ORG:Zed_Front
        .                  .     punct       3
"""
# trap: "Fooland reiterated its support for the Zed Front." (its own: the declaration is the act)
OWN_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        reiterated/reiterate VBD   ROOT        1
        its                PRP$  poss        3
        support            NN    dobj        1
        for                IN    prep        3
        the                DT    det         7
        Zed                NNP   compound    7 ORG:Zed_Front
        Front              NNP   pobj        4 ORG:Zed_Front
        .                  .     punct       1
"""
# trap: "The loan underscores Fooland's commitment to back the Zed Front." (a thing declares nothing)
THING_UNDERSCORES = """
        The                DT    det         1
        loan               NN    nsubj       2
        underscores/underscore VBZ   ROOT        2
        Fooland            NNP   poss        5 GPE:Fooland
        's                 POS   case        3
        commitment         NN    dobj        2
        to                 TO    aux         7
        back               VB    acl         5
        the                DT    det        10
        Zed                NNP   compound   10 ORG:Zed_Front
        Front              NNP   dobj        7 ORG:Zed_Front
        .                  .     punct       2
"""
# "Ivo Maric reaffirmed Fooland's support for Barland, state media reported." (the source above reports it)
REPORTED_ABOVE = """
        Ivo                NNP   compound    1 PERSON:Ivo_Maric
        Maric              NNP   nsubj       2 PERSON:Ivo_Maric
        reaffirmed/reaffirm VBD   ccomp      11
        Fooland            NNP   poss        5 GPE:Fooland
        's                 POS   case        3
        support            NN    dobj        2
        for                IN    prep        5
        Barland            NNP   pobj        6 GPE:Barland
        ,                  ,     punct      11
        state              NN    compound   10
        media/medium       NNS   nsubj      11
        reported/report    VBD   ROOT       11
        .                  .     punct      11
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (REITERATED_SUPPORT, {row("Fooland", "backs", "Zed Front", REPORTED, "Ivo Maric")}),
        (UNDERLINED_COMMITMENT, {row("Fooland", "funds", "Zed Front", REPORTED, "Ivo Maric")}),
        (OWN_SUPPORT, {row("Fooland", "backs", "Zed Front", ASSERTED)}),
        (THING_UNDERSCORES, {row("Fooland", "backs", "Zed Front", ASSERTED)}),
        (REPORTED_ABOVE, {row("Fooland", "backs", "Barland", REPORTED, "state media")}),
    ],
    ids=["reiterated another's support", "underlined another's commitment", "trap: its own support",
         "trap: a thing underscores", "a source above reports it"],
)
def test_relations_round38_declaring_another_s_relation_reports_it(text, expected):
    assert sourced(text) == expected


# "Fooland's ambassador reaffirmed Fooland's strong support for Barland, saying that any attack on it is unacceptable."
ANY_ATTACK_UNACCEPTABLE = """
        Fooland            NNP   poss        2 GPE:Fooland
        's                 POS   case        0
        ambassador         NN    nsubj       3
        reaffirmed/reaffirm VBD   ROOT        3
        Fooland            NNP   poss        7 GPE:Fooland
        's                 POS   case        4
        strong             JJ    amod        7
        support            NN    dobj        3
        for                IN    prep        7
        Barland            NNP   pobj        8 GPE:Barland
        ,                  ,     punct       3
        saying/say         VBG   advcl       3
        that               IN    mark       17
        any                DT    det        14
        attack             NN    nsubj      17
        on                 IN    prep       14
        it                 PRP   pobj       15
        is/be              VBZ   ccomp      11
        unacceptable       JJ    acomp      17
        .                  .     punct       3
"""


def test_relations_round38_a_statement_negating_nothing_denies_nothing():
    assert sourced(ANY_ATTACK_UNACCEPTABLE) == {row("Fooland", "backs", "Barland", REPORTED, "Fooland's ambassador")}


# "Fooland has {verb} it for years." ("it": the Congolese army, resolved by coreference)
ARMED_IT = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        armed/arm          VBN   ROOT        2
        it                 PRP   dobj        2
        for                IN    prep        2
        years/year         NNS   pobj        4
        .                  .     punct       2
"""
FARDC = "Armed Forces of the Democratic Republic of the Congo"


@pytest.mark.parametrize(
    "text, expected",
    [
        (ARMED_IT, {row("Fooland", "funds", "Democratic Republic of the Congo")}),
        (ARMED_IT.replace("armed/arm", "backed/back"), {row("Fooland", "backs", FARDC)}),
    ],
    ids=["supplied: the state", "backed: the army"],
)
def test_relations_round38_a_pronoun_for_a_state_s_army_names_the_state(text, expected):
    assert sourced(text, coref=((3, 4, FARDC),)) == expected
