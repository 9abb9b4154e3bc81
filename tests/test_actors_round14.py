"""Gazetteer coverage of round 14 (actors.v18): forms of the real gazetteer, checked without a model.

Syria's Kurdish-led parties and
forces, the Revolutionary Guards' branches and the peoples of the conflicts are known (peoples as no actor). The
examples are names, not sentences.
"""

from __future__ import annotations

import pytest
import spacy

from tests.test_actors_linking import ACTORS, doc_of


@pytest.mark.parametrize(
    ("form", "actor"),
    [
        # Syria's Kurdish-led north-east
        ("PYD", "Democratic Union Party"),
        ("Syrian Democratic Union Party", "Democratic Union Party"),
        ("Peoples' Protection Units", "YPG"),
        ("People's Defense Units", "YPG"),
        ("ENKS", "Kurdish National Council"),
        ("Asayish", "Asayish"),
        # the Revolutionary Guards' branches, the Muslim Brotherhood's short name, word-order variants of forces
        ("Iranian Revolutionary Guards Corps Navy", "IRGC Navy"),
        ("Revolutionary Guards Aerospace Force", "IRGC Aerospace Force"),
        ("Brotherhood", "Muslim Brotherhood"),
        ("National Libyan Army", "Libyan National Army"),
        ("Yemeni National Army", "Yemeni Armed Forces"),
        ("Azerbaijani Defence Ministry", "Ministry of Defence of Azerbaijan"),
        ("Muslim Youth Centre", "Muslim Youth Center"),
        # private military companies, Wagner's fronts and arms makers
        ("Lobaye Invest", "Lobaye Invest"),
        ("E.N.O.T. Corp", "ENOT Corp"),
        ("China North Industries Corporation", "Norinco"),
        ("Krauss-Maffei Wegmann", "KNDS"),
        ("Quds Aviation Industries", "Qods Aviation Industries"),
    ],
)
def test_actors_round14_forms_name_their_actor(gazetteer, form, actor):
    assert gazetteer.entry(form) is not None and gazetteer.entry(form).name == actor


@pytest.mark.parametrize("form", ["Afar", "Fulani", "Tutsi", "Kurdish Democratic", "Navy", "Syrian Democratic"])
def test_actors_round14_traps_name_no_new_actor(gazetteer, form):
    # a people is no actor, and no part of a new name is a form on its own
    assert gazetteer.entry(form) is None


def test_actors_round14_peoples_are_non_actors(gazetteer):
    peoples = {f.text for f in gazetteer.forms if f.kind == "non_actor" and f.label == "NORP"}
    assert {"Afar", "Oromo", "Fulani", "Tuareg", "Hutu", "Tutsi", "Masalit"} <= peoples


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a body's name after the name of the state its parent belongs to: the state and the body
        (["the", "U.S.", "Central", "Command", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("U.S.", "GPE", "United States"), ("Central Command", "ORG", "United States Central Command")]),
        # trap: another state's name before it keeps the model's span
        (["the", "Iran", "Central", "Command", "said"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Iran Central Command", "ORG", "Iran Central Command")]),
    ],
)
def test_actors_round14_a_name_qualified_by_its_owners_owner(words, ents, expected):
    nlp = spacy.blank("en", vocab=doc_of(["x"]).vocab)
    pipe = nlp.add_pipe("actor_linker")
    pipe.initialize(path=ACTORS)
    doc = pipe(doc_of(words, ents=ents))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "expected"),
    [
        # a seat right before a finite verb the parse left without a subject is that verb's subject: the state
        (["At", "first", "Moscow", "kept", "contacts", "."], [3, 2, 0, 3, 3, 3],
         ["prep", "amod", "pobj", "ROOT", "dobj", "punct"], ["IN", "JJ", "NNP", "VBD", "NNS", "."], "Russia"),
        # trap: a verb with a subject of its own leaves the seat a place
        (["In", "Moscow", "talks", "began", "."], [3, 0, 3, 3, 3],
         ["prep", "pobj", "nsubj", "ROOT", "punct"], ["IN", "NNP", "NNS", "VBD", "."], ""),
        # trap: a seat before a verb that has its subject ("Officials who met in Moscow said ...") stays a place
        (["Envoys", "met", "in", "Moscow", "and", "talked", "."], [1, 1, 1, 2, 1, 1, 1],
         ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "punct"], ["NNS", "VBD", "IN", "NNP", "CC", "VBD", "."], ""),
    ],
)
def test_actors_round14_a_seat_before_a_verb_without_subject_is_its_state(words, heads, deps, tags, expected):
    nlp = spacy.blank("en", vocab=doc_of(["x"]).vocab)
    pipe = nlp.add_pipe("actor_linker")
    pipe.initialize(path=ACTORS)
    ents = ["B-GPE" if w == "Moscow" else "O" for w in words]
    doc = pipe(doc_of(words, ents=ents, heads=heads, deps=deps, tags=tags))
    assert [e.kb_id_ for e in doc.ents if e.text == "Moscow"] == [expected]
