"""``python -m pipeline train-relations``: the learned pair scorer's training table, cross-validation and model file.

Reads gold relation sets and the Docs an ``extract`` run stored for their documents (no re-parse), runs the rules
on each Doc (:func:`pipeline.relations.sentence_relations`), lists every candidate pair of actor mentions per
sentence (:func:`pipeline.relations.learned.sentence_pairs`) and labels it from the gold with the scorer's strict
name rules (a gold row's name or one of its ``*_alts``; the sentence must overlap the row's evidence). Then either
writes a model trained on all of it, or cross-validates on one gold set grouped by source page.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.docs import content_sents
from pipeline.evaluate import GoldDoc, actor_key, gold_files, load_gold, same_string, score_relations
from pipeline.explainer import load_rules, stored_docs
from pipeline.records import Relation
from pipeline.relations import Grammar, RuleSet, sentence_relations
from pipeline.relations.learned import Pair, PairModel, WordClasses, context_features, scored_relations, sentence_pairs, train

log = logging.getLogger(__name__)

IGNORE = "?"  # a pair that states a gold row elsewhere in its document, or an optional one: no training label


@dataclass
class Sentence:
    sent: Span
    pairs: list[Pair]
    labels: list[list[str]]  # per pair: its gold relations (["none"], or [IGNORE])
    rows: list[Relation]  # the rule rows of the sentence


@dataclass
class Article:
    doc_id: str
    group: str  # the source page (cross-validation folds keep a page together)
    gold: GoldDoc
    grammar: Grammar
    rule_rows: list[Relation]
    sentences: list[Sentence] = field(default_factory=list)


def _keys(names: Iterable[str]) -> set[str]:
    return {actor_key(n, same_string) for n in names}


def _evidence_span(text: str, evidence: str | None) -> tuple[int, int] | None:
    if not evidence:
        return None
    at = text.find(evidence)
    return None if at < 0 else (at, at + len(evidence))  # (not found as written: any sentence may state it)


def pair_labels(pair: Pair, sent: Span, gold: GoldDoc) -> list[str]:
    """The gold relations a pair states in ``sent``: required rows whose names match (strict names with alts) and
    whose evidence overlaps the sentence; [IGNORE] when it matches a row only elsewhere or only an optional row;
    ["none"] otherwise."""
    s, o = actor_key(pair.subject.actor, same_string), actor_key(pair.object.actor, same_string)
    found, elsewhere = [], False
    for row in gold.relations or ():
        if row.object_is_phrase or s not in _keys((row.subject, *row.subject_alts)) or o not in _keys((row.object, *row.object_alts)):
            continue
        span = _evidence_span(gold.text or sent.doc.text, row.evidence)
        here = span is None or (span[0] < sent.end_char and sent.start_char < span[1])
        if row.required and here:
            found.append(row.relation)
        else:
            elsewhere = True
    if found:
        return sorted(set(found))
    return [IGNORE] if elsewhere else ["none"]


def articles(gold_paths: list[Path], predictions: list[Path], rules: RuleSet, classes: WordClasses) -> list[Article]:
    """Every gold document with relation annotations whose Doc one of the ``predictions`` folders stored, its rule
    rows and its labelled pairs."""
    gold = [d for path in gold_files(gold_paths) for d in load_gold(path) if d.relations is not None]
    docs: dict[str, Doc] = {}
    for folder in predictions:
        docs.update(stored_docs(folder, {d.doc_id for d in gold} - set(docs)))
    missing = [d.doc_id for d in gold if d.doc_id not in docs]
    if missing:
        log.warning("%d gold documents have no stored Doc in %s (first: %s): left out",
                    len(missing), ", ".join(map(str, predictions)), missing[0])
    out = []
    for gd in gold:
        doc = docs.get(gd.doc_id)
        if doc is None:
            continue
        g = Grammar(doc, rules)
        art = Article(gd.doc_id, gd.source_url or gd.doc_id, gd, g, [])
        for sent in content_sents(doc):
            rows = sentence_relations(sent, rules, g)
            art.rule_rows.extend(rows)
            pairs = sentence_pairs(sent, g, classes)
            if pairs:
                art.sentences.append(Sentence(sent, pairs, [pair_labels(p, sent, gd) for p in pairs], rows))
        out.append(art)
    return out


def examples(arts: Iterable[Article]) -> list[tuple[tuple[str, ...], str]]:
    """The training table: (features, label) per labelled pair and relation, the features including what the rules
    made of the rest of the sentence. (Every pair, those the rules made too: trained only on the pairs the rules
    miss, the few positives gave a model that added nothing in cross-validation.)"""
    return [(pair.features + context_features(pair, s.rows), label) for art in arts for s in art.sentences
            for pair, labels in zip(s.pairs, s.labels) for label in labels if label != IGNORE]


def predicted_rows(art: Article, model: PairModel | None, classes: WordClasses, threshold: float) -> list[Relation]:
    """The rules' rows of an article plus the model's (none without a model)."""
    rows = list(art.rule_rows)
    if model is not None:
        for s in art.sentences:
            rows.extend(scored_relations(s.sent, s.pairs, art.grammar, model, classes, threshold, s.rows))
    return rows


def fold_of(group: str, folds: int) -> int:
    """A source page's fold: a hash of its name, so the split never depends on the order of the file."""
    return int(hashlib.sha256(group.encode("utf8")).hexdigest(), 16) % folds


def evaluate(arts: list[Article], rows: dict[str, list[Relation]]) -> dict:
    """Strict-name relation scores of ``rows`` (doc id -> rows) against the articles' gold."""
    return score_relations([a.gold for a in arts], {k: [asdict(r) for r in v] for k, v in rows.items()})


def added(arts: list[Article], rules_rows: dict[str, list[Relation]], all_rows: dict[str, list[Relation]],
          before: dict, after: dict) -> dict:
    """The triples the model adds to the documents beyond the rules' triples, and how many of them are right: not
    extras of the combined score (``after``) that the rules' score (``before``) did not have (a triple that restates
    a gold row another triple already matched is an extra, as the scorer counts it)."""
    total = sum(len({(r.subject, r.relation, r.object) for r in all_rows[a.doc_id]}
                    - {(r.subject, r.relation, r.object) for r in rules_rows[a.doc_id]}) for a in arts)
    right = total - (after["fp"] - before["fp"])
    return {"added": total, "added_right": right, "added_precision": round(right / total, 4) if total else None}


def cross_validate(arts: list[Article], extra: list[Article], classes: WordClasses, thresholds: list[float],
                   folds: int = 5, **fit) -> dict:
    """Train on ``folds - 1`` folds of ``arts`` (by source page) plus ``extra``, add the model's rows to the rules'
    on the held-out fold; per threshold: the added rows' precision and the combined scores against rules alone."""
    by_fold: dict[int, list[Article]] = {}
    for art in arts:
        by_fold.setdefault(fold_of(art.group, folds), []).append(art)
    rules_rows = {a.doc_id: list(a.rule_rows) for a in arts}
    combined: dict[float, dict[str, list[Relation]]] = {t: {} for t in thresholds}
    for k in sorted(by_fold):
        model = train(examples([a for j, part in by_fold.items() if j != k for a in part] + extra), **fit)
        for art in by_fold[k]:
            for t in thresholds:
                combined[t][art.doc_id] = predicted_rows(art, model, classes, t)
    before = evaluate(arts, rules_rows)
    out = {"folds": folds, "documents": len(arts), "rules": _summary(before), "thresholds": {}}
    for t in thresholds:
        after = evaluate(arts, combined[t])
        out["thresholds"][t] = {**added(arts, rules_rows, combined[t], before, after), **_summary(after)}
    return out


def _summary(report: dict) -> dict:
    return {"precision": report["precision"], "recall": report["recall"], "f1": report["f1"], "tp": report["tp"],
            "fp": report["fp"], "fn": report["fn"],
            "per_relation": {k: v["f1"] for k, v in report["per_relation"].items()}}


def score_with(arts: list[Article], model: PairModel | None, classes: WordClasses, threshold: float) -> dict:
    """Rules alone (``model`` None) or rules + model on ``arts``, with the added rows' precision."""
    rules_rows = {a.doc_id: list(a.rule_rows) for a in arts}
    rows = {a.doc_id: predicted_rows(a, model, classes, threshold) for a in arts}
    after = evaluate(arts, rows)
    return {**added(arts, rules_rows, rows, evaluate(arts, rules_rows), after), **_summary(after)}


def write_model(model: PairModel, path: Path) -> None:
    """The model as JSON: its settings and training record indented, then one line per feature's weights."""
    data = model.to_json()
    weights = data.pop("weights")
    head = json.dumps(data, indent=1, sort_keys=True)[:-2]
    body = ",\n".join(f" {json.dumps(f)}: {json.dumps(w)}" for f, w in weights.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'{head},\n"weights": {{\n{body}\n}}\n}}\n', encoding="utf8")


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def choose_threshold(cv: dict, min_precision: float) -> float:
    """The lowest threshold whose added rows kept ``min_precision`` in cross-validation (and added any); 1.0 (a
    model that adds next to nothing) when none did."""
    for t in sorted(cv["thresholds"]):
        m = cv["thresholds"][t]
        if m["added"] and m["added_precision"] >= min_precision:
            return t
    return 1.0


def _line(name: str, m: dict) -> str:
    added = f" added {m['added']} ({m['added_right']} right)" if "added" in m else ""
    per = " ".join(f"{k} {v:.3f}" for k, v in m["per_relation"].items())
    return f"{name}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}{added} | {per}\n"


def train_command(args) -> str:
    """``python -m pipeline train-relations``: cross-validate, train, write, check; returns the report text."""
    rules = load_rules(args.rules)
    classes = WordClasses(rules)
    first, *rest = args.gold
    arts = articles([first], args.docs, rules, classes)
    extra = articles(rest, args.docs, rules, classes) if rest else []
    out = [f"training documents: {len(arts)} from {first}, {len(extra)} more\n"]
    threshold, cv = 1.0, None
    if args.folds:
        cv = cross_validate(arts, extra, classes, list(THRESHOLDS), folds=args.folds)
        out.append(f"{args.folds}-fold cross-validation on {first} by source page ({cv['documents']} documents)\n")
        out.append(_line("  rules alone", cv["rules"]))
        for t, m in sorted(cv["thresholds"].items()):
            out.append(_line(f"  rules + model @ {t}", m))
        threshold = choose_threshold(cv, args.min_precision)
        out.append(f"threshold: {threshold} (the lowest whose added rows keep precision >= {args.min_precision})\n")
    model = train(examples(arts + extra), threshold=threshold)
    if cv is not None:
        model.training["cross_validation"] = {"folds": cv["folds"], "documents": cv["documents"], "rules": cv["rules"],
                                              "thresholds": {str(t): m for t, m in cv["thresholds"].items()}}
    if args.output:
        write_model(model, args.output)
        out.append(f"model ({len(model.weights)} features, {model.training['examples']} examples) -> {args.output}\n")
    if args.check_gold:
        if not args.check_docs:
            raise ValueError("--check-gold needs --check-docs (the folder 'extract' wrote for it)")
        check = articles([args.check_gold], [args.check_docs], rules, classes)
        out.append(f"check set {args.check_gold} ({len(check)} documents), threshold {threshold}\n")
        out.append(_line("  rules alone", score_with(check, None, classes, threshold)))
        out.append(_line("  rules + model", score_with(check, model, classes, threshold)))
    return "".join(out)
