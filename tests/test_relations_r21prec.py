"""Round 21 (relation_rules.v24, r21prec): guards against wrong rows on unseen news, each measured on all 32 open sets.

A dateline is page furniture (``arguments.in_dateline``): "BERLIN, Germany — Poland has delivered tanks to Ukraine" is
Poland's delivery; the parser hangs the dateline's city on the clause as its subject, or its region as an apposition,
and Germany delivered nothing. Trap: a name before a hyphen word that opens the sentence ("US-backed SDF fighters") is
no dateline.
Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "BERLIN, Germany — Poland has delivered tanks to Ukraine."
DATELINE = """
    BERLIN         NNP   nsubj     6 GPE:Germany
    ,              ,     punct     0
    Germany        NNP   appos     0 GPE:Germany
    —              :     punct     0
    Poland         NNP   nsubj     6 GPE:Poland
    has/have       VBZ   aux       6
    delivered/deliver VBN ROOT     6
    tanks/tank     NNS   dobj      6
    to             IN    prep      6
    Ukraine        NNP   pobj      8 GPE:Ukraine
    .              .     punct     6
"""
# "US-backed SDF fighters seized the town." (a hyphen word opening the sentence: no dateline)
HYPHEN_OPENING = """
    US             NNP   npadvmod  2 GPE:United_States
    -              HYPH  punct     2
    backed/back    VBN   amod      4
    SDF            NNP   compound  4 ORG:Syrian_Democratic_Forces
    fighters/fighter NNS nsubj     5
    seized/seize   VBD   ROOT      5
    the            DT    det       7
    town           NN    dobj      5
    .              .     punct     5
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # the dateline's city and region deliver nothing; the clause's own subject does
        (DATELINE, {("Poland", "funds", "Ukraine", "asserted")}),
        # trap: a name before a hyphen word that opens the sentence still backs
        (HYPHEN_OPENING, {("United States", "backs", "Syrian Democratic Forces", "asserted")}),
    ],
)
def test_extract_dateline_names_no_party(table, expected):
    assert triples(parse(table)) == expected
