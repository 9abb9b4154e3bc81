"""Round 18 (relation_rules.v22, r18vocab): the word classes of the relations written whole from general knowledge.

Each kind was written as a reader of world news would list it, not from a passage: weapon types in both numbers,
warships and military aircraft by kind, armoured vehicles and missile classes by acronym, named systems news writes as
nouns (`vocab/weapons_nouns.txt`); supplies and military equipment that is no weapon (`vocab/funding_nouns.txt`);
verbs that call a claim untrue, what a denial rejects and the words that call a claim false (`vocab/denial_verbs.txt`,
`denial_nouns.txt`, `denial_objects.txt`, `false_words.txt`).

Hand-built parses of invented sentences as en_core_web_sm parses them, each positive case beside a trap in another
sense of a word or with a word in no class: the exact rows are asserted, so a crash fails a trap too."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relations.ruleset import read_vocab
from tests.relations_fixture import parse, triples

VOCAB = Path(__file__).resolve().parents[1] / "configs" / "relations" / "vocab"

# "Iran shipped Kornets to Hezbollah." (a named system as a noun)
SHIPPED_KORNETS = """
    Iran               NNP   nsubj    1 GPE:Iran
    shipped/ship       VBD   ROOT     1
    Kornets/kornet     NNS   dobj     1
    to                 IN    dative   1
    Hezbollah          NNP   pobj     3 ORG:Hezbollah
    .                  .     punct    1
"""
# trap: "Iran shipped pistachios to Hezbollah." (trade goods: no class)
SHIPPED_PISTACHIOS = """
    Iran               NNP   nsubj    1 GPE:Iran
    shipped/ship       VBD   ROOT     1
    pistachios/pistachio NNS dobj     1
    to                 IN    dative   1
    Hezbollah          NNP   pobj     3 ORG:Hezbollah
    .                  .     punct    1
"""
# "Moscow delivered two frigates to Algeria." (a warship by kind)
DELIVERED_FRIGATES = """
    Moscow             NNP   nsubj    1 GPE:Russia
    delivered/deliver  VBD   ROOT     1
    two                CD    nummod   3
    frigates/frigate   NNS   dobj     1
    to                 IN    dative   1
    Algeria            NNP   pobj     4 GPE:Algeria
    .                  .     punct    1
"""
# trap: "Moscow delivered two speeches to Algeria." (no class)
DELIVERED_SPEECHES = """
    Moscow             NNP   nsubj    1 GPE:Russia
    delivered/deliver  VBD   ROOT     1
    two                CD    nummod   3
    speeches/speech    NNS   dobj     1
    to                 IN    dative   1
    Algeria            NNP   pobj     4 GPE:Algeria
    .                  .     punct    1
"""
# "Tehran sent helmets and uniforms to the Houthis." (equipment and supplies that are no weapon)
SENT_HELMETS = """
    Tehran             NNP   nsubj    1 GPE:Iran
    sent/send          VBD   ROOT     1
    helmets/helmet     NNS   dobj     1
    and                CC    cc       2
    uniforms/uniform   NNS   conj     2
    to                 IN    dative   1
    the                DT    det      7
    Houthis            NNPS  pobj     5 ORG:Houthis
    .                  .     punct    1
"""
# trap: "Tehran sent condolences to the Houthis." (no class)
SENT_CONDOLENCES = """
    Tehran             NNP   nsubj    1 GPE:Iran
    sent/send          VBD   ROOT     1
    condolences/condolence NNS dobj   1
    to                 IN    dative   1
    the                DT    det      5
    Houthis            NNPS  pobj     3 ORG:Houthis
    .                  .     punct    1
"""


# "Tehran provided intelligence to the Houthis." (intelligence help, a theme of backs.give: round 18, the lead's gate)
PROVIDED_INTELLIGENCE = """
    Tehran             NNP   nsubj    1 GPE:Iran
    provided/provide   VBD   ROOT     1
    intelligence       NN    dobj     1
    to                 IN    dative   1
    the                DT    det      5
    Houthis            NNPS  pobj     3 ORG:Houthis
    .                  .     punct    1
"""
# trap: "Tehran provided electricity to the Houthis." (a utility: no class)
PROVIDED_ELECTRICITY = """
    Tehran             NNP   nsubj    1 GPE:Iran
    provided/provide   VBD   ROOT     1
    electricity        NN    dobj     1
    to                 IN    dative   1
    the                DT    det      5
    Houthis            NNPS  pobj     3 ORG:Houthis
    .                  .     punct    1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (SHIPPED_KORNETS, {("Iran", "funds", "Hezbollah", "asserted")}),
        (SHIPPED_PISTACHIOS, set()),
        (DELIVERED_FRIGATES, {("Russia", "funds", "Algeria", "asserted")}),
        (DELIVERED_SPEECHES, set()),
        (SENT_HELMETS, {("Iran", "funds", "Houthis", "asserted")}),
        (SENT_CONDOLENCES, set()),
        (PROVIDED_INTELLIGENCE, {("Iran", "backs", "Houthis", "asserted")}),
        (PROVIDED_ELECTRICITY, set()),
    ],
)
def test_relations_vocab_given_things(table, expected):
    assert triples(parse(table)) == expected


# "Tehran rubbished claims that Iran armed the Houthis." (a verb that calls a claim untrue; the pronoun "it" there is
# resolved by `plain_denial_verbs`, not widened this round)
RUBBISHED_CLAIMS = """
    Tehran             NNP   nsubj    1 GPE:Iran
    rubbished/rubbish  VBD   ROOT     1
    claims/claim       NNS   dobj     1
    that               IN    mark     5
    Iran               NNP   nsubj    5 GPE:Iran
    armed/arm          VBD   acl      2
    the                DT    det      7
    Houthis            NNPS  dobj     5 ORG:Houthis
    .                  .     punct    1
"""
# trap: "Tehran repeated claims that Iran armed the Houthis." (repeating a claim denies nothing)
REPEATED_CLAIMS = """
    Tehran             NNP   nsubj    1 GPE:Iran
    repeated/repeat    VBD   ROOT     1
    claims/claim       NNS   dobj     1
    that               IN    mark     5
    Iran               NNP   nsubj    5 GPE:Iran
    armed/arm          VBD   acl      2
    the                DT    det      7
    Houthis            NNPS  dobj     5 ORG:Houthis
    .                  .     punct    1
"""
# "Tehran rejected the idea that it armed the Houthis." (what a denial rejects)
REJECTED_IDEA = """
    Tehran             NNP   nsubj    1 GPE:Iran
    rejected/reject    VBD   ROOT     1
    the                DT    det      3
    idea               NN    dobj     1
    that               IN    mark     6
    it                 PRP   nsubj    6
    armed/arm          VBD   acl      3
    the                DT    det      8
    Houthis            NNPS  dobj     6 ORG:Houthis
    .                  .     punct    1
"""
# trap: "Tehran rejected the offer that the Houthis made." (an offer is no claim of a tie)
REJECTED_OFFER = """
    Tehran             NNP   nsubj    1 GPE:Iran
    rejected/reject    VBD   ROOT     1
    the                DT    det      3
    offer              NN    dobj     1
    that               WDT   dobj     7
    the                DT    det      6
    Houthis            NNPS  nsubj    7 ORG:Houthis
    made/make          VBD   relcl    3
    .                  .     punct    1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (RUBBISHED_CLAIMS, {("Iran", "denies", "Houthis", "asserted")}),
        (REPEATED_CLAIMS, {("Iran", "funds", "Houthis", "alleged")}),  # the claim itself, no denial
        (REJECTED_IDEA, {("Iran", "denies", "Houthis", "asserted")}),
        (REJECTED_OFFER, set()),
    ],
)
def test_relations_vocab_denials(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    ("word", "vocabulary", "expected"),
    [
        ("howitzer", "weapons_nouns", True),
        ("shaheds", "weapons_nouns", True),
        ("frigates", "weapons_nouns", True),
        ("fighters", "weapons_nouns", False),  # combatants, not jets
        ("rounds", "weapons_nouns", True),  # ammunition counted in rounds (round 31; "rounds of talks" are never given)
        ("patriots", "weapons_nouns", False),  # people, as often as the missile
        ("helmets", "funding_nouns", True),
        ("food", "funding_nouns", False),  # humanitarian relief funds no one (round 12)
        ("rubbish", "denial_verbs", True),
        ("libelous", "false_words", True),
        ("findings", "denial_objects", False),  # the findings of X name the claimant, not the denied party
    ],
)
def test_relations_vocab_membership(word, vocabulary, expected):
    assert (word in read_vocab(VOCAB / f"{vocabulary}.txt")) is expected
