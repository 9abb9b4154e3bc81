"""Round 27, precision (relation_rules.v30, r27prec): a guard written from the wrong rows of the 21 work sets, kept
only when it removed at least three wrong rows from at least two sets, lost no right row and added no wrong row in any
set, and left the count-only check sets no worse.

A state's demonym that says where a group or a rising is, not whose it is, names no party:

- on a force noun another actor owns (``Grammar.nationality_of_client`` with ``force_nouns``): "supported by Kassie's
  Fooian forces" is Kassie's backing, not Fooland's; "supported by Fooian forces" stays Fooland's;
- on a rising against a state (``vocab/rising_nouns.txt``, in ``Grammar._refer``'s campaign nouns): "a backer of the
  Fooian uprising" backs no Fooland; "a backer of Fooland's offensive" and "a backer of the Zed Front's uprising" still
  back their owners.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import gazetteer_extractor, parse


def _rows(table: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in gazetteer_extractor()(parse(table))._.relations}


# "The Zed Front, supported by Kassie's Fooian forces, attacked the town."
BY_OWNED_FOREIGN_FORCES = """
    The            DT    det        2
    Zed            NNP   compound   2 ORG:Zed_Front
    Front          NNP   nsubj      11 ORG:Zed_Front
    ,              ,     punct      2
    supported/support VBN acl       2
    by             IN    agent      4
    Kassie         NNP   poss       9 PERSON:Kassie
    's             POS   case       6
    Fooian         JJ    amod       9 NORP:Fooland
    forces/force   NNS   pobj       5
    ,              ,     punct      2
    attacked/attack VBD  ROOT       11
    the            DT    det        13
    town           NN    dobj       11
    .              .     punct      11
"""
# "The Zed Front, supported by Fooian forces, attacked the town."
BY_FOREIGN_FORCES = """
    The            DT    det        2
    Zed            NNP   compound   2 ORG:Zed_Front
    Front          NNP   nsubj      9 ORG:Zed_Front
    ,              ,     punct      2
    supported/support VBN acl       2
    by             IN    agent      4
    Fooian         JJ    amod       7 NORP:Fooland
    forces/force   NNS   pobj       5
    ,              ,     punct      2
    attacked/attack VBD  ROOT       9
    the            DT    det        11
    town           NN    dobj       9
    .              .     punct      9
"""
# "Barland is a longtime backer of the Fooian uprising against Kassie."
BACKER_OF_A_RISING = """
    Barland        NNP   nsubj      1 GPE:Barland
    is/be          VBZ   ROOT       1
    a              DT    det        4
    longtime       JJ    amod       4
    backer         NN    attr       1
    of             IN    prep       4
    the            DT    det        8
    Fooian         JJ    amod       8 NORP:Fooland
    uprising       NN    pobj       5
    against        IN    prep       8
    Kassie         NNP   pobj       9 PERSON:Kassie
    .              .     punct      1
"""
# "Barland is a longtime backer of Fooland's offensive."
BACKER_OF_AN_OFFENSIVE = """
    Barland        NNP   nsubj      1 GPE:Barland
    is/be          VBZ   ROOT       1
    a              DT    det        4
    longtime       JJ    amod       4
    backer         NN    attr       1
    of             IN    prep       4
    Fooland        NNP   poss       8 GPE:Fooland
    's             POS   case       6
    offensive      NN    pobj       5
    .              .     punct      1
"""
# "Barland is a longtime backer of the Zed Front's uprising."
BACKER_OF_A_GROUPS_RISING = """
    Barland        NNP   nsubj      1 GPE:Barland
    is/be          VBZ   ROOT       1
    a              DT    det        4
    longtime       JJ    amod       4
    backer         NN    attr       1
    of             IN    prep       4
    the            DT    det        8
    Zed            NNP   compound   8 ORG:Zed_Front
    Front          NNP   poss       10 ORG:Zed_Front
    's             POS   case       8
    uprising       NN    pobj       5
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BY_OWNED_FOREIGN_FORCES, {("Kassie", "backs", "Zed Front")}),
        (BACKER_OF_A_RISING, set()),
        # near neighbours: the demonym alone on the forces, an offensive, a rising a group owns
        (BY_FOREIGN_FORCES, {("Fooland", "backs", "Zed Front")}),
        (BACKER_OF_AN_OFFENSIVE, {("Barland", "backs", "Fooland")}),
        (BACKER_OF_A_GROUPS_RISING, {("Barland", "backs", "Zed Front")}),
    ],
)
def test_relations_a_demonym_that_says_where_names_no_party(text, expected):
    assert _rows(text) == expected
