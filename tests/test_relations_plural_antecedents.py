"""Whom an unresolved "they" stands for (relation_rules.v16), on hand-built parses of invented sentences.

The nearest coordination before it counts whole (its first conjunct names all of it); a name the pronoun's own clause
commands is not the pronoun ("the rifles they deliver to Baghdad" are not Iraq's, though "Iraqis" came before); a
plural name that is excluded leaves the walk going on instead of ending it empty.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

DELIVER = """
    Egypt      NNP nsubj 4 GPE:Egypt
    and        CC  cc    0
    Jordan     NNP conj  0 GPE:Jordan
    are/be     VBP aux   4
    training/train VBG ROOT 4
    {object}   NNPS dobj 4 {mark}
    to         TO  aux   7
    use        VB  xcomp 4
    the        DT  det   9
    rifles/rifle NNS dobj 7
    they       PRP nsubj 12
    are/be     VBP aux   12
    delivering/deliver VBG relcl 9
    to         IN  prep  12
    {place}    NNP pobj  13 {place_mark}
    .          .   punct 4
"""


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        # the deliverers are the trainers named before the Iraqis, all of the coordination
        ({"object": "Iraqis", "mark": "NORP:Iraq", "place": "Baghdad", "place_mark": "GPE:Iraq"},
         {("Egypt", "trains", "Iraq", "asserted"), ("Jordan", "trains", "Iraq", "asserted"),
          ("Egypt", "funds", "Iraq", "asserted"), ("Jordan", "funds", "Iraq", "asserted")}),
        # trap: a place that names no actor in the pronoun's clause excludes nobody; the recipient is missing
        ({"object": "Iraqis", "mark": "NORP:Iraq", "place": "Basra", "place_mark": ""},
         {("Egypt", "trains", "Iraq", "asserted"), ("Jordan", "trains", "Iraq", "asserted")}),
    ],
)
def test_relations_plural_antecedents_a_name_the_pronoun_commands_is_not_it(fill, expected):
    assert triples(parse(DELIVER.format(**fill))) == expected


BOTH = """
    Iran       NNP nsubj 4 GPE:Iran
    and        CC  cc    0
    Belarus    NNP conj  0 GPE:Belarus
    are/be     VBP aux   4
    deepening/deepen VBG ROOT 4
    ties/tie   NNS dobj  4
    as         IN  mark  9
    they       PRP nsubj 9
    both       DT  appos 7
    support    VBP advcl 4
    Russia     NNP dobj  9 GPE:Russia
    ,          ,   punct 9
    with       IN  prep  9
    Belarus    NNP pobj  12 GPE:Belarus
    hosting/host VBG acl 13
    drones/drone NNS dobj 14
    .          .   punct 4
"""


def test_relations_plural_antecedents_an_absolute_phrase_commands_no_name():
    # trap: "with Belarus hosting drones" is a clause of its own; they are still Iran and Belarus
    assert triples(parse(BOTH)) == {("Iran", "backs", "Russia", "asserted"), ("Belarus", "backs", "Russia", "asserted")}
