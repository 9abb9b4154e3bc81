"""Round 15 (relation_rules.v17, r15td): denials on news nobody fitted, kept only when they carried across sets.

Who makes a claim is no party to the tie it claims: a claim noun's "from" names its source as its "by" does ("rejected
all accusations from Indian officials of backing the militants" ties Pakistan to nobody), and the document a claim is
in is its author's ("dismissed claims in a report by UN experts that it was backing the M23 rebels": M23, not the UN).
Hand-built parses of invented sentences as en_core_web_sm parses them, each with a trap: the exact rows are asserted,
so a wrong party fails as surely as a missing one."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Pakistan rejected all accusations from Indian officials of backing the militants."
ACCUSATIONS_FROM_OFFICIALS = """
    Pakistan               NNP   nsubj        1 GPE:Pakistan
    rejected/reject        VBD   ROOT         1
    all                    DT    det          3
    accusations/accusation NNS   dobj         1
    from                   IN    prep         3
    Indian                 JJ    amod         6 NORP:India
    officials/official     NNS   pobj         4
    of                     IN    prep         6
    backing/back           VBG   pcomp        7
    the                    DT    det          10
    militants/militant     NNS   dobj         8
    .                      .     punct        1
"""

# trap: "Pakistan rejected all accusations of ties with Indian officials." (the officials are the tied party)
ACCUSATIONS_OF_TIES_WITH_OFFICIALS = """
    Pakistan               NNP   nsubj        1 GPE:Pakistan
    rejected/reject        VBD   ROOT         1
    all                    DT    det          3
    accusations/accusation NNS   dobj         1
    of                     IN    prep         3
    ties/tie               NNS   pobj         4
    with                   IN    prep         5
    Indian                 JJ    amod         8 NORP:India
    officials/official     NNS   pobj         6
    .                      .     punct        1
"""

# "Uganda dismissed claims in a report by UN experts that it was backing the M23 rebels."
CLAIMS_IN_REPORT_BY = """
    Uganda                 NNP   nsubj        1 GPE:Uganda
    dismissed/dismiss      VBD   ROOT         1
    claims/claim           NNS   dobj         1
    in                     IN    prep         2
    a                      DT    det          5
    report                 NN    pobj         3
    by                     IN    prep         5
    UN                     NNP   compound     8 ORG:United_Nations
    experts/expert         NNS   pobj         6
    that                   IN    mark         12
    it                     PRP   nsubj        12
    was/be                 VBD   aux          12
    backing/back           VBG   acl          5
    the                    DT    det          15
    M23                    NNP   compound     15 ORG:M23
    rebels/rebel           NNS   dobj         12
    .                      .     punct        1
"""
IT_AS_UGANDA = ((10, 11, "Uganda"),)

# the same claims with no content of their own, hung in the report (nobody is tied)
CLAIMS_IN_REPORT_BY_NO_CONTENT = """
    Uganda                 NNP   nsubj        1 GPE:Uganda
    dismissed/dismiss      VBD   ROOT         1
    the                    DT    det          3
    claims/claim           NNS   dobj         1
    in                     IN    prep         3
    a                      DT    det          6
    report                 NN    pobj         4
    by                     IN    prep         6
    UN                     NNP   compound     9 ORG:United_Nations
    experts/expert         NNS   pobj         7
    .                      .     punct        1
"""

# trap: "Uganda dismissed claims of links to the M23 rebels." (a link named in the claim still ties)
CLAIMS_OF_LINKS_TO = """
    Uganda                 NNP   nsubj        1 GPE:Uganda
    dismissed/dismiss      VBD   ROOT         1
    claims/claim           NNS   dobj         1
    of                     IN    prep         2
    links/link             NNS   pobj         3
    to                     IN    prep         4
    the                    DT    det          8
    M23                    NNP   compound     8 ORG:M23
    rebels/rebel           NNS   pobj         5
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    "table, coref, expected",
    [
        # a claim's "from" is its source, never the tied party; a tie named in the claim still ties
        (ACCUSATIONS_FROM_OFFICIALS, (), set()),
        (ACCUSATIONS_OF_TIES_WITH_OFFICIALS, (), {("Pakistan", "denies", "India", "asserted")}),
        # the document a claim is in is its author's: the claim's content ties, its author does not
        (CLAIMS_IN_REPORT_BY, IT_AS_UGANDA, {("Uganda", "denies", "M23", "asserted")}),
        (CLAIMS_IN_REPORT_BY_NO_CONTENT, (), set()),
        (CLAIMS_OF_LINKS_TO, (), {("Uganda", "denies", "M23", "asserted")}),
    ],
)
def test_constructions_claim_source_is_no_party(table, coref, expected):
    doc = parse(table, coref)
    assert len(doc) > 3  # (the table parsed)
    assert triples(doc) == expected
