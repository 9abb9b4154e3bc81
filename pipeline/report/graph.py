"""The actor network: actors as nodes, relations as directed edges.

An edge is one (subject, relation, object, negated) with its weight, the number
of articles stating it. Colours encode the relation type; ``denies`` edges are
dashed and negated relations dotted, so neither reads as an ordinary tie.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch

from pipeline.report.data import Predictions, Row

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
RELATION_COLOURS = {"funds": "#009E73", "trains": "#E69F00", "backs": "#0072B2", "denies": "#D55E00"}
OTHER_COLOUR = "#777777"
NEGATED_STYLE, DENIES_STYLE, PLAIN_STYLE = ":", "--", "-"
FIGURE_FORMATS = ("png", "svg", "pdf")


@dataclass(frozen=True, slots=True)
class Edge:
    subject: str
    relation: str
    object: str
    negated: bool
    articles: int

    @property
    def style(self) -> str:
        if self.negated:
            return NEGATED_STYLE
        return DENIES_STYLE if self.relation == "denies" else PLAIN_STYLE


@dataclass(frozen=True, slots=True)
class Network:
    edges: list[Edge]
    nodes: list[str]  # drawn actors, in circle order
    node_articles: dict[str, int]  # articles in which each drawn actor takes part in a relation
    hidden_actors: int  # actors left out to keep the picture readable
    dropped_rows: int  # relation rows whose object is not an actor (e.g. "denies any role") or a self-loop


def network_edges(relations: Iterable[Row], actors: set[str] | None = None) -> tuple[list[Edge], int]:
    """Edges weighted by distinct articles; rows whose ends are not actors (when ``actors`` is given) are dropped.

    Returns the edges, heaviest first, and the number of dropped rows.
    """
    docs: dict[tuple[str, str, str, bool], set[str]] = defaultdict(set)
    dropped = 0
    for r in relations:
        ends = (r["subject"], r["object"])
        if not all(ends) or ends[0] == ends[1] or (actors is not None and not set(ends) <= actors):
            dropped += 1
            continue
        docs[(r["subject"], r["relation"], r["object"], r["modality"] == "negated")].add(r["doc_id"])
    edges = [Edge(s, rel, o, neg, len(d)) for (s, rel, o, neg), d in docs.items()]
    return sorted(edges, key=lambda e: (-e.articles, e.subject, e.relation, e.object, e.negated)), dropped


def build_network(relations: list[Row], actors: set[str] | None = None, max_actors: int = 30) -> Network:
    """The heaviest edges spanning at most ``max_actors`` actors, with nodes ordered so that neighbours sit close.

    Edges are taken heaviest first (ties: busier actors first), so every drawn actor has a drawn edge.
    """
    edges, dropped = network_edges(relations, actors)
    node_docs: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        for end in (r["subject"], r["object"]):
            if end:
                node_docs[end].add(r["doc_id"])
    weight: Counter[str] = Counter()
    for e in edges:
        weight[e.subject] += e.articles
        weight[e.object] += e.articles
    kept: set[str] = set()
    for e in sorted(edges, key=lambda e: (-e.articles, -weight[e.subject] - weight[e.object])):
        if len(kept | {e.subject, e.object}) <= max_actors:
            kept |= {e.subject, e.object}
    edges = [e for e in edges if e.subject in kept and e.object in kept]
    return Network(
        edges=edges,
        nodes=_circle_order(kept, edges, weight),
        node_articles={a: len(node_docs[a]) for a in kept},
        hidden_actors=len(weight) - len(kept),
        dropped_rows=dropped,
    )


def network_of(pred: Predictions, max_actors: int = 30) -> Network:
    """The network of a predictions folder; ends must be actors of the entities table when it names any."""
    return build_network(pred.relations, pred.actors or None, max_actors)


def _circle_order(nodes: set[str], edges: list[Edge], weight: Counter[str]) -> list[str]:
    """Breadth-first from the busiest actor, so connected actors are neighbours on the circle."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        neighbours[e.subject].add(e.object)
        neighbours[e.object].add(e.subject)
    by_weight = sorted(nodes, key=lambda a: (-weight[a], a))
    order: list[str] = []
    for root in by_weight:
        if root in order:
            continue
        queue = [root]
        while queue:
            node = queue.pop(0)
            if node in order:
                continue
            order.append(node)
            queue += sorted(neighbours[node] - set(order), key=lambda a: (-weight[a], a))
    return order


def draw_network(network: Network, title: str = "Actor network") -> Figure:
    """The network on a circle: node size ~ articles, edge width ~ articles, colour = relation type."""
    n = len(network.nodes)
    side = 7.5 if n <= 12 else 9.5
    fig = Figure(figsize=(side, side) if n else (6, 2), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    subtitle = f"{n} actors, {len(network.edges)} edges"
    if network.hidden_actors:
        subtitle += f" ({network.hidden_actors} less active actors not shown)"
    ax.set_title(f"{label(title, 80)}\n{subtitle}", fontsize=12)
    if not n:
        ax.text(0.5, 0.5, "no relations between actors", ha="center", va="center", fontsize=12, color="#555")
        return fig
    ax.set_aspect("equal")
    ax.set_xlim(-1.45, 1.45)  # long labels may reach past this: figures are saved with a tight bounding box
    ax.set_ylim(-1.45, 1.35)

    angle = {a: math.pi / 2 - 2 * math.pi * i / n for i, a in enumerate(network.nodes)}
    pos = {a: (math.cos(t), math.sin(t)) for a, t in angle.items()}
    most = max(network.node_articles.values(), default=1) or 1
    size = {a: 120 + 480 * network.node_articles[a] / most for a in network.nodes}  # points^2

    _draw_edges(ax, network.edges, pos, size)
    ax.scatter([pos[a][0] for a in network.nodes], [pos[a][1] for a in network.nodes],
               s=[size[a] for a in network.nodes], c="#f2f2f2", edgecolors="#333", linewidths=1.2, zorder=3)
    for a in network.nodes:
        x, y = pos[a]
        r = 1.06 + 0.004 * math.sqrt(size[a])
        ax.text(r * x, r * y, label(a), ha="left" if x > 0.05 else "right" if x < -0.05 else "center",
                va="bottom" if y > 0.5 else "top" if y < -0.5 else "center", fontsize=9 if n > 15 else 10.5, zorder=4)
    ax.legend(handles=_legend_handles(network.edges), loc="lower left", bbox_to_anchor=(-0.02, -0.03),
              fontsize=8.5, frameon=False, ncol=2)
    return fig


def _draw_edges(ax, edges: list[Edge], pos: dict[str, tuple[float, float]], size: dict[str, float]) -> None:
    most = max((e.articles for e in edges), default=1)
    parallel: Counter[tuple[str, str]] = Counter()
    for e in edges:
        k = parallel[(e.subject, e.object)]
        parallel[(e.subject, e.object)] += 1
        width = 1.0 + 4.0 * math.sqrt((e.articles - 1) / max(most - 1, 1))
        ax.add_patch(FancyArrowPatch(
            pos[e.subject], pos[e.object],
            arrowstyle="-|>", mutation_scale=10 + 2 * width,
            connectionstyle=f"arc3,rad={0.12 + 0.14 * k}",  # reverse edges curve to the other side
            color=RELATION_COLOURS.get(e.relation, OTHER_COLOUR), linewidth=width, linestyle=e.style,
            shrinkA=math.sqrt(size[e.subject]) / 2 + 2, shrinkB=math.sqrt(size[e.object]) / 2 + 2,
            alpha=0.85, zorder=2,
        ))


def _legend_handles(edges: list[Edge]) -> list[Line2D]:
    used = {e.relation for e in edges}
    handles = [Line2D([], [], color=c, linewidth=2.5, label=rel) for rel, c in RELATION_COLOURS.items() if rel in used]
    handles += [Line2D([], [], color=OTHER_COLOUR, linewidth=2.5, label=label(rel)) for rel in sorted(used - RELATION_COLOURS.keys())]
    handles.append(Line2D([], [], color="#333", linestyle=DENIES_STYLE, linewidth=1.5, label="denies (dashed)"))
    handles.append(Line2D([], [], color="#333", linestyle=NEGATED_STYLE, linewidth=1.5, label="negated (dotted)"))
    handles.append(Line2D([], [], color="#333", linewidth=4, label="width = articles"))
    return handles


def label(text: str, limit: int = 28) -> str:
    """Text as matplotlib should print it: shortened, and '$' literal (no mathtext)."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("$", r"\$")


def figure_format(path: str | Path) -> str:
    """The image format named by a file's extension."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FIGURE_FORMATS:
        raise ValueError(f"cannot write a figure to {path}: use one of the extensions {', '.join('.' + f for f in FIGURE_FORMATS)}")
    return fmt


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Save by the file extension (.png, .svg or .pdf); SVG keeps labels as searchable text."""
    path, fmt = Path(path), figure_format(path)
    with rc_context({"svg.fonttype": "none"}):
        fig.savefig(path, format=fmt, dpi=110 if fmt == "png" else None, bbox_inches="tight", pad_inches=0.2,
                    metadata={"Date": None} if fmt == "svg" else None)
    return path
