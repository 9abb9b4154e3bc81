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
