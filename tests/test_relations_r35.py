"""Round 35, constructions read off round 34's opened closed sets (relation_rules.v38).

- The names coordinated with a group noun no rule resolves are the arguments: "Zedland stands with the legitimate
  government and the Bazbal Front" (``Grammar._beside_description``).
- A sum of money given for a purpose of backing states the funding alone: "Fooland allocated $5 million to support the
  Barland army" (vocab ``sum_purpose_verbs``, ``extract.supply_purpose``); material sent for it still backs.
- A quantity the parser hung on a preposition is still what is given: "shipped over 2 million shells to Barland"
  (``funds.give``).
- Counterparts stand for the side their modifier names, not their possessor: "Fooian troops trained their Barlandi
  counterparts" (vocab ``counterpart_nouns``).
- The author of a statement does what its participle says: "Bazbal issued a statement denying that it receives weapons
  from Fooland" (``Grammar._subjects``, vocab ``statement_nouns``, ``issuing_verbs``).
- Praise for one's support is thanks for it: "Barland praised Fooland for its support" (``backs.pattern.grateful``).
- The accused denies the accusation its sentence states: "Zedland accused Fooland of arming Bazbal, accusations Fooland
  denies" (``denies.accused``, ``constructions.accused_denial``).
- "Has not nor will it send" negates the sending (``modality.nor_conjunct``); a spokesperson of no known side speaks for
  the side whose act his fronted statement negates, unless the act is refused (``constructions._unnamed_speaker``,
  ``_refused``).
- The owner of a commitment to support is the supporter: "Zedland's commitment to long-term support for Bazbal"
  (``backs.nominal``).
- A tie someone is urged to end holds: "Zedland urged Fooland to withdraw support for Bazbal" (vocab ``cessation_verbs``,
  ``backs.pattern.stop_support``, ``modality.assess``); a support that ended is none ("Fooland withdrew support").
- A speaker closing the sentence, read as a conjunct of the object, is no object: "sent jets to Barland, Ivo Maric,
  the head of the bureau, said" (``repairs.reporter_as_apposition``); a list closed by "and" keeps every member.
- A state people are trained in trains them when no trainer is named: "Barlandi pilots were trained in Fooland",
  "completed tank training in Fooland" (``trains.pattern.trained_in``, ``trains.pattern.training_in``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ALLEGED, ASSERTED, NEGATED, REPORTED, row, sourced


# "Zedland stands with the legitimate government and the Bazbal Front." / "... and the people."
STANDS_WITH = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        stands/stand       VBZ   ROOT        1
        with               IN    prep        1
        the                DT    det         5
        legitimate         JJ    amod        5
        government         NN    pobj        2
        and                CC    cc          5
        the                DT    det         {head}
        {last}
        .                  .     punct       1
"""
BESIDE_NAME = STANDS_WITH.format(head=9, last="""Bazbal             NNP   compound    9 ORG:Bazbal_Front
        Front              NNP   conj        5 ORG:Bazbal_Front""")
BESIDE_PEOPLE = STANDS_WITH.format(head=8, last="people             NNS   conj        5")

# "Fooland allocated $5 million to support the Barland army."
SUM_TO_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        allocated/allocate VBD   ROOT        1
        $                  $     quantmod    4
        5                  CD    compound    4
        million            CD    dobj        1
        to                 TO    aux         6
        support            VB    advcl       1
        the                DT    det         9
        Barland            NNP   compound    9 GPE:Barland
        army               NN    dobj        6
        .                  .     punct       1
"""
# "Fooland sent jets to support Barland." (material, not a sum: the backing stands)
JETS_TO_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        sent/send          VBD   ROOT        1
        jets/jet           NNS   dobj        1
        to                 TO    aux         4
        support            VB    advcl       1
        Barland            NNP   dobj        4 GPE:Barland
        .                  .     punct       1
"""

# "Fooland has shipped over 2 million shells to Barland.", with "over" read as a preposition (as the model read a real
# sentence); the trap: "Fooland has argued over the shells with Barland."
OVER_A_QUANTITY = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        {verb:18} VBN   ROOT        2
        over               IN    prep        2
        2                  CD    compound    5
        million            CD    nummod      6
        shells/shell       NNS   pobj        3
        {prep:18} IN    prep        2
        Barland            NNP   pobj        7 GPE:Barland
        .                  .     punct       2
"""

# "Fooian troops trained their Barlandi counterparts." ("their" resolved to Fooland) / "... their counterparts."
COUNTERPARTS = """
        Fooian/fooian      JJ    amod        1 NORP:Fooland
        troops/troop       NNS   nsubj       2
        trained/train      VBD   ROOT        2
        their              PRP$  poss        {head}
        {rest}
        .                  .     punct       2
"""
NAMED_COUNTERPARTS = COUNTERPARTS.format(head=5, rest="""Barlandi           NNP   compound    5 NORP:Barland
        counterparts/counterpart NNS dobj    2""")
BARE_COUNTERPARTS = COUNTERPARTS.format(head=4, rest="counterparts/counterpart NNS dobj    2")

# "Bazbal issued a statement denying that it receives weapons from Fooland." / "Bazbal read a statement ..."
STATEMENT_DENYING = """
        Bazbal             NNP   nsubj       1 ORG:Bazbal
        {verb:18} VBD   ROOT        1
        a                  DT    det         3
        statement          NN    dobj        1
        denying/deny       VBG   acl         3
        that               IN    mark        7
        it                 PRP   nsubj       7
        receives/receive   VBZ   ccomp       4
        weapons/weapon     NNS   dobj        7
        from               IN    prep        7
        Fooland            NNP   pobj        9 GPE:Fooland
        .                  .     punct       1
"""

# "Barland praised Fooland for its support." / "Barland praised Fooland for its courage."
PRAISED_FOR = """
        Barland            NNP   nsubj       1 GPE:Barland
        praised/praise     VBD   ROOT        1
        Fooland            NNP   dobj        1 GPE:Fooland
        for                IN    prep        1
        its                PRP$  poss        5
        {noun:18} NN    pobj        3
        .                  .     punct       1
"""


IT_IS_BAZBAL = ((6, 7, "Bazbal"),)  # "it" in STATEMENT_DENYING, resolved
THEIR_IS_FOOLAND = ((3, 4, "Fooland"),)  # "their" in COUNTERPARTS, resolved


@pytest.mark.parametrize(
    "text, coref, expected",
    [
        (BESIDE_NAME, (), {row("Zedland", "backs", "Bazbal Front")}),
        (BESIDE_PEOPLE, (), set()),  # trap: no name beside the description
        (SUM_TO_SUPPORT, (), {row("Fooland", "funds", "Barland")}),  # the funding alone
        (JETS_TO_SUPPORT, (), {row("Fooland", "funds", "Barland"), row("Fooland", "backs", "Barland")}),
        (OVER_A_QUANTITY.format(verb="shipped/ship", prep="to"), (), {row("Fooland", "funds", "Barland")}),
        (OVER_A_QUANTITY.format(verb="argued/argue", prep="with"), (), set()),  # trap: no giving
        (NAMED_COUNTERPARTS, THEIR_IS_FOOLAND, {row("Fooland", "trains", "Barland")}),
        (BARE_COUNTERPARTS, THEIR_IS_FOOLAND, set()),  # trap: counterparts of no named side are not the possessor's
        (STATEMENT_DENYING.format(verb="issued/issue"), IT_IS_BAZBAL, {row("Bazbal", "denies", "Fooland")}),
        (STATEMENT_DENYING.format(verb="read/read"), IT_IS_BAZBAL, set()),  # trap: who reads a statement is no author
        (PRAISED_FOR.format(noun="support"), (), {row("Fooland", "backs", "Barland", REPORTED, "Barland")}),
        (PRAISED_FOR.format(noun="courage"), (), set()),  # trap: praise for no support
    ],
    ids=["names beside a description", "trap: no name beside it", "a sum to support", "material to support",
         "a quantity read as a preposition's object", "trap: argued over", "named counterparts",
         "trap: bare counterparts", "a statement's author denies", "trap: a statement read out", "praised for support",
         "trap: praised for courage"],
)
def test_relations_round35_arguments_and_purposes(text, coref, expected):
    assert sourced(text, coref=coref) == expected


# "Zedland accused Fooland of arming Bazbal, accusations Fooland denies."
ACCUSATIONS_DENIED = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        accused/accuse     VBD   ROOT        1
        Fooland            NNP   dobj        1 GPE:Fooland
        of                 IN    prep        1
        arming/arm         VBG   pcomp       3
        Bazbal             NNP   dobj        4 ORG:Bazbal
        ,                  ,     punct       1
        accusations/accusation NNS dep       1
        Fooland            NNP   nsubj       9 GPE:Fooland
        denies/deny        VBZ   ccomp       7
        .                  .     punct       1
"""
# "Fooland is accused of arming Bazbal but denies involvement." / "... but denied involvement in the attack."
ACCUSED_BUT_DENIES = """
        Fooland            NNP   nsubjpass   2 GPE:Fooland
        is/be              VBZ   auxpass     2
        accused/accuse     VBN   ROOT        2
        of                 IN    prep        2
        arming/arm         VBG   pcomp       3
        Bazbal             NNP   dobj        4 ORG:Bazbal
        but                CC    cc          2
        denies/deny        VBZ   conj        2
        involvement        NN    dobj        7
        {rest}
"""
DENIES_INVOLVEMENT = ACCUSED_BUT_DENIES.format(rest=".                  .     punct       2")
DENIES_ATTACK = ACCUSED_BUT_DENIES.format(rest="""in                 IN    prep        8
        the                DT    det        11
        attack             NN    pobj        9
        .                  .     punct       2""")
# "Fooland, which arms Bazbal, denied the report." (the tie stated as fact: no denial of it)
WHICH_ARMS_DENIED = """
        Fooland            NNP   nsubj       6 GPE:Fooland
        ,                  ,     punct       0
        which              WDT   nsubj       3
        arms/arm           VBZ   relcl       0
        Bazbal             NNP   dobj        3 ORG:Bazbal
        ,                  ,     punct       0
        denied/deny        VBD   ROOT        6
        the                DT    det         8
        report             NN    dobj        6
        .                  .     punct       6
"""

# "Fooland has not nor will it send weapons to Barland." ("has" read as the auxiliary of "send")
NOT_NOR = """
        Fooland            NNP   nsubj       6 GPE:Fooland
        has/have           VBZ   aux         6
        not                RB    neg         1
        nor                CC    cc          1
        will               MD    aux         6
        it                 PRP   nsubj       6
        send               VB    ROOT        6
        weapons/weapon     NNS   dobj        6
        to                 IN    prep        6
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       6
"""
# "Fooland has not supplied arms to Barland, spokesperson Ivo Maric said." / "Fooland has refused to supply ..."
SPOKESPERSON_SAID = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        not                RB    neg         3
        supplied/supply    VBN   ccomp      11
        arms/arm           NNS   dobj        3
        to                 IN    prep        3
        Barland            NNP   pobj        5 GPE:Barland
        ,                  ,     punct      11
        spokesperson       NN    compound   10
        Ivo                NNP   compound   10 PERSON:Ivo_Maric
        Maric              NNP   nsubj      11 PERSON:Ivo_Maric
        said/say           VBD   ROOT       11
        .                  .     punct      11
"""
REFUSED_SPOKESPERSON_SAID = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        refused/refuse     VBN   ccomp      12
        to                 TO    aux         4
        supply             VB    xcomp       2
        arms/arm           NNS   dobj        4
        to                 IN    prep        4
        Barland            NNP   pobj        6 GPE:Barland
        ,                  ,     punct      12
        spokesperson       NN    compound   11
        Ivo                NNP   compound   11 PERSON:Ivo_Maric
        Maric              NNP   nsubj      12 PERSON:Ivo_Maric
        said/say           VBD   ROOT       12
        .                  .     punct      12
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (ACCUSATIONS_DENIED, {row("Fooland", "funds", "Bazbal", ALLEGED, "Zedland"), row("Fooland", "denies", "Bazbal")}),
        (DENIES_INVOLVEMENT, {row("Fooland", "funds", "Bazbal", ALLEGED), row("Fooland", "denies", "Bazbal")}),
        (DENIES_ATTACK, {row("Fooland", "funds", "Bazbal", ALLEGED)}),  # trap: a denial of its own
        (WHICH_ARMS_DENIED, {row("Fooland", "funds", "Bazbal")}),  # trap: the tie stated as fact is not denied
        (NOT_NOR, {row("Fooland", "funds", "Barland", NEGATED)}),
        (SPOKESPERSON_SAID, {row("Fooland", "funds", "Barland", NEGATED, "Ivo Maric"),
                             row("Fooland", "denies", "Barland", REPORTED, "Ivo Maric")}),
        (REFUSED_SPOKESPERSON_SAID, {row("Fooland", "funds", "Barland", NEGATED, "Ivo Maric")}),  # trap: a refusal
    ],
    ids=["accusations the accused denies", "accused but denies involvement", "trap: denied involvement in an attack",
         "trap: a tie stated as fact", "has not nor will it", "a spokesperson of no known side",
         "trap: a refusal is no denial"],
)
def test_relations_round35_denials(text, expected):
    assert sourced(text) == expected


# "Barlandi pilots were trained in Fooland." / "... in Fooland by Zedian instructors." (the trainer named)
TRAINED_IN = """
        Barlandi           NNP   compound    1 NORP:Barland
        pilots/pilot       NNS   nsubjpass   3
        were/be            VBD   auxpass     3
        trained/train      VBN   ROOT        3
        in                 IN    prep        3
        Fooland            NNP   pobj        4 GPE:Fooland
        {rest}
"""
TRAINED_IN_STATE = TRAINED_IN.format(rest=".                  .     punct       3")
TRAINED_IN_BY = TRAINED_IN.format(rest="""by                 IN    agent       3
        Zedian/zedian      JJ    amod        8 NORP:Zedland
        instructors/instructor NNS pobj      6
        .                  .     punct       3""")
# "Barlandi soldiers completed tank training in Fooland." / "... in the desert."
TRAINING_IN = """
        Barlandi           NNP   compound    1 NORP:Barland
        soldiers/soldier   NNS   nsubj       2
        completed/complete VBD   ROOT        2
        tank               NN    compound    4
        training           NN    dobj        2
        in                 IN    prep        2
        {place}
        .                  .     punct       2
"""
TRAINING_IN_STATE = TRAINING_IN.format(place="Fooland            NNP   pobj        5 GPE:Fooland")
TRAINING_IN_DESERT = TRAINING_IN.format(place="""the                DT    det         7
        desert             NN    pobj        5""").replace("punct       2", "punct       2", 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        (TRAINED_IN_STATE, {row("Fooland", "trains", "Barland")}),
        (TRAINED_IN_BY, {row("Zedland", "trains", "Barland")}),  # trap: the trainer named, not the place
        (TRAINING_IN_STATE, {row("Fooland", "trains", "Barland")}),
        (TRAINING_IN_DESERT, set()),  # trap: a place that is no state
    ],
    ids=["trained in a state", "trap: trainer named", "training completed in a state", "trap: in the desert"],
)
def test_relations_round35_training_in_a_state(text, expected):
    assert sourced(text) == expected


# "Zedland urged Fooland to withdraw support for Bazbal." / "... to withdraw troops from Bazbal." (no support)
URGED_TO_WITHDRAW = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        urged/urge         VBD   ROOT        1
        Fooland            NNP   dobj        1 GPE:Fooland
        to                 TO    aux         4
        withdraw           VB    xcomp       1
        {noun:18} NN    dobj        4
        {prep:18} IN    prep        5
        Bazbal             NNP   pobj        6 ORG:Bazbal
        .                  .     punct       1
"""
# "Fooland withdrew support for Bazbal." (the support ended: no row)
WITHDREW_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        withdrew/withdraw  VBD   ROOT        1
        support            NN    dobj        1
        for                IN    prep        2
        Bazbal             NNP   pobj        3 ORG:Bazbal
        .                  .     punct       1
"""
# "Zedland urged Fooland to stop arming Bazbal."
URGED_TO_STOP_ARMING = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        urged/urge         VBD   ROOT        1
        Fooland            NNP   dobj        1 GPE:Fooland
        to                 TO    aux         4
        stop               VB    xcomp       1
        arming/arm         VBG   xcomp       4
        Bazbal             NNP   dobj        5 ORG:Bazbal
        .                  .     punct       1
"""


# "It reflects Zedland's commitment to long-term support for Bazbal." / "... Zedland's objection to long-term ..."
COMMITMENT_TO_SUPPORT = """
        It                 PRP   nsubj       1
        reflects/reflect   VBZ   ROOT        1
        Zedland            NNP   poss        4 GPE:Zedland
        's                 POS   case        2
        {noun:18} NN    dobj        1
        to                 IN    prep        4
        long               JJ    amod        8
        -                  HYPH  punct       8
        term               NN    compound    9
        support            NN    pobj        5
        for                IN    prep        9
        Bazbal             NNP   pobj       10 ORG:Bazbal
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (COMMITMENT_TO_SUPPORT.format(noun="commitment"), {row("Zedland", "backs", "Bazbal")}),
        (COMMITMENT_TO_SUPPORT.format(noun="objection"), set()),  # trap: whose objection is no supporter
        (URGED_TO_WITHDRAW.format(noun="support", prep="for"), {row("Fooland", "backs", "Bazbal", REPORTED, "Zedland")}),
        (URGED_TO_WITHDRAW.format(noun="troops/troop", prep="from"), set()),  # trap: no support to end
        (WITHDREW_SUPPORT, set()),  # trap: a support ended is no tie now
        (URGED_TO_STOP_ARMING, {row("Fooland", "funds", "Bazbal", REPORTED, "Zedland")}),
    ],
    ids=["commitment to support", "trap: objection to support", "urged to withdraw support",
         "trap: urged to withdraw troops", "trap: withdrew support", "urged to stop arming"],
)
def test_relations_round35_commitments_and_ties_urged_to_end(text, expected):
    assert sourced(text) == expected


# "Fooland has sent jets to Barland, Ivo Maric, the head of the bureau, said on Monday." (the speaker read as a conjunct)
SPEAKER_AS_CONJUNCT = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        sent/send          VBN   ROOT        2
        jets/jet           NNS   dobj        2
        to                 IN    prep        2
        Barland            NNP   pobj        4 GPE:Barland
        ,                  ,     punct       5
        Ivo                NNP   compound    8 PERSON:Ivo_Maric
        Maric              NNP   conj        5 PERSON:Ivo_Maric
        ,                  ,     punct       8
        the                DT    det        11
        head               NN    appos       8
        of                 IN    prep       11
        the                DT    det        14
        bureau             NN    pobj       12
        ,                  ,     punct       8
        said/say           VBD   conj        2
        on                 IN    prep       16
        Monday             NNP   pobj       17
        .                  .     punct      16
"""
# trap: "Bazbal, which has backing from Fooland, Barland and Zedland, says it will fight." (a list closed by "and")
LIST_BEFORE_SAYS = """
        Bazbal             NNP   nsubj      12 ORG:Bazbal
        ,                  ,     punct       0
        which              WDT   nsubj       3
        has/have           VBZ   relcl       0
        backing            NN    dobj        3
        from               IN    prep        4
        Fooland            NNP   pobj        5 GPE:Fooland
        ,                  ,     punct       6
        Barland            NNP   conj        6 GPE:Barland
        and                CC    cc          8
        Zedland            NNP   conj        8 GPE:Zedland
        ,                  ,     punct       0
        says/say           VBZ   ROOT       12
        it                 PRP   nsubj      15
        will               MD    aux        15
        fight              VB    ccomp      12
        .                  .     punct      12
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SPEAKER_AS_CONJUNCT, {row("Fooland", "funds", "Barland", REPORTED, "Ivo Maric")}),
        (LIST_BEFORE_SAYS, {row("Fooland", "backs", "Bazbal"), row("Barland", "backs", "Bazbal"),
                            row("Zedland", "backs", "Bazbal")}),  # trap: every member of the list
    ],
    ids=["the speaker read as a conjunct", "trap: a list before the saying verb"],
)
def test_relations_round35_speaker_read_as_a_conjunct(text, expected):
    assert sourced(text) == expected


# The rules of this round in the suite's table of every rule (tests/test_relations_constructions.py):
# (rule, parse, expected (subject, relation, object, modality)) and (rule, parse) that yields nothing.
POSITIVE = [
    ("denies.accused", DENIES_INVOLVEMENT,
     {("Fooland", "funds", "Bazbal", ALLEGED), ("Fooland", "denies", "Bazbal", ASSERTED)}),
    ("trains.pattern.trained_in", TRAINED_IN_STATE, {("Fooland", "trains", "Barland", ASSERTED)}),
    ("trains.pattern.training_in", TRAINING_IN_STATE, {("Fooland", "trains", "Barland", ASSERTED)}),
    ("backs.pattern.stop_support", URGED_TO_WITHDRAW.format(noun="support", prep="for"),
     {("Fooland", "backs", "Bazbal", REPORTED)}),
]
NEGATIVE = [
    ("denies.accused", WHICH_ARMS_DENIED.replace("arms/arm           VBZ   relcl", "likes/like         VBZ   relcl")),
    ("trains.pattern.trained_in", TRAINED_IN_STATE.replace("trained/train", "born/bear    ")),
    ("trains.pattern.training_in", TRAINING_IN_DESERT),
    ("backs.pattern.stop_support", WITHDREW_SUPPORT),
]
