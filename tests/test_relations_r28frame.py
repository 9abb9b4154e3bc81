"""Round 28, reporting and accusing frames (relation_rules.v32, r28frame).

A report that closes the sentence (``modality._closing_report``): "Fooland sent rifles to Barland, Baz reported" is
Baz's report however the parser hangs the closing clause: as the main verb's complement, as an "as" clause ("..., as
Baz reports"), as the root whose subject the parser read as an apposition of the last noun ("..., Kassie Moor, a
general, said"), or as a clause on that noun ("..., the Baz agency reported"). Only a clause after a comma (or opened
by "as") that reaches the end of the sentence and reports nothing of its own after its verb.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import gazetteer_extractor, parse, sourced

CLOSING = [
    # "Fooland sent rifles to Barland, Baz reported on Friday." (the report read as the verb's complement)
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        sent/send  VBD ROOT  1
        rifles/rifle NNS dobj 1
        to         IN  prep  1
        Barland    NNP pobj  3 GPE:Barland
        ,          ,   punct 7
        Baz        NNP nsubj 7 ORG:Baz
        reported/report VBD ccomp 1
        on         IN  prep  7
        Friday     NNP pobj  8
        .          .   punct 7
     """, {("Fooland", "funds", "Barland", "reported", "Baz")}),
    # "Fooland has provided Barland with rifles, as Baz reports."
    ("""
        Fooland    NNP nsubj 2 GPE:Fooland
        has/have   VBZ aux   2
        provided/provide VBN ROOT 2
        Barland    NNP dobj  2 GPE:Barland
        with       IN  prep  2
        rifles/rifle NNS pobj 4
        ,          ,   punct 2
        as         IN  mark  9
        Baz        NNP nsubj 9 ORG:Baz
        reports/report VBZ advcl 2
        .          .   punct 2
     """, {("Fooland", "funds", "Barland", "reported", "Baz")}),
    # "Fooland sent rifles to Barland, Kassie Moor, a general, said." (the speaker read as an apposition)
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        sent/send  VBD ccomp 12
        rifles/rifle NNS dobj 1
        to         IN  prep  1
        Barland    NNP pobj  3 GPE:Barland
        ,          ,   punct 4
        Kassie     NNP compound 7 PERSON:Kassie_Moor
        Moor       NNP appos 4 PERSON:Kassie_Moor
        ,          ,   punct 7
        a          DT  det   10
        general    NN  appos 7
        ,          ,   punct 4
        said/say   VBD ROOT  12
        .          .   punct 12
     """, {("Fooland", "funds", "Barland", "reported", "Kassie Moor")}),
    # "Fooland exported rifles to Barland, the Baz agency reported." (the report read as a clause on the last noun)
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        exported/export VBD ROOT 1
        rifles/rifle NNS dobj 1
        to         IN  prep  1
        Barland    NNP pobj  3 GPE:Barland
        ,          ,   punct 4
        the        DT  det   8
        Baz        NNP compound 8 ORG:Baz
        agency     NN  appos 4
        reported/report VBD acl 8
        .          .   punct 1
     """, {("Fooland", "funds", "Barland", "reported", "Baz agency")}),
    # trap: the closing clause reports something of its own: "Fooland sent rifles to Barland, Baz said it would reply."
    # (the parser hanging "said" on "sent" as in the first case)
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        sent/send  VBD ROOT  1
        rifles/rifle NNS dobj 1
        to         IN  prep  1
        Barland    NNP pobj  3 GPE:Barland
        ,          ,   punct 7
        Baz        NNP nsubj 7 ORG:Baz
        said/say   VBD ccomp 1
        it         PRP nsubj 10
        would      MD  aux   10
        reply      VB  ccomp 7
        .          .   punct 1
     """, {("Fooland", "funds", "Barland", "asserted", None)}),
    # trap: a time clause, not a report set after a comma: "Fooland sent rifles to Barland before Baz reported."
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        sent/send  VBD ROOT  1
        rifles/rifle NNS dobj 1
        to         IN  prep  1
        Barland    NNP pobj  3 GPE:Barland
        before     IN  mark  7
        Baz        NNP nsubj 7 ORG:Baz
        reported/report VBD advcl 1
        .          .   punct 1
     """, {("Fooland", "funds", "Barland", "asserted", None)}),
    # trap: a claim keeps its maker: "Fooland discussed Barland's claims that Zedland arms Bazland, Baz said."
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        discussed/discuss VBD ROOT 1
        Barland    NNP poss  4 GPE:Barland
        's         POS case  2
        claims/claim NNS dobj 1
        that       IN  mark  7
        Zedland    NNP nsubj 7 GPE:Zedland
        arms/arm   VBZ acl   4
        Bazland    NNP dobj  7 GPE:Bazland
        ,          ,   punct 11
        Baz        NNP nsubj 11 ORG:Baz
        said/say   VBD ccomp 1
        .          .   punct 11
     """, {("Zedland", "funds", "Bazland", "alleged", "Barland")}),
]


@pytest.mark.parametrize("text, expected", CLOSING, ids=["complement", "as reports", "apposed speaker",
                                                         "clause on a noun", "trap: said it would",
                                                         "trap: before", "trap: a claim's maker"])
def test_modality_closing_report_names_its_source(text, expected):
    assert sourced(text) == expected


# The accusation frame: an accusation covers the purpose of the act it accuses (``modality._purpose_clause``), a verb
# of saying coordinated with another shares its subject ("accused X of ... and alleged that ..."), and a passive
# accusation's "by" hung on the accused act names the accuser (``modality._misplaced_accuser``).
ACCUSED = [
    # "Fooland accused Barland of smuggling cash to support Bazland."
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        accused/accuse VBD ROOT 1
        Barland    NNP dobj  1 GPE:Barland
        of         IN  prep  1
        smuggling/smuggle VBG pcomp 3
        cash       NN  dobj  4
        to         TO  aux   7
        support    VB  advcl 4
        Bazland    NNP dobj  7 GPE:Bazland
        .          .   punct 1
     """, "alleged", "Fooland"),
    # "Fooland accused Barland of lying and has alleged that Barland arms Bazland."
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        accused/accuse VBD ROOT 1
        Barland    NNP dobj  1 GPE:Barland
        of         IN  prep  1
        lying/lie  VBG pcomp 3
        and        CC  cc    1
        has/have   VBZ aux   7
        alleged/allege VBN conj 1
        that       IN  mark  10
        Barland    NNP nsubj 10 GPE:Barland
        arms/arm   VBZ ccomp 7
        Bazland    NNP dobj  10 GPE:Bazland
        .          .   punct 1
     """, "alleged", "Fooland"),
    # "Barland was accused of arming Bazland by Kassie Moor."
    ("""
        Barland    NNP nsubjpass 2 GPE:Barland
        was/be     VBD auxpass 2
        accused/accuse VBN ROOT 2
        of         IN  prep  2
        arming/arm VBG pcomp 3
        Bazland    NNP dobj  4 GPE:Bazland
        by         IN  prep  4
        Kassie     NNP compound 8 PERSON:Kassie_Moor
        Moor       NNP pobj  6 PERSON:Kassie_Moor
        .          .   punct 2
     """, "alleged", "Kassie Moor"),
    # trap: "by" a means, not an accuser: "Barland was accused of arming Bazland by sea."
    ("""
        Barland    NNP nsubjpass 2 GPE:Barland
        was/be     VBD auxpass 2
        accused/accuse VBN ROOT 2
        of         IN  prep  2
        arming/arm VBG pcomp 3
        Bazland    NNP dobj  4 GPE:Bazland
        by         IN  prep  4
        sea        NN  pobj  6
        .          .   punct 2
     """, "alleged", None),
    # trap: the coordinated verb has a subject of its own: "Fooland accused Barland of lying and Kassie Moor alleged
    # that Barland arms Bazland."
    ("""
        Fooland    NNP nsubj 1 GPE:Fooland
        accused/accuse VBD ROOT 1
        Barland    NNP dobj  1 GPE:Barland
        of         IN  prep  1
        lying/lie  VBG pcomp 3
        and        CC  cc    1
        Kassie     NNP compound 7 PERSON:Kassie_Moor
        Moor       NNP nsubj 8 PERSON:Kassie_Moor
        alleged/allege VBD conj 1
        that       IN  mark  11
        Barland    NNP nsubj 11 GPE:Barland
        arms/arm   VBZ ccomp 8
        Bazland    NNP dobj  11 GPE:Bazland
        .          .   punct 1
     """, "alleged", "Kassie Moor"),
]


@pytest.mark.parametrize("text, modality, source", ACCUSED, ids=["purpose of the accused act", "accused and has alleged",
                                                               "passive, by on the act", "trap: by sea",
                                                               "trap: its own subject"])
def test_modality_accusation_names_its_accuser(text, modality, source):
    relations = gazetteer_extractor()(parse(text))._.relations
    rows = {(r.subject, r.object, r.modality, r.attributed_to) for r in relations if r.object == "Bazland"}
    assert rows and rows == {("Barland", "Bazland", modality, source)}
