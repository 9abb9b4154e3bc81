"""Relations over time: counts per month (documents.date), by relation type and by actor pair."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipeline.report.data import Row
from pipeline.report.graph import OTHER_COLOUR, RELATION_COLOURS, label

_MONTH = re.compile(r"^(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Timeline:
    months: list[str]  # every month from the first to the last, "YYYY-MM"
    by_type: dict[str, list[int]]  # relation type -> count per month
    by_pair: dict[str, list[int]]  # "subject → object" -> count per month, busiest pairs only
    undated: int  # relation rows whose article has no usable date


def month_of(date: str | None) -> str | None:
    m = _MONTH.match(date or "")
    return f"{m[1]}-{m[2]}" if m and 1 <= int(m[2]) <= 12 else None


def _month_range(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_counts(relations: Iterable[Row], dates: dict[str, str | None], top_pairs: int = 10) -> Timeline:
    rows, undated = [], 0
    for r in relations:
        month = month_of(dates.get(r["doc_id"]))
        if month is None:
            undated += 1
        else:
            rows.append((month, r["relation"], f"{r['subject']} → {r['object']}"))
    if not rows:
        return Timeline([], {}, {}, undated)
    months = _month_range(min(m for m, _, _ in rows), max(m for m, _, _ in rows))
    index = {m: i for i, m in enumerate(months)}

    def counts(keys: list[str], key_of) -> dict[str, list[int]]:
        table = {k: [0] * len(months) for k in keys}
        for row in rows:
            if key_of(row) in table:
                table[key_of(row)][index[row[0]]] += 1
        return table

    types = [t for t in RELATION_COLOURS if any(r[1] == t for r in rows)]
    types += sorted({r[1] for r in rows} - set(types))
    pairs = [p for p, _ in sorted(Counter(r[2] for r in rows).items(), key=lambda kv: (-kv[1], kv[0]))[:top_pairs]]
    return Timeline(months, counts(types, lambda r: r[1]), counts(pairs, lambda r: r[2]), undated)


def draw_timeline(timeline: Timeline) -> Figure:
    """Stacked bars per month by type, and a heat map of the busiest actor pairs per month."""
    n_pairs = len(timeline.by_pair)
    fig = Figure(figsize=(10, 3.2 + 0.32 * max(n_pairs, 3)) if timeline.months else (6, 2), dpi=100, layout="constrained")
    if not timeline.months:
        ax = fig.add_subplot()
        ax.set_axis_off()
        note = f" ({timeline.undated} relations in undated articles)" if timeline.undated else ""
        ax.text(0.5, 0.5, f"no dated relations to plot{note}", ha="center", va="center", fontsize=12, color="#555")
        return fig
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=[1, max(n_pairs, 3) / 4])
    x = np.arange(len(timeline.months))
    base = np.zeros(len(x))
    for rel, counts in timeline.by_type.items():
        top.bar(x, counts, bottom=base, color=RELATION_COLOURS.get(rel, OTHER_COLOUR), label=label(rel), width=0.8)
        base += counts
    top.set_ylabel("relations")
    top.yaxis.get_major_locator().set_params(integer=True)
    top.set_title("Relations per month, by type", fontsize=11, loc="left")
    top.legend(fontsize=8.5, frameon=False, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=len(timeline.by_type))
    top.spines[["top", "right"]].set_visible(False)

    grid = np.array(list(timeline.by_pair.values()))
    image = bottom.imshow(grid, aspect="auto", cmap="Blues", interpolation="nearest", vmin=0)
    bottom.set_yticks(range(n_pairs), [label(p, 44) for p in timeline.by_pair], fontsize=8.5)
    bottom.set_title("Busiest actor pairs (subject → object), relations per month", fontsize=11, loc="left")
    if len(x) <= 36:  # write the counts in the cells while they fit
        for (i, j), v in np.ndenumerate(grid):
            if v:
                bottom.text(j, i, str(v), ha="center", va="center", fontsize=7.5,
                            color="white" if v > grid.max() / 2 else "#222")
    bar = fig.colorbar(image, ax=bottom, label="relations", shrink=0.8, pad=0.01)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    step = max(1, len(x) // 12)
    bottom.set_xticks(x[::step], timeline.months[::step], rotation=45 if len(x) > 6 else 0, ha="right" if len(x) > 6 else "center", fontsize=8.5)
    if timeline.undated:
        bottom.set_xlabel(f"{timeline.undated} relations in undated articles are not shown", fontsize=9, color="#555")
    return fig

