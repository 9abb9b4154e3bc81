"""Modality and attribution on hand-built parses: asserted, reported (by whom), alleged, negated."""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse, triples

CASES = [
    # reported: a reporting verb above the relation, with its speaker
    ("""
        Israeli    JJ  amod  1 NORP:Israel
        officials/official NNS nsubj 2
        said/say   VBD ROOT  2
        Iran       NNP nsubj 4 GPE:Iran
        funds/fund VBZ ccomp 2
        Hamas      NNP dobj  4 ORG:Hamas
        .          .   punct 2
     """, ("Iran", "funds", "Hamas", "reported", "Israeli officials")),  # a description keeps its words
    # reported: "according to X", attached to the verb
    ("""
        According/accord VBG prep 6
        to         IN  prep  0
        Ghattas    NNP pobj  1 PERSON:Ghattas
        ,          ,   punct 6
        Iran       NNP nsubj 6 GPE:Iran
        also       RB  advmod 6
        arms/arm   VBZ ROOT  6
        Hezbollah  NNP dobj  6 ORG:Hezbollah
        .          .   punct 6
     """, ("Iran", "funds", "Hezbollah", "reported", "Ghattas")),
    # reported: a report's finding, the report named in the article's words
    ("""
        a          DT  det   2
        UN         NNP compound 2 ORG:United_Nations
        report     NN  nsubj 3
        found/find VBD ROOT  3
        that       IN  mark  6
        Iran       NNP nsubj 6 GPE:Iran
        armed/arm  VBD ccomp 3
        the        DT  det   8
        Houthis    NNPS dobj 6 ORG:Houthis
        .          .   punct 3
     """, ("Iran", "funds", "Houthis", "reported", "UN report")),
    # no named source: "worth noting that" stays asserted
    ("""
        It         PRP nsubj 1
        is/be      VBZ ROOT  1
        worth      JJ  acomp 1
        noting/note VBG xcomp 2
        that       IN  mark  6
        Iran       NNP nsubj 6 GPE:Iran
        backs/back VBZ ccomp 3
        Syria      NNP dobj  6 GPE:Syria
        .          .   punct 1
     """, ("Iran", "backs", "Syria", "asserted", None)),
    # asserted: a relative clause set off by commas is the author's aside, whoever speaks around it
    ("""
        Analysts/analyst NNS nsubj 1
        believe    VBP ROOT  1
        Iran       NNP nsubj 9 GPE:Iran
        ,          ,   punct 2
        which      WDT nsubj 5
        arms/arm   VBZ relcl 2
        Hamas      NNP dobj  5 ORG:Hamas
        ,          ,   punct 2
        will/will  MD  aux   9
        retaliate  VB  ccomp 1
        .          .   punct 1
     """, ("Iran", "funds", "Hamas", "asserted", None)),
    # negated: a denial negates what follows it, not a clause the parser hangs before it
    ("""
        Kyiv       NNP nsubj 1 GPE:Ukraine
        accused/accuse VBD ccomp 8
        Minsk      NNP dobj  1 GPE:Belarus
        of         IN  prep  1
        arming/arm VBG pcomp 3
        Moscow     NNP dobj  4 GPE:Russia
        ,          ,   punct 1
        officials/official NNS nsubj 8
        reject     VBP ROOT  8
        .          .   punct 8
     """, ("Belarus", "funds", "Russia", "alleged", "Ukraine")),
    # alleged: hedging adverb
    ("""
        Iran       NNP nsubj 2 GPE:Iran
        allegedly  RB  advmod 2
        supplied/supply VBD ROOT 2
        the        DT  det   4
        drones/drone NNS dobj 2
        to         IN  prep  2
        Russia     NNP pobj  5 GPE:Russia
        .          .   punct 2
     """, ("Iran", "funds", "Russia", "alleged", None)),
    # alleged: "is believed to have trained"
    ("""
        Hezbollah  NNP nsubjpass 2 ORG:Hezbollah
        is/be      VBZ auxpass 2
        believed/believe VBN ROOT 2
        to         TO  aux   5
        have/have  VB  aux   5
        trained/train VBN xcomp 2
        Hamas      NNP compound 7 ORG:Hamas
        fighters/fighter NNS dobj 5
        .          .   punct 2
     """, ("Hezbollah", "trains", "Hamas", "alleged", None)),
    # alleged: accusation, the accused is the gerund's subject, the accuser its source (v11)
    ("""
        Washington NNP nsubj 1 GPE:United_States
        accused/accuse VBD ROOT 1
        Tehran     NNP dobj  1 GPE:Iran
        of         IN  prep  1
        arming/arm VBG pcomp 3
        the        DT  det   6
        Houthis    NNPS dobj 4 ORG:Houthis
        .          .   punct 1
     """, ("Iran", "funds", "Houthis", "alleged", "United States")),
    # alleged: modal
    ("""
        Ukraine    NNP nsubj 3 GPE:Ukraine
        may        MD  aux   3
        have/have  VB  aux   3
        received/receive VBN ROOT 3
        missiles/missile NNS dobj 3
        from       IN  prep  3
        Britain    NNP pobj  5 GPE:United_Kingdom
        .          .   punct 3
     """, ("United Kingdom", "funds", "Ukraine", "alleged", None)),
    # negated: "not", and it wins over the reporting verb
    ("""
        Russia     NNP nsubj 3 GPE:Russia
        does/do    VBZ aux   3
        not        RB  neg   3
        arm        VB  ccomp 8
        the        DT  det   5
        Taliban    NNP dobj  3 ORG:Taliban
        ,          ,   punct 8
        ministry   NN  nsubj 8
        said/say   VBD ROOT  8
        .          .   punct 8
     """, ("Russia", "funds", "Taliban", "negated", "ministry")),
    # negated: "never"
    ("""
        Iran       NNP nsubj 3 GPE:Iran
        has/have   VBZ aux   3
        never      RB  neg   3
        trained/train VBN ROOT 3
        Houthi     NNP compound 5 ORG:Houthis
        fighters/fighter NNS dobj 3
        .          .   punct 3
     """, ("Iran", "trains", "Houthis", "negated", None)),
    # negated: "no evidence that ..."
    ("""
        There      EX  expl  1
        is/be      VBZ ROOT  1
        no         DT  det   3
        evidence   NN  attr  1
        that       IN  mark  6
        China      NNP nsubj 6 GPE:China
        supplied/supply VBD acl 3
        weapons/weapon NNS dobj 6
        to         IN  prep  6
        Russia     NNP pobj  8 GPE:Russia
        .          .   punct 1
     """, ("China", "funds", "Russia", "negated", None)),
    # negated: predicate noun under a negated copula
    ("""
        Hamas      NNP nsubj 1 ORG:Hamas
        is/be      VBZ ROOT  1
        not        RB  neg   1
        a          DT  det   4
        proxy      NN  attr  1
        of         IN  prep  4
        Iran       NNP pobj  5 GPE:Iran
        .          .   punct 1
     """, ("Iran", "backs", "Hamas", "negated", None)),
    # negated: "no" on the received theme
    ("""
        Hamas      NNP nsubj 1 ORG:Hamas
        enjoys/enjoy VBZ ROOT 1
        no         DT  det   3
        support    NN  dobj  1
        from       IN  prep  1
        Egypt      NNP pobj  4 GPE:Egypt
        .          .   punct 1
     """, ("Egypt", "backs", "Hamas", "negated", None)),
    # a negation in the clause around the noun phrase does not negate the relation inside it
    ("""
        Hamas      NNP nsubj 10 ORG:Hamas
        ,          ,   punct 0
        an         DT  det   6
        Iran       NNP npadvmod 5 GPE:Iran
        -          HYPH punct 5
        backed/back VBN amod 6
        group      NN  appos 0
        ,          ,   punct 0
        did/do     VBD aux   10
        not        RB  neg   10
        attack     VB  ROOT  10
        .          .   punct 10
     """, ("Iran", "backs", "Hamas", "asserted", None)),
    ("""
        Russia     NNP poss  2 GPE:Russia
        's         POS case  0
        support    NN  nsubj 7
        for        IN  prep  2
        Hamas      NNP pobj  3 ORG:Hamas
        has/have   VBZ aux   7
        not        RB  neg   7
        wavered/waver VBN ROOT 7
        .          .   punct 7
     """, ("Russia", "backs", "Hamas", "asserted", None)),
]


@pytest.mark.parametrize("table, expected", CASES, ids=[" ".join(e[:4]) for _, e in CASES])
def test_relations_modality_and_source(table, expected):
    relations = extractor()(parse(table))._.relations
    assert [(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in relations] == [expected]


UNREAL = [
    # a wish (a plan or an intention is a commitment since relation_rules.v29: tests/test_relations_r26rules.py)
    """
        Qatar      NNP nsubj 1 GPE:Qatar
        wants/want VBZ ROOT  1
        to         TO  aux   3
        fund       VB  xcomp 1
        the        DT  det   6
        Palestinian NNP compound 6 ORG:Palestinian_Authority
        Authority  NNP dobj  3 ORG:Palestinian_Authority
        .          .   punct 1
    """,
    # a demand for a new act ("urged Doha to stop funding Hamas" says Doha funds Hamas: round 35, vocab cessation_verbs)
    """
        Washington NNP nsubj 1 GPE:United_States
        urged/urge VBD ROOT  1
        Doha       NNP dobj  1 GPE:Qatar
        to         TO  aux   4
        start      VB  xcomp 1
        funding/fund VBG xcomp 4
        Hamas      NNP dobj  5 ORG:Hamas
        .          .   punct 1
    """,
]


@pytest.mark.parametrize("table", UNREAL, ids=["wants to fund", "urged to start funding"])
def test_relations_modality_unreal_statement_yields_nothing(table):
    assert triples(parse(table)) == set()


QUOTED = """
    Whereas    IN  mark  3
    Iran       NNP nsubj 3 GPE:Iran
    has/have   VBZ aux   3
    supplied/supply VBN advcl 10
    drones/drone NNS dobj 3
    to         IN  prep  3
    Russia     NNP pobj  5 GPE:Russia
    ,          ,   punct 10
    “          ``  punct 10
    Russia     NNP nsubj 10 GPE:Russia
    armed/arm  VBD ccomp 16
    Iran       NNP dobj  10 GPE:Iran
    ,          ,   punct 10
    ”          ''  punct 10
    the        DT  det   15
    Journal/journal NNP nsubj 16 ORG:The_Wall_Street_Journal
    reported/report VBD ROOT 16
    .          .   punct 16
"""


def test_relations_modality_quotation_is_reported_the_clause_beside_it_is_not():
    doc = parse(QUOTED)
    assert triples(doc) == {("Iran", "funds", "Russia", "asserted"), ("Russia", "funds", "Iran", "reported")}


LISTED = """
    Hamas      NNP nsubjpass 2 ORG:Hamas
    is/be      VBZ auxpass 2
    financed/finance VBN ROOT 2
    ,          ,   punct 2
    armed/arm  JJ  advcl 2
    and        CC  cc    4
    trained/train VBN conj 4
    by         IN  agent 6
    Iran       NNP pobj  7 GPE:Iran
    ,          ,   punct 12
    Israeli    JJ  amod  11 NORP:Israel
    officials/official NNS nsubj 12
    say        VBP parataxis 2
    .          .   punct 2
"""

OWN_CLAUSE = """
    Iran       NNP nsubj 1 GPE:Iran
    arms/arm   VBZ ROOT  1
    Hamas      NNP dobj  1 ORG:Hamas
    ,          ,   punct 5
    officials/official NNS nsubj 5
    say        VBP parataxis 1
    ,          ,   punct 1
    but        CC  cc    1
    Qatar      NNP nsubj 9 GPE:Qatar
    funds/fund VBZ conj  1
    Fatah      NNP dobj  9 ORG:Fatah
    .          .   punct 1
"""


def test_relations_modality_trailing_report_covers_every_listed_verb():
    relations = extractor()(parse(LISTED))._.relations
    assert {(r.relation, r.modality, r.attributed_to) for r in relations} == {
        ("funds", "reported", "Israeli officials"), ("trains", "reported", "Israeli officials")
    }


def test_relations_modality_trailing_report_stops_at_a_conjunct_with_its_own_subject():
    assert triples(parse(OWN_CLAUSE)) == {("Iran", "funds", "Hamas", "reported"), ("Qatar", "funds", "Fatah", "asserted")}
