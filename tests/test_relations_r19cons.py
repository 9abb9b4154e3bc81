"""Round 19 (relation_rules.v23, r19cons): two constructions that recur across annotators and carried to unread sets.

- Coordinated role nouns share the phrase that names their other party: in "X is a financial backer and an ally of
  Y" the "of Y" hangs on the last conjunct only, yet both nouns are X's roles towards Y. A role noun with no party
  of its own takes the "of / for / to" object of a role noun of support coordinated with it (one or two conjuncts
  down), in `funds.role_noun`, `funds.role_noun.financial`, `funds.role_noun.supplier` and `backs.role_noun.patron`
  (fallback patterns). A coordinated noun that is no role of support ("a rival of Y") lends nothing.
- People sent to a country to train: a sending verb whose object is named by its training role ("a military training
  team", "training personnel", `trains.pattern.sent_training`), or whose purpose clause trains the destination's own
  forces ("deployed officers to Chad to train local troops", "to help train its soldiers",
  `trains.pattern.sent_to_train`), trains the destination. Trainees named otherwise ("to train Ukrainian soldiers")
  are not the destination's.

Hand-built parses of invented sentences as en_core_web_sm parses them, each positive case beside a trap: the exact
rows are asserted, so a wrong party fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, rules_fired, triples

# "Tehran is a generous financial backer and an ally of the Houthis."
BACKER_AND_ALLY = """
    Tehran                 NNP   nsubj      1 GPE:Iran
    is/be                  VBZ   ROOT       1
    a                      DT    det        5
    generous               JJ    amod       5
    financial              JJ    amod       5
    backer                 NN    attr       1
    and                    CC    cc         5
    an                     DT    det        8
    ally                   NN    conj       5
    of                     IN    prep       8
    the                    DT    det        11
    Houthis                NNPS  pobj       9 ORG:Houthis
    .                      .     punct      1
"""

# trap: "Tehran is a generous financial backer and a rival of the Taliban." (a rival is no role of support)
BACKER_AND_RIVAL = """
    Tehran                 NNP   nsubj      1 GPE:Iran
    is/be                  VBZ   ROOT       1
    a                      DT    det        5
    generous               JJ    amod       5
    financial              JJ    amod       5
    backer                 NN    attr       1
    and                    CC    cc         5
    a                      DT    det        8
    rival                  NN    conj       5
    of                     IN    prep       8
    the                    DT    det        11
    Taliban                NNP   pobj       9 ORG:Taliban
    .                      .     punct      1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            BACKER_AND_ALLY,
            {("Iran", "funds", "Houthis", "asserted"), ("Iran", "backs", "Houthis", "asserted")},
        ),
        (BACKER_AND_RIVAL, set()),
    ],
)
def test_constructions_coordinated_role_nouns(table, expected):
    assert {t for t in triples(parse(table)) if t[1] in ("funds", "backs")} == expected


def test_constructions_coordinated_role_nouns_rules():
    assert {"funds.role_noun.financial", "backs.role_noun.patron"} <= rules_fired(parse(BACKER_AND_ALLY))


# "Moscow sent a military training team to Mali."
TRAINING_TEAM = """
    Moscow                 NNP   nsubj      1 GPE:Russia
    sent/send              VBD   ROOT       1
    a                      DT    det        5
    military               JJ    amod       5
    training               NN    compound   5
    team                   NN    dobj       1
    to                     IN    prep       1
    Mali                   NNP   pobj       6 GPE:Mali
    .                      .     punct      1
"""

# trap: "Moscow sent a medical team to Mali." (no training word: a team sent is no trainer)
MEDICAL_TEAM = """
    Moscow                 NNP   nsubj      1 GPE:Russia
    sent/send              VBD   ROOT       1
    a                      DT    det        4
    medical                JJ    amod       4
    team                   NN    dobj       1
    to                     IN    prep       1
    Mali                   NNP   pobj       5 GPE:Mali
    .                      .     punct      1
"""

# "Paris deployed officers to Chad to train local troops."
TO_TRAIN_LOCAL = """
    Paris                  NNP   nsubj      1 GPE:France
    deployed/deploy        VBD   ROOT       1
    officers/officer       NNS   dobj       1
    to                     IN    prep       1
    Chad                   NNP   pobj       3 GPE:Chad
    to                     TO    aux        6
    train                  VB    advcl      1
    local                  JJ    amod       8
    troops/troop           NNS   dobj       6
    .                      .     punct      1
"""

# "Washington sent advisers to Niamey to help train its soldiers."
TO_HELP_TRAIN = """
    Washington             NNP   nsubj      1 GPE:United_States
    sent/send              VBD   ROOT       1
    advisers/adviser       NNS   dobj       1
    to                     IN    dative     1
    Niamey                 NNP   pobj       3 GPE:Niger
    to                     TO    aux        6
    help                   VB    advcl      1
    train                  VB    xcomp      6
    its                    PRP$  poss       9
    soldiers/soldier       NNS   dobj       7
    .                      .     punct      1
"""

# trap: "London sent officers to Poland to train Ukrainian soldiers." (the trainees are Ukraine's, not Poland's)
TO_TRAIN_OTHERS = """
    London                 NNP   nsubj      1 GPE:United_Kingdom
    sent/send              VBD   ROOT       1
    officers/officer       NNS   dobj       1
    to                     IN    prep       1
    Poland                 NNP   pobj       3 GPE:Poland
    to                     TO    aux        6
    train                  VB    advcl      1
    Ukrainian              JJ    amod       8 NORP:Ukraine
    soldiers/soldier       NNS   dobj       6
    .                      .     punct      1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (TRAINING_TEAM, {("Russia", "trains", "Mali", "asserted")}),
        (MEDICAL_TEAM, set()),
        (TO_TRAIN_LOCAL, {("France", "trains", "Chad", "asserted")}),
        (TO_HELP_TRAIN, {("United States", "trains", "Niger", "asserted")}),
        (TO_TRAIN_OTHERS, {("United Kingdom", "trains", "Ukraine", "asserted")}),
    ],
)
def test_patterns_sent_to_train(table, expected):
    assert {t for t in triples(parse(table)) if t[1] == "trains"} == expected

# "Three hundred officers were sent by Moscow to train the army of Mali." (a passive sending: its agent trains)
SENT_BY_TO_TRAIN = """
    Three                  CD    compound   1
    hundred                CD    nummod     2
    officers/officer       NNS   nsubjpass  4
    were/be                VBD   auxpass    4
    sent/send              VBN   ROOT       4
    by                     IN    agent      4
    Moscow                 NNP   pobj       5 GPE:Russia
    to                     TO    aux        8
    train                  VB    advcl      4
    the                    DT    det        10
    army                   NN    dobj       8
    of                     IN    prep       10
    Mali                   NNP   pobj       11 GPE:Mali
    .                      .     punct      4
"""

# trap: "Three hundred officers were sent by Moscow to train with the army of Mali." (training beside it, not it)
SENT_BY_TO_TRAIN_WITH = """
    Three                  CD    compound   1
    hundred                CD    nummod     2
    officers/officer       NNS   nsubjpass  4
    were/be                VBD   auxpass    4
    sent/send              VBN   ROOT       4
    by                     IN    agent      4
    Moscow                 NNP   pobj       5 GPE:Russia
    to                     TO    aux        8
    train                  VB    advcl      4
    with                   IN    prep       8
    the                    DT    det        11
    army                   NN    pobj       9
    of                     IN    prep       11
    Mali                   NNP   pobj       12 GPE:Mali
    .                      .     punct      4
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(SENT_BY_TO_TRAIN, {("Russia", "trains", "Mali", "asserted")}, marks=pytest.mark.xfail(
            strict=True, reason="the passive sending was dropped in round 19: it gained on a readable set only")),
        (SENT_BY_TO_TRAIN_WITH, set()),
    ],
)
def test_patterns_sent_by_to_train(table, expected):
    assert {t for t in triples(parse(table)) if t[1] == "trains"} == expected


# The tables above, for tests/test_relations_constructions.py (every rule has a positive and a negative case).
POSITIVE = [
    ("funds.role_noun.financial", BACKER_AND_ALLY,
     {("Iran", "funds", "Houthis", "asserted"), ("Iran", "backs", "Houthis", "asserted")}),
    ("trains.pattern.sent_training", TRAINING_TEAM, {("Russia", "trains", "Mali", "asserted")}),
    ("trains.pattern.sent_to_train", TO_TRAIN_LOCAL, {("France", "trains", "Chad", "asserted")}),
]
NEGATIVE = [
    ("funds.role_noun.financial", BACKER_AND_RIVAL),
    ("trains.pattern.sent_training", MEDICAL_TEAM),
    ("trains.pattern.sent_to_train", SENT_BY_TO_TRAIN_WITH),
]
