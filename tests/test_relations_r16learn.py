"""Round 16 (r16learn): the learned pair scorer's trainer sums by runs (the same weights as a plain loop over the
examples, tables with an example that keeps no feature included) and leaves one gold set out at a time
(``cross_validate(by_set=True)``: every set held out once, trained on the others and the extra sets, never on a page
it holds out)."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from pipeline import training
from pipeline.relations.learned import CLASSES, train


def _plain_train(examples, *, l2=1.0, epochs=5, rate=0.1, min_count=1):
    """The trainer's maths written out example by example (softmax, L2 but on the bias, Adam)."""
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    c, n = len(CLASSES), len(examples)
    w = {f: [0.0] * c for f in names}
    m = {f: [0.0] * c for f in names}
    v = {f: [0.0] * c for f in names}
    for t in range(1, epochs + 1):
        grad = {f: [0.0] * c for f in names}
        for feats, label in examples:
            kept = sorted({f for f in feats if f in w})
            z = [sum(w[f][k] for f in kept) for k in range(c)]
            top = max(z)
            e = [math.exp(x - top) for x in z]
            p = [x / sum(e) for x in e]
            for f in kept:
                for k in range(c):
                    grad[f][k] += p[k] - (1.0 if CLASSES[k] == label else 0.0)
        for f in names:
            for k in range(c):
                g = grad[f][k] / n + (0.0 if f == "bias" else l2) * w[f][k] / n
                m[f][k] = 0.9 * m[f][k] + 0.1 * g
                v[f][k] = 0.999 * v[f][k] + 0.001 * g * g
                w[f][k] -= rate * (m[f][k] / (1 - 0.9**t)) / (math.sqrt(v[f][k] / (1 - 0.999**t)) + 1e-8)
    return w


SEPARABLE = [(("bias", "a", "x"), "funds"), (("bias", "a", "y"), "funds"), (("bias", "b", "x"), "none"),
             (("bias", "c", "y"), "backs"), (("bias", "c", "x"), "backs")]
# an example whose only feature is seen once (dropped at min_count 2) and no bias: a row with no kept feature
BARE_ROW = [(("a", "x"), "funds"), (("a", "y"), "funds"), (("once",), "none"), (("b", "x"), "denies"), (("b", "y"), "none")]


@pytest.mark.parametrize("table, min_count, expected", [
    (SEPARABLE, 1, {"a", "b", "c", "x", "y", "bias"}),
    # trap: the row of "once" keeps no feature; the sums by runs must not shift the other rows onto it
    (BARE_ROW, 2, {"a", "b", "x", "y"}),
])
def test_learned_train_sums_by_runs_match_a_plain_loop(table, min_count, expected):
    model = train(table, min_count=min_count, epochs=5)
    plain = _plain_train(table, epochs=5, min_count=min_count)
    assert set(model.weights) == expected
    for feat, weights in model.weights.items():
        assert weights == pytest.approx(tuple(plain[feat]), abs=1e-9), feat


def _fake_article(doc_id: str, page: str) -> SimpleNamespace:
    return SimpleNamespace(doc_id=doc_id, group=page)


@pytest.mark.parametrize("by_set, expected", [
    # each set held out once, trained on the other set and the extra (our own gold), never on a page it holds out
    (True, {"a1": {"b1", "own"}, "a2": {"b1", "own"}, "b1": {"a1", "a2", "own", "leak"}}),
])
def test_training_cross_validate_leaves_one_set_out(monkeypatch, by_set, expected):
    seen = {}
    monkeypatch.setattr(training, "examples", lambda arts, uncovered=False: sorted(a.doc_id for a in arts))
    monkeypatch.setattr(training, "train", lambda table, **fit: table)
    monkeypatch.setattr(training, "_cv_scores", lambda arts, combined: {"documents": len(arts)})

    def record(art, model, classes, t):
        seen.setdefault(art.doc_id, set()).update(model)
        return []
    monkeypatch.setattr(training, "predicted_rows", record)
    parts = {"A": [_fake_article("a1", "p1"), _fake_article("a2", "p2")], "B": [_fake_article("b1", "p3")]}
    own = [_fake_article("own", "p9"), _fake_article("leak", "p1")]  # (page p1 is also in set A)
    out = training.cross_validate([a for p in parts.values() for a in p], own, None, [0.5], parts=parts, by_set=by_set)
    assert seen == expected
    assert out["folds"] == 2 and out["by_set"] and set(out["parts"]) == {"A", "B"}


@pytest.mark.parametrize("parts", [None, {}])
def test_training_cross_validate_by_set_needs_the_sets(parts):
    # trap: without sets to leave out there is nothing to hold out (an error, not a crash elsewhere)
    with pytest.raises(ValueError, match="needs the sets"):
        training.cross_validate([], [], None, [0.5], parts=parts, by_set=True)


@pytest.mark.parametrize("drop, absent, kept", [
    (("a",), {"a"}, {"b", "c", "x", "y", "bias"}),
    # trap: a prefix the bias begins with still keeps the bias (unpenalised, always there)
    (("b",), {"b"}, {"a", "c", "x", "y", "bias"}),
])
def test_learned_train_drops_features_by_prefix(drop, absent, kept):
    model = train(SEPARABLE + [(("bias", "b", "y"), "none")], min_count=1, drop=drop)
    assert not absent & set(model.weights) and kept <= set(model.weights)
    assert model.training["dropped"] == list(drop)


def _pair(s: str, o: str, feats: tuple[str, ...]) -> SimpleNamespace:
    return SimpleNamespace(subject=SimpleNamespace(actor=s), object=SimpleNamespace(actor=o), steps=(), features=feats)


@pytest.mark.parametrize("uncovered, expected", [
    (False, [(("f:ab", "ctx:no_rows"), "funds"), (("f:ba", "ctx:no_rows"), "none"), (("f:ac", "ctx:rows", "ctx:s_subject"), "none")]),
    # only the pair no rule row pairs (either direction) is asked about, so only it is trained on
    (True, [(("f:ac", "ctx:rows", "ctx:s_subject"), "none")]),
])
def test_training_examples_of_uncovered_pairs_only(uncovered, expected):
    rows = [SimpleNamespace(subject="A", object="B", cue="funds")]
    pairs = [_pair("A", "B", ("f:ab",)), _pair("B", "A", ("f:ba",)), _pair("A", "C", ("f:ac",))]
    sentence = SimpleNamespace(pairs=pairs, labels=[["funds"], ["none"], ["none", training.IGNORE]], rows=rows)
    art = SimpleNamespace(sentences=[sentence])
    assert training.examples([art], uncovered=uncovered) == expected
