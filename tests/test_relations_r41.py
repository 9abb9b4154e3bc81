"""Round 41, read off round 40's blind sets, both parts opened (relation_rules.v43).

- Support whose listed parts include weapons or money, or a supply of them, funds as well as backs: "Fooland's
  military support to the Zed Front, including the delivery of drones", "Fooland provided military support to
  Barland, including weapons and money" (``funds.pattern.support_including``, ``funds.pattern.support_given_including``;
  the list hung on the support, on the verb or on the recipient, as the parser leaves it). Parts that are no
  material ("including the delivery of food") leave the backing alone.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ASSERTED, REPORTED, row, sourced

# "Officials warned about Fooland's military support to the Zed Front, including the delivery of drones."
OWNER_SUPPORT_INCLUDING_DELIVERY = """
        Officials/official NNS   nsubj       1
        warned/warn        VBD   ROOT        1
        about              IN    prep        1
        Fooland            NNP   poss        6 GPE:Fooland
        's                 POS   case        3
        military           JJ    amod        6
        support            NN    pobj        2
        to                 IN    prep        6
        the                DT    det        10
        Zed                NNP   compound   10 ORG:Zed_Front
        Front              NNP   pobj        7 ORG:Zed_Front
        ,                  ,     punct       6
        including/include  VBG   prep        6
        the                DT    det        14
        delivery           NN    pobj       12
        of                 IN    prep       14
        drones/drone       NNS   pobj       15
        .                  .     punct       1
"""
# "A report said Fooland provided military support to Barland, including weapons and money." (the list hung on the
# recipient, as the model parses it)
GIVEN_SUPPORT_INCLUDING_WEAPONS = """
        A                  DT    det         1
        report             NN    nsubj       2
        said/say           VBD   ROOT        2
        Fooland            NNP   nsubj       4 GPE:Fooland
        provided/provide   VBD   ccomp       2
        military           JJ    amod        6
        support            NN    dobj        4
        to                 IN    dative      4
        Barland            NNP   pobj        7 GPE:Barland
        ,                  ,     punct       8
        including/include  VBG   prep        8
        weapons/weapon     NNS   pobj       10
        and                CC    cc         11
        money              NN    conj       11
        .                  .     punct       2
"""
# trap: "Officials praised Fooland's support for the Zed Front, including the delivery of food."
SUPPORT_INCLUDING_FOOD = """
        Officials/official NNS   nsubj       1
        praised/praise     VBD   ROOT        1
        Fooland            NNP   poss        4 GPE:Fooland
        's                 POS   case        2
        support            NN    dobj        1
        for                IN    prep        4
        the                DT    det         8
        Zed                NNP   compound    8 ORG:Zed_Front
        Front              NNP   pobj        5 ORG:Zed_Front
        ,                  ,     punct       4
        including/include  VBG   prep        4
        the                DT    det        12
        delivery           NN    pobj       10
        of                 IN    prep       12
        food               NN    pobj       13
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (OWNER_SUPPORT_INCLUDING_DELIVERY, {row("Fooland", "funds", "Zed Front", ASSERTED),
                                            row("Fooland", "backs", "Zed Front", ASSERTED)}),
        (GIVEN_SUPPORT_INCLUDING_WEAPONS, {row("Fooland", "funds", "Barland", REPORTED, "report"),
                                           row("Fooland", "backs", "Barland", REPORTED, "report")}),
        (SUPPORT_INCLUDING_FOOD, {row("Fooland", "backs", "Zed Front", REPORTED, "Officials")}),
    ],
    ids=["the owner's support, including a delivery of drones", "support given, including weapons and money",
         "trap: including a delivery of food"],
)
def test_relations_round41_support_that_includes_material_funds(text, expected):
    assert sourced(text) == expected


# traps (no actor is supported): "Officials warned about Fooland's military support to the peace talks, including the
# delivery of drones.", "A report said Fooland provided military support to talks, including weapons and money."
SUPPORT_FOR_TALKS = OWNER_SUPPORT_INCLUDING_DELIVERY.replace(
    "Zed                NNP   compound   10 ORG:Zed_Front", "peace              NN    compound   10"
).replace("Front              NNP   pobj        7 ORG:Zed_Front", "talks/talk         NNS   pobj        7")
SUPPORT_GIVEN_TO_TALKS = GIVEN_SUPPORT_INCLUDING_WEAPONS.replace(
    "Barland            NNP   pobj        7 GPE:Barland", "talks/talk         NNS   pobj        7"
)

# the cases tests/test_relations_constructions.py runs for every rule (rule, parse, expected) and (rule, parse)
POSITIVE = [
    ("funds.pattern.support_including", OWNER_SUPPORT_INCLUDING_DELIVERY,
     {("Fooland", "funds", "Zed Front", ASSERTED), ("Fooland", "backs", "Zed Front", ASSERTED)}),
    ("funds.pattern.support_given_including", GIVEN_SUPPORT_INCLUDING_WEAPONS,
     {("Fooland", "funds", "Barland", REPORTED), ("Fooland", "backs", "Barland", REPORTED)}),
]
NEGATIVE = [
    ("funds.pattern.support_including", SUPPORT_FOR_TALKS),
    ("funds.pattern.support_given_including", SUPPORT_GIVEN_TO_TALKS),
]

