"""Round 26, precision (relation_rules.v29, r26prec): guards written from the wrong rows of the 21 work sets, kept
only when they removed at least three wrong rows from at least two sets, lost no right row and added no wrong row in
any set, and left the count-only check sets no worse.

- Support called only financial or monetary is funding, not backing, in every backs rule
  (``extract.financial_backing``, ``vocab/money_adjectives.txt``): "a key financial supporter of X", "with Fooian
  financial support, X ...", "provided arms, training and financial support to X" give no backs row; support another
  word also describes ("political and financial support", "arms and political support") still does.
- A state and its own army or civil organ are one party (``extract._own_state``, the gazetteer's armies and organs):
  "Lebanon and Cyprus agreed that the Lebanese Armed Forces will train them" gives no row between the army and
  Lebanon; the army training another state still does.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import gazetteer_extractor, parse, triples

# "Fooland is a key financial supporter of Barland."
FINANCIAL_SUPPORTER = """
    Fooland        NNP   nsubj      1 GPE:Fooland
    is/be          VBZ   ROOT       1
    a              DT    det        5
    key            JJ    amod       5
    financial      JJ    amod       5
    supporter      NN    attr       1
    of             IN    prep       5
    Barland        NNP   pobj       6 GPE:Barland
    .              .     punct      1
"""
# "Fooland is a key political and financial supporter of Barland."
POLITICAL_AND_FINANCIAL_SUPPORTER = """
    Fooland        NNP   nsubj      1 GPE:Fooland
    is/be          VBZ   ROOT       1
    a              DT    det        7
    key            JJ    amod       7
    political      JJ    amod       7
    and            CC    cc         4
    financial      JJ    conj       4
    supporter      NN    attr       1
    of             IN    prep       7
    Barland        NNP   pobj       8 GPE:Barland
    .              .     punct      1
"""
# "Fooland provided arms, training and financial support to Barland."
ARMS_TRAINING_AND_FINANCIAL_SUPPORT = """
    Fooland        NNP   nsubj      1 GPE:Fooland
    provided/provide VBD ROOT       1
    arms           NNS   dobj       1
    ,              ,     punct      2
    training       NN    conj       2
    and            CC    cc         4
    financial      JJ    amod       7
    support        NN    conj       4
    to             IN    dative     1
    Barland        NNP   pobj       8 GPE:Barland
    .              .     punct      1
"""
# "Fooland provided arms and political support to Barland."
ARMS_AND_POLITICAL_SUPPORT = """
    Fooland        NNP   nsubj      1 GPE:Fooland
    provided/provide VBD ROOT       1
    arms           NNS   dobj       1
    and            CC    cc         2
    political      JJ    amod       5
    support        NN    conj       2
    to             IN    dative     1
    Barland        NNP   pobj       6 GPE:Barland
    .              .     punct      1
"""
# "Fooland provided military and financial support to Barland." (the parser reads "military" as a noun)
MILITARY_AND_FINANCIAL_SUPPORT = """
    Fooland        NNP   nsubj      1 GPE:Fooland
    provided/provide VBD ROOT       1
    military       NN    dobj       1
    and            CC    cc         2
    financial      JJ    amod       5
    support        NN    conj       2
    to             IN    dative     1
    Barland        NNP   pobj       6 GPE:Barland
    .              .     punct      1
"""
# "With Fooian financial support, Barland built a hospital."
WITH_FINANCIAL_SUPPORT = """
    With           IN    prep       6
    Fooian         JJ    amod       3 NORP:Fooland
    financial      JJ    amod       3
    support        NN    pobj       0
    ,              ,     punct      6
    Barland        NNP   nsubj      6 GPE:Barland
    built/build    VBD   ROOT       6
    a              DT    det        8
    hospital       NN    dobj       6
    .              .     punct      6
"""
# "With Fooian support, Barland built a hospital."
WITH_SUPPORT = """
    With           IN    prep       5
    Fooian         JJ    amod       2 NORP:Fooland
    support        NN    pobj       0
    ,              ,     punct      5
    Barland        NNP   nsubj      5 GPE:Barland
    built/build    VBD   ROOT       5
    a              DT    det        7
    hospital       NN    dobj       5
    .              .     punct      5
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FINANCIAL_SUPPORTER, {("Fooland", "funds", "Barland", "asserted")}),
        (ARMS_TRAINING_AND_FINANCIAL_SUPPORT, {("Fooland", "funds", "Barland", "asserted"),
                                               ("Fooland", "trains", "Barland", "asserted")}),
        (WITH_FINANCIAL_SUPPORT, set()),
        # near neighbours: support another word also describes is backing
        (POLITICAL_AND_FINANCIAL_SUPPORTER, {("Fooland", "funds", "Barland", "asserted"),
                                             ("Fooland", "backs", "Barland", "asserted")}),
        (ARMS_AND_POLITICAL_SUPPORT, {("Fooland", "funds", "Barland", "asserted"),
                                      ("Fooland", "backs", "Barland", "asserted")}),
        (MILITARY_AND_FINANCIAL_SUPPORT, {("Fooland", "backs", "Barland", "asserted")}),
        (WITH_SUPPORT, {("Fooland", "backs", "Barland", "asserted")}),
    ],
)
def test_extract_financial_support_is_no_backing(text, expected):
    assert triples(parse(text)) == expected


def _rows(table: str, coref: tuple[tuple, ...] = ()) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in gazetteer_extractor()(parse(table, coref))._.relations}


# "Lebanon and Cyprus agreed that the Lebanese Armed Forces will train them." ("them" resolved to Lebanon alone)
ARMY_TRAINS_ITS_STATE = """
    Lebanon        NNP   nsubj      3 GPE:Lebanon
    and            CC    cc         0
    Cyprus         NNP   conj       0 GPE:Cyprus
    agreed/agree   VBD   ROOT       3
    that           IN    mark       10
    the            DT    det        8
    Lebanese       NNP   compound   8 ORG:Lebanese_Armed_Forces
    Armed          NNP   compound   8 ORG:Lebanese_Armed_Forces
    Forces         NNP   nsubj      10 ORG:Lebanese_Armed_Forces
    will           MD    aux        10
    train          VB    ccomp      3
    them/they      PRP   dobj       10
    .              .     punct      3
"""
# "The Lebanese Armed Forces will train Cyprus."
ARMY_TRAINS_ANOTHER_STATE = """
    The            DT    det        3
    Lebanese       NNP   compound   3 ORG:Lebanese_Armed_Forces
    Armed          NNP   compound   3 ORG:Lebanese_Armed_Forces
    Forces         NNP   nsubj      5 ORG:Lebanese_Armed_Forces
    will           MD    aux        5
    train          VB    ROOT       5
    Cyprus         NNP   dobj       5 GPE:Cyprus
    .              .     punct      5
"""


@pytest.mark.parametrize(
    ("text", "coref", "expected"),
    [
        (ARMY_TRAINS_ITS_STATE, ((11, 12, "Lebanon"),), set()),
        # near neighbour: the army and another state
        (ARMY_TRAINS_ANOTHER_STATE, (), {("Lebanese Armed Forces", "trains", "Cyprus")}),
    ],
)
def test_extract_a_state_and_its_own_army_are_one_party(text, coref, expected):
    assert _rows(text, coref) == expected
