"""Grammar helpers over whole Docs that the rule tests reach only through rows."""

from __future__ import annotations

import pytest
import spacy

from pipeline.relations.arguments import _quoted_flags


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Iran said "we fund nobody" on Monday.', ['"', "we", "fund", "nobody"]),
        ("Iran said “we fund nobody” on Monday.", ["“", "we", "fund", "nobody"]),
        ("Il a dit «non» hier et «oui» demain.", ["«", "non", "«", "oui"]),
        # a paragraph break closes a quotation left open; a mark after it opens a new one
        ('He said "we fund nobody\n\nThe group "denies" it.', ['"', "we", "fund", "nobody", '"', "denies"]),
        # a line break token closes it too; the mark after it then opens one
        ('He said "we fund\nnobody" today.', ['"', "we", "fund", '"', "today", "."]),
        ("No quotation here.", []),
    ],
)
def test_arguments_quoted_flags_mark_tokens_inside_quotation_marks(text, quoted):
    doc = spacy.blank("en")(text)
    flags = _quoted_flags(doc)
    assert len(flags) == len(doc)
    assert [t.text for t, inside in zip(doc, flags) if inside] == quoted
