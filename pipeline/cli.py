"""Command line: ``python -m pipeline {extract,eval,explain,report,graph,export,review,vendor,build-model}``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from pipeline.config import DEFAULT_CONFIG, STAGES, ConfigError

log = logging.getLogger("pipeline")

EXIT_OK, EXIT_DOCS_FAILED, EXIT_USAGE = 0, 1, 2  # 1 also: the run failed (output not writable, workers lost)
EXIT_INTERRUPTED = 130  # Ctrl-C, as the shell reports SIGINT


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn political and military news into tables of actors, relations and quotes.",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="run the pipeline over articles and write Parquet tables",
        description="Read articles (.txt, .jsonl, .parquet or folders of them) and write the tables "
        "documents, entities, relations and quotes under --output. Exit status 1 when any document failed.",
    )
    ex.add_argument("--input", "-i", action="append", required=True, type=Path, metavar="PATH",
                    help="a file or folder of articles; repeat for several")
    ex.add_argument("--output", "-o", required=True, type=Path, metavar="DIR", help="folder for the tables")
    ex.add_argument("--config", "-c", type=Path, default=DEFAULT_CONFIG, metavar="FILE",
                    help=f"pipeline configuration (default: {DEFAULT_CONFIG.relative_to(DEFAULT_CONFIG.parents[1])})")
    ex.add_argument("--stages", default=",".join(STAGES), metavar="LIST",
                    help="comma-separated stages to run: ner, relations, quotes (default: all); "
                    "relations/quotes alone re-run from the Docs stored by an earlier ner stage")
    ex.add_argument("--workers", "-w", type=int, metavar="N", help="worker processes (default: run.workers)")
    ex.add_argument("--batch-size", type=int, metavar="N", help="documents per part (default: run.batch_size)")
    ex.add_argument("--torch-threads", type=int, metavar="N",
                    help="torch's threads per process, when the pipeline uses torch (default: run.torch_threads)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine (--workers processes); dask: a Dask cluster (default: local)")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 "
                    "(default: a local cluster of --workers processes)")
    ex.add_argument("--no-progress", action="store_true", help="no progress bar")

    ev = sub.add_parser(
        "eval",
        help="score predicted tables against gold annotations",
        description="Score --predictions (a folder written by 'extract') against gold JSONL files in the "
        "format of shared/gold/FORMAT.md. With --floors, exit 1 when a metric is below its floor.",
    )
    ev.add_argument("--gold", "-g", action="append", required=True, type=Path, metavar="PATH",
                    help="gold JSONL file, or a folder of them; repeat for several")
    ev.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR")
    ev.add_argument("--json", action="store_true", help="print metrics as JSON")
    ev.add_argument("--floors", type=Path, metavar="FILE", help="YAML of metric floors to enforce")
    ev.add_argument("--floors-key", metavar="NAME", help="which section of --floors applies (e.g. seeds)")
    ev.add_argument("--actors", type=Path, metavar="FILE", default=None,
                    help="gazetteer whose canonical names make two actor names one actor "
                    "(default: configs/actors.yaml of this repository)")
    ev.add_argument("--strict-names", action="store_true",
                    help="compare actor names as strings only, without the gazetteer")
    ev.add_argument("--ids", type=Path, metavar="FILE", help="score only the documents listed in FILE (one id a line)")
    ev.add_argument("--exclude-ids", action="append", type=Path, metavar="FILE",
                    help="leave out the documents listed in FILE; repeat for several")
    ev.add_argument("--rows", action="store_true", help="also print every missed and extra relation row, by relation")

    xp = sub.add_parser("explain", help="explain each missed and extra relation row of a scored run (for rule authors)",
                        description="For each missed gold relation: the sentence, the dependency path between its two "
                        "argument mentions, the cue words on it and what each rule cued in the sentence made of it; "
                        "misses grouped by path shape, largest group first. For each extra row: its rule and path.")
    xp.add_argument("--gold", "-g", action="append", required=True, type=Path, metavar="PATH",
                    help="gold JSONL file, or a folder of them; repeat for several")
    xp.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR",
                    help="a folder written by 'extract' (its stored Docs are read)")
    xp.add_argument("--rules", type=Path, default=DEFAULT_CONFIG.parent / "relations", metavar="DIR",
                    help="relation rule folder (default: configs/relations)")
    xp.add_argument("--ids", type=Path, metavar="FILE", help="explain only the documents listed in FILE")
    xp.add_argument("--exclude-ids", action="append", type=Path, metavar="FILE",
                    help="leave out the documents listed in FILE; repeat for several")

    rp = sub.add_parser("report", help="write a self-contained HTML review report of a predictions folder",
                        description="One HTML file (no network needed to view it): article index, entities, relations "
                        "with their evidence, quotes, the actor network and a timeline, with a filter by actor.")
    rp.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR", help="a folder written by 'extract'")
    rp.add_argument("--output", "-o", required=True, type=Path, metavar="FILE", help="the .html file to write")
    rp.add_argument("--title", help="page title (default: from the folder name)")

    gp = sub.add_parser("graph", help="draw the actor network of a predictions folder (.png, .svg or .pdf)",
                        description="Actors as nodes, relations as arrows coloured by type and weighted by the number "
                        "of articles; denies dashed, negated dotted. The format follows the --output extension.")
    gp.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR", help="a folder written by 'extract'")
    gp.add_argument("--output", "-o", required=True, type=Path, metavar="FILE", help="graph.png, graph.svg or graph.pdf")
    gp.add_argument("--max-actors", type=int, default=30, metavar="N", help="draw the N busiest actors (default: 30)")

    xp = sub.add_parser("export", help="write the actor network for Gephi and other tools (GEXF, GraphML or CSV)",
                        description="One node per actor (QID, type, articles), one edge per (subject, relation, object) "
                        "with article count, modalities, first/last date and CAMEO/PLOVER codes.")
    xp.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR", help="a folder written by 'extract'")
    xp.add_argument("--format", "-f", choices=("gexf", "graphml", "csv"), help="default: from the --output extension")
    xp.add_argument("--output", "-o", required=True, type=Path, metavar="FILE")

    rv = sub.add_parser("review", help="the review loop with Label Studio: tasks out, reviewed annotations in as gold",
                        description="'review export' writes Label Studio tasks (text + pre-annotations) and the labeling "
                        "config; 'review import' turns Label Studio's JSON export into gold JSONL for 'eval'.")
    rv_sub = rv.add_subparsers(dest="review_command", required=True, metavar="{export,import}")
    rx = rv_sub.add_parser("export", help="predictions -> Label Studio tasks (+ <stem>.label_config.xml beside them)")
    rx.add_argument("--predictions", "-p", required=True, type=Path, metavar="DIR", help="a folder written by 'extract'")
    rx.add_argument("--output", "-o", required=True, type=Path, metavar="FILE", help="tasks.json")
    ri = rv_sub.add_parser("import", help="Label Studio JSON export -> gold JSONL (shared/gold/FORMAT.md)")
    ri.add_argument("--input", "-i", required=True, type=Path, metavar="FILE", help="the project's JSON export")
    ri.add_argument("--output", "-o", required=True, type=Path, metavar="FILE", help="e.g. data/gold/reviewed.jsonl")

    sub.add_parser("vendor", help="fetch the report's pinned JavaScript (npm pack, integrity checked) into build/vendor",
                   description="Download the npm packages pinned in pipeline/report/vendor.json with 'npm pack', check "
                   "each against its pinned sha512 integrity and license, and keep them in build/vendor/ (git-ignored) "
                   "for 'report' to inline. Needs npm and the npm registry once.")

    tr = sub.add_parser("train-relations", help="train the learned relation pair scorer (models/relation_model.json)",
                        description="Label every pair of actor mentions in a sentence of the gold documents (Docs stored "
                        "by 'extract' under --docs) from the gold with strict names, cross-validate on the first --gold "
                        "file (and the --pool files) grouped by source page (the added rows' precision and the combined "
                        "scores per threshold), choose the lowest threshold whose added rows reach --min-precision, "
                        "and write a model trained on all of it. --check-gold scores rules alone vs rules + the model on a set it never trains on.")
    tr.add_argument("--gold", "-g", action="append", required=True, type=Path, metavar="PATH",
                    help="gold JSONL file or folder; repeat for several (the first is cross-validated)")
    tr.add_argument("--pool", action="append", default=[], type=Path, metavar="FILE",
                    help="a gold file cross-validated together with the first --gold (the folds mix their pages; "
                         "scores reported per file too) and trained on; repeat for several")
    tr.add_argument("--docs", "-d", action="append", required=True, type=Path, metavar="DIR",
                    help="a folder written by 'extract' holding the gold documents' Docs; repeat for several")
    tr.add_argument("--output", "-o", type=Path, metavar="FILE", help="the model file to write (none: measure only)")
    tr.add_argument("--rules", type=Path, default=DEFAULT_CONFIG.parent / "relations", metavar="DIR",
                    help="relation rule folder (default: configs/relations)")
    tr.add_argument("--folds", type=int, default=5, metavar="N", help="cross-validation folds (default: 5; 0: none)")
    tr.add_argument("--fraction", type=float, default=1.0, metavar="F",
                    help="train each cross-validation fold on this share of the other folds' source pages (a point of "
                         "a learning curve; the written model is trained on all; default: 1.0)")
    tr.add_argument("--by-set", action="store_true",
                    help="cross-validate by leaving out one gold set (the first --gold and each --pool) at a time "
                         "instead of by page folds: each set scored by a model trained on the others (and the further "
                         "--gold sets), per set and pooled; --folds is then ignored unless 0")
    tr.add_argument("--uncovered", action="store_true",
                    help="train on the pairs no rule row pairs only (the pairs the scorer is asked about)")
    tr.add_argument("--l2", type=float, default=1.0, metavar="X", help="the model's L2 penalty (default: 1.0)")
    tr.add_argument("--seed", type=int, default=0, metavar="N", help="the seed --fraction draws pages with (default: 0)")
    tr.add_argument("--min-precision", type=float, default=0.90, metavar="P",
                    help="the added rows' precision in cross-validation the threshold must keep (default: 0.90)")
    tr.add_argument("--check-gold", type=Path, metavar="FILE", help="a gold set to score with the trained model")
    tr.add_argument("--check-docs", type=Path, metavar="DIR", help="the folder 'extract' wrote for --check-gold")

    bm = sub.add_parser("build-model", help="save the assembled pipeline (model + our components + rules)",
                        description="Assemble the pipeline from the config and save it, for spacy.load().")
    bm.add_argument("--output", "-o", required=True, type=Path, metavar="DIR")
    bm.add_argument("--config", "-c", type=Path, default=DEFAULT_CONFIG, metavar="FILE")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "eval":
            return _eval(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "train-relations":
            from pipeline.training import train_command

            sys.stdout.write(train_command(args))
            return EXIT_OK
        if args.command == "export":
            return _export(args)
        if args.command == "review":
            return _review(args)
        if args.command in ("report", "graph", "vendor"):
            from pipeline.report import commands

            return getattr(commands, args.command)(args)
        return _build_model(args)
    except KeyboardInterrupt:
        kept = ": the parts committed so far are kept; run the same command again to finish" if args.command == "extract" else ""
        sys.stderr.write(f"interrupted{kept}\n")
        return EXIT_INTERRUPTED
    except (ConfigError, OSError, ValueError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from pipeline.config import load_config
    from pipeline.runner import RunFailed, parse_stages, run_extract

    config = load_config(args.config, workers=args.workers, batch_size=args.batch_size,
                         torch_threads=args.torch_threads)
    stages = parse_stages(args.stages)
    with tqdm(unit="doc", desc="extract", disable=True if args.no_progress else None, file=sys.stderr) as bar:
        try:
            summary = run_extract(
                args.input, args.output, config, stages,
                on_part=lambda r: bar.update(r.tables["documents"].num_rows),
                engine=args.engine, scheduler=args.scheduler,
                on_total=lambda n: bar.reset(total=n),  # a total gives the bar its ETA
            )
        except RunFailed as exc:
            bar.close()
            _print_summary(stages, exc.summary, args.output)
            sys.stderr.write(f"error: the run stopped: {exc}\n")
            return EXIT_DOCS_FAILED
    _print_summary(stages, summary, args.output)
    return EXIT_DOCS_FAILED if summary.n_failed else EXIT_OK


def _print_summary(stages: list[str], summary, output: Path) -> None:
    rows = ", ".join(f"{name} {n}" for name, n in summary.rows.items())
    sys.stdout.write(
        f"stages {','.join(stages)}: {summary.n_ok} documents ok, {summary.n_failed} failed "
        f"({summary.n_new} new, {summary.n_reused} reused); rows: {rows}\n"
        f"{summary.n_words} words in {summary.seconds:.1f} s ({summary.words_per_second:,.0f} words/s) -> {output}\n"
    )
    if summary.skipped:
        reasons = "; ".join(f"{n} {reason}" for reason, n in sorted(summary.skipped.items()))
        sys.stdout.write(f"skipped {sum(summary.skipped.values())} files or folders in the input folders: {reasons}\n")
    for doc_id, error in summary.failed:
        sys.stdout.write(f"FAILED {doc_id!r}: {error}\n")


def _eval(args: argparse.Namespace) -> int:
    from pipeline.config import REPO_ROOT
    from pipeline.evaluate import (check_floors, format_report, gazetteer_names, load_floors, read_ids, same_string,
                                   score_files)

    names = same_string if args.strict_names else gazetteer_names(args.actors or REPO_ROOT / "configs" / "actors.yaml")
    ids = read_ids(args.ids) if args.ids else None
    exclude = set().union(*map(read_ids, args.exclude_ids)) if args.exclude_ids else None
    report = score_files(args.gold, args.predictions, ids=ids, exclude=exclude, names=names)
    if report["relations"] is not None and not args.rows:  # rows only on request (a set kept unseen stays unseen)
        report["relations"] = {k: v for k, v in report["relations"].items() if k not in ("misses", "extras")}
    label = args.floors_key or ", ".join(str(g) for g in args.gold)
    if args.json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        sys.stdout.write(f"== gold set {label}: {', '.join(map(str, args.gold))} scored against {args.predictions} ==\n")
        sys.stdout.write(format_report(report, rows=args.rows))
    if args.floors:
        sections = load_floors(args.floors)
        if args.floors_key not in sections:
            raise ValueError(f"{args.floors} has no section {args.floors_key!r} (sections: {sorted(sections)})")
        floors = sections[args.floors_key]
        failures = check_floors(report, floors)
        for line in failures:
            sys.stderr.write(f"BELOW FLOOR {line}\n")
        if not args.json:
            verdict = (f"FAIL: {len(failures)} of {len(floors)} metrics below their floors in {args.floors}" if failures
                       else f"PASS: all {len(floors)} metrics at or above their floors")
            sys.stdout.write(f"verdict {label}: {verdict}\n\n")
        return EXIT_DOCS_FAILED if failures else EXIT_OK
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pipeline.export import export

    path, graph = export(args.predictions, args.output, args.format)
    sys.stdout.write(f"wrote {path}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges\n")
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from pipeline import review

    if args.review_command == "export":
        tasks, config, n = review.write_tasks(args.predictions, args.output)
        sys.stdout.write(f"wrote {n} tasks to {tasks} and the labeling config to {config}\n")
    else:
        gold, n, unreviewed = review.import_gold(args.input, args.output)
        sys.stdout.write(f"wrote {n} reviewed articles to {gold}" + (f" ({unreviewed} tasks not reviewed)" if unreviewed else "") + "\n")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from pipeline.evaluate import read_ids
    from pipeline.explainer import explain_run

    ids = read_ids(args.ids) if args.ids else None
    exclude = set().union(*map(read_ids, args.exclude_ids)) if args.exclude_ids else None
    sys.stdout.write(explain_run(args.gold, args.predictions, args.rules, ids, exclude))
    return EXIT_OK


def _build_model(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.nlp import build_nlp, save_model

    path = save_model(build_nlp(load_config(args.config)), args.output)
    sys.stdout.write(f"saved pipeline to {path}; load it with: import pipeline.components, spacy; spacy.load({str(path)!r})\n")
    return EXIT_OK
