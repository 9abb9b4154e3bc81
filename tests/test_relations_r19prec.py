"""Round 19 (relation_rules.v23, r19prec): guards, each kept only where it carried to a set nobody read.

An object conjunct that opens the next clause is that clause's subject, not a second object
(``repairs.clause_opening_conjunct``): in "with Moscow arming Hamas and Beijing arming Hezbollah" the parser hangs
*Beijing* as a conjunct of *Hamas* and the second *arming* as a clause without a subject; Beijing arms, and Moscow
does not arm Beijing. Traps: a plain list of objects stays ("arming Hamas and Hezbollah"), and so does a list whose
last member a participle modifies as a noun ("Hamas and Hezbollah operating in Lebanon": *operating* an acl).
Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from pipeline.relations import repairs
from tests.relations_fixture import parse, triples

# "The war became a proxy contest, with Moscow arming Hamas and Beijing arming Hezbollah."
TWO_CLAUSES = """
    The            DT    det       1
    war            NN    nsubj     2
    became/become  VBD   ROOT      2
    a              DT    det       5
    proxy          JJ    amod      5
    contest        NN    attr      2
    ,              ,     punct     2
    with           IN    prep      2
    Moscow         NNP   nsubj     9 GPE:Russia
    arming/arm     VBG   pcomp     7
    Hamas          NNP   dobj      9 ORG:Hamas
    and            CC    cc       10
    Beijing        NNP   conj     10 GPE:China
    arming/arm     VBG   advcl     9
    Hezbollah      NNP   dobj     13 ORG:Hezbollah
    .              .     punct     2
"""
# "The war became a proxy contest, with Moscow arming Hamas and Hezbollah." (one list of objects)
ONE_LIST = """
    The            DT    det       1
    war            NN    nsubj     2
    became/become  VBD   ROOT      2
    a              DT    det       5
    proxy          JJ    amod      5
    contest        NN    attr      2
    ,              ,     punct     2
    with           IN    prep      2
    Moscow         NNP   nsubj     9 GPE:Russia
    arming/arm     VBG   pcomp     7
    Hamas          NNP   dobj      9 ORG:Hamas
    and            CC    cc       10
    Hezbollah      NNP   conj     10 ORG:Hezbollah
    .              .     punct     2
"""
# "Moscow armed Hamas and Hezbollah operating in Lebanon." (a participle modifying the list's noun)
MODIFIED_LIST = """
    Moscow         NNP   nsubj     1 GPE:Russia
    armed/arm      VBD   ROOT      1
    Hamas          NNP   dobj      1 ORG:Hamas
    and            CC    cc        2
    Hezbollah      NNP   conj      2 ORG:Hezbollah
    operating/operate VBG acl      2
    in             IN    prep      5
    Lebanon        NNP   pobj      6 GPE:Lebanon
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the conjunct that opens the next clause is its subject, no recipient of the first
        (TWO_CLAUSES, {("Russia", "funds", "Hamas", "asserted")}),
        # trap: a plain list of objects keeps every member
        (ONE_LIST, {("Russia", "funds", "Hamas", "asserted"), ("Russia", "funds", "Hezbollah", "asserted")}),
        # trap: a participle that modifies the list's noun opens no clause
        (MODIFIED_LIST, {("Russia", "funds", "Hamas", "asserted"), ("Russia", "funds", "Hezbollah", "asserted")}),
    ],
)
def test_extract_clause_opening_conjunct_is_no_object(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    ("table", "index", "expected"),
    [
        (TWO_CLAUSES, 12, True),  # Beijing, before "arming Hezbollah"
        (TWO_CLAUSES, 10, False),  # Hamas is no conjunct
        (ONE_LIST, 12, False),  # Hezbollah ends the sentence
        (MODIFIED_LIST, 4, False),  # "operating" modifies a noun
    ],
)
def test_repairs_clause_opening_conjunct(table, index, expected):
    assert repairs.clause_opening_conjunct(parse(table)[index]) is expected
