"""Speaker attribution on hand-built Docs (pipeline/quotes/speakers.py): no statistical model.

Rows as in tests/test_quotes_extract.py: ``(word, head, dep, pos[, lemma][, ent])`` with absolute heads.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.docs import COREF

from tests.test_quotes_extract import only, parse, quotes


def said_we_trade(subject_rows):
    # {subject} said, “We trade.”
    n = len(subject_rows)
    return parse(
        *subject_rows, ("said", n, "ROOT", "VERB", "say"), (",", n, "punct", "PUNCT"), ("“", n + 4, "punct", "PUNCT"),
        ("We", n + 4, "nsubj", "PRON"), ("trade", n, "ccomp", "VERB"), (".", n + 4, "punct", "PUNCT"), ("”", n, "punct", "PUNCT"),
    )


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # Chad's minister Ana Ruiz said: the parser split the apposition into two subjects
        ([("Chad", 2, "poss", "PROPN", "B-GPE"), ("'s", 0, "case", "PART"), ("minister", 5, "nsubj", "NOUN"),
          ("Ana", 4, "compound", "PROPN", "B-PERSON"), ("Ruiz", 5, "nsubj", "PROPN", "I-PERSON")], "Ana Ruiz"),
        # A member of the board, Ana Ruiz said
        ([("A", 1, "det", "DET"), ("member", 8, "nsubj", "NOUN"), ("of", 1, "prep", "ADP"), ("the", 4, "det", "DET"),
          ("board", 2, "pobj", "NOUN"), (",", 8, "punct", "PUNCT"), ("Ana", 7, "compound", "PROPN", "B-PERSON"),
          ("Ruiz", 8, "nsubj", "PROPN", "I-PERSON")], "Ana Ruiz"),
        # Acme Bank president Ana Ruiz said: the person apposed to the body the parser took for the subject
        ([("Acme", 1, "compound", "PROPN", "B-ORG"), ("Bank", 5, "nsubj", "PROPN", "I-ORG"), ("president", 4, "compound", "NOUN"),
          ("Ana", 4, "compound", "PROPN", "B-PERSON"), ("Ruiz", 1, "appos", "PROPN", "I-PERSON")], "Ana Ruiz"),
        # The tag #SaveRuiz said: a hashtag is no speaker
        ([("The", 1, "det", "DET"), ("tag", 4, "nsubj", "NOUN"), ("#", 3, "nmod", "NOUN"),
          ("SaveRuiz", 4, "nsubj", "PROPN", "B-ORG")], "tag"),
    ],
)
def test_quotes_speakers_two_subjects_the_name_speaks(subject, expected, quote_rules):
    q = only(said_we_trade(subject), quote_rules)
    assert (q.quote, q.speaker) == ("We trade", expected)


def titled_then_description(title_rows, noun):
    # {title rows} Lena Park signed it. The {noun} said, “We trade.”
    n = len(title_rows)
    first = [*title_rows, ("Lena", n + 1, "compound", "PROPN", "B-PERSON"), ("Park", n + 2, "nsubj", "PROPN", "I-PERSON"),
             ("signed", n + 2, "ROOT", "VERB", "sign"), ("it", n + 2, "dobj", "PRON"), (".", n + 2, "punct", "PUNCT")]
    m = len(first)
    second = [("The", m + 1, "det", "DET"), (noun, m + 2, "nsubj", "NOUN"), ("said", m + 2, "ROOT", "VERB", "say"),
              (",", m + 2, "punct", "PUNCT"), ("“", m + 5, "punct", "PUNCT"), ("We", m + 5, "nsubj", "PRON"),
              ("trade", m + 2, "ccomp", "VERB"), (".", m + 5, "punct", "PUNCT"), ("”", m + 2, "punct", "PUNCT")]
    doc = parse(*first, *second)
    doc.ents = [Span(doc, n, n + 2, label="PERSON", kb_id="Lena Park")]  # the linker's actor, without the title
    return doc


@pytest.mark.parametrize(
    ("title", "noun", "expected"),
    [
        ([("Governor", 2, "compound", "PROPN")], "governor", "Lena Park"),  # Governor Lena Park ... The governor
        ([("Trade", 1, "compound", "NOUN"), ("commissioner", 3, "compound", "NOUN")], "commissioner", "Lena Park"),
        ([("Governor", 2, "compound", "PROPN")], "judge", "judge"),  # no judge named before: the noun phrase
        ([], "governor", "governor"),  # Lena Park was never called governor
    ],
)
def test_quotes_speakers_description_names_the_person_with_that_title(title, noun, expected, quote_rules):
    q = only(titled_then_description(title, noun), quote_rules)
    assert (q.quote, q.speaker) == ("We trade", expected)


def test_quotes_speakers_description_names_the_person_it_was_apposed_to(quote_rules):
    # The judge, Lena Park, spoke. The judge said, “We trade.”
    doc = parse(
        ("The", 1, "det", "DET"), ("judge", 6, "nsubj", "NOUN"), (",", 1, "punct", "PUNCT"),
        ("Lena", 4, "compound", "PROPN", "B-PERSON"), ("Park", 1, "appos", "PROPN", "I-PERSON"), (",", 1, "punct", "PUNCT"),
        ("spoke", 6, "ROOT", "VERB", "speak"), (".", 6, "punct", "PUNCT"),
        ("The", 9, "det", "DET"), ("judge", 10, "nsubj", "NOUN"), ("said", 10, "ROOT", "VERB", "say"),
        (",", 10, "punct", "PUNCT"), ("“", 13, "punct", "PUNCT"), ("We", 13, "nsubj", "PRON"),
        ("trade", 10, "ccomp", "VERB"), (".", 13, "punct", "PUNCT"), ("”", 10, "punct", "PUNCT"),
    )
    assert [q.speaker for q in quotes(doc, quote_rules)] == ["Lena Park"]


def test_quotes_speakers_object_the_parser_took_for_a_participles_subject(quote_rules):
    # Lena Park posted her verdict saying, “We trade.”
    doc = parse(
        ("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"),
        ("posted", 2, "ROOT", "VERB", "post"), ("her", 4, "poss", "PRON"), ("verdict", 5, "nsubj", "NOUN"),
        ("saying", 2, "advcl", "VERB", "say"), (",", 5, "punct", "PUNCT"), ("“", 9, "punct", "PUNCT"),
        ("We", 9, "nsubj", "PRON"), ("trade", 5, "ccomp", "VERB"), (".", 9, "punct", "PUNCT"), ("”", 5, "punct", "PUNCT"),
    )
    doc[5].tag_ = "VBG"
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("We trade", "Lena Park")


@pytest.mark.parametrize(
    ("own_sentence", "expected"),
    [
        # The Lark Commission criticised it. They said, “We object.”: the previous sentence's subject
        ([], "Lark Commission"),
        # ... UNESCO met when they said, “We object.”: a fitting name before the pronoun in its own sentence
        ([("UNESCO", 7, "nsubj", "PROPN", "B-ORG"), ("met", 7, "ROOT", "VERB", "meet"), ("when", 10, "advmod", "SCONJ")], "UNESCO"),
    ],
)
def test_quotes_speakers_pronoun_is_the_previous_sentences_subject(own_sentence, expected, quote_rules):
    n = len(own_sentence)
    said = 7 + n
    rows = [
        ("The", 2, "det", "DET"), ("Lark", 2, "compound", "PROPN", "B-ORG"), ("Commission", 3, "nsubj", "PROPN", "I-ORG"),
        ("criticised", 3, "ROOT", "VERB", "criticise"), ("it", 3, "dobj", "PRON"), (".", 3, "punct", "PUNCT"),
        *own_sentence, ("they", said, "nsubj", "PRON"), ("said", 7 if n else said, "advcl" if n else "ROOT", "VERB", "say"),
        (",", said, "punct", "PUNCT"), ("“", said + 4, "punct", "PUNCT"), ("We", said + 4, "nsubj", "PRON"),
        ("object", said, "ccomp", "VERB"), (".", said + 4, "punct", "PUNCT"), ("”", said, "punct", "PUNCT"),
    ]
    doc = parse(*rows)
    they = next(t.i for t in doc if t.text == "they")
    doc.spans[COREF] = [Span(doc, they, they + 1, label="pronoun", kb_id="UNESCO")]  # the coreference layer's pick
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("We object", expected)


def document_then_quote(first, noun):
    # {first sentence} The {noun} said, “We trade.”
    m = len(first)
    second = [("The", m + 1, "det", "DET"), (noun, m + 2, "nsubj", "NOUN"), ("said", m + 2, "ROOT", "VERB", "say"),
              (",", m + 2, "punct", "PUNCT"), ("“", m + 5, "punct", "PUNCT"), ("We", m + 5, "nsubj", "PRON"),
              ("trade", m + 2, "ccomp", "VERB"), (".", m + 5, "punct", "PUNCT"), ("”", m + 2, "punct", "PUNCT")]
    return parse(*first, *second)


_SENT_A_LETTER = [("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"),
                  ("sent", 2, "ROOT", "VERB", "send"), ("a", 4, "det", "DET"), ("letter", 2, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]
_ANNOUNCED = [("Rudd", 1, "compound", "PROPN"), ("Group", 2, "nsubj", "PROPN"), ("announced", 2, "ROOT", "VERB", "announce"),
              ("it", 2, "dobj", "PRON"), (".", 2, "punct", "PUNCT")]
_LETTER_SENT = [("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"),
                ("smiled", 2, "ROOT", "VERB", "smile"), (".", 2, "punct", "PUNCT")]


@pytest.mark.parametrize(
    ("first", "noun", "expected"),
    [
        (_SENT_A_LETTER, "letter", "Lena Park"),  # Lena Park sent a letter. The letter said, ...
        (_ANNOUNCED, "announcement", "Rudd Group"),  # Rudd Group announced it. The announcement said, ...
        (_LETTER_SENT, "letter", "letter"),  # no letter named before: the noun phrase
    ],
)
def test_quotes_speakers_definite_document_names_its_issuer(first, noun, expected, quote_rules):
    q = only(document_then_quote(first, noun), quote_rules)
    assert (q.quote, q.speaker) == ("We trade", expected)


def test_quotes_speakers_document_sent_from_an_account_names_its_owner(quote_rules):
    # A post sent from Lena Park's account said, “We trade.”
    doc = parse(
        ("A", 1, "det", "DET"), ("post", 8, "nsubj", "NOUN"), ("sent", 1, "acl", "VERB", "send"), ("from", 2, "prep", "ADP"),
        ("Lena", 5, "compound", "PROPN", "B-PERSON"), ("Park", 7, "poss", "PROPN", "I-PERSON"), ("'s", 5, "case", "PART"),
        ("account", 3, "pobj", "NOUN"), ("said", 8, "ROOT", "VERB", "say"), (",", 8, "punct", "PUNCT"),
        ("“", 11, "punct", "PUNCT"), ("We", 11, "nsubj", "PRON"), ("trade", 8, "ccomp", "VERB"), (".", 11, "punct", "PUNCT"),
        ("”", 8, "punct", "PUNCT"),
    )
    q = only(doc, quote_rules)
    assert (q.quote, q.speaker) == ("We trade", "Lena Park")


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("trend", "Lena Park"),  # Lena Park said the trend suggested this: “We trade with all of them now.”
        ("police", "police"),  # ... said the police suggested this: “...” — a source speaks for itself
    ],
)
def test_quotes_speakers_cue_inside_a_report_whose_subject_is_a_thing(noun, expected, quote_rules):
    # a thing reports nothing: the quotation is the outer cue's speaker's
    doc = parse(
        ("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"), ("said", 2, "ROOT", "VERB", "say"),
        ("the", 4, "det", "DET"), (noun, 5, "nsubj", "NOUN"), ("suggested", 2, "ccomp", "VERB", "suggest"),
        ("this", 5, "dobj", "PRON"), (":", 5, "punct", "PUNCT"), ("“", 10, "punct", "PUNCT"), ("We", 10, "nsubj", "PRON"),
        ("trade", 5, "ccomp", "VERB"), ("with", 10, "prep", "ADP"), ("all", 11, "pobj", "PRON"), ("of", 12, "prep", "ADP"),
        ("them", 13, "pobj", "PRON"), ("now", 10, "advmod", "ADV"), (".", 10, "punct", "PUNCT"), ("”", 5, "punct", "PUNCT"),
    )
    direct = [q for q in quotes(doc, quote_rules) if q.kind == "direct"]
    assert [(q.quote, q.speaker) for q in direct] == [("We trade with all of them now", expected)]


def test_quotes_speakers_a_designation_in_marks_is_a_term_even_under_a_cue(quote_rules):
    # Lena Park announced the designation “Xq-19.”
    doc = parse(
        ("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"),
        ("announced", 2, "ROOT", "VERB", "announce"), ("the", 4, "det", "DET"), ("designation", 2, "dobj", "NOUN"),
        ("“", 6, "punct", "PUNCT"), ("Xq-19", 4, "appos", "PROPN"), (".", 2, "punct", "PUNCT"), ("”", 2, "punct", "PUNCT"),
    )
    assert quotes(doc, quote_rules) == []


@pytest.mark.parametrize(
    ("earlier_kind", "expected"),
    [
        (None, "court letter"),  # Lena Park sent a letter. The court letter said, ...: another letter, not hers
        ("court", "Lena Park"),  # Lena Park sent a court letter. The court letter said, ...: hers
        ("bank", "court letter"),  # Lena Park sent a bank letter. The court letter said, ...
    ],
)
def test_quotes_speakers_document_of_another_kind_is_not_the_earlier_one(earlier_kind, expected, quote_rules):
    first = [("Lena", 1, "compound", "PROPN", "B-PERSON"), ("Park", 2, "nsubj", "PROPN", "I-PERSON"),
             ("sent", 2, "ROOT", "VERB", "send"), ("a", 4 + bool(earlier_kind), "det", "DET")]
    if earlier_kind:
        first.append((earlier_kind, 5, "compound", "NOUN"))
    m = len(first) + 2
    first += [("letter", 2, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]
    second = [("The", m + 2, "det", "DET"), ("court", m + 2, "compound", "NOUN"), ("letter", m + 3, "nsubj", "NOUN"),
              ("said", m + 3, "ROOT", "VERB", "say"), (",", m + 3, "punct", "PUNCT"), ("“", m + 6, "punct", "PUNCT"),
              ("We", m + 6, "nsubj", "PRON"), ("trade", m + 3, "ccomp", "VERB"), (".", m + 6, "punct", "PUNCT"),
              ("”", m + 3, "punct", "PUNCT")]
    q = only(parse(*first, *second), quote_rules)
    assert (q.quote, q.speaker) == ("We trade", expected)
