"""Tools for a blind real-news set (docs/relations.md, "Building a blind set"): which pages are taken, whether a set
file is well formed, and the digests of its pages to commit.

    python bench/blind_sets.py used URL [URL ...]            # 'free' or 'USED' per URL
    python bench/blind_sets.py check SET.jsonl [...]         # problems, then a summary line per file
    python bench/blind_sets.py digests SET.jsonl [...]       # the MD5 of every page URL, sorted, one a line
    python bench/blind_sets.py score --output DIR SET.jsonl [...] [--config YAML]
                                                             # extract the sets, print counts per set and pooled
    python bench/blind_sets.py split --out DIR [--seed N] [--share F] SET.jsonl [...]
                                                             # open closed sets: a read part and a count-only part

``score`` prints only counts (right / wrong / missed per set, pooled P, R, F1, by relation, modality and source of
matched rows), never a row: what a closed set may show. ``split`` divides opened sets by page, with a fixed seed, into
``DIR/open.jsonl`` (to read) and ``DIR/check.jsonl`` (a share kept count-only, so a rule fitted to what was read shows
up before the next closed measure).

A page is taken when the MD5 of its URL is in data/gold/real/blind_pages_round*.txt (every earlier round's sets), its
URL is the source of a passage of the shared dev set, or of any file given with --taken (the sets of this round
written so far). The set files are third-party text: they stay outside the repository.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIGESTS = REPO / "data" / "gold" / "real"
DEV = REPO.parent / "shared" / "gold" / "real" / "relations_dev.jsonl"
RELATIONS = {"funds", "trains", "backs", "denies"}
MODALITIES = {"asserted", "reported", "alleged", "negated"}
PER_PAGE = 3


def digest(url: str) -> str:
    return hashlib.md5(url.encode("utf8")).hexdigest()


def records(path: Path) -> Iterable[tuple[int, dict | None, str]]:
    """(line number, record or None, the JSON error) for every non-empty line."""
    for number, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line), ""
            except ValueError as exc:
                yield number, None, str(exc)


def taken_digests(folder: Path = DIGESTS, sets: Iterable[Path] = ()) -> set[str]:
    """Digests of every page an earlier round, the dev set, or one of ``sets`` took."""
    taken = {
        line.split()[0]
        for path in folder.glob("blind_pages_round*.txt")
        for line in path.read_text(encoding="utf8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for path in [DEV, *sets] if DEV.is_file() else sets:
        taken |= {digest(rec["source_url"]) for _, rec, _ in records(path) if rec and rec.get("source_url")}
    return taken


def problems(path: Path) -> tuple[list[str], str]:
    """What is wrong with a set file, and a summary: passages, pages, traps, required rows by relation."""
    found, ids, pages, required, traps, n = [], set(), collections.Counter(), collections.Counter(), 0, 0
    for number, rec, error in records(path):
        where = f"{path.name}:{number}"
        if rec is None:
            found.append(f"{where}: not JSON ({error})")
            continue
        n += 1
        found += [f"{where}: no '{key}'" for key in ("id", "text", "source_url", "relations") if key not in rec]
        if rec.get("id") in ids:
            found.append(f"{where}: id {rec.get('id')} repeated")
        ids.add(rec.get("id"))
        pages[rec.get("source_url")] += 1
        rows = [row for row in rec.get("relations", []) if row.get("required")]
        traps += not rows
        required.update(row.get("relation") for row in rows)
        for row in rec.get("relations", []):
            if row.get("relation") not in RELATIONS:
                found.append(f"{where}: relation {row.get('relation')!r} is none of {sorted(RELATIONS)}")
            if row.get("modality") not in MODALITIES:
                found.append(f"{where}: modality {row.get('modality')!r} is none of {sorted(MODALITIES)}")
            if not isinstance(row.get("required"), bool):
                found.append(f"{where}: 'required' must be true or false")
            if not row.get("subject") or not row.get("object"):
                found.append(f"{where}: a row with no subject or object")
            if row.get("object_is_phrase") and row.get("required"):
                found.append(f"{where}: a phrase object must be required: false")
            if row.get("evidence") and row["evidence"] not in rec.get("text", ""):
                found.append(f"{where}: the evidence is not in the text: {row['evidence']!r}")
    found += [f"{path.name}: {count} passages from one page (at most {PER_PAGE}): {url}"
              for url, count in pages.items() if count > PER_PAGE]
    summary = (f"{path.name}: {n} passages, {len(pages)} pages, {traps} with no required row, "
               f"required rows {dict(sorted(required.items()))}")
    return found, summary


def split(sets: list[Path], seed: int, share: float) -> tuple[list[dict], list[dict]]:
    """The passages of ``sets`` in two parts by page: ``share`` of the pages (drawn with ``seed``) for the count-only
    part, the rest for reading; a page's passages stay together."""
    recs = [rec for path in sets for _, rec, _ in records(path) if rec]
    pages = sorted({rec["source_url"] for rec in recs})
    random.Random(seed).shuffle(pages)
    kept = set(pages[: round(len(pages) * share)])
    return [r for r in recs if r["source_url"] not in kept], [r for r in recs if r["source_url"] in kept]


def pooled(results: dict[str, dict]) -> list[str]:
    """Lines of counts from ``pipeline eval --json`` results per set name: each set, then the pooled figures."""
    tot = collections.Counter()
    per_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lines = []
    for name, res in sorted(results.items()):
        r = res["relations"]
        tot.update({k: r[k] for k in ("tp", "fp", "fn")})
        tot["mod"] += round(r["modality_accuracy"] * r["modality_matched"])
        tot["modn"] += r["modality_matched"]
        tot["att"] += round((r.get("attribution_accuracy") or 0) * r.get("attribution_matched", 0))
        tot["attn"] += r.get("attribution_matched", 0)
        for rel, c in r.get("per_relation", {}).items():
            per_type[rel].update({k: c[k] for k in ("tp", "fp", "fn")})
        lines.append(f"{name:12} F1 {_f1(r):.3f}  {r['tp']} right / {r['fp']} wrong / {r['fn']} missed")
    p = tot["tp"] / max(tot["tp"] + tot["fp"], 1)
    rc = tot["tp"] / max(tot["tp"] + tot["fn"], 1)
    lines.append(f"{'pooled':12} F1 {_f1(tot):.3f}  P {p:.3f} R {rc:.3f}  {tot['tp']} right / {tot['fp']} wrong / "
                 f"{tot['fn']} missed; modality {tot['mod']}/{tot['modn']}, source {tot['att']}/{tot['attn']}")
    lines.append("by relation: " + ", ".join(f"{rel} {_f1(c):.3f}" for rel, c in sorted(per_type.items())))
    return lines


def _f1(c) -> float:
    return 2 * c["tp"] / max(2 * c["tp"] + c["fp"] + c["fn"], 1)


def score(sets: list[Path], output: Path, config: Path | None) -> dict[str, dict]:
    """Extract ``sets`` into ``output`` with this repository's pipeline and score each set (strict names): the
    ``pipeline eval --json`` result per set. A failed step raises with its command's error output."""
    run = [sys.executable, "-m", "pipeline"]
    extract = [*run, "extract", *(a for path in sets for a in ("--input", str(path))), "--output", str(output),
               "--no-progress", *(["--config", str(config)] if config else [])]
    _call(extract)
    return {path.stem: json.loads(_call([*run, "eval", "--gold", str(path), "--predictions", str(output),
                                         "--strict-names", "--json"]))
            for path in sets}


def _call(command: list[str]) -> str:
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:4])} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    used = sub.add_parser("used", help="say whether each page is taken")
    used.add_argument("urls", nargs="+")
    used.add_argument("--taken", action="append", type=Path, default=[], metavar="SET.jsonl")
    check = sub.add_parser("check", help="list what is wrong with set files")
    check.add_argument("sets", nargs="+", type=Path)
    digests = sub.add_parser("digests", help="the sorted MD5 digests of the sets' page URLs")
    digests.add_argument("sets", nargs="+", type=Path)
    scoring = sub.add_parser("score", help="extract and score sets, printing counts only")
    scoring.add_argument("sets", nargs="+", type=Path)
    scoring.add_argument("--output", required=True, type=Path, help="folder for the extracted tables")
    scoring.add_argument("--config", type=Path, help="pipeline config (default: configs/pipeline.yaml)")
    splitting = sub.add_parser("split", help="divide opened sets by page into a read part and a count-only part")
    splitting.add_argument("sets", nargs="+", type=Path)
    splitting.add_argument("--out", required=True, type=Path)
    splitting.add_argument("--seed", type=int, default=0)
    splitting.add_argument("--share", type=float, default=0.3, help="share of pages kept count-only (default 0.3)")
    args = parser.parse_args(argv)
    if args.command == "score":
        print("\n".join(pooled(score([p.resolve() for p in args.sets], args.output.resolve(),
                                      args.config.resolve() if args.config else None))))
        return 0
    if args.command == "split":
        args.out.mkdir(parents=True, exist_ok=True)
        for name, part in zip(("open", "check"), split(args.sets, args.seed, args.share)):
            (args.out / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                                                    encoding="utf8")
            print(f"{args.out / (name + '.jsonl')}: {len(part)} passages, {len({r['source_url'] for r in part})} pages")
        return 0
    if args.command == "used":
        taken = taken_digests(sets=args.taken)
        for url in args.urls:
            print("USED" if digest(url) in taken else "free", url)
        return 0
    if args.command == "digests":
        print("\n".join(sorted({digest(rec["source_url"]) for path in args.sets for _, rec, _ in records(path) if rec})))
        return 0
    bad = 0
    for path in args.sets:
        found, summary = problems(path)
        print("\n".join([*found, f"{summary}, {len(found)} problems"]))
        bad += bool(found)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
