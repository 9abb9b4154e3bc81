"""The ``report`` and ``graph`` subcommands (argument parsing lives in ``pipeline.cli``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.report.data import load_predictions
from pipeline.report.graph import draw_network, figure_format, network_of, save_figure
from pipeline.report.html import render_report
from pipeline.report.vendor import fetch


def write_report(predictions: Path, output: Path, title: str | None = None) -> Path:
    pred = load_predictions(predictions)
    html = render_report(pred, title or f"News actor report: {Path(predictions).resolve().name}")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    return output


def write_graph(predictions: Path, output: Path, max_actors: int = 30) -> Path:
    figure_format(output)  # fail before reading the tables
    network = network_of(load_predictions(predictions), max_actors)
    output.parent.mkdir(parents=True, exist_ok=True)
    return save_figure(draw_network(network), output)


def report(args: argparse.Namespace) -> int:
    path = write_report(args.predictions, args.output, args.title)
    sys.stdout.write(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB); open it in a browser, it needs no network\n")
    return 0


def graph(args: argparse.Namespace) -> int:
    path = write_graph(args.predictions, args.output, args.max_actors)
    sys.stdout.write(f"wrote {path}\n")
    return 0


def vendor(args: argparse.Namespace) -> int:
    for path in fetch():
        sys.stdout.write(f"verified {path}\n")
    return 0
