"""Round 15 (relation_rules.v17): guards against wrong rows, each measured on real-news sets (r15prec).

A denier's own denied act is the denial alone ("Belarus denied supplying drones to Russia": denies, and no alleged
funds row beside it; the alleged claim row of rounds 13 to 15 is no longer written), while a tie someone else denies
is no row. Hand-built parses of invented sentences as en_core_web_sm parses them,
each with a trap beside the positive case: the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Minsk denied shipping drones to Moscow."
DENIED_SHIPPING = """
    Minsk          NNP   nsubj     1 GPE:Belarus
    denied/deny    VBD   ROOT      1
    shipping/ship  VBG   xcomp     1
    drones/drone   NNS   dobj      2
    to             IN    prep      2
    Moscow         NNP   pobj      4 GPE:Russia
    .              .     punct     1
"""
# "Ankara rejected reports that it trains Hamas fighters."
REJECTED_REPORTS_IT_TRAINS = """
    Ankara         NNP   nsubj     1 GPE:Turkey
    rejected/reject VBD  ROOT      1
    reports/report NNS   dobj      1
    that           IN    mark      5
    it             PRP   nsubj     5
    trains/train   VBZ   acl       2
    Hamas          NNP   compound  7 ORG:Hamas
    fighters/fighter NNS dobj      5
    .              .     punct     1
"""
# "Qatar has long insisted that it gives no money to Hamas."
INSISTED_GIVES_NO_MONEY = """
    Qatar          NNP   nsubj     3 GPE:Qatar
    has/have       VBZ   aux       3
    long           RB    advmod    3
    insisted/insist VBN  ROOT      3
    that           IN    mark      6
    it             PRP   nsubj     6
    gives/give     VBZ   ccomp     3
    no             DT    det       8
    money          NN    dobj      6
    to             IN    prep      6
    Hamas          NNP   pobj      9 ORG:Hamas
    .              .     punct     3
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a denial verb's claim of the denier's own material act: the denial stands alone, no alleged claim row
        (DENIED_SHIPPING, {("Belarus", "denies", "Russia", "asserted")}),
        (REJECTED_REPORTS_IT_TRAINS, {("Turkey", "denies", "Hamas", "asserted")}),
        # and an act stated in the negative by the denier
        (INSISTED_GIVES_NO_MONEY, {("Qatar", "denies", "Hamas", "asserted")}),
    ],
)
def test_extract_denied_own_act_is_the_denial_alone(table, expected):
    found = triples(parse(table))
    assert found == expected
    assert not {row for row in found if row[1] in ("funds", "trains") and row[3] == "alleged"}


# "Doha rejected insinuations from Egyptian officials."
INSINUATIONS_FROM = """
    Doha           NNP   nsubj     1 GPE:Qatar
    rejected/reject VBD  ROOT      1
    insinuations/insinuation NNS dobj 1
    from           IN    prep      2
    Egyptian       JJ    amod      5 NORP:Egypt
    officials/official NNS pobj    3
    .              .     punct     1
"""
# "Doha rejected insinuations of ties to Hamas from Cairo."
INSINUATIONS_OF_TIES_FROM = """
    Doha           NNP   nsubj     1 GPE:Qatar
    rejected/reject VBD  ROOT      1
    insinuations/insinuation NNS dobj 1
    of             IN    prep      2
    ties/tie       NNS   pobj      3
    to             IN    prep      4
    Hamas          NNP   pobj      5 ORG:Hamas
    from           IN    prep      2
    Cairo          NNP   pobj      7 GPE:Egypt
    .              .     punct     1
"""
# "Kampala dismissed claims in a report by Kenya."
CLAIMS_IN_A_REPORT_BY = """
    Kampala        NNP   nsubj     1 GPE:Uganda
    dismissed/dismiss VBD ROOT     1
    claims/claim   NNS   dobj      1
    in             IN    prep      2
    a              DT    det       5
    report         NN    pobj      3
    by             IN    prep      5
    Kenya          NNP   pobj      6 GPE:Kenya
    .              .     punct     1
"""
# "Kampala dismissed claims in a report on its links to M23."
CLAIMS_IN_A_REPORT_ON_LINKS = """
    Kampala        NNP   nsubj     1 GPE:Uganda
    dismissed/dismiss VBD ROOT     1
    claims/claim   NNS   dobj      1
    in             IN    prep      2
    a              DT    det       5
    report         NN    pobj      3
    on             IN    prep      5
    its            PRP$  poss      8
    links/link     NNS   pobj      6
    to             IN    prep      8
    M23            NNP   pobj      9 ORG:M23
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # traps: who makes the claim is no party of the denial
        (INSINUATIONS_FROM, set()),
        (CLAIMS_IN_A_REPORT_BY, set()),
        # the tie the claim names still is
        (INSINUATIONS_OF_TIES_FROM, {("Qatar", "denies", "Hamas", "asserted")}),
        (CLAIMS_IN_A_REPORT_ON_LINKS, {("Uganda", "denies", "M23", "asserted")}),
    ],
)
def test_constructions_claimant_is_no_party_of_the_denial(table, expected):
    assert triples(parse(table)) == expected


# "A spokesman denied that Qatar arms Hamas."
SPOKESMAN_DENIED = """
    A              DT    det       1
    spokesman      NN    nsubj     2
    denied/deny    VBD   ROOT      2
    that           IN    mark      5
    Qatar          NNP   nsubj     5 GPE:Qatar
    arms/arm       VBZ   ccomp     2
    Hamas          NNP   dobj      5 ORG:Hamas
    .              .     punct     2
"""
# "A spokesman said that Qatar does not arm Hamas."
SPOKESMAN_SAID_NOT = """
    A              DT    det       1
    spokesman      NN    nsubj     2
    said/say       VBD   ROOT      2
    that           IN    mark      7
    Qatar          NNP   nsubj     7 GPE:Qatar
    does/do        VBZ   aux       7
    not            RB    neg       7
    arm/arm        VB    ccomp     2
    Hamas          NNP   dobj      7 ORG:Hamas
    .              .     punct     2
"""
# "Berlin refused to arm Hamas."
REFUSED_TO_ARM = """
    Berlin         NNP   nsubj     1 GPE:Germany
    refused/refuse VBD   ROOT      1
    to             TO    aux       3
    arm/arm        VB    xcomp     1
    Hamas          NNP   dobj      3 ORG:Hamas
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a tie someone else denies: no row
        (SPOKESMAN_DENIED, set()),
        # traps: the speaker's own "not", and a refusal, still negate
        (SPOKESMAN_SAID_NOT, {("Qatar", "funds", "Hamas", "negated")}),
        (REFUSED_TO_ARM, {("Germany", "funds", "Hamas", "negated")}),
    ],
)
def test_modality_tie_denied_by_another_is_no_row(table, expected):
    assert triples(parse(table)) == expected


# "Riyadh says it downed a drone launched by the Iran-backed Houthis."
SAYS_DRONE_BY_IRAN_BACKED = """
    Riyadh         NNP   nsubj     1 GPE:Saudi_Arabia
    says/say       VBZ   ROOT      1
    it             PRP   nsubj     3
    downed/down    VBD   ccomp     1
    a              DT    det       5
    drone          NN    dobj      3
    launched/launch VBN  acl       5
    by             IN    agent     6
    the            DT    det       12
    Iran           NNP   npadvmod  11 GPE:Iran
    -              HYPH  punct     11
    backed/back    VBN   amod      12
    Houthis        NNPS  pobj      7 ORG:Houthis
    .              .     punct     1
"""
# "Officials claim the Iran-backed Houthis fired the drone."
CLAIM_IRAN_BACKED_FIRED = """
    Officials/official NNS nsubj   1
    claim/claim    VBP   ROOT      1
    the            DT    det       6
    Iran           NNP   npadvmod  5 GPE:Iran
    -              HYPH  punct     5
    backed/back    VBN   amod      6
    Houthis        NNPS  nsubj     7 ORG:Houthis
    fired/fire     VBD   ccomp     1
    the            DT    det       9
    drone          NN    dobj      7
    .              .     punct     1
"""
# '"Iran-backed Houthis fired the drone," the minister said.'
QUOTED_IRAN_BACKED = """
    "              ``    punct     5
    Iran           NNP   npadvmod  3 GPE:Iran
    -              HYPH  punct     3
    backed/back    VBN   amod      4
    Houthis        NNPS  nsubj     5 ORG:Houthis
    fired/fire     VBD   ccomp     12
    the            DT    det       7
    drone          NN    dobj      5
    ,              ,     punct     12
    "              ''    punct     12
    the            DT    det       11
    minister       NN    nsubj     12
    said/say       VBD   ROOT      12
    .              .     punct     12
"""
# "The Houthis are Iran-backed, officials say."
ARE_IRAN_BACKED_OFFICIALS_SAY = """
    The            DT    det       1
    Houthis        NNPS  nsubj     2 ORG:Houthis
    are/be         VBP   ROOT      2
    Iran           NNP   npadvmod  5 GPE:Iran
    -              HYPH  punct     5
    backed/back    VBN   acomp     2
    ,              ,     punct     8
    officials/official NNS nsubj   8
    say/say        VBP   parataxis 2
    .              .     punct     2
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the writer's label: asserted under a report or a claim
        (SAYS_DRONE_BY_IRAN_BACKED, {("Iran", "backs", "Houthis", "asserted")}),
        (CLAIM_IRAN_BACKED_FIRED, {("Iran", "backs", "Houthis", "asserted")}),
        # traps: the speaker's words in a quotation, and a predicate, are what is reported
        (QUOTED_IRAN_BACKED, {("Iran", "backs", "Houthis", "reported")}),
        (ARE_IRAN_BACKED_OFFICIALS_SAY, {("Iran", "backs", "Houthis", "reported")}),
    ],
)
def test_modality_hyphen_label_is_the_writers(table, expected):
    assert triples(parse(table)) == expected
