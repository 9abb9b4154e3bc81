"""Round 15, second wave (r15rec2): constructions read on the four open sets, none of which carried across sets.

No construction of this branch met the round's rule (at least two right rows gained, in at least two of the four open
sets, and no wrong row added): see docs/relations_history.md, "round 15, r15rec2". The two gaps below were each
built and measured, and gained rows on one set only; they stay open, written as expected failures beside traps that
must keep passing (a trap fails if the extractor crashes).
Hand-built parses of invented sentences as en_core_web_sm parses them."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Norway has sent weapons worth 40 million euros to Moldova." ("to" hung on "worth", itself on the verb)
SENT_WORTH_TO = """
    Norway                 NNP   nsubj        2 GPE:Norway
    has/have               VBZ   aux          2
    sent/send              VBN   ROOT         2
    weapons/weapon         NNS   dobj         2
    worth                  IN    prep         2
    40                     CD    compound     6
    million                CD    nummod       7
    euros/euro             NNS   pobj         4
    to                     IN    prep         4
    Moldova                NNP   pobj         8 GPE:Moldova
    .                      .     punct        2
"""

# trap: "Norway has sent weapons worth 40 million euros." (a value, no recipient)
SENT_WORTH_NO_RECIPIENT = """
    Norway                 NNP   nsubj        2 GPE:Norway
    has/have               VBZ   aux          2
    sent/send              VBN   ROOT         2
    weapons/weapon         NNS   dobj         2
    worth                  IN    prep         2
    40                     CD    compound     6
    million                CD    nummod       7
    euros/euro             NNS   pobj         4
    .                      .     punct        2
"""

# "Egypt has recruited militants from Sudan to support Haftar." (people recruited to back an actor: the recruiter backs it)
RECRUITED_TO_SUPPORT = """
    Egypt                  NNP   nsubj        2 GPE:Egypt
    has/have               VBZ   aux          2
    recruited/recruit      VBN   ROOT         2
    militants/militant     NNS   dobj         2
    from                   IN    prep         3
    Sudan                  NNP   pobj         4 GPE:Sudan
    to                     TO    aux          7
    support                VB    xcomp        2
    Haftar                 NNP   dobj         7 PERSON:Khalifa_Haftar
    .                      .     punct        2
"""

# trap: "Egypt has recruited militants from Sudan to guard the border." (no actor backed)
RECRUITED_TO_GUARD = """
    Egypt                  NNP   nsubj        2 GPE:Egypt
    has/have               VBZ   aux          2
    recruited/recruit      VBN   ROOT         2
    militants/militant     NNS   dobj         2
    from                   IN    prep         3
    Sudan                  NNP   pobj         4 GPE:Sudan
    to                     TO    aux          7
    guard                  VB    xcomp        2
    the                    DT    det          9
    border                 NN    dobj         7
    .                      .     punct        2
"""

ONE_SET_ONLY = "tried in round 15 (r15rec2): gained rows on one open set only, so not landed"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(SENT_WORTH_TO, {("Norway", "funds", "Moldova", "asserted")}, marks=pytest.mark.xfail(reason=ONE_SET_ONLY)),
        (SENT_WORTH_NO_RECIPIENT, set()),
    ],
)
def test_constructions_recipient_after_a_value(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        pytest.param(
            RECRUITED_TO_SUPPORT, {("Egypt", "backs", "Khalifa Haftar", "asserted")}, marks=pytest.mark.xfail(reason=ONE_SET_ONLY)
        ),
        (RECRUITED_TO_GUARD, set()),
    ],
)
def test_arguments_recruiter_backs_whom_recruits_support(table, expected):
    assert triples(parse(table)) == expected
