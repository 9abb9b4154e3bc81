"""A quotation's first words are no title (actors.v18), on hand-built Docs with invented sentences.

The model sometimes tags the opening words of a quoted sentence as a work of art ('"The Government of Chad continues
to ...," the report said'); a title in quotation marks ends where they close. A gazetteer name inside such a span is
an entity of its own; inside a closed title it stays part of the title.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the quotation goes on after the span: its words are no title, the state is an entity
        (['"', "The", "Government", "of", "Chad", "keeps", "arming", "rebels", ",", '"', "the", "panel", "said", "."],
         ["O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART"] + ["O"] * 9,
         [("Chad", "GPE", "Chad")]),
        # trap: a title closed by its quotation mark keeps the name inside it
        (["a", "report", "titled", '"', "Arming", "Chad", '"', "came", "out", "."],
         ["O", "O", "O", "O", "B-WORK_OF_ART", "I-WORK_OF_ART", "O", "O", "O", "O"],
         [("Arming Chad", "WORK_OF_ART", "")]),
        # trap: a span with no quotation mark before it is left to the other rules ("the Iraq War")
        (["after", "the", "Chad", "War", "ended", "."], ["O", "O", "B-EVENT", "I-EVENT", "O", "O"],
         [("Chad War", "EVENT", "")]),
    ],
)
def test_actors_linking_a_quotations_first_words_are_no_title(linker, words, ents, expected):  # noqa: F811
    assert linked(linker, words, ents) == expected
