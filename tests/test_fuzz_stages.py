"""Property test: hostile text never raises out of a stage, and every offset indexes the input.

Random unicode, quotation marks of every kind, very long tokens and empty
paragraphs go through each stage — the parse, then relations and quotes from
the stored Docs — and through a full run; both must give the same rows.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import STAGES, load_config
from pipeline.readers import InputDoc, check_text
from pipeline.tasks import NewPart, PartUpdate
from pipeline.worker import Extractor

pytestmark = pytest.mark.slow

QUOTE_MARKS = "\"'“”‘’«»„‚‹›「」"
WORDS = ["Iran", "Hamas", "said", "funds", "denied", "Russia", "the", "army", "\"We", "backs", "Hezbollah", "."]

pieces = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),  # any unicode but lone surrogates
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(WORDS).map(lambda w: w + " "),
    st.sampled_from(["\n\n", "\n\n\n\n", "\r\n", "\t", "  ", "\u00a0", "\u2028"]),  # empty paragraphs, odd breaks
    st.integers(200, 3000).map(lambda n: "x" * n),  # a very long token
    st.integers(50, 400).map(lambda n: "ab-" * n),
)
texts = st.lists(pieces, min_size=1, max_size=30).map("".join)


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_config())


def _check_offsets(text: str, tables) -> None:
    for e in tables["entities"].to_pylist():
        assert text[e["start"]:e["end"]] == e["text"]
    for r in tables["relations"].to_pylist():
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]
        assert text[r["subject_start"]:r["subject_end"]] == r["subject_text"]
        assert text[r["object_start"]:r["object_end"]] == r["object_text"]
    for q in tables["quotes"].to_pylist():
        assert text[q["start"]:q["end"]] == q["quote"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]


def _rows(tables, name):
    return tables[name].to_pylist()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=texts)
def test_fuzz_stages_never_raise_and_offsets_index_the_text(extractor, text):
    if check_text(text):  # the reader turns these into failed rows before any stage
        return
    doc = InputDoc("fuzz", text, "fuzz")
    fp = extractor.fingerprints
    full = extractor.run(NewPart(0, [doc], list(STAGES), fp))
    row = full.tables["documents"].to_pylist()[0]
    assert row["status"] == "ok" or row["error"], row
    _check_offsets(text, full.tables)

    # stage by stage, the rule stages from the stored Docs
    parsed = extractor.run(NewPart(0, [doc], ["ner"], fp))
    tables = dict(parsed.tables)
    for stage in STAGES[1:]:
        update = extractor.run(PartUpdate(0, tables["documents"], {}, parsed.docbin, frozenset(), {}, [stage], fp))
        tables.update(update.tables)
    _check_offsets(text, tables)
    for name in ("entities", "relations", "quotes"):
        assert _rows(tables, name) == _rows(full.tables, name)
    assert _rows(tables, "documents") == _rows(full.tables, "documents")
