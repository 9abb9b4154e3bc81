"""Round 36, who the arguments are, read off round 35's opened closed sets (relation_rules.v39).

- Every member of a list a preposition's object heads: "the forces of Barland, Zedland and Bazbal" (the last two hung
  one below the other; ``Grammar._prep_objects``); not the states people come from, in a list too: "militia leaders
  from Barland, Zedland and Bazbal" (``Grammar.origin_of_group``).
- A list that renames a common noun a compound adjective modifies is every member's: "two Fooland-backed militias --
  the Zed Front and the Bazbal Brigade --" (``constructions.hyphen``).
- A group noun both named ("known as") and listed ("including") stands for both (``Grammar._refer``).
- A description's named apposition wins over its owner, also when the parser hangs it on the first conjunct: "Zed
  Island Republic and Fooland's paramilitary force, Bazbal Group, are accused of ..." (``Grammar._hung_apposition``).
- A "from" phrase right after an object, hung by the parser on the verb, is the object's state: "was training two
  military units from Barland" (``_stray_from``).
- A gerund opening a quotation after "about X" is X's: 'intelligence about Fooland “training two units ...”'
  (``repairs.quoted_gerund_subject``).
- The speaker's own in a quotation is an undertaking's owner: '"We thank Fooland for its support for our operations,"
  the Zed Front said' (``Grammar._refer``, campaign nouns).
- An undertaking's agent owns it: "the intervention by Barlandi soldiers was partly financed by Fooland" (campaign
  nouns with a "by" phrase, ``Grammar._refer``).
- "Any" on a denied thing that is no tie names no denied party: "Fooland, denying any breach of rules, ..."
  (``constructions._accused_party``).
- Goods given (vocab): armoured personnel carriers, fuel tankers in a convoy, a sum "directed" to a recipient.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ALLEGED, REPORTED, row, sourced


# "The forces of Barland, Zedland and Bazbal received rifles from Fooland."
FORCES_OF_LIST = """
        The                DT    det         1
        forces/force       NNS   nsubj       8
        of                 IN    prep        1
        Barland            NNP   pobj        2 GPE:Barland
        ,                  ,     punct       3
        Zedland            NNP   conj        3 GPE:Zedland
        and                CC    cc          5
        Bazbal             NNP   conj        5 GPE:Bazbal
        received/receive   VBD   ROOT        8
        rifles/rifle       NNS   dobj        8
        from               IN    prep        9
        Fooland            NNP   pobj       10 GPE:Fooland
        .                  .     punct       8
"""
# trap: "Militia leaders from Barland, Zedland and Bazbal offered to send fighters to help the Zed Front."
LEADERS_FROM_LIST = """
        Militia/militia    NN    compound    1
        leaders/leader     NNS   nsubj       8
        from               IN    prep        1
        Barland            NNP   pobj        2 GPE:Barland
        ,                  ,     punct       3
        Zedland            NNP   conj        3 GPE:Zedland
        and                CC    cc          5
        Bazbal             NNP   conj        5 GPE:Bazbal
        offered/offer      VBD   ROOT        8
        to                 TO    aux        10
        send               VB    xcomp       8
        fighters/fighter   NNS   dobj       10
        to                 TO    aux        13
        help               VB    advcl      10
        the                DT    det        16
        Zed                NNP   compound   16 ORG:Zed_Front
        Front              NNP   dobj       13 ORG:Zed_Front
        .                  .     punct       8
"""
# "Washington sanctioned two Fooland-backed militias — the Zed Front and the Bazbal Brigade — on Monday."
HYPHEN_RENAMED_LIST = """
        Washington         NNP   nsubj       1 GPE:Zedland
        sanctioned/sanction VBD  ROOT        1
        two                CD    nummod      6
        Fooland            NNP   npadvmod    5 GPE:Fooland
        -                  HYPH  punct       5
        backed/back        VBN   amod        6
        militias/militia   NNS   dobj        1
        —                  :     punct       6
        the                DT    det        10
        Zed                NNP   compound   10 ORG:Zed_Front
        Front              NNP   appos       6 ORG:Zed_Front
        and                CC    cc         10
        the                DT    det        14
        Bazbal             NNP   compound   14 ORG:Bazbal_Brigade
        Brigade            NNP   conj       10 ORG:Bazbal_Brigade
        —                  :     punct       1
        on                 IN    prep        1
        Monday             NNP   pobj       16
        .                  .     punct       1
"""
# trap: "Clashes pitted the Fooland-backed Zed Front and the Bazbal Brigade." (the hyphen is the first name's own)
HYPHEN_ON_NAME = """
        Clashes/clash      NNS   nsubj       1
        pitted/pit         VBD   ROOT        1
        the                DT    det         7
        Fooland            NNP   npadvmod    5 GPE:Fooland
        -                  HYPH  punct       5
        backed/back        VBN   amod        7
        Zed                NNP   compound    7 ORG:Zed_Front
        Front              NNP   dobj        1 ORG:Zed_Front
        and                CC    cc          7
        the                DT    det        11
        Bazbal             NNP   compound   11 ORG:Bazbal_Brigade
        Brigade            NNP   conj        7 ORG:Bazbal_Brigade
        .                  .     punct       1
"""
# "Several Fooland-backed groups known as the Zed Front, including the Bazbal Brigade, vowed to fight."
KNOWN_AS_INCLUDING = """
        Several/several    JJ    amod        4
        Fooland            NNP   npadvmod    3 GPE:Fooland
        -                  HYPH  punct       3
        backed/back        VBN   amod        4
        groups/group       NNS   nsubj      16
        known/know         VBN   acl         4
        as                 IN    prep        5
        the                DT    det         9
        Zed                NNP   compound    9 ORG:Zed_Front
        Front              NNP   pobj        6 ORG:Zed_Front
        ,                  ,     punct       4
        including/include  VBG   prep        4
        the                DT    det        14
        Bazbal             NNP   compound   14 ORG:Bazbal_Brigade
        Brigade            NNP   pobj       11 ORG:Bazbal_Brigade
        ,                  ,     punct       4
        vowed/vow          VBD   ROOT       16
        to                 TO    aux        18
        fight              VB    xcomp      16
        .                  .     punct      16
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (FORCES_OF_LIST, {row("Fooland", "funds", s) for s in ("Barland", "Zedland", "Bazbal")}),
        (LEADERS_FROM_LIST, set()),  # trap: where the leaders come from
        (HYPHEN_RENAMED_LIST, {row("Fooland", "backs", "Zed Front"), row("Fooland", "backs", "Bazbal Brigade")}),
        (HYPHEN_ON_NAME, {row("Fooland", "backs", "Zed Front")}),  # trap: the second name is no one's
        (KNOWN_AS_INCLUDING, {row("Fooland", "backs", "Zed Front"), row("Fooland", "backs", "Bazbal Brigade")}),
    ],
    ids=["forces of a list", "trap: leaders from a list", "a list renaming the noun", "trap: hyphen on a name",
         "known as, including"],
)
def test_relations_round36_every_member_of_a_list(text, expected):
    assert sourced(text) == expected


# "Zed Island Republic and Fooland's paramilitary force, Bazbal Group, are accused of supplying weapons to the Zed
# Front." (the apposition hung on the first conjunct)
APPOSITION_ON_FIRST = """
        The                DT    det         3
        Zed                NNP   compound    3 GPE:Zed_Island_Republic
        Island             NNP   compound    3 GPE:Zed_Island_Republic
        Republic           NNP   nsubjpass  14 GPE:Zed_Island_Republic
        and                CC    cc          3
        Fooland            NNP   poss        8 GPE:Fooland
        's                 POS   case        5
        paramilitary       JJ    amod        8
        force              NN    conj        3
        ,                  ,     punct       3
        Bazbal             NNP   compound   11 ORG:Bazbal_Group
        Group              NNP   appos       3 ORG:Bazbal_Group
        ,                  ,     punct       3
        are/be             VBP   auxpass    14
        accused/accuse     VBN   ROOT       14
        of                 IN    prep       14
        supplying/supply   VBG   pcomp      15
        weapons/weapon     NNS   dobj       16
        to                 IN    prep       16
        the                DT    det        21
        Zed                NNP   compound   21 ORG:Zed_Front
        Front              NNP   pobj       18 ORG:Zed_Front
        .                  .     punct      14
"""
# "Fooland was training two military units from Barland, the report said."
UNITS_FROM = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        was/be             VBD   aux         2
        training/train     VBG   ccomp      11
        two                CD    nummod      5
        military           JJ    amod        5
        units/unit         NNS   dobj        2
        from               IN    prep        2
        {place}
        ,                  ,     punct      11
        the                DT    det        10
        report             NN    nsubj      11
        said/say           VBD   ROOT       11
        .                  .     punct      11
"""
# "Zedland had intelligence about Fooland “training two units from Barland”."
QUOTED_GERUND = """
        Zedland            NNP   nsubj       1 GPE:Zedland
        had/have           VBD   ROOT        1
        intelligence       NN    dobj        1
        about              IN    prep        2
        Fooland            NNP   pobj        3 GPE:Fooland
        “                  ``    punct       1
        training/train     VBG   advcl       1
        two                CD    nummod      8
        units/unit         NNS   dobj        6
        from               IN    prep        6
        Barland            NNP   pobj        9 GPE:Barland
        ”                  ''    punct       1
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (APPOSITION_ON_FIRST, {row("Zed Island Republic", "funds", "Zed Front", ALLEGED),
                               row("Bazbal Group", "funds", "Zed Front", ALLEGED)}),
        (UNITS_FROM.format(place="Barland            NNP   pobj        6 GPE:Barland"),
         {row("Fooland", "trains", "Barland", REPORTED, "report")}),
        (UNITS_FROM.format(place="headquarters       NN    pobj        6"), set()),  # trap: no state named
        (QUOTED_GERUND, {row("Fooland", "trains", "Barland", REPORTED)}),
    ],
    ids=["apposition hung on the first conjunct", "units from a state", "trap: units from a place",
         "a gerund opening a quotation"],
)
def test_relations_round36_arguments_the_parser_misplaces(text, expected):
    assert sourced(text) == expected


# '“We thank Fooland for its support for our operations,” the Zed Front said.'
THANK_FOR_OUR = """
        “                  ``    punct      15
        We                 PRP   nsubj       2
        thank              VBP   ccomp      15
        Fooland            NNP   dobj        2 GPE:Fooland
        for                IN    prep        2
        its                PRP$  poss        6
        support            NN    pobj        4
        for                IN    prep        6
        {owner}
        operations/operation NNS pobj        7
        ,                  ,     punct      15
        ”                  ''    punct      15
        the                DT    det        14
        Zed                NNP   compound   14 ORG:Zed_Front
        Front              NNP   nsubj      15 ORG:Zed_Front
        said/say           VBD   ROOT       15
        .                  .     punct      15
"""
# "Fooland, denying any breach of rules, has admitted that rifles it sold to Barland were later resold."
# (as the parser reads the sentence with a real state's name: the participle an adverbial clause of "admitted")
DENYING_ANY_BREACH = """
        Fooland            NNP   nsubj       9 GPE:Fooland
        ,                  ,     punct       9
        denying/deny       VBG   advcl       9
        any                DT    det         4
        {noun}
        of                 IN    prep        4
        rules/rule         NNS   pobj        5
        ,                  ,     punct       9
        has/have           VBZ   aux         9
        admitted/admit     VBN   ROOT        9
        that               IN    mark       18
        rifles/rifle       NNS   nsubjpass  18
        it                 PRP   nsubj      13
        sold/sell          VBD   relcl      11
        to                 IN    prep       13
        Barland            NNP   pobj       14 GPE:Barland
        were/be            VBD   auxpass    18
        later              RB    advmod     18
        resold/resell      VBN   ccomp       9
        .                  .     punct       9
"""
ITS = ((5, 6, "Fooland"),)
IT = ((12, 13, "Fooland"),)


@pytest.mark.parametrize(
    "text, coref, expected",
    [
        (THANK_FOR_OUR.format(owner="our                PRP$  poss        9"), ITS,
         {row("Fooland", "backs", "Zed Front", REPORTED, "Zed Front")}),
        (THANK_FOR_OUR.format(owner="the                DT    det         9"), ITS, set()),  # trap: whose operations?
        (DENYING_ANY_BREACH.format(noun="breach             NN    dobj        2"), IT,
         {row("Fooland", "funds", "Barland", REPORTED, "Fooland")}),  # no denial of Barland: a breach is no tie
    ],
    ids=["the speaker's own operations", "trap: nobody's operations", "denying any breach"],
)
def test_relations_round36_speakers_and_deniers(text, coref, expected):
    assert sourced(text, coref) == expected


# "The intervention by Barlandi soldiers was partly financed by Fooland." (the undertaking's agent owns it)
INTERVENTION_BY = """
        The                DT    det         1
        intervention       NN    nsubjpass   7
        by                 IN    prep        1
        {owner}
        soldiers/soldier   NNS   pobj        2
        was/be             VBD   auxpass     7
        partly             RB    advmod      7
        financed/finance   VBN   ROOT        7
        by                 IN    agent       7
        Fooland            NNP   pobj        8 GPE:Fooland
        .                  .     punct       7
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (INTERVENTION_BY.format(owner="Barlandi           NNP   compound    4 NORP:Barland"),
         {row("Fooland", "funds", "Barland")}),
        (INTERVENTION_BY.format(owner="the                DT    det         4"), set()),  # trap: nobody's soldiers
    ],
    ids=["an intervention by a state's soldiers", "trap: by soldiers of no one named"],
)
def test_relations_round36_an_undertaking_by_its_agent(text, expected):
    assert sourced(text) == expected


# "Fooland delivered 50 armoured personnel carriers to Barland."
CARRIERS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        delivered/deliver  VBD   ROOT        1
        50                 CD    nummod      5
        armoured           JJ    amod        5
        personnel          NNS   compound    5
        carriers/carrier   NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       1
"""
# "Fooland shipped a convoy of 40 fuel tankers to Barland."
CONVOY = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        shipped/ship       VBD   ROOT        1
        a                  DT    det         3
        convoy             NN    dobj        1
        of                 IN    prep        3
        40                 CD    nummod      7
        fuel               NN    compound    7
        tankers/tanker     NNS   pobj        4
        to                 IN    prep        1
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       1
"""
# "Fooland has directed $75 billion in assistance to Barland."
DIRECTED_SUM = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        directed/direct    VBN   ROOT        2
        $                  $     quantmod    5
        75                 CD    compound    5
        billion            CD    dobj        2
        in                 IN    prep        5
        assistance         NN    pobj        6
        to                 IN    prep        7
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       2
"""
# trap: "Fooland directed its attacks to Barland."
DIRECTED_ATTACKS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        directed/direct    VBD   ROOT        1
        its                PRP$  poss        3
        attacks/attack     NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        4 GPE:Barland
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (CARRIERS, {row("Fooland", "funds", "Barland")}),
        (CONVOY, {row("Fooland", "funds", "Barland")}),
        (DIRECTED_SUM, {row("Fooland", "funds", "Barland")}),
        (DIRECTED_ATTACKS, set()),  # trap: attacks are no goods
    ],
    ids=["personnel carriers", "a convoy of fuel tankers", "a sum directed", "trap: attacks directed"],
)
def test_relations_round36_goods_given(text, expected):
    assert sourced(text) == expected
