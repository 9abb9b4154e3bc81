"""The self-contained HTML review report.

Everything from the tables reaches the page through Jinja2 autoescaping or
``markupsafe.escape``; the only markup we build by hand is in ``highlight`` and
``mark_spans``, which escape every piece of text they wrap. A Content Security
Policy allows exactly our own inline style and script (by hash) and data:
images, so nothing can load from the network or run if a bug ever let markup
through.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup, escape
from matplotlib.figure import Figure

from pipeline.records import MODALITIES, RELATION_TYPES
from pipeline.report.data import Predictions, Row, rule_versions
from pipeline.report.graph import draw_network, network_of
from pipeline.report.timeline import draw_timeline, monthly_counts
from pipeline.report.vendor import VendorError, scripts
from pipeline.report.workbench import Workbench

log = logging.getLogger(__name__)

TOP_ACTOR_CHIPS = 24
# The one stylesheet Cytoscape.js inserts itself (its container must be position: relative); allowed by hash.
CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }"


@dataclass(frozen=True, slots=True)
class Range:
    """A stretch of article text to shade (an evidence sentence or a quote) and the anchors pointing at it."""

    start: int
    end: int
    css: str
    anchor: str
    title: str


def mark_spans(text: str, start: int, end: int, spans: Sequence[Row], attrs: Callable[[Row, bool], dict[str, Any]]) -> Markup:
    """``text[start:end]`` with each span (dict with start/end, sorted, non-overlapping) wrapped in ``<mark>``.

    ``attrs(span, is_end)`` gives the mark's attributes; spans are clipped to the stretch.
    """
    out, pos = [], start
    for s in spans:
        a, b = max(s["start"], start), min(s["end"], end)
        if a >= b or a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(Markup("<mark{}>{}</mark>").format(_attributes(attrs(s, b == s["end"])), text[a:b]))
        pos = b
    out.append(escape(text[pos:end]))
    return Markup("").join(out)


def _attributes(attrs: dict[str, Any]) -> Markup:
    return Markup("").join(Markup(' {}="{}"').format(k, v) for k, v in attrs.items() if v is not None)


def clean_spans(spans: Sequence[Row], length: int) -> list[Row]:
    """Spans with valid offsets inside the text, sorted, overlaps dropped (the earlier span wins)."""
    out: list[Row] = []
    for s in sorted(spans, key=lambda s: (s["start"] if s["start"] is not None else -1, -(s["end"] or 0))):
        if s["start"] is None or s["end"] is None or not 0 <= s["start"] < s["end"] <= length:
            continue
        if out and s["start"] < out[-1]["end"]:
            continue
        out.append(s)
    return out


def highlight(text: str, entities: Sequence[Row], ranges: Sequence[Range], actor_ids: dict[str, int]) -> Markup:
    """The article text with entities marked by label, and evidence sentences / quotes shaded (with anchors)."""
    ents = clean_spans(entities, len(text))
    ranges = [r for r in ranges if 0 <= r.start < r.end <= len(text)]

    def ent_attrs(e: Row, is_end: bool) -> dict[str, Any]:
        actor = e["actor"]
        return {"class": "e" if is_end else "e cont", "data-l": e["label"], "data-a": actor_ids.get(actor),
                "title": actor if actor != text[e["start"]:e["end"]] else None}  # the canonical name, when it differs

    cuts = sorted({0, len(text)} | {x for r in ranges for x in (r.start, r.end)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out += [Markup('<a id="{}"></a>').format(r.anchor) for r in ranges if r.start == a]
        inner = mark_spans(text, a, b, ents, ent_attrs)
        covering = [r for r in ranges if r.start <= a and b <= r.end]
        if covering:
            css = " ".join(sorted({r.css for r in covering}))
            title = "; ".join(dict.fromkeys(r.title for r in covering))
            inner = Markup('<span class="{}" title="{}">{}</span>').format(css, title, inner)
        out.append(inner)
    return Markup("").join(out)


def evidence_html(r: Row) -> Markup:
    """The evidence sentence with the subject and object mentions marked."""
    text, base = r["evidence"] or "", r["evidence_start"] or 0
    spans = [{"start": r[f"{k}_start"] - base, "end": r[f"{k}_end"] - base, "css": k}
             for k in ("subject", "object") if r[f"{k}_start"] is not None and r[f"{k}_end"] is not None]
    return mark_spans(text, 0, len(text), clean_spans(spans, len(text)), lambda s, _: {"class": s["css"]})


def figure_data_uri(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", pad_inches=0.2)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode("ascii") + "'"


def build_context(pred: Predictions, title: str) -> dict[str, Any]:
    """Everything the template shows, as plain values (strings stay unescaped: the template escapes)."""
    ents, rels, quotes = pred.by_doc("entities"), pred.by_doc("relations"), pred.by_doc("quotes")
    known = pred.actors

    def row_actors(row: Row, *keys: str) -> set[str]:
        """The actors a row names; when the entities table names actors, only those (not "officials")."""
        return {row[k] for k in keys if row[k] and (not known or row[k] in known)}

    doc_actors: dict[str, set[str]] = {}
    for d in pred.documents:
        i = d["doc_id"]
        doc_actors[i] = (set().union(*(row_actors(e, "actor") for e in ents.get(i, [])))
                         | set().union(*(row_actors(r, "subject", "object", "attributed_to") for r in rels.get(i, [])))
                         | set().union(*(row_actors(q, "speaker") for q in quotes.get(i, []))))
    counts = Counter(a for actors in doc_actors.values() for a in actors)
    ranked = sorted(counts, key=lambda a: (-counts[a], a.casefold()))
    actor_ids = {a: n for n, a in enumerate(ranked)}

    def ids(actors: set[str]) -> str:
        return " ".join(str(actor_ids[a]) for a in sorted(actors, key=actor_ids.get))

    workbench = Workbench(actor_ids, known or set(actor_ids))
    articles = []
    for n, d in enumerate(pred.documents):
        i, text = d["doc_id"], d["text"] or ""
        doc_rels = sorted(rels.get(i, []), key=lambda r: (r["evidence_start"] or 0, r["relation"]))
        doc_quotes = sorted(quotes.get(i, []), key=lambda q: q["start"] or 0)
        ranges = [Range(r["evidence_start"], r["evidence_end"], "ev", f"a{n}-r{k}",
                        f"{r['relation']}: {r['subject']} → {r['object']} ({r['modality']})")
                  for k, r in enumerate(doc_rels) if r["evidence_start"] is not None and r["evidence_end"] is not None]
        ranges += [Range(q["start"], q["end"], "q", f"a{n}-q{k}", f"quote: {q['speaker'] or 'unattributed'}")
                   for k, q in enumerate(doc_quotes) if q["start"] is not None and q["end"] is not None]
        workbench.add_article(n, d, doc_rels, doc_quotes)
        articles.append({
            "n": n, "doc": d, "actors": ids(doc_actors[i]),
            "n_entities": len(ents.get(i, [])),
            "relations": [{"row": r, "actors": ids(row_actors(r, "subject", "object", "attributed_to")),
                           "evidence": evidence_html(r)} for r in doc_rels],
            "quotes": [{"row": q, "actors": ids(row_actors(q, "speaker"))} for q in doc_quotes],
            "body": highlight(text, ents.get(i, []), ranges, actor_ids) if d["status"] == "ok" else None,
            "url": d["url"] if (d["url"] or "").lower().startswith(("http://", "https://")) else None,
        })

    network = network_of(pred)
    edges = [{"edge": e, "actors": ids({e.subject, e.object})} for e in network.edges]
    timeline = monthly_counts(pred.relations, pred.dates)
    labels = sorted({e["label"] for e in pred.entities if e["label"]})
    return {
        "title": title,
        "metadata": pred.metadata,
        "rules": rule_versions(pred.metadata),
        "totals": {"documents": len(pred.documents), "failed": sum(d["status"] != "ok" for d in pred.documents),
                   "entities": len(pred.entities), "relations": len(pred.relations), "quotes": len(pred.quotes)},
        "actors": [{"id": actor_ids[a], "name": a, "articles": counts[a]} for a in ranked],
        "chips": TOP_ACTOR_CHIPS,
        "articles": articles,
        "labels": labels,
        "network": network,
        "edges": edges,
        "timeline": timeline,
        "workbench": Markup(workbench.to_json(pred.entities, counts)),
        "relation_types": [t for t in RELATION_TYPES if any(r["relation"] == t for r in pred.relations)],
        "modalities": MODALITIES,
        "graph_png": figure_data_uri(draw_network(network)) if network.nodes else None,
        "timeline_png": figure_data_uri(draw_timeline(timeline)) if timeline.months else None,
    }


def render_report(pred: Predictions, title: str = "News actor report") -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    css, js, wb_js = (env.loader.get_source(env, name)[0] for name in ("report.css", "report.js", "workbench.js"))
    try:
        vendor = [(pkg, Markup(source)) for pkg, source in scripts()]
    except VendorError as exc:
        log.warning("the report's network and timeline will be static pictures: %s", exc)
        vendor = []
    code = [js] + ([source for _, source in vendor] + [wb_js] if vendor else [])
    styles = [css] + ([CYTOSCAPE_STYLE] if vendor else [])
    csp = (f"default-src 'none'; img-src data:; style-src {' '.join(_csp_hash(c) for c in styles)}; "
           f"script-src {' '.join(_csp_hash(c) for c in code)}; base-uri 'none'; form-action 'none'")
    context = build_context(pred, title)
    return env.get_template("report.html.j2").render(css=Markup(css), js=Markup(js), workbench_js=Markup(wb_js),
                                                     vendor=vendor, csp=csp, **context)
