"""Benchmark: how soon the HTML report's network answers clicks in a real browser (target: under 3 s).

    python bench/report_ready.py [--predictions DIR ...] [--runs 3]

Writes the report of an invented crowd of 320 actors (a few hubs and a long
tail, like a year of news) and of every predictions DIR given (e.g. an extract
of the 293 Wikinews articles), opens each in headless chromium (Debian's
package, driven by Playwright) ``--runs`` times and prints one JSON object:
per report its size, the milliseconds from navigation start until the page
marks itself ready (network laid out, answering clicks) on every run, the
median, and whether the median is under the target. Needs chromium,
Playwright and the vendored graph library (``make vendor``); says which is
missing otherwise. The functional checks (the page becomes interactive, no
errors) are tests/test_report_browser.py; timings live here, not in tests.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.report.commands import write_report
from pipeline.report.vendor import VendorError, scripts
from pipeline.tables import TABLES, to_table

TARGET_MS = 3000
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def write_crowd(folder: Path, n_actors: int = 320, n_articles: int = 900, seed: int = 7) -> Path:
    """Invented predictions with many actors: a few hubs and a long tail, like a year of news."""
    rng = random.Random(seed)
    actors = [f"Group {i:03d}" for i in range(n_actors)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n_actors)]
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for n in range(n_articles):
        a, b = rng.choices(actors, weights)[0], rng.choice(actors)
        if a == b:
            continue
        relation = rng.choice(["funds", "trains", "backs", "denies"])
        sentence = f"{a} {relation} {b}."
        doc_id = f"crowd-{n:03d}"
        rows["documents"].append({"doc_id": doc_id, "status": "ok", "warnings": [], "date": f"2023-{1 + n % 12:02d}-15",
                                  "title": f"Article {n}", "text": sentence, "n_chars": len(sentence)})
        for name, start in ((a, 0), (b, len(a) + len(relation) + 2)):
            rows["entities"].append({"doc_id": doc_id, "start": start, "end": start + len(name), "text": name, "label": "ORG",
                                     "actor": name, "actor_type": rng.choice(["armed_group", "state", None]), "sent_index": 0})
        rows["relations"].append({"doc_id": doc_id, "subject": a, "relation": relation, "object": b,
                                  "modality": rng.choice(["asserted", "reported", "alleged"]), "evidence": sentence,
                                  "evidence_start": 0, "evidence_end": len(sentence), "rule": f"{relation}.crowd"})
    for name, table_rows in rows.items():
        (folder / f"{name}.parquet").mkdir(parents=True)
        pq.write_table(to_table(name, table_rows), folder / f"{name}.parquet" / "part-000000.parquet")
    return folder


def ready_ms(driver, report: Path, profile: Path) -> int:
    """Milliseconds from navigation start until the report marks itself ready, in a fresh browser profile."""
    context = driver.chromium.launch_persistent_context(
        str(profile), executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 900},
    )
    try:
        page = context.new_page()
        page.goto(report.as_uri())
        page.wait_for_selector("html[data-wb-ready]", timeout=60_000)
        return int(page.evaluate("document.documentElement.dataset.wbReady"))
    finally:
        context.close()


def missing() -> str | None:
    """What this benchmark needs and the machine lacks, or None."""
    if not shutil.which("chromium"):
        return "chromium (Debian package 'chromium'; CI installs it with .ci/install-browser.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright (requirements/lock.txt)"
    try:
        scripts()
    except VendorError:
        return "the vendored graph library (run: make vendor)"
    return None


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--predictions", type=Path, nargs="*", default=[], help="predictions folders to report on as well")
    p.add_argument("--runs", type=int, default=3, help="page loads per report (default 3)")
    args = p.parse_args()
    if need := missing():
        sys.exit(f"report_ready: needs {need}")
    from playwright.sync_api import sync_playwright

    result = {"target_ms": TARGET_MS, "reports": {}}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as driver:
        tmp = Path(tmp)
        folders = {"crowd_320_actors": write_crowd(tmp / "crowd"), **{str(f): f for f in args.predictions}}
        for n, (name, folder) in enumerate(folders.items()):
            report = write_report(folder, tmp / f"report-{n}.html")
            runs = [ready_ms(driver, report, tmp / f"profile-{n}-{i}") for i in range(args.runs)]
            median = statistics.median(runs)
            result["reports"][name] = {"bytes": report.stat().st_size, "ready_ms": runs, "median_ms": median,
                                       "target_met": median < TARGET_MS}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
