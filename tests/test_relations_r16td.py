"""Round 16 (relation_rules.v19, r16td): trains and denies, kept only when they carried across sets.

Co-trainers (`trains.pattern.jointly`, `trains.pattern.jointly_given`): the others a trainer trains with, named
"alongside" the training or "with the involvement (participation) of" it, train the same force ("Italy trains Iraqi
police alongside Spain" -> Spain trains Iraq too). Only names count as co-trainers (`named_subjects`): a force named by
a description after "alongside" is trained with them ("alongside Kenyan troops"), and a description after "with the
participation of" is the trainees' own people.

Hand-built parses of invented sentences as en_core_web_sm parses them, each positive case beside a trap: the exact
rows are asserted, so a wrong party fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Italy trains Iraqi police alongside Spain and the European Union."
TRAINS_ALONGSIDE = """
    Italy                  NNP   nsubj        1 GPE:Italy
    trains/train           VBZ   ROOT         1
    Iraqi                  JJ    amod         3 NORP:Iraq
    police                 NNS   dobj         1
    alongside              IN    prep         1
    Spain                  NNP   pobj         4 GPE:Spain
    and                    CC    cc           5
    the                    DT    det          9
    European               NNP   compound     9 ORG:European_Union
    Union                  NNP   conj         5 ORG:European_Union
    .                      .     punct        1
"""

# trap: "Turkey trains Somali troops alongside Kenyan troops." (a force by a description: trained with them)
TRAINS_ALONGSIDE_TROOPS = """
    Turkey                 NNP   nsubj        1 GPE:Turkey
    trains/train           VBZ   ROOT         1
    Somali                 JJ    amod         3 NORP:Somalia
    troops/troop           NNS   dobj         1
    alongside              IN    prep         1
    Kenyan                 JJ    amod         6 NORP:Kenya
    troops/troop           NNS   pobj         4
    .                      .     punct        1
"""

# "Norway is one of the countries training Malian troops alongside France, Germany and the African Union."
ONE_OF_THE_COUNTRIES_ALONGSIDE = """
    Norway                 NNP   nsubj        1 GPE:Norway
    is/be                  VBZ   ROOT         1
    one                    CD    attr         1
    of                     IN    prep         2
    the                    DT    det          5
    countries/country      NNS   pobj         3
    training/train         VBG   acl          5
    Malian                 JJ    amod         8 NORP:Mali
    troops/troop           NNS   dobj         6
    alongside              IN    prep         6
    France                 NNP   pobj         9 GPE:France
    ,                      ,     punct        10
    Germany                NNP   conj         10 GPE:Germany
    and                    CC    cc           12
    the                    DT    det          16
    African                NNP   compound     16 ORG:African_Union
    Union                  NNP   conj         12 ORG:African_Union
    .                      .     punct        1
"""

# trap: "Ukrainian recruits trained alongside British troops." (no trainee: they train together)
TRAINED_TOGETHER = """
    Ukrainian              JJ    amod         1 NORP:Ukraine
    recruits/recruit       VBZ   ROOT         1
    trained/train          VBN   acl          1
    alongside              IN    prep         2
    British                JJ    amod         5 NORP:United_Kingdom
    troops/troop           NNS   pobj         3
    .                      .     punct        1
"""

# "Italy gives training to Iraqi police alongside Spain."
TRAINING_GIVEN_ALONGSIDE = """
    Italy                  NNP   nsubj        1 GPE:Italy
    gives/give             VBZ   ROOT         1
    training               NN    dobj         1
    to                     IN    dative       1
    Iraqi                  JJ    amod         5 NORP:Iraq
    police                 NNS   pobj         3
    alongside              IN    prep         1
    Spain                  NNP   pobj         6 GPE:Spain
    .                      .     punct        1
"""

# "Britain is providing basic training for Ukrainian recruits with the involvement of the Danes and the Swedes."
# (the "with" hung on the recipient)
TRAINING_WITH_INVOLVEMENT = """
    Britain                NNP   nsubj        2 GPE:United_Kingdom
    is/be                  VBZ   aux          2
    providing/provide      VBG   ROOT         2
    basic                  JJ    amod         4
    training               NN    dobj         2
    for                    IN    prep         4
    Ukrainian              JJ    amod         7 NORP:Ukraine
    recruits/recruit       NNS   pobj         5
    with                   IN    prep         7
    the                    DT    det          10
    involvement            NN    pobj         8
    of                     IN    prep         10
    the                    DT    det          13
    Danes                  NNPS  pobj         11 NORP:Denmark
    and                    CC    cc           13
    the                    DT    det          16
    Swedes                 NNPS  conj         13 NORP:Sweden
    .                      .     punct        2
"""

# "Italy provides training to Iraqi police with the participation of Spain."
TRAINING_WITH_PARTICIPATION = """
    Italy                  NNP   nsubj        1 GPE:Italy
    provides/provide       VBZ   ROOT         1
    training               NN    dobj         1
    to                     IN    prep         2
    Iraqi                  JJ    amod         5 NORP:Iraq
    police                 NNS   pobj         3
    with                   IN    prep         1
    the                    DT    det          8
    participation          NN    pobj         6
    of                     IN    prep         8
    Spain                  NNP   pobj         9 GPE:Spain
    .                      .     punct        1
"""

# trap: "Italy provides training to Iraqi police with the participation of Iraqi officers." (the trainees' own)
TRAINING_WITH_OWN_OFFICERS = """
    Italy                  NNP   nsubj        1 GPE:Italy
    provides/provide       VBZ   ROOT         1
    training               NN    dobj         1
    to                     IN    prep         2
    Iraqi                  JJ    amod         5 NORP:Iraq
    police                 NNS   pobj         3
    with                   IN    prep         1
    the                    DT    det          8
    participation          NN    pobj         6
    of                     IN    prep         8
    Iraqi                  JJ    amod         11 NORP:Iraq
    officers/officer       NNS   pobj         9
    .                      .     punct        1
"""


def _trains(*pairs: tuple[str, str]) -> set[tuple[str, str, str, str]]:
    return {(s, "trains", o, "asserted") for s, o in pairs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRAINS_ALONGSIDE, _trains(("Italy", "Iraq"), ("Spain", "Iraq"), ("European Union", "Iraq"))),
        (TRAINS_ALONGSIDE_TROOPS, _trains(("Turkey", "Somalia"))),
        (
            ONE_OF_THE_COUNTRIES_ALONGSIDE,
            _trains(("Norway", "Mali"), ("France", "Mali"), ("Germany", "Mali"), ("African Union", "Mali")),
        ),
        (TRAINED_TOGETHER, set()),
    ],
)
def test_patterns_trainers_alongside_train_the_same_force(text, expected):
    assert triples(parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRAINING_GIVEN_ALONGSIDE, _trains(("Italy", "Iraq"), ("Spain", "Iraq"))),
        (TRAINING_WITH_INVOLVEMENT, _trains(("United Kingdom", "Ukraine"), ("Denmark", "Ukraine"), ("Sweden", "Ukraine"))),
        (TRAINING_WITH_PARTICIPATION, _trains(("Italy", "Iraq"), ("Spain", "Iraq"))),
        (TRAINING_WITH_OWN_OFFICERS, _trains(("Italy", "Iraq"))),
    ],
)
def test_patterns_training_given_with_others_makes_them_trainers(text, expected):
    assert triples(parse(text)) == expected


# Tried and dropped (round 16): a party saying it has no tie, in two more shapes than `denies.no_role` reads (the verb
# negated instead of the object, and cooperation or contacts as the tie). It gained one right row in each of two sets
# (c15, c15b) and none elsewhere, under the round's bar of three; the code is not in the repository (relations_history.md,
# "round 16, r16td").

# "Hamas does not have ties to Iran."
NO_TIES_VERB_NEGATED = """
    Hamas                  NNP   nsubj        3 ORG:Hamas
    does/do                VBZ   aux          3
    not                    RB    neg          3
    have                   VB    ROOT         3
    ties/tie               NNS   dobj         3
    to                     IN    prep         4
    Iran                   NNP   pobj         5 GPE:Iran
    .                      .     punct        3
"""

# "Qatar has no cooperation with the Taliban."
NO_COOPERATION = """
    Qatar                  NNP   nsubj        1 GPE:Qatar
    has/have               VBZ   ROOT         1
    no                     DT    det          3
    cooperation            NN    dobj         1
    with                   IN    prep         3
    the                    DT    det          6
    Taliban                NNP   pobj         4 ORG:Taliban
    .                      .     punct        1
"""

# trap: "Qatar does not have money for Hamas." (no tie noun: nothing)
NO_MONEY_VERB_NEGATED = """
    Qatar                  NNP   nsubj        3 GPE:Qatar
    does/do                VBZ   aux          3
    not                    RB    neg          3
    have                   VB    ROOT         3
    money                  NN    dobj         3
    for                    IN    prep         3
    Hamas                  NNP   pobj         5 ORG:Hamas
    .                      .     punct        3
"""

_GAP = "a tie denied with the verb negated, or cooperation and contacts as ties: tried in round 16 (r16td), two rows in two sets"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(NO_TIES_VERB_NEGATED, {("Hamas", "denies", "Iran", "asserted")}, marks=pytest.mark.xfail(reason=_GAP, strict=True)),
        pytest.param(NO_COOPERATION, {("Qatar", "denies", "Taliban", "asserted")}, marks=pytest.mark.xfail(reason=_GAP, strict=True)),
        (NO_MONEY_VERB_NEGATED, set()),
    ],
)
def test_constructions_a_party_saying_it_has_no_tie(text, expected):
    assert triples(parse(text)) == expected


# trap: "Italy gives lessons to Iraqi police alongside Spain." (no training theme: nothing at all)
LESSONS_GIVEN_ALONGSIDE = TRAINING_GIVEN_ALONGSIDE.replace(
    "    training               NN    dobj         1", "    lessons/lesson         NNS   dobj         1"
)

# the per-rule tables test_relations_constructions runs: (rule, parse, expected) and (rule, parse) giving nothing
POSITIVE = [
    ("trains.pattern.jointly", TRAINS_ALONGSIDE, _trains(("Italy", "Iraq"), ("Spain", "Iraq"), ("European Union", "Iraq"))),
    ("trains.pattern.jointly_given", TRAINING_GIVEN_ALONGSIDE, _trains(("Italy", "Iraq"), ("Spain", "Iraq"))),
]
NEGATIVE = [
    ("trains.pattern.jointly", TRAINED_TOGETHER),
    ("trains.pattern.jointly_given", LESSONS_GIVEN_ALONGSIDE),
]
