"""Round 42, read off round 41's blind sets, opened (relation_rules.v44).

- An arms deal signed with the supplier funds the one who signs it: "Fooland has signed an agreement with Barland to
  purchase 24 fighter jets", "Fooland signed a contract with Barland on the delivery of 180 tanks" (the buyer signs
  with the seller); "Barland has signed an arms export contract with Fooland" (the seller signs with the buyer)
  (``funds.pattern.deal_with_supplier``; "with" hung on the deal or on the verb, as the parser leaves it). A deal
  that does not say who sells ("an arms trade deal"), or buys no weapons ("to purchase grain"), funds no one.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ASSERTED, row, sourced

# "Fooland has signed an agreement with Barland to purchase 24 fighter jets."
DEAL_TO_PURCHASE = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        signed/sign        VBN   ROOT        2
        an                 DT    det         4
        agreement          NN    dobj        2
        with               IN    prep        4
        Barland            NNP   pobj        5 GPE:Barland
        to                 TO    aux         8
        purchase           VB    acl         4
        24                 CD    nummod     11
        fighter            NN    compound   11
        jets/jet           NNS   dobj        8
        .                  .     punct       2
"""
# "After long talks, Fooland signed a second contract with Barland on the delivery of 180 tanks."
CONTRACT_ON_DELIVERY = """
        After              IN    prep        5
        long               JJ    amod        2
        talks/talk         NNS   pobj        0
        ,                  ,     punct       5
        Fooland            NNP   nsubj       5 GPE:Fooland
        signed/sign        VBD   ROOT        5
        a                  DT    det         8
        second             JJ    amod        8
        contract           NN    dobj        5
        with               IN    prep        8
        Barland            NNP   pobj        9 GPE:Barland
        on                 IN    prep        5
        the                DT    det        13
        delivery           NN    pobj       11
        of                 IN    prep       13
        180                CD    nummod     16
        tanks/tank         NNS   pobj       14
        .                  .     punct       5
"""
# "Fooland quietly signed a deal with Barland in May to buy 40 drones." ("with" and the purpose hung on the verb)
DEAL_TO_BUY_ON_THE_VERB = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        quietly            RB    advmod      2
        signed/sign        VBD   ROOT        2
        a                  DT    det         4
        deal               NN    dobj        2
        with               IN    prep        2
        Barland            NNP   pobj        5 GPE:Barland
        in                 IN    prep        2
        May                NNP   pobj        7
        to                 TO    aux        10
        buy                VB    advcl       2
        40                 CD    nummod     12
        drones/drone       NNS   dobj       10
        .                  .     punct       2
"""
# "Barland has signed an arms export contract with Fooland."
EXPORT_DEAL = """
        Barland            NNP   nsubj       2 GPE:Barland
        has/have           VBZ   aux         2
        signed/sign        VBN   ROOT        2
        an                 DT    det         6
        arms/arm           NNS   compound    6
        export             NN    compound    6
        contract           NN    dobj        2
        with               IN    prep        6
        Fooland            NNP   pobj        7 GPE:Fooland
        .                  .     punct       2
"""
# traps: "Fooland has signed an agreement with Barland to purchase 24 grain cargoes." (no weapons), "... on the delivery
# of 180 grain." and "Barland has signed an arms trade contract with Fooland." (who sells is not said)
DEAL_TO_PURCHASE_GRAIN = DEAL_TO_PURCHASE.replace("fighter            NN", "grain              NN").replace(
    "jets/jet           NNS", "cargoes/cargo      NNS")
CONTRACT_ON_GRAIN = CONTRACT_ON_DELIVERY.replace("tanks/tank         NNS", "grain              NN ")
TRADE_DEAL = EXPORT_DEAL.replace("export             NN", "trade              NN")


@pytest.mark.parametrize(
    "text, expected",
    [
        (DEAL_TO_PURCHASE, {row("Barland", "funds", "Fooland", ASSERTED)}),
        (CONTRACT_ON_DELIVERY, {row("Barland", "funds", "Fooland", ASSERTED)}),
        (DEAL_TO_BUY_ON_THE_VERB, {row("Barland", "funds", "Fooland", ASSERTED)}),
        (EXPORT_DEAL, {row("Barland", "funds", "Fooland", ASSERTED)}),
        (DEAL_TO_PURCHASE_GRAIN, set()),
        (CONTRACT_ON_GRAIN, set()),
        (TRADE_DEAL, set()),
    ],
    ids=["the buyer signs to purchase jets", "the buyer signs on the delivery of tanks",
         "the buyer signs with the seller to buy drones (on the verb)", "the seller signs an arms export deal",
         "trap: a deal to purchase grain", "trap: a contract on the delivery of grain", "trap: an arms trade deal"],
)
def test_relations_round42_arms_deal_signed_with_the_supplier_funds(text, expected):
    assert sourced(text) == expected


# the cases tests/test_relations_constructions.py runs for every rule (rule, parse, expected) and (rule, parse)
POSITIVE = [
    ("funds.pattern.deal_with_supplier", DEAL_TO_PURCHASE, {("Barland", "funds", "Fooland", ASSERTED)}),
]
NEGATIVE = [
    ("funds.pattern.deal_with_supplier", DEAL_TO_PURCHASE_GRAIN),
]
