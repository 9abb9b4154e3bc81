"""A fine-tuned encoder for the learned scorer's relation pairs (docs/relations_history.md, round 20, r20enc).

Two steps, so the Docs are read once:

    python bench/encoder_pairs.py prep --gold SET.jsonl --docs DIR [--docs DIR] --out build/r20enc/pairs/SET.pkl
    python bench/encoder_pairs.py run --train build/r20enc/pairs/A.pkl ... --test build/r20enc/pairs/T.pkl ...
        --setting r8_lr5e-4 --out build/r20enc/results.json

``prep``: the learned scorer's candidates and labels exactly (:func:`pipeline.training.articles`: every ordered pair
of actor mentions in a sentence, labelled from the gold with the scorer's strict name rules), and for each pair its
marked input (:func:`pipeline.relations.encoder.marked`), whether a rule row pairs its actors, the row the scorer
would write for each relation (:func:`pipeline.relations.learned.pair_row`) and the rule rows of the same ordered
pair (what a veto drops). Pickled per set under build/ (the sets' text stays outside the repository).

``run``: trains the encoder (:mod:`pipeline.relations.encoder`) on the ``--train`` tables and scores each ``--test``
set, per set and pooled, with rules alone and rules + model, as **add** (the scorer's rows, at each threshold) and
as **veto** (a rule row whose pair the model calls "none" with probability >= t is dropped): counts and scores only
(no text: fit for count-only sets), with :func:`pipeline.training.evaluate` and :func:`pipeline.training.added`.

``run --init MODEL``: the same, starting from a saved model's adapters, flag embeddings and head instead of fresh
ones (round 23, r23enc: continued training of the committed model).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.explainer import load_rules
from pipeline.relations.learned import CLASSES, WordClasses, best_first, pair_row
from pipeline.training import IGNORE, _summary, added, articles, evaluate, sample_pages

RELATIONS = CLASSES[1:]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class PairRow:
    text: str  # the sentence with the two mentions marked
    marks: tuple[int, int]  # character offsets of the subject's and the object's opening marker in ``text``
    labels: list[str]
    covered: bool  # a rule row of the sentence pairs the two actors (either direction)
    key: frozenset
    rows: dict[str, object]  # relation -> the scorer's row for it (None: no row), uncovered pairs only
    vetoes: list[int]  # indices (into the article's rule rows) of the rule rows of this ordered pair
    start: tuple[int, int] = (0, 0)  # the mentions' starts (the scorer's order among equal probabilities)
    spans: tuple = ()  # the flagged words of ``text`` (:func:`pipeline.relations.encoder.legible`; round 21)


@dataclass
class Art:
    doc_id: str
    gold: object
    rule_rows: list
    sentences: list[list[PairRow]] = field(default_factory=list)

    @property
    def group(self) -> str:  # the source page (a share of the training pages keeps a page whole)
        return getattr(self.gold, "source_url", None) or self.doc_id


def prep(args) -> int:
    from pipeline.relations.encoder import MODEL_VERSION, RULE_ID, legible

    rules = load_rules(Path("configs/relations"))
    classes = WordClasses(rules)
    t0 = time.time()
    out = []
    for art in articles([args.gold], args.docs, rules, classes):
        ids = {id(r): k for k, r in enumerate(art.rule_rows)}
        a = Art(art.doc_id, art.gold, art.rule_rows)
        for s in art.sentences:
            covered = {frozenset((r.subject, r.object)) for r in s.rows}
            mentions = art.grammar.mentions_in(s.sent)
            sent_rows = []
            for pair, labels in zip(s.pairs, s.labels):
                key = frozenset((pair.subject.actor, pair.object.actor))
                text, marks, spans = legible(s.sent, pair, mentions, classes)
                rows = {} if key in covered else {
                    rel: pair_row(s.sent, pair, rel, art.grammar, classes, RULE_ID, MODEL_VERSION) for rel in RELATIONS}
                vetoes = [ids[id(r)] for r in s.rows if (r.subject, r.object) == (pair.subject.actor, pair.object.actor)]
                sent_rows.append(PairRow(text, marks, labels, key in covered, key, rows, vetoes,
                                         (pair.subject.start, pair.object.start), spans))
            a.sentences.append(sent_rows)
        out.append(a)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as f:
        pickle.dump(out, f)
    n = sum(len(s) for a in out for s in a.sentences)
    sys.stderr.write(f"{args.gold.name}: {len(out)} documents, {n} pairs in {time.time() - t0:.0f} s\n")
    return 0


# -- scoring -------------------------------------------------------------------------------------------------------


def add_rows(art: Art, probs: list[list[list[float]]], threshold: float) -> list:
    """The scorer's rows of ``art`` at ``threshold`` (as :func:`pipeline.relations.learned.scored_relations`)."""
    out = []
    for sent, sp in zip(art.sentences, probs):
        scored = []
        for pr, p in zip(sent, sp):
            if pr.covered:
                continue
            k = max(range(1, len(CLASSES)), key=p.__getitem__)
            if p[k] >= threshold:
                scored.append((p[k], pr.start, pr.key, (pr, CLASSES[k])))
        out += best_first(scored, set(), lambda item: item[0].rows.get(item[1]))
    return out


def vetoed(art: Art, probs: list[list[list[float]]], threshold: float) -> set[int]:
    """Indices of the rule rows of ``art`` whose ordered pair the model calls none with probability >= threshold."""
    out = set()
    for sent, sp in zip(art.sentences, probs):
        for pr, p in zip(sent, sp):
            if pr.vetoes and p[0] >= threshold:
                out.update(pr.vetoes)
    return out


def score_set(arts: list[Art], probs: dict[str, list], thresholds) -> dict:
    rules_rows = {a.doc_id: list(a.rule_rows) for a in arts}
    before = evaluate(arts, rules_rows)
    out = {"documents": len(arts), "rules": _summary(before), "add": {}, "veto": {}}
    for t in thresholds:
        rows = {a.doc_id: a.rule_rows + add_rows(a, probs[a.doc_id], t) for a in arts}
        after = evaluate(arts, rows)
        out["add"][t] = {**added(arts, rules_rows, rows, before, after), **_summary(after)}
        kept = {a.doc_id: [r for k, r in enumerate(a.rule_rows) if k not in vetoed(a, probs[a.doc_id], t)] for a in arts}
        after = evaluate(arts, kept)
        removed = sum(len(rules_rows[d]) - len(kept[d]) for d in kept)
        lost = before["tp"] - after["tp"]  # right rows lost (a triple's other rows may still match)
        wrong = before["fp"] - after["fp"]
        out["veto"][t] = {"removed": removed, "right_lost": lost, "wrong_removed": wrong, **_summary(after)}
    return out


def _fmt(name: str, m: dict) -> str:
    r = m["rules"]
    lines = [f"  {name} ({m['documents']} docs): rules P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}\n"]
    for t, x in m["add"].items():
        prec = f"{x['added_precision']:.2f}" if x["added_precision"] is not None else "-"
        lines.append(f"    add @{t}: {x['added']}, {x['added_right']} ({prec}); P {x['precision']:.3f} "
                     f"R {x['recall']:.3f} F1 {x['f1']:.3f} ({x['f1'] - r['f1']:+.3f})\n")
    for t, x in m["veto"].items():
        lines.append(f"    veto @{t}: removed {x['removed']}, wrong {x['wrong_removed']}, right lost {x['right_lost']}; "
                     f"P {x['precision']:.3f} R {x['recall']:.3f} F1 {x['f1']:.3f} ({x['f1'] - r['f1']:+.3f})\n")
    return "".join(lines)


# -- training ------------------------------------------------------------------------------------------------------


# The four runs of the selection, fixed before the c18 table: r8_lr5e-4 (seeds 0 and 1: how far a second draw of the
# negatives, the order and the adapters' start moves the table), r8_lr1e-3, r16_lr5e-4_neg6.
SETTINGS = {  # LoRA rank, learning rate, "none" pairs per positive, epochs
    "r8_lr5e-4": {"rank": 8, "lr": 5e-4, "negatives": 3, "epochs": 3},
    "r8_lr1e-3": {"rank": 8, "lr": 1e-3, "negatives": 3, "epochs": 3},
    "r16_lr5e-4_neg6": {"rank": 16, "lr": 5e-4, "negatives": 6, "epochs": 3},
    # round 21's two (S1 and S2, the pair made legible: flags on the path's words, its cue words and the other actors'
    # mentions, pipeline.relations.encoder.legible), at 2 epochs as the shared cores ran at a fifth of round 20's
    # speed (2100 batches each; round 20's 3 epochs were 1849 on its smaller table)
    "r16_lr5e-4_neg6_e2": {"rank": 16, "lr": 5e-4, "negatives": 6, "epochs": 2},
    "r16_lr5e-4_neg6_flags_e2": {"rank": 16, "lr": 5e-4, "negatives": 6, "epochs": 2, "flags": 4},
    # round 23's two (r23enc), fixed before any figure: the committed model (relation_encoder.v1, round 21's S2)
    # trained on (--init models/relation_encoder.safetensors) on this decade's open sets, the dev set and our gold, at
    # its rank, negatives and flags, a lower learning rate than its first training, one epoch and two
    "r16_lr2e-4_neg6_flags_init_e1": {"rank": 16, "lr": 2e-4, "negatives": 6, "epochs": 1, "flags": 4},
    "r16_lr2e-4_neg6_flags_init_e2": {"rank": 16, "lr": 2e-4, "negatives": 6, "epochs": 2, "flags": 4},
    # round 24's two (r24enc), fixed before any figure, both on the 21 open recent-news sets (O22a-e, C22a-h, O23a-h),
    # the dev set and our gold: (a) fresh, the committed model's own setting r16_lr5e-4_neg6_flags_e2; (b) continued
    # (--init models/relation_encoder.safetensors), r16_lr2e-4_neg6_flags_init_e1. Seed 0 both; no new entry.
    # round 39's two (r39enc), the same two settings, on the dev set, rounds 29-35's sets and round 37's read part;
    # selected on round 36's sets and round 37's count-only part, tested on rounds 38's and 39's closed sets. (a),
    # fresh, is relation_encoder.v2. No new entry.
}


def load(paths: list[Path]) -> dict[str, list[Art]]:
    out = {}
    for p in paths:
        with p.open("rb") as f:
            out[p.stem] = pickle.load(f)
    return out


def training_table(sets: dict[str, list[Art]], negatives: int, seed: int, flags: bool = False) -> list[tuple]:
    """(text, marks, class index[, flagged spans when ``flags``]) per labelled pair: every positive, ``negatives``
    "none" pairs per positive drawn with ``seed`` (all when fewer)."""
    pos, neg = [], []
    for arts in sets.values():
        for a in arts:
            for sent in a.sentences:
                for pr in sent:
                    for label in pr.labels:
                        if label == IGNORE:
                            continue
                        row = (pr.text, pr.marks, CLASSES.index(label), *([pr.spans] if flags else []))
                        (neg if label == "none" else pos).append(row)
    rng = random.Random(seed)
    rng.shuffle(neg)
    table = pos + neg[: negatives * len(pos)]
    rng.shuffle(table)
    return table


def initial_model(setting: dict, base: Path | None, seed: int, init: Path | None = None):
    """The model a run trains, its tokenizer and what it started from: fresh adapters and head drawn with ``seed``
    (``init`` None), or (round 23, ``--init``) the adapters, flag embeddings and head of the model file ``init``
    (:func:`pipeline.relations.encoder.load`; its rank and flags must be the setting's), on the same base either way
    (``base``: default the pinned package's). The third item names the start (the file and its header's training
    table hash and version) for the results and the saved header; None for a fresh start."""
    from pipeline.relations import encoder

    if init is None:
        model, tok = encoder.build(base, rank=setting["rank"], seed=seed, flags=setting.get("flags", 0))
        return model, tok, None
    model, tok, header = encoder.load(init, base)
    if model.rank != setting["rank"] or model.flags != setting.get("flags", 0):
        sys.exit(f"--init {init}: rank {model.rank} and {model.flags} flags, the setting has rank {setting['rank']} "
                 f"and {setting.get('flags', 0)} flags")
    return model, tok, {"path": str(init), "sha256": header.get("sha256"), "version": header.get("version"),
                        "setting": header.get("setting")}


def run(args) -> int:
    import torch

    from pipeline.relations import encoder

    torch.set_num_threads(args.threads)
    setting = SETTINGS[args.setting]
    tests = load(args.test)
    if args.load:  # a model trained before: scored only
        model, tok, header = encoder.load(args.load, args.base)
        train_s = 0.0
        result = {"setting": args.setting, "loaded": str(args.load), "trained": header, "test": {}}
    else:
        train_sets = load(args.train)
        if args.fraction < 1:  # a learning-curve point: a share of the real-news pages, our own gold whole
            train_sets = {k: v if k == "gold" else [] for k, v in train_sets.items()} | {
                "real": sample_pages([a for k, v in train_sets.items() if k != "gold" for a in v], args.fraction,
                                     args.seed)}
        table = training_table(train_sets, setting["negatives"], args.seed, bool(setting.get("flags")))
        if setting.get("flags") and not any(row[3] for row in table):
            sys.exit(f"{args.setting} reads flagged words, and the --train tables have none: prep them again")
        sha = encoder.table_hash(table)
        counts = {c: sum(1 for row in table if CLASSES[row[2]] == c) for c in CLASSES}
        sys.stderr.write(f"{args.setting}: {len(table)} training pairs {counts} from {len(train_sets)} sets; "
                         f"sha256 {sha[:12]}\n")
        model, tok, init = initial_model(setting, args.base, args.seed, args.init)
        t0 = time.time()
        curve = encoder.fit(model, tok, table, epochs=setting["epochs"], lr=setting["lr"], batch=args.batch,
                            max_len=args.max_len, seed=args.seed, log=sys.stderr.write, limit=args.limit)
        train_s = time.time() - t0
        result = {"setting": args.setting, **setting, "seed": args.seed, "max_len": args.max_len,
                  "fraction": args.fraction, "examples": len(table), "counts": counts, "sha256": sha, "train_seconds": round(train_s),
                  "loss_curve": curve, "train_sets": sorted(train_sets), "init": init, "test": {}}
    if args.save and not args.load:
        meta = {"setting": args.setting, **setting, "seed": args.seed, "max_len": args.max_len,
                "examples": len(table), "sha256": sha, "train_sets": sorted(train_sets), "threshold": args.threshold,
                **({"init": init} if init else {})}
        encoder.save(model, args.save, meta)
        sys.stderr.write(f"saved {args.save} ({args.save.stat().st_size} bytes)\n")
    if tests:
        t0 = time.time()
        probs: dict[str, dict[str, list]] = {}
        for name, arts in tests.items():
            flat = [(pr.text, pr.marks, *([pr.spans] if model.flags else [])) for a in arts for s in a.sentences for pr in s]
            p = encoder.predict(model, tok, flat, max_len=args.max_len, batch=64)
            it = iter(p)
            probs[name] = {a.doc_id: [[next(it) for _ in s] for s in a.sentences] for a in arts}
        result["predict_seconds"] = round(time.time() - t0)
        report = [f"{args.setting} (train {train_s:.0f} s, predict {result['predict_seconds']} s)\n"]
        pooled_arts, pooled_probs = [], {}
        for name, arts in tests.items():
            result["test"][name] = score_set(arts, probs[name], THRESHOLDS)
            report.append(_fmt(name, result["test"][name]))
            pooled_arts += arts
            pooled_probs.update(probs[name])
        result["test"]["pooled"] = score_set(pooled_arts, pooled_probs, THRESHOLDS)
        report.append(_fmt("pooled", result["test"]["pooled"]))
        sys.stderr.write("".join(report))
    results = json.loads(args.out.read_text()) if args.out.exists() else []
    results.append(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, default=str))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prep", help="the pair table of one gold set (or folder), pickled")
    p.add_argument("--gold", required=True, type=Path)
    p.add_argument("--docs", action="append", required=True, type=Path)
    p.add_argument("--out", required=True, type=Path)
    r = sub.add_parser("run", help="train on --train tables, score --test tables (counts only)")
    r.add_argument("--train", action="append", default=[], type=Path)
    r.add_argument("--test", action="append", default=[], type=Path)
    r.add_argument("--setting", required=True, choices=sorted(SETTINGS))
    r.add_argument("--base", type=Path, default=None, help="the base encoder folder (default: the PyPI package's)")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--fraction", type=float, default=1.0, help="train on this share of the real-news pages "
                   "(drawn with --seed; our own gold whole): a learning-curve point")
    r.add_argument("--batch", type=int, default=32)
    r.add_argument("--max-len", type=int, default=64)
    r.add_argument("--threads", type=int, default=2)
    r.add_argument("--limit", type=int, default=None, help="stop after this many batches (timing)")
    r.add_argument("--threshold", type=float, default=None, help="the chosen threshold, written with --save")
    r.add_argument("--save", type=Path, default=None, help="write the trained adapters and head here")
    r.add_argument("--load", type=Path, default=None, help="score a model --save wrote (no training)")
    r.add_argument("--init", type=Path, default=None, help="continue training a model --save wrote (its adapters, "
                   "flag embeddings and head; the base stays the package's) instead of fresh ones (round 23)")
    r.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    if args.command == "run" and not (args.train or args.load):
        ap.error("run needs --train tables (or --load a model to score)")
    if args.command == "run" and args.init and args.load:
        ap.error("--init trains from a model and --load scores one: give one")
    return prep(args) if args.command == "prep" else run(args)


if __name__ == "__main__":
    sys.exit(main())
