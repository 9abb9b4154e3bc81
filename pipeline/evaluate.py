"""Score predicted tables against gold annotations (shared/gold/FORMAT.md).

Matching, as FORMAT.md prescribes:
- entities: exact (start, end, label); actor accuracy on matched spans;
- relations: per document, a distinct predicted (subject, relation, object)
  matches a gold row when the names are equal after case-folding and dropping
  a leading "the" (or equal one of the row's ``subject_alts``/``object_alts``;
  an ``object_is_phrase`` row's object matches at token F1 >= 0.5); each gold
  row and each predicted triple is matched at most once (a maximum matching);
  a prediction that matches only an optional row is removed from both sides;
  modality (and ``attributed_to``, where gold names it) scored on matched
  rows. The table keeps one row per evidence sentence; a triple's
  document-level modality is that of its firmest row (asserted > reported >
  alleged > negated), since an article that states a tie anywhere states it;
- quotes: a prediction matches a gold quote when their token F1 is >= 0.8
  (whitespace tokens, quote marks and surrounding punctuation removed); its
  speaker is right when it equals the gold speaker or the gold speaker's last
  word. Predictions without a speaker are left out of attribution scores.
  Direct and partial quotes are scored together, indirect ones alone.
  Beside that, the measures of the quote-attribution literature (citron, the
  Gender Gap Tracker): under ``overlap``, for each match rule — ``exact``
  (equal tokens), ``overlap_30`` and ``overlap_80`` (token F1 >= 0.3 / 0.8) —
  one PRF per role: ``content`` (any prediction), ``speaker`` (content matched
  and speaker right, predictions with a speaker), ``cue`` (content matched and
  cue right, against gold quotes that name a cue; None when none does); and
  ``speaker_accuracy``: right speakers among matched quotes with a predicted one;
  ``found_by_kind``: the share of required gold quotes of each kind found (0.8).

Actor names (entity actors, relation arguments, speakers) are compared as
actors: two names match when they are equal after case-folding or when the
gazetteer makes them one actor (gold written in the article's form "Bashar al
Assad" or "Biden" and the prediction's canonical "Bashar al-Assad", "Joe
Biden"; FORMAT.md accepts both forms through ``subject_alts``).
``--strict-names`` (``names=same_string``) compares the strings alone, exactly
as FORMAT.md prescribes.

A gold document without an ``entities`` (``relations``, ``quotes``) key is not
annotated for that layer and is left out of that layer's scores. A gold record
may carry its own ``text`` and name its document ``id`` (the real-news sets):
the same file is then the extraction input and the gold.
"""

from __future__ import annotations

import json
import string
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from pipeline import load_tables
from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.records import ENTITY_LABELS, RELATION_TYPES

QUOTE_MATCH_F1 = 0.8
# the match rules reported under quotes.<group>.overlap (key: minimum token F1)
QUOTE_OVERLAPS = {"exact": 1.0, "overlap_30": 0.3, "overlap_80": QUOTE_MATCH_F1}
PHRASE_MATCH_F1 = 0.5  # a denial's phrase object (object_is_phrase) against the predicted object
QUOTE_GROUPS = {"direct": "direct_partial", "partial": "direct_partial", "indirect": "indirect"}
_STRIP = string.punctuation + "“”‘’«»„‚‹›…–—"

#: an actor name -> the name it is compared under (the gazetteer's canonical name)
ActorNames = Callable[[str], str]


def same_string(name: str) -> str:
    return name


def gazetteer_names(path: Path) -> ActorNames:
    """Canonical names of the gazetteer at ``path`` (configs/actors.yaml): a name it
    does not know stays itself."""
    gazetteer = Gazetteer(load_gazetteer_data(Path(path)))

    def canonical(name: str) -> str:
        entry = gazetteer.entry(name)
        return entry.name if entry is not None else name

    return canonical


class GoldError(ValueError):
    """Gold annotations that cannot be used; the message names file, line and field."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldEntity(_Gold):
    start: int
    end: int
    text: str
    label: str
    actor: str | None = None


class GoldRelation(_Gold):
    subject: str
    relation: str
    object: str
    modality: str
    required: bool = True
    evidence: str | None = None
    subject_alts: list[str] = []
    object_alts: list[str] = []
    object_is_phrase: bool = False
    attributed_to: str | None = None


class GoldQuote(_Gold):
    quote: str
    speaker: str | None
    kind: str
    required: bool = True
    cue: str | None = None  # the speech verb or source phrase, where the annotator named it
    note: str | None = None  # the annotator's remark on a hard call


class GoldDoc(_Gold):
    doc_id: str
    entities: list[GoldEntity] | None = None
    relations: list[GoldRelation] | None = None
    quotes: list[GoldQuote] | None = None
    notes: str | None = None
    # the real-news sets: the record is also the article ("id", "text"), with its page and a note on hard calls
    text: str | None = None
    source_url: str | None = None
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _id_names_the_document(cls, data: Any) -> Any:
        if isinstance(data, dict) and "id" in data:
            if "doc_id" in data:
                raise ValueError("a gold record has either 'id' or 'doc_id', not both")
            data = {("doc_id" if k == "id" else k): v for k, v in data.items()}
        return data


def load_gold(path: Path) -> list[GoldDoc]:
    docs = []
    with Path(path).open(encoding="utf8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                docs.append(GoldDoc.model_validate_json(line))
            except ValidationError as exc:
                raise GoldError(f"{path}:{lineno}: not a gold record: {exc}") from exc
    return docs


# -- metrics -----------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def norm_name(name: str | None) -> str:
    """Case-folded, whitespace-collapsed, leading "the" dropped."""
    text = " ".join((name or "").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def actor_key(name: str | None, names: ActorNames) -> str:
    """What an actor name is compared as: its canonical name, normalised."""
    return norm_name(names(name)) if name else ""


def quote_tokens(text: str) -> Counter[str]:
    tokens = (t.strip(_STRIP).casefold() for t in text.split())
    return Counter(t for t in tokens if t)


def token_f1(a: str, b: str) -> float:
    ta, tb = quote_tokens(a), quote_tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def speaker_right(predicted: str | None, gold: str | None, names: ActorNames = same_string) -> bool:
    if not predicted or not gold:
        return False
    pred = actor_key(predicted, names)
    return pred in (actor_key(gold, names), actor_key(gold.split()[-1], names))


# -- scoring ---------------------------------------------------------------------


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


def score_entities(gold: list[GoldDoc], pred: dict[str, list[dict]], names: ActorNames = same_string) -> dict[str, Any] | None:
    docs = [g for g in gold if g.entities is not None]
    if not docs:
        return None
    total, per_label = PRF(), defaultdict(PRF)
    actor_right = actor_total = 0
    for g in docs:
        gold_spans = {(e.start, e.end, e.label): e for e in g.entities if e.label in ENTITY_LABELS}
        pred_spans = {(p["start"], p["end"], p["label"]): p for p in pred.get(g.doc_id, []) if p["label"] in ENTITY_LABELS}
        for key in gold_spans.keys() | pred_spans.keys():
            hit = key in gold_spans and key in pred_spans
            for prf in (total, per_label[key[2]]):
                prf.tp += hit
                prf.fp += key in pred_spans and not hit
                prf.fn += key in gold_spans and not hit
            if hit:
                actor_total += 1
                actor_right += actor_key(gold_spans[key].actor, names) == actor_key(pred_spans[key]["actor"], names)
    return {**total.as_dict(), "actor_accuracy": _ratio(actor_right, actor_total), "actor_matched": actor_total,
            "per_label": {k: v.as_dict() for k, v in sorted(per_label.items())}}


# what an extra row keeps of the prediction: enough to print it and to explain it (pipeline.explainer)
EXTRA_FIELDS = ("subject", "relation", "object", "modality", "rule", "cue", "evidence",
                "subject_start", "subject_end", "object_start", "object_end")


def relation_matches(triple: tuple[str, str, str], gold: GoldRelation, phrase: str | None = None,
                     names: ActorNames = same_string) -> bool:
    """Does a predicted (subject, relation, object), names normalised, state this gold row?

    ``phrase`` is the predicted object as written, for a gold phrase object (default: the normalised one).
    """
    subject, relation, obj = triple
    if relation != gold.relation or subject not in {actor_key(n, names) for n in (gold.subject, *gold.subject_alts)}:
        return False
    if gold.object_is_phrase:
        return token_f1(phrase or obj, gold.object) >= PHRASE_MATCH_F1
    return obj in {actor_key(n, names) for n in (gold.object, *gold.object_alts)}


def _max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching {right: left} of a bipartite graph given as left -> rights (augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right not in seen:
                seen.add(right)
                if right not in owner or augment(owner[right], seen):
                    owner[right] = left
                    return True
        return False

    for left in edges:
        augment(left, set())
    return owner


def score_relations(gold: list[GoldDoc], pred: dict[str, list[dict]], names: ActorNames = same_string) -> dict[str, Any] | None:
    docs = [g for g in gold if g.relations is not None]
    if not docs:
        return None
    total, per_rel = PRF(), {r: PRF() for r in RELATION_TYPES}
    modality_right = modality_total = attribution_right = attribution_total = 0
    misses, extras = [], []
    for g in docs:
        predicted: dict[tuple, dict] = {}
        for row in pred.get(g.doc_id, []):
            key = (actor_key(row["subject"], names), row["relation"], actor_key(row["object"], names))
            if key not in predicted or _confidence(row) > _confidence(predicted[key]):
                predicted[key] = row
        triples = list(predicted)
        required = [r for r in g.relations if r.required]
        optional = [r for r in g.relations if not r.required]
        edges = {gi: [pi for pi, t in enumerate(triples) if relation_matches(t, r, predicted[t]["object"], names)]
                 for gi, r in enumerate(required)}
        matched = {gi: pi for pi, gi in _max_matching(edges).items()}  # gold row index -> predicted triple index
        used = set(matched.values())
        for gi, r in enumerate(required):
            prf = per_rel.setdefault(r.relation, PRF())
            if gi in matched:
                row = predicted[triples[matched[gi]]]
                total.tp += 1
                prf.tp += 1
                modality_total += 1
                modality_right += row["modality"] == r.modality
                if r.attributed_to:
                    attribution_total += 1
                    attribution_right += speaker_right(row.get("attributed_to"), r.attributed_to, names)
            else:
                total.fn += 1
                prf.fn += 1
                misses.append({"doc_id": g.doc_id, **r.model_dump(include={
                    "subject", "relation", "object", "modality", "evidence", "subject_alts", "object_alts"})})
        for pi, t in enumerate(triples):
            if pi in used or any(relation_matches(t, r, predicted[t]["object"], names) for r in optional):
                continue  # matched, or a defensible reading that is not required
            total.fp += 1
            per_rel.setdefault(t[1], PRF()).fp += 1
            row = predicted[t]
            extras.append({"doc_id": g.doc_id, **{k: row.get(k) for k in EXTRA_FIELDS}})
    return {**total.as_dict(), "modality_accuracy": _ratio(modality_right, modality_total),
            "modality_matched": modality_total, "attribution_accuracy": _ratio(attribution_right, attribution_total),
            "attribution_matched": attribution_total,
            "per_relation": {k: v.as_dict() for k, v in per_rel.items()}, "misses": misses, "extras": extras}


def _confidence(row: dict) -> tuple[int, bool]:
    """How firmly a row states its triple: the document-level modality is its firmest row's; of rows stating it
    equally firmly, one naming its source ("alleged" by X) represents the triple over one naming none."""
    order = ("negated", "alleged", "reported", "asserted")
    return (order.index(row["modality"]) if row["modality"] in order else -1, bool(row.get("attributed_to")))


def _match_quotes(golds: list[GoldQuote], preds: list[dict], threshold: float = QUOTE_MATCH_F1) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, best token F1 first, F1 >= ``threshold``."""
    pairs = sorted(
        ((token_f1(g.quote, p["quote"]), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for f1, gi, pi in pairs:
        if f1 < threshold:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


@dataclass
class _QuoteCounts:
    """One gold group's counts under one match rule."""

    content: PRF
    speaker: PRF
    cue: PRF
    named_right: int = 0  # matched quotes with a predicted speaker, and the right ones among them
    named_matched: int = 0
    kind_found: Counter = field(default_factory=Counter)  # required gold quotes found, by gold kind (direct, partial, indirect)
    kind_total: Counter = field(default_factory=Counter)

    def add(self, golds: list[GoldQuote], preds: list[dict], threshold: float, names: ActorNames) -> None:
        pairs = dict((pi, gi) for gi, pi in _match_quotes(golds, preds, threshold))
        n_required = sum(q.required for q in golds)
        # content: any prediction, speaker or not
        hits = [golds[gi] for gi in pairs.values()]
        self.kind_total.update(q.kind for q in golds if q.required)
        self.kind_found.update(q.kind for q in hits if q.required)
        self.content.tp += sum(q.required for q in hits)
        self.content.fp += len(preds) - len(hits)
        self.content.fn += n_required - sum(q.required for q in hits)
        # speaker: predictions with a speaker, matched and speaker right; a match
        # with an optional gold quote counts on neither side
        right = 0
        for pi, p in enumerate(preds):
            gq = golds[pairs[pi]] if pi in pairs else None
            if gq is not None and p["speaker"]:
                self.named_matched += gq.required
                self.named_right += gq.required and speaker_right(p["speaker"], gq.speaker, names)
            if not p["speaker"] or (gq is not None and not gq.required):
                continue
            if gq is not None and speaker_right(p["speaker"], gq.speaker, names):
                right += 1
            else:
                self.speaker.fp += 1
        self.speaker.tp += right
        self.speaker.fn += n_required - right
        # cue: only against gold quotes that name one
        cued = [gi for gi, q in enumerate(golds) if q.cue and q.required]
        cue_right = sum(1 for pi, gi in pairs.items() if gi in cued and _cue_right(preds[pi].get("cue"), golds[gi].cue))
        self.cue.tp += cue_right
        self.cue.fn += len(cued) - cue_right
        self.cue.fp += sum(1 for pi, gi in pairs.items() if gi in cued and preds[pi].get("cue") and not _cue_right(preds[pi].get("cue"), golds[gi].cue))

    def as_dict(self) -> dict[str, Any]:
        cue = self.cue.as_dict() if self.cue.tp + self.cue.fn else None
        return {"content": self.content.as_dict(), "speaker": self.speaker.as_dict(), "cue": cue,
                "speaker_accuracy": _ratio(self.named_right, self.named_matched), "speaker_matched": self.named_matched}


def _cue_right(predicted: str | None, gold: str) -> bool:
    """The predicted cue names the gold one: equal words after case-folding ("said" / "Said")."""
    return bool(predicted) and quote_tokens(predicted) == quote_tokens(gold)


def score_quotes(gold: list[GoldDoc], pred: dict[str, list[dict]], names: ActorNames = same_string) -> dict[str, Any] | None:
    docs = [g for g in gold if g.quotes is not None]
    if not docs:
        return None
    counts = {group: {rule: _QuoteCounts(PRF(), PRF(), PRF()) for rule in QUOTE_OVERLAPS} for group in ("direct_partial", "indirect")}
    for g in docs:
        for group, rules in counts.items():
            golds = [q for q in g.quotes if QUOTE_GROUPS.get(q.kind) == group]
            preds = [p for p in pred.get(g.doc_id, []) if QUOTE_GROUPS.get(p["kind"]) == group]
            for rule, threshold in QUOTE_OVERLAPS.items():
                rules[rule].add(golds, preds, threshold, names)
    out = {}
    for group, rules in counts.items():
        main = rules["overlap_80"]  # FORMAT.md's match rule: the headline figures
        out[group] = {**main.speaker.as_dict(), "found": main.content.as_dict(),
                      "speaker_accuracy": _ratio(main.named_right, main.named_matched),
                      "found_by_kind": {kind: _ratio(main.kind_found[kind], n) for kind, n in sorted(main.kind_total.items())},
                      "overlap": {rule: c.as_dict() for rule, c in rules.items()}}
    return out


# -- files -----------------------------------------------------------------------


def read_predictions(folder: Path) -> dict[str, pd.DataFrame]:
    """The tables of an extract output folder (committed parts only; a folder without parts reads as empty tables)."""
    try:
        return load_tables(folder)
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{exc}; run 'python -m pipeline extract --output {folder}' first") from None


def _by_doc(df: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in df.to_dict("records"):
        out[row["doc_id"]].append({k: (None if v is None or v != v else v) for k, v in row.items()})
    return out


def check_gold_offsets(gold: list[GoldDoc], texts: dict[str, str]) -> None:
    """Each gold entity's text must be the slice of the document it points at."""
    for g in gold:
        text = texts.get(g.doc_id)
        if g.text is not None and text is not None and g.text != text:
            raise GoldError(f"gold record {g.doc_id} carries a text that differs from the extracted document's: "
                            "extract the gold file itself (or the same articles) before scoring")
        for e in g.entities or []:
            if text is not None and text[e.start : e.end] != e.text:
                raise GoldError(
                    f"gold entity {e.text!r} of {g.doc_id} at [{e.start}, {e.end}) does not match the text there "
                    f"({text[e.start:e.end]!r}): the gold and the article have drifted"
                )


def argument_coverage(gold: list[GoldDoc], entities: dict[str, list[dict]], names: ActorNames = same_string) -> float | None:
    """Share of the required gold relation rows (phrase objects aside) whose subject and object, or one of
    their listed alternatives, are among the actors of the document's predicted entities: the rows the
    relation layer could name at all (issue 12)."""
    covered = total = 0
    for g in gold:
        found = {actor_key(e["actor"], names) for e in entities.get(g.doc_id, []) if e.get("actor")}
        for r in g.relations or []:
            if not r.required or r.object_is_phrase:
                continue
            total += 1
            covered += all(any(actor_key(n, names) in found for n in (main, *alts))
                           for main, alts in ((r.subject, r.subject_alts), (r.object, r.object_alts)))
    return round(covered / total, 4) if total else None


def score(gold: list[GoldDoc], predictions: dict[str, pd.DataFrame], names: ActorNames = same_string) -> dict[str, Any]:
    docs = predictions["documents"]
    texts = dict(zip(docs["doc_id"], docs["text"]))
    check_gold_offsets(gold, texts)
    missing = sorted(g.doc_id for g in gold if g.doc_id not in texts)
    entities = _by_doc(predictions["entities"])
    relations = score_relations(gold, _by_doc(predictions["relations"]), names)
    if relations is not None:
        relations["argument_coverage"] = argument_coverage(gold, entities, names)
    return {
        "documents": {"gold": len(gold), "missing_predictions": missing},
        "entities": score_entities(gold, entities, names),
        "relations": relations,
        "quotes": score_quotes(gold, _by_doc(predictions["quotes"]), names),
    }


def gold_files(paths: list[Path]) -> list[Path]:
    """The gold files named, a folder standing for every .jsonl inside it."""
    files = [f for p in map(Path, paths) for f in (sorted(p.glob("*.jsonl")) if p.is_dir() else [p])]
    if not files:
        raise GoldError(f"no gold .jsonl files in {[str(p) for p in paths]}")
    return files


def read_ids(path: Path) -> set[str]:
    """Document ids, one a line; blank lines and lines starting with '#' are skipped."""
    lines = (line.strip() for line in Path(path).read_text(encoding="utf8").splitlines())
    ids = {line for line in lines if line and not line.startswith("#")}
    if not ids:
        raise GoldError(f"{path} lists no document ids (one a line)")
    return ids


def select(gold: list[GoldDoc], ids: set[str] | None = None, exclude: set[str] | None = None) -> list[GoldDoc]:
    """The gold documents named by ``ids`` (all when None) less those in ``exclude``; an unknown id is an error."""
    known = {g.doc_id for g in gold}
    for name, wanted in (("--ids", ids), ("--exclude-ids", exclude)):
        if wanted and (unknown := sorted(wanted - known)):
            raise GoldError(f"{name} names {len(unknown)} ids not in the gold (first: {unknown[:3]}): wrong gold file?")
    return [g for g in gold if (ids is None or g.doc_id in ids) and not (exclude and g.doc_id in exclude)]


def score_files(gold_paths: list[Path], predictions: Path, *, ids: set[str] | None = None,
                exclude: set[str] | None = None, names: ActorNames = same_string) -> dict[str, Any]:
    gold = [doc for path in gold_files(gold_paths) for doc in load_gold(path)]
    return score(select(gold, ids, exclude), read_predictions(predictions), names)


def select_articles(corpus: Path, gold: Path, out: Path) -> int:
    """Write the lines of the JSONL ``corpus`` whose ``id`` a document of the
    ``gold`` file or folder names to ``out`` (a gold set kept apart from its corpus, data/gold/wikinews):
    the gate extracts only those. Returns the number written."""
    wanted = {doc.doc_id for path in gold_files([gold]) for doc in load_gold(path)}
    found = set()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with Path(corpus).open(encoding="utf8") as src, Path(out).open("w", encoding="utf8") as dst:
        for line in src:
            doc_id = json.loads(line).get("id") if line.strip() else None
            if doc_id in wanted:
                dst.write(line)
                found.add(doc_id)
    if missing := sorted(wanted - found):
        raise GoldError(f"{corpus} lacks {len(missing)} gold articles, e.g. {missing[:3]}: the gold and the corpus have drifted")
    return len(found)


# -- floors ------------------------------------------------------------------------


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """Floors per gold set: {section: {dotted metric: floor}}."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise GoldError(f"{path}: expected sections of 'metric: floor' pairs")
    return {str(name): {str(k): float(v) for k, v in section.items()} for name, section in data.items()}


def metric(report: dict[str, Any], dotted: str) -> Any:
    value: Any = report
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            raise GoldError(f"no metric '{dotted}' in the report")
        value = value[part]
    return value


def check_floors(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Lines naming each metric below its floor (empty when all hold)."""
    failures = []
    for name, floor in floors.items():
        value = metric(report, name)
        if value is None or value < floor:
            failures.append(f"{name} = {value} < floor {floor}")
    return failures


def format_report(report: dict[str, Any], rows: bool = False) -> str:
    """The metrics as text; with ``rows``, also each missed and each extra relation row, grouped by relation."""
    lines = [f"documents: {report['documents']['gold']} gold"]
    if report["documents"]["missing_predictions"]:
        lines.append(f"  MISSING predictions for {report['documents']['missing_predictions']}")

    def prf(m: dict) -> str:
        return f"P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})"

    if (e := report["entities"]) is not None:
        lines.append(f"entities          {prf(e)}  actor accuracy {e['actor_accuracy']} on {e['actor_matched']}")
        lines += [f"  {label:<16}{prf(m)}" for label, m in e["per_label"].items()]
    if (r := report["relations"]) is not None:
        lines.append(f"relations         {prf(r)}  modality accuracy {r['modality_accuracy']} on {r['modality_matched']}"
                     + (f", attribution {r['attribution_accuracy']} on {r['attribution_matched']}" if r["attribution_matched"] else ""))
        lines += [f"  {rel:<16}{prf(m)}" for rel, m in r["per_relation"].items()]
        lines.append(f"  argument coverage {r['argument_coverage']} (required rows whose subject and object are entity actors)")
        if rows:
            lines += _relation_rows(r)
    if (q := report["quotes"]) is not None:
        for group, m in q.items():
            lines.append(f"quotes {group:<11}{prf(m)}  found: {prf(m['found'])}  speaker accuracy {m['speaker_accuracy']}")
            lines.append("  found by kind: " + ", ".join(f"{kind} {r}" for kind, r in m["found_by_kind"].items()))
            for rule, o in m["overlap"].items():
                cue = f"  cue F1 {o['cue']['f1']:.3f}" if o["cue"] else ""
                lines.append(f"  {rule:<11}content F1 {o['content']['f1']:.3f}  speaker F1 {o['speaker']['f1']:.3f}{cue}")
    return "\n".join(lines) + "\n"


def _relation_rows(r: dict[str, Any]) -> list[str]:
    lines = []
    for kind in ("misses", "extras"):
        by_rel: dict[str, list[dict]] = defaultdict(list)
        for row in r[kind]:
            by_rel[row["relation"]].append(row)
        for rel in sorted(by_rel):
            lines.append(f"{kind} {rel} ({len(by_rel[rel])}):")
            for row in by_rel[rel]:
                how = f"[{row['rule']}] " if kind == "extras" else ""
                lines.append(f"  {row['doc_id']}  {row['subject']} -> {row['object']} ({row['modality']}) {how}| {row['evidence']}")
    return lines
