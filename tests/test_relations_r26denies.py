"""Round 26, second pass (relation_rules.v29, r26denies): denials and funding that carry across the 21 work sets, kept
only when they gained at least three right rows (or removed three wrong ones) from at least two sets, added no wrong
row and lost no right one in any set, and left the count-only check sets no worse.

- A claim that one uses a state's territory ties the state to the user, as a host to its guest, when the state denies
  the claim with no content of its own (``constructions._territory_users``, ``vocab/territory_nouns.txt``,
  ``vocab/use_verbs.txt``): "Kenya accused al-Shabaab of using Somali territory. Somalia rejected the accusation." ->
  denies(Somalia, Al-Shabab); "Kenya claims that al-Shabaab uses Somali land. Somalia denies these allegations."; not
  a territory another state owns, not one a pronoun owns (whoever coreference makes "its").

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Kenya accused al-Shabaab of using Somali territory. Somalia rejected the accusation."
ACCUSED_OF_USING_TERRITORY = """
    Kenya                   NNP   nsubj     1 GPE:Kenya
    accused/accuse          VBD   ROOT      1
    al                      NNP   compound  4 ORG:Al-Shabab
    -                       NNP   compound  4 ORG:Al-Shabab
    Shabaab                 NNP   dobj      1 ORG:Al-Shabab
    of                      IN    prep      1
    using/use               VBG   pcomp     5
    Somali                  JJ    amod      8 NORP:Somalia
    territory               NN    dobj      6
    .                       .     punct     1
    Somalia                 NNP   nsubj     11 GPE:Somalia
    rejected/reject         VBD   ROOT      11
    the                     DT    det       13
    accusation              NN    dobj      11
    .                       .     punct     11
"""
# "Kenya claims that al-Shabaab uses Somali land. Somalia denies these allegations."
CLAIMS_TERRITORY_USED = """
    Kenya                   NNP   nsubj     1 GPE:Kenya
    claims/claim            VBZ   ROOT      1
    that                    IN    mark      6
    al                      NNP   compound  5 ORG:Al-Shabab
    -                       NNP   compound  5 ORG:Al-Shabab
    Shabaab                 NNP   nsubj     6 ORG:Al-Shabab
    uses/use                VBZ   ccomp     1
    Somali                  JJ    amod      8 NORP:Somalia
    land                    NN    dobj      6
    .                       .     punct     1
    Somalia                 NNP   nsubj     11 GPE:Somalia
    denies/deny             VBZ   ROOT      11
    these/this              DT    det       13
    allegations/allegation  NNS   dobj      11
    .                       .     punct     11
"""
# "Kenya accused al-Shabaab of using Somali territory. Eritrea rejected the accusation." (another state's territory)
ANOTHER_STATES_TERRITORY = """
    Kenya                   NNP   nsubj     1 GPE:Kenya
    accused/accuse          VBD   ROOT      1
    al                      NNP   compound  4 ORG:Al-Shabab
    -                       NNP   compound  4 ORG:Al-Shabab
    Shabaab                 NNP   dobj      1 ORG:Al-Shabab
    of                      IN    prep      1
    using/use               VBG   pcomp     5
    Somali                  JJ    amod      8 NORP:Somalia
    territory               NN    dobj      6
    .                       .     punct     1
    Eritrea                 NNP   nsubj     11 GPE:Eritrea
    rejected/reject         VBD   ROOT      11
    the                     DT    det       13
    accusation              NN    dobj      11
    .                       .     punct     11
"""
# "Kenya accused al-Shabaab of using its territory. Somalia rejected the accusation." ("its" resolved to Somalia)
PRONOUN_OWNED_TERRITORY = """
    Kenya                   NNP   nsubj     1 GPE:Kenya
    accused/accuse          VBD   ROOT      1
    al                      NNP   compound  4 ORG:Al-Shabab
    -                       NNP   compound  4 ORG:Al-Shabab
    Shabaab                 NNP   dobj      1 ORG:Al-Shabab
    of                      IN    prep      1
    using/use               VBG   pcomp     5
    its                     PRP$  poss      8
    territory               NN    dobj      6
    .                       .     punct     1
    Somalia                 NNP   nsubj     11 GPE:Somalia
    rejected/reject         VBD   ROOT      11
    the                     DT    det       13
    accusation              NN    dobj      11
    .                       .     punct     11
"""


@pytest.mark.parametrize(
    ("text", "coref", "expected"),
    [
        (ACCUSED_OF_USING_TERRITORY, (), {("Somalia", "denies", "Al-Shabab", "asserted")}),
        (CLAIMS_TERRITORY_USED, (), {("Somalia", "denies", "Al-Shabab", "asserted")}),
        # traps: the territory of a state that is not the denier; a territory only a pronoun owns
        (ANOTHER_STATES_TERRITORY, (), set()),
        (PRONOUN_OWNED_TERRITORY, ((7, 8, "Somalia"),), set()),
    ],
)
def test_constructions_a_territory_used_ties_its_owner_to_the_user(text, coref, expected):
    assert triples(parse(text, coref=coref)) == expected
