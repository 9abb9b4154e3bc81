"""The one judged (coref.v14, round 25 r25args), on hand-parsed Docs of invented sentences.

A possessive in a reason phrase ("for", "over", "due to", "because of") of a verb of judging or of a penalty names the
one judged, whatever the salience of the one who judges: "Germany sanctioned Iran for its support of the militia"
(its = Iran), "Britain announced sanctions on Iran for its support of the militia". Each token is
``word/TAG/dep/head`` (head relative) with an optional ``/lemma`` and ``@LABEL:actor`` for a one-token entity.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.actors.coref import resolve_coref
from tests.conftest import make_doc
from tests.test_coref_descriptions import POS, RULES, actor_facts, actor_type

TAGS = {**POS, "VBG": "VERB", "VBP": "VERB", "WRB": "ADV"}


def parsed(text: str):
    words, heads, deps, tags, lemmas, ents = [], [], [], [], [], []
    for i, item in enumerate(text.split()):
        item, _, ent = item.partition("@")
        parts = item.split("/")
        word, tag, dep, head = parts[:4]
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(i + int(head))
        lemmas.append(parts[4] if len(parts) > 4 else word.lower())
        if ent:
            label, actor = ent.split(":")
            ents.append((i, label, actor.replace("_", " ")))
    doc = make_doc(words, heads=heads, deps=deps, tags=tags, pos=[TAGS[t] for t in tags], lemmas=lemmas)
    doc.ents = [Span(doc, i, i + 1, label=label, kb_id=actor) for i, label, actor in ents]
    return doc


def possessives(text: str) -> list[tuple[str, str]]:
    doc = parsed(text)
    return [(doc[m.start : m.end].text, m.actor) for m in resolve_coref(doc, RULES, actor_type, actor_facts)
            if m.rule == "pronoun" and doc[m.start].tag_ == "PRP$"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of judging: its object is the one judged
        ("Germany/NNP/nsubj/+1@GPE:Germany sanctioned/VBD/ROOT/0/sanction Iran/NNP/dobj/-1@GPE:Iran for/IN/prep/-2 "
         "its/PRP$/poss/+1 support/NN/pobj/-2 of/IN/prep/-1 Hezbollah/NNP/pobj/-1@ORG:Hezbollah ./././-8",
         [("its", "Iran")]),
        ("Spain/NNP/nsubj/+1@GPE:Spain thanked/VBD/ROOT/0/thank Egypt/NNP/dobj/-1@GPE:Egypt for/IN/prep/-2 "
         "its/PRP$/poss/+1 help/NN/pobj/-2 ./././-6",
         [("its", "Egypt")]),
        # a penalty noun: the actor it is on
        ("Britain/NNP/nsubj/+1@GPE:United_Kingdom announced/VBD/ROOT/0/announce sanctions/NNS/dobj/-1/sanction "
         "on/IN/prep/-1 Iran/NNP/pobj/-1@GPE:Iran for/IN/prep/-3 its/PRP$/poss/+1 support/NN/pobj/-2 of/IN/prep/-1 "
         "Hamas/NNP/pobj/-1@ORG:Hamas ./././-9",
         [("its", "Iran")]),
        # the "on" phrase and the reason hung on the verb that imposes the penalty
        ("France/NNP/nsubj/+1@GPE:France imposed/VBD/ROOT/0/impose sanctions/NNS/dobj/-1/sanction on/IN/prep/-2 "
         "Syria/NNP/pobj/-1@GPE:Syria over/IN/prep/-4 its/PRP$/poss/+1 ties/NNS/pobj/-2/tie to/IN/prep/-1 "
         "Hezbollah/NNP/pobj/-1@ORG:Hezbollah ./././-9",
         [("its", "Syria")]),
        # "due to": the reason phrase continued by an apposition
        ("Canada/NNP/nsubj/+1@GPE:Canada widened/VBD/ROOT/0/widen sanctions/NNS/dobj/-1/sanction on/IN/prep/-1 "
         "Iran/NNP/pobj/-1@GPE:Iran due/IN/prep/-4 to/IN/pcomp/-1 its/PRP$/poss/+1 conduct/NN/pobj/-2 ,/,/punct/-1 "
         "notably/RB/advmod/+2 its/PRP$/poss/+1 aid/NN/appos/-4 to/IN/prep/-1 Hamas/NNP/pobj/-1@ORG:Hamas ./././-14",
         [("its", "Iran"), ("its", "Iran")]),
    ],
)
def test_coref_judged_possessive_is_the_one_judged(text, expected):
    assert possessives(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trap: a reason phrase of a verb that judges no one keeps the salient subject ("used Wagner for its war")
        ("Russia/NNP/nsubj/+1@GPE:Russia used/VBD/ROOT/0/use Wagner/NNP/dobj/-1@ORG:Wagner_Group for/IN/prep/-2 "
         "its/PRP$/poss/+1 war/NN/pobj/-2 ./././-6",
         [("its", "Russia")]),
        # trap: a possessive outside the reason phrase stays the subject's ("its sanctions on Iran")
        ("Germany/NNP/nsubj/+1@GPE:Germany widened/VBD/ROOT/0/widen its/PRP$/poss/+1 sanctions/NNS/dobj/-2/sanction "
         "on/IN/prep/-1 Iran/NNP/pobj/-1@GPE:Iran ./././-5",
         [("its", "Germany")]),
    ],
)
def test_coref_judged_traps(text, expected):
    assert possessives(text) == expected
