"""Round 30, constructions read off round 29's opened closed sets (relation_rules.v33).

- A speaker's own statement that it did not give is its denial, whichever verb of stating says it (vocab
  ``statement_verbs`` in ``denies.insist``): "Fooland's foreign minister stated that Fooland did not provide ...".
- "nor" negates the clause it opens: "Fooland has not nor will it sell rifles to Barland" (``modality.nor_conjunct``).
- A relation named by a noun its doer owns is taken as given under a verb of intent: "threatened to attack ... over
  Fooland's support for Barland" (``modality.assess``, ``presupposed``).
- A client or ally a patron's possessive owns, named by a group: "its Bazbal allies" are Bazbal
  (``Grammar._named_client``, vocab ``ally_nouns``).
- Purchases with their buyer after "by", or their seller's "from" hung on the verb (``funds.nominal.imports``).
- The source of a closing report that the parser hung as an apposition is no party (``repairs.reporter_as_apposition``).
- "his" on what a light verb's subject voices is that subject's (``Grammar._light_verb_owner``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from pipeline.relations import repairs
from tests.relations_fixture import parse, sourced


# "<Owner>'s foreign minister stated that Fooland did not provide missiles to <Recipient>."
MINISTER_STATED = """
        {owner:18} NNP   poss        3 GPE:{owner}
        's                 POS   case        0
        foreign            JJ    amod        3
        minister           NN    nsubj       4
        stated/state       VBD   ROOT        4
        that               IN    mark        9
        Fooland            NNP   nsubj       9 GPE:Fooland
        did/do             VBD   aux         9
        not                RB    neg         9
        provide            VB    ccomp       4
        missiles/missile   NNS   dobj        9
        to                 IN    prep        9
        {recipient:18} NNP   pobj       11 GPE:{recipient}
        .                  .     punct       4
"""

OWN_NEGATION = [
    (MINISTER_STATED.format(owner="Fooland", recipient="Barland"),
     {("Fooland", "denies", "Barland", "reported", "Fooland's foreign minister")}),
    # trap: another state's minister says it (the statement negates the supply; it is no denial of Fooland's)
    (MINISTER_STATED.format(owner="Barland", recipient="Bazland"),
     {("Fooland", "funds", "Bazland", "negated", "Barland's foreign minister")}),
]


@pytest.mark.parametrize("text, expected", OWN_NEGATION, ids=["own minister states", "trap: another's minister"])
def test_relations_statement_verb_makes_own_negation_a_denial(text, expected):
    assert sourced(text) == expected


# '"Fooland has not nor will it sell rifles to Barland," Kassie Moor told reporters.' ("it" resolved to Fooland)
NOR = """
        “                  ``    punct      15
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   ccomp      15
        not                RB    neg         2
        nor                CC    cc          2
        will               MD    aux         7
        it                 PRP   nsubj       7
        sell               VB    conj        2
        rifles/rifle       NNS   dobj        7
        to                 IN    prep        7
        Barland            NNP   pobj        9 GPE:Barland
        ,                  ,     punct      15
        ”                  ''    punct      15
        Kassie             NNP   compound   14 PERSON:Kassie_Moor
        Moor               NNP   nsubj      15 PERSON:Kassie_Moor
        told/tell          VBD   ROOT       15
        reporters/reporter NNS   dobj       15
        .                  .     punct      15
"""


def test_modality_nor_negates_the_clause_it_opens():
    assert sourced(NOR, coref=((6, 7, "Fooland"),)) == {("Fooland", "funds", "Barland", "negated", "Kassie Moor")}
    doc = parse(NOR)
    from pipeline.relations.modality import nor_conjunct

    assert nor_conjunct(doc[7]) and not nor_conjunct(doc[2])  # the "nor" conjunct, not the first clause


PRESUPPOSED = [
    # "Militias have threatened to attack US interests over Fooland's support for Barland." ("over" hung on the verb)
    ("""
        Militias/militia   NNS   nsubj       2
        have               VBP   aux         2
        threatened/threaten VBN  ROOT        2
        to                 TO    aux         4
        attack             VB    xcomp       2
        US                 NNP   compound    6 GPE:United_States
        interests/interest NNS   dobj        4
        over               IN    prep        4
        Fooland            NNP   poss       10 GPE:Fooland
        's                 POS   case        8
        support            NN    pobj        7
        for                IN    prep       10
        Barland            NNP   pobj       11 GPE:Barland
        .                  .     punct       2
     """, {("Fooland", "backs", "Barland", "asserted", None)}),
    # trap: support no one owns is what is threatened: "Fooland threatened to increase support for Barland."
    ("""
        Fooland            NNP   nsubj       1 GPE:Fooland
        threatened/threaten VBD  ROOT        1
        to                 TO    aux         3
        increase           VB    xcomp       1
        support            NN    dobj        3
        for                IN    prep        4
        Barland            NNP   pobj        5 GPE:Barland
        .                  .     punct       1
     """, set()),
]


@pytest.mark.parametrize("text, expected", PRESUPPOSED, ids=["owned support, threatened to", "trap: threatened to, no owner"])
def test_modality_owned_relation_noun_is_presupposed(text, expected):
    assert sourced(text) == expected


NAMED_CLIENTS = [
    # "Fooland supplied weapons to its Bazbal allies."
    ("""
        Fooland            NNP   nsubj       1 GPE:Fooland
        supplied/supply    VBD   ROOT        1
        weapons/weapon     NNS   dobj        1
        to                 IN    prep        1
        its                PRP$  poss        6
        Bazbal             NNP   compound    6 ORG:Bazbal
        allies/ally        NNS   pobj        3
        .                  .     punct       1
     """, {("Fooland", "funds", "Bazbal", "asserted", None)}),
    # trap: a demonym says where the allies are from: "Fooland armed its Barlandi allies."
    ("""
        Fooland            NNP   nsubj       1 GPE:Fooland
        armed/arm          VBD   ROOT        1
        its                PRP$  poss        4
        Barlandi           NNP   compound    4 NORP:Barland
        allies/ally        NNS   dobj        1
        .                  .     punct       1
     """, set()),
]


@pytest.mark.parametrize("text, expected", NAMED_CLIENTS, ids=["its group allies", "trap: its demonym allies"])
def test_arguments_owned_ally_named_by_a_group_is_the_group(text, expected):
    assert sourced(text) == expected


SUPPLY = [
    # "Barland has significantly increased its arms purchases from Fooland." (the "from" hung on the verb)
    ("""
        Barland            NNP   nsubj       3 GPE:Barland
        has/have           VBZ   aux         3
        significantly      RB    advmod      3
        increased/increase VBN   ROOT        3
        its                PRP$  poss        6
        arms/arm           NNS   compound    6
        purchases/purchase NNS   dobj        3
        from               IN    prep        3
        Fooland            NNP   pobj        7 GPE:Fooland
        .                  .     punct       3
     """, {("Fooland", "funds", "Barland", "asserted", None)}),
    # "This includes arms purchases by Barland from Fooland."
    ("""
        This               DT    nsubj       1
        includes/include   VBZ   ROOT        1
        arms/arm           NNS   compound    3
        purchases/purchase NNS   dobj        1
        by                 IN    prep        3
        Barland            NNP   pobj        4 GPE:Barland
        from               IN    prep        3
        Fooland            NNP   pobj        6 GPE:Fooland
        .                  .     punct       1
     """, {("Fooland", "funds", "Barland", "asserted", None)}),
]


@pytest.mark.parametrize("text, expected", SUPPLY, ids=["purchases, from on the verb", "purchases by"])
def test_relations_purchases_name_the_seller(text, expected):
    assert sourced(text) == expected


# "Barlandi teams helped the leader fend off Fooland-backed rebel forces, the Baz Journal reported." as the parser
# reads it when it makes the reporter an apposition of "forces" and "reported" a clause under "fend"
REPORTER_APPOSED = """
        Barlandi           NNP   compound    1 NORP:Barland
        teams/team         NNS   nsubj       2
        helped/help        VBD   ROOT        2
        the                DT    det         4
        leader             NN    nsubj       5
        fend               VB    ccomp       2
        off                RP    prt         5
        Fooland            NNP   npadvmod    9 GPE:Fooland
        -                  HYPH  punct       9
        backed/back        VBN   amod       11
        rebel              NN    compound   11
        forces/force       NNS   nsubj      16
        ,                  ,     punct      11
        the                DT    det        15
        Baz                NNP   compound   15 ORG:Baz_Journal
        Journal            NNP   appos      11 ORG:Baz_Journal
        reported/report    VBD   ccomp       5
        .                  .     punct       2
"""

# "Fooland, a Barland ally, armed Bazland." (an apposition with no verb of its own after it)
APPOSED_ALLY = """
        Fooland            NNP   nsubj       6 GPE:Fooland
        ,                  ,     punct       0
        a                  DT    det         4
        Barland            NNP   compound    4 GPE:Barland
        ally               NN    appos       0
        ,                  ,     punct       0
        armed/arm          VBD   ROOT        6
        Bazland            NNP   dobj        6 GPE:Bazland
        .                  .     punct       6
"""


def test_repairs_reporter_as_apposition_is_no_party():
    assert repairs.reporter_as_apposition(parse(REPORTER_APPOSED)[15]).i == 16
    assert repairs.reporter_as_apposition(parse(APPOSED_ALLY)[4]) is None
    assert sourced(REPORTER_APPOSED) == set()  # not "Fooland backs Baz Journal": the forces are no actor


# "Kassie visited Barland, when President Moor voiced his support for Fooland." ("his" resolved to Kassie)
LIGHT_VERB = """
        Kassie             NNP   nsubj       1 PERSON:Kassie
        visited/visit      VBD   ROOT        1
        Barland            NNP   dobj        1 GPE:Barland
        ,                  ,     punct       2
        when               WRB   advmod      7
        President          NNP   compound    6
        Moor               NNP   nsubj       7 PERSON:Moor
        voiced/voice       VBD   relcl       2
        his                PRP$  poss        9
        support            NN    dobj        7
        for                IN    prep        9
        Fooland            NNP   pobj       10 GPE:Fooland
        .                  .     punct       1
"""


def test_arguments_his_on_a_voiced_support_is_the_voicer():
    assert sourced(LIGHT_VERB, coref=((8, 9, "Kassie"),)) == {("Moor", "backs", "Fooland", "asserted", None)}
