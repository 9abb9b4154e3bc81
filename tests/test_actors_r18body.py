"""Round 18, r18body: state bodies and persons in relation rows (actors.v22, unchanged). Hand-built Docs, no model.

Measured and kept as the code has it: a person the gazetteer knows is named by the entry's name (the gold of the
fifteen readable sets lists the entry's name for 440 of the 465 arguments that name a known person; the other 25
name a state or force with the person among the alts). Recorded as a known gap (strict xfail; tried in round 18
and dropped because no unread set gained three rows): a model span of a state's name and a civil organ's phrase
("UK Defence Ministry") or a state's own government ("Government of Uganda") read as the state.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked


_PERSONS = [
    # a known person in the article's spelling takes the entry's name (with the article's accents since actors.v29)
    (["Erdogan", "armed", "the", "rebels", "."], ["B-PERSON", "O", "O", "O", "O"], ("Erdogan", "PERSON", "Recep Tayyip Erdogan")),
    (["Bashar", "Assad", "hired", "the", "militia", "."], ["B-PERSON", "I-PERSON", "O", "O", "O", "O"],
     ("Bashar Assad", "PERSON", "Bashar al-Assad")),
    # trap: a person the gazetteer does not know keeps the fullest form the article uses
    (["Ramzy", "Baroud", "wrote", "it", ".", "Baroud", "said", "so", "."],
     ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"], ("Baroud", "PERSON", "Ramzy Baroud")),
]


@pytest.mark.parametrize(("words", "ents", "expected"), _PERSONS)
def test_linking_known_person_takes_the_entry_name(linker, words, ents, expected):
    assert linked(linker, words, ents)[-1] == expected


_ORGANS = [
    pytest.param(["The", "UK", "Defence", "Ministry", "trained", "them", "."],
                 ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"], ("UK", "GPE", "United Kingdom"),
                 marks=pytest.mark.xfail(strict=True, reason="round 18: the model's span of a state and an organ is an "
                                         "organisation of its own; tried (no unread row gained) and dropped")),
    pytest.param(["The", "Government", "of", "Uganda", "armed", "them", "."], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
                 ("Uganda", "GPE", "Uganda"),
                 marks=pytest.mark.xfail(strict=True, reason="round 18: a model span of a state's own government is an "
                                         "organisation of its own; tried (c15 +1 right, 1 wrong removed; no unread "
                                         "row gained) and dropped")),
    # trap: a government named for what it is keeps its own gazetteer name
    (["The", "Government", "of", "National", "Accord", "armed", "them", "."],
     ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
     ("Government of National Accord", "ORG", "Government of National Accord")),
    # trap: a state's demonym before a name that is no organ of the state stays the organisation the model found
    (["The", "Russian", "Orthodox", "Church", "backed", "it", "."], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
     ("Russian Orthodox Church", "ORG", "Russian Orthodox Church")),
]


@pytest.mark.parametrize(("words", "ents", "expected"), _ORGANS)
def test_linking_state_organ_span_names_the_state(linker, words, ents, expected):
    assert linked(linker, words, ents)[0] == expected
