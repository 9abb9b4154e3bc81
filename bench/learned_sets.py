"""Leave one gold set out for the learned pair scorer (docs/relations_history.md, round 16 r16learn): each held-out
set scored by rules alone and by rules + a model trained on every other set (and the further training sets, and our
own gold), per threshold; per set and pooled over the held-out sets. Several model settings and learning-curve
points in one run, the Docs and rule rows read once.

    python bench/learned_sets.py --held-out C1.jsonl --held-out C2.jsonl ... --train DEV.jsonl --train data/gold \\
        --docs build/... --docs ... --out build/r16/learned_sets.json [--config base] [--fraction 0.25 --seed 0]
        [--test T1.jsonl --test T2.jsonl ... [--no-loso]]

``--test``: sets never trained on (round 18, r18learn: the count-only c17 sets), each scored by the model trained on
every held-out and training set, and by the committed model (models/relation_model.json) at the same thresholds;
aggregates only (counts and scores, no text), per set and pooled.

The gold files are third-party text: they stay outside the repository; the script reads them where they are.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from pipeline.explainer import load_rules
from pipeline.relations.learned import PairModel, WordClasses, model_from_json, train
from pipeline.training import THRESHOLDS, Article, articles, cross_validate, examples, sample_pages, score_with

LEXICAL = ("w:", "h:", "sh:", "oh:", "shy:", "ohy:")
CONFIGS = {  # model settings tried: train()'s keyword arguments
    "base": {},
    "l2_10": {"l2": 10.0},
    "l2_30": {"l2": 30.0},
    "min5": {"min_count": 5},
    "l2_3": {"l2": 3.0},
    # no single words: the path's lemmas, the common head's, the words holding a mention, a hyphen word's (their
    # word classes stay)
    "nolex": {"drop": LEXICAL},
    "nolex_l2_3": {"drop": LEXICAL, "l2": 3.0},
    # trained on the pairs the rules do not pair only, the pairs the scorer is asked about
    "uncovered": {"uncovered": True},
    "uncovered_l2_3": {"uncovered": True, "l2": 3.0},
    "uncovered_nolex": {"uncovered": True, "drop": LEXICAL},
}
COMMITTED = Path("models/relation_model.json")


def test_scores(tests: dict[str, list[Article]], model: PairModel, classes: WordClasses,
                thresholds: list[float]) -> dict:
    """Rules alone and rules + ``model`` per threshold on each never-trained-on set and pooled: counts and scores."""
    out = {}
    for name, arts in [*tests.items(), ("pooled", [a for part in tests.values() for a in part])]:
        out[name] = {"rules": score_with(arts, None, classes, 1.0),
                     "thresholds": {t: score_with(arts, model, classes, t) for t in thresholds}}
    return out


def _test_lines(label: str, scores: dict) -> str:
    lines = []
    for name, m in scores.items():
        r = m["rules"]
        cells = " | ".join(f"@{t}: {x['added']},{x['added_right']} P {x['precision']:.3f} ({x['precision'] - r['precision']:+.3f}) "
                           f"F1 {x['f1']:.3f}" for t, x in m["thresholds"].items())
        lines.append(f"  {label} {name}: rules F1 {r['f1']:.3f} P {r['precision']:.3f} | {cells}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--held-out", action="append", required=True, type=Path, help="a gold set left out in turn")
    ap.add_argument("--train", action="append", default=[], type=Path, help="a gold set or folder always trained on")
    ap.add_argument("--docs", action="append", required=True, type=Path, help="a folder 'extract' stored Docs in")
    ap.add_argument("--config", action="append", choices=sorted(CONFIGS), help="model settings (default: base)")
    ap.add_argument("--fraction", action="append", type=float, help="share of the training pages (default: 1)")
    ap.add_argument("--seed", action="append", type=int, help="seed of a fraction's draw (default: 0)")
    ap.add_argument("--test", action="append", default=[], type=Path, help="a set never trained on, scored by the "
                    "model trained on every other set (aggregates only)")
    ap.add_argument("--no-loso", action="store_true", help="skip leaving one set out (the --test scores only)")
    ap.add_argument("--out", required=True, type=Path, help="JSON file of the results (appended per run)")
    args = ap.parse_args(argv)
    rules = load_rules(Path("configs/relations"))
    classes = WordClasses(rules)
    t0 = time.time()
    parts = {p.name: articles([p], args.docs, rules, classes) for p in args.held_out}
    real = [a for p in args.train if p.is_file() for a in articles([p], args.docs, rules, classes)]
    own = [a for p in args.train if not p.is_file() for a in articles([p], args.docs, rules, classes)]
    sys.stderr.write(f"read {sum(map(len, parts.values()))} held-out, {len(real)} + {len(own)} training documents "
                     f"in {time.time() - t0:.0f} s\n")
    tests = {p.name: articles([p], args.docs, rules, classes) for p in args.test}
    empty = [name for name, arts in tests.items() if not arts]
    if empty:
        ap.error(f"--test {', '.join(empty)}: no stored Doc in the --docs folders (extract them first)")
    results = json.loads(args.out.read_text()) if args.out.exists() else []
    thresholds = list(THRESHOLDS)
    if tests:
        committed = model_from_json(json.loads(COMMITTED.read_text(encoding="utf8")), str(COMMITTED))
        scores = test_scores(tests, committed, classes, thresholds)
        results.append({"config": "committed", "test": scores})
        sys.stderr.write(_test_lines("committed", scores))
    for config in args.config or ["base"]:
        if tests:
            fit = dict(CONFIGS[config])
            uncovered = fit.pop("uncovered", False)
            model = train(examples([a for part in parts.values() for a in part] + real + own, uncovered), **fit)
            scores = test_scores(tests, model, classes, thresholds)
            results.append({"config": config, "test": scores, "examples": model.training["examples"]})
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(results, indent=1))
            sys.stderr.write(_test_lines(config, scores))
        if args.no_loso:
            continue
        for fraction in args.fraction or [1.0]:
            for seed in (args.seed or [0]) if fraction < 1 else [0]:
                t0 = time.time()
                extra = sample_pages(real, fraction, seed) + own
                arts = [a for part in parts.values() for a in part]
                cv = cross_validate(arts, extra, classes, list(THRESHOLDS), fraction=fraction, seed=seed,
                                    parts=parts, by_set=True, **CONFIGS[config])
                # (cross_validate scores the held-out sets together too: the pooled figures)
                result = {"config": config, "fraction": fraction, "seed": seed, "parts": cv["parts"],
                          "pooled": {"rules": cv["rules"], "thresholds": cv["thresholds"]}}
                results.append(result)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                args.out.write_text(json.dumps(results, indent=1))
                pool = result["pooled"]
                line = " ".join(f"@{t}: {m['added']},{m['added_right']} F1 {m['f1']:.3f} P {m['precision']:.3f}"
                                for t, m in pool["thresholds"].items())
                sys.stderr.write(f"{config} f{fraction} s{seed} ({time.time() - t0:.0f} s): rules F1 "
                                 f"{pool['rules']['f1']:.3f} P {pool['rules']['precision']:.3f} | {line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
