"""Round 18 (relation_rules.v21, r18cons): a compound adjective's participle the tagger read as an adjective.

The tokenizer splits "U.S." from "-backed" ("U.S.", "-", "backed"), and the tagger then reads "backed" as an adjective
(JJ) whose lemma is the form itself, so no rule was cued by it: "the U.S.-backed SDF" gave no row while "the US-backed
SDF" (VBN, lemma "back") did. `repairs.hyphen_participle` lets the cue lookup try the participle's verb when the word
right before it is joined to it by a hyphen, and `repairs.misread_stems` gives an "-ied" form its "-y" verb
("Iranian-supplied" -> supply). Beside it a guard in `constructions.hyphen`: the actor of a second compound adjective
on the same noun is no object ("a Saudi-led, U.S.-backed coalition" reads the coalition as its leader).

Hand-built parses of invented sentences as en_core_web_sm parses them, each positive case beside a trap: the exact
rows are asserted, so a wrong party fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from pipeline.relations import repairs
from pipeline.relations.patterns import cue_forms
from tests.relations_fixture import extractor, parse, triples

# "The U.S.-backed SDF seized the town."
DOTTED_PREFIX = """
    The                    DT    det          4
    U.S.                   NNP   npadvmod     3 GPE:United_States
    -                      HYPH  punct        3
    backed/backed          JJ    amod         4
    SDF                    NNP   nsubj        5 ORG:Syrian_Democratic_Forces
    seized/seize           VBD   ROOT         5
    the                    DT    det          7
    town                   NN    dobj         5
    .                      .     punct        5
"""

# trap: "The U.S. backed SDF seized the town." written apart, an adjective: no compound, no row from the repair
SPACED_PREFIX = """
    The                    DT    det          4
    U.S.                   NNP   compound     4 GPE:United_States
    well/well              RB    advmod       3
    backed/backed          JJ    amod         4
    SDF                    NNP   nsubj        5 ORG:Syrian_Democratic_Forces
    seized/seize           VBD   ROOT         5
    the                    DT    det          7
    town                   NN    dobj         5
    .                      .     punct        5
"""

# "A Saudi-led, U.S.-backed coalition fought the rebels." (the coalition read as Saudi Arabia by its "-led" prefix)
SECOND_COMPOUND = """
    A                      DT    det          8
    Saudi                  NNP   npadvmod     3 NORP:Saudi_Arabia
    -                      HYPH  punct        3
    led/lead               VBN   amod         8
    ,                      ,     punct        8
    U.S.                   NNP   npadvmod     7 GPE:United_States
    -                      HYPH  punct        7
    backed/backed          JJ    amod         8
    coalition              NN    nsubj        9
    fought/fight           VBD   ROOT         9
    the                    DT    det          11
    rebels/rebel           NNS   dobj         9
    .                      .     punct        9
"""

# "Hezbollah fires Iranian-supplied rockets." ("supplied" read as an adjective: its verb is "supply")
IED_PARTICIPLE = """
    Hezbollah              NNP   nsubj        1 ORG:Hezbollah
    fires/fire             VBZ   ROOT         1
    Iranian                JJ    npadvmod     4 NORP:Iran
    -                      HYPH  punct        4
    supplied/supplied      JJ    amod         5
    rockets/rocket         NNS   dobj         1
    .                      .     punct        1
"""

# trap: "Hezbollah fires Iranian-made rockets." (made by, not given by: no verb of supply)
MADE_PARTICIPLE = """
    Hezbollah              NNP   nsubj        1 ORG:Hezbollah
    fires/fire             VBZ   ROOT         1
    Iranian                JJ    npadvmod     4 NORP:Iran
    -                      HYPH  punct        4
    made/made              JJ    amod         5
    rockets/rocket         NNS   dobj         1
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (DOTTED_PREFIX, {("United States", "backs", "Syrian Democratic Forces", "asserted")}),
        (SPACED_PREFIX, set()),
        (SECOND_COMPOUND, set()),
    ],
)
def test_repairs_hyphen_participle_backs(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (IED_PARTICIPLE, {("Iran", "funds", "Hezbollah", "asserted")}),
        (MADE_PARTICIPLE, set()),
    ],
)
def test_repairs_hyphen_participle_ied(table, expected):
    assert triples(parse(table)) == expected


# "the well-armed unit": a participle after a hyphen (the repair reads it; no actor before it, so no row)
NO_ACTOR_PREFIX = """
    the                    DT    det          4
    well                   RB    advmod       3
    -                      HYPH  punct        3
    armed/armed            JJ    amod         4
    unit                   NN    ROOT         4
"""


@pytest.mark.parametrize(
    ("table", "index", "expected"),
    [
        (DOTTED_PREFIX, 3, True),
        (NO_ACTOR_PREFIX, 3, True),
        (SPACED_PREFIX, 3, False),  # no hyphen before it
        (DOTTED_PREFIX, 4, False),  # not an adjective
        (DOTTED_PREFIX, 1, False),  # the prefix itself
    ],
)
def test_repairs_hyphen_participle_form(table, index, expected):
    assert repairs.hyphen_participle(parse(table)[index]) is expected


def test_patterns_cue_forms_ied():
    assert "supplied" in cue_forms("supply") and "deployed" in cue_forms("deploy") and "trained" in cue_forms("train")
    assert not any(f.endswith("ied") for f in cue_forms("deploy"))


@pytest.mark.parametrize(
    ("form", "expected"),
    [("supplied", ("suppli", "supplie", "supply")), ("armed", ("arm", "arme")), ("supplies", ())],
)
def test_repairs_misread_stems_ied(form, expected):
    assert repairs.misread_stems(form) == expected


# Tried and dropped (docs/relations_history.md, round 18, r18cons): a denied claim whose maker the claim noun itself
# names stays a row beside the denial, alleged and attributed to the accuser; with no named maker it is the denial
# alone (the lead's decision of round 16 for a denier's own denied act). It gained five right rows over three read
# sets and added a wrong row on a count-only set, so the positives are strict known gaps beside traps that pass.
GAP = pytest.mark.xfail(strict=True, reason="a named accuser's denied claim: tried in round 18, dropped (a wrong row unseen)")

# "Minsk rejected accusations by Vilnius that it arms the Wagner Group."
ACCUSER_BY = """
    Minsk                   NNP  nsubj      1 GPE:Belarus
    rejected/reject         VBD  ROOT       1
    accusations/accusation  NNS  dobj       1
    by                      IN   prep       2
    Vilnius                 NNP  pobj       3 GPE:Lithuania
    that                    IN   mark       7
    it                      PRP  nsubj      7
    arms/arm                VBZ  acl        2
    the                     DT   det        10
    Wagner                  NNP  compound   10 ORG:Wagner_Group
    Group                   NNP  dobj       7 ORG:Wagner_Group
    .                       .    punct      1
"""

# trap: "Minsk rejected accusations that it arms the Wagner Group." (no named maker: the denial alone)
NO_ACCUSER = """
    Minsk                   NNP  nsubj      1 GPE:Belarus
    rejected/reject         VBD  ROOT       1
    accusations/accusation  NNS  dobj       1
    that                    IN   mark       5
    it                      PRP  nsubj      5
    arms/arm                VBZ  acl        2
    the                     DT   det        8
    Wagner                  NNP  compound   8 ORG:Wagner_Group
    Group                   NNP  dobj       5 ORG:Wagner_Group
    .                       .    punct      1
"""

# "Belarus denied Lithuania's claims that Minsk supplies rifles to the Wagner Group." (the owner of the claim)
ACCUSER_OWNER = """
    Belarus                 NNP  nsubj      1 GPE:Belarus
    denied/deny             VBD  ROOT       1
    Lithuania               NNP  poss       4 GPE:Lithuania
    's                      POS  case       2
    claims/claim            NNS  dobj       1
    that                    IN   mark       7
    Minsk                   NNP  nsubj      7 GPE:Belarus
    supplies/supply         VBZ  acl        4
    rifles/rifle            NNS  dobj       7
    to                      IN   prep       7
    the                     DT   det        12
    Wagner                  NNP  compound   12 ORG:Wagner_Group
    Group                   NNP  pobj       9 ORG:Wagner_Group
    .                       .    punct      1
"""

# trap: "Belarus denied its claims that Minsk supplies rifles to the Wagner Group." (a possessive pronoun: no named maker)
OWN_CLAIMS = """
    Belarus                 NNP  nsubj      1 GPE:Belarus
    denied/deny             VBD  ROOT       1
    its                     PRP$ poss       3
    claims/claim            NNS  dobj       1
    that                    IN   mark       6
    Minsk                   NNP  nsubj      6 GPE:Belarus
    supplies/supply         VBZ  acl        3
    rifles/rifle            NNS  dobj       6
    to                      IN   prep       6
    the                     DT   det        11
    Wagner                  NNP  compound   11 ORG:Wagner_Group
    Group                   NNP  pobj       8 ORG:Wagner_Group
    .                       .    punct      1
"""


@pytest.mark.parametrize(
    ("table", "coref", "expected"),
    [
        pytest.param(
            ACCUSER_BY,
            ((6, 7, "Belarus"),),
            {("Belarus", "denies", "Wagner Group", "asserted"), ("Belarus", "funds", "Wagner Group", "alleged")},
            marks=GAP,
        ),
        (NO_ACCUSER, ((4, 5, "Belarus"),), {("Belarus", "denies", "Wagner Group", "asserted")}),
        pytest.param(
            ACCUSER_OWNER,
            (),
            {("Belarus", "denies", "Wagner Group", "asserted"), ("Belarus", "funds", "Wagner Group", "alleged")},
            marks=GAP,
        ),
        (OWN_CLAIMS, (), {("Belarus", "denies", "Wagner Group", "asserted")}),
    ],
)
def test_constructions_claim_accuser(table, coref, expected):
    assert triples(parse(table, coref)) == expected


@GAP
def test_constructions_claim_accuser_attribution():
    rows = [r for r in extractor()(parse(ACCUSER_BY, ((6, 7, "Belarus"),)))._.relations if r.relation == "funds"]
    assert [r.attributed_to for r in rows] == ["Lithuania"]
