"""Who does the deed of each participle in a list (relation_rules.v16), on hand-built parses of invented sentences.

A list of passive participles shares its one by-agent however the parser hangs the list: a participle tagged as a
past tense on a noun ("a militia trained, armed and funded by X": *trained* VBD) is passive like the rest, and a
relative clause whose list the parser continued on the noun ("the SDF, which is trained, equipped and protected by
X": *equipped* a second clause of the noun) takes the agent of that continuation.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

MILITIA = """
    Kataib     NNP compound 1 ORG:Kataib_Hezbollah
    Hezbollah  NNP nsubj 13 ORG:Kataib_Hezbollah
    ,          ,   punct 1
    a          DT  det   4
    militia    NN  appos 1
    {first}    {tag} acl 4
    ,          ,   punct 5
    armed/arm  JJ  conj  5
    and        CC  cc    7
    funded/fund VBN conj 7
    by         IN  agent 9
    Tehran     NNP pobj  10 GPE:Iran
    ,          ,   punct 1
    fought/fight VBD ROOT 13
    .          .   punct 13
"""


@pytest.mark.parametrize(
    ("first", "tag", "expected"),
    [
        # the tagger's past tense on the noun's participle: passive, with the list's agent
        ("trained/train", "VBD", {("Iran", "trains", "Kataib Hezbollah", "asserted"), ("Iran", "funds", "Kataib Hezbollah", "asserted")}),
        ("trained/train", "VBN", {("Iran", "trains", "Kataib Hezbollah", "asserted"), ("Iran", "funds", "Kataib Hezbollah", "asserted")}),
    ],
)
def test_relations_passive_lists_a_participle_tagged_past_tense(first, tag, expected):
    assert triples(parse(MILITIA.format(first=first, tag=tag))) == expected


SDF = """
    the        DT  det   1
    SDF        NNP ROOT  1 ORG:Syrian_Democratic_Forces
    ,          ,   punct 1
    which      WDT nsubjpass 6
    is/be      VBZ aux   6
    being/be   VBG auxpass 6
    trained/train VBN relcl 1
    {by}
    ,          ,   punct 1
    equipped/equip VBN acl 1
    and        CC  cc    {cc}
    protected/protect VBN conj {conj}
    by         IN  agent {agent}
    the        DT  det   {det}
    Americans  NNPS pobj {pobj} NORP:United_States
    .          .   punct 1
"""

NO_AGENT = SDF.replace("    {by}\n", "").format(cc=8, conj=8, agent=10, det=12, pobj=11)
OWN_AGENT = SDF.replace("    {by}\n", "    by IN agent 6\n    Jordan NNP pobj 7 GPE:Jordan\n").format(
    cc=10, conj=10, agent=12, det=14, pobj=13)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the relative clause's participle takes the agent of the list the parser continued on the noun
        (NO_AGENT, {("United States", "trains", "Syrian Democratic Forces", "asserted"),
                    ("United States", "funds", "Syrian Democratic Forces", "asserted"),
                    ("United States", "backs", "Syrian Democratic Forces", "asserted")}),
        # trap: a participle with an agent of its own keeps it
        (OWN_AGENT, {("Jordan", "trains", "Syrian Democratic Forces", "asserted"),
                     ("United States", "funds", "Syrian Democratic Forces", "asserted"),
                     ("United States", "backs", "Syrian Democratic Forces", "asserted")}),
    ],
)
def test_relations_passive_lists_a_list_continued_on_the_noun(table, expected):
    assert triples(parse(table)) == expected
