"""The data behind the report's interactive network and timeline (drawn by templates/workbench.js).

One compact JSON document, embedded in the page as ``<script type="application/json">`` (data, never run):
rows are arrays, not objects, to keep a 300-article report small. Every relation and quote row carries the
article number and anchor index the HTML report uses, so the page links each row to its sentence.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from pipeline.report.data import Row
from pipeline.report.timeline import month_of

QUOTE_CHARS = 300  # longer quotations are cut in the panel; the article holds them whole
SPACING = 110  # layout units per node along a side: nodes are 14-54 units wide, so 300 actors do not overlap


def layout(edges: Counter[tuple[int, int]], size: dict[int, int]) -> dict[int, list[int]]:
    """Positions of the network's nodes: ForceAtlas2 (Gephi's default layout), seeded, so the page opens laid
    out (no layout work in the browser) and the same tables always give the same picture."""
    graph = nx.Graph()
    for (a, b), n in edges.items():
        w = graph.get_edge_data(a, b, {"weight": 0})["weight"]
        graph.add_edge(a, b, weight=w + n)
    if not graph:
        return {}
    radius = {a: 1 + math.sqrt(size.get(a, 0)) for a in graph}
    pos = nx.forceatlas2_layout(graph, max_iter=150, seed=0, weight="weight", node_size=radius, scaling_ratio=4.0)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    box = max(400.0, SPACING * math.sqrt(len(pos)))
    return {a: [round((x - min(xs)) / span * box), round((y - min(ys)) / span * box)] for a, (x, y) in pos.items()}


@dataclass
class Workbench:
    """Collects rows while the report walks its articles, then serialises them."""

    actor_ids: dict[str, int]  # the report's actor numbering
    actors: set[str]  # names that count as actors (ends of a network edge)
    docs: list[list[Any]] = field(default_factory=list)  # [title, date, month] by article number
    rels: list[list[Any]] = field(default_factory=list)
    quotes: list[list[Any]] = field(default_factory=list)

    def add_article(self, n: int, doc: Row, relations: Iterable[Row], quotes: Iterable[Row]) -> None:
        """Article ``n`` with its relations and quotes in the report's order (their index is the anchor)."""
        assert n == len(self.docs)
        self.docs.append([doc["title"] or doc["doc_id"], doc["date"], month_of(doc["date"])])
        for k, r in enumerate(relations):
            self.rels.append([self._end(r["subject"]), r["relation"], self._end(r["object"]), r["modality"], n, k,
                              r["attributed_to"], r["rule"], r["evidence"], r.get("cameo_code"), r.get("plover_code")])
        for k, q in enumerate(quotes):
            if q["speaker"] in self.actors:
                text = q["quote"] or ""
                self.quotes.append([self.actor_ids[q["speaker"]], n, k,
                                    text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…", q["kind"]])

    def _end(self, name: str | None) -> int | str | None:
        """An actor's number, or the text itself for an end that is no actor ("any role in the attack")."""
        return self.actor_ids[name] if name in self.actors and name in self.actor_ids else name

    def to_json(self, entities: Iterable[Row], articles: dict[str, int]) -> str:
        """The payload, safe inside a <script> element (no '<' survives)."""
        info: dict[str, tuple[str | None, str | None]] = {}
        for e in entities:
            a = e["actor"]
            if a and (a not in info or info[a] == (None, None)):
                info[a] = (e["actor_qid"], e["actor_type"])
        used = {end for r in self.rels for end in (r[0], r[2]) if isinstance(end, int)} | {q[0] for q in self.quotes}
        names = {i: a for a, i in self.actor_ids.items() if i in used}
        actors = {i: [a, *info.get(a, (None, None)), articles.get(a, 0)] for i, a in names.items()}
        edges = Counter((r[0], r[2]) for r in self.rels if isinstance(r[0], int) and isinstance(r[2], int) and r[0] != r[2])
        pos = layout(edges, {i: a[3] for i, a in actors.items()})
        payload = {"actors": actors, "docs": self.docs, "rels": self.rels, "quotes": self.quotes, "pos": pos}
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
