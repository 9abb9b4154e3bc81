"""Round 22 (relation_rules.v25, r22rules): mechanisms written from the work sets of this decade's news, each kept only
when it carried across the work sets and changed nothing for the worse on the count-only check sets.

- ``extract.supply_purpose``: a verb of helping in the purpose clause of a supply between the same two actors adds no
  backing row ("sent rockets to help Kenya defend its coast" is the supply, funds; the help is what it is for).
- An approved transfer is the transfer: an approved sum "in" aid or sales gives to the recipient hung on the light
  verb or on the sales (``funds.nominal.aid``, ``funds.nominal.shipment`` fallbacks), and arms deals are shipments:
  "Washington approved $2 billion in arms sales to Qatar".

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Norway and Finland will send rockets to help Kenya to defend its coast."
SENT_TO_HELP = """
    Norway         NNP   nsubj      4 GPE:Norway
    and            CC    cc         0
    Finland        NNP   conj       0 GPE:Finland
    will           MD    aux        4
    send           VB    ROOT       4
    rockets/rocket NNS   dobj       4
    to             TO    aux        7
    help           VB    advcl      4
    Kenya          NNP   nsubj     10 GPE:Kenya
    to             TO    aux       10
    defend         VB    xcomp      7
    its            PRP$  poss      12
    coast          NN    dobj      10
    .              .     punct      4
"""
# "Iran shipped cash to help Hezbollah pay its fighters."
SHIPPED_TO_HELP = """
    Iran           NNP   nsubj      1 GPE:Iran
    shipped/ship   VBD   ROOT       1
    cash           NN    dobj       1
    to             TO    aux        4
    help           VB    advcl      1
    Hezbollah      NNP   nsubj      6 ORG:Hezbollah
    pay            VB    ccomp      4
    its            PRP$  poss       8
    fighters/fighter NNS dobj       6
    .              .     punct      1
"""
# "Russia sent troops to help Assad." (no supply of the pair beside the help: the backing stays)
TROOPS_TO_HELP = """
    Russia         NNP   nsubj      1 GPE:Russia
    sent/send      VBD   ROOT       1
    troops/troop   NNS   dobj       1
    to             TO    aux        4
    help           VB    advcl      1
    Assad          NNP   dobj       4 PERSON:Bashar_al-Assad
    .              .     punct      1
"""
# "Britain sent rockets to Ukraine and helped Kyiv to defend its coast." (the help is a verb of its own clause)
HELPED_AND_SENT = """
    Britain        NNP   nsubj      1 GPE:United_Kingdom
    sent/send      VBD   ROOT       1
    rockets/rocket NNS   dobj       1
    to             IN    dative     1
    Ukraine        NNP   pobj       3 GPE:Ukraine
    and            CC    cc         1
    helped/help    VBD   conj       1
    Kyiv           NNP   nsubj      9 GPE:Ukraine
    to             TO    aux        9
    defend         VB    xcomp      6
    its            PRP$  poss      11
    coast          NN    dobj       9
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (SENT_TO_HELP, {("Norway", "funds", "Kenya", "asserted"), ("Finland", "funds", "Kenya", "asserted")}),
        (SHIPPED_TO_HELP, {("Iran", "funds", "Hezbollah", "asserted")}),
        # traps: a help with no supply of the pair beside it, and a help that is its clause's own verb, still back
        (TROOPS_TO_HELP, {("Russia", "backs", "Bashar al-Assad", "asserted")}),
        (HELPED_AND_SENT, {("United Kingdom", "backs", "Ukraine", "asserted"),
                           ("United Kingdom", "funds", "Ukraine", "asserted")}),
    ],
)
def test_extract_supply_purpose_adds_no_backing(table, expected):
    assert triples(parse(table)) == expected


# "The United States approved $300 million in aid to Jordan."
APPROVED_AID = """
    The/the        DT    det        2
    United         NNP   compound   2 GPE:United_States
    States         NNP   nsubj      3 GPE:United_States
    approved/approve VBD ROOT       3
    $              $     quantmod   6
    300            CD    compound   6
    million        CD    dobj       3
    in             IN    prep       6
    aid            NN    pobj       7
    to             IN    prep       3
    Jordan         NNP   pobj       9 GPE:Jordan
    .              .     punct      3
"""
# "Washington approved $2 billion in arms sales to Qatar and Oman." (the recipients hung on the sales)
APPROVED_SALES = """
    Washington     NNP   nsubj      1 GPE:United_States
    approved/approve VBD ROOT       1
    $              $     quantmod   4
    2              CD    compound   4
    billion        CD    dobj       1
    in             IN    prep       4
    arms/arm       NNS   compound   7
    sales/sale     NNS   pobj       5
    to             IN    prep       7
    Qatar          NNP   pobj       8 GPE:Qatar
    and            CC    cc         9
    Oman           NNP   conj       9 GPE:Oman
    .              .     punct      1
"""
# "The State Department approved two arms deals to Kuwait."
APPROVED_DEALS = """
    The/the        DT    det        2
    State          NNP   compound   2 GPE:United_States
    Department     NNP   nsubj      3 GPE:United_States
    approved/approve VBD ROOT       3
    two            CD    nummod     6
    arms/arm       NNS   compound   6
    deals/deal     NNS   dobj       3
    to             IN    prep       3
    Kuwait         NNP   pobj       7 GPE:Kuwait
    .              .     punct      3
"""
# "The European Union approved sanctions on Iran." (an approval of no transfer)
APPROVED_SANCTIONS = """
    The/the        DT    det        2
    European       NNP   compound   2 ORG:European_Union
    Union          NNP   nsubj      3 ORG:European_Union
    approved/approve VBD ROOT       3
    sanctions/sanction NNS dobj     3
    on             IN    prep       4
    Iran           NNP   pobj       5 GPE:Iran
    .              .     punct      3
"""
# "Japan approved a gas deal with Qatar." (a deal of no arms or money)
APPROVED_GAS_DEAL = """
    Japan          NNP   nsubj      1 GPE:Japan
    approved/approve VBD ROOT       1
    a              DT    det        4
    gas            NN    compound   4
    deal           NN    dobj       1
    with           IN    prep       4
    Qatar          NNP   pobj       5 GPE:Qatar
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (APPROVED_AID, {("United States", "funds", "Jordan", "asserted")}),
        (APPROVED_SALES, {("United States", "funds", "Qatar", "asserted"), ("United States", "funds", "Oman", "asserted")}),
        (APPROVED_DEALS, {("United States", "funds", "Kuwait", "asserted")}),
        # traps: approving sanctions, or a deal of no arms or money, funds nobody
        (APPROVED_SANCTIONS, set()),
        (APPROVED_GAS_DEAL, set()),
    ],
)
def test_extract_approved_transfer_is_funding(table, expected):
    assert triples(parse(table)) == expected
