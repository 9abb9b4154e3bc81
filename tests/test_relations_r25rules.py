"""Round 25 (relation_rules.v28, r25rules): mechanisms written from the 21 work sets of this decade's news, each kept
only when it gained at least three right rows (or removed three wrong ones) from at least two sets, added no wrong row
and lost no right one in any set, and left the count-only check sets no worse.

- Fellow deniers of a transfer one step below what they deny deny it between them (``constructions._named_transfers``
  beside round 24's ``_fellow_transfer``): "Norway and Kenya rejected the reports of the supply of rifles", "Norway and
  Kenya have denied engaging in arms transfers" -> each denies the other.
- A fight's ground and its belligerents are no party of a denied part in it (``constructions._linked``, the
  conflict words added to ``vocab/assault_nouns.txt``): "denied any role in the clashes between Kenya and Sudan", "any
  involvement in the Kenya war", "denied supporting any party in the Sudanese conflict" give no denial row; "any role
  in Kenya's war" still ties the denier to Kenya.
- Who fights beside a named side backs it (``backs.pattern.alongside_named``, new rule field ``named_objects``):
  "Norwegian soldiers are fighting alongside Kenya", "Norway fought on the side of Kenya" -> backs(Norway, Kenya); not
  beside comrades a demonym describes ("alongside Kenyan officers"), not a person fighting as a volunteer.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Norway and Kenya rejected the reports of the supply of rifles."
REJECTED_REPORTS_OF_SUPPLY = """
    Norway         NNP   nsubj      3 GPE:Norway
    and            CC    cc         0
    Kenya          NNP   conj       0 GPE:Kenya
    rejected/reject VBD  ROOT       3
    the            DT    det        5
    reports/report NNS   dobj       3
    of             IN    prep       5
    the            DT    det        8
    supply         NN    pobj       6
    of             IN    prep       8
    rifles/rifle   NNS   pobj       9
    .              .     punct      3
"""
# "Norway and Kenya have denied engaging in arms transfers."
DENIED_ENGAGING_IN_TRANSFERS = """
    Norway         NNP   nsubj      4 GPE:Norway
    and            CC    cc         0
    Kenya          NNP   conj       0 GPE:Kenya
    have           VBP   aux        4
    denied/deny    VBN   ROOT       4
    engaging/engage VBG  xcomp      4
    in             IN    prep       5
    arms/arm       NNS   compound   8
    transfers/transfer NNS pobj     6
    .              .     punct      4
"""
# "Norway has denied engaging in arms transfers." (one denier: no one to deny them with)
ONE_DENIER_ENGAGING = """
    Norway         NNP   nsubj      2 GPE:Norway
    has/have       VBZ   aux        2
    denied/deny    VBN   ROOT       2
    engaging/engage VBG  xcomp      2
    in             IN    prep       3
    arms/arm       NNS   compound   6
    transfers/transfer NNS pobj     4
    .              .     punct      2
"""
# "Norway and Kenya have denied engaging in talks." (no transfer: nothing denied between them)
DENIED_ENGAGING_IN_TALKS = """
    Norway         NNP   nsubj      4 GPE:Norway
    and            CC    cc         0
    Kenya          NNP   conj       0 GPE:Kenya
    have           VBP   aux        4
    denied/deny    VBN   ROOT       4
    engaging/engage VBG  xcomp      4
    in             IN    prep       5
    talks/talk     NNS   pobj       6
    .              .     punct      4
"""
# "Norway and Kenya rejected the reports of the supply of rifles by Sudan." (a third party's transfer)
REPORTS_OF_ANOTHERS_SUPPLY = """
    Norway         NNP   nsubj      3 GPE:Norway
    and            CC    cc         0
    Kenya          NNP   conj       0 GPE:Kenya
    rejected/reject VBD  ROOT       3
    the            DT    det        5
    reports/report NNS   dobj       3
    of             IN    prep       5
    the            DT    det        8
    supply         NN    pobj       6
    of             IN    prep       8
    rifles/rifle   NNS   pobj       9
    by             IN    prep       8
    Sudan          NNP   pobj       11 GPE:Sudan
    .              .     punct      3
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REJECTED_REPORTS_OF_SUPPLY, {("Norway", "denies", "Kenya", "asserted"), ("Kenya", "denies", "Norway", "asserted")}),
        (DENIED_ENGAGING_IN_TRANSFERS, {("Norway", "denies", "Kenya", "asserted"), ("Kenya", "denies", "Norway", "asserted")}),
        # traps: a lone denier has no partner; taking part in no transfer; a transfer by a third party is none between
        # the deniers (each denies the tie to the third party, as before)
        (ONE_DENIER_ENGAGING, set()),
        (DENIED_ENGAGING_IN_TALKS, set()),
        (REPORTS_OF_ANOTHERS_SUPPLY, {("Norway", "denies", "Sudan", "asserted"), ("Kenya", "denies", "Sudan", "asserted")}),
    ],
)
def test_constructions_fellow_deniers_of_a_named_transfer(text, expected):
    assert triples(parse(text)) == expected


# "Norway rejected any involvement in the clashes between Kenya and Sudan."
ROLE_IN_CLASHES_BETWEEN = """
    Norway         NNP   nsubj      1 GPE:Norway
    rejected/reject VBD  ROOT       1
    any            DT    det        3
    involvement    NN    dobj       1
    in             IN    prep       3
    the            DT    det        6
    clashes/clash  NNS   pobj       4
    between        IN    prep       6
    Kenya          NNP   pobj       7 GPE:Kenya
    and            CC    cc         8
    Sudan          NNP   conj       8 GPE:Sudan
    .              .     punct      1
"""
# "Norway denied any involvement in the Kenya war."
INVOLVEMENT_IN_PLACE_WAR = """
    Norway         NNP   nsubj      1 GPE:Norway
    denied/deny    VBD   ROOT       1
    any            DT    det        3
    involvement    NN    dobj       1
    in             IN    prep       3
    the            DT    det        7
    Kenya          NNP   compound   7 GPE:Kenya
    war            NN    pobj       4
    .              .     punct      1
"""
# "Norway denied that it is supporting any party in the Sudanese conflict."
PARTY_IN_CONFLICT = """
    Norway         NNP   nsubj      1 GPE:Norway
    denied/deny    VBD   ROOT       1
    that           IN    mark       5
    it             PRP   nsubj      5
    is/be          VBZ   aux        5
    supporting/support VBG ccomp    1
    any            DT    det        7
    party          NN    dobj       5
    in             IN    prep       5
    the            DT    det        11
    Sudanese       JJ    amod       11 NORP:Sudan
    conflict       NN    pobj       8
    .              .     punct      1
"""
# "Norway denied any role in Kenya's war." (the war's owner is a party: the denial stands)
ROLE_IN_OWNERS_WAR = """
    Norway         NNP   nsubj      1 GPE:Norway
    denied/deny    VBD   ROOT       1
    any            DT    det        3
    role           NN    dobj       1
    in             IN    prep       3
    Kenya          NNP   poss       7 GPE:Kenya
    's             POS   case       5
    war            NN    pobj       4
    .              .     punct      1
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROLE_IN_CLASHES_BETWEEN, set()),
        (INVOLVEMENT_IN_PLACE_WAR, set()),
        (PARTY_IN_CONFLICT, set()),
        # trap: a war's owner is a party of it ("Kenya's war")
        (ROLE_IN_OWNERS_WAR, {("Norway", "denies", "Kenya", "asserted")}),
    ],
)
def test_constructions_a_fights_ground_is_no_party(text, expected):
    # "it" resolved to Norway, as coreference does
    coref = ((3, 4, "Norway"),) if text is PARTY_IN_CONFLICT else ()
    assert triples(parse(text, coref=coref)) == expected


# "Norwegian soldiers are fighting alongside Kenya."
SOLDIERS_ALONGSIDE_NAMED = """
    Norwegian      JJ    amod       1 NORP:Norway
    soldiers/soldier NNS nsubj      3
    are/be         VBP   aux        3
    fighting/fight VBG   ROOT       3
    alongside      IN    prep       3
    Kenya          NNP   pobj       4 GPE:Kenya
    .              .     punct      3
"""
# "Norway fought on the side of Kenya."
ON_THE_SIDE_OF = """
    Norway         NNP   nsubj      1 GPE:Norway
    fought/fight   VBD   ROOT       1
    on             IN    prep       1
    the            DT    det        4
    side           NN    pobj       2
    of             IN    prep       4
    Kenya          NNP   pobj       5 GPE:Kenya
    .              .     punct      1
"""
# "Norwegian soldiers fought alongside Kenyan officers." (comrades described by a demonym: no side named)
ALONGSIDE_COMRADES = """
    Norwegian      JJ    amod       1 NORP:Norway
    soldiers/soldier NNS nsubj      2
    fought/fight   VBD   ROOT       2
    alongside      IN    prep       2
    Kenyan         JJ    amod       5 NORP:Kenya
    officers/officer NNS pobj       3
    .              .     punct      2
"""
# "Jonas Berg fought alongside Kenya." (a person: a volunteer, no state's backing)
PERSON_ALONGSIDE = """
    Jonas          NNP   compound   1 PERSON:Jonas_Berg
    Berg           NNP   nsubj      2 PERSON:Jonas_Berg
    fought/fight   VBD   ROOT       2
    alongside      IN    prep       2
    Kenya          NNP   pobj       3 GPE:Kenya
    .              .     punct      2
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SOLDIERS_ALONGSIDE_NAMED, {("Norway", "backs", "Kenya", "asserted")}),
        (ON_THE_SIDE_OF, {("Norway", "backs", "Kenya", "asserted")}),
        # traps: comrades a demonym describes are no side; a person fighting is no state's backing
        (ALONGSIDE_COMRADES, set()),
        (PERSON_ALONGSIDE, set()),
    ],
)
def test_rules_fighting_beside_a_named_side(text, expected):
    assert triples(parse(text)) == expected


# the rule-by-rule tables (tests/test_relations_constructions.py): the new rule's positive case and its traps
POSITIVE = [
    ("backs.pattern.alongside_named", SOLDIERS_ALONGSIDE_NAMED, {("Norway", "backs", "Kenya", "asserted")}),
]
NEGATIVE = [
    ("backs.pattern.alongside_named", ALONGSIDE_COMRADES),
    ("backs.pattern.alongside_named", PERSON_ALONGSIDE),
]
