"""Round 27 (relation_rules.v30, r27trains): training and denials written from the 21 work sets, kept only when they
gained at least three right rows (or removed three wrong ones) from at least two sets, added no wrong row and lost no
right one in any set, and left the count-only check sets no worse.

- The object a verb list shares (``Grammar.objects``): a later conjunct with no object of its own takes the object the
  parser hung on the list's first verb when that object comes after it (``repairs.raised_object``: "Qatar has armed,
  trained, and funded -- quietly -- groups like Hamas"); and a list whose one object stands for no actor leaves the
  other readings of the verb, a recipient on the conjunct ("Kenya has been training and supplying drones to Somalia":
  the drones are the list's object, Somalia whom both are for). Not an object before the conjunct ("Kenya armed
  Somalia and trained in Ethiopia"), not a list with no actor as object or recipient.

- Helping or advising an actor's forces in the use of weapons trains them (``trains.pattern.help_operate``): a help
  verb whose complement operates, flies, uses or maintains weapons, or learns to ("Turkey sent officers to help Libyan
  soldiers operate drones", "Poland helps the Ukrainian crews learn to fly the jets"), and advice on the use of weapons
  by people sent to a country ("Belarus sent experts to Russia to advise on the use of the missiles"). Not help to buy
  weapons, not help to use what is no weapon.

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted, so a crash fails
a trap too."""

from __future__ import annotations

import pytest

from pipeline.relations import repairs
from tests.relations_fixture import parse, triples

# "Qatar has armed, trained, and funded – quietly – groups like Hamas."
LIST_OBJECT_AFTER_AN_ASIDE = """
    Qatar                   NNP   nsubj     2 GPE:Qatar
    has/have                VBZ   aux       2
    armed/arm               VBN   ROOT      2
    ,                       ,     punct     2
    trained/train           VBN   conj      2
    ,                       ,     punct     4
    and                     CC    cc        4
    funded/fund             VBN   conj      4
    –                       :     punct     7
    quietly                 RB    advmod    2
    –                       :     punct     12
    groups/group            NNS   dobj      2
    like                    IN    prep      11
    Hamas                   NNP   pobj      12 ORG:Hamas
    .                       .     punct     2
"""
# "Kenya has been training and supplying drones to Somalia."
LIST_OBJECT_NO_ACTOR = """
    Kenya                   NNP   nsubj     3 GPE:Kenya
    has/have                VBZ   aux       3
    been/be                 VBN   aux       3
    training/train          VBG   ROOT      3
    and                     CC    cc        3
    supplying/supply        VBG   conj      3
    drones/drone            NNS   dobj      5
    to                      IN    prep      5
    Somalia                 NNP   pobj      7 GPE:Somalia
    .                       .     punct     3
"""
# "Kenya armed Somalia and trained in Ethiopia." (the object comes before the conjunct: no shared object)
OBJECT_BEFORE_THE_CONJUNCT = """
    Kenya                   NNP   nsubj     1 GPE:Kenya
    armed/arm               VBD   ROOT      1
    Somalia                 NNP   dobj      1 GPE:Somalia
    and                     CC    cc        1
    trained/train           VBD   conj      1
    in                      IN    prep      4
    Ethiopia                NNP   pobj      5 GPE:Ethiopia
    .                       .     punct     1
"""
# "Kenya has been training and supplying drones for years." (no actor as object or recipient)
LIST_WITH_NO_PARTY = """
    Kenya                   NNP   nsubj     3 GPE:Kenya
    has/have                VBZ   aux       3
    been/be                 VBN   aux       3
    training/train          VBG   ROOT      3
    and                     CC    cc        3
    supplying/supply        VBG   conj      3
    drones/drone            NNS   dobj      5
    for                     IN    prep      5
    years/year              NNS   pobj      7
    .                       .     punct     3
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LIST_OBJECT_AFTER_AN_ASIDE, {("Qatar", "funds", "Hamas", "asserted"), ("Qatar", "trains", "Hamas", "asserted")}),
        (LIST_OBJECT_NO_ACTOR, {("Kenya", "funds", "Somalia", "asserted"), ("Kenya", "trains", "Somalia", "asserted")}),
        # traps: an object before the conjunct is the first verb's alone; a list naming no party gives nothing
        (OBJECT_BEFORE_THE_CONJUNCT, {("Kenya", "funds", "Somalia", "asserted")}),
        (LIST_WITH_NO_PARTY, set()),
    ],
)
def test_arguments_a_verb_list_shares_its_object(text, expected):
    assert triples(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (LIST_OBJECT_AFTER_AN_ASIDE, 4, 11),  # trained: "groups", hung on armed after the aside
        (LIST_OBJECT_AFTER_AN_ASIDE, 7, 11),  # funded, a conjunct of trained
        # traps: the object before the conjunct; the list's first verb itself
        (OBJECT_BEFORE_THE_CONJUNCT, 4, None),
        (LIST_OBJECT_AFTER_AN_ASIDE, 2, None),
    ],
)
def test_repairs_raised_object_tokens(text, verb, expected):
    found = repairs.raised_object(parse(text)[verb])
    assert (found.i if found is not None else None) == expected


# "Turkey sent officers to help Libyan soldiers operate drones."
SENT_TO_HELP_OPERATE = """
    Turkey                  NNP   nsubj     1 GPE:Turkey
    sent/send               VBD   ROOT      1
    officers/officer        NNS   dobj      1
    to                      TO    aux       4
    help                    VB    advcl     1
    Libyan                  JJ    amod      6 NORP:Libya
    soldiers/soldier        NNS   nsubj     7
    operate                 VB    ccomp     4
    drones/drone            NNS   dobj      7
    .                       .     punct     1
"""
# "Poland helps the Ukrainian crews learn to fly the jets."
HELP_LEARN_TO_FLY = """
    Poland                  NNP   nsubj     1 GPE:Poland
    helps/help              VBZ   ROOT      1
    the                     DT    det       4
    Ukrainian               JJ    amod      4 NORP:Ukraine
    crews/crew              NNS   nsubj     5
    learn                   VB    ccomp     1
    to                      TO    aux       7
    fly                     VB    xcomp     5
    the                     DT    det       9
    jets/jet                NNS   dobj      7
    .                       .     punct     1
"""
# "Belarus sent experts to Russia to advise on the use of the missiles."
SENT_TO_ADVISE_ON_USE = """
    Belarus                 NNP   nsubj     1 GPE:Belarus
    sent/send               VBD   ROOT      1
    experts/expert          NNS   dobj      1
    to                      IN    prep      1
    Russia                  NNP   pobj      3 GPE:Russia
    to                      TO    aux       6
    advise                  VB    advcl     1
    on                      IN    prep      6
    the                     DT    det       9
    use                     NN    pobj      7
    of                      IN    prep      9
    the                     DT    det       12
    missiles/missile        NNS   pobj      10
    .                       .     punct     1
"""
# "Poland helped Ukraine buy drones." (no use of a weapon: no training)
HELP_BUY = """
    Poland                  NNP   nsubj     1 GPE:Poland
    helped/help             VBD   ROOT      1
    Ukraine                 NNP   nsubj     3 GPE:Ukraine
    buy                     VB    ccomp     1
    drones/drone            NNS   dobj      3
    .                       .     punct     1
"""
# "Poland helped Ukraine use its ports." (no weapon)
HELP_USE_PORTS = """
    Poland                  NNP   nsubj     1 GPE:Poland
    helped/help             VBD   ROOT      1
    Ukraine                 NNP   nsubj     3 GPE:Ukraine
    use                     VB    ccomp     1
    its                     PRP$  poss      5
    ports/port              NNS   dobj      3
    .                       .     punct     1
"""
# "Belarus sent experts to Russia to advise on the use of the ports." (no weapon)
ADVISE_ON_USE_OF_PORTS = """
    Belarus                 NNP   nsubj     1 GPE:Belarus
    sent/send               VBD   ROOT      1
    experts/expert          NNS   dobj      1
    to                      IN    prep      1
    Russia                  NNP   pobj      3 GPE:Russia
    to                      TO    aux       6
    advise                  VB    advcl     1
    on                      IN    prep      6
    the                     DT    det       9
    use                     NN    pobj      7
    of                      IN    prep      9
    the                     DT    det       12
    ports/port              NNS   pobj      10
    .                       .     punct     1
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SENT_TO_HELP_OPERATE, {("Turkey", "trains", "Libya", "asserted"), ("Turkey", "backs", "Libya", "asserted")}),
        (HELP_LEARN_TO_FLY, {("Poland", "trains", "Ukraine", "asserted"), ("Poland", "backs", "Ukraine", "asserted")}),
        (SENT_TO_ADVISE_ON_USE, {("Belarus", "trains", "Russia", "asserted")}),
        # traps: help to buy weapons, help to use what is no weapon (the backing stays, no training)
        (HELP_BUY, {("Poland", "backs", "Ukraine", "asserted")}),
        (HELP_USE_PORTS, {("Poland", "backs", "Ukraine", "asserted")}),
        (ADVISE_ON_USE_OF_PORTS, set()),
    ],
)
def test_constructions_helping_forces_use_weapons_trains_them(text, expected):
    assert triples(parse(text)) == expected


# The tables above, for tests/test_relations_constructions.py (every rule has a positive and a negative case).
POSITIVE = [
    ("trains.pattern.help_operate", SENT_TO_ADVISE_ON_USE, {("Belarus", "trains", "Russia", "asserted")}),
]
NEGATIVE = [
    ("trains.pattern.help_operate", ADVISE_ON_USE_OF_PORTS),
]
