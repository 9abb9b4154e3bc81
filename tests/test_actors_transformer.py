"""The transformer profile (configs/profiles/trf.yaml).

The real en_core_web_trf cannot be downloaded here, so the code path is tested
on a tiny transformer built inside the test: a random 1-layer BERT with its
own word-piece vocabulary, saved to tmp_path, under a spaCy pipeline
(transformer -> parser, ner) that the profile then uses as ``model.base``.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.training import Example

from pipeline.config import DEFAULT_CONFIG, load_config
from pipeline.nlp import build_nlp
from tests.conftest import REPO

PROFILE = REPO / "configs" / "profiles" / "trf.yaml"
INSTALL = "pip install -r requirements/transformers.txt"

TRAIN = [
    ("Hamas said Iran backs it .", [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"], ["B-ORG", "O", "B-GPE", "O", "O", "O"]),
    ("Tehran denied the report .", [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"], ["B-GPE", "O", "O", "O", "O"]),
]


def test_actors_transformer_profile_has_the_default_components():
    profile, default = load_config(PROFILE), load_config(DEFAULT_CONFIG)
    assert profile.model.base == "en_core_web_trf"
    assert profile.components == default.components


def tiny_transformer_pipeline(path):
    """A spaCy pipeline on a random tiny BERT, saved under ``path``; returns its folder."""
    transformers = pytest.importorskip("transformers", reason=f"transformers is not installed: {INSTALL}")
    words = sorted({w.lower() for text, *_ in TRAIN for w in text.split()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]
    hf_dir = path / "tiny-bert"
    hf_dir.mkdir()
    (hf_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf8")
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64,
    )
    transformers.BertModel(config).save_pretrained(hf_dir)
    transformers.BertTokenizerFast(vocab_file=str(hf_dir / "vocab.txt")).save_pretrained(hf_dir)

    nlp = spacy.blank("en")
    nlp.add_pipe("transformer", config={"model": {
        "@architectures": "spacy-transformers.TransformerModel.v3",
        "name": str(hf_dir),
        "tokenizer_config": {"use_fast": True},
        "get_spans": {"@span_getters": "spacy-transformers.strided_spans.v1", "window": 32, "stride": 24},
    }})
    listener = {"@architectures": "spacy-transformers.TransformerListener.v1", "grad_factor": 1.0,
                "pooling": {"@layers": "reduce_mean.v1"}, "upstream": "*"}
    for name in ("parser", "ner"):
        nlp.add_pipe(name, config={"model": {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": name, "extra_state_tokens": False,
            "hidden_width": 16, "maxout_pieces": 2, "use_upper": False, "tok2vec": listener,
        }})
    examples = []
    for text, heads, deps, ents in TRAIN:
        doc = nlp.make_doc(text)
        examples.append(Example.from_dict(doc, {"heads": heads, "deps": deps, "entities": ents}))
    nlp.initialize(lambda: examples)
    nlp.to_disk(path / "tiny-trf")
    return path / "tiny-trf"


@pytest.mark.slow
def test_actors_transformer_profile_assembles_and_runs(tmp_path):
    pytest.importorskip("torch", reason=f"torch is not installed: {INSTALL}")
    pytest.importorskip("spacy_transformers", reason=f"spacy-transformers is not installed: {INSTALL}")
    base = tiny_transformer_pipeline(tmp_path)
    profile = load_config(PROFILE)
    config = profile.model_copy(update={"model": profile.model.model_copy(update={"base": str(base)})})
    nlp = build_nlp(config)
    assert nlp.pipe_names[:2] == ["transformer", "news_layout"]
    doc = nlp("Hamas said Iran backs it. Tehran denied the report.")
    actors = {e.text: e.kb_id_ for e in doc.ents if e.kb_id_}
    assert actors["Hamas"] == "Hamas" and actors["Iran"] == "Iran"  # the gazetteer names them whatever the model says
    assert "coref" in doc.spans and doc._.relations is not None and doc._.quotes is not None


@pytest.mark.slow
def test_actors_transformer_profile_with_the_real_model():
    if not spacy.util.is_package("en_core_web_trf"):
        pytest.skip(f"en_core_web_trf is not installed: {INSTALL}, then install the en_core_web_trf package")
    nlp = build_nlp(load_config(PROFILE))
    doc = nlp("The Kremlin said Tehran denied any role.")
    assert {e.kb_id_ for e in doc.ents} >= {"Russia", "Iran"}
