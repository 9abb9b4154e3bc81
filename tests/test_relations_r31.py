"""Round 31, constructions read off round 30's opened closed sets (relation_rules.v34, actors.v30).

- A representative named with the body he speaks for denies for it: "a spokesman for the Fooian foreign ministry
  rejected reports that ..." (``constructions._deniers``).
- A state's intelligence and aviation are the state: "Fooian intelligence provided Bazbal with drones" (vocab
  ``group_nouns``).
- A counted share of a theme is the theme: "will sell 24 of its jets to Barland" (``constructions._theme_nodes``);
  measures of fuel: "100,000 barrels of oil" (vocab ``part_words``); plain ships and planes are supplies (vocab
  ``weapons_nouns``).
- The one judged, not the judge, does a "for" deed: verbs of praise and blame ("Fooland thanked Barland for
  supporting ..."), and a judgement noun's "on" or "against" ("vented his anger against Barland for arming ...",
  "imposed sanctions on two companies for supplying ...") (``Grammar._judged_by_noun``, vocab ``judged_for_verbs``).
- A nation's weapons given to another: "Fooian weapons provided to Barland" (``funds.nominal.arms``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import sourced

# "A spokesman for the Fooian Foreign Ministry rejected reports that Fooland had sold drones to Barland."
SPOKESMAN_FOR = """
        A                  DT    det         1
        spokesman          NN    nsubj       7
        for                IN    prep        1
        the                DT    det         6
        Fooian             NNP   compound    6 {body}
        Foreign            NNP   compound    6 {body}
        Ministry           NNP   pobj        2 {body}
        rejected/reject    VBD   ROOT        7
        reports/report     NNS   dobj        7
        that               IN    mark       12
        Fooland            NNP   nsubj      12 GPE:Fooland
        had/have           VBD   aux        12
        sold/sell          VBN   acl         8
        drones/drone       NNS   dobj       12
        to                 IN    dative     12
        Barland            NNP   pobj       14 GPE:Barland
        .                  .     punct       7
"""

SPOKESMEN = [
    (SPOKESMAN_FOR.format(body="ORG:Fooland"), {("Fooland", "denies", "Barland", "asserted", None)}),
    # trap: a body that is no actor gives no denier (and the denied sale is not stated as fact)
    (SPOKESMAN_FOR.format(body=""), set()),
]


@pytest.mark.parametrize("text, expected", SPOKESMEN, ids=["spokesman for the ministry", "trap: no actor named"])
def test_relations_spokesman_denies_for_the_body_he_speaks_for(text, expected):
    assert sourced(text) == expected


# "Fooian intelligence had provided Bazbal with drones."
INTELLIGENCE = """
        Fooian/fooian      JJ    amod        1 NORP:Fooland
        intelligence       NN    nsubj       3
        had/have           VBD   aux         3
        provided/provide   VBN   ROOT        3
        Bazbal             NNP   dobj        3 ORG:Bazbal
        with               IN    prep        3
        drones/drone       NNS   pobj        5
        .                  .     punct       3
"""

# "The Bazbal militia, backed by Fooian aviation, took the town."
AVIATION = """
        The                DT    det         2
        Bazbal             NNP   compound    2 ORG:Bazbal
        militia            NN    nsubj       9
        ,                  ,     punct       2
        backed/back        VBN   acl         2
        by                 IN    agent       4
        Fooian             NNP   compound    7 NORP:Fooland
        aviation           NN    pobj        5
        ,                  ,     punct       2
        took/take          VBD   ROOT        9
        the                DT    det        11
        town               NN    dobj        9
        .                  .     punct       9
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (INTELLIGENCE, {("Fooland", "funds", "Bazbal", "asserted", None)}),
        (AVIATION, {("Fooland", "backs", "Bazbal", "asserted", None)}),
    ],
    ids=["intelligence", "aviation"],
)
def test_relations_state_intelligence_and_aviation_are_the_state(text, expected):
    assert sourced(text) == expected


# "Fooland will sell 24 of its <theme> to Barland."
COUNTED_SHARE = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        will               MD    aux         2
        sell               VB    ROOT        2
        24                 CD    dobj        2
        of                 IN    prep        3
        its                PRP$  poss        6
        {theme:18} NNS   pobj        4
        to                 IN    prep        2
        Barland            NNP   pobj        7 GPE:Barland
        .                  .     punct       2
"""

# "Fooland sent 100,000 barrels of oil to Barland."
BARRELS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        sent/send          VBD   ROOT        1
        100,000            CD    nummod      3
        barrels/barrel     NNS   dobj        1
        of                 IN    prep        3
        oil                NN    pobj        4
        to                 IN    prep        1
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       1
"""

# "Fooland will hand over two ships to Barland."
SHIPS = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        will               MD    aux         2
        hand               VB    ROOT        2
        over               RP    prt         2
        two                CD    nummod      5
        ships/ship         NNS   dobj        2
        to                 IN    prep        2
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       2
"""

# "Fooland sent two ships to the Red Sea to deter Barland."
SHIPS_SENT_TO_A_SEA = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        sent/send          VBD   ROOT        1
        two                CD    nummod      3
        ships/ship         NNS   dobj        1
        to                 IN    dative      1
        the                DT    det         7
        Red                NNP   compound    7
        Sea                NNP   pobj        4
        to                 TO    aux         9
        deter              VB    advcl       1
        Barland            NNP   dobj        9 GPE:Barland
        .                  .     punct       1
"""

# "Fooland has given Barland more than $55 billion in military assistance." (a sum is read through "in", not as a count)
SUM_IN_ASSISTANCE = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        given/give         VBN   ROOT        2
        Barland            NNP   dative      2 GPE:Barland
        more               JJR   amod        8
        than               IN    quantmod    8
        $                  $     quantmod    8
        55                 CD    compound    8
        billion            CD    dobj        2
        in                 IN    prep        8
        military           JJ    amod       11
        assistance         NN    pobj        9
        .                  .     punct       2
"""

SUPPLIES = [
    (COUNTED_SHARE.format(theme="jets/jet"), {("Fooland", "funds", "Barland", "asserted", None)}),
    # (the backing row beside the funding went in round 37: support a sum measures is funding alone, test_relations_r37)
    (SUM_IN_ASSISTANCE, {("Fooland", "funds", "Barland", "asserted", None)}),
    (COUNTED_SHARE.format(theme="hotels/hotel"), set()),  # trap: a share of no supply
    (BARRELS, {("Fooland", "funds", "Barland", "asserted", None)}),
    (SHIPS, {("Fooland", "funds", "Barland", "asserted", None)}),
    (SHIPS_SENT_TO_A_SEA, set()),  # trap: ships sent to a place, against an actor
]


@pytest.mark.parametrize(
    "text, expected", SUPPLIES, ids=["24 of its jets", "a sum in assistance", "trap: 24 of its hotels", "barrels of oil", "ships", "trap: ships to a sea"]
)
def test_relations_counted_supplies_and_vessels_are_given(text, expected):
    assert sourced(text) == expected


# "Fooland thanked Barland for supporting the Bazbal militia."
THANKED_FOR = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        thanked/thank      VBD   ROOT        1
        Barland            NNP   dobj        1 GPE:Barland
        for                IN    prep        1
        supporting/support VBG   pcomp       3
        the                DT    det         7
        Bazbal             NNP   compound    7 ORG:Bazbal
        militia            NN    dobj        4
        .                  .     punct       1
"""

# "Kassie Moor vented his anger against Barland for arming the Bazbal militia."
ANGER_AGAINST = """
        Kassie             NNP   compound    1 PERSON:Kassie_Moor
        Moor               NNP   nsubj       2 PERSON:Kassie_Moor
        vented/vent        VBD   ROOT        2
        his                PRP$  poss        4
        anger              NN    dobj        2
        against            IN    prep        4
        Barland            NNP   pobj        5 GPE:Barland
        for                IN    prep        2
        arming/arm         VBG   pcomp       7
        the                DT    det        11
        Bazbal             NNP   compound   11 ORG:Bazbal
        militia            NN    dobj        8
        .                  .     punct       2
"""

# "Fooland imposed sanctions on two companies for supplying drones to the Bazbal militia."
SANCTIONS_ON = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        imposed/impose     VBD   ROOT        1
        sanctions/sanction NNS   dobj        1
        on                 IN    prep        2
        two                CD    nummod      5
        companies/company  NNS   pobj        3
        for                IN    prep        5
        supplying/supply   VBG   pcomp       6
        drones/drone       NNS   dobj        7
        to                 IN    prep        7
        the                DT    det        12
        Bazbal             NNP   compound   12 ORG:Bazbal
        militia            NN    pobj        9
        .                  .     punct       1
"""

JUDGED = [
    (THANKED_FOR, {("Barland", "backs", "Bazbal", "asserted", None)}),
    (ANGER_AGAINST, {("Barland", "funds", "Bazbal", "asserted", None)}),
    # trap: the companies sanctioned are no actors, and the sanctioning state supplies nothing
    (SANCTIONS_ON, set()),
]


@pytest.mark.parametrize("text, expected", JUDGED, ids=["thanked for", "anger against", "trap: sanctions on companies"])
def test_relations_the_one_judged_does_the_deed(text, expected):
    assert sourced(text) == expected


# "Oxfam said that Fooland and Barland <noun> <verb> <prep> Bazland were used in attacks."
NATION_WEAPONS = """
        Oxfam              NNP   nsubj       1 ORG:Oxfam
        said/say           VBD   ROOT        1
        that               IN    mark       11
        Fooland            NNP   nmod        6 GPE:Fooland
        and                CC    cc          3
        Barland            NNP   conj        3 GPE:Barland
        {noun:18} NNS   nsubjpass  11
        {verb:18} VBN   acl         6
        {prep:18} IN    prep        7
        Bazland            NNP   pobj        8 GPE:Bazland
        were/be            VBD   auxpass    11
        used/use           VBN   ccomp       1
        in                 IN    prep       11
        attacks/attack     NNS   pobj       12
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (NATION_WEAPONS.format(noun="weapons/weapon", verb="provided/provide", prep="to"),
         {("Fooland", "funds", "Bazland", "reported", "Oxfam"), ("Barland", "funds", "Bazland", "reported", "Oxfam")}),
        # trap: weapons fired at an actor are no supply
        (NATION_WEAPONS.format(noun="missiles/missile", verb="fired/fire", prep="at"), set()),
    ],
    ids=["weapons provided to", "trap: missiles fired at"],
)
def test_relations_nation_weapons_given_to_another(text, expected):
    assert sourced(text) == expected


# 'Kassie Moor, the Fooian foreign minister, said that “Fooland wants a stable Barland. We sent two patrol boats to
# the Barland coast guard.”'
QUOTE_GOES_ON = """
        Kassie             NNP   compound    1 PERSON:Kassie_Moor
        Moor               NNP   nsubj       8 PERSON:Kassie_Moor
        ,                  ,     punct       1
        the                DT    det         6
        Fooian/fooian      JJ    amod        6 NORP:Fooland
        foreign            JJ    amod        6
        minister           NN    appos       1
        ,                  ,     punct       1
        said/say           VBD   ROOT        8
        that               IN    mark       12
        “                  ``    punct      12
        Fooland            NNP   nsubj      12 GPE:Fooland
        wants/want         VBZ   ccomp       8
        a                  DT    det        15
        stable             JJ    amod       15
        Barland            NNP   dobj       12 GPE:Barland
        {stop:18} {stop_tag:5} punct       8
        We                 PRP   nsubj      18
        sent/send          VBD   ROOT       18
        two                CD    nummod     21
        patrol             NN    compound   21
        boats/boat         NNS   dobj       18
        to                 IN    dative     18
        the                DT    det        26
        Barland            NNP   compound   26 ORG:Barland_Coast_Guard
        coast              NN    compound   26 ORG:Barland_Coast_Guard
        guard              NN    pobj       22 ORG:Barland_Coast_Guard
        .                  .     punct      18
        {close:18} ''    punct      18
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (QUOTE_GOES_ON.format(stop=".", stop_tag=".", close="”"),
         {("Fooland", "funds", "Barland Coast Guard", "reported", "Kassie Moor")}),
        # trap: the quotation closed before "We" (no speaker for it: no row)
        (QUOTE_GOES_ON.format(stop="”", stop_tag="''", close="."), set()),
    ],
    ids=["we in the quotation's next sentence", "trap: quotation closed"],
)
def test_relations_we_in_a_quotation_going_on_is_the_speakers(text, expected):
    assert sourced(text) == expected


# "Fooland will push Barland to close Bazbal offices, and cut off financial support to the Bazbal militia." (as the
# parser read a real sentence: "cut" coordinated with "push")
PUSH_AND_CUT_OFF = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        will               MD    aux         2
        push               VB    ROOT        2
        Barland            NNP   dobj        2 GPE:Barland
        to                 TO    aux         5
        close              VB    xcomp       2
        Bazbal             NNP   compound    7 ORG:Bazbal
        offices/office     NNS   dobj        5
        ,                  ,     punct       2
        and                CC    cc          2
        cut                VB    conj        2
        off                RP    prt        10
        financial          JJ    amod       13
        support            NN    dobj       10
        to                 IN    prep       10
        the                DT    det        17
        Bazbal             NNP   compound   17 ORG:Bazbal
        militia            NN    pobj       14
        .                  .     punct       2
"""


def test_relations_denial_particle_of_another_clause_makes_no_denial():
    # "push ... back" is a denial; the "off" of the coordinated "cut off" is not its particle
    assert not {row for row in sourced(PUSH_AND_CUT_OFF) if row[1] == "denies"}


# "The Fooian leader pointed to Barland's role in providing weapons to the Bazbal militia."
ROLE_IN = """
        The                DT    det         2
        Fooian             NNP   amod        2 NORP:Fooland
        leader             NN    nsubj       3
        pointed/point      VBD   ROOT        3
        to                 IN    prep        3
        {owner:18} {tag:5} poss        7 {ent}
        {case:18} POS   case        5
        role               NN    pobj        4
        in                 IN    prep        3
        providing/provide  VBG   pcomp       8
        weapons/weapon     NNS   dobj        9
        to                 IN    dative      9
        the                DT    det        14
        Bazbal             NNP   compound   14 ORG:Bazbal
        militia            NN    pobj       11
        .                  .     punct       3
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (ROLE_IN.format(owner="Barland", tag="NNP", case="'s", ent="GPE:Barland"),
         {("Barland", "funds", "Bazbal", "asserted", None)}),
        # trap: a role of no actor is not the leader's either ("the company's role in ...")
        (ROLE_IN.format(owner="company", tag="NN", case="'s", ent=""), set()),
    ],
    ids=["Barland's role in", "trap: the company's role in"],
)
def test_relations_role_in_hung_on_the_verb_is_its_owners(text, expected):
    assert sourced(text) == expected


# "Bazbal carried out sniper training for the Barland army."
CARRIED_OUT_TRAINING = """
        Bazbal             NNP   nsubj       1 ORG:Bazbal
        carried/carry      VBD   ROOT        1
        out                RP    prt         1
        sniper             NN    compound    4
        training           NN    dobj        1
        for                IN    prep        4
        the                DT    det         8
        Barland            NNP   compound    8 ORG:Barland_Army
        army               NN    pobj        5 ORG:Barland_Army
        .                  .     punct       1
"""


def test_relations_carried_out_training_is_training():
    assert sourced(CARRIED_OUT_TRAINING) == {("Bazbal", "trains", "Barland Army", "asserted", None)}
