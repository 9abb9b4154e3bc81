"""Round 16, r16args2: who the arguments are, second pass (coref.v11). Hand-parsed Docs, no statistical model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.actors.coref import CorefRules, resolve_coref
from pipeline.ruledata import read_yaml
from tests.conftest import REPO, make_doc

RULES = CorefRules.model_validate(read_yaml(REPO / "configs" / "coref.yaml"))
TYPES = {"Norway": "state", "Chile": "state", "Hamas": "armed_group"}


def _resolved(words, heads, deps, tags, pos, ents):
    doc = make_doc(words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc.ents = [Span(doc, i, i + 1, label=label, kb_id=actor) for i, (label, actor) in sorted(ents.items())]
    return [(doc[m.start : m.end].text, m.actor, m.rule) for m in resolve_coref(doc, RULES, TYPES.get)]


# A side or the representatives of a party, named with it, are that party (organ_heads "side", "representatives"):
# "the Norwegian side says ..." is Norway, and "it" after it is Norway too, not an army named in the sentence before.
_CASES = [
    # the side of a state, by its demonym -> the state
    ((["the", "Norwegian", "side", "says", "it", "gets", "help"], [2, 2, 3, 3, 5, 3, 5],
      ["det", "amod", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
      ["DT", "JJ", "NN", "VBZ", "PRP", "VBZ", "NN"], ["DET", "ADJ", "NOUN", "VERB", "PRON", "VERB", "NOUN"],
      {1: ("NORP", "Norway")}),
     [("the Norwegian side", "Norway", "modifier"), ("it", "Norway", "pronoun")]),
    # trap: a side no actor names stays no one
    ((["the", "other", "side", "says", "no"], [2, 2, 3, 3, 3], ["det", "amod", "nsubj", "ROOT", "dobj"],
      ["DT", "JJ", "NN", "VBZ", "UH"], ["DET", "ADJ", "NOUN", "VERB", "INTJ"], {}),
     []),
    # a group's representatives, by its name -> the group
    ((["Hamas", "representatives", "deny", "ties"], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj"],
      ["NNP", "NNS", "VBP", "NNS"], ["PROPN", "NOUN", "VERB", "NOUN"], {0: ("ORG", "Hamas")}),
     [("Hamas representatives", "Hamas", "modifier")]),
    # trap: representatives with no actor on them name no one
    ((["union", "representatives", "deny", "ties"], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj"],
      ["NN", "NNS", "VBP", "NNS"], ["NOUN", "NOUN", "VERB", "NOUN"], {}),
     []),
]


@pytest.mark.parametrize(("parse", "expected"), _CASES)
def test_coref_side_and_representatives_name_their_party(parse, expected):
    assert _resolved(*parse) == expected
