"""guarded(): skips a failing unit in production, re-raises under strict_units (every test)."""

from __future__ import annotations

import pytest

from pipeline.docs import guarded, strict_units
from tests.conftest import make_doc


def _boom(unit):
    raise IndexError("rule bug")


def test_docs_guarded_is_strict_in_tests():
    doc = make_doc(["Iran", "funds", "Hamas", "."])
    with pytest.raises(IndexError, match="rule bug"):
        guarded(doc, "some_rule", [doc[0:4]], _boom)


@pytest.mark.lenient
def test_docs_guarded_skips_and_records_a_failing_unit_when_lenient():
    doc = make_doc(["Iran", "funds", "Hamas", "."])
    assert guarded(doc, "some_rule", [doc[0:2], doc[2:4]], lambda s: [s.text] if s.start else _boom(s)) == ["Hamas."]
    (reason,) = doc._.skipped
    assert reason.startswith("some_rule: skipped chars 0-10: IndexError: rule bug")


def test_docs_strict_units_nests_and_restores():
    doc = make_doc(["x"])
    with strict_units(False):
        assert guarded(doc, "r", [doc[0:1]], _boom) == []
        with strict_units():
            with pytest.raises(IndexError):
                guarded(doc, "r", [doc[0:1]], _boom)
        assert guarded(doc, "r", [doc[0:1]], _boom) == []
    with pytest.raises(IndexError):
        guarded(doc, "r", [doc[0:1]], _boom)


@pytest.mark.parametrize(
    "words",
    [["Iran", "FUNDS", "the", "Houthis", ",", "iran", "says", "."], ["\n\n", "Ünal", "İstanbul", "ﬁnance"], []],
)
def test_docs_lowercase_forms_equal_each_tokens_lower(words):
    from pipeline.docs import Words

    doc = make_doc(words)
    assert len(doc) == len(words) and Words(doc).lower == [t.lower_ for t in doc]


@pytest.mark.parametrize(
    ("words", "spaces"),
    [
        (["Iran", "FUNDS", "the", "Houthis", ",", "iran", "says", "."], [True, True, True, False, True, True, False, False]),
        (["\n\n", "Ünal", "  ", "İstanbul", "-", "ﬁnance", "\n"], [False, True, False, False, False, True, False]),
        ([], []),
    ],
)
def test_docs_words_read_what_the_tokens_read(words, spaces):
    from spacy.tokens import Doc

    from pipeline.docs import Words
    from tests.conftest import make_doc

    doc = Doc(make_doc(["x"]).vocab, words=words, spaces=spaces)
    w = Words(doc)
    assert w.texts == [t.text for t in doc] and w.lower == [t.lower_ for t in doc]
    assert w.with_ws == [t.text_with_ws for t in doc] and w.text == doc.text
    assert all(w.span_text(a, b) == doc[a:b].text for a in range(len(doc) + 1) for b in range(len(doc) + 1))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Iran", "funds", "Iran", "\n\n", "Ünal"], ["Iran", "funds", "Iran", "\n\n", "Ünal"]),
        (["ﬁnance", "İstanbul", "ﬁnance"], ["ﬁnance", "İstanbul", "ﬁnance"]),
        ([], []),
    ],
)
def test_docs_word_strings_read_each_ids_string_through_the_memo(words, expected):
    from spacy.attrs import ORTH

    from pipeline.docs import _STRINGS, word_strings

    doc = make_doc(words)
    ids = doc.to_array(ORTH).tolist()
    assert word_strings(ids, doc.vocab.strings) == expected  # (the first reading fills the memo)
    assert all(_STRINGS[h] == s for h, s in zip(ids, expected))
    assert word_strings(ids, doc.vocab.strings) == expected  # (the second reads it)


def test_docs_word_strings_find_a_word_the_memo_has_not_seen_among_ones_it_has():
    from spacy.attrs import ORTH

    from pipeline.docs import word_strings

    doc = make_doc(["Hamas", "denies", "it"])
    word_strings(doc.to_array(ORTH).tolist()[:1], doc.vocab.strings)
    unseen = make_doc(["Hamas", "r26-unseen-word-of-the-memo"])
    assert word_strings(unseen.to_array(ORTH).tolist(), unseen.vocab.strings) == ["Hamas", "r26-unseen-word-of-the-memo"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Iran", "said", "it", "and", "they", "said", "it"], [2, 4, 6]),
        (["Iran", "said", "so"], []),
        ([], []),
    ],
)
def test_docs_tokens_with_give_what_numpy_isin_gives(words, expected):
    import numpy
    from spacy.attrs import LOWER

    from pipeline.docs import tokens_with

    doc = make_doc(words)
    wanted = {doc.vocab.strings.add(w) for w in ("it", "they", "never-in-the-doc")}
    ids = doc.to_array(LOWER)
    assert tokens_with(ids.tolist(), wanted) == expected
    assert numpy.flatnonzero(numpy.isin(ids, numpy.array(sorted(wanted), dtype=ids.dtype))).tolist() == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["pro-Iran", "militias", "-", "and", "anti-war", "pro-Iran"], [0, 4, 5]),
        (["no", "hyphen"], []),
        ([], []),
    ],
)
def test_docs_tokens_passing_ask_the_test_once_per_word(words, expected):
    from spacy.attrs import ORTH

    from pipeline.docs import tokens_passing

    doc = make_doc(words)
    asked: list[str] = []

    def hyphenated(h: int) -> bool:
        asked.append(doc.vocab.strings[h])
        return len(doc.vocab.strings[h]) > 1 and "-" in doc.vocab.strings[h]

    memo: dict[int, bool] = {}
    ids = doc.to_array(ORTH).tolist()
    assert tokens_passing(ids, memo, hyphenated) == expected
    assert sorted(asked) == sorted(set(words))
    assert tokens_passing(ids, memo, hyphenated) == expected and sorted(asked) == sorted(set(words))  # (memo read)
