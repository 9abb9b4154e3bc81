"""Canonical names of the gazetteer that miss a gold set's names for the same actor.

    python bench/gold_names.py GOLD.jsonl [GOLD.jsonl ...]

For every actor a gold relation row names (its ``subject`` or ``object`` with the row's ``*_alts``), looks each
name up in the gazetteer (configs/actors.yaml); when a name is a form of a known actor whose canonical name is
neither the gold's canonical name nor one of its alts, prints the gold names and our canonical name. Rows scored
with ``--strict-names`` compare names as strings, so such an actor is always a miss. Exit status 1 when any
mismatch is listed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.evaluate import load_gold

REPO = Path(__file__).resolve().parent.parent


def mismatches(paths: list[Path], gazetteer: Gazetteer) -> dict[tuple[str, str], list[str]]:
    """(gold canonical name, our canonical name) -> the gold's names, for each actor where they differ."""
    out: dict[tuple[str, str], list[str]] = {}
    rows = [r for path in paths for doc in load_gold(path) for r in doc.relations or []]
    for row in rows:
        sides = [(row.subject, row.subject_alts)] + ([] if row.object_is_phrase else [(row.object, row.object_alts)])
        for name, alts in sides:
            names = [name, *alts]
            # the actor is the one the first known name names (the canonical name before its alts: an alt such as
            # "Taliban government" for Afghanistan may name another actor of ours)
            entry = next((e for e in map(gazetteer.entry, names) if e is not None), None)
            if entry is not None and entry.name not in names:
                out.setdefault((name, entry.name), names)
    return out


def main(argv: list[str]) -> int:
    gazetteer = Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml"))
    found = mismatches([Path(p) for p in argv], gazetteer)
    for (gold, ours), names in sorted(found.items()):
        print(f"gold {gold!r} (alts {names[1:]}) -> ours {ours!r}")
    print(f"{len(found)} mismatches")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
