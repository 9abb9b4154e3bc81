"""The worker: long texts are parsed in bounded pieces with every offset unchanged."""

from __future__ import annotations

import pytest
import spacy

from pipeline import worker
from pipeline.worker import piece_bounds

_NLP = spacy.blank("en")


def _pieces(text: str, max_chars: int) -> list[str]:
    doc = _NLP.make_doc(text)
    bounds = list(piece_bounds(doc, max_chars))
    assert [a for a, _ in bounds] == [0] + [b for _, b in bounds[:-1]] and bounds[-1][1] == len(doc)  # contiguous, complete
    return [doc[a:b].text_with_ws for a, b in bounds]


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Short text.", 100, ["Short text."]),
        ("One two.\n\nThree four.\n\nFive six.", 24, ["One two.\n\nThree four.\n\n", "Five six."]),
        ("One two.\nThree four.\nFive six.", 12, ["One two.\n", "Three four.\n", "Five six."]),
        # no line break within the limit: cut at the limit, between tokens
        ("aaaa bbbb cccc dddd", 10, ["aaaa bbbb ", "cccc dddd"]),
    ],
)
def test_worker_piece_bounds_cut_at_line_breaks(text, max_chars, expected):
    assert _pieces(text, max_chars) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("x" * 30 + " end", ["x" * 30 + " ", "end"]), ("end " + "x" * 30, ["end ", "x" * 30])],
)
def test_worker_piece_bounds_a_token_longer_than_the_limit_is_a_piece_alone(text, expected):
    assert _pieces(text, 10) == expected


def _token_by_token_bounds(doc, max_chars):
    """piece_bounds as it read the Doc before round 24, one Token at a time (the reference)."""
    a, n = 0, len(doc)
    while a < n:
        limit = doc[a].idx + max_chars
        if doc[n - 1].idx + len(doc[n - 1].text_with_ws) <= limit:
            yield a, n
            return
        end, fallback, i = a + 1, None, n
        for i in range(a + 1, n):
            if "\n" in doc[i - 1].text_with_ws:
                end = i
            elif doc[i].is_sent_start:
                fallback = i
            if doc[i].idx + len(doc[i].text_with_ws) > limit:
                break
        b = end if end > a + 1 else (fallback or i)
        yield a, b
        a = b


def test_worker_token_rows_give_the_pieces_a_token_by_token_reading_gives():
    import random

    random.seed(24)
    words = ["a", "bb", "ccc", "\n", "\n\n", ".", "x" * 30, "  ", "Hello", "-"]
    for _ in range(300):
        doc = _NLP.make_doc("".join(random.choice(words) + random.choice(["", " "]) for _ in range(random.randint(0, 60))))
        for token in doc[1:]:
            token.is_sent_start = random.choice([True, False, None])
        rows = worker.TokenRows.of(doc)
        assert "".join(t + " " * s for t, s in zip(rows.texts, rows.spaces)) == doc.text
        for max_chars in (5, 10, 20, 40):
            bounds = list(worker.piece_bounds(doc, max_chars, rows))
            assert bounds == list(_token_by_token_bounds(doc, max_chars))
            for a, b in bounds:
                piece = worker._piece(doc, a, b, rows)
                assert [(t.text_with_ws, t.is_sent_start) for t in piece] == [
                    (t.text_with_ws, True if t.i == a or t.is_sent_start else None) for t in doc[a:b]
                ]


@pytest.mark.slow
def test_worker_long_text_parsed_in_pieces_keeps_offsets_and_finds_what_the_whole_parse_finds(monkeypatch):
    from pipeline.config import load_config

    paragraphs = [
        "Ministers from Iran and Russia met in Geneva on Monday to discuss the war in Syria.",
        "\"We have agreed on nothing,\" said Sergei Lavrov, the Russian foreign minister, after the talks.",
        "The European Union pledged new aid to Lebanon, officials in Brussels said on Tuesday.",
        "Hezbollah denied that it had received weapons from Tehran during the conflict.",
    ]
    text = "\n\n".join(paragraphs * 6)
    extractor = worker.Extractor(load_config())
    [whole] = extractor._parse([text])  # one minibatch: the whole text at once
    monkeypatch.setattr(worker, "PARSE_BATCH_CHARS", 400)
    [pieced] = extractor._parse([text])
    assert pieced.text == text and len(pieced) == len(whole)
    assert [s.start for s in pieced.sents] == [s.start for s in whole.sents]
    ents = {(e.start_char, e.end_char, e.label_, e.kb_id_) for e in pieced.ents}
    assert all(text[a:b] for a, b, _, _ in ents)
    same = ents & {(e.start_char, e.end_char, e.label_, e.kb_id_) for e in whole.ents}
    assert len(same) >= 0.9 * len(whole.ents), "the pieced parse should find nearly the same entities"


def test_worker_settle_msgpack_plugins_keeps_the_same_plugins_and_the_same_bytes(monkeypatch):
    import srsly.msgpack
    from spacy.tokens import DocBin

    registries = (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders)
    for registry in registries:  # restored after the test
        monkeypatch.setattr(registry, "entry_points", registry.entry_points)
    doc = _NLP("Iran funds the Houthis, officials said.")
    doc.spans["coref"] = [doc[0:1]]
    doc.user_data["doc_id"] = "a"
    before = [registry.get_all() for registry in registries]
    packed = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    worker.settle_msgpack_plugins()
    assert [registry.get_all() for registry in registries] == before
    assert all(not registry.entry_points for registry in registries)  # no installed package offers one here
    assert DocBin(store_user_data=True, docs=[doc]).to_bytes() == packed
    again = next(DocBin().from_bytes(packed).get_docs(_NLP.vocab))
    assert again.user_data["doc_id"] == "a" and [s.text for s in again.spans["coref"]] == ["Iran"]


@pytest.mark.parametrize(
    ("words", "morphs"),
    [
        (["Tehran", "denies", "arming", "the", "rebels", "."], ["Number=Sing", "Number=Sing|Person=3|Tense=Pres", "", "", "Number=Plur", ""]),
        (["Mrs", "Okafor", "said", "so", ",", "twice", "."], ["", "Number=Sing", "Tense=Past|VerbForm=Fin", "", "", "", ""]),
        ([], []),
    ],
)
def test_worker_part_docbin_writes_the_bytes_of_spacys_docbin(words, morphs):
    from spacy.tokens import Doc, DocBin, Span

    doc = Doc(_NLP.vocab, words=words, morphs=morphs or None, tags=["NNP"] * len(words) or None,
              lemmas=[w.lower() for w in words] or None, deps=["dep"] * len(words) or None,
              heads=list(range(len(words))) or None)
    if words:
        doc.ents = [Span(doc, 0, 1, label="GPE", kb_id="Iran", span_id="gazetteer"), Span(doc, 4, 5, label="NORP")]
        doc.spans["coref"] = [Span(doc, 1, 2, label="pronoun", kb_id="Iran")]
        doc.spans["boilerplate"] = [Span(doc, len(doc) - 1, len(doc), label="header", span_id="date")]
        doc.spans["gender"] = doc.spans["coref"].copy()  # (two keys, one group's bytes)
        doc.spans["gender"].attrs["note"] = 1
        doc.spans["same"] = doc.spans["coref"].copy()
        doc.spans["empty"] = []
    doc.user_data["doc_id"] = "a1"
    doc.user_data[("._.", "relations", None, None)] = [("Iran", 2)]
    ours, spacys = worker.PartDocBin(store_user_data=True), DocBin(store_user_data=True)
    for _ in range(2):
        ours.add(doc)
        spacys.add(doc)
    assert ours.strings == spacys.strings and ours.to_bytes() == spacys.to_bytes()
