"""Command line: ``python -m pipeline {extract,eval,report,graph,build-model}``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from pipeline.config import DEFAULT_CONFIG, STAGES, ConfigError

log = logging.getLogger("pipeline")

EXIT_OK, EXIT_DOCS_FAILED, EXIT_USAGE = 0, 1, 2


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
        if args.command in ("report", "graph"):
            from pipeline.report import commands

            return commands.report(args) if args.command == "report" else commands.graph(args)
        return _build_model(args)
    except (ConfigError, OSError, ValueError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from pipeline.config import load_config
    from pipeline.runner import parse_stages, run_extract

    config = load_config(args.config, workers=args.workers, batch_size=args.batch_size)
    stages = parse_stages(args.stages)
    with tqdm(unit="doc", desc="extract", disable=True if args.no_progress else None, file=sys.stderr) as bar:
        summary = run_extract(
            args.input, args.output, config, stages,
            on_part=lambda r: bar.update(r.tables["documents"].num_rows),
            engine=args.engine, scheduler=args.scheduler,
        )
    rows = ", ".join(f"{name} {n}" for name, n in summary.rows.items())
    sys.stdout.write(
        f"stages {','.join(stages)}: {summary.n_ok} documents ok, {summary.n_failed} failed "
        f"({summary.n_new} new, {summary.n_reused} reused); rows: {rows}\n"
        f"{summary.n_words} words in {summary.seconds:.1f} s ({summary.words_per_second:,.0f} words/s) -> {args.output}\n"
    )
    if summary.skipped:
        reasons = "; ".join(f"{n} {reason}" for reason, n in sorted(summary.skipped.items()))
        sys.stdout.write(f"skipped {sum(summary.skipped.values())} files or folders in the input folders: {reasons}\n")
    for doc_id, error in summary.failed:
        sys.stdout.write(f"FAILED {doc_id!r}: {error}\n")
    return EXIT_DOCS_FAILED if summary.n_failed else EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from pipeline.config import REPO_ROOT
    from pipeline.evaluate import check_floors, format_report, gazetteer_names, load_floors, same_string, score_files

    names = same_string if args.strict_names else gazetteer_names(args.actors or REPO_ROOT / "configs" / "actors.yaml")
    report = score_files(args.gold, args.predictions, names)
    sys.stdout.write(json.dumps(report, indent=2) + "\n" if args.json else format_report(report))
    if args.floors:
        sections = load_floors(args.floors)
        if args.floors_key not in sections:
            raise ValueError(f"{args.floors} has no section {args.floors_key!r} (sections: {sorted(sections)})")
        failures = check_floors(report, sections[args.floors_key])
        for line in failures:
            sys.stderr.write(f"BELOW FLOOR {line}\n")
        return EXIT_DOCS_FAILED if failures else EXIT_OK
    return EXIT_OK


def _build_model(args: argparse.Namespace) -> int:
    from pipeline.config import load_config
    from pipeline.nlp import build_nlp, save_model

    path = save_model(build_nlp(load_config(args.config)), args.output)
    sys.stdout.write(f"saved pipeline to {path}; load it with: import pipeline.components, spacy; spacy.load({str(path)!r})\n")
    return EXIT_OK
