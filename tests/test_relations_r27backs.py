"""Round 27 (relation_rules.v30, r27backs): backing constructions written from the 21 work sets, kept only when they
gained at least three right rows from at least two sets, added no wrong row and lost no right one in any set, and left
the count-only check sets no worse.

- An actor's conduct stands for the actor when a possessive noun names it (``Grammar._refer``,
  ``vocab/conduct_nouns.txt``: fight, struggle, battle, actions, policies, aggression): "Kenya backed Somalia's fight
  against the rebels" -> backs(Kenya, Somalia); not a demonym ("Somali aggression" is said of Somalia, often by its
  victims), not a possessive pronoun ("its fight", whoever coreference makes "its").
- A backing claim that a denial answers stays beside the denial, alleged (``extract._claimed``): "Kenya denied
  allegations that it backs the Shabab" -> denies(Kenya, Shabab) and backs(Kenya, Shabab) alleged; and the denier of
  allegations of doing a thing is the one they accuse (``Grammar._subjects``): "Kenya denied allegations of backing
  the Shabab". A denied clause with no claim noun is the denial alone ("Kenya denied that it backs the Shabab"), and a
  claimed supply stays consumed ("denied reports that it supplied weapons to the Shabab": no funds row).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Kenya backed Somalia's fight against the rebels."
BACKED_FIGHT = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    backed/back    VBD   ROOT       1
    Somalia        NNP   poss       4 GPE:Somalia
    's             POS   case       2
    fight          NN    dobj       1
    against        IN    prep       4
    the            DT    det        7
    rebels/rebel   NNS   pobj       5
    .              .     punct      1
"""
# "Kenya expressed support for Somalia's actions."
SUPPORT_FOR_ACTIONS = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    expressed/express VBD ROOT      1
    support        NN    dobj       1
    for            IN    prep       2
    Somalia        NNP   poss       6 GPE:Somalia
    's             POS   case       4
    actions/action NNS   pobj       3
    .              .     punct      1
"""
# "Kenya backed Somali aggression." (a demonym: no owner named)
BACKED_DEMONYM_AGGRESSION = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    backed/back    VBD   ROOT       1
    Somali         JJ    amod       3 NORP:Somalia
    aggression     NN    dobj       1
    .              .     punct      1
"""
# "Kenya backed its fight against the rebels." ("its" resolved to Somalia: no owner named)
BACKED_ITS_FIGHT = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    backed/back    VBD   ROOT       1
    its            PRP$  poss       3
    fight          NN    dobj       1
    against        IN    prep       3
    the            DT    det        6
    rebels/rebel   NNS   pobj       4
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("text", "coref", "expected"),
    [
        (BACKED_FIGHT, (), {("Kenya", "backs", "Somalia", "asserted")}),
        (SUPPORT_FOR_ACTIONS, (), {("Kenya", "backs", "Somalia", "asserted")}),
        # traps: a demonym on the conduct, a possessive pronoun
        (BACKED_DEMONYM_AGGRESSION, (), set()),
        (BACKED_ITS_FIGHT, ((2, 3, "Somalia"),), set()),
    ],
)
def test_arguments_an_actors_conduct_named_by_a_possessive_stands_for_it(text, coref, expected):
    assert triples(parse(text, coref=coref)) == expected


# "Kenya denied allegations that it backs the Shabab."
DENIED_ALLEGATIONS_THAT = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    denied/deny    VBD   ROOT       1
    allegations/allegation NNS dobj 1
    that           IN    mark       5
    it             PRP   nsubj      5
    backs/back     VBZ   acl        2
    the            DT    det        7
    Shabab         NNP   dobj       5 ORG:al-Shabaab
    .              .     punct      1
"""
# "Kenya denied allegations of backing the Shabab."
DENIED_ALLEGATIONS_OF = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    denied/deny    VBD   ROOT       1
    allegations/allegation NNS dobj 1
    of             IN    prep       2
    backing/back   VBG   pcomp      3
    the            DT    det        6
    Shabab         NNP   dobj       4 ORG:al-Shabaab
    .              .     punct      1
"""
# "Kenya denied that it backs the Shabab." (no claim noun: the denial alone)
DENIED_THAT = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    denied/deny    VBD   ROOT       1
    that           IN    mark       4
    it             PRP   nsubj      4
    backs/back     VBZ   ccomp      1
    the            DT    det        6
    Shabab         NNP   dobj       4 ORG:al-Shabaab
    .              .     punct      1
"""
# "Kenya denied reports that it supplied weapons to the Shabab." (a claimed supply: the denial alone)
DENIED_SUPPLY_REPORTS = """
    Kenya          NNP   nsubj      1 GPE:Kenya
    denied/deny    VBD   ROOT       1
    reports/report NNS   dobj       1
    that           IN    mark       5
    it             PRP   nsubj      5
    supplied/supply VBD  acl        2
    weapons/weapon NNS   dobj       5
    to             IN    prep       5
    the            DT    det        9
    Shabab         NNP   pobj       7 ORG:al-Shabaab
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("text", "coref", "expected"),
    [
        (
            DENIED_ALLEGATIONS_THAT,
            ((4, 5, "Kenya"),),
            {("Kenya", "denies", "al-Shabaab", "asserted"), ("Kenya", "backs", "al-Shabaab", "alleged")},
        ),
        (
            DENIED_ALLEGATIONS_OF,
            (),
            {("Kenya", "denies", "al-Shabaab", "asserted"), ("Kenya", "backs", "al-Shabaab", "alleged")},
        ),
        # traps: a denied clause with no claim noun; a claimed supply
        (DENIED_THAT, ((3, 4, "Kenya"),), {("Kenya", "denies", "al-Shabaab", "asserted")}),
        (DENIED_SUPPLY_REPORTS, ((4, 5, "Kenya"),), {("Kenya", "denies", "al-Shabaab", "asserted")}),
    ],
)
def test_extract_a_backing_claim_a_denial_answers_stays_alleged(text, coref, expected):
    assert triples(parse(text, coref=coref)) == expected
