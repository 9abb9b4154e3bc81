"""Relation rows of the current code over stored Docs, and a diff of two such dumps.

    python bench/relation_rows.py dump DIR [DIR ...] --out rows.jsonl
    python bench/relation_rows.py diff OLD.jsonl NEW.jsonl

``dump`` reads the Docs an ``extract`` run stored in each output DIR (no
re-parse), runs the relation extractor of this checkout on them (rules from
configs/relations/) and writes one JSON line per relation row, sorted, with
the folder name as ``set``; it prints the row count and the seconds spent in
the extractor alone (reading the Docs excluded). The learned pair scorer runs
after it as configs/relations/learned.yaml says, or, with ``--learned T``,
enabled at threshold T (its seconds printed apart). The QID columns stay null: the
table writer fills them from subject and object. ``diff`` compares two dumps
on every column and prints the rows only one of them has; exit status 1 when
they differ. Used to prove that a refactoring of the relation rules changes
no row (docs/relations.md, "Patterns").
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import pipeline.docs  # noqa: F401  (registers the Doc extensions)
from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
import pipeline.components  # noqa: F401  (registers the factories)
from pipeline.store import OutputStore

REPO = Path(__file__).resolve().parent.parent


def dump(folders: list[Path], out: Path, learned: float | None = None) -> None:
    nlp = spacy.blank("en")
    extractor = nlp.add_pipe("relation_extractor")
    extractor.initialize(path=REPO / "configs" / "relations")
    extractor.use_gazetteer(Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml")))
    scorer = nlp.add_pipe("relation_scorer")
    scorer.initialize(path=REPO / "configs" / "relations" / "learned.yaml")
    if learned is not None:
        scorer.set_data({**scorer.data, "enabled": True, "threshold": learned})
    rows, seconds, scoring = [], 0.0, 0.0
    for folder in folders:
        store = OutputStore(folder)
        for part in store.parts():
            docs = list(DocBin(store_user_data=True).from_bytes(store.read_docs(part)).get_docs(nlp.vocab))
            started = time.perf_counter()
            for doc in docs:
                extractor(doc)
            seconds += time.perf_counter() - started
            started = time.perf_counter()
            for doc in docs:
                scorer(doc)
            scoring += time.perf_counter() - started
            for doc in docs:
                for rel in doc._.relations:
                    rows.append({"set": folder.name, "doc_id": doc.user_data["doc_id"], **dataclasses.asdict(rel)})
    lines = sorted(json.dumps(row, sort_keys=True) for row in rows)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf8")
    print(f"{len(lines)} rows -> {out}; relation extractor {seconds:.2f} s, learned pair scorer {scoring:.2f} s")


def diff(old: Path, new: Path) -> int:
    a = set(old.read_text(encoding="utf8").splitlines())
    b = set(new.read_text(encoding="utf8").splitlines())
    for line in sorted(a - b):
        print("- " + line)
    for line in sorted(b - a):
        print("+ " + line)
    print(f"{len(a)} rows vs {len(b)} rows: {len(a - b)} only in {old}, {len(b - a)} only in {new}")
    return int(a != b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("folders", nargs="+", type=Path)
    d.add_argument("--out", required=True, type=Path)
    d.add_argument("--learned", type=float, metavar="T", help="run the learned pair scorer enabled at threshold T")
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.folders, args.out, args.learned)
        return 0
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
