"""Round 17 (relation_rules.v20, r17conj): arguments a rule reaches past.

A list the parser read as an apposition (`Grammar._listed_apposition`): after a name, a comma and a second name that
heads a coordination closed by "and" ("Hamas, the Taliban, Hezbollah and the Houthis") continue one list; every
named member is an argument, on either side of the cue. Beside it a guard in `constructions._pairs`: a description
(no name of its own) that coreference resolved to an actor coordinated with the subject is no object of that subject
("Egypt, the UAE and France backed the eastern government", the government read as France).

Hand-built parses of invented sentences as en_core_web_sm parses them, each positive case beside a trap: the exact
rows are asserted, so a wrong party fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Oman backs Hamas, the Taliban, Hezbollah and the Houthis."
OBJECT_LIST = """
    Oman                   NNP   nsubj        1 GPE:Oman
    backs/back             VBZ   ROOT         1
    Hamas                  NNP   dobj         1 ORG:Hamas
    ,                      ,     punct        2
    the                    DT    det          5
    Taliban                NNP   appos        2 ORG:Taliban
    ,                      ,     punct        5
    Hezbollah              NNP   conj         5 ORG:Hezbollah
    and                    CC    cc           7
    the                    DT    det          10
    Houthis                NNPS  conj         7 ORG:Houthis
    .                      .     punct        1
"""

# trap: "Oman backs Hamas, the Taliban." (one name after the comma: no list closed by "and")
OBJECT_SINGLE_APPOSITION = """
    Oman                   NNP   nsubj        1 GPE:Oman
    backs/back             VBZ   ROOT         1
    Hamas                  NNP   dobj         1 ORG:Hamas
    ,                      ,     punct        2
    the                    DT    det          5
    Taliban                NNP   appos        2 ORG:Taliban
    .                      .     punct        1
"""

# trap: "Oman backs Hamas, the Taliban, al-Qaeda affiliates and the Houthis." (a description in the list is left out)
OBJECT_LIST_WITH_DESCRIPTION = """
    Oman                   NNP   nsubj        1 GPE:Oman
    backs/back             VBZ   ROOT         1
    Hamas                  NNP   dobj         1 ORG:Hamas
    ,                      ,     punct        2
    the                    DT    det          5
    Taliban                NNP   appos        2 ORG:Taliban
    ,                      ,     punct        5
    al-Qaeda               NNP   compound     8 ORG:al-Qaeda
    affiliates/affiliate   NNS   conj         5
    and                    CC    cc           8
    the                    DT    det          11
    Houthis                NNPS  conj         8 ORG:Houthis
    .                      .     punct        1
"""

# trap: "Oman backs the group Hamas, Hezbollah and the Houthis." (a name after a description renames it; the parse
# hangs the names on the description, which coreference resolved to Hamas)
DESCRIPTION_HEAD = """
    Oman                   NNP   nsubj        1 GPE:Oman
    backs/back             VBZ   ROOT         1
    the                    DT    det          3
    group                  NN    dobj         1
    Hamas                  NNP   appos        3 ORG:Hamas
    ,                      ,     punct        4
    Hezbollah              NNP   conj         4 ORG:Hezbollah
    and                    CC    cc           6
    the                    DT    det          9
    Houthis                NNPS  conj         6 ORG:Houthis
    .                      .     punct        1
"""

# trap: "Oman backs Hamas, the Taliban, or Hezbollah." (an "or" closes no list of those backed)
OR_LIST = """
    Oman                   NNP   nsubj        1 GPE:Oman
    backs/back             VBZ   ROOT         1
    Hamas                  NNP   dobj         1 ORG:Hamas
    ,                      ,     punct        2
    the                    DT    det          5
    Taliban                NNP   appos        2 ORG:Taliban
    ,                      ,     punct        5
    or                     CC    cc           5
    Hezbollah              NNP   conj         5 ORG:Hezbollah
    .                      .     punct        1
"""

# "Egypt, the UAE, Russia and France backed Haftar."
SUBJECT_LIST = """
    Egypt                  NNP   nsubj        8 GPE:Egypt
    ,                      ,     punct        0
    the                    DT    det          3
    UAE                    NNP   appos        0 GPE:United_Arab_Emirates
    ,                      ,     punct        3
    Russia                 NNP   conj         3 GPE:Russia
    and                    CC    cc           5
    France                 NNP   conj         5 GPE:France
    backed/back            VBD   ROOT         8
    Haftar                 NNP   dobj         8 PERSON:Khalifa_Haftar
    .                      .     punct        8
"""

# trap: "Egypt, the UAE and France backed the eastern government." (the government resolved to France by coreference:
# none of the list backs France)
SUBJECT_LIST_DESCRIBED_OBJECT = """
    Egypt                  NNP   nsubj        6 GPE:Egypt
    ,                      ,     punct        0
    the                    DT    det          3
    UAE                    NNP   appos        0 GPE:United_Arab_Emirates
    and                    CC    cc           3
    France                 NNP   conj         3 GPE:France
    backed/back            VBD   ROOT         6
    the                    DT    det          9
    eastern                JJ    amod         9
    government             NN    dobj         6
    .                      .     punct        6
"""

# trap: "Russia and China supplied drones to Iran." (a named object is left alone by the guard)
NAMED_OBJECT = """
    Russia                 NNP   nsubj        3 GPE:Russia
    and                    CC    cc           0
    China                  NNP   conj         0 GPE:China
    supplied/supply        VBD   ROOT         3
    drones/drone           NNS   dobj         3
    to                     IN    prep         3
    Iran                   NNP   pobj         5 GPE:Iran
    .                      .     punct        3
"""


@pytest.mark.parametrize(
    ("table", "coref", "expected"),
    [
        (OBJECT_LIST, (), {("Oman", "backs", a, "asserted") for a in ("Hamas", "Taliban", "Hezbollah", "Houthis")}),
        (OBJECT_SINGLE_APPOSITION, (), {("Oman", "backs", "Hamas", "asserted")}),
        (OBJECT_LIST_WITH_DESCRIPTION, (), {("Oman", "backs", a, "asserted") for a in ("Hamas", "Taliban", "Houthis")}),
        (OR_LIST, (), {("Oman", "backs", "Hamas", "asserted")}),
        (DESCRIPTION_HEAD, ((2, 4, "Hamas", "description"),), {("Oman", "backs", "Hamas", "asserted")}),
    ],
)
def test_arguments_listed_apposition_object(table, coref, expected):
    assert triples(parse(table, coref)) == expected


@pytest.mark.parametrize(
    ("table", "coref", "expected"),
    [
        (
            SUBJECT_LIST,
            (),
            {(s, "backs", "Khalifa Haftar", "asserted") for s in ("Egypt", "United Arab Emirates", "Russia", "France")},
        ),
        (SUBJECT_LIST_DESCRIBED_OBJECT, ((7, 10, "France", "description"),), set()),
        (NAMED_OBJECT, (), {(s, "funds", "Iran", "asserted") for s in ("Russia", "China")}),
    ],
)
def test_arguments_listed_apposition_subject(table, coref, expected):
    assert triples(parse(table, coref)) == expected
