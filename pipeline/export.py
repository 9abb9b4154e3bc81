"""The actor network for the field's tools: GEXF or GraphML (Gephi, networkx, igraph) or a CSV edge list.

One node per actor that is an end of a relation (its QID, type and the number of articles naming it), one
edge per (subject, relation, object) with the number of articles stating it, the modalities it is stated
with, the first and last article date, and the relation's CAMEO and PLOVER codes. Relation rows whose
object is no actor (a denial of "any role in the attack") are not edges; they stay in the tables.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from pathlib import Path

import networkx as nx

from pipeline.report.data import Predictions, load_predictions

log = logging.getLogger(__name__)

FORMATS = ("gexf", "graphml", "csv")
CSV_COLUMNS = ("subject", "subject_qid", "subject_type", "relation", "object", "object_qid", "object_type",
               "articles", "modalities", "first_date", "last_date", "cameo_code", "plover_code")


def actor_graph(pred: Predictions) -> nx.MultiDiGraph:
    """Actors and their relations as a directed multigraph (edge key = relation)."""
    actors = pred.actors
    info: dict[str, dict[str, str]] = defaultdict(dict)
    named: dict[str, set[str]] = defaultdict(set)
    for e in pred.entities:
        if e["actor"]:
            named[e["actor"]].add(e["doc_id"])
            for key in ("qid", "type"):
                if e[f"actor_{key}"] and key not in info[e["actor"]]:
                    info[e["actor"]][key] = e[f"actor_{key}"]
    dates = pred.dates
    rows: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    skipped = 0
    for r in pred.relations:
        ends = (r["subject"], r["object"])
        if not all(ends) or ends[0] == ends[1] or (actors and not set(ends) <= actors):
            skipped += 1
            continue
        rows[(r["subject"], r["relation"], r["object"])].append(r)
    if skipped:
        log.info("%d relation rows whose ends are not two different actors are not edges", skipped)

    graph = nx.MultiDiGraph()
    for (subject, relation, obj), group in sorted(rows.items()):
        for actor in (subject, obj):
            if actor not in graph:
                graph.add_node(actor, label=actor, articles=len(named[actor]), **info[actor])
        days = sorted(d for d in (dates.get(r["doc_id"]) for r in group) if d)
        coded = next((r for r in group if r.get("cameo_code") or r.get("plover_code")), {})
        articles = len({r["doc_id"] for r in group})
        attrs = {"relation": relation, "label": relation, "articles": articles, "weight": articles,  # Gephi's edge weight
                 "modalities": ";".join(sorted({r["modality"] for r in group})),
                 "first_date": days[0] if days else None, "last_date": days[-1] if days else None,
                 "cameo_code": coded.get("cameo_code"), "plover_code": coded.get("plover_code")}
        graph.add_edge(subject, obj, key=relation, **{k: v for k, v in attrs.items() if v is not None})
    return graph


def format_of(path: Path, fmt: str | None) -> str:
    fmt = fmt or Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"cannot tell the export format of {path}: pass --format {'|'.join(FORMATS)}")
    return fmt


def write_graph(graph: nx.MultiDiGraph, path: Path, fmt: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.DictWriter(fh, CSV_COLUMNS)
            out.writeheader()
            for s, o, attrs in graph.edges(data=True):
                ends = {f"{end}_{k}": graph.nodes[name].get(k) for end, name in (("subject", s), ("object", o))
                        for k in ("qid", "type")}
                out.writerow({"subject": s, "object": o, **ends,
                              **{k: attrs.get(k) for k in CSV_COLUMNS if k in attrs}})
    return path


def export(predictions: Path, output: Path, fmt: str | None = None) -> tuple[Path, nx.MultiDiGraph]:
    fmt = format_of(output, fmt)  # fail before reading the tables
    graph = actor_graph(load_predictions(predictions))
    return write_graph(graph, output, fmt), graph
