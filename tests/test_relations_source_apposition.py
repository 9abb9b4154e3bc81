"""A clause subject the parser hung as an apposition inside the "according to" phrase before it (repairs.
source_apposition): "According to the weekly Courier, Ngoma has been backed by Wagner" names Ngoma, not no one
(hand-built parses of invented sentences, no statistical model)."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

SWALLOWED = """
    According/accord VBG prep 9
    to         IN  prep  0
    the        DT  det   4
    weekly     JJ  amod  4
    Courier    NNP pobj  1
    ,          ,   punct 4
    Ngoma      NNP appos 4 PERSON:Ngoma
    has/have   VBZ aux   9
    been/be    VBN auxpass 9
    backed/back VBN ROOT 9
    by         IN  agent 9
    Wagner     NNP pobj  10 ORG:Wagner_Group
    .          .   punct 9
"""

# a relative clause the parser hung on the source between the subject and its verb
RELATIVE_ASIDE = """
    According/accord VBG prep 14
    to         IN  prep  0
    the        DT  det   4
    weekly     JJ  amod  4
    Courier    NNP pobj  1
    ,          ,   punct 4
    Ngoma      NNP appos 4 PERSON:Ngoma
    ,          ,   punct 4
    who        WP  nsubj 9
    visited/visit VBD relcl 4
    Paris      NNP dobj  9 GPE:France
    ,          ,   punct 4
    has/have   VBZ aux   14
    been/be    VBN auxpass 14
    backed/back VBN ROOT 14
    by         IN  agent 14
    Wagner     NNP pobj  15 ORG:Wagner_Group
    .          .   punct 14
"""

# the verb has its own subject: the apposition in the source phrase is no subject (trap)
OWN_SUBJECT = """
    According/accord VBG prep 10
    to         IN  prep  0
    the        DT  det   4
    weekly     JJ  amod  4
    Courier    NNP pobj  1
    ,          ,   punct 4
    Ngoma      NNP appos 4 PERSON:Ngoma
    ,          ,   punct 4
    Kabila     NNP nsubjpass 10 PERSON:Kabila
    was/be     VBD auxpass 10
    backed/back VBN ROOT 10
    by         IN  agent 10
    Wagner     NNP pobj  11 ORG:Wagner_Group
    .          .   punct 10
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (SWALLOWED, {("Wagner Group", "backs", "Ngoma")}),
        (RELATIVE_ASIDE, {("Wagner Group", "backs", "Ngoma")}),
        (OWN_SUBJECT, {("Wagner Group", "backs", "Kabila")}),
    ],
)
def test_relations_source_apposition_is_the_subject(table, expected):
    assert {row[:3] for row in triples(parse(table))} == expected
