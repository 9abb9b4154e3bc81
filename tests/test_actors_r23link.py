"""Round 23 (actors.v25, r23link): arguments linked to the wrong actor.

- a gazetteer acronym the article defines with other words than its actor's names names the definition's actor, or
  none (``linking.defined_acronyms``); an expansion in the entry's words, or a variant of them, keeps the link;
- weapons and platforms by name are products, no actors (``configs/actors/non_actors.yaml``), also after their
  maker's demonym in one model span (``linking._maker_and_product``).

Hand-built Docs on the real gazetteer and linker, no model. A model entity is written ``[words|LABEL]``; every
example sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import doc_of


def _parse(text: str) -> tuple[list[str], list[str]]:
    """Words and IOB tags of ``text``: space-separated words, a model entity written ``[words|LABEL]``."""
    words: list[str] = []
    tags: list[str] = []
    inside: list[int] | None = None  # the words of the entity being read
    for token in text.split():
        if token.startswith("["):
            token, inside = token[1:], []
        closing = inside is not None and token.endswith("]") and "|" in token
        if closing:
            token, label = token[:-1].rsplit("|", 1)
        words.append(token)
        tags.append("O")
        if inside is not None:
            inside.append(len(words) - 1)
            if closing:
                for k, i in enumerate(inside):
                    tags[i] = ("B-" if k == 0 else "I-") + label
                inside = None
    return words, tags


def linked(linker, text: str) -> list[tuple[str, str]]:
    words, tags = _parse(text)
    doc = linker(doc_of(words, ents=tags if any(t != "O" for t in tags) else None))
    return [(e.text, e.kb_id_) for e in doc.ents]


def test_helpers_markup_marks_model_entities():
    assert _parse("the [Sudan Rapid Support Force|ORG] ( RSF )") == (
        ["the", "Sudan", "Rapid", "Support", "Force", "(", "RSF", ")"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    )
    assert _parse("[F-16s|PERSON] left") == (["F-16s", "left"], ["B-PERSON", "O"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazetteer acronym defined as something else names no actor of the gazetteer, in every mention
        ("Officers of the Multidimensional Security Support ( MSS ) mission landed . MSS patrols began", []),
        # ... and names the definition's actor when the definition is an entity
        ("Recruits joined the Somali National Army ( SNA ) in May . The SNA grew",
         [("Somali National Army", "Somali National Army"), ("SNA", "Somali National Army"),
          ("SNA", "Somali National Army")]),
        # the trap: a definition in the entry's own words keeps the link
        ("Officers of the Islamic Revolutionary Guard Corps ( IRGC ) met . The IRGC denied it",
         [("Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps"),
          ("IRGC", "Islamic Revolutionary Guard Corps"), ("IRGC", "Islamic Revolutionary Guard Corps")]),
        ("Envoys of the Ministry of State Security ( MSS ) left . MSS agents stayed",
         [("Ministry of State Security", "Ministry of State Security"), ("MSS", "Ministry of State Security"),
          ("MSS", "Ministry of State Security")]),
        # ... and so does a variant of them: a plural, a demonym for a name ("Korea" of "Korean")
        ("the [Islamic Revolutionary Guards Corps|ORG] ( IRGC ) said . IRGC units moved",
         [("Islamic Revolutionary Guards Corps", "Islamic Revolutionary Guard Corps"),
          ("IRGC", "Islamic Revolutionary Guard Corps"), ("IRGC", "Islamic Revolutionary Guard Corps")]),
        ("the Korea Central News Agency ( KCNA ) wrote", [("KCNA", "Korean Central News Agency")]),
        # an organisation the gazetteer does not know spanning a right expansion takes the acronym's actor
        ("the [Sudan Rapid Support Force|ORG] ( RSF ) denied it",
         [("Sudan Rapid Support Force", "Rapid Support Forces"), ("RSF", "Rapid Support Forces")]),
    ],
)
def test_linking_defined_gazetteer_acronym(linker, text, expected):
    assert linked(linker, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon's name the model took for a person or an organisation is a product: no actor
        ("Denmark pledged [F-16s|PERSON] to Ukraine", [("Denmark", "Denmark"), ("F-16s", ""), ("Ukraine", "Ukraine")]),
        ("Warsaw asked for more [Patriot|PERSON] batteries", [("Warsaw", ""), ("Patriot", "")]),
        ("India sold [BrahMos|ORG] missiles to Manila", [("India", "India"), ("BrahMos", ""), ("Manila", "")]),
        # a maker's demonym and a product's name in one model span: the maker is an actor, the product none
        ("Chile will buy [American F-16|ORG] jets", [("Chile", "Chile"), ("American", "United States"), ("F-16", "")]),
        # traps: a person named like a weapon keeps his name; a longer gazetteer name wins over a product's
        ("[Elliott Abrams|PERSON] said so", [("Elliott Abrams", "Elliott Abrams")]),
        ("the Coalition of Patriots for Change attacked",
         [("Coalition of Patriots for Change", "Coalition of Patriots for Change")]),
    ],
)
def test_linking_weapon_name_is_no_actor(linker, text, expected):
    assert linked(linker, text) == expected
