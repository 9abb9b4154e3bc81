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
import random
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span

from pipeline.docs import content_sents
from pipeline.evaluate import GoldDoc, actor_key, gold_files, load_gold, relation_matches, same_string, score_relations
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
        if row.object_is_phrase or not relation_matches((s, row.relation, o), row):
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
    return [article(gd, docs[gd.doc_id], rules, classes) for gd in gold if gd.doc_id in docs]


def article(gold: GoldDoc, doc: Doc, rules: RuleSet, classes: WordClasses) -> Article:
    """A gold document's Doc with its rule rows and its labelled pairs, sentence by sentence."""
    g = Grammar(doc, rules)
    art = Article(gold.doc_id, gold.source_url or gold.doc_id, gold, g, [])
    for sent in content_sents(doc):
        rows = sentence_relations(sent, rules, g)
        art.rule_rows.extend(rows)
        pairs = sentence_pairs(sent, g, classes)
        if pairs:
            art.sentences.append(Sentence(sent, pairs, [pair_labels(p, sent, gold) for p in pairs], rows))
    return art


def examples(arts: Iterable[Article], uncovered: bool = False) -> list[tuple[tuple[str, ...], str]]:
    """The training table: (features, label) per labelled pair and relation, the features including what the rules
    made of the rest of the sentence. Every pair, those the rules made too (trained only on the pairs the rules
    miss, the few positives of the dev set gave a model that added nothing in cross-validation); ``uncovered``:
    only the pairs no rule row of the sentence pairs, the pairs the scorer is asked about."""
    out = []
    for art in arts:
        for s in art.sentences:
            covered = {frozenset((r.subject, r.object)) for r in s.rows} if uncovered else set()
            for pair, labels in zip(s.pairs, s.labels):
                if frozenset((pair.subject.actor, pair.object.actor)) in covered:
                    continue
                out.extend((pair.features + context_features(pair, s.rows), label) for label in labels if label != IGNORE)
    return out


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


def sample_pages(arts: list[Article], fraction: float, seed: int) -> list[Article]:
    """The passages of ``fraction`` of the source pages of ``arts``: the pages shuffled with ``seed`` and the first
    ones kept, so a smaller fraction's pages are among a larger one's (a learning curve over nested samples)."""
    if fraction >= 1.0:
        return list(arts)
    pages = sorted({a.group for a in arts})
    random.Random(seed).shuffle(pages)
    keep = set(pages[:max(1, round(fraction * len(pages)))])
    return [a for a in arts if a.group in keep]


def cross_validate(arts: list[Article], extra: list[Article], classes: WordClasses, thresholds: list[float],
                   folds: int = 5, fraction: float = 1.0, seed: int = 0, parts: dict[str, list[Article]] | None = None,
                   by_set: bool = False, uncovered: bool = False, **fit) -> dict:
    """Train on ``folds - 1`` folds of ``arts`` (by source page; ``fraction`` of their pages, drawn with ``seed``)
    plus ``extra``, add the model's rows to the rules' on the held-out fold; per threshold: the added rows'
    precision and the combined scores against rules alone, over ``arts`` and over each of ``parts`` (subsets of
    ``arts``, say the gold files a pool was made of). ``by_set``: the folds are the ``parts`` themselves (leave one
    set out: a set annotated by other hands than the training sets'). No fold trains on a page it holds out (a page
    in two sets, or in ``extra``, is left out of the training of the fold that scores it). ``uncovered``: trained on
    the pairs no rule row pairs only (:func:`examples`)."""
    by_fold: dict[object, list[Article]] = {}
    if by_set:
        if not parts:
            raise ValueError("leaving one set out needs the sets (parts)")
        for name, part in parts.items():
            by_fold[name] = list(part)
    else:
        for art in arts:
            by_fold.setdefault(fold_of(art.group, folds), []).append(art)
    combined: dict[float, dict[str, list[Relation]]] = {t: {} for t in thresholds}
    for k in by_fold:
        held = {a.group for a in by_fold[k]}
        rest = [a for j, part in by_fold.items() if j != k for a in part if a.group not in held]
        model = train(examples(sample_pages(rest, fraction, seed) + [a for a in extra if a.group not in held], uncovered),
                      **fit)
        for art in by_fold[k]:
            for t in thresholds:
                combined[t][art.doc_id] = predicted_rows(art, model, classes, t)
    out = {"folds": len(by_fold) if by_set else folds, "by_set": by_set, "fraction": fraction, **_cv_scores(arts, combined)}
    if parts:
        out["parts"] = {name: _cv_scores(part, combined) for name, part in parts.items()}
    return out


def _cv_scores(arts: list[Article], combined: dict[float, dict[str, list[Relation]]]) -> dict:
    """Rules alone and rules + model per threshold on ``arts``, from the held-out folds' rows."""
    rules_rows = {a.doc_id: list(a.rule_rows) for a in arts}
    before = evaluate(arts, rules_rows)
    out = {"documents": len(arts), "rules": _summary(before), "thresholds": {}}
    for t, rows in combined.items():
        mine = {a.doc_id: rows[a.doc_id] for a in arts}
        after = evaluate(arts, mine)
        out["thresholds"][t] = {**added(arts, rules_rows, mine, before, after), **_summary(after)}
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
    counts = f"tp {m['tp']} fp {m['fp']} fn {m['fn']}"
    return f"{name}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} ({counts}){added} | {per}\n"


def train_command(args) -> str:
    """``python -m pipeline train-relations``: cross-validate, train, write, check; returns the report text."""
    if not 0 < args.fraction <= 1:
        raise ValueError(f"--fraction {args.fraction}: give a share of the pages between 0 (excluded) and 1")
    rules = load_rules(args.rules)
    classes = WordClasses(rules)
    first, *rest = args.gold
    parts = {str(path): articles([path], args.docs, rules, classes) for path in [first, *args.pool]}
    arts = [a for part in parts.values() for a in part]
    extra = articles(rest, args.docs, rules, classes) if rest else []
    uncovered, l2 = getattr(args, "uncovered", False), getattr(args, "l2", 1.0)
    out = [f"training documents: {len(arts)} from {', '.join(parts)}, {len(extra)} more\n"]
    threshold, cv = 1.0, None
    if args.folds:
        by_set = getattr(args, "by_set", False)
        if by_set and len(parts) < 2:
            raise ValueError("--by-set needs two gold sets or more to leave out in turn (the first --gold and --pool)")
        cv = cross_validate(arts, extra, classes, list(THRESHOLDS), folds=args.folds, fraction=args.fraction,
                            seed=args.seed, parts=parts if len(parts) > 1 else None, by_set=by_set,
                            uncovered=uncovered, l2=l2)
        share = f", training on {args.fraction:.0%} of the other folds' pages (seed {args.seed})" if args.fraction < 1 else ""
        how = "one set left out in turn" if by_set else f"{args.folds}-fold cross-validation by source page"
        out.append(f"{how} on {', '.join(parts)} ({cv['documents']} documents{share})\n")
        for name, m in [("", cv), *(((f"{name}: ", part) for name, part in cv.get("parts", {}).items()))]:
            out.append(_line(f"  {name}rules alone", m["rules"]))
            for t, row in sorted(m["thresholds"].items()):
                out.append(_line(f"  {name}rules + model @ {t}", row))
        threshold = choose_threshold(cv, args.min_precision)
        out.append(f"threshold: {threshold} (the lowest whose added rows keep precision >= {args.min_precision})\n")
    if not (args.output or args.check_gold):
        return "".join(out)  # measured only: no model to train
    model = train(examples(arts + extra, uncovered), threshold=threshold, l2=l2)
    model.training["uncovered"] = uncovered
    if cv is not None:
        model.training["cross_validation"] = {"folds": cv["folds"], "by_set": cv["by_set"], "fraction": cv["fraction"],
                                              "documents": cv["documents"],
                                              "rules": cv["rules"], "thresholds": {str(t): m for t, m in cv["thresholds"].items()}}
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
