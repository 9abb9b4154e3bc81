"""Round 15 (relation_rules.v17, r15td): denials on news nobody fitted, kept only when they carried across sets.

Who makes a claim is no party to the tie it claims: a claim noun's "from" names its source as its "by" does ("rejected
all accusations from Indian officials of backing the militants" ties Pakistan to nobody), and the document a claim is
in is its author's ("rejected allegations in a dossier by UN experts that it arms the M23 rebels": M23, not the
UN).
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

# "Rwanda rejected allegations in a dossier by UN experts that it arms the M23 rebels."
ALLEGATIONS_IN_DOSSIER_BY = """
    Rwanda                 NNP   nsubj        1 GPE:Rwanda
    rejected/reject        VBD   ROOT         1
    allegations/allegation NNS   dobj         1
    in                     IN    prep         2
    a                      DT    det          5
    dossier                NN    pobj         3
    by                     IN    prep         5
    UN                     NNP   compound     8 ORG:United_Nations
    experts/expert         NNS   pobj         6
    that                   IN    mark         11
    it                     PRP   nsubj        11
    arms/arm               VBZ   acl          2
    the                    DT    det          14
    M23                    NNP   compound     14 ORG:M23
    rebels/rebel           NNS   dobj         11
    .                      .     punct        1
"""
IT_AS_RWANDA = ((10, 11, "Rwanda"),)

# "Rwanda rejected allegations in a dossier by UN experts." (no content: nobody is tied)
ALLEGATIONS_IN_DOSSIER_NO_CONTENT = """
    Rwanda                 NNP   nsubj        1 GPE:Rwanda
    rejected/reject        VBD   ROOT         1
    allegations/allegation NNS   dobj         1
    in                     IN    prep         2
    a                      DT    det          5
    dossier                NN    pobj         3
    by                     IN    prep         5
    UN                     NNP   compound     8 ORG:United_Nations
    experts/expert         NNS   pobj         6
    .                      .     punct        1
"""

# "Rwanda rejected the claims of a report by UN experts." (a claim in a claim: its "by" is its author)
CLAIMS_OF_REPORT_BY = """
    Rwanda                 NNP   nsubj        1 GPE:Rwanda
    rejected/reject        VBD   ROOT         1
    the                    DT    det          3
    claims/claim           NNS   dobj         1
    of                     IN    prep         3
    a                      DT    det          6
    report                 NN    pobj         4
    by                     IN    prep         6
    UN                     NNP   compound     9 ORG:United_Nations
    experts/expert         NNS   pobj         7
    .                      .     punct        1
"""

# trap: "Iran denied any role in the attack by Hamas." (a role, no claim: its "in" and the attack's "by" still tie)
ROLE_IN_ATTACK_BY = """
    Iran                   NNP   nsubj        1 GPE:Iran
    denied/deny            VBD   ROOT         1
    any                    DT    det          3
    role                   NN    dobj         1
    in                     IN    prep         3
    the                    DT    det          6
    attack                 NN    pobj         4
    by                     IN    prep         6
    Hamas                  NNP   pobj         7 ORG:Hamas
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
        (ALLEGATIONS_IN_DOSSIER_BY, IT_AS_RWANDA, {
            ("Rwanda", "denies", "M23", "asserted"),
        }),
        (ALLEGATIONS_IN_DOSSIER_NO_CONTENT, (), set()),
        (CLAIMS_OF_REPORT_BY, (), set()),
        # traps: a link named in the claim still ties; a role's "in" and its event's "by" still tie
        (CLAIMS_OF_LINKS_TO, (), {("Uganda", "denies", "M23", "asserted")}),
        (ROLE_IN_ATTACK_BY, (), {("Iran", "denies", "Hamas", "asserted")}),
    ],
)
def test_constructions_claim_source_is_no_party(table, coref, expected):
    doc = parse(table, coref)
    assert len(doc) > 3  # (the table parsed)
    assert triples(doc) == expected
