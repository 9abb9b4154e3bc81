"""Round 28, which name a found source gets (relation_rules.v32, r28src).

- A document speaks for the body that releases or carries it: figures and data are documents like a report
  (``vocab/statement_nouns.txt``: "data released by the Fooland Institute shows ...", "figures from the Fooland
  Institute indicate ..."), and a report "in" a named paper or outlet is the outlet's ("according to a report in the
  Daily Post"; ``modality._claimant``). A report "in" anything else (a month) keeps the report's words.
- A thing as the source (the subject of a reporting or finding verb, or the object of "according to", that names no
  person, body or actor and no author: "the document shows", "according to the data") speaks for whoever a source above
  it names ("Kassie said the document shows ...": Kassie), or an "according to" on the same verb
  (``modality._thing_source``, ``vocab/speaker_nouns.txt``). People ("analysts found ...") stay the source.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import sourced

DOCUMENTS = [
    # "According to a report in the Daily Post, Barland funds Kassie."
    ("""
        According/accord VBG prep 10
        to         IN  prep  0
        a          DT  det   3
        report     NN  pobj  1
        in         IN  prep  3
        the        DT  det   7
        Daily      NNP compound 7 ORG::model
        Post       NNP pobj  4 ORG::model
        ,          ,   punct 10
        Barland    NNP nsubj 10 GPE:Barland
        funds/fund VBZ ROOT  10
        Kassie     NNP dobj  10 PERSON:Kassie
        .          .   punct 10
     """, {("Barland", "funds", "Kassie", "reported", "Daily Post")}),
    # "Data released by the Fooland Institute shows that Barland arms Kassie."
    ("""
        Data/datum NNS nsubj 6
        released/release VBN acl 0
        by         IN  agent 1
        the        DT  det   5
        Fooland    NNP compound 5 ORG::model
        Institute  NNP pobj  2 ORG::model
        shows/show VBZ ROOT  6
        that       IN  mark  9
        Barland    NNP nsubj 9 GPE:Barland
        arms/arm   VBZ ccomp 6
        Kassie     NNP dobj  9 PERSON:Kassie
        .          .   punct 6
     """, {("Barland", "funds", "Kassie", "reported", "Fooland Institute")}),
    # "Figures from the Fooland Institute indicate that Barland arms Kassie."
    ("""
        Figures/figure NNS nsubj 5
        from       IN  prep  0
        the        DT  det   4
        Fooland    NNP compound 4 ORG::model
        Institute  NNP pobj  1 ORG::model
        indicate   VBP ROOT  5
        that       IN  mark  8
        Barland    NNP nsubj 8 GPE:Barland
        arms/arm   VBZ ccomp 5
        Kassie     NNP dobj  8 PERSON:Kassie
        .          .   punct 5
     """, {("Barland", "funds", "Kassie", "reported", "Fooland Institute")}),
    # trap: a report "in" a month is no outlet's: "According to a report in March, Barland funds Kassie."
    ("""
        According/accord VBG prep 8
        to         IN  prep  0
        a          DT  det   3
        report     NN  pobj  1
        in         IN  prep  3
        March      NNP pobj  4 DATE::model
        ,          ,   punct 8
        Barland    NNP nsubj 8 GPE:Barland
        funds/fund VBZ ROOT  8
        Kassie     NNP dobj  8 PERSON:Kassie
        .          .   punct 8
     """, {("Barland", "funds", "Kassie", "reported", "report")}),
]


@pytest.mark.parametrize("text, expected", DOCUMENTS, ids=["a report in a paper", "data released by", "figures from",
                                                           "trap: a report in March"])
def test_modality_document_speaks_for_its_body(text, expected):
    assert sourced(text) == expected


THINGS = [
    # "Kassie said the document shows that Barland arms Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        said/say   VBD ROOT  1
        the        DT  det   3
        document   NN  nsubj 4
        shows/show VBZ ccomp 1
        that       IN  mark  7
        Barland    NNP nsubj 7 GPE:Barland
        arms/arm   VBZ ccomp 4
        Fooland    NNP dobj  7 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "funds", "Fooland", "reported", "Kassie")}),
    # "According to Kassie, the commitment shows that Barland arms Fooland."
    ("""
        According/accord VBG prep 6
        to         IN  prep  0
        Kassie     NNP pobj  1 PERSON:Kassie
        ,          ,   punct 6
        the        DT  det   5
        commitment NN  nsubj 6
        shows/show VBZ ROOT  6
        that       IN  mark  9
        Barland    NNP nsubj 9 GPE:Barland
        arms/arm   VBZ ccomp 6
        Fooland    NNP dobj  9 GPE:Fooland
        .          .   punct 6
     """, {("Barland", "funds", "Fooland", "reported", "Kassie")}),
    # "Kassie said that, according to the data, Barland arms Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        said/say   VBD ROOT  1
        that       IN  mark  10
        ,          ,   punct 10
        according/accord VBG prep 10
        to         IN  prep  4
        the        DT  det   7
        data/datum NNS pobj  5
        ,          ,   punct 10
        Barland    NNP nsubj 10 GPE:Barland
        arms/arm   VBZ ccomp 1
        Fooland    NNP dobj  10 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "funds", "Fooland", "reported", "Kassie")}),
    # trap: people stay the source: "Kassie said analysts found that Barland arms Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        said/say   VBD ROOT  1
        analysts/analyst NNS nsubj 3
        found/find VBD ccomp 1
        that       IN  mark  6
        Barland    NNP nsubj 6 GPE:Barland
        arms/arm   VBZ ccomp 3
        Fooland    NNP dobj  6 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "funds", "Fooland", "reported", "analysts")}),
    # trap: a body stays the source: "Kassie said the panel found that Barland arms Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        said/say   VBD ROOT  1
        the        DT  det   3
        panel      NN  nsubj 4
        found/find VBD ccomp 1
        that       IN  mark  7
        Barland    NNP nsubj 7 GPE:Barland
        arms/arm   VBZ ccomp 4
        Fooland    NNP dobj  7 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "funds", "Fooland", "reported", "panel")}),
    # trap: only the name changes, and a verb above with no one named changes nothing: "It is said that the document
    # shows that Barland arms Fooland."
    ("""
        It         PRP nsubjpass 2
        is/be      VBZ auxpass 2
        said/say   VBN ROOT  2
        that       IN  mark  6
        the        DT  det   5
        document   NN  nsubj 6
        shows/show VBZ ccomp 2
        that       IN  mark  9
        Barland    NNP nsubj 9 GPE:Barland
        arms/arm   VBZ ccomp 6
        Fooland    NNP dobj  9 GPE:Fooland
        .          .   punct 2
     """, {("Barland", "funds", "Fooland", "reported", "document")}),
    # trap: a thing with no source above it stays the source: "The document shows that Barland arms Fooland."
    ("""
        The        DT  det   1
        document   NN  nsubj 2
        shows/show VBZ ROOT  2
        that       IN  mark  5
        Barland    NNP nsubj 5 GPE:Barland
        arms/arm   VBZ ccomp 2
        Fooland    NNP dobj  5 GPE:Fooland
        .          .   punct 2
     """, {("Barland", "funds", "Fooland", "reported", "document")}),
]


@pytest.mark.parametrize("text, expected", THINGS, ids=["said the document shows", "according to X, the commitment shows",
                                                        "said that, according to the data", "trap: analysts found",
                                                        "trap: the panel found", "trap: it is said that the document shows",
                                                        "trap: the document shows"])
def test_modality_thing_speaks_for_the_source_above(text, expected):
    assert sourced(text) == expected
