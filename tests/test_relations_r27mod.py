"""Round 27, modality (relation_rules.v31, r27mod): one who thanks or praises another for its support reports that
support (``modality._praised``, ``vocab/praise_words.txt``): "Kassie thanked Barland for its support" is Barland's
backing of Kassie as Kassie tells it, reported and attributed to Kassie, as "Kassie said Barland backs her" would be.
Only the relation's own noun under the praise verb (its object or its "for"), or under a praise noun that a light
verb takes ("expressed gratitude for"); with no one named who praises, the row stays the article's own.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import sourced

CASES = [
    # "Kassie thanked Barland for its support."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        thanked/thank VBD ROOT 1
        Barland    NNP dobj  1 GPE:Barland
        for        IN  prep  1
        its        PRP$ poss 5
        support    NN  pobj  3
        .          .   punct 1
     """, {("Barland", "backs", "Kassie", "reported", "Kassie")}),
    # "Kassie hailed Barland's support for Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        hailed/hail VBD ROOT 1
        Barland    NNP poss  4 GPE:Barland
        's         POS case  2
        support    NN  dobj  1
        for        IN  prep  4
        Fooland    NNP pobj  5 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "backs", "Fooland", "reported", "Kassie")}),
    # "Kassie expressed gratitude for Barland's support for Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        expressed/express VBD ROOT 1
        gratitude  NN  dobj  1
        for        IN  prep  2
        Barland    NNP poss  6 GPE:Barland
        's         POS case  4
        support    NN  pobj  3
        for        IN  prep  6
        Fooland    NNP pobj  7 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "backs", "Fooland", "reported", "Kassie")}),
    # trap: a verb that praises nothing: "Kassie discussed Barland's support for Fooland."
    ("""
        Kassie     NNP nsubj 1 PERSON:Kassie
        discussed/discuss VBD ROOT 1
        Barland    NNP poss  4 GPE:Barland
        's         POS case  2
        support    NN  dobj  1
        for        IN  prep  4
        Fooland    NNP pobj  5 GPE:Fooland
        .          .   punct 1
     """, {("Barland", "backs", "Fooland", "asserted", None)}),
    # trap: praise with no one named who praises: "Barland's support for Fooland was praised."
    ("""
        Barland    NNP poss  2 GPE:Barland
        's         POS case  0
        support    NN  nsubjpass 6
        for        IN  prep  2
        Fooland    NNP pobj  3 GPE:Fooland
        was/be     VBD auxpass 6
        praised/praise VBN ROOT 6
        .          .   punct 6
     """, {("Barland", "backs", "Fooland", "asserted", None)}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=["thanked for", "hailed", "expressed gratitude for",
                                                       "trap: discussed", "trap: praised, by no one"])
def test_modality_praise_reports_the_support(text, expected):
    assert sourced(text) == expected
