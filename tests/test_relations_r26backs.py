"""Round 26, second pass (relation_rules.v29, r26backs): backing and training constructions written from the 21 work
sets, kept only when they gained at least three right rows from at least two sets, added no wrong row and lost no
right one in any set, and left the count-only check sets no worse.

- A client noun set before a group noun makes the group a client (``backs.pattern.proxy_group``): "the Indian proxy
  group Lashkar Front" -> backs(India, Lashkar Front), "Kataib Hezbollah, one of Iran's main proxy groups" ->
  backs(Iran, Kataib Hezbollah); a demonym beside a possessor is the client's nationality ("Iran's Iraqi proxy
  groups": no backing by Iraq), and a group that renames no actor gives nothing.
- Who leads a coalition that trains trains (``trains.pattern.coalition_led``): "Denmark will head the coalition of
  countries training Ukrainian pilots", "Norway is spearheading a coalition to supply jets and train Ukrainian pilots",
  "the coalition for training Ukrainian pilots will be led by Denmark", "the countries led by Denmark agreed to train
  Ukrainian pilots"; a coalition nobody leads trains nobody's pilots.
- A body that stands by, alongside or beside another backs it (``backs.verb.stand_by``): "Egypt has always stood by
  Somalia", "Saudi Arabia stands by the Yemeni government"; not a speaker or a listener ("must stand by us", where
  "stand by" is also "wait"), not a person (bodies only, as ``backs.verb.stand``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, rules_fired, triples

# "Police blamed the Indian proxy group Lashkar Front for the attack."
INDIAN_PROXY_GROUP = """
    Police         NNS   nsubj      1
    blamed/blame   VBD   ROOT       1
    the            DT    det        5
    Indian         JJ    amod       5 NORP:India
    proxy          NN    compound   5
    group          NN    dobj       1
    Lashkar        NNP   compound   7 ORG:Lashkar_Front
    Front          NNP   appos      5 ORG:Lashkar_Front
    for            IN    prep       1
    the            DT    det       10
    attack         NN    pobj       8
    .              .     punct      1
"""
# "The attack was claimed by Kataib Hezbollah, one of Iran's main proxy groups."
ONE_OF_PROXY_GROUPS = """
    The            DT    det        1
    attack         NN    nsubjpass  3
    was/be         VBD   auxpass    3
    claimed/claim  VBN   ROOT       3
    by             IN    agent      3
    Kataib         NNP   compound   6 ORG:Kataib_Hezbollah
    Hezbollah      NNP   pobj       4 ORG:Kataib_Hezbollah
    ,              ,     punct      6
    one            CD    appos      6
    of             IN    prep       8
    Iran           NNP   poss      14 GPE:Iran
    's             POS   case      10
    main           JJ    amod      14
    proxy          NN    compound  14
    groups/group   NNS   pobj       9
    .              .     punct      3
"""
# "Kataib Hezbollah, one of Iran's Iraqi proxy groups, fired rockets." (Iraqi: where the client is from)
IRAQI_PROXY_GROUPS = """
    Kataib         NNP   compound   1 ORG:Kataib_Hezbollah
    Hezbollah      NNP   nsubj     11 ORG:Kataib_Hezbollah
    ,              ,     punct      1
    one            CD    appos      1
    of             IN    prep       3
    Iran           NNP   poss       9 GPE:Iran
    's             POS   case       5
    Iraqi          JJ    amod       9 NORP:Iraq
    proxy          NN    compound   9
    groups/group   NNS   pobj       4
    ,              ,     punct      1
    fired/fire     VBD   ROOT      11
    rockets/rocket NNS   dobj      11
    .              .     punct     11
"""
# "The Kenyan proxy groups withdrew." (the groups rename no actor)
KENYAN_PROXY_GROUPS = """
    The            DT    det        3
    Kenyan         JJ    amod       3 NORP:Kenya
    proxy          NN    compound   3
    groups/group   NNS   nsubj      4
    withdrew/withdraw VBD ROOT      4
    .              .     punct      4
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (INDIAN_PROXY_GROUP, {("India", "backs", "Lashkar Front", "asserted")}),
        (ONE_OF_PROXY_GROUPS, {("Iran", "backs", "Kataib Hezbollah", "asserted")}),
        # traps: a demonym beside the possessor is the client's nationality; a group that renames no actor
        (IRAQI_PROXY_GROUPS, {("Iran", "backs", "Kataib Hezbollah", "asserted")}),
        (KENYAN_PROXY_GROUPS, set()),
    ],
)
def test_relations_client_noun_before_group_noun_makes_a_client(text, expected):
    assert triples(parse(text)) == expected


def test_relations_proxy_group_rule_names_the_row():
    assert rules_fired(parse(INDIAN_PROXY_GROUP)) == {"backs.pattern.proxy_group"}


# "Denmark will head the coalition of countries training Ukrainian pilots."
HEADS_COALITION_OF_COUNTRIES = """
    Denmark        NNP   nsubj      2 GPE:Denmark
    will           MD    aux        2
    head           VB    ROOT       2
    the            DT    det        4
    coalition      NN    dobj       2
    of             IN    prep       4
    countries/country NNS pobj      5
    training/train VBG   acl        6
    Ukrainian      JJ    amod       9 NORP:Ukraine
    pilots/pilot   NNS   dobj       7
    .              .     punct      2
"""
# "Norway is spearheading a coalition to supply jets and train Ukrainian pilots."
SPEARHEADS_COALITION = """
    Norway         NNP   nsubj      2 GPE:Norway
    is/be          VBZ   aux        2
    spearheading/spearhead VBG ROOT 2
    a              DT    det        4
    coalition      NN    dobj       2
    to             TO    aux        6
    supply         VB    relcl      4
    jets/jet       NNS   dobj       6
    and            CC    cc         6
    train          VB    conj       6
    Ukrainian      JJ    amod      11 NORP:Ukraine
    pilots/pilot   NNS   dobj       9
    .              .     punct      2
"""
# "The coalition for training Ukrainian pilots will be led by Denmark."
COALITION_FOR_TRAINING_LED_BY = """
    The            DT    det        1
    coalition      NN    nsubjpass  8
    for            IN    prep       1
    training/train VBG   pcomp      2
    Ukrainian      JJ    amod       5 NORP:Ukraine
    pilots/pilot   NNS   dobj       3
    will           MD    aux        8
    be             VB    auxpass    8
    led/lead       VBN   ROOT       8
    by             IN    agent      8
    Denmark        NNP   pobj       9 GPE:Denmark
    .              .     punct      8
"""
# "The countries led by Denmark agreed to train Ukrainian pilots."
COUNTRIES_LED_BY_AGREED = """
    The            DT    det        1
    countries/country NNS nsubj     5
    led/lead       VBN   acl        1
    by             IN    agent      2
    Denmark        NNP   pobj       3 GPE:Denmark
    agreed/agree   VBD   ROOT       5
    to             TO    aux        7
    train          VB    xcomp      5
    Ukrainian      JJ    amod       9 NORP:Ukraine
    pilots/pilot   NNS   dobj       7
    .              .     punct      5
"""
# "The coalition for training Ukrainian pilots met in Brussels." (nobody leads it)
COALITION_FOR_TRAINING_MET = """
    The            DT    det        1
    coalition      NN    nsubj      6
    for            IN    prep       1
    training/train VBG   pcomp      2
    Ukrainian      JJ    amod       5 NORP:Ukraine
    pilots/pilot   NNS   dobj       3
    met/meet       VBD   ROOT       6
    in             IN    prep       6
    Brussels       NNP   pobj       7 GPE:Belgium
    .              .     punct      6
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADS_COALITION_OF_COUNTRIES, {("Denmark", "trains", "Ukraine", "asserted")}),
        (SPEARHEADS_COALITION, {("Norway", "trains", "Ukraine", "asserted")}),
        (COALITION_FOR_TRAINING_LED_BY, {("Denmark", "trains", "Ukraine", "asserted")}),
        (COUNTRIES_LED_BY_AGREED, {("Denmark", "trains", "Ukraine", "asserted")}),
        # trap: a coalition nobody leads
        (COALITION_FOR_TRAINING_MET, set()),
    ],
)
def test_relations_coalition_leader_trains(text, expected):
    assert triples(parse(text)) == expected


# "Egypt has always stood by Somalia."
STOOD_BY = """
    Egypt          NNP   nsubj      3 GPE:Egypt
    has/have       VBZ   aux        3
    always         RB    advmod     3
    stood/stand    VBN   ROOT       3
    by             IN    prep       3
    Somalia        NNP   pobj       4 GPE:Somalia
    .              .     punct      3
"""
# "Saudi Arabia stands by the Yemeni government."
STANDS_BY_GOVERNMENT = """
    Saudi          NNP   compound   1 GPE:Saudi_Arabia
    Arabia         NNP   nsubj      2 GPE:Saudi_Arabia
    stands/stand   VBZ   ROOT       2
    by             IN    prep       2
    the            DT    det        6
    Yemeni         JJ    amod       6 NORP:Yemen
    government     NN    pobj       3
    .              .     punct      2
"""
# "Iraq said the Americans must stand by us." ("us" resolved to Iraq: a speaker's plea, and "stand by" may be "wait")
STAND_BY_US = """
    Iraq           NNP   nsubj      1 GPE:Iraq
    said/say       VBD   ROOT       1
    the            DT    det        3
    Americans      NNPS  nsubj      5 NORP:United_States
    must           MD    aux        5
    stand          VB    ccomp      1
    by             IN    prep       5
    us/we          PRP   pobj       6
    .              .     punct      1
"""
# "President Ruto stood by Somalia." (a person: bodies only)
PERSON_STOOD_BY = """
    President      NNP   compound   1
    Ruto           NNP   nsubj      2 PERSON:William_Ruto
    stood/stand    VBD   ROOT       2
    by             IN    prep       2
    Somalia        NNP   pobj       3 GPE:Somalia
    .              .     punct      2
"""


@pytest.mark.parametrize(
    ("text", "coref", "expected"),
    [
        (STOOD_BY, (), {("Egypt", "backs", "Somalia", "asserted")}),
        (STANDS_BY_GOVERNMENT, (), {("Saudi Arabia", "backs", "Yemen", "asserted")}),
        # traps: a speaker's "us" (resolved or not); a person standing by a state
        (STAND_BY_US, ((7, 8, "Iraq"),), set()),
        (STAND_BY_US, (), set()),
        (PERSON_STOOD_BY, (), set()),
    ],
)
def test_relations_body_standing_by_another_backs_it(text, coref, expected):
    assert triples(parse(text, coref=coref)) == expected


# The tables above, for tests/test_relations_constructions.py (every rule has a positive and a negative case).
POSITIVE = [
    ("backs.pattern.proxy_group", INDIAN_PROXY_GROUP, {("India", "backs", "Lashkar Front", "asserted")}),
    ("trains.pattern.coalition_led", HEADS_COALITION_OF_COUNTRIES, {("Denmark", "trains", "Ukraine", "asserted")}),
    ("backs.verb.stand_by", STOOD_BY, {("Egypt", "backs", "Somalia", "asserted")}),
]
NEGATIVE = [
    ("backs.pattern.proxy_group", KENYAN_PROXY_GROUPS),
    ("trains.pattern.coalition_led", COALITION_FOR_TRAINING_MET),
    ("backs.verb.stand_by", STAND_BY_US, ((7, 8, "Iraq"),)),
]
