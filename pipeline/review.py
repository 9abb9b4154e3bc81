"""The review loop with Label Studio: predictions out as pre-annotated tasks, reviewed annotations back as gold.

``export_tasks`` turns a predictions folder into Label Studio tasks: each article's text with its entities,
quotations and relations as *predictions* (pre-annotations), plus the labeling config (``LABEL_CONFIG``).
A reviewer corrects them in Label Studio and submits; Label Studio's JSON export goes to ``import_gold``,
which writes one gold record per reviewed article in the format of shared/gold/FORMAT.md, so ``eval`` scores
against it and the gate can use it.

How the annotations encode our tables:
- entity spans carry their label (PERSON, ORG, ...); the canonical actor of every region we export is kept in
  the task data (``actors``: region id -> actor), so a span the reviewer keeps keeps its actor, and a span
  they add names the actor by its text (or by the region's meta text, which Label Studio lets them edit);
- a relation is a Label Studio relation from subject span to object span, labelled with its type and
  modality (``funds`` + ``reported``); a subject, object or speaker span that is no entity mention
  ("a spokesman", the phrase a denial denies) is labelled ``MENTION`` and is not entity gold;
- a quotation is a span labelled DIRECT, PARTIAL or INDIRECT; its speaker is linked to it by a relation
  labelled ``said``.
Label Studio counts offsets in UTF-16 code units (JavaScript strings); the tables count code points, so
offsets are converted both ways.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.records import ENTITY_LABELS, MODALITIES, RELATION_TYPES
from pipeline.report.data import Row, load_predictions

log = logging.getLogger(__name__)

QUOTE_LABELS = {"direct": "DIRECT", "partial": "PARTIAL", "indirect": "INDIRECT"}
MENTION, SAID = "MENTION", "said"
FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "news-pipeline"
FIRMEST = {m: i for i, m in enumerate(("asserted", "reported", "alleged", "negated"))}  # evaluate's order


def _labels_xml() -> str:
    labels = [*ENTITY_LABELS, *QUOTE_LABELS.values(), MENTION]
    relations = [*RELATION_TYPES, *MODALITIES, SAID]
    return "\n".join([
        "<View>",
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">',
        *(f'    <Label value="{v}"/>' for v in labels),
        "  </Labels>",
        '  <Relations choice="multiple">',
        *(f'    <Relation value="{v}"/>' for v in relations),
        "  </Relations>",
        f'  <Text name="{TO_NAME}" value="$text" granularity="word"/>',
        "</View>",
    ])


LABEL_CONFIG = _labels_xml()


class ReviewError(ValueError):
    """A Label Studio export this module cannot read; the message says which task and why."""


def _utf16(text: str, i: int) -> int:
    """Code-point offset -> UTF-16 offset (what Label Studio counts)."""
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)


def _codepoint(text: str, i: int) -> int:
    """UTF-16 offset -> code-point offset."""
    units = 0
    for n, ch in enumerate(text):
        if units >= i:
            return n
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class _Regions:
    """The spans of one article as Label Studio regions, one region per (start, end)."""

    def __init__(self, text: str):
        self.text = text
        self.results: list[dict[str, Any]] = []
        self.ids: dict[tuple[int, int], str] = {}
        self.actors: dict[str, str] = {}

    def span(self, start: int | None, end: int | None, label: str, actor: str | None = None) -> str | None:
        if start is None or end is None or not 0 <= start < end <= len(self.text):
            return None
        if (start, end) not in self.ids:
            rid = f"r{len(self.ids)}"
            self.ids[(start, end)] = rid
            self.results.append({"id": rid, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
                                 "value": {"start": _utf16(self.text, start), "end": _utf16(self.text, end),
                                           "text": self.text[start:end], "labels": [label]}})
        rid = self.ids[(start, end)]
        if actor:
            self.actors.setdefault(rid, actor)
        return rid

    def link(self, a: str | None, b: str | None, labels: list[str]) -> None:
        if a and b and a != b:
            self.results.append({"from_id": a, "to_id": b, "type": "relation", "direction": "right", "labels": labels})


def article_task(doc: Row, entities: Iterable[Row], relations: Iterable[Row], quotes: Iterable[Row]) -> dict[str, Any]:
    """One Label Studio task: the text, and the pipeline's annotations as a prediction."""
    text = doc["text"] or ""
    regions = _Regions(text)
    for e in entities:
        regions.span(e["start"], e["end"], e["label"], e["actor"])
    for r in relations:
        subject = regions.span(r["subject_start"], r["subject_end"], MENTION, r["subject"])
        obj = regions.span(r["object_start"], r["object_end"], MENTION, r["object"])
        regions.link(subject, obj, [r["relation"], r["modality"]])
    for q in quotes:
        quote = regions.span(q["start"], q["end"], QUOTE_LABELS.get(q["kind"], "DIRECT"))
        speaker = regions.span(q["speaker_start"], q["speaker_end"], MENTION, q["speaker"])
        regions.link(speaker, quote, [SAID])
    return {
        "data": {"text": text, "doc_id": doc["doc_id"], "title": doc["title"], "date": doc["date"], "actors": regions.actors},
        "predictions": [{"model_version": MODEL_VERSION, "result": regions.results}],
    }


def export_tasks(predictions: Path) -> list[dict[str, Any]]:
    """Label Studio tasks for every article that was processed (failed ones have nothing to review)."""
    pred = load_predictions(predictions)
    ents, rels, quotes = pred.by_doc("entities"), pred.by_doc("relations"), pred.by_doc("quotes")
    return [article_task(d, ents.get(d["doc_id"], []), rels.get(d["doc_id"], []), quotes.get(d["doc_id"], []))
            for d in pred.documents if d["status"] == "ok"]


def write_tasks(predictions: Path, output: Path) -> tuple[Path, Path, int]:
    """Tasks to ``output`` and the labeling config beside it (``<stem>.label_config.xml``)."""
    tasks = export_tasks(predictions)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    config = output.with_name(output.stem + ".label_config.xml")
    config.write_text(LABEL_CONFIG + "\n", encoding="utf-8")
    return output, config, len(tasks)


def _latest_annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    return max(done, key=lambda a: (a.get("updated_at") or a.get("created_at") or "", a.get("id") or 0)) if done else None


def gold_of(task: dict[str, Any]) -> dict[str, Any] | None:
    """The gold record (FORMAT.md) of one reviewed task; None when nobody submitted a review."""
    annotation = _latest_annotation(task)
    if annotation is None:
        return None
    data = task.get("data") or {}
    text, doc_id, actors = data.get("text"), data.get("doc_id"), data.get("actors") or {}
    if not isinstance(text, str) or not doc_id:
        raise ReviewError(f"task {task.get('id')}: its data lacks 'text' or 'doc_id'; export the tasks with 'review export'")
    spans: dict[str, dict[str, Any]] = {}
    links = []
    for res in annotation.get("result") or []:
        if res.get("type") == "relation":
            links.append(res)
        elif res.get("type") == "labels" and res.get("value", {}).get("labels"):
            v = res["value"]
            start, end = _codepoint(text, v["start"]), _codepoint(text, v["end"])
            meta = (res.get("meta") or {}).get("text")  # the reviewer's note on a region names its actor
            actor = (meta[0] if isinstance(meta, list) and meta else meta) or actors.get(res["id"])
            spans[res["id"]] = {"start": start, "end": end, "text": text[start:end], "label": v["labels"][0],
                                "actor": actor or None, "name": actor or text[start:end]}
    ordered = sorted(spans.items(), key=lambda kv: (kv[1]["start"], kv[1]["end"]))

    entities = [{k: s[k] for k in ("start", "end", "text", "label", "actor")} for _, s in ordered if s["label"] in ENTITY_LABELS]
    kinds = {v: k for k, v in QUOTE_LABELS.items()}
    triples: dict[tuple[str, str, str], str] = {}
    speakers: dict[str, str] = {}  # quote region -> speaker
    for link in links:
        a, b = link.get("from_id"), link.get("to_id")
        labels = link.get("labels") or []
        if a not in spans or b not in spans:
            continue
        if SAID in labels:
            quote, speaker = (b, a) if spans[b]["label"] in kinds else (a, b)
            speakers[quote] = spans[speaker]["name"]
        for relation in (label for label in labels if label in RELATION_TYPES):
            modality = next((label for label in labels if label in MODALITIES), "asserted")
            key = (spans[a]["name"], relation, spans[b]["name"])
            if key not in triples or FIRMEST[modality] < FIRMEST[triples[key]]:
                triples[key] = modality
    quotes = [{"quote": s["text"], "speaker": speakers.get(rid), "kind": kinds[s["label"]]}
              for rid, s in ordered if s["label"] in kinds]
    relations = [{"subject": s, "relation": r, "object": o, "modality": m} for (s, r, o), m in triples.items()]
    return {"doc_id": doc_id, "entities": entities, "relations": relations, "quotes": quotes,
            "notes": f"reviewed in Label Studio (annotation {annotation.get('id')}, task {task.get('id')})"}


def import_gold(export: Path, output: Path) -> tuple[Path, int, int]:
    """Label Studio's JSON export -> gold JSONL. Returns the file, reviewed and unreviewed task counts."""
    try:
        tasks = json.loads(Path(export).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ReviewError(f"{export} is not JSON ({exc}); export the project from Label Studio as 'JSON'") from exc
    if not isinstance(tasks, list):
        raise ReviewError(f"{export} is not a list of tasks; export the project from Label Studio as 'JSON'")
    records = [g for g in map(gold_of, tasks) if g is not None]
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    if len(records) < len(tasks):
        log.warning("%d of %d tasks have no submitted review and are not gold", len(tasks) - len(records), len(tasks))
    return output, len(records), len(tasks) - len(records)
