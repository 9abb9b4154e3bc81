"""Round 15, second wave (relation_rules.v18, r15prec2): modality measured on the four open real-news sets.

An official who says in his own words that his state does not do a thing ("the defence minister said Zagreb sends no
arms to X") makes a reported denial, attributed to him; a denial verb ("the minister denied ..."), a head of state's
words and a state's own statement stay the state's, asserted. Hand-built parses of invented sentences as
en_core_web_sm parses them, each with a trap beside the positive case."""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse


def denials(table: str) -> set[tuple[str, str, str, str, str | None]]:
    """(subject, relation, object, modality, attributed_to) of every denial the extractor finds."""
    rows = extractor()(parse(table))._.relations
    return {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in rows if r.relation == "denies"}


# "Croatian Defence Minister Ana Kolar said Zagreb sends no arms to Serbia."
MINISTER_SAID_NO_ARMS = """
    Croatian       JJ    amod      2 NORP:Croatia
    Defence        NNP   compound  2
    Minister       NNP   compound  4
    Ana            NNP   compound  4 PERSON:Ana_Kolar
    Kolar          NNP   nsubj     5 PERSON:Ana_Kolar
    said/say       VBD   ROOT      5
    Zagreb         NNP   nsubj     7 GPE:Croatia
    sends/send     VBZ   ccomp     5
    no             DT    det       9
    arms/arm       NNS   dobj      7
    to             IN    prep      7
    Serbia         NNP   pobj      10 GPE:Serbia
    .              .     punct     5
"""
# "Croatian President Ana Kolar said Zagreb sends no arms to Serbia."
PRESIDENT_SAID_NO_ARMS = """
    Croatian       JJ    amod      1 NORP:Croatia
    President      NNP   compound  3
    Ana            NNP   compound  3 PERSON:Ana_Kolar
    Kolar          NNP   nsubj     4 PERSON:Ana_Kolar
    said/say       VBD   ROOT      4
    Zagreb         NNP   nsubj     6 GPE:Croatia
    sends/send     VBZ   ccomp     4
    no             DT    det       8
    arms/arm       NNS   dobj      6
    to             IN    prep      6
    Serbia         NNP   pobj      9 GPE:Serbia
    .              .     punct     4
"""
# "Zagreb said it sends no arms to Serbia."
STATE_SAID_NO_ARMS = """
    Zagreb         NNP   nsubj     1 GPE:Croatia
    said/say       VBD   ROOT      1
    it             PRP   nsubj     3
    sends/send     VBZ   ccomp     1
    no             DT    det       5
    arms/arm       NNS   dobj      3
    to             IN    prep      3
    Serbia         NNP   pobj      6 GPE:Serbia
    .              .     punct     1
"""
# "Croatian Defence Minister Ana Kolar denied that Zagreb arms Serbia."
MINISTER_DENIED = """
    Croatian       JJ    amod      2 NORP:Croatia
    Defence        NNP   compound  2
    Minister       NNP   compound  4
    Ana            NNP   compound  4 PERSON:Ana_Kolar
    Kolar          NNP   nsubj     5 PERSON:Ana_Kolar
    denied/deny    VBD   ROOT      5
    that           IN    mark      8
    Zagreb         NNP   nsubj     8 GPE:Croatia
    arms/arm       VBZ   ccomp     5
    Serbia         NNP   dobj      8 GPE:Serbia
    .              .     punct     5
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # an official's own words that it is not so: his statement, reported
        (MINISTER_SAID_NO_ARMS, {("Croatia", "denies", "Serbia", "reported", "Ana Kolar")}),
        # traps: a head of state's words, the state's own statement, and a denial verb stay the state's
        (PRESIDENT_SAID_NO_ARMS, {("Croatia", "denies", "Serbia", "asserted", None)}),
        (STATE_SAID_NO_ARMS, {("Croatia", "denies", "Serbia", "asserted", None)}),
        (MINISTER_DENIED, {("Croatia", "denies", "Serbia", "asserted", None)}),
    ],
)
def test_modality_official_saying_denial_is_reported(table, expected):
    assert denials(table) == expected


# "A Chilean envoy hit out at Peru, saying Santiago never armed Hezbollah."
ENVOY_SAYING = """
    A              DT    det       2
    Chilean        JJ    amod      2 NORP:Chile
    envoy          NN    nsubj     3
    hit/hit        VBD   ROOT      3
    out            RP    prt       3
    at             IN    prep      3
    Peru           NNP   pobj      5 GPE:Peru
    ,              ,     punct     3
    saying/say     VBG   advcl     3
    Santiago       NNP   nsubj     11 GPE:Chile
    never          RB    neg       11
    armed/arm      VBD   ccomp     8
    Hezbollah      NNP   dobj      11 ORG:Hezbollah
    .              .     punct     3
"""
# "The Chilean president hit out at Peru, saying Santiago never armed Hezbollah."
PRESIDENT_SAYING = """
    The            DT    det       2
    Chilean        JJ    amod      2 NORP:Chile
    president      NN    nsubj     3
    hit/hit        VBD   ROOT      3
    out            RP    prt       3
    at             IN    prep      3
    Peru           NNP   pobj      5 GPE:Peru
    ,              ,     punct     3
    saying/say     VBG   advcl     3
    Santiago       NNP   nsubj     11 GPE:Chile
    never          RB    neg       11
    armed/arm      VBD   ccomp     8
    Hezbollah      NNP   dobj      11 ORG:Hezbollah
    .              .     punct     3
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # one official's participle of saying: his statement
        (ENVOY_SAYING, {("Chile", "denies", "Hezbollah", "reported", "Chilean envoy")}),
        # trap: a head of state's words are the state's
        (PRESIDENT_SAYING, {("Chile", "denies", "Hezbollah", "asserted", None)}),
    ],
)
def test_modality_official_saying_participle_is_reported(table, expected):
    assert denials(table) == expected
