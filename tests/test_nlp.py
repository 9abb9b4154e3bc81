"""Pipeline assembly: a saved model gives exactly the batch job's annotations (slow)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.config import load_config
from pipeline.nlp import build_nlp, rule_versions, save_model, stage_fingerprints

pytestmark = pytest.mark.slow

TEXT = (
    "web analytics\n\nIran funds and arms Hezbollah, Israeli officials said on Monday. "
    "\u201cWe will answer,\u201d said Hassan Nasrallah, the group's leader.\n\nLatest Posts\n\nOther news\n"
)


def _annotations(doc):
    return (
        [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        {key: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in group] for key, group in doc.spans.items()},
        doc._.relations,
        doc._.quotes,
    )


def test_nlp_saved_model_matches_the_built_pipeline(nlp, tmp_path):
    path = save_model(build_nlp(load_config()), tmp_path / "model")
    loaded = spacy.load(path)
    assert loaded.pipe_names == nlp.pipe_names
    assert rule_versions(loaded) == rule_versions(nlp)
    assert _annotations(loaded(TEXT)) == _annotations(nlp(TEXT))


def test_nlp_fingerprints_change_only_downstream_of_a_rule_change(nlp):
    config = load_config()
    before = stage_fingerprints(nlp, config)
    pipe = nlp.get_pipe("quote_extractor")
    saved = pipe.data
    try:
        pipe.data = {**saved, "version": saved["version"] + "-edited"}
        after = stage_fingerprints(nlp, config)
    finally:
        pipe.data = saved
    assert after["ner"] == before["ner"] and after["relations"] == before["relations"]
    assert after["quotes"] != before["quotes"]
