"""Round 22 (relation_rules.v25, r22rules): mechanisms written from the work sets of this decade's news, each kept only
when it carried across the work sets and changed nothing for the worse on the count-only check sets.

- ``extract.supply_purpose``: a verb of helping in the purpose clause of a supply between the same two actors adds no
  backing row ("sent rockets to help Kenya defend its coast" is the supply, funds; the help is what it is for).

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
