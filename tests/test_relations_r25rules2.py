"""Round 25, second pass (relation_rules.v28, r25rules2): mechanisms written from the 21 work sets, kept only when
they gained at least three right rows (or removed three wrong ones) from at least two sets, added no wrong row and
lost no right one in any set, and left the count-only check sets no worse.

- The one blamed or punished for a deed does it, not the judge (``Grammar._subjects``, ``vocab/judged_for_verbs.txt``):
  "Norway slammed Kenya for backing Sudan" -> backs(Kenya, Sudan), not backs(Norway, Sudan); passive, "Kenya was
  sanctioned for backing Sudan" -> backs(Kenya, Sudan); a judged thing that is no actor leaves the deed to no one.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Norway slammed Kenya for backing Sudan."
SLAMMED_FOR_BACKING = """
    Norway         NNP   nsubj      1 GPE:Norway
    slammed/slam   VBD   ROOT       1
    Kenya          NNP   dobj       1 GPE:Kenya
    for            IN    prep       1
    backing/back   VBG   pcomp      3
    Sudan          NNP   dobj       4 GPE:Sudan
    .              .     punct      1
"""
# "Norway sanctioned Kenya for backing Sudan."
SANCTIONED_FOR_BACKING = """
    Norway         NNP   nsubj      1 GPE:Norway
    sanctioned/sanction VBD ROOT    1
    Kenya          NNP   dobj       1 GPE:Kenya
    for            IN    prep       1
    backing/back   VBG   pcomp      3
    Sudan          NNP   dobj       4 GPE:Sudan
    .              .     punct      1
"""
# "Kenya was sanctioned for backing Sudan."
PASSIVE_SANCTIONED = """
    Kenya          NNP   nsubjpass  2 GPE:Kenya
    was/be         VBD   auxpass    2
    sanctioned/sanction VBN ROOT    2
    for            IN    prep       2
    backing/back   VBG   pcomp      3
    Sudan          NNP   dobj       4 GPE:Sudan
    .              .     punct      2
"""
# "Norway slammed the plan for backing Sudan." (the one judged is no actor: nobody is said to back Sudan)
SLAMMED_A_PLAN = """
    Norway         NNP   nsubj      1 GPE:Norway
    slammed/slam   VBD   ROOT       1
    the            DT    det        3
    plan           NN    dobj       1
    for            IN    prep       1
    backing/back   VBG   pcomp      4
    Sudan          NNP   dobj       5 GPE:Sudan
    .              .     punct      1
"""
# "Norway is known for backing Sudan." (no verb of blame: the subject still does the deed)
KNOWN_FOR_BACKING = """
    Norway         NNP   nsubjpass  2 GPE:Norway
    is/be          VBZ   auxpass    2
    known/know     VBN   ROOT       2
    for            IN    prep       2
    backing/back   VBG   pcomp      3
    Sudan          NNP   dobj       4 GPE:Sudan
    .              .     punct      2
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SLAMMED_FOR_BACKING, {("Kenya", "backs", "Sudan", "asserted")}),
        (SANCTIONED_FOR_BACKING, {("Kenya", "backs", "Sudan", "asserted")}),
        (PASSIVE_SANCTIONED, {("Kenya", "backs", "Sudan", "asserted")}),
        # traps: a judged plan is nobody's deed; without a verb of blame the subject still backs
        (SLAMMED_A_PLAN, set()),
        (KNOWN_FOR_BACKING, {("Norway", "backs", "Sudan", "asserted")}),
    ],
)
def test_arguments_the_one_blamed_does_the_deed(text, expected):
    assert triples(parse(text)) == expected
