"""Round 27 (actors.v29, r27ref): a person is named as the article spells the name.

A person of the gazetteer whose entry writes a word of the name with an accent is named with that word unaccented when
a mention in the article writes it so and none writes it with the accent (``linking.article_spellings``; FORMAT.md: a
person's actor is the fullest form of the name the article uses). A word the article never writes keeps the entry's
spelling, and so does every actor that is no person. Hand-built Docs on the real gazetteer and linker, no model; a
model entity is written ``[words|LABEL]``; every example sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.test_actors_r23link import linked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article writes the name without its accent: the actor is written so, in every mention
        ("Erdogan spoke to reporters . Recep Tayyip Erdogan left",
         [("Erdogan", "Recep Tayyip Erdogan"), ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan")]),
        ("Nicolas Maduro spoke to reporters", [("Nicolas Maduro", "Nicolas Maduro")]),
        ("Vucic spoke to reporters", [("Vucic", "Aleksandar Vucic")]),
        # traps: the article writes the accent, writes both, or never writes the accented word; an organisation
        ("Erdoğan spoke to reporters", [("Erdoğan", "Recep Tayyip Erdoğan")]),
        ("Erdogan spoke . Erdoğan left", [("Erdogan", "Recep Tayyip Erdoğan"), ("Erdoğan", "Recep Tayyip Erdoğan")]),
        ("Maduro spoke to reporters", [("Maduro", "Nicolás Maduro")]),
        ("Supporters of the Gulen movement spoke", [("Gulen movement", "Gülen movement")]),
        ("Nobody spoke to reporters", []),
    ],
)
def test_actors_linking_article_spellings(linker, text, expected):
    assert linked(linker, text) == expected
