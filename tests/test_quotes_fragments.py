"""Issue 13's quote constructions on hand-built Docs (no statistical model).

Fragments under a cue or "according to", quoted objects and labels, quoted
stretches inside reported clauses, cue verbs by word class, speakers named
on a line above quotations or as members of a group, and pronoun speakers
that agree in gender. Rows as in tests/test_quotes_extract.py (the parses
are the small model's for these invented sentences).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.docs import GENDER
from tests.test_quotes_extract import PARA, parse, quotes


def rows_of(q):
    return [(x.kind, x.rule, x.speaker, x.quote) for x in q]


# -- fragments, quoted objects and labels ---------------------------------------
def _fragment_0():
    # Senator Maria Ortega said the bill was “dead on arrival” in the chamber.
    return parse(
        ('Senator', 2, 'compound', 'PROPN', 'Senator'), ('Maria', 2, 'compound', 'PROPN', 'Maria', 'B-PERSON'),
        ('Ortega', 3, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'), ('said', 3, 'ROOT', 'VERB', 'say'),
        ('the', 5, 'det', 'DET'), ('bill', 6, 'nsubj', 'NOUN'), ('was', 3, 'ccomp', 'AUX', 'be'),
        ('“', 6, 'punct', 'PUNCT'), ('dead', 6, 'acomp', 'ADJ'), ('on', 8, 'prep', 'ADP'),
        ('arrival', 9, 'pobj', 'NOUN'), ('”', 6, 'punct', 'PUNCT'), ('in', 6, 'prep', 'ADP'),
        ('the', 14, 'det', 'DET'), ('chamber', 12, 'pobj', 'NOUN'), ('.', 3, 'punct', 'PUNCT'),
    )


def _fragment_1():
    # According to Maria Ortega, the deal is “a disgrace” for farmers.
    return parse(
        ('According', 7, 'prep', 'VERB', 'accord'), ('to', 0, 'prep', 'ADP'),
        ('Maria', 3, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 1, 'pobj', 'PROPN', 'Ortega', 'I-PERSON'),
        (',', 7, 'punct', 'PUNCT'), ('the', 6, 'det', 'DET'), ('deal', 7, 'nsubj', 'NOUN'),
        ('is', 7, 'ROOT', 'AUX', 'be'), ('“', 7, 'punct', 'PUNCT'), ('a', 10, 'det', 'DET'),
        ('disgrace', 7, 'attr', 'NOUN'), ('”', 10, 'punct', 'PUNCT'), ('for', 10, 'prep', 'ADP'),
        ('farmers', 12, 'pobj', 'NOUN', 'farmer'), ('.', 7, 'punct', 'PUNCT'),
    )


def _fragment_2():
    # The bill is “dead”, Maria Ortega said.
    return parse(
        ('The', 1, 'det', 'DET'), ('bill', 2, 'nsubj', 'NOUN'), ('is', 9, 'ccomp', 'AUX', 'be'),
        ('“', 2, 'punct', 'PUNCT'), ('dead', 2, 'acomp', 'ADJ'), ('”', 9, 'punct', 'PUNCT'),
        (',', 9, 'punct', 'PUNCT'), ('Maria', 8, 'compound', 'PROPN', 'Maria', 'B-PERSON'),
        ('Ortega', 9, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'), ('said', 9, 'ROOT', 'VERB', 'say'),
        ('.', 9, 'punct', 'PUNCT'),
    )


def _fragment_3():
    # Maria Ortega praised his “courage” after the flood.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('praised', 2, 'ROOT', 'VERB', 'praise'), ('his', 5, 'poss', 'PRON'), ('“', 5, 'punct', 'PUNCT'),
        ('courage', 2, 'dobj', 'NOUN'), ('”', 5, 'punct', 'PUNCT'), ('after', 2, 'prep', 'ADP'),
        ('the', 9, 'det', 'DET'), ('flood', 7, 'pobj', 'NOUN'), ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_4():
    # Maria Ortega called for “a full investigation” into the contract.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('called', 2, 'ROOT', 'VERB', 'call'), ('for', 2, 'prep', 'ADP'), ('“', 3, 'punct', 'PUNCT'),
        ('a', 7, 'det', 'DET'), ('full', 7, 'amod', 'ADJ'), ('investigation', 3, 'pobj', 'NOUN'),
        ('”', 7, 'punct', 'PUNCT'), ('into', 7, 'prep', 'ADP'), ('the', 11, 'det', 'DET'),
        ('contract', 9, 'pobj', 'NOUN'), ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_5():
    # Maria Ortega accused the governor of being “a liar” on Tuesday.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('accused', 2, 'ROOT', 'VERB', 'accuse'), ('the', 4, 'det', 'DET'), ('governor', 2, 'dobj', 'NOUN'),
        ('of', 4, 'prep', 'ADP'), ('being', 5, 'pcomp', 'AUX', 'be'), ('“', 6, 'punct', 'PUNCT'),
        ('a', 9, 'det', 'DET'), ('liar', 6, 'attr', 'NOUN'), ('”', 6, 'punct', 'PUNCT'), ('on', 6, 'prep', 'ADP'),
        ('Tuesday', 11, 'pobj', 'PROPN', 'Tuesday', 'B-DATE'), ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_6():
    # Maria Ortega lamented the “chaos” at the border.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('lamented', 2, 'ROOT', 'VERB', 'lament'), ('the', 5, 'det', 'DET'), ('“', 5, 'punct', 'PUNCT'),
        ('chaos', 2, 'dobj', 'NOUN'), ('”', 5, 'punct', 'PUNCT'), ('at', 2, 'prep', 'ADP'), ('the', 9, 'det', 'DET'),
        ('border', 7, 'pobj', 'NOUN'), ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_7():
    # Maria Ortega called the governor “crooked” during the debate.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('called', 2, 'ROOT', 'VERB', 'call'), ('the', 4, 'det', 'DET'), ('governor', 2, 'dobj', 'NOUN'),
        ('“', 6, 'punct', 'PUNCT'), ('crooked', 2, 'oprd', 'VERB', 'crook'), ('”', 6, 'punct', 'PUNCT'),
        ('during', 2, 'prep', 'ADP'), ('the', 10, 'det', 'DET'), ('debate', 8, 'pobj', 'NOUN'),
        ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_8():
    # Maria Ortega dismissed it as “fake news” on Monday.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('dismissed', 2, 'ROOT', 'VERB', 'dismiss'), ('it', 2, 'dobj', 'PRON'), ('as', 2, 'prep', 'ADP'),
        ('“', 4, 'punct', 'PUNCT'), ('fake', 7, 'amod', 'ADJ'), ('news', 4, 'pobj', 'NOUN'),
        ('”', 4, 'punct', 'PUNCT'), ('on', 2, 'prep', 'ADP'), ('Monday', 9, 'pobj', 'PROPN', 'Monday', 'B-DATE'),
        ('.', 2, 'punct', 'PUNCT'),
    )


def _fragment_9():
    # Maria Ortega said the new law, which she described as “a cruel joke”, would hurt the poor.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('said', 2, 'ROOT', 'VERB', 'say'), ('the', 5, 'det', 'DET'), ('new', 5, 'amod', 'ADJ'),
        ('law', 18, 'nsubj', 'NOUN'), (',', 5, 'punct', 'PUNCT'), ('which', 9, 'dobj', 'PRON'),
        ('she', 9, 'nsubj', 'PRON'), ('described', 5, 'relcl', 'VERB', 'describe'), ('as', 9, 'prep', 'ADP'),
        ('“', 10, 'punct', 'PUNCT'), ('a', 14, 'det', 'DET'), ('cruel', 14, 'amod', 'ADJ'),
        ('joke', 10, 'pobj', 'NOUN'), ('”', 5, 'punct', 'PUNCT'), (',', 5, 'punct', 'PUNCT'),
        ('would', 18, 'aux', 'AUX'), ('hurt', 2, 'ccomp', 'VERB'), ('the', 20, 'det', 'DET'),
        ('poor', 18, 'dobj', 'ADJ'), ('.', 2, 'punct', 'PUNCT'),
    )


def _scare_0():
    # The city saw more “chaos” this year.
    return parse(
        ('The', 1, 'det', 'DET'), ('city', 2, 'nsubj', 'NOUN'), ('saw', 2, 'ROOT', 'VERB', 'see'),
        ('more', 5, 'amod', 'ADJ'), ('“', 5, 'punct', 'PUNCT'), ('chaos', 2, 'dobj', 'NOUN'),
        ('”', 5, 'punct', 'PUNCT'), ('this', 8, 'det', 'DET', 'B-DATE'), ('year', 2, 'npadvmod', 'NOUN', 'I-DATE'),
        ('.', 2, 'punct', 'PUNCT'),
    )


def _scare_1():
    # Maria Ortega joined the “unity” of the opposition.
    return parse(
        ('Maria', 1, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('joined', 2, 'ROOT', 'VERB', 'join'), ('the', 5, 'det', 'DET'), ('“', 5, 'punct', 'PUNCT'),
        ('unity', 2, 'dobj', 'NOUN'), ('”', 5, 'punct', 'PUNCT'), ('of', 5, 'prep', 'ADP'), ('the', 9, 'det', 'DET'),
        ('opposition', 7, 'pobj', 'NOUN'), ('.', 2, 'punct', 'PUNCT'),
    )


def _scare_2():
    # They watched a film called “Sully” at home.
    return parse(
        ('They', 1, 'nsubj', 'PRON'), ('watched', 1, 'ROOT', 'VERB', 'watch'), ('a', 3, 'det', 'DET'),
        ('film', 1, 'dobj', 'NOUN'), ('called', 3, 'acl', 'VERB', 'call'), ('“', 6, 'punct', 'PUNCT'),
        ('Sully', 4, 'oprd', 'ADV', 'B-WORK_OF_ART'), ('”', 4, 'punct', 'PUNCT'), ('at', 4, 'prep', 'ADP'),
        ('home', 8, 'pobj', 'NOUN'), ('.', 1, 'punct', 'PUNCT'),
    )


def _scare_3():
    # They joined a group known as “the Desert Hawks” last year.
    return parse(
        ('They', 1, 'nsubj', 'PRON'), ('joined', 1, 'ROOT', 'VERB', 'join'), ('a', 3, 'det', 'DET'),
        ('group', 1, 'dobj', 'NOUN'), ('known', 3, 'acl', 'VERB', 'know'), ('as', 4, 'prep', 'ADP'),
        ('“', 5, 'punct', 'PUNCT'), ('the', 9, 'det', 'DET'), ('Desert', 9, 'compound', 'PROPN', 'Desert'),
        ('Hawks', 5, 'pobj', 'PROPN', 'Hawks'), ('”', 3, 'punct', 'PUNCT'), ('last', 12, 'amod', 'ADJ', 'B-DATE'),
        ('year', 1, 'npadvmod', 'NOUN', 'I-DATE'), ('.', 1, 'punct', 'PUNCT'),
    )


def _two_labels():
    # Kyriakos Papadakis called the deal “null and void” and “absurd”.
    return parse(
        ('Kyriakos', 1, 'compound', 'PROPN', 'B-PERSON'), ('Papadakis', 2, 'nsubj', 'PROPN', 'I-PERSON'),
        ('called', 2, 'ROOT', 'VERB', 'call'), ('the', 4, 'det', 'DET'), ('deal', 2, 'dobj', 'NOUN'),
        ('“', 6, 'punct', 'PUNCT'), ('null', 2, 'oprd', 'ADJ'), ('and', 6, 'cc', 'CCONJ'), ('void', 6, 'conj', 'ADJ'),
        ('”', 6, 'punct', 'PUNCT'), ('and', 6, 'cc', 'CCONJ'), ('“', 12, 'punct', 'PUNCT'), ('absurd', 6, 'conj', 'ADJ'),
        ('”', 12, 'punct', 'PUNCT'), ('.', 2, 'punct', 'PUNCT'),
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # fragment in a reported clause: the clause and the fragment (no actor linker here: the name as written)
        (_fragment_0, [('indirect', 'indirect.clause', 'Senator Maria Ortega', 'the bill was “dead on arrival” in the chamber'), ('partial', 'partial.reported', 'Senator Maria Ortega', 'dead on arrival')]),
        # 'according to' with a source governs the fragment
        (_fragment_1, [('indirect', 'indirect.source_phrase', 'Maria Ortega', 'the deal is “a disgrace” for farmers'), ('partial', 'partial.reported', 'Maria Ortega', 'a disgrace')]),
        # a one-word fragment before its cue
        (_fragment_2, [('partial', 'partial.cue', 'Maria Ortega', 'dead')]),
        # quoted object of a verb of evaluation
        (_fragment_3, [('partial', 'partial.object', 'Maria Ortega', 'courage')]),
        # quoted object of a preposition on the verb
        (_fragment_4, [('partial', 'partial.object', 'Maria Ortega', 'a full investigation')]),
        # quoted predicate under 'accused X of being'
        (_fragment_5, [('partial', 'partial.object', 'Maria Ortega', 'a liar')]),
        # quoted object after a determiner
        (_fragment_6, [('partial', 'partial.object', 'Maria Ortega', 'chaos')]),
        # label of a naming verb's object
        (_fragment_7, [('partial', 'partial.label', 'Maria Ortega', 'crooked')]),
        # label after 'as'
        (_fragment_8, [('partial', 'partial.label', 'Maria Ortega', 'fake news')]),
        # two coordinated labels
        (_two_labels, [('partial', 'partial.label', 'Kyriakos Papadakis', 'null and void'),
                       ('partial', 'partial.label', 'Kyriakos Papadakis', 'absurd')]),
        # a label inside a reported clause belongs to its naming verb's subject (here the same speaker), given once
        (_fragment_9, [('indirect', 'indirect.clause', 'Maria Ortega', 'the new law, which she described as “a cruel joke”, would hurt the poor'), ('partial', 'partial.label', 'Maria Ortega', 'a cruel joke')]),
    ],
)
def test_quotes_fragments_quoted_under_a_cue_object_or_label(doc, expected, quote_rules):
    assert rows_of(quotes(doc(), quote_rules)) == expected


@pytest.mark.parametrize(
    "doc",
    [
        _scare_0,  # a scare quote no cue governs
        _scare_1,  # the object of a verb outside the class
        _scare_2,  # a name after a participle
        _scare_3,  # a name after 'known as'
    ],
)
def test_quotes_fragments_scare_quotes_and_names_stay_out(doc, quote_rules):
    made = doc()
    assert len(made.text) > 20  # the Doc was built
    assert quotes(made, quote_rules) == []
    assert not made._.skipped  # found nothing, and did not fail on the way


# -- speakers found only by luck before -------------------------------------------
def _interjected():
    # “It was a mistake,” Tom Evers interjected.
    return parse(
        ('“', 9, 'punct', 'PUNCT'), ('It', 2, 'nsubj', 'PRON'), ('was', 9, 'ccomp', 'AUX', 'be'),
        ('a', 4, 'det', 'DET'), ('mistake', 2, 'attr', 'NOUN'), (',', 9, 'punct', 'PUNCT'), ('”', 9, 'punct', 'PUNCT'),
        ('Tom', 8, 'compound', 'PROPN', 'Tom', 'B-PERSON'), ('Evers', 9, 'nsubj', 'PROPN', 'Evers', 'I-PERSON'),
        ('interjected', 9, 'ROOT', 'VERB', 'interject'), ('.', 9, 'punct', 'PUNCT'),
    )


def _advises():
    # “Rest is the best medicine,” advises psychologist Anna Berg.
    return parse(
        ('“', 8, 'punct', 'PUNCT'), ('Rest', 2, 'nsubj', 'NOUN'), ('is', 8, 'ccomp', 'AUX', 'be'),
        ('the', 5, 'det', 'DET'), ('best', 5, 'amod', 'ADJ', 'good'), ('medicine', 2, 'attr', 'NOUN'),
        (',', 8, 'punct', 'PUNCT'), ('”', 8, 'punct', 'PUNCT'), ('advises', 8, 'ROOT', 'VERB', 'advise'),
        ('psychologist', 11, 'compound', 'NOUN'), ('Anna', 11, 'compound', 'PROPN', 'Anna', 'B-PERSON'),
        ('Berg', 8, 'nsubj', 'PROPN', 'Berg', 'I-PERSON'), ('.', 8, 'punct', 'PUNCT'),
    )


def _opines():
    # “The ruling will stand,” Okafor opines.
    return parse(
        ('“', 7, 'punct', 'PUNCT'), ('The', 2, 'det', 'DET'), ('ruling', 4, 'nsubj', 'NOUN'),
        ('will', 4, 'aux', 'AUX'), ('stand', 7, 'ccomp', 'VERB'), (',', 7, 'punct', 'PUNCT'),
        ('”', 7, 'punct', 'PUNCT'), ('Okafor', 7, 'nsubj', 'PROPN', 'Okafor', 'B-PERSON'),
        ('opines', 7, 'ROOT', 'VERB', 'opine'), ('.', 7, 'punct', 'PUNCT'),
    )


def _charter_states():
    # The Harbour Charter sets the rule: “No ship may dock at night.”
    return parse(
        ('The', 2, 'det', 'DET'), ('Harbour', 2, 'compound', 'PROPN', 'Harbour', 'B-LAW'),
        ('Charter', 3, 'nsubj', 'PROPN', 'Charter', 'I-LAW'), ('sets', 3, 'ROOT', 'VERB', 'set'),
        ('the', 5, 'det', 'DET'), ('rule', 3, 'dobj', 'NOUN'), (':', 3, 'punct', 'PUNCT'), ('“', 11, 'punct', 'PUNCT'),
        ('No', 9, 'det', 'DET'), ('ship', 11, 'nsubj', 'NOUN'), ('may', 11, 'aux', 'AUX'), ('dock', 3, 'parataxis', 'VERB'),
        ('at', 11, 'prep', 'ADP'), ('night', 12, 'pobj', 'NOUN'), ('.', 11, 'punct', 'PUNCT'), ('”', 11, 'punct', 'PUNCT'),
    )


def _heading():
    # The panel met.¶¶Dr Helen Ward¶¶“Our hospitals are full every winter now.”
    return parse(
        ('The', 1, 'det', 'DET'), ('panel', 2, 'nsubj', 'NOUN'), ('met', 2, 'ROOT', 'VERB', 'meet'),
        ('.', 2, 'punct', 'PUNCT'), PARA, ('Dr', 7, 'compound', 'PROPN', 'Dr'),
        ('Helen', 7, 'compound', 'PROPN', 'Helen', 'B-PERSON'), ('Ward', 7, 'ROOT', 'PROPN', 'Ward', 'I-PERSON'), PARA,
        ('“', 12, 'punct', 'PUNCT'), ('Our', 11, 'poss', 'PRON'), ('hospitals', 12, 'nsubj', 'NOUN', 'hospital'),
        ('are', 12, 'ROOT', 'AUX', 'be'), ('full', 12, 'acomp', 'ADJ'), ('every', 15, 'det', 'DET'),
        ('winter', 12, 'npadvmod', 'NOUN'), ('now', 12, 'advmod', 'ADV'), ('.', 12, 'punct', 'PUNCT'),
        ('”', 12, 'punct', 'PUNCT'),
    )


def _no_heading():
    # The panel met.¶¶The hospitals¶¶“Our hospitals are full every winter now.”
    return parse(
        ('The', 1, 'det', 'DET'), ('panel', 2, 'nsubj', 'NOUN'), ('met', 2, 'ROOT', 'VERB', 'meet'),
        ('.', 2, 'punct', 'PUNCT'), PARA, ('The', 6, 'det', 'DET'), ('hospitals', 6, 'ROOT', 'NOUN', 'hospital'), PARA,
        ('“', 8, 'ROOT', 'PUNCT'), ('Our', 10, 'poss', 'PRON'), ('hospitals', 11, 'nsubj', 'NOUN', 'hospital'),
        ('are', 11, 'ROOT', 'AUX', 'be'), ('full', 11, 'acomp', 'ADJ'), ('every', 14, 'det', 'DET'),
        ('winter', 11, 'npadvmod', 'NOUN'), ('now', 11, 'advmod', 'ADV'), ('.', 11, 'punct', 'PUNCT'),
        ('”', 11, 'punct', 'PUNCT'),
    )


def _group():
    # Two residents spoke. “The water came in overnight,” one said. "We lost everything," said another.
    return parse(
        ('Two', 1, 'nummod', 'NUM', 'B-CARDINAL'), ('residents', 2, 'nsubj', 'NOUN', 'resident'),
        ('spoke', 2, 'ROOT', 'VERB', 'speak'), ('.', 2, 'punct', 'PUNCT'), ('“', 13, 'punct', 'PUNCT'),
        ('The', 6, 'det', 'DET'), ('water', 7, 'nsubj', 'NOUN'), ('came', 13, 'ccomp', 'VERB', 'come'),
        ('in', 7, 'prt', 'ADP'), ('overnight', 7, 'advmod', 'ADV', 'B-TIME'), (',', 13, 'punct', 'PUNCT'),
        ('”', 13, 'punct', 'PUNCT'), ('one', 13, 'nsubj', 'PRON'), ('said', 13, 'ROOT', 'VERB', 'say'),
        ('.', 13, 'punct', 'PUNCT'), ('“', 21, 'punct', 'PUNCT'), ('We', 17, 'nsubj', 'PRON'),
        ('lost', 21, 'ccomp', 'VERB', 'lose'), ('everything', 17, 'dobj', 'PRON'), (',', 21, 'punct', 'PUNCT'),
        ('”', 21, 'punct', 'PUNCT'), ('said', 21, 'ROOT', 'VERB', 'say'), ('another', 21, 'nsubj', 'PRON'),
        ('.', 21, 'punct', 'PUNCT'),
    )


def _roundup():
    # Karen Lowe, Daily Herald: “The result surprises nobody here.”
    return parse(
        ('Karen', 1, 'compound', 'PROPN', 'B-PERSON'), ('Lowe', 9, 'nsubj', 'PROPN', 'I-PERSON'),
        (',', 1, 'punct', 'PUNCT'), ('Daily', 4, 'compound', 'PROPN', 'B-ORG'),
        ('Herald', 1, 'appos', 'PROPN', 'I-ORG'), (':', 1, 'punct', 'PUNCT'), ('“', 9, 'punct', 'PUNCT'),
        ('The', 8, 'det', 'DET'), ('result', 9, 'nsubj', 'NOUN'), ('surprises', 9, 'ROOT', 'VERB', 'surprise'),
        ('nobody', 9, 'dobj', 'PRON'), ('here', 9, 'advmod', 'ADV'), ('.', 9, 'punct', 'PUNCT'),
        ('”', 9, 'punct', 'PUNCT'),
    )


def _email_began():
    # The email began, “Dear colleagues, we are closing the office.”
    return parse(
        ('The', 1, 'det', 'DET'), ('email', 2, 'nsubj', 'NOUN'), ('began', 2, 'ROOT', 'VERB', 'begin'),
        (',', 2, 'punct', 'PUNCT'), ('“', 2, 'punct', 'PUNCT'), ('Dear', 6, 'amod', 'ADJ'),
        ('colleagues', 10, 'npadvmod', 'NOUN', 'colleague'), (',', 10, 'punct', 'PUNCT'), ('we', 10, 'nsubj', 'PRON'),
        ('are', 10, 'aux', 'AUX', 'be'), ('closing', 2, 'ccomp', 'VERB', 'close'), ('the', 12, 'det', 'DET'),
        ('office', 10, 'dobj', 'NOUN'), ('.', 10, 'punct', 'PUNCT'), ('”', 2, 'punct', 'PUNCT'),
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # cue verbs of the manner-of-speaking and advice classes (configs/quotes/rules.yaml: cue_verb_classes)
        (_interjected, [("direct", "direct.cue_after", "Tom Evers", "It was a mistake")]),
        (_advises, [("direct", "direct.cue_after", "Anna Berg", "Rest is the best medicine")]),
        (_opines, [("direct", "direct.cue_after", "Okafor", "The ruling will stand")]),  # the stance class
        # a round-up line "Name, Outlet:"; a document as the speaker (cue class "document")
        (_roundup, [("direct", "direct.intro", "Karen Lowe", "The result surprises nobody here")]),
        (_email_began, [("direct", "direct.cue_before", "email", "Dear colleagues, we are closing the office")]),
        # a document's name (label LAW, no actor) as the source of what it says
        (_charter_states, [("direct", "direct.intro", "Harbour Charter", "No ship may dock at night")]),
        # a short line naming a person above the quotation; a line naming no one gives nothing
        (_heading, [("direct", "direct.heading", "Dr Helen Ward", "Our hospitals are full every winter now")]),
        (_no_heading, [("direct", "direct.unattributed", None, "Our hospitals are full every winter now")]),
        # members of a group as unnamed sources
        (_group, [("direct", "direct.cue_after", "one", "The water came in overnight"),
                  ("direct", "direct.cue_after", "another", "We lost everything")]),
    ],
)
def test_quotes_fragments_speakers_by_cue_class_heading_and_group(doc, expected, quote_rules):
    assert rows_of(quotes(doc(), quote_rules)) == expected


# -- the right person ------------------------------------------------------------------
def _she_said():
    # Mr Tom Evers met Maria Ortega. “We will win,” she said.
    return parse(
        ('Mr', 2, 'compound', 'PROPN', 'Mr'), ('Tom', 2, 'compound', 'PROPN', 'Tom', 'B-PERSON'),
        ('Evers', 3, 'nsubj', 'PROPN', 'Evers', 'I-PERSON'), ('met', 3, 'ROOT', 'VERB', 'meet'),
        ('Maria', 5, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 3, 'dobj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('.', 3, 'punct', 'PUNCT'), ('“', 14, 'punct', 'PUNCT'), ('We', 10, 'nsubj', 'PRON'),
        ('will', 10, 'aux', 'AUX'), ('win', 14, 'ccomp', 'VERB'), (',', 14, 'punct', 'PUNCT'),
        ('”', 14, 'punct', 'PUNCT'), ('she', 14, 'nsubj', 'PRON'), ('said', 14, 'ROOT', 'VERB', 'say'),
        ('.', 14, 'punct', 'PUNCT'),
    )


def _quoted_as():
    # The paper quoted Maria Ortega as saying “the port will reopen”.
    return parse(
        ('The', 1, 'det', 'DET'), ('paper', 2, 'nsubj', 'NOUN'), ('quoted', 2, 'ROOT', 'VERB', 'quote'),
        ('Maria', 4, 'compound', 'PROPN', 'Maria', 'B-PERSON'), ('Ortega', 2, 'dobj', 'PROPN', 'Ortega', 'I-PERSON'),
        ('as', 2, 'prep', 'ADP'), ('saying', 5, 'pcomp', 'VERB', 'say'), ('“', 11, 'punct', 'PUNCT'),
        ('the', 9, 'det', 'DET'), ('port', 11, 'nsubj', 'NOUN'), ('will', 11, 'aux', 'AUX'),
        ('reopen', 6, 'ccomp', 'VERB'), ('”', 11, 'punct', 'PUNCT'), ('.', 2, 'punct', 'PUNCT'),
    )


def _name_in_quote():
    # “Tom Evers has failed us,” the letter said. "We will fight," he added.
    return parse(
        ('“', 10, 'punct', 'PUNCT'), ('Tom', 2, 'compound', 'PROPN', 'Tom', 'B-PERSON'),
        ('Evers', 4, 'nsubj', 'PROPN', 'Evers', 'I-PERSON'), ('has', 4, 'aux', 'AUX', 'have'),
        ('failed', 10, 'ccomp', 'VERB', 'fail'), ('us', 4, 'dobj', 'PRON', 'we'), (',', 10, 'punct', 'PUNCT'),
        ('”', 10, 'punct', 'PUNCT'), ('the', 9, 'det', 'DET'), ('letter', 10, 'nsubj', 'NOUN'),
        ('said', 10, 'ROOT', 'VERB', 'say'), ('.', 10, 'punct', 'PUNCT'), ('“', 19, 'punct', 'PUNCT'),
        ('We', 15, 'nsubj', 'PRON'), ('will', 15, 'aux', 'AUX'), ('fight', 19, 'ccomp', 'VERB'),
        (',', 19, 'punct', 'PUNCT'), ('”', 19, 'punct', 'PUNCT'), ('he', 19, 'nsubj', 'PRON'),
        ('added', 19, 'ROOT', 'VERB', 'add'), ('.', 19, 'punct', 'PUNCT'),
    )


@pytest.mark.parametrize(
    ("genders", "expected"),
    [
        ({}, "Mr Tom Evers"),  # nothing known: the latest subject (the title stays in a name without an actor)
        ({(1, 3): "male", (4, 6): "female"}, "Maria Ortega"),  # "she" is not Mr Evers
    ],
)
def test_quotes_fragments_pronoun_speaker_agrees_in_gender(genders, expected, quote_rules):
    doc = _she_said()
    doc.spans[GENDER] = [Span(doc, a, b, label=g, kb_id=doc[a:b].text) for (a, b), g in genders.items()]
    (q,) = quotes(doc, quote_rules)
    assert (q.quote, q.speaker, q.speaker_text) == ("We will win", expected, "she")


def test_quotes_fragments_quoted_as_saying_gives_the_quoted_person(quote_rules):
    (q,) = quotes(_quoted_as(), quote_rules)
    assert (q.kind, q.speaker, q.quote) == ("partial", "Maria Ortega", "the port will reopen")


def test_quotes_fragments_a_name_inside_a_quotation_never_speaks(quote_rules):
    doc = _name_in_quote()
    doc.spans["coref"] = [Span(doc, 17, 18, label="pronoun", kb_id="Tom Evers")]  # a resolver that took the quoted name
    speakers = [q.speaker for q in quotes(doc, quote_rules)]
    assert speakers == ["letter", "letter"] and "Tom Evers" not in speakers


# -- unnamed sources of reported speech ---------------------------------------------------
def _police_said(quantifier=()):
    # (Some) police said the driver had fled the scene.
    n = len(quantifier)
    return parse(
        *[(q, n, "det", "DET") for q in quantifier],
        ("police", n + 1, "nsubj", "NOUN"), ("said", n + 1, "ROOT", "VERB", "say"), ("the", n + 3, "det", "DET"),
        ("driver", n + 5, "nsubj", "NOUN"), ("had", n + 5, "aux", "AUX", "have"), ("fled", n + 1, "ccomp", "VERB", "flee"),
        ("the", n + 7, "det", "DET"), ("scene", n + 5, "dobj", "NOUN"), (".", n + 1, "punct", "PUNCT"),
    )


@pytest.mark.parametrize(
    ("quantifier", "expected"),
    [
        ((), [("indirect", "indirect.clause", "police", "the driver had fled the scene")]),
        (("Some",), []),  # a view in the air, no source
    ],
)
def test_quotes_fragments_unnamed_source_of_reported_speech(quantifier, expected, quote_rules):
    doc = _police_said(quantifier)
    assert rows_of(quotes(doc, quote_rules)) == expected
    assert not doc._.skipped


# -- whose words ---------------------------------------------------------------------------
def _claimed_inside_report():
    # According to the Herald, Tom Evers claimed to speak to the minister “almost daily”.
    return parse(
        ('According', 7, 'prep', 'VERB', 'accord'), ('to', 0, 'prep', 'ADP'), ('the', 3, 'det', 'DET'),
        ('Herald', 1, 'pobj', 'PROPN', 'B-ORG'), (',', 7, 'punct', 'PUNCT'),
        ('Tom', 6, 'compound', 'PROPN', 'B-PERSON'), ('Evers', 7, 'nsubj', 'PROPN', 'I-PERSON'),
        ('claimed', 7, 'ROOT', 'VERB', 'claim'), ('to', 9, 'aux', 'PART'), ('speak', 7, 'xcomp', 'VERB'),
        ('to', 9, 'prep', 'ADP'), ('the', 12, 'det', 'DET'), ('minister', 10, 'pobj', 'NOUN'),
        ('“', 15, 'punct', 'PUNCT'), ('almost', 15, 'advmod', 'ADV'), ('daily', 9, 'advmod', 'ADV'),
        ('”', 15, 'punct', 'PUNCT'), ('.', 7, 'punct', 'PUNCT'),
    )


def _called_it():
    # The president had previously called it “a matter of public health”.
    return parse(
        ('The', 1, 'det', 'DET'), ('president', 4, 'nsubj', 'NOUN'), ('had', 4, 'aux', 'AUX', 'have'),
        ('previously', 4, 'advmod', 'ADV'), ('called', 4, 'ROOT', 'VERB', 'call'), ('it', 4, 'dobj', 'PRON'),
        ('“', 8, 'punct', 'PUNCT'), ('a', 8, 'det', 'DET'), ('matter', 4, 'oprd', 'NOUN'), ('of', 8, 'prep', 'ADP'),
        ('public', 11, 'amod', 'ADJ'), ('health', 9, 'pobj', 'NOUN'), ('”', 8, 'punct', 'PUNCT'),
        ('.', 4, 'punct', 'PUNCT'),
    )


def _statement_then_verb_with_object():
    # “We can not accept this.” President Tom Evers called it a “terrible event”.
    return parse(
        ('“', 4, 'punct', 'PUNCT'), ('We', 4, 'nsubj', 'PRON'), ('can', 4, 'aux', 'AUX'), ('not', 4, 'neg', 'PART'),
        ('accept', 4, 'ROOT', 'VERB'), ('this', 4, 'dobj', 'PRON'), ('.', 4, 'punct', 'PUNCT'),
        ('”', 4, 'punct', 'PUNCT'), ('President', 10, 'compound', 'PROPN'),
        ('Tom', 10, 'compound', 'PROPN', 'B-PERSON'), ('Evers', 11, 'nsubj', 'PROPN', 'I-PERSON'),
        ('called', 11, 'ROOT', 'VERB', 'call'), ('it', 11, 'dobj', 'PRON'), ('a', 16, 'det', 'DET'),
        ('“', 16, 'punct', 'PUNCT'), ('terrible', 16, 'amod', 'ADJ'), ('event', 11, 'oprd', 'NOUN'),
        ('”', 16, 'punct', 'PUNCT'), ('.', 11, 'punct', 'PUNCT'),
    )


def _source_phrase_and_speaker():
    # According to Tasnim, the judge, Reza Kamali, said the men must pay.
    return parse(
        ('According', 10, 'prep', 'VERB', 'accord'), ('to', 0, 'prep', 'ADP'),
        ('Tasnim', 1, 'pobj', 'PROPN', 'B-ORG'), (',', 2, 'punct', 'PUNCT'), ('the', 5, 'det', 'DET'),
        ('judge', 2, 'appos', 'NOUN'), (',', 5, 'punct', 'PUNCT'),
        ('Reza', 8, 'compound', 'PROPN', 'B-PERSON'), ('Kamali', 5, 'appos', 'PROPN', 'I-PERSON'),
        (',', 2, 'punct', 'PUNCT'), ('said', 10, 'ROOT', 'VERB', 'say'), ('the', 12, 'det', 'DET'),
        ('men', 14, 'nsubj', 'NOUN', 'man'), ('must', 14, 'aux', 'AUX'), ('pay', 10, 'ccomp', 'VERB'),
        ('.', 10, 'punct', 'PUNCT'),
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # a fragment under a cue inside a reported clause is that cue's speaker's
        (_claimed_inside_report, [("indirect", "indirect.source_phrase", "Herald", "Tom Evers claimed to speak to the minister “almost daily”"),
                                  ("partial", "partial.cue", "Tom Evers", "almost daily")]),
        # "According to X, Y said ...": Y's report only (not "said the men ..." for X)
        (_source_phrase_and_speaker, [("indirect", "indirect.clause", "Reza Kamali", "the men must pay")]),
        # the object of a cue before its fragment is no speaker (not "it"): the subject's noun phrase
        (_called_it, [("partial", "partial.cue_before", "president", "a matter of public health")]),
        # a complete quotation is not the next sentence's when the verb there has an object of its own
        (_statement_then_verb_with_object, [("direct", "direct.unattributed", None, "We can not accept this"),
                                            ("partial", "partial.label", "President Tom Evers", "terrible event")]),
    ],
)
def test_quotes_fragments_whose_words(doc, expected, quote_rules):
    assert rows_of(quotes(doc(), quote_rules)) == expected


# -- where "according to X" in mid-sentence reports -----------------------------------------
def _according_mid(conjunction):
    # Rescuers received the call at dawn, according to the Leeds Fire Service, but the man was found dead.
    # Rescuers received the call at dawn and according to the Leeds Fire Service the man was found dead.
    rows = [
        ('Rescuers', 1, 'nsubj', 'NOUN', 'rescuer'), ('received', 1, 'ROOT', 'VERB', 'receive'), ('the', 3, 'det', 'DET'),
        ('call', 1, 'dobj', 'NOUN'), ('at', 1, 'prep', 'ADP'), ('dawn', 4, 'pobj', 'NOUN'),
    ]
    if conjunction:
        rows += [('and', 1, 'cc', 'CCONJ'), ('according', 17, 'prep', 'VERB', 'accord')]
    else:
        rows += [(',', 1, 'punct', 'PUNCT'), ('according', 1, 'prep', 'VERB', 'accord')]
    rows += [
        ('to', 7, 'prep', 'ADP'), ('the', 12, 'det', 'DET'), ('Leeds', 12, 'compound', 'PROPN', 'B-ORG'),
        ('Fire', 12, 'compound', 'PROPN', 'I-ORG'), ('Service', 8, 'pobj', 'PROPN', 'I-ORG'),
    ]
    if conjunction:
        rows += [('the', 14, 'det', 'DET'), ('man', 17, 'nsubjpass', 'NOUN'), ('was', 17, 'auxpass', 'AUX', 'be'),
                 ('found', 1, 'conj', 'VERB', 'find'), ('dead', 17, 'oprd', 'ADJ'), ('.', 17, 'punct', 'PUNCT')]
    else:
        rows += [(',', 1, 'punct', 'PUNCT'), ('but', 1, 'cc', 'CCONJ'), ('the', 16, 'det', 'DET'),
                 ('man', 18, 'nsubjpass', 'NOUN'), ('was', 18, 'auxpass', 'AUX', 'be'), ('found', 1, 'conj', 'VERB', 'find'),
                 ('dead', 18, 'oprd', 'ADJ'), ('.', 18, 'punct', 'PUNCT')]
    return parse(*rows)


@pytest.mark.parametrize(
    ("conjunction", "expected"),
    [
        (False, "Rescuers received the call at dawn"),  # ", according to X, but ...": the clause before
        (True, "the man was found dead"),  # "and according to X ...": the clause after
    ],
)
def test_quotes_fragments_according_to_in_mid_sentence(conjunction, expected, quote_rules):
    assert rows_of(quotes(_according_mid(conjunction), quote_rules)) == [
        ("indirect", "indirect.source_phrase", "Leeds Fire Service", expected)
    ]


def test_quotes_fragments_a_source_phrase_opening_the_next_sentence_is_not_the_fragments(quote_rules):
    # Minister Tom Evers said the data was “not part of some foreign campaign.” According to the Herald, officials warned the cabinet in May.
    doc = parse(
        ('Minister', 2, 'compound', 'PROPN'), ('Tom', 2, 'compound', 'PROPN', 'B-PERSON'),
        ('Evers', 3, 'nsubj', 'PROPN', 'I-PERSON'), ('said', 3, 'ROOT', 'VERB', 'say'),
        ('the', 5, 'det', 'DET'), ('data', 6, 'nsubj', 'NOUN', 'datum'), ('was', 3, 'ccomp', 'AUX', 'be'),
        ('“', 6, 'punct', 'PUNCT'), ('not', 9, 'neg', 'PART'), ('part', 6, 'attr', 'NOUN'), ('of', 9, 'prep', 'ADP'),
        ('some', 13, 'det', 'DET'), ('foreign', 13, 'amod', 'ADJ'), ('campaign', 10, 'pobj', 'NOUN'),
        ('.', 3, 'punct', 'PUNCT'), ('”', 3, 'punct', 'PUNCT'), ('According', 22, 'prep', 'VERB', 'accord'),
        ('to', 16, 'prep', 'ADP'), ('the', 19, 'det', 'DET'), ('Herald', 17, 'pobj', 'PROPN', 'B-ORG'),
        (',', 22, 'punct', 'PUNCT'), ('officials', 22, 'nsubj', 'NOUN', 'official'),
        ('warned', 22, 'ROOT', 'VERB', 'warn'), ('the', 24, 'det', 'DET'), ('cabinet', 22, 'dobj', 'NOUN'),
        ('in', 22, 'prep', 'ADP'), ('May', 25, 'pobj', 'PROPN', 'B-DATE'), ('.', 22, 'punct', 'PUNCT'),
    )
    assert rows_of(quotes(doc, quote_rules)) == [
        ("partial", "partial.cue_before", "Minister Tom Evers", "not part of some foreign campaign"),
        ("indirect", "indirect.source_phrase", "Herald", "officials warned the cabinet in May"),
    ]


def _saying_after(noun, lemma):
    # Tom Evers explained the decision to ban the players saying, “They will never play again.” (or "the statement saying")
    rows = [
        ('Tom', 1, 'compound', 'PROPN', 'B-PERSON'), ('Evers', 2, 'nsubj', 'PROPN', 'I-PERSON'),
        ('explained', 2, 'ROOT', 'VERB', 'explain'), ('the', 4, 'det', 'DET'), ('decision', 2, 'dobj', 'NOUN'),
        ('to', 6, 'aux', 'PART'), ('ban', 4, 'acl', 'VERB'), ('the', 8, 'det', 'DET'), (noun, 6, 'dobj', 'NOUN', lemma),
        ('saying', 8, 'acl', 'VERB', 'say'), (',', 9, 'punct', 'PUNCT'), ('“', 9, 'punct', 'PUNCT'),
        ('They', 15, 'nsubj', 'PRON'), ('will', 15, 'aux', 'AUX'), ('never', 15, 'neg', 'ADV'),
        ('play', 9, 'ccomp', 'VERB'), ('again', 15, 'advmod', 'ADV'), ('.', 2, 'punct', 'PUNCT'), ('”', 2, 'punct', 'PUNCT'),
    ]
    doc = parse(*rows)
    doc[9].tag_ = "VBG"  # a participle
    return doc


@pytest.mark.parametrize(
    ("noun", "lemma", "expected"),
    [
        ("players", "player", "Tom Evers"),  # "the players saying": the players do not speak, the one explaining does
        ("statement", "statement", "statement"),  # "the statement saying": a document speaks (its noun phrase here)
    ],
)
def test_quotes_fragments_a_participle_cue_on_a_noun_that_does_not_speak(noun, lemma, expected, quote_rules):
    (q,) = quotes(_saying_after(noun, lemma), quote_rules)
    assert (q.quote, q.speaker, q.cue) == ("They will never play again", expected, "saying")


# -- round 7: labels the parser hung oddly, unnamed sources, more evaluation verbs ----------
def _label_as_amod():
    # Ines Holt characterized the audit as “perfectly fine and routine.” (the parser hangs "fine"
    # on "as" as a modifier, not an object)
    return parse(
        ('Ines', 1, 'compound', 'PROPN', 'B-PERSON'), ('Holt', 2, 'nsubj', 'PROPN', 'I-PERSON'),
        ('characterized', 2, 'ROOT', 'VERB', 'characterize'), ('the', 4, 'det', 'DET'), ('audit', 2, 'dobj', 'NOUN'),
        ('as', 2, 'prep', 'ADP'), ('“', 5, 'punct', 'PUNCT'), ('perfectly', 8, 'advmod', 'ADV'), ('fine', 5, 'amod', 'ADJ'),
        ('and', 8, 'cc', 'CCONJ'), ('routine', 8, 'conj', 'ADJ'), ('.', 2, 'punct', 'PUNCT'), ('”', 2, 'punct', 'PUNCT'),
    )


def _fragment_unnamed(source, lemma):
    # The miner suffered “two broken ribs” in the fall according to a hospital SOURCE.
    return parse(
        ('The', 1, 'det', 'DET'), ('miner', 2, 'nsubj', 'NOUN'), ('suffered', 2, 'ROOT', 'VERB', 'suffer'),
        ('“', 5, 'punct', 'PUNCT'), ('two', 5, 'nummod', 'NUM'), ('broken', 6, 'amod', 'ADJ'), ('ribs', 2, 'dobj', 'NOUN', 'rib'),
        ('”', 5, 'punct', 'PUNCT'), ('in', 2, 'prep', 'ADP'), ('the', 10, 'det', 'DET'), ('fall', 8, 'pobj', 'NOUN'),
        ('according', 2, 'prep', 'VERB', 'accord'), ('to', 11, 'prep', 'ADP'), ('a', 15, 'det', 'DET'),
        ('hospital', 15, 'compound', 'NOUN'), (source, 12, 'pobj', 'NOUN', lemma), ('.', 2, 'punct', 'PUNCT'),
    )


def _credit_as():
    # The guild credits Rosa Vidal as having built “the best archive in the region”.
    return parse(
        ('The', 1, 'det', 'DET'), ('guild', 2, 'nsubj', 'NOUN', 'B-ORG'), ('credits', 2, 'ROOT', 'VERB', 'credit'),
        ('Rosa', 4, 'compound', 'PROPN', 'B-PERSON'), ('Vidal', 2, 'dobj', 'PROPN', 'I-PERSON'), ('as', 2, 'prep', 'ADP'),
        ('having', 7, 'aux', 'AUX', 'have'), ('built', 5, 'pcomp', 'VERB', 'build'), ('“', 11, 'punct', 'PUNCT'),
        ('the', 11, 'det', 'DET'), ('best', 11, 'amod', 'ADJ', 'good'), ('archive', 7, 'dobj', 'NOUN'), ('in', 11, 'prep', 'ADP'),
        ('the', 14, 'det', 'DET'), ('region', 12, 'pobj', 'NOUN'), ('”', 11, 'punct', 'PUNCT'), ('.', 2, 'punct', 'PUNCT'),
    )


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (_label_as_amod, [("partial", "partial.label", "Ines Holt", "perfectly fine and routine")]),
        (lambda: _fragment_unnamed("spokesperson", "spokesperson"),
         [("indirect", "indirect.source_phrase", "hospital spokesperson", "The miner suffered “two broken ribs” in the fall"),
          ("partial", "partial.cue", "hospital spokesperson", "two broken ribs")]),
        (lambda: _fragment_unnamed("visitor", "visitor"), []),  # no source by its meaning: a scare quote
        (_credit_as, [("partial", "partial.label", "guild", "the best archive in the region")]),
    ],
)
def test_quotes_fragments_labels_unnamed_sources_and_evaluation_verbs(doc, expected, quote_rules):
    assert sorted(rows_of(quotes(doc(), quote_rules))) == sorted(expected)
def test_quotes_fragments_label_the_parser_hung_on_as_as_a_modifier(quote_rules):
    # Maria Ortega described the deal as “fine and routine”.
    doc = parse(
        ('Maria', 1, 'compound', 'PROPN', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'I-PERSON'),
        ('described', 2, 'ROOT', 'VERB', 'describe'), ('the', 4, 'det', 'DET'), ('deal', 2, 'dobj', 'NOUN'),
        ('as', 2, 'prep', 'ADP'), ('“', 7, 'punct', 'PUNCT'), ('fine', 5, 'amod', 'ADJ'), ('and', 7, 'cc', 'CCONJ'),
        ('routine', 7, 'conj', 'ADJ'), ('”', 2, 'punct', 'PUNCT'), ('.', 2, 'punct', 'PUNCT'),
    )
    assert rows_of(quotes(doc, quote_rules)) == [("partial", "partial.label", "Maria Ortega", "fine and routine")]


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        ("described", "describe", [("partial", "partial.cue_before", "Maria Ortega", "rather slow and a little odd")]),
        ("published", "publish", []),  # no naming verb: the agent published something, it said nothing
    ],
)
def test_quotes_fragments_label_given_by_the_agent_of_a_naming_participle(verb, lemma, expected, quote_rules):
    # The pace, described by Maria Ortega as “rather slow and a little odd”, fell.
    doc = parse(
        ('The', 1, 'det', 'DET'), ('pace', 17, 'nsubj', 'NOUN'), (',', 1, 'punct', 'PUNCT'), (verb, 1, 'acl', 'VERB', lemma),
        ('by', 3, 'agent', 'ADP'), ('Maria', 6, 'compound', 'PROPN', 'B-PERSON'), ('Ortega', 4, 'pobj', 'PROPN', 'I-PERSON'),
        ('as', 3, 'prep', 'ADP'), ('“', 10, 'punct', 'PUNCT'), ('rather', 10, 'advmod', 'ADV'), ('slow', 7, 'pobj', 'ADJ'),
        ('and', 10, 'cc', 'CCONJ'), ('a', 13, 'det', 'DET'), ('little', 14, 'npadvmod', 'ADJ'), ('odd', 10, 'conj', 'ADJ'),
        ('”', 1, 'punct', 'PUNCT'), (',', 1, 'punct', 'PUNCT'), ('fell', 17, 'ROOT', 'VERB', 'fall'), ('.', 17, 'punct', 'PUNCT'),
    )
    doc[3].tag_ = "VBN"
    assert rows_of(quotes(doc, quote_rules)) == expected


def test_quotes_fragments_passive_cue_whose_agent_the_parser_hung_on_the_predicate(quote_rules):
    # The outbreak was declared to be a “crisis” by the Kettle Agency.
    doc = parse(
        ('The', 1, 'det', 'DET'), ('outbreak', 3, 'nsubjpass', 'NOUN'), ('was', 3, 'auxpass', 'AUX', 'be'),
        ('declared', 3, 'ROOT', 'VERB', 'declare'), ('to', 5, 'aux', 'PART'), ('be', 3, 'xcomp', 'AUX', 'be'),
        ('a', 8, 'det', 'DET'), ('“', 8, 'punct', 'PUNCT'), ('crisis', 5, 'attr', 'NOUN'), ('”', 8, 'punct', 'PUNCT'),
        ('by', 8, 'prep', 'ADP'), ('the', 13, 'det', 'DET'), ('Kettle', 13, 'compound', 'PROPN', 'B-ORG'),
        ('Agency', 10, 'pobj', 'PROPN', 'I-ORG'), ('.', 3, 'punct', 'PUNCT'),
    )
    assert rows_of(quotes(doc, quote_rules)) == [("partial", "partial.cue", "Kettle Agency", "crisis")]


def test_quotes_fragments_capitalised_label_inside_the_sentence(quote_rules):
    # Maria Ortega attacked the plan as “Total waste.”
    doc = parse(
        ('Maria', 1, 'compound', 'PROPN', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'I-PERSON'),
        ('attacked', 2, 'ROOT', 'VERB', 'attack'), ('the', 4, 'det', 'DET'), ('plan', 2, 'dobj', 'NOUN'),
        ('as', 2, 'prep', 'ADP'), ('“', 8, 'punct', 'PUNCT'), ('Total', 8, 'amod', 'ADJ'), ('waste', 5, 'pobj', 'NOUN'),
        ('.', 2, 'punct', 'PUNCT'), ('”', 2, 'punct', 'PUNCT'),
    )
    assert rows_of(quotes(doc, quote_rules)) == [("partial", "partial.label", "Maria Ortega", "Total waste")]


def test_quotes_fragments_capitalised_term_under_a_cue_stays_out(quote_rules):
    # In another “Big surprise,” the Kettle Post published it.
    doc = parse(
        ('In', 8, 'prep', 'ADP'), ('another', 4, 'det', 'DET'), ('“', 4, 'punct', 'PUNCT'), ('Big', 4, 'amod', 'ADJ'),
        ('surprise', 0, 'pobj', 'NOUN'), (',', 8, 'punct', 'PUNCT'), ('”', 8, 'punct', 'PUNCT'), ('the', 8, 'det', 'DET'),
        ('Kettle', 9, 'compound', 'PROPN', 'B-ORG'), ('Post', 10, 'nsubj', 'PROPN', 'I-ORG'),
        ('published', 10, 'ROOT', 'VERB', 'publish'), ('it', 10, 'dobj', 'PRON'), ('.', 10, 'punct', 'PUNCT'),
    )
    assert quotes(doc, quote_rules) == []


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        ("directed", "direct", [("partial", "partial.object", "Maria Ortega", "stop all work at once")]),  # a directive's words
        ("helped", "help", []),  # no directive: a scare quote
    ],
)
def test_quotes_fragments_words_of_a_directive(verb, lemma, expected, quote_rules):
    # Maria Ortega directed the agency to “stop all work at once”.
    doc = parse(
        ('Maria', 1, 'compound', 'PROPN', 'B-PERSON'), ('Ortega', 2, 'nsubj', 'PROPN', 'I-PERSON'), (verb, 2, 'ROOT', 'VERB', lemma),
        ('the', 4, 'det', 'DET'), ('agency', 2, 'dobj', 'NOUN'), ('to', 7, 'aux', 'PART'), ('“', 7, 'punct', 'PUNCT'),
        ('stop', 2, 'xcomp', 'VERB'), ('all', 9, 'det', 'DET'), ('work', 7, 'dobj', 'NOUN'), ('at', 7, 'prep', 'ADP'),
        ('once', 10, 'pobj', 'ADV'), ('”', 2, 'punct', 'PUNCT'), ('.', 2, 'punct', 'PUNCT'),
    )
    assert rows_of(quotes(doc, quote_rules)) == expected
