"""Actor statistics of extracted output: how analysts would count actors.

    python bench/actors.py --corpus DIR [--top 100]
    python bench/actors.py --dev DIR --gold FILE [--unseen FILE] [--misses]
    python bench/actors.py --model-agreement DIR [DIR ...]

``--corpus``: a predictions folder (``python -m pipeline extract ... --output
DIR``); prints the number of distinct actors, the QIDs that appear under two
or more actor names, and the ``--top`` most frequent actors (mentions, type).

``--dev``: a predictions folder of the real relation passages and ``--gold``
their gold (``../shared/gold/real/relations_dev.jsonl``); prints the share of
required gold rows (phrase objects excluded) whose subject and object, or one
of their listed alternatives, are among the passage's entity actors: for all
passages, for the ones listed in ``--unseen`` and for the others.
``--misses`` lists the missed rows of the seen passages only (the unseen ones
stay unseen during rule work).

``--model-agreement``: for each predictions folder, the span agreement
(precision, recall, F1 on exact start, end and label) of its entities with the
raw spaCy model's PERSON/ORG/GPE/NORP/LOC entities on the same texts (the
model without our components, from configs/pipeline.yaml): how far the linker
moves general-news entities away from the model's. No CoNLL-style gold exists
here; this is the nearest check that a rule change does not disturb entities
on general news.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from pipeline.evaluate import norm_name


def corpus_stats(folder: Path, top: int) -> dict:
    ents = pd.read_parquet(folder / "entities.parquet")
    actors = ents[ents["actor"].notna()]
    names_of_qid: dict[str, set[str]] = defaultdict(set)
    for qid, actor in actors[actors["actor_qid"].notna()][["actor_qid", "actor"]].itertuples(index=False):
        names_of_qid[qid].add(actor)
    counts = Counter(actors["actor"])
    types = dict(zip(actors["actor"], actors["actor_type"]))
    return {
        "distinct_actors": len(counts),
        "qids_under_several_names": {q: sorted(n) for q, n in sorted(names_of_qid.items()) if len(n) > 1},
        "top": [(a, n, types.get(a)) for a, n in counts.most_common(top)],
    }


def dev_coverage(folder: Path, gold: Path, unseen: set[str]) -> tuple[dict, list[dict]]:
    ents = pd.read_parquet(folder / "entities.parquet")
    by_doc: dict[str, set[str]] = defaultdict(set)
    for doc_id, actor in ents[ents["actor"].notna()][["doc_id", "actor"]].itertuples(index=False):
        by_doc[doc_id].add(norm_name(actor))
    tally = {k: [0, 0] for k in ("all", "seen", "unseen")}
    misses = []
    for line in gold.read_text(encoding="utf8").splitlines():
        doc = json.loads(line)
        found = by_doc.get(doc["id"], set())
        for row in doc.get("relations") or []:
            if not row.get("required", True) or row.get("object_is_phrase"):
                continue
            subj = any(norm_name(n) in found for n in [row["subject"], *row.get("subject_alts", [])])
            obj = any(norm_name(n) in found for n in [row["object"], *row.get("object_alts", [])])
            for key in ("all", "unseen" if doc["id"] in unseen else "seen"):
                tally[key][0] += subj and obj
                tally[key][1] += 1
            if not (subj and obj) and doc["id"] not in unseen:
                misses.append({"id": doc["id"], "subject": row["subject"] if not subj else None,
                               "object": row["object"] if not obj else None, "actors": sorted(found)})
    figures = {k: {"covered": r, "rows": n, "share": round(r / n, 4) if n else None} for k, (r, n) in tally.items()}
    return figures, misses


def model_agreement(folders: list[Path]) -> dict:
    from pipeline.config import load_config
    from pipeline.nlp import load_base
    from pipeline.records import ENTITY_LABELS

    docs = pd.read_parquet(folders[0] / "documents.parquet")
    docs = docs[docs["status"] == "ok"]
    nlp = load_base(load_config())
    raw = {
        (doc_id, e.start_char, e.end_char, e.label_)
        for doc_id, doc in zip(docs["doc_id"], nlp.pipe(docs["text"], batch_size=8))
        for e in doc.ents
        if e.label_ in ENTITY_LABELS
    }
    out = {}
    for folder in folders:
        ents = pd.read_parquet(folder / "entities.parquet")
        ours = set(ents[["doc_id", "start", "end", "label"]].itertuples(index=False, name=None))
        per = {}
        for label in (None, *ENTITY_LABELS):
            a = {e for e in ours if label is None or e[3] == label}
            b = {e for e in raw if label is None or e[3] == label}
            tp = len(a & b)
            p, r = tp / len(a) if a else 0.0, tp / len(b) if b else 0.0
            per[label or "all"] = {"ours": len(a), "model": len(b), "both": tp, "precision": round(p, 4),
                                   "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
        out[str(folder)] = per
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--dev", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--unseen", type=Path)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--model-agreement", type=Path, nargs="+", metavar="DIR")
    args = parser.parse_args()
    out: dict = {}
    if args.corpus:
        out["corpus"] = corpus_stats(args.corpus, args.top)
    if args.dev:
        if args.gold is None:
            parser.error("--dev needs --gold")
        unseen = set()
        if args.unseen:
            unseen = {ln.strip() for ln in args.unseen.read_text(encoding="utf8").splitlines()}
            unseen = {ln for ln in unseen if ln and not ln.startswith("#")}
        figures, misses = dev_coverage(args.dev, args.gold, unseen)
        out["dev"] = figures
        if args.misses:
            out["dev_misses_seen"] = misses
    if args.model_agreement:
        out["model_agreement"] = model_agreement(args.model_agreement)
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
